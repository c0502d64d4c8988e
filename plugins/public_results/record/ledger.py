"""The ledger: every figure a pinned page showed when it was published, kept in git.

``make publish`` records, for each page pinned to a data date (articles with
``Datadato`` and the briefings), what each placeholder showed. A later export that
revises history so a recomputed figure differs stops the build (``revisions``): the
writer accepts the revision (``Rettelse: <dato>``: the new figure is shown with a dated
correction note) or keeps what was published (``Fasthold: ja``). Live pages are never
recorded: they are meant to change.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..danish import numbers, words
from ..errors import DataError, Problem
from ..figures.figure import RECORDED_HIDDEN, RECORDED_SMALL

VERSION = 1


@dataclass(frozen=True)
class Change:
    name: str  # the placeholder as written: "forløb.alle"
    old: str
    new: str


@dataclass(frozen=True)
class Correction:
    date: dt.date
    changes: tuple[Change, ...]


@dataclass
class Entry:
    figures: dict[str, str] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)


Ledger = dict[str, Entry]  # page (source path, or the briefing's address) -> entry


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``; empty when there is none yet."""
    if not path.is_file():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            page: Entry(
                figures=dict(entry["figures"]),
                corrections=[
                    Correction(
                        dt.date.fromisoformat(c["date"]),
                        tuple(Change(x["name"], x["old"], x["new"]) for x in c["changes"]),
                    )
                    for c in entry.get("corrections", [])
                ],
            )
            for page, entry in raw["pages"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DataError(
            Problem(
                file=path.name,
                what=words.LEDGER_UNREADABLE,
                fix=words.LEDGER_UNREADABLE_FIX.format(file=path.name),
            )
        ) from None


def write_ledger(path: Path, ledger: Ledger) -> None:
    data = {
        "version": VERSION,
        "about": words.LEDGER_ABOUT,
        "pages": {
            page: {
                "figures": dict(sorted(entry.figures.items())),
                "corrections": [
                    {"date": c.date.isoformat(), "changes": [vars(x) for x in c.changes]} for c in entry.corrections
                ],
            }
            for page, entry in sorted(ledger.items())
        },
    }
    partial = path.with_name(f".{path.name}.part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)


def revisions(entry: Entry | None, shown: dict[str, str]) -> list[Change]:
    """Figures that the page showed when published and now show something else."""
    if entry is None:
        return []
    return [
        Change(name, entry.figures[name], value)
        for name, value in shown.items()
        if name in entry.figures and _published(name, entry.figures[name]) != _published(name, value)
    ]


def _published(name: str, value: str) -> str:
    """What ``value`` in the ledger says today: a method box recorded with its whole text (before the
    record kept only its figures) is read as its figures, and a hidden or small figure in any of the
    words the site has used for it as the record writes it now (``as_recorded``), so new wording is
    no revision."""
    if name.startswith(f"{words.BLOCK_METHOD}:"):
        return numbers.figures_in(value)
    return as_recorded(value)


_HIDDEN = re.compile("|".join(re.escape(w) for w in (words.SUPPRESSED_HIDDEN, words.SUPPRESSED_HIDDEN_BEFORE)))
_HIDDEN_SHARE = (words.SUPPRESSED_SHARE, words.SUPPRESSED_SHARE_BEFORE)  # the whole text of a hidden share
_SMALL = re.compile(re.escape(words.SUPPRESSED_SMALL).replace(re.escape("{threshold}"), r"(\d+)"))


def as_recorded(value: str) -> str:
    """A figure's text with a hidden figure as RECORDED_HIDDEN and a small one as RECORDED_SMALL,
    in whatever words (old or current) it was written: »et ikke oplyst antal af de 205, der …« and
    »et skjult antal af de 205, der …« are both »[c] af de 205, der …«."""
    if value in _HIDDEN_SHARE:
        return RECORDED_HIDDEN
    value = _SMALL.sub(lambda m: RECORDED_SMALL.format(threshold=m.group(1)), value)
    return _HIDDEN.sub(RECORDED_HIDDEN, value)


_RECORDED_SMALL = re.compile(re.escape(RECORDED_SMALL).replace(re.escape("{threshold}"), r"(\d+)"))


def as_read(value: str) -> str:
    """A recorded figure as a reader reads it (the reverse of ``as_recorded``): RECORDED_HIDDEN in
    the site's words for a hidden figure, RECORDED_SMALL as »færre end 5«; for messages and notes."""
    value = _RECORDED_SMALL.sub(lambda m: words.SUPPRESSED_SMALL.format(threshold=m.group(1)), value)
    return value.replace(RECORDED_HIDDEN, words.SUPPRESSED_HIDDEN)


def recorded(ledger: Ledger, pages: dict[str, dict[str, str]], accepted: dict[str, dt.date]) -> Ledger:
    """The ledger after publishing ``pages`` (page -> what it shows now). A page whose revision
    was accepted on a date gets a correction record with what changed."""
    updated = dict(ledger)
    for page, shown in pages.items():
        entry = ledger.get(page, Entry())
        corrections = list(entry.corrections)
        changes = revisions(entry, shown)
        if changes and page in accepted:
            corrections.append(Correction(accepted[page], tuple(changes)))
        updated[page] = Entry(figures=dict(shown), corrections=corrections)
    return updated
