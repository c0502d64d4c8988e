"""Drawing in worker processes: charts drawn by two processes are the same as drawn in one. (Here,
not among the unit tests: it starts processes, each of which starts vl-convert.)"""

from __future__ import annotations

import pytest

from public_results.charts import specs as chart
from public_results.charts.drawing_pool import PARALLEL_FROM, DrawingPool, draw_all
from support import ROOT

pytestmark = pytest.mark.site

FONTS = ROOT / "theme" / "fonts"


def spec(label: str) -> dict:
    """A chart's pair of specs, narrow and wide, as a view holds it."""
    table = [{"label": label, "value": 80.0, "text": "80 %"}]
    return chart.drawings(lambda size: chart.bar_chart(table, 100, size), "Atkinson Hyperlegible Next Nul")


def contents(drawings: dict) -> dict:
    return {key: (d.inline, d.png) for key, d in drawings.items()}


def test_many_charts_are_drawn_by_worker_processes_with_the_same_result(tmp_path):
    # PARALLEL_FROM charts: the fewest that are drawn by worker processes rather than in this one.
    specs = {f"k{i}": (spec(f"Spørgsmål {i}"), spec(f"Spørgsmål {i}")) for i in range(PARALLEL_FROM)}
    in_process, _ = draw_all(specs, tmp_path / "one", FONTS, workers=1)
    in_workers, stats = draw_all(specs, tmp_path / "two", FONTS, workers=2)
    assert stats.workers == 2  # really drawn by two processes
    assert stats.drawn == PARALLEL_FROM and contents(in_workers) == contents(in_process)


def test_charts_handed_out_while_pages_are_read_are_collected_with_the_same_result(tmp_path):
    specs = {f"k{i}": (spec(f"Tidligt {i}"), spec(f"Tidligt {i}"), 2) for i in range(PARALLEL_FROM)}
    pool = DrawingPool(tmp_path / "early", FONTS, workers=2)
    try:
        pool.submit(dict(list(specs.items())[:1]))
        assert not pool.started and list(pool.waiting) == ["k0"]  # too few to start processes for
        pool.submit(specs)
        assert set(pool.started) == set(specs) and not pool.waiting  # handed out at once
        early, stats = draw_all(specs, tmp_path / "early", FONTS, pool=pool)
    finally:
        pool.close()
    assert (stats.workers, stats.drawn) == (2, PARALLEL_FROM)
    here, alone = draw_all(specs, tmp_path / "here", FONTS, workers=1)
    assert alone.workers == 1 and contents(early) == contents(here)


def test_a_few_charts_given_to_the_pool_are_drawn_in_the_build_process(tmp_path):
    specs = {f"k{i}": (spec(f"Få {i}"), spec(f"Få {i}"), 2) for i in range(PARALLEL_FROM - 1)}
    pool = DrawingPool(tmp_path / "few", FONTS, workers=2)
    try:
        pool.submit(specs)
        drawings, stats = draw_all(specs, tmp_path / "few", FONTS, pool=pool)
    finally:
        pool.close()
    assert (stats.workers, stats.drawn, sorted(drawings)) == (1, PARALLEL_FROM - 1, sorted(specs))
