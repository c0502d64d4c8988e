"""One build at a time per output folder: a lock file beside it, held with the kernel's lock.

Two builds into one folder would share its working folders (``.<output>.building`` and the spare)
and publish each other's half-written pages. A build therefore holds ``.<output>.lock`` for as long
as it touches those folders; a second build into the same folder is refused at once with a message
that names the build holding it. The lock is the kernel's (``flock`` on POSIX, ``msvcrt.locking``
on Windows), which the kernel lets go when the process ends in any way, ``kill -9`` included, so a
lock left behind by a build that died never blocks the next one. The file itself stays: removing it
would let two builds lock two different files of the same name. It holds the process id of the
build that holds it, for the message only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..danish import words
from ..errors import BuildBusy, Problem

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_of(output: Path) -> Path:
    """The lock file of an output folder, beside it."""
    return output.parent / f".{output.name}.lock"


@contextlib.contextmanager
def one_build(output: Path) -> Iterator[None]:
    """Hold the output folder's lock while the block runs; raise BuildBusy when another build holds it."""
    path = lock_of(output)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(handle):
            raise BuildBusy(_busy(output, path))
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(handle)  # closing the file lets go of the lock


def _try_lock(handle: int) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _busy(output: Path, path: Path) -> Problem:
    """The refusal: which build holds the folder (its process id, when it can be read) and what to do."""
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        pid = ""
    holder = words.BUILD_BUSY_HOLDER.format(pid=pid) if pid.isdigit() else words.BUILD_BUSY_UNKNOWN
    return Problem(
        file=str(output), what=words.BUILD_BUSY.format(holder=holder, output=output), fix=words.BUILD_BUSY_FIX
    )
