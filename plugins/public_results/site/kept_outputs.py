"""Files made from the figures alone (the figures API, the open data packages), kept between builds.

They take about as long to make as all the pages of a large site (every figure of every unit at
every data date, written as indented JSON and CSV), and they change only when what they are made
from changes: the datasets (their fingerprints), the settings, the site's name and address, the
plugin's code and, for the API, the ledger and the pages pinned to data dates. ``reuse`` writes the
files kept under a digest of those into the output folder, ``keep`` keeps what a build wrote.

The render cache is untrusted: a kept file is written again only when its name is a plain path
inside the folder it belongs in, a JSON file parses as JSON and a CSV file is UTF-8 text; anything
else, or a file missing, makes the whole set be made anew.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..figures.cache import read_kept, write_kept

FOLDER = "site-files"  # inside the render cache
INDEX = "index.json"
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")  # ASCII: as open_data.folder_name makes them


def reuse(cache: Path, kind: str, key: str, output: Path, under: str) -> list[str] | None:
    """Write the files kept as ``kind`` under ``key`` into ``output`` (paths from its root, all
    inside ``under``); the paths written, or None when nothing usable is kept (make them anew)."""
    index = read_kept(cache / FOLDER / kind / INDEX)
    if not isinstance(index, dict) or index.get("key") != key or not isinstance(index.get("files"), list):
        return None
    names = index["files"]
    if not all(_inside(name, under) for name in names):
        return None
    texts = {}
    for name in names:
        text = _checked(cache / FOLDER / kind / name)
        if text is None:
            return None
        texts[name] = text
    for name, text in texts.items():
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
    return names


def keep(cache: Path, made: Made, output: Path) -> None:
    """Keep the files a build made (paths from ``output``'s root, the published folder)."""
    folder = cache / FOLDER / made.kind
    shutil.rmtree(folder, ignore_errors=True)
    kept = sorted(made.names)
    for name in kept:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(output / name, path)
    write_kept(folder / INDEX, {"key": made.key, "files": kept})  # last: files without an index are not used


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


def _inside(name: object, under: str) -> bool:
    return (
        isinstance(name, str)
        and name.startswith(f"{under}/")
        and _PLAIN_PATH.fullmatch(name) is not None
        and ".." not in name.split("/")
    )


def _checked(path: Path) -> bytes | None:
    """A kept file's bytes, when it is what its name says: JSON that parses, or UTF-8 text (CSV)."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
        if path.suffix in (".json", ".jsonld"):
            json.loads(text)
        elif path.suffix != ".csv":
            return None
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    return data
