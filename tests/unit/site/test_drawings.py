"""Drawing: every chart and card of a site at once, into the render cache and the output."""

from __future__ import annotations

from public_results.charts.by_name import chart_view
from public_results.charts.drawing import drawing_key
from public_results.charts.drawing_pool import DrawingPool
from public_results.figures.figure import Pins
from public_results.pages.blocks import svg_marker
from public_results.settings import read_settings
from public_results.site import drawings
from public_results.site.cards import card_for
from public_results.site.drawings import draw, early
from support import ROOT


def test_charts_and_cards_are_drawn_once_written_and_put_into_pages(shared_loaded, tmp_path):
    settings = shared_loaded.settings
    view = chart_view(shared_loaded.book, "forløb.status", Pins(), settings)
    key = drawing_key(view.spec, shared_loaded.drawing_version)
    card = card_for(shared_loaded, "a.html", "4 borgere er i gang", "15. februar 2022")
    output = tmp_path / "output"
    drawn = draw({key: view}, {card.name: card}, settings, output)
    assert (drawn.stats.charts, drawn.stats.drawn, drawn.stats.cached) == (2, 2, 0)
    assert (output / card.name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (output / "grafer" / f"{view.file_stem}.csv").is_file()
    assert (output / "grafer" / f"{view.file_stem}.png").is_file()
    assert not (output / "theme" / "js" / "vega.js").exists()  # no chart runtime: the SVG is the chart
    page = f"<figure>{svg_marker(key)}</figure>"
    inlined = drawn.with_drawings(page)
    assert inlined.startswith("<figure><svg ") and 'aria-hidden="true"' in inlined
    again = draw({key: view}, {card.name: card}, settings, tmp_path / "again")
    assert again.stats.drawn == 0 and again.stats.cached == 2  # the render cache holds them


def test_a_chart_another_page_handed_to_the_pool_is_not_made_into_a_job_again(shared_loaded, tmp_path, monkeypatch):
    view = chart_view(shared_loaded.book, "forløb.status", Pins(), shared_loaded.settings)
    pool = DrawingPool(tmp_path / "drawings", shared_loaded.settings.font_path, 1)
    made: list[str] = []
    jobs = drawings.jobs
    monkeypatch.setattr(drawings, "jobs", lambda charts: made.extend(charts) or jobs(charts))
    early(pool, {"a" * 24: view})
    early(pool, {"a" * 24: view, "b" * 24: view})  # the second page: one chart known, one new
    assert made == ["a" * 24, "b" * 24]  # once per chart, not once per page
    assert pool.knows("a" * 24) and pool.knows("b" * 24) and not pool.knows("c" * 24)
    pool.close()


def test_a_cold_build_starts_the_drawing_processes_at_once_and_a_warm_one_waits_for_charts(tmp_path, monkeypatch):
    started: list[bool] = []
    monkeypatch.setattr(DrawingPool, "prestart", lambda self: started.append(True))
    settings = read_settings({"RESULTS_RENDER_CACHE": str(tmp_path), "RESULTS_CHART_WORKERS": 2})
    drawings.start_pool(settings)  # no drawings folder
    (tmp_path / drawings.DRAWINGS).mkdir()
    drawings.start_pool(settings)  # an empty one
    assert started == [True, True]
    (tmp_path / drawings.DRAWINGS / "a.png").write_bytes(b"\x89PNG")
    drawings.start_pool(settings)
    assert started == [True, True]  # the cache holds drawings: the processes start once charts wait


def test_prestart_starts_no_process_when_one_draws(tmp_path):
    pool = DrawingPool(tmp_path, ROOT / "theme" / "fonts", workers=1)
    pool.prestart()
    assert pool._pool is None and pool.count == 1
