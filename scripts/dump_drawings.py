"""Every chart's spec and drawings written to a folder, and two such folders compared: a check that a
change to the chart code leaves every drawing as it was (issue 16 used it to replace Altair).

    .venv/bin/python scripts/dump_drawings.py dump FOLDER      # about 2 minutes
    .venv/bin/python scripts/dump_drawings.py compare BEFORE AFTER

``dump`` builds every chart name of the example data at each of its data dates and survey rounds,
and of the unit tests' tiny data (with and without suppression), and writes per chart its spec pair
(``.json``), the narrow and wide SVG and the PNG download as vl-convert draws them. ``compare``
says which SVGs and PNGs differ byte for byte, and which specs differ once their datasets are read
in place (a dataset's name is a hash of its rows: ``7`` and ``7.0`` give other names, not other
drawings).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import runpy
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from public_results.charts import drawing  # noqa: E402
from public_results.charts.by_name import chart_names, chart_view  # noqa: E402
from public_results.figures.figure import Pins  # noqa: E402
from public_results.figures.prepare import prepare  # noqa: E402
from public_results.settings import read_settings  # noqa: E402


def _tiny_data(folder: Path) -> Path:
    """The unit tests' tiny data (``tests/unit/conftest.py``) written into ``folder``."""
    spec = importlib.util.spec_from_file_location("tiny_data", ROOT / "tests" / "unit" / "conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_data(folder)
    return folder


def _pins(book: Any, name: str) -> list[Pins]:
    dataset = name.partition(".")[0]
    if dataset in book.outcomes:
        return [Pins(data_date=day) for day in book.outcomes[dataset].outcome.data_dates]
    return [Pins(survey_round=r.round.name) for r in book.surveys[dataset]]


def dump(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    example = runpy.run_path(str(ROOT / "pelicanconf.py")) | {"RESULTS_DATA_PATH": str(ROOT / "data")}
    tiny = {"RESULTS_DATA_PATH": str(_tiny_data(Path(tempfile.mkdtemp()) / "data")), "RESULTS_SMALL_BASE": 1}
    drawing.start_drawing(str(ROOT / "theme" / "fonts"))
    count, seconds = 0, 0.0
    for label, raw, threshold in (("example", example, None), ("tiny", tiny, None), ("tiny1", tiny, 1)):
        settings = read_settings(raw)
        book = prepare(settings)
        if threshold:
            book.threshold = threshold
        for name in chart_names(book):
            for pins in _pins(book, name):
                began = time.perf_counter()
                view = chart_view(book, name, pins, settings)
                seconds += time.perf_counter() - began
                stem = f"{label}.{name}.{pins.data_date or pins.survey_round}"
                text = json.dumps(view.spec, sort_keys=True, ensure_ascii=False, indent=1)
                (folder / f"{stem}.json").write_text(text, encoding="utf-8")
                png_spec = drawing.with_titles(view.spec, view.title, view.subtitle, view.source)
                svgs, png, _ = drawing.draw_chart(view.spec, png_spec, drawing.PNG_SCALE)
                for size, svg in (svgs or {}).items():
                    (folder / f"{stem}.{size}.svg").write_text(svg, encoding="utf-8")
                (folder / f"{stem}.png").write_bytes(png)
                count += 1
    print(f"{count} charts; their views (specs, texts, the figures they need) took {seconds:.1f} s")


def _resolved(spec: dict[str, Any]) -> Any:
    """A drawn spec with each dataset read in place (fields that are None left out)."""
    datasets = spec.get("datasets", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        found = {}
        for key, value in node.items():
            if key == "datasets":
                continue
            if key == "data" and isinstance(value, dict) and "name" in value:
                found[key] = [{k: v for k, v in row.items() if v is not None} for row in datasets[value["name"]]]
            else:
                found[key] = walk(value)
        return found

    return walk(spec)


def compare(before: Path, after: Path) -> int:
    names = sorted(p.name for p in before.iterdir())
    if names != sorted(p.name for p in after.iterdir()):
        print("The folders hold other files.")
        return 1
    same: dict[str, int] = {"svg": 0, "png": 0, "json exactly": 0, "json with datasets in place": 0}
    differ: list[str] = []
    for name in names:
        old, new = (before / name).read_bytes(), (after / name).read_bytes()
        if name.endswith(".json"):
            pair, other = json.loads(old), json.loads(new)
            if pair == other:
                same["json exactly"] += 1
            elif pair.keys() == other.keys() and all(_resolved(pair[k]) == _resolved(other[k]) for k in pair):
                same["json with datasets in place"] += 1
            else:
                differ.append(name)
        elif old == new:
            same[name.rsplit(".", 1)[1]] += 1
        else:
            differ.append(name)
    print("The same:", ", ".join(f"{count} {kind}" for kind, count in same.items()))
    print(f"Different: {len(differ)}", *differ[:20], sep="\n  ")
    return 1 if any(not name.endswith(".json") for name in differ) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("folder", type=Path)
    both = commands.add_parser("compare")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "dump":
        dump(arguments.folder)
        return 0
    return compare(arguments.before, arguments.after)


if __name__ == "__main__":
    sys.exit(main())
