"""Drawing in worker processes: charts drawn by two processes are the same as drawn in one, and a
worker makes the interactive charts' script meanwhile. (Here, not among the unit tests: it starts
processes, each of which starts vl-convert.)"""

from __future__ import annotations

import pandas as pd
import pytest

from public_results.charts import specs as chart
from public_results.charts.drawing import PARALLEL_FROM, bundle_file, draw_all
from support import ROOT

pytestmark = pytest.mark.site

FONTS = ROOT / "theme" / "fonts"


def spec(label: str) -> dict:
    table = pd.DataFrame({"label": [label], "value": [80.0], "text": ["80 %"]})
    return chart.finish(chart.bar_chart(table, 100), "Atkinson Hyperlegible").to_dict()


def contents(drawings: dict) -> dict:
    return {key: (d.svg, d.png) for key, d in drawings.items()}


def test_many_charts_are_drawn_by_worker_processes_with_the_same_result(tmp_path):
    # PARALLEL_FROM charts: the fewest that are drawn by worker processes rather than in this one.
    specs = {f"k{i}": (spec(f"Spørgsmål {i}"), spec(f"Spørgsmål {i}")) for i in range(PARALLEL_FROM)}
    in_process, _ = draw_all(specs, tmp_path / "one", FONTS, workers=1)
    in_workers, stats = draw_all(specs, tmp_path / "two", FONTS, workers=2)
    assert stats.workers == 2  # really drawn by two processes
    assert stats.drawn == PARALLEL_FROM and contents(in_workers) == contents(in_process)
    assert bundle_file(tmp_path / "two").is_file()  # the chart script, made by a worker meanwhile
    assert not bundle_file(tmp_path / "one").exists()  # drawn here: write_chart_script makes it when asked
