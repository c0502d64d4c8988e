"""A build as values: the data stage's Loaded, one Collected that pages add to, a Finished build."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from public_results.charts.social_cards import CardText
from public_results.charts.view import ChartView, Table
from public_results.errors import DataError, Problem
from public_results.figures.figure import Pins
from public_results.settings import Site
from public_results.site.build import Card, Collected, PageOutcome, finish, keep_for_next_build, place_for


def test_load_reads_settings_data_and_ledger_once_into_a_frozen_value(loaded):
    assert loaded.site.name == "Testsite"
    assert sorted(loaded.book.datasets()) == ["evaluering", "forløb"]
    assert set(loaded.prepared.fingerprints) == {"evaluering", "forløb"}
    assert loaded.ledger == {} and loaded.warnings == ()
    assert loaded.drawing_version and loaded.cache_folder == loaded.settings.render_cache
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.book = None  # type: ignore[misc]


def test_a_data_problem_stops_load_with_every_problem(make_loaded, data_folder):
    (data_folder / "forloeb.csv").write_text("BorgerID;Dato\nA;2020-02-01\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        make_loaded()
    assert any(p.column == "Status" for p in raised.value.problems)


def test_a_second_load_restores_what_the_first_build_kept(make_loaded):
    first = make_loaded()
    first.book.figure("forløb", "aktive", Pins())
    keep_for_next_build(first)
    second = make_loaded()
    assert second.book.restored["forløb"] > 0 and second.book.loaders  # the rows are not read


def test_the_inputs_digest_names_every_fingerprint_the_settings_and_the_site(loaded):
    """What the figures API and the open data are kept under (site.kept_outputs)."""
    assert loaded.inputs is not None and loaded.inputs == dataclasses.replace(loaded).inputs
    prints = dict(loaded.prepared.fingerprints)
    changed = dataclasses.replace(loaded.prepared, fingerprints={**prints, "forløb": "0" * 32})
    assert dataclasses.replace(loaded, prepared=changed).inputs != loaded.inputs
    assert dataclasses.replace(loaded, site=Site(name="Andet site")).inputs != loaded.inputs
    threshold = dataclasses.replace(loaded.settings, min_count=loaded.settings.min_count + 1)
    assert dataclasses.replace(loaded, settings=threshold).inputs != loaded.inputs
    unreadable = dataclasses.replace(loaded.prepared, fingerprints={**prints, "forløb": None})
    assert dataclasses.replace(loaded, prepared=unreadable).inputs is None  # nothing kept


@pytest.mark.parametrize(
    ("relative", "url", "address", "root"),
    [
        (True, "", "a.html", "."),
        (True, "", "briefinger/2022-02-15.html", ".."),
        (True, "", "pages/a/b.html", "../.."),
        (False, "", "briefinger/x.html", ""),
        (False, "https://resultater.example.dk", "a.html", "https://resultater.example.dk"),
    ],
)
def test_a_page_sees_the_site_root_and_the_downloads_from_where_it_is(loaded, relative, url, address, root):
    site = Site(url=url, relative_urls=relative)
    place = place_for(dataclasses.replace(loaded, site=site), address, "x.md")
    assert place.site == root
    assert place.downloads == f"{root}/grafer"
    assert place.file == "x.md" and place.drawing_version == loaded.drawing_version


def test_collected_adds_each_pages_outcome_and_nothing_else_writes_it():
    collected = Collected()
    problem = Problem(file="a.md", what="x", fix="y")
    collected.add(
        PageOutcome(
            key="a.md", problems=(problem,), shown={"f": "1"}, card=Card("kort/a.png", "k", CardText("T", "", "S"))
        )
    )
    collected.add(PageOutcome(key="b.md", shown={"g": "2"}, pinned=True, accepted=dt.date(2024, 1, 2)))
    collected.add(PageOutcome(key="briefinger/x.html"), generated=True)
    assert collected.problems == [problem]
    assert collected.shown == {"a.md": {"f": "1"}, "b.md": {"g": "2"}}  # the live page records nothing
    assert collected.pinned == {"b.md": {"g": "2"}} and collected.accepted == {"b.md": dt.date(2024, 1, 2)}
    assert list(collected.cards) == ["kort/a.png"] and collected.generated == 1


def test_a_finished_build_carries_the_datas_overview(loaded):
    finished = finish(loaded, Collected(), timings={"Læser data": 0.5})
    assert finished.book is loaded.book and finished.timings == {"Læser data": 0.5}
    wheres = [s.where for s in finished.overview.suppressed]
    assert wheres == ["forløb pr. 30. juni 2021", "forløb pr. 15. februar 2022", "evaluering, måling 2020",
                      "evaluering, måling 2021"]  # fmt: skip
    assert finished.overview.suppressed_total == 0  # the tiny data without suppression
    (outcomes, survey) = finished.overview.changed
    assert "forløb.alle 4 → 5" in outcomes.changes
    assert survey.where == "evaluering, måling 2020 → 2021"


def test_charts_that_draw_the_same_keep_the_same_view_whatever_order_the_pages_come_in():
    """Pelican lists a site's files in a set, so its pages come in another order each build; two
    units' charts with the same drawing share a key, and the view kept for it must not follow the order."""
    table = Table(("Status", "Antal"), (("Aktive", "7"),))
    views = [ChartView("forløb@" + unit + ".status", "søjler", "Status", "", "", "", table, table, {},
                       f"forloeb-{unit}-status") for unit in ("nord", "syd", "oe")]  # fmt: skip
    kept = set()
    for order in (views, views[::-1], [views[1], views[0], views[2]]):
        collected = Collected()
        for number, view in enumerate(order):
            collected.add(PageOutcome(key=f"side-{number}.md", charts={"abc": view}))
        kept.add(collected.charts["abc"].file_stem)
    assert kept == {"forloeb-nord-status"}
