"""The suppression's decided tables in the render cache (``privacy/decided.py``), from one build to the next.

``remember_decisions(folder)`` starts a build with what the build before kept (``read_decisions``:
nothing when the file is missing, damaged, or kept by other code: ``plugin_code_version``);
``keep_decisions(folder)`` writes what this build met, after a build without problems, and only
when it met a table that was not kept. The file is plain data (``plain_data``), safe to delete; the
suppression checks each kept table before it uses it.
"""

from __future__ import annotations

from pathlib import Path

from ..privacy import decided
from .cache import plugin_code_version, read_kept, write_kept

DECISIONS = "decisions.json"  # inside the figure cache's folder
KEPT_TABLES = 50_000  # at most, about 10 MB (the example site keeps 204 tables in 35 KB)


def remember_decisions(folder: Path) -> None:
    """Start a build with the tables the build before kept: read when the suppression first looks
    one up (a build that computes no table never reads the file)."""
    decided.remember(lambda: read_decisions(folder))


def read_decisions(folder: Path) -> dict[str, tuple[str, ...]]:
    kept = read_kept(folder / DECISIONS)
    if not isinstance(kept, dict) or kept.get("code") != plugin_code_version():
        return {}
    tables = kept.get("tables")
    if not isinstance(tables, dict):
        return {}
    return {
        key: tuple(statuses)
        for key, statuses in tables.items()
        if isinstance(key, str) and isinstance(statuses, list) and all(isinstance(s, str) for s in statuses)
    }


def keep_decisions(folder: Path) -> None:
    tables = decided.to_keep(KEPT_TABLES)
    if tables is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    write_kept(folder / DECISIONS, {"code": plugin_code_version(), "tables": tables})
