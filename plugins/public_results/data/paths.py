"""Where a data file named in the descriptor may lie: inside the data folder, nowhere else.

A descriptor names its files by path from the data folder. ``inside`` accepts a path only when
it has no ``..``, is not absolute (``/etc/passwd``, ``C:\\…``, ``\\\\server\\…``), and, with every
link followed, still lies in the data folder: a link inside the folder that points out of it is
refused too, so the build never reads (or fingerprints) a file outside the data folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath


def inside(folder: Path, name: str) -> bool:
    """Whether the data file ``name`` (as the descriptor writes it) lies inside ``folder``."""
    if not name or "\0" in name:
        return False
    for pure in (PurePosixPath(name), PureWindowsPath(name)):
        if pure.is_absolute() or pure.anchor or ".." in pure.parts:
            return False
    try:
        base = folder.resolve(strict=False)
        target = (folder / name).resolve(strict=False)
    except (OSError, RuntimeError, ValueError):  # a loop of links, a name the system refuses
        return False
    return target != base and target.is_relative_to(base)
