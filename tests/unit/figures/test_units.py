"""Figures per unit: each unit's own dataset, and the programme's, protected as one table."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from public_results.data.datasets import Category, Group, Outcome, Unit
from public_results.data.validate import OutcomeLog
from public_results.figures.book import FigureBook
from public_results.figures.units import PROGRAMME, OutcomeLogs, add_units, protect_programme, split_unit, unit_dataset
from public_results.privacy.suppression import determined

GROUPS = {"aktive": frozenset({"afklaring", "praktik"}), "alle": frozenset({"afklaring", "praktik", "afsluttet"})}


def family_table(cells: dict[str, dict[str, int]]) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """The family's relations written out independently: every unit's groups, and the programme's
    statuses and groups as sums over the units."""
    flat = {f"{u}/{s}": n for u, row in cells.items() for s, n in row.items()}
    sums = {f"{u}/{g}": frozenset(f"{u}/{s}" for s in members) for u in cells for g, members in GROUPS.items()}
    statuses = {s for row in cells.values() for s in row}
    sums |= {f"programmet/{s}": frozenset(f"{u}/{s}" for u in cells) for s in statuses}
    sums |= {f"programmet/{g}": frozenset(f"{u}/{s}" for u in cells for s in m) for g, m in GROUPS.items()}
    return flat, sums


def test_a_small_units_cell_is_not_given_away_by_the_programme_total_minus_the_others():
    cells = {
        "nord": {"afklaring": 40, "praktik": 22, "afsluttet": 17},
        "syd": {"afklaring": 31, "praktik": 12, "afsluttet": 9},
        "oe": {"afklaring": 6, "praktik": 2, "afsluttet": 0},
    }
    counts = protect_programme(cells, GROUPS, 5)
    assert counts["oe/praktik"].status == "small"
    column = [counts[f"{m}/praktik"] for m in ("programmet", "nord", "syd")]
    assert any(c.suppressed for c in column)  # not programme minus nord minus syd
    flat, sums = family_table(cells)
    for name, count in counts.items():
        if count.suppressed:
            assert not determined(name, flat, sums, counts), name


@pytest.mark.parametrize("seed", range(12))
def test_no_hidden_item_of_a_random_family_can_be_worked_out(seed):
    rng = random.Random(seed)
    units = ["a", "b", "c"][: rng.choice([2, 3])]
    cells = {
        u: {s: rng.choice([0, 1, 2, 3, 4, 6, 9, 15, 30]) for s in ("afklaring", "praktik", "afsluttet")} for u in units
    }
    counts = protect_programme(cells, GROUPS, 5)
    flat, sums = family_table(cells)
    assert {n for n, c in counts.items() if c.status == "small"} == {
        n for n in [*flat, *sums] if 0 < (flat.get(n) if n in flat else sum(flat[m] for m in sums[n])) < 5
    }
    for name, count in counts.items():
        if count.suppressed:
            assert not determined(name, flat, sums, counts), (seed, name)


def log_of(rows: list[tuple[str, str, str, str]]) -> OutcomeLog:
    outcome = Outcome(
        key="forløb", title="Forløb", source="Test", synthetic=True, file="f.csv", id_column="ID",
        date_column="Dato", status_column="Status", start=dt.date(2021, 1, 1), data_dates=(dt.date(2021, 3, 31),),
        sheet=None,
        categories=tuple(Category(k, k.title(), (k,), "alle") for k in ("afklaring", "praktik", "afsluttet")),
        groups=tuple(Group(g, g.title(), g, tuple(sorted(m)), "alle") for g, m in GROUPS.items()),
        breakdowns=(), unit_column="Enhed",
    )  # fmt: skip
    events = pd.DataFrame(
        {
            "citizen": [f"{u}-{c}" for c, _, _, u in rows],
            "date": pd.to_datetime([d for _, d, _, _ in rows]),
            "category": [s for _, _, s, _ in rows],
            "unit": [u for *_, u in rows],
        }
    )
    return OutcomeLog(outcome=outcome, events=events)


def test_every_figure_exists_per_unit_and_for_the_programme_and_only_the_programmes_are_listed():
    rows = [(f"n{i}", "2021-02-01", "afklaring", "nord") for i in range(12)]
    rows += [(f"s{i}", "2021-02-01", "praktik", "syd") for i in range(8)]
    rows += [("o1", "2021-02-01", "praktik", "oe")]
    book = FigureBook(surveys={}, outcomes={"forløb": log_of(rows)})
    add_units(book, "forløb", (Unit("nord", "Nord"), Unit("syd", "Syd"), Unit("oe", "Ø")))
    assert list(book.outcomes) == ["forløb"] and "forløb@nord" in book.outcomes
    assert isinstance(book.outcomes, OutcomeLogs)
    assert book.outcomes["forløb@syd"].outcome.title == "Forløb – Syd"
    day = dt.date(2021, 3, 31)
    programme = book.counts("forløb", day)
    units = {u: book.counts(unit_dataset("forløb", u), day) for u in ("nord", "syd", "oe")}
    assert units["nord"]["afklaring"].value == 12 and units["syd"]["praktik"].value == 8
    assert units["oe"]["praktik"].status == "small"
    assert programme["praktik"].value == 9 == sum(t["praktik"].value for t in units.values())
    shown = [c for c in (programme["praktik"], units["nord"]["praktik"], units["syd"]["praktik"]) if not c.suppressed]
    assert len(shown) < 3  # the programme's praktik minus the others would give Ø's away


def test_a_book_name_tells_its_dataset_and_unit():
    assert unit_dataset("forløb", "nord") == "forløb@nord"
    assert unit_dataset("forløb", PROGRAMME) == "forløb"
    assert split_unit("forløb@nord") == ("forløb", "nord")
    assert split_unit("forløb") == ("forløb", PROGRAMME)
