"""The output folder: built beside ``output`` and swapped in only when the build succeeded.

A build writes into ``.<output>.building``. On success the published folder steps aside as
``.<output>.spare`` and the new one takes its place, so a failed build leaves ``output``
exactly as it was. The next build starts from the spare folder rather than an empty one:
writing over a file is several times cheaper than making a new one on most file systems, and
a site is mostly the same files build after build. Whatever the build did not write again
(a page that was removed, a chart no page shows any more) is removed before the output is
checked, so the result is the same as a build into an empty folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

_BEGAN = ".build-began"  # a moment's file: its change time is when the build began writing


def staging_of(output: Path) -> Path:
    return output.parent / f".{output.name}.building"


def spare_of(output: Path) -> Path:
    return output.parent / f".{output.name}.spare"


def prepare(output: Path) -> int | None:
    """Clear the staging folder and move the spare folder there when there is one. Returns the
    moment (a change time in ns, on the file system's own clock) after which everything written
    into it is this build's; None when the build starts from nothing (Pelican makes the folder)."""
    staging, spare = staging_of(output), spare_of(output)
    shutil.rmtree(staging, ignore_errors=True)
    if not spare.is_dir() or spare.is_symlink():
        return None
    spare.rename(staging)
    marker = staging / _BEGAN
    marker.write_bytes(b"")
    began = marker.stat().st_ctime_ns
    marker.unlink()
    return began


def remove_stale(folder: Path, began: int, kept: Iterable[str] = ()) -> list[str]:
    """Remove every file in ``folder`` not written, linked or replaced since ``began``, except
    the paths in ``kept`` (relative, such as static files Pelican found already up to date);
    then the folders left empty. Returns the paths removed, relative and sorted."""
    keep = {Path(p).as_posix() for p in kept}
    removed: list[str] = []
    _sweep(str(folder), "", began, keep, removed)
    return sorted(removed)


def _sweep(folder: str, relative: str, began: int, keep: set[str], removed: list[str]) -> bool:
    """Sweep one folder (links to folders are not followed); True when it is left empty."""
    left = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            name = f"{relative}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                if _sweep(entry.path, f"{name}/", began, keep, removed):
                    os.rmdir(entry.path)
                    continue
            elif name not in keep and entry.stat(follow_symlinks=False).st_ctime_ns < began:
                os.unlink(entry.path)
                removed.append(name)
                continue
            left += 1
    return left == 0


def swap(output: Path) -> None:
    """The staging folder becomes ``output``; the published one is kept as the spare."""
    staging, spare = staging_of(output), spare_of(output)
    shutil.rmtree(spare, ignore_errors=True)
    if output.exists():
        output.rename(spare)
    staging.rename(output)


def discard(output: Path) -> None:
    """A failed build: its staging folder goes (the next build starts from an empty one)."""
    shutil.rmtree(staging_of(output), ignore_errors=True)
