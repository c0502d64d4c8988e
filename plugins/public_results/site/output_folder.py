"""The output folder: built beside ``output`` and swapped in only when the build succeeded.

A build writes into ``.<output>.building``. On success the new folder and the published one
change places in one step (Linux's ``renameat2`` with ``RENAME_EXCHANGE``), so ``output`` is
there at every instant, and the old one is kept as ``.<output>.spare``. Where the system cannot
exchange two folders the swap takes two renames (``output`` aside as the spare, then the new
folder in); a journal file (``.<output>.swapping``) is written first and removed last, and the
next build begins by putting the spare back when a swap was cut off between the two renames
(``recover``), so a build killed at any moment leaves a complete ``output`` after the next start.

The next build starts from the spare folder rather than an empty one: writing over a file is
several times cheaper than making a new one on most file systems, and a site is mostly the same
files build after build. Whatever the build did not write again (a page that was removed, a chart
no page shows any more) is removed before the output is checked, so the result is the same as a
build into an empty folder. A failed build gives the spare back: what it wrote is removed and the
files it left as they were become the spare again (all of it, when it failed before writing).
``site.build_lock`` keeps a second build out of these folders while one runs. A preview (with the
figure catalogue) is built into a folder of its own, ``<output>-preview``, never into ``output``.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from ..danish import words
from ..errors import OutputNotWritable, Problem

_BEGAN = ".build-began"  # a moment's file: its change time is when the build began writing
_AT_FDCWD = -100  # renameat2's "relative to the working folder" (Linux)
_RENAME_EXCHANGE = 2
_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)


def staging_of(output: Path) -> Path:
    """The folder a build writes into, beside ``output``."""
    return output.parent / f".{output.name}.building"


def spare_of(output: Path) -> Path:
    """The folder published before the last swap, which the next build starts from."""
    return output.parent / f".{output.name}.spare"


def journal_of(output: Path) -> Path:
    """The file that stands while a two-rename swap is under way."""
    return output.parent / f".{output.name}.swapping"


def preview_of(output: Path) -> Path:
    """Where a preview of ``output`` is built and served: a folder of its own beside it."""
    return output.parent / f"{output.name}-preview"


def recover(output: Path) -> bool:
    """Undo a two-rename swap cut off between its renames: the spare (the last published folder)
    becomes ``output`` again. True when something was put back."""
    journal, spare = journal_of(output), spare_of(output)
    if not journal.exists():
        return False
    restored = not output.exists() and spare.is_dir()
    if restored:
        spare.rename(output)
    journal.unlink()
    return restored


def prepare(output: Path) -> int | None:
    """Recover from a cut-off swap, clear the staging folder and move the spare folder there when
    there is one. Returns the moment (a change time in ns, on the file system's own clock) after
    which everything written into it is this build's; None when the build starts from nothing
    (Pelican makes the folder)."""
    recover(output)
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


def remove_stale(folder: Path, began: int, kept: Iterable[str] = (), spared: Iterable[str] = ()) -> list[str]:
    """Remove every file in ``folder`` not written, linked or replaced since ``began``, except
    the paths in ``kept`` (relative, such as static files Pelican found already up to date) and
    the folders named in ``spared`` (at the top: the search index, which the next step keeps or
    makes anew whole); then the folders left empty. Returns the paths removed, relative and sorted."""
    keep = {Path(p).as_posix() for p in kept}
    removed: list[str] = []
    _sweep(str(folder), "", began, keep, removed, frozenset(spared))
    return sorted(removed)


def _sweep(
    folder: str, relative: str, began: int, keep: set[str], removed: list[str], spared: frozenset[str] = frozenset()
) -> bool:
    """Sweep one folder (links to folders are not followed); True when it is left empty."""
    left = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            name = f"{relative}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                if name in spared:
                    left += 1
                    continue
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
    """The staging folder becomes ``output``; the published one is kept as the spare. ``output`` is
    there at every instant (one exchange), or a journal lets ``recover`` put it back (two renames)."""
    staging, spare = staging_of(output), spare_of(output)
    shutil.rmtree(spare, ignore_errors=True)
    if output.exists() and _exchange(staging, output):
        try:
            staging.rename(spare)  # the folder published until now
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)  # or no spare: the next build starts empty
        return
    journal = journal_of(output)
    journal.write_bytes(b"")
    if output.exists() or output.is_symlink():
        output.rename(spare)
    try:
        staging.rename(output)
    except OSError:
        recover(output)
        raise
    journal.unlink()


def _exchange(first: Path, second: Path) -> bool:
    """Let two folders change places in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``).
    False where the system or the file system cannot; other failures are raised."""
    rename = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None) if sys.platform == "linux" else None
    if rename is None:
        return False
    rename.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if rename(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def discard(output: Path, began: int | None = None) -> None:
    """A failed build gives back the spare it started from (``began``, from ``prepare``): what it
    wrote or changed is removed, the files it left as they were become the spare again.
    Started from nothing (None): its staging folder goes."""
    staging = staging_of(output)
    if began is None or not staging.is_dir() or spare_of(output).exists():
        shutil.rmtree(staging, ignore_errors=True)
        return
    try:
        _sweep_written(str(staging), began)
        staging.rename(spare_of(output))
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)


def _sweep_written(folder: str, began: int) -> None:
    """Remove every file changed since ``began`` (links to folders are not followed)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                _sweep_written(entry.path, began)
            elif entry.stat(follow_symlinks=False).st_ctime_ns >= began:
                os.unlink(entry.path)


def not_writable(output: Path, error: OSError) -> OutputNotWritable | None:
    """A build stopped by a folder it may not write in, as a Danish message naming the folder and
    the fix; None for any other error."""
    if error.errno not in _NOT_WRITABLE:
        return None
    path = Path(error.filename or output)
    work = [staging_of(output), spare_of(output), output]
    if path == output.parent or any(path == w or w in path.parents for w in work):
        folder, fix = output, words.OUTPUT_NOT_WRITABLE_FIX
    else:
        folder, fix = (path if os.path.isdir(path) else path.parent), words.FILE_NOT_WRITABLE_FIX
    here = f"{output.parent}{os.sep}.{output.name}.*"
    what = words.OUTPUT_NOT_WRITABLE.format(path=path)
    return OutputNotWritable(Problem(file=str(folder), what=what, fix=fix.format(folder=folder, work=here)))
