"""Figures per unit: each unit's own dataset, and the programme's, protected as one table."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from public_results.danish import words
from public_results.danish.style import count_in_text
from public_results.data.datasets import Category, Group, Outcome, Unit
from public_results.data.validate import OutcomeLog
from public_results.figures.book import FigureBook
from public_results.figures.figure import Pins
from public_results.figures.methods import method_view
from public_results.figures.units import (
    PROGRAMME,
    UNPROVEN,
    ByUnit,
    add_units,
    member_series,
    member_table,
    protect_programme,
    split_unit,
    unit_dataset,
    unproven_lines,
)
from public_results.privacy.suppression import Count, determined

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
    counts, _ = protect_programme(cells, GROUPS, 5)
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
    counts, _ = protect_programme(cells, GROUPS, 5)
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
    assert isinstance(book.outcomes, ByUnit)
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


STATUSES = ("afklaring", "praktik", "løntilskud", "afsluttet")
EXAMPLE_GROUPS = {"alle": frozenset(STATUSES), "aktive": frozenset(STATUSES[:3])}


def worked_out(counts, cells: dict[str, dict[str, int]], groups) -> list[str]:
    """The suppressed items that the shown ones determine, by linear algebra that shares nothing
    with the plugin (numpy's null space, as tests/unit/privacy/test_across_units.py): an item is
    worked out when no change of the hidden cells that keeps every shown number changes it."""
    np = pytest.importorskip("numpy")
    linalg = pytest.importorskip("scipy.linalg")
    order = [(u, s) for u in cells for s in STATUSES]

    def vector(name: str):
        member, _, own = name.partition("/")
        leaves = groups.get(own, {own})
        return np.array([float(member in ("programmet", u) and s in leaves) for u, s in order])

    unknown = np.array([counts[f"{u}/{s}"].suppressed for u, s in order])
    shown = [vector(n)[unknown] for n, c in counts.items() if not c.suppressed]
    shown = [row for row in shown if row.any()]
    free = linalg.null_space(np.array(shown)) if shown else np.eye(int(unknown.sum()))
    return [n for n, c in counts.items() if c.suppressed and np.abs(vector(n)[unknown] @ free).max(initial=0) < 1e-9]


def national(units: int, seed: int) -> dict[str, dict[str, int]]:
    """A programme of ``units`` units of realistic sizes (a few large, many small, some below the threshold)."""
    rng = random.Random(seed)
    sizes = [rng.choice([3, 8, 15, 25, 40, 60, 120, 400]) for _ in range(units)]
    cells = {}
    for n, size in enumerate(sizes):
        weights = [rng.random() for _ in STATUSES]
        cells[f"u{n:02d}"] = {s: round(size * w / sum(weights)) for s, w in zip(STATUSES, weights, strict=True)}
    return cells


def test_the_audit_here_finds_what_small_counts_alone_give_away():
    cells = national(98, 7)
    counts, _ = protect_programme(cells, EXAMPLE_GROUPS, 5)
    primary = {n: Count(c.value, "small" if c.status == "small" else "shown") for n, c in counts.items()}
    assert worked_out(primary, cells, EXAMPLE_GROUPS)


def test_a_national_programme_of_98_units_is_protected_and_no_hidden_item_can_be_worked_out():
    cells = national(98, 7)
    counts, unproven = protect_programme(cells, EXAMPLE_GROUPS, 5)
    assert len(counts) == 99 * 6 and unproven == ()
    small = {n for n, c in counts.items() if 0 < c.value < 5}
    assert small and {n for n, c in counts.items() if c.status == "small"} == small
    assert worked_out(counts, cells, EXAMPLE_GROUPS) == []
    assert not counts["programmet/alle"].suppressed  # the units' items protect each other first
    hidden_programme = [n for n, c in counts.items() if n.startswith("programmet/") and c.suppressed]
    hidden_units = [n for n, c in counts.items() if not n.startswith("programmet/") and c.status == "hidden"]
    assert len(hidden_programme) < len(hidden_units)


def test_an_item_hidden_for_a_small_flow_is_protected_like_a_small_one():
    cells = {
        "nord": {"afklaring": 40, "praktik": 22, "løntilskud": 17, "afsluttet": 30},
        "syd": {"afklaring": 31, "praktik": 12, "løntilskud": 9, "afsluttet": 20},
        "oe": {"afklaring": 16, "praktik": 7, "løntilskud": 6, "afsluttet": 10},
    }
    plain, _ = protect_programme(cells, EXAMPLE_GROUPS, 5)
    assert not any(c.suppressed for c in plain.values())
    counts, _ = protect_programme(cells, EXAMPLE_GROUPS, 5, hide=frozenset({"syd/praktik"}))
    assert counts["syd/praktik"].status == "hidden"
    assert sum(c.suppressed for c in counts.values()) >= 4  # a cycle: its row and its column
    assert worked_out(counts, cells, EXAMPLE_GROUPS) == []
    assert not counts["programmet/alle"].suppressed


def test_the_programme_total_is_the_group_of_every_status_and_the_groups_are_named_as_given():
    cells = {"nord": {"afklaring": 40, "praktik": 2}, "syd": {"afklaring": 31, "praktik": 12}}
    groups = {"alle": frozenset({"afklaring", "praktik"}), "i_alt": frozenset({"afklaring", "praktik"})}
    counts, _ = protect_programme(cells, groups, 5)
    assert counts["nord/alle"] == counts["nord/i_alt"] and counts["programmet/alle"].value == 85
    assert counts["nord/praktik"].status == "small"


def test_the_builds_report_names_the_items_the_network_could_not_prove():
    book = FigureBook(surveys={}, outcomes={"forløb": log_of([("n1", "2021-02-01", "afklaring", "nord")])})
    add_units(book, "forløb", (Unit("nord", "Nord"),))
    assert unproven_lines(book) == []
    book.remember("forløb", (UNPROVEN, dt.date(2021, 3, 31), ()), lambda: ("nord/praktik",))
    (line,) = unproven_lines(book)
    assert line.startswith("forløb pr. 31. marts 2021: for 1 skjulte tal") and "(nord/praktik)" in line


def test_items_hidden_for_flows_in_a_national_programme_cannot_be_worked_out():
    cells = national(98, 11)
    big = sorted((n for n in (f"{u}/{s}" for u in cells for s in STATUSES) if int(n[1:3]) % 9 == 0), key=str)[:12]
    hide = frozenset({*big, "programmet/praktik"})
    counts, unproven = protect_programme(cells, EXAMPLE_GROUPS, 5, hide=hide)
    assert unproven == () and all(counts[n].suppressed for n in hide)
    assert worked_out(counts, cells, EXAMPLE_GROUPS) == []


def test_a_members_series_is_its_part_of_each_table_as_member_table_cuts_it() -> None:
    first = {"programmet/aktive": Count(9), "nord/aktive": Count(4, "small"), "syd/aktive": Count(5)}
    second = {"programmet/aktive": Count(7), "syd/aktive": Count(7), "syd/a/b": Count(1)}
    whole = [(dt.date(2023, 1, 31), first), (dt.date(2023, 2, 28), second)]
    for member in ("programmet", "nord", "syd", "vest"):
        assert member_series(whole, member) == [(day, member_table(table, member)) for day, table in whole]
    assert member_series(whole, "syd")[1][1] == {"aktive": Count(7), "a/b": Count(1)}


def test_a_programmes_method_box_says_which_units_own_figures_are_hidden(settings):
    """The programme's box says its totals hide nothing on the date only of its totals, and names the
    units whose own figures the protection across units hides (the text beside it may name them)."""
    rows = [(f"n{i}", "2021-02-01", "afklaring", "nord") for i in range(12)]
    rows += [(f"s{i}", "2021-02-01", "afklaring", "syd") for i in range(8)]
    rows += [("o1", "2021-02-01", "praktik", "oe")]
    book = FigureBook(surveys={}, outcomes={"forløb": log_of(rows)})
    add_units(book, "forløb", (Unit("nord", "Nord"), Unit("syd", "Syd"), Unit("oe", "Ø")))
    day = dt.date(2021, 3, 31)
    lines = method_view(book, "forløb", Pins(data_date=day), settings).lines
    assert "Siden den første enhed startede i januar 2021, har 21 borgere været i forløb i enhederne." in lines
    hidden = {
        u: [k for k, c in book.counts(unit_dataset("forløb", u), day).items() if c.suppressed]
        for u in ["nord", "syd", "oe"]
    }
    assert hidden["oe"] and not hidden["nord"]  # Ø's one citizen, and what keeps it from being worked out
    names = [name for key, name in (("nord", "Nord"), ("syd", "Syd"), ("oe", "Ø")) if hidden[key]]
    count = sum(len(found) for found in hidden.values())
    count_text, units = count_in_text(count, neuter=True), " og ".join(names)
    said = f"Af enhedernes egne tal pr. 31. marts 2021 er {count_text} skjult, hos {units}."
    assert said in lines
    assert words.QUOTED.format(text=settings.suppressed_marker) in " ".join(lines)  # where a hidden figure stands
    unit_lines = method_view(book, "forløb@nord", Pins(data_date=day), settings).lines
    assert "Pr. 31. marts 2021 er ingen tal skjult af hensyn til diskretion." in unit_lines  # a unit's own box
