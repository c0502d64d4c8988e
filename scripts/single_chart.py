"""The time of one chart's drawing on this machine, alone: for make bench's cold-build limit.

Reads the charts' specs from the pages of a built site (each chart's interactive spec is in its
page), draws a sample of them one after another in this one process, as a drawing process does
(its SVG, and its PNG download with a title at scale 2), after one drawing to warm vl-convert up,
and prints the median time in seconds. Run in a process of its own, with nothing else drawing.

Usage: single_chart.py OUTPUT [--sample N]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from public_results.charts.drawing import PNG_SCALE, draw_chart, start_drawing, with_titles

SPEC = re.compile(r'<script type="application/json" class="chart-spec">(.*?)</script>', re.S)
FONTS = Path(__file__).resolve().parent.parent / "theme" / "fonts"
# texts of a chart's usual length (the PNG download carries them; the page's caption does for the SVG)
TITLE = "Største gruppe pr. 15. februar 2022: Job med løntilskud (82 af 205)"
SUBTITLE = "Antal borgere i aktivt forløb pr. 15. februar 2022. I alt 205 borgere."
SOURCE = "Kilde: Enhedens forløbsregistrering. Tal opgjort pr. 15. februar 2022."


def specs(output: Path) -> list[dict]:
    """Every chart's spec in the site's pages, each once, in a stable order."""
    found: dict[str, dict] = {}
    for page in sorted(output.rglob("*.html")):
        for text in SPEC.findall(page.read_text(encoding="utf-8")):
            spec = json.loads(html.unescape(text))["spec"]
            found.setdefault(json.dumps(spec, sort_keys=True), spec)
    return [found[key] for key in sorted(found)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()
    found = specs(args.output)
    step = max(1, len(found) // args.sample)
    sample = found[::step][: args.sample]
    start_drawing(str(FONTS))
    times = []
    for index, spec in enumerate([sample[0], *sample]):
        _, _, seconds = draw_chart(spec, with_titles(spec, TITLE, SUBTITLE, SOURCE), PNG_SCALE)
        if index:  # the first only warms vl-convert up
            times.append(seconds)
    print(json.dumps({"charts": len(found), "sample": len(times), "median": statistics.median(times)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
