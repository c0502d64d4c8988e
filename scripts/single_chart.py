"""The time of one chart's drawing on this machine, alone: for make bench's cold-build limit.

Makes one spec for every chart a writer can place (``chart_names``, at the newest data date) from
a site's data folder, draws a sample of them one after another in this one process, as a drawing
process does (its narrow and wide SVGs, and its PNG download: the wide SVG with a title set above
it, at ``PNG_SCALE``), after one drawing to warm vl-convert up, and prints the median time in
seconds (``median``, wall clock, what make bench counts) and of CPU (``median_cpu``, for a busy
machine). Run in a process of its own, with nothing else drawing. (Pages hold no spec: the static
SVG is the chart.)

Usage: single_chart.py SITE [--sample N]   (SITE: the folder that holds data/)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from public_results.charts.by_name import chart_names, chart_view
from public_results.charts.drawing import PNG_SCALE, draw_chart, start_drawing, with_titles
from public_results.errors import NotFound
from public_results.figures.figure import Pins
from public_results.settings import Site, read_settings
from public_results.site.build import load

FONTS = Path(__file__).resolve().parent.parent / "theme" / "fonts"
# texts of a chart's usual length (the PNG download carries them; the page's caption does for the SVG)
TITLE = "Største gruppe pr. 15. februar 2022: Job med løntilskud (82 af 205)"
SUBTITLE = "Antal borgere i aktivt forløb pr. 15. februar 2022. I alt 205 borgere."
SOURCE = "Kilde: Enhedens forløbsregistrering. Tal opgjort pr. 15. februar 2022."


def specs(site: Path) -> list[dict]:
    """Every chart's spec at the newest data date, each once, in a stable order."""
    with tempfile.TemporaryDirectory() as folder:
        settings = read_settings(
            {
                "RESULTS_DATA_PATH": str(site / "data"),
                "RESULTS_RENDER_CACHE": folder,
                "RESULTS_LEDGER": str(Path(folder) / "ledger.json"),
                "RESULTS_BRIEFING_PDF": False,
            }
        )
        loaded = load(settings, Site(name="bench", subtitle=""))
        found: dict[str, dict] = {}
        for name in chart_names(loaded.book):
            try:
                spec = chart_view(loaded.book, name, Pins(), settings).spec
            except NotFound:  # hidden at the newest data date (small flows)
                continue
            found.setdefault(json.dumps(spec, sort_keys=True), spec)
    return [found[key] for key in sorted(found)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()
    found = specs(args.site)
    step = max(1, len(found) // args.sample)
    sample = found[::step][: args.sample]
    start_drawing(str(FONTS))
    times, cpu = [], []
    for index, spec in enumerate([sample[0], *sample]):
        began = time.process_time()
        _, _, seconds = draw_chart(spec, with_titles(spec, TITLE, SUBTITLE, SOURCE), PNG_SCALE)
        if index:  # the first only warms vl-convert up
            times.append(seconds)
            cpu.append(time.process_time() - began)
    median, median_cpu = statistics.median(times), statistics.median(cpu)
    print(json.dumps({"charts": len(found), "sample": len(times), "median": median, "median_cpu": median_cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
