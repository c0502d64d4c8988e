"""The figure cache for a survey with units: the programme's and every unit's results, kept together.

A survey with units (``figures/survey_units.py``) is protected as one table of every unit and the
programme per round and question, so its results are kept as one family under the fingerprint of
every file of its rounds (the rounds' files, or their files per unit): the programme's memo under the
survey's key, each unit's under its book name (»evaluering@nord«). When no file changed, all of it
is restored and no response is read; when any file changed, the whole family is read and protected
again (the protection takes every unit's answers together). A unit's rows are read only if a page
asks for something the last build did not compute: then the survey is read once for the whole family.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..data.datasets import Survey, Unit
from ..data.validate import SurveyRound
from . import units as by_unit
from .cache import Stored, restore, store

if TYPE_CHECKING:
    from pathlib import Path

    from .prepare import Prepared


def restore_survey_family(
    prepared: Prepared, survey: Survey, units: tuple[Unit, ...], cache: Path, print_: str,
    read: Callable[[], list[SurveyRound]],
) -> bool:  # fmt: skip
    """Put the survey's family into the book from the cache when the programme and every unit are
    kept under ``print_``; False (nothing put in) when any of them is missing or damaged. ``read``
    reads the whole survey with a unit per response (only if something not kept is asked)."""
    names = [survey.key, *(by_unit.unit_dataset(survey.key, u.key) for u in units)]
    kept: dict[str, Stored] = {}
    for name in names:
        stored, damaged = restore(cache, name, print_)
        prepared.damaged += damaged
        if stored is None:
            return False
        kept[name] = stored
    book = prepared.book
    family = functools.cache(functools.partial(_family_rows, survey, units, read))
    book.units[survey.key] = units
    book.restore(survey, kept[survey.key].memo, lambda: family()[survey.key])
    for unit in units:
        name = by_unit.unit_dataset(survey.key, unit.key)
        own = by_unit.unit_survey(survey, unit)
        book.surveys[name] = [SurveyRound(own, r, None) for r in survey.rounds]  # type: ignore[arg-type]
        book.loaders[name] = functools.partial(_member, family, name)
        book.memo[name] = dict(kept[name].memo)
        book.restored[name] = len(book.memo[name])
    prepared.fingerprints[survey.key] = print_
    prepared.latest[survey.key] = None
    prepared.notes[survey.key] = kept[survey.key].notes
    return True


def _family_rows(
    survey: Survey, units: tuple[Unit, ...], read: Callable[[], list[SurveyRound]]
) -> dict[str, list[SurveyRound]]:
    """The survey's rounds (programme) and each unit's, by book name: the survey read once."""
    rounds = read()
    return {survey.key: rounds, **by_unit.unit_rounds(rounds, units)}


def _member(family: Callable[[], dict[str, list[SurveyRound]]], name: str) -> list[SurveyRound]:
    return family()[name]


def keep_survey_family(prepared: Prepared, cache: Path, key: str) -> None:
    """Store the survey family's results (the programme's and every unit's) under its fingerprint,
    unless all of it came from the cache and nothing new was computed."""
    book, print_ = prepared.book, prepared.fingerprints.get(key)
    if print_ is None:
        return
    names = [key, *(by_unit.unit_dataset(key, u.key) for u in book.units[key])]
    computed = book.computed
    if all(name in book.restored for name in names) and not any(name in computed for name in names):
        return  # nothing new
    notes = prepared.notes.get(key, ())
    for name in names:
        store(cache, name, print_, Stored(book.kept(name), None, notes if name == key else ()))
