"""The figure cache: what a build computed from each dataset, kept for the next build.

Per dataset one file ``<dataset>-<fingerprint>.json`` (plain data, ``plain_data``) in the render cache holds the
FigureBook's memo of that dataset (protected counts, figures, chart views) and the latest
date in its rows. The fingerprint is a hash of

- the dataset's data files (every byte, read in chunks; a file over the size limit is not read:
  the dataset gets no fingerprint and the build refuses the file), the descriptor file and the settings that shape
  figures (not the number of drawing processes, the PDF switch, the preview, the LIX limit, nor
  where the data folder is: the same bytes in another folder give the same figures);
- the code: every module of this plugin and the versions of Python and of the libraries that
  read, protect, compute and chart (``plugin_code_version``). The HTML a page shows is kept with the
  pages (``pages.memo``), not here, so the plugin's templates are not part of it.

The charts' specs (most of the bytes: a spec holds its chart's data, twice) go into a second file
beside it, ``<dataset>-<fingerprint>.specs.json``, which the first names by its hash: a warm build
checks that hash but parses a spec only to draw a chart the drawing cache lacks
(``plain_data.dumps_apart``).

So a changed data file, setting or line of code means a new fingerprint and the dataset is read,
checked and computed anew; an unchanged dataset is not read at all. Only a build without
problems stores anything (a file with an error is read again next time, and its error shown
again). The latest date is kept because the check "no date after today" depends on the day:
a restored dataset whose latest row is after today is read and checked anew. The folder is
safe to delete; what is read back from it is plain data and runs nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import json
import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import plain_data
from ..plain_data import keepable
from ..settings import Settings

FOLDER = "figures"  # inside the render cache
CHUNK = 1 << 20  # a data file is hashed a megabyte at a time, never read whole
SUFFIX = ".json"  # plain data (plain_data), never pickles: a planted file runs nothing
SIDE = ".specs.json"  # beside each: its charts' specs, read only when a chart is drawn (plain_data.dumps_apart)
LIBRARIES = (
    "pandas",
    "numpy",
    "highspy",
    "babel",
    "openpyxl",
    "vl-convert-python",
    "pyyaml",
    "markdown",
    "nh3",
    "jinja2",
)
_PLUGIN = Path(__file__).resolve().parent.parent  # the package public_results


@keepable
@dataclasses.dataclass(frozen=True)
class Stored:
    memo: dict[tuple[Any, ...], Any]
    latest: dt.date | None  # the latest date in the rows (outcomes); None for surveys
    notes: tuple[str, ...] = ()  # info lines of reading its files (data.load.header_note): said again
    checked: str = ""  # a unit's: the digest of its part of the protection across units (kept_units)


@functools.cache
def plugin_code_version() -> str:
    """A hash of every module of the plugin and of the versions of the libraries it computes with."""
    digest = hashlib.sha256(sys.version.encode())
    for name in LIBRARIES:
        digest.update(f"{name}={_version(name)}\0".encode())
    for part in sorted(_PLUGIN.rglob("*.py")):  # every module of the plugin
        digest.update(part.relative_to(_PLUGIN).as_posix().encode() + b"\0" + part.read_bytes() + b"\0")
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint(settings: Settings, files: list[Path]) -> str | None:
    """The dataset's fingerprint (see the module docstring); None when a file cannot be read."""
    shaping = dataclasses.replace(
        settings,
        data_path=Path(),  # the files' names and bytes are hashed below; their folder shapes nothing
        chart_workers=0,
        briefing_pdf=True,
        preview=False,
        lix_limit=40,
        ledger=Path("ledger.json"),
        render_cache=Path(),
    )
    digest = hashlib.sha256(f"{plugin_code_version()}\0{shaping!r}\0".encode())
    try:
        for path in [settings.descriptor_path, *files]:
            if path.stat().st_size > settings.max_file_bytes:
                return None  # never read: the build refuses it by its size (data.load)
            digest.update(path.name.encode() + b"\0")
            with path.open("rb") as file:
                while chunk := file.read(CHUNK):
                    digest.update(chunk)
            digest.update(b"\0")
    except OSError:
        return None  # the build reads it and says what is wrong
    return digest.hexdigest()[:32]


def restore(folder: Path, dataset: str, print_: str) -> tuple[Stored | None, bool]:
    """What was kept for ``dataset`` with this fingerprint, or None; and whether a file was kept
    but is damaged (counted in the build's summary)."""
    path = folder / _name(dataset, print_)
    stored = read_kept(path, _side(path))
    found = stored if isinstance(stored, Stored) else None
    return found, found is None and path.exists()


def read_kept(path: Path, side: Path | None = None) -> Any:
    """What this plugin kept in ``path`` (plain data: ``plain_data``); None when it is missing or
    damaged, or holds anything but the values the caches keep. ``side``: the file of what was kept
    apart (``write_kept``), read only when ``path`` names it, its hash checked.

    The garbage collector is paused meanwhile: reading back makes hundreds of thousands of
    objects, none of them garbage, and the collector would scan them again and again
    (half the time of reading the kept figures of a large site)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return plain_data.loads(path.read_bytes(), side.read_bytes if side is not None else None)
    except (OSError, ValueError):
        return None
    finally:
        if collecting:
            gc.enable()


def store(folder: Path, dataset: str, print_: str, stored: Stored) -> None:
    """Keep ``stored`` for ``dataset`` and remove what was kept for its older fingerprints."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _name(dataset, print_)
    write_kept(target, stored, _side(target))
    for old in folder.glob(f"{_safe(dataset)}-*{SUFFIX}"):
        if old not in (target, _side(target)):
            old.unlink(missing_ok=True)


def write_kept(path: Path, value: Any, side: Path | None = None) -> None:
    """Keep ``value`` in ``path`` as plain data, replacing the file at once (never half written).
    With ``side``, the charts' specs go into that file (``plain_data.dumps_apart``), written
    first: ``path`` names it by its hash, so a file left from another build is never taken for it."""
    if side is None:
        _write(path, plain_data.dumps(value))
        return
    text, second = plain_data.dumps_apart(value)
    if second:
        _write(side, second)
    else:
        side.unlink(missing_ok=True)
    _write(path, text)


def _write(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def _name(dataset: str, print_: str) -> str:
    return f"{_safe(dataset)}-{print_}{SUFFIX}"


def _side(path: Path) -> Path:
    """The file beside a dataset's kept figures that holds its charts' specs."""
    return path.with_name(f"{path.stem}{SIDE}")


def _safe(dataset: str) -> str:
    return hashlib.sha256(dataset.encode()).hexdigest()[:12]


def read_digests(path: Path, salt: str) -> frozenset[str]:
    """Digests kept in ``path`` under ``salt`` (the code and what else they depend on); none when
    the file is missing, damaged or kept under another salt."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(kept, dict) or kept.get("salt") != _salted(salt):
        return frozenset()
    return frozenset(d for d in kept.get("digests", []) if isinstance(d, str))


def write_digests(path: Path, salt: str, digests: set[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_text(json.dumps({"salt": _salted(salt), "digests": sorted(digests)}), encoding="utf-8")
    partial.replace(path)


def _salted(salt: str) -> str:
    return hashlib.sha256(f"{plugin_code_version()}\0{salt}".encode()).hexdigest()
