"""What each page showed: the record of the last successful build, and what would change.

A successful build writes what every placeholder of every page showed (``write_shown``);
``make check`` compares a new check with it (``changes``, ``changes_table``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..danish import words
from .ledger import as_read

Shown = dict[str, dict[str, str]]  # page -> placeholder as written -> what a reader sees


@dataclass(frozen=True)
class Change:
    page: str
    name: str
    old: str | None  # None: the figure is new
    new: str | None  # None: the figure is gone


def changes(old: Shown, new: Shown) -> list[Change]:
    """Every figure whose shown value differs between two records, page by page."""
    found = []
    for page in sorted(set(old) | set(new)):
        before, after = old.get(page, {}), new.get(page, {})
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                found.append(Change(page, name, before.get(name), after.get(name)))
    return found


def changes_table(found: list[Change], limit: int = 60) -> list[str]:
    """The changes as lines of a plain table; long values are shortened."""
    if not found:
        return [words.NO_CHANGES_SINCE_LAST]

    def short(value: str | None) -> str:
        if value is None:
            return words.FIGURE_MISSING
        value = as_read(value)
        return value if len(value) <= limit else value[: limit - 1] + "…"

    lines = [words.CHANGES_SINCE_LAST.format(count=len(found))]
    lines += [f"  {c.page}  {{{{ {c.name} }}}}  {short(c.old)} → {short(c.new)}" for c in found]
    return lines


def read_shown(path: Path) -> Shown | None:
    """The record of the last successful build, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_shown(path: Path, shown: Shown) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
