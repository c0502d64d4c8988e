"""Placeholders on a programme's site: which unit's figure a placeholder means.

``{{ forløb.aktive }}`` is the page's own unit on a unit page (and in an article with
»Enhed: nord«), and the programme's total everywhere else; ``{{ forløb.aktive | enhed: nord }}`` is Jobhuset
Nord's on any page, ``| enhed: programmet`` the total on any page. ``{{ enhed.navn }}`` and
``{{ enhed.kommune }}`` are the unit's name and municipality. ``for_unit`` turns a reference into
the one the figure book answers (its dataset »forløb@nord«, ``figures/units.py``).
"""

from __future__ import annotations

from dataclasses import replace

from ..charts.compare_units import METHOD as COMPARE_METHOD
from ..danish import words
from ..data.datasets import Unit
from ..data.units import nearest
from ..errors import NotFound
from ..figures.book import FigureBook
from ..figures.methods import MethodView
from ..figures.units import PROGRAMME, unit_dataset
from .placeholders import Reference


def all_units(book: FigureBook) -> tuple[Unit, ...]:
    """The programme's units, in the descriptor's order (none: a site of one unit)."""
    found: dict[str, Unit] = {}
    for units in book.units.values():
        found |= {u.key: u for u in units}
    return tuple(found.values())


def known_unit(book: FigureBook, key: str) -> Unit:
    """The unit called ``key``; NotFound names the nearest and every unit."""
    for unit in all_units(book):
        if unit.key == key:
            return unit
    keys = [u.key for u in all_units(book)]
    raise NotFound(
        words.UNIT_UNKNOWN_IN_PAGE.format(unit=key),
        words.UNIT_UNKNOWN_IN_PAGE_FIX.format(nearest=nearest(key, keys), names=", ".join(keys)),
    )


def for_unit(book: FigureBook, ref: Reference, page_unit: str) -> Reference:
    """``ref`` as the figure book answers it: its dataset is the unit's part (»forløb@nord«) when
    the placeholder or the page names a unit; NotFound for a unit that does not exist, or a unit
    asked of a dataset without units. A dataset without units is the programme's on every page."""
    unit = ref.unit or page_unit
    if not unit or unit == PROGRAMME or ref.kind == "compare":  # a comparison shows every unit
        return ref
    known_unit(book, unit)
    if ref.dataset not in book.units:
        if ref.unit:
            raise NotFound(words.UNIT_NOT_IN_DATASET.format(dataset=ref.dataset), words.UNIT_NOT_IN_DATASET_FIX)
        return ref
    return replace(ref, dataset=unit_dataset(ref.dataset, unit))


def is_unit_figure(ref: Reference) -> bool:
    """Whether ``ref`` is »{{ enhed.navn }}« or »{{ enhed.kommune }}« (not a dataset's figure)."""
    return ref.kind == "figure" and ref.dataset == words.UNIT_FIGURE


def unit_text(book: FigureBook, ref: Reference, page_unit: str) -> str:
    """The unit's name or municipality for »{{ enhed.navn }}«; NotFound off a unit page."""
    key = ref.unit or page_unit
    if not key or key == PROGRAMME:
        raise NotFound(words.UNIT_FIGURE_OUTSIDE.format(text=ref.text), words.UNIT_FIGURE_OUTSIDE_FIX.format())
    unit = known_unit(book, key)
    if ref.name == words.UNIT_NAME and not ref.variant:
        return unit.name
    if ref.name == words.UNIT_MUNICIPALITY and not ref.variant:
        return unit.municipality
    raise NotFound(words.UNIT_FIGURE_UNKNOWN.format(name=ref.name), words.UNIT_FIGURE_UNKNOWN_FIX)


def for_units(book: FigureBook, references: list[Reference], page_unit: str) -> list[Reference]:
    """``for_unit`` of each reference; one it cannot answer stays as written (reported where it stands)."""
    found = []
    for ref in references:
        try:
            found.append(ref if is_unit_figure(ref) else for_unit(book, ref, page_unit))
        except NotFound:
            found.append(ref)
    return found


def with_compare_method(view: MethodView, box: Reference, references: list[Reference]) -> MethodView:
    """The method box with the rule for »højest« and »lavest« (``COMPARE_METHOD``) when the page
    compares its dataset's units on a share."""
    compares = any(r.kind == "compare" and r.dataset == box.dataset and not r.variant for r in references)
    return replace(view, lines=(*view.lines, COMPARE_METHOD)) if compares else view
