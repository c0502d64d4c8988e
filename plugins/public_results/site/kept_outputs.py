"""Files made from the figures alone (the figures API, the open data packages), kept between builds.

They take about as long to make as all the pages of a large site (every figure of every unit at
every data date, written as indented JSON and CSV), and they change only when what they are made
from changes: the datasets (their fingerprints), the settings, the site's name and address, the
plugin's code and, for the API, the ledger and the pages pinned to data dates. ``written`` writes
the files kept under a digest of those into the output folder, or makes them; ``keep`` keeps what
a build made, once the build succeeded.

The render cache is untrusted: a kept file is written again only when its name is a plain path
inside the folder it belongs in, it is JSON or CSV as UTF-8 text and its bytes are those the index
holds a digest of (a file cut short or overwritten is a miss); anything else, or a file missing,
makes the whole set be made anew. Like the figure cache, whoever can write the cache could write
plausible wrong figures here; the output check scans these files like every other.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import output_files
from ..figures.cache import read_kept, write_kept

FOLDER = "site-files"  # inside the render cache
INDEX = "index.json"
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")  # ASCII: as open_data.folder_name makes them


def reuse(cache: Path, kind: str, key: str, output: Path, under: str) -> list[str] | None:
    """Write the files kept as ``kind`` under ``key`` into ``output`` (paths from its root, all
    inside ``under``); the paths written, or None when nothing usable is kept (make them anew)."""
    index = read_kept(cache / FOLDER / kind / INDEX)
    if not isinstance(index, dict) or index.get("key") != key or not isinstance(index.get("files"), dict):
        return None
    files: dict[str, bytes] = {}
    for name, digest in index["files"].items():
        data = _checked(cache / FOLDER / kind, name, under, digest)
        if data is None:
            return None
        files[name] = data
    for name, data in files.items():
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        output_files.write_bytes(path, data)
    return sorted(files)


def keep(cache: Path, made: Made, output: Path) -> None:
    """Keep the files a build made (paths from ``output``'s root, the published folder), each with
    the digest of its bytes, so that a file damaged in the cache is a miss."""
    folder = cache / FOLDER / made.kind
    shutil.rmtree(folder, ignore_errors=True)
    digests = {}
    for name in sorted(made.names):
        data = (output / name).read_bytes()
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()
    write_kept(folder / INDEX, {"key": made.key, "files": digests})  # last: files without an index are not used


@dataclass(frozen=True)
class Made:
    """Files made by this build, to be kept once it succeeded (``keep``): a build that fails (its
    output check finds personal data in them) keeps nothing."""

    kind: str
    key: str
    names: tuple[str, ...]


def written(
    cache: Path, kind: str, key: str | None, output: Path, under: str, make: Callable[[], Iterable[str]]
) -> Made | None:
    """Write the files of ``kind`` into ``output``: those kept under ``key``, else ``make()``'s,
    which are returned to be kept after the build (``key`` None: a dataset that cannot be
    fingerprinted; made and never kept)."""
    if key is not None and reuse(cache, kind, key, output, under) is not None:
        return None
    names = tuple(sorted(make()))
    return Made(kind, key, names) if key is not None else None


def _checked(folder: Path, name: object, under: str, digest: object) -> bytes | None:
    """A kept file's bytes, when its name is a plain path inside ``under``, its bytes are those
    kept (``digest``) and it is UTF-8 text (JSON, CSV); else None."""
    if not (isinstance(name, str) and name.startswith(f"{under}/") and _PLAIN_PATH.fullmatch(name)):
        return None
    if ".." in name.split("/") or Path(name).suffix not in (".json", ".jsonld", ".csv"):
        return None
    try:
        data = (folder / name).read_bytes()
        data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return data if hashlib.sha256(data).hexdigest() == digest else None
