"""»{{ sammenlign: … }}«: the units side by side, from each unit's protected figure, placed on a page."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from public_results.charts.compare_units import METHOD
from public_results.charts.unit_views import unit_comparison, unit_share
from public_results.data.datasets import Unit
from public_results.errors import NotFound
from public_results.figures.figure import Figure, Pins
from public_results.figures.methods import MethodView
from public_results.pages.placeholders import parse
from public_results.pages.resolve import Place, _chart_block, resolve
from public_results.pages.units import for_unit, with_compare_method
from public_results.privacy.suppression import HIDDEN, SMALL, Count
from public_results.settings import read_settings

DAY = dt.date(2024, 6, 30)
UNITS = (Unit("nord", "Jobhuset Nord"), Unit("syd", "Jobhuset Syd"), Unit("oe", "Jobhuset Ø"))


def figure(dataset: str, count: Count, base: Count | None) -> Figure:
    return Figure("praktik", dataset, "Praktik", "", count, base, "har været i forløb siden start", DAY,
                  "pr. 30. juni 2024", "Kilde", share_by_default=False)  # fmt: skip


class StubBook:
    """What ``unit_comparison`` asks of the figure book: each unit's protected figure."""

    def __init__(self, figures: dict[str, tuple[Count, Count | None]]) -> None:
        self.units = {"forløb": UNITS}
        outcome = SimpleNamespace(source="Sagssystemet", categories=(), counted=lambda key: None)
        self.outcomes = {"forløb": SimpleNamespace(outcome=outcome)}
        self.surveys: dict = {}  # no survey: the outcome's comparison
        self.figures = {key: figure(key, *counts) for key, counts in figures.items()}

    def resolved(self, dataset, pins):
        return pins

    def remember(self, dataset, key, make):
        return make()

    def data_date(self, dataset, pins):
        return DAY

    def figure(self, dataset, name, pins):
        if name != "praktik":
            raise NotFound("findes ikke", "")
        return self.figures[dataset]


def settings():
    return read_settings({"RESULTS_DATA_PATH": "data"})  # small base 30, threshold 5


WHOLE = (Count(80), Count(200))  # the programme's figure


def book(nord, syd, oe, whole=WHOLE):
    return StubBook({"forløb": whole, "forløb@nord": nord, "forløb@syd": syd, "forløb@oe": oe})


def test_a_hidden_unit_stays_hidden_and_its_raw_count_is_never_shown():
    stub = book((Count(30), Count(120)), (Count(19, HIDDEN), Count(100, HIDDEN)), (Count(1, SMALL), Count(9, HIDDEN)))
    view = unit_comparison(stub, "forløb.praktik", Pins(), settings())
    rows = {row[0]: row for row in view.rows}
    assert rows["Jobhuset Syd"][1] == ".." and rows["Jobhuset Ø"][1] == ".."
    cells = " ".join(" ".join(row) for row in (*view.rows, *view.csv.rows))
    assert "19" not in cells and "100" not in cells and " 9 " not in f" {cells} "
    assert rows["Jobhuset Nord"][1] == "25\u00a0%" and view.rows[0][0] == "Jobhuset Nord"  # shown first
    assert "»Jobhuset Syd« og »Jobhuset Ø« vises ikke" in view.alt


def test_a_shown_count_over_a_hidden_base_is_a_hidden_share():
    share = unit_share("syd", "Jobhuset Syd", figure("forløb@syd", Count(30), Count(100, HIDDEN)))
    assert share.hidden and share.base is None and share.positive == 30 and not share.shown


def test_a_small_base_gets_the_caution_marker_and_overlapping_intervals_no_ranking_word():
    stub = book((Count(12), Count(20)), (Count(40), Count(100)), (Count(9), Count(25)))
    view = unit_comparison(stub, "forløb.praktik", Pins(), settings())
    caution = {row[0] for row in view.rows if row[-1].startswith("Usikker")}
    assert caution == {"Jobhuset Nord", "Jobhuset Ø"}  # bases 20 and 25 are below 30
    assert "Trekant" in str(view.spec) and "usikre" in view.alt
    assert not any(word in view.title.lower() for word in ("højest", "lavest"))
    assert "mellem" in view.title  # the range of the shares instead
    assert METHOD in view.note


def test_a_unit_standing_apart_is_called_highest():
    stub = book((Count(180), Count(200)), (Count(40), Count(200)), (Count(50), Count(200)))
    view = unit_comparison(stub, "forløb.praktik", Pins(), settings())
    assert view.title.startswith("Jobhuset Nord") and "højest" in view.title.lower()


def test_a_count_without_a_base_cannot_be_compared_and_a_dataset_without_units_says_so():
    stub = book((Count(30), None), (Count(30), None), (Count(30), None), whole=(Count(90), None))
    with pytest.raises(NotFound) as caught:
        unit_comparison(stub, "forløb.praktik", Pins(), settings())
    assert "sammenlign: forløb.praktik.udvikling" in caught.value.fix
    with pytest.raises(NotFound) as caught:
        unit_comparison(stub, "evaluering.håb", Pins(), settings())
    assert "ingen tal pr. enhed" in caught.value.what


def test_the_placeholder_reads_like_a_chart_and_refuses_a_unit_filter():
    ref = parse("sammenlign: forløb.aktive.udvikling", 0, 1)
    assert (ref.kind, ref.dataset, ref.name, ref.variant, ref.is_block) == (
        "compare",
        "forløb",
        "aktive",
        "udvikling",
        True,
    )
    with pytest.raises(NotFound) as caught:
        parse("sammenlign: forløb.praktik | enhed: nord", 0, 1)
    assert "Fjern »| enhed: …«" in caught.value.fix
    stub = book((Count(30), Count(120)), (Count(40), Count(100)), (Count(9), Count(25)))
    assert for_unit(stub, parse("sammenlign: forløb.praktik", 0, 1), "nord").dataset == "forløb"  # every unit


def test_on_a_page_the_comparison_is_a_chart_block_and_the_method_box_gets_the_rule():
    stub = book((Count(12), Count(20)), (Count(40), Count(100)), (Count(9), Count(25)))
    refs = [parse("sammenlign: forløb.praktik", 0, 3)]
    page = resolve(stub, settings(), refs, Pins(), Place(file="artikel.md", drawing_version="v"))
    assert not page.problems and len(page.charts) == 1
    block = page.blocks[refs[0].token]
    assert '<figure class="chart' in block and "forloeb-praktik-enheder-2024-06-30.csv" in block
    box = MethodView("forløb", ("Kilde: …",))
    assert with_compare_method(box, parse("metode: forløb", 1, 5), refs).lines[-1] == METHOD
    over_time = [parse("sammenlign: forløb.aktive.udvikling", 2, 7)]
    assert with_compare_method(box, parse("metode: forløb", 1, 5), over_time) == box  # no share: no rule


def test_a_comparison_may_name_the_units_it_draws_and_a_figure_may_not():
    ref = parse("sammenlign: forløb.aktive.udvikling | enheder: Nord, syd", 0, 1)
    assert (ref.kind, ref.units, ref.unit) == ("compare", ("nord", "syd"), "")
    with pytest.raises(NotFound):
        parse("forløb.aktive | enheder: nord, syd", 0, 1)


def test_two_charts_that_draw_the_same_under_two_download_names_are_two_drawings_each_with_its_files():
    # Two units' charts can draw alike (all their values hidden); each page links its own downloads and
    # embed page, so each must be its own drawing (a shared key left one unit's files unwritten).
    stub = book((Count(12), Count(20)), (Count(40), Count(100)), (Count(9), Count(25)))
    place = Place(file="artikel.md", drawing_version="v")
    page = resolve(stub, settings(), [parse("sammenlign: forløb.praktik", 0, 3)], Pins(), place)
    ((key, view),) = page.charts.items()
    twin = dataclasses.replace(view, file_stem=f"{view.file_stem}-syd")
    again, html = _chart_block(stub, "forløb", "praktik", Pins(), "graf-1", place, view)
    other, other_html = _chart_block(stub, "forløb", "praktik", Pins(), "graf-2", place, twin)
    assert again == key and other != key
    assert f"{twin.file_stem}.csv" in other_html and f"{twin.file_stem}.csv" not in html
