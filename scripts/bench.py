"""make bench: how fast the site builds as it grows, against plain Pelican in the same run.

For each size (articles, data dates) it writes a synthetic site (bench_site.py) and times,
each as a fresh process the way ``make html`` runs it:

* cold: no cache at all (every figure computed, every chart and card drawn);
* warm: again, nothing changed;
* content: one article changed;
* data: one data file changed (the 2023 survey round gets one more response);
* plain: the same Markdown with plain Pelican, the same theme and no plugin.

It also builds the example site (``content/``, ``data/``) cold without its PDF stage, twice (the
better time counts), in a temporary folder, and checks each cold build against the issue's limit:
1.5 × (charts × single-chart time ÷ cores + pages × plain Pelican's time per page), where a
single chart's time is the median time of drawing a sample of the site's charts one after another
in a process of its own with nothing else drawing (``single_chart.py``: its narrow and wide SVGs
and its PNG download: the wide SVG with its titles set above it, at scale 1.5), and plain
Pelican's time per page is its build of the same Markdown ÷ its pages. The social cards are not
in the formula: they are the build's own work, like reading pages.

Warm and plain are timed three times each, in turns, and the best time of each counts (the
ratio of two noisy numbers is noisier still).

It prints a table and writes bench.json: wall times, ratios to plain Pelican, charts drawn and
cached (and for which dataset), figures and charts computed per dataset, time per stage, peak
memory of the build and of its largest drawing process, page weights, and whether each target
of the issue is met. Timings are noisy; the ratios are taken within one run on one machine.

The size »national« (``bench_national.py``) is the synthetic programme of 98 units, about 10⁶ status
rows (``make_programme_data.py``; ``--national-rows`` for fewer on a busy machine): the loader's data
stage is timed on them (reading, validating, counting per unit at every month end, the survey
rounds) with its peak memory, and the whole site is built (``national_site.py``: a page and an
article per unit, the programme's articles and briefing PDFs at seven data dates) cold, warm against
plain Pelican, and after one unit's new export.

Usage: bench.py [--sizes small,medium,large,national] [--national-rows N] [--json bench.json] [--keep DIR]
[--no-example]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))
import bench_national
import bench_site
import tree_memory

from public_results.danish import words  # the build's stage names

SIZES = {
    "small": bench_site.Size("small", 10, 4),
    "medium": bench_site.Size("medium", 100, 12),
    "large": bench_site.Size("large", 1000, 60),
}
PYTHON = sys.executable
ROOT = bench_site.ROOT
NATIONAL = "national"  # bench_national.py: the programme's data stage and its whole site
REPEAT = 3  # plain Pelican and our warm rebuild are timed this often; the best time counts
TARGETS = {
    "warm_ratio_large": 1.2,  # warm rebuild ÷ plain Pelican at the largest size
    "fixed_overhead_s": 1.0,  # our imports (beyond Pelican's own) + data checks + output scan and swap
    "drawing_ratio": 1.3,  # cold drawing ÷ (sum of single drawings ÷ processes)
    "peak_mib": 1024,
    "page_kb": 60,  # an article page without the chart script, gzip
    "cold_ratio": 1.5,  # cold build ÷ (charts × single chart ÷ cores + pages × plain Pelican per page)
    "example_cold_s": 5.0,  # the example site, cold, without its PDFs
}
EXAMPLE_SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403

PATH = {root!r} + "/content"
THEME = {root!r} + "/theme"
CACHE_PATH = {cache!r}
RESULTS_DATA_PATH = {root!r} + "/data"
RESULTS_LEDGER = {root!r} + "/ledger.json"
RESULTS_BRIEFING_PDF = False
"""


def run(command: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "CI": "1"}
    began = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed in {cwd}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return seconds


def ours(site: Path, label: str, settings_file: str = "ours.py", *, sampled: bool = False) -> dict[str, Any]:
    """Our build and its report; ``sampled`` (the cold build, whose peak is the memory target): with
    its process tree's memory too (``tree_memory``: summed PSS). Only then: reading a large process's
    ``smaps_rollup`` ten times a second holds its memory map's lock and slowed a warm build by up to
    half a second, and plain Pelican, which the warm build is held against, runs unsampled."""
    report = site / f"report-{label}.json"
    command = [PYTHON, "-m", "public_results", "build", "--settings", settings_file, "--output", "output"]
    if not sampled:
        seconds = run([*command, "--report", str(report)], site)
        return {"seconds": seconds, **json.loads(report.read_text(encoding="utf-8"))}
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "CI": "1"}
    done, seconds, seen = tree_memory.run_sampled([*command, "--report", str(report)], site, env)
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed in {site}:\n{done.stdout[-3000:]!r}\n{done.stderr[-3000:]!r}")
    return {"seconds": seconds, "tree_pss_mib": seen.peak_pss_mib, **json.loads(report.read_text(encoding="utf-8"))}


def plain(site: Path) -> float:
    command = [PYTHON, "-m", "pelican", "content", "-s", "plain.py", "-o", "plain-output", "-q"]
    return run(command, site)


def change_article(site: Path) -> None:
    path = site / "content" / "articles" / "a0001.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nEn ny sætning om enheden.\n", encoding="utf-8")


def change_data(site: Path) -> None:
    """One more response in the 2023 survey round (a copy of its first)."""
    path = site / "data" / "evaluering_2023.csv"
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    path.write_bytes(b"\r\n".join([*lines[:2], lines[1], *lines[2:]]))


def page_weight(site: Path) -> dict[str, float]:
    """The heaviest article page, gzipped, in KB (and which it is); whether the chart script is only
    on chart pages. Articles are ``a0000.html`` …: ``archives.html`` is not one of them."""
    output = site / "output"
    pages = sorted(output.glob("a[0-9]*.html"))
    weights = [len(gzip.compress(p.read_bytes(), 9)) / 1024 for p in pages]
    script = re.compile(rb"<script[^>]+src=\"[^\"]*charts?[^\"]*\"")
    misplaced = [
        p.name for p in output.rglob("*.html") if script.search(p.read_bytes()) and b"<figure" not in p.read_bytes()
    ]
    heaviest = pages[weights.index(max(weights))].name
    return {
        "page_kb_max": max(weights),
        "page_kb_max_page": heaviest,  # at small: a0004.html, whose one chart is the icon array
        "page_kb_mean": sum(weights) / len(weights),
        "script_without_chart": misplaced,
    }


def measure(size: bench_site.Size, folder: Path) -> dict[str, Any]:
    site = folder / size.name
    bench_site.write(site, size)
    result: dict[str, Any] = {"articles": size.articles, "data_dates": size.data_dates}
    print(f"{size.name}: {size.articles} articles, {size.data_dates} data dates …", file=sys.stderr, flush=True)
    result["cold"] = ours(site, "cold", sampled=True)
    plains, warm = [], []
    for number in range(REPEAT):  # taken in turns, so both see the same machine; the best of each counts
        plains.append(plain(site))
        warm.append(ours(site, f"warm{number}"))
    result["plain"] = min(plains)
    result["plain_all"] = plains
    result["warm"] = min(warm, key=lambda r: r["seconds"])
    result["warm_all"] = [r["seconds"] for r in warm]
    change_article(site)
    result["content"] = ours(site, "content")
    change_data(site)
    result["data"] = ours(site, "data")
    result["weight"] = page_weight(site)
    warm = result["warm"]
    result["warm_ratio"] = warm["seconds"] / result["plain"]
    result["fixed_overhead"] = warm["import_seconds"] + sum(
        seconds for stage, seconds in warm["stages"].items() if stage in FIXED_STAGES
    )
    cold = result["cold"]
    ideal = cold["render_seconds"] / max(cold["workers"], 1)
    result["drawing_ratio"] = cold["drawing_seconds"] / ideal if ideal else 1.0
    result["single_chart"] = single_chart(site)
    result["cold_limit"] = cold_limit(cold, result["single_chart"], result["plain"], result["warm"]["pages"])
    result["cold_ratio"] = cold["seconds"] / (result["cold_limit"]["limit"] / TARGETS["cold_ratio"])
    return result


def single_chart(site: Path) -> float:
    """One chart's drawing time on this machine, alone (``single_chart.py``, a process of its own)."""
    command = [PYTHON, str(ROOT / "scripts" / "single_chart.py"), str(site)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench: single_chart.py failed:\n{done.stderr[-3000:]}")
    return float(json.loads(done.stdout)["median"])


def cold_limit(cold: dict[str, Any], single: float, plain_seconds: float, pages: int) -> dict[str, Any]:
    """The issue's limit for a cold build: 1.5 × (charts × single-chart time ÷ cores + pages ×
    plain Pelican's time per page), with each time measured in this run (``single``: one chart's
    drawing alone; the charts' own times in the cold build are longer, as the processes share the
    cores)."""
    charts = len(cold.get("chart_seconds", []))
    cores = os.cpu_count() or 1
    per_page = plain_seconds / pages if pages else 0.0
    ideal = charts * single / cores + pages * per_page
    return {
        "drawings": cold["drawn"],
        "charts": charts,
        "cards": cold["drawn"] - charts,
        "single_drawing_s": single,
        "cores": cores,
        "plain_page_s": per_page,
        "pages": pages,
        "ideal": ideal,
        "limit": TARGETS["cold_ratio"] * ideal,
    }


def example_cold(folder: Path) -> dict[str, Any]:
    """The example site built cold without its PDF stage, twice; the better time counts."""
    runs = []
    for number in range(2):
        site = folder / f"example-{number}"
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True)
        settings = EXAMPLE_SETTINGS.format(root=str(ROOT), cache=str(site / "cache"))
        (site / "example.py").write_text(settings, encoding="utf-8")
        runs.append(ours(site, "cold", settings_file="example.py"))
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "all": [r["seconds"] for r in runs]}


FIXED_STAGES = {words.STAGE_DATA, words.STAGE_GUARD}


def verdicts(results: dict[str, Any], example: dict[str, Any] | None = None) -> dict[str, bool]:
    largest = results[max(results, key=lambda k: results[k]["articles"])]
    data_change = largest["data"]
    per_page = [r["warm"]["seconds"] / r["articles"] for r in results.values()]
    every = results.values()
    only_survey = set(data_change["drawn_by_dataset"]) | set(data_change["figures_computed"]) <= {"evaluering"}
    return {
        "warm rebuild ≤ 1.2 × plain Pelican at the largest size": largest["warm_ratio"] <= TARGETS["warm_ratio_large"],
        "fixed overhead ≤ 1 s at every size": all(
            r["fixed_overhead"] <= TARGETS["fixed_overhead_s"] for r in results.values()
        ),
        "second build draws 0 charts": all(r["warm"]["drawn"] == 0 for r in results.values()),
        "one data file: only that dataset is recomputed and redrawn": only_survey,
        "cold drawing ≤ 1.3 × (single drawings ÷ processes)": all(
            r["drawing_ratio"] <= TARGETS["drawing_ratio"] for r in results.values() if r["cold"]["drawn"] >= 20
        ),
        "peak memory ≤ 1 GiB": all(peak(r) <= TARGETS["peak_mib"] for r in every),
        "warm time per article does not grow with size": per_page[-1] <= per_page[0] * 1.2 or len(per_page) == 1,
        "article page ≤ 60 KB gzip without the chart script": all(
            r["weight"]["page_kb_max"] <= TARGETS["page_kb"] for r in results.values()
        ),
        "chart script only on pages with charts": all(
            not r["weight"]["script_without_chart"] for r in results.values()
        ),
        "cold build ≤ 1.5 × (charts × single chart ÷ cores + pages × plain Pelican per page) at the largest size": (
            largest["cold"]["seconds"] <= largest["cold_limit"]["limit"]
        ),
    } | verdicts_example(example)


def verdicts_example(example: dict[str, Any] | None) -> dict[str, bool]:
    """The example site's target (none when it was not built)."""
    if example is None:
        return {}
    return {"example site cold without PDFs ≤ 5 s": example["seconds"] <= TARGETS["example_cold_s"]}


def cold_lines(results: dict[str, Any], example: dict[str, Any] | None) -> list[str]:
    """The cold builds against the issue's limits: the formula's parts, the limit and the time."""
    lines = ["Cold builds against the limit 1.5 × (charts × single chart ÷ cores + pages × plain per page):"]
    for name, r in results.items():
        c = r["cold_limit"]
        verdict = "met" if r["cold"]["seconds"] <= c["limit"] else "NOT MET"
        lines.append(
            f"  {name:<7} 1.5 × ({c['charts']} charts × {c['single_drawing_s'] * 1000:.0f} ms ÷ {c['cores']} + "
            f"{c['pages']} pages × "
            f"{c['plain_page_s'] * 1000:.1f} ms) = {c['limit']:.1f} s; cold {r['cold']['seconds']:.1f} s: {verdict}"
        )
    if example is not None:
        verdict = "met" if example["seconds"] <= TARGETS["example_cold_s"] else "NOT MET"
        runs = ", ".join(f"{s:.1f}" for s in example["all"])
        stages = ", ".join(f"{stage.lower()} {sec:.1f}" for stage, sec in example["stages"].items())
        lines.append(
            f"  example site without PDFs: {example['seconds']:.1f} s (runs: {runs}); limit "
            f"{TARGETS['example_cold_s']:.0f} s: {verdict}\n    stages: {stages}"
        )
    return lines


def peak(result: dict[str, Any]) -> float:
    """MiB at most in use at once (cold): the build's process tree's summed PSS, sampled
    (``tree_memory``); where it was not sampled (Windows), the old count: the build's peak and each
    drawing process at its peak."""
    if result["cold"].get("tree_pss_mib"):
        return result["cold"]["tree_pss_mib"]
    cold = result["cold"]
    return cold["peak_mib"] + (cold["workers"] if cold["workers"] > 1 else 0) * cold["peak_worker_mib"]


def table(results: dict[str, Any]) -> list[str]:
    columns = [("size", 8), ("pages", 6), ("charts", 7), ("plain", 7), ("cold", 7), ("warm", 7), ("ratio", 6)]
    columns += [("content", 8), ("data", 7), ("redrawn", 8), ("fixed", 6), ("MiB", 6), ("KB", 5)]
    head = "".join(f"{name:<{width}}" if name == "size" else f"{name:>{width}}" for name, width in columns)
    lines = [head, "-" * len(head)]
    for name, r in results.items():
        lines.append(
            f"{name:<8}{r['warm']['pages']:>6}{r['cold']['charts']:>7}{r['plain']:>7.1f}{r['cold']['seconds']:>7.1f}"
            f"{r['warm']['seconds']:>7.1f}{r['warm_ratio']:>6.2f}{r['content']['seconds']:>8.1f}{r['data']['seconds']:>7.1f}"
            f"{r['data']['drawn']:>8}{r['fixed_overhead']:>6.2f}"
            f"{peak(r):>6.0f}{r['weight']['page_kb_max']:>5.0f}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join([*SIZES, NATIONAL]))
    parser.add_argument("--json", default="bench.json", type=Path)
    parser.add_argument("--keep", type=Path, help="build the sites here and keep them")
    parser.add_argument("--no-example", action="store_true", help="skip the example site's cold build")
    parser.add_argument("--national-rows", type=int, default=1_000_000, help="status rows of the size national")
    args = parser.parse_args()
    began = time.perf_counter()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="public-results-bench-"))
    try:
        names = args.sizes.split(",")
        results = {name: measure(SIZES[name], folder) for name in names if name != NATIONAL}
        if NATIONAL in names:
            print("national: the programme's data and today's data stage …", file=sys.stderr, flush=True)
        kept = folder / NATIONAL if args.keep else None  # --keep keeps the programme's data too
        national = bench_national.measure(args.national_rows, folder=kept) if NATIONAL in names else None
        if national:
            print("national: the whole site, cold, warm and one unit's new export …", file=sys.stderr, flush=True)
            site = folder / "national-site" if args.keep else None
            national["site"] = bench_national.measure_site(args.national_rows, folder=site)
        if not args.no_example:
            print("the example site, cold, without PDFs …", file=sys.stderr, flush=True)
        example = None if args.no_example else example_cold(folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    met = verdicts(results, example) if results else verdicts_example(example)  # national alone: no sites
    met |= (bench_national.verdicts(national) | bench_national.site_verdicts(national["site"])) if national else {}
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    seconds = time.perf_counter() - began
    document = {"machine": machine, "seconds": seconds, "sizes": results, "example": example, "targets": met}
    document["national"] = national
    args.json.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    if results:
        print("\n".join(table(results)))
        print(
            "\nseconds of wall clock; ratio = warm ÷ plain; redrawn = charts drawn after one data file changed;"
            "\nfixed = our imports (beyond Pelican's own, which plain Pelican pays too) + data checks + output scan"
            "\nand swap (warm); MiB = peak of the build and its drawing processes (cold; summed PSS, sampled);"
            "\nKB = heaviest article page, gzip, without the chart script."
        )
    if results or example is not None:
        print("\n" + "\n".join(cold_lines(results, example)))
    if national:
        print("\n" + "\n".join([*bench_national.lines(national), *bench_national.site_lines(national["site"])]))
    print(f"\n{machine}; the whole benchmark took {document['seconds']:.0f} s. Targets:")
    for what, ok in met.items():
        print(f"  {'met    ' if ok else 'NOT MET'}  {what}")
    print(f"JSON: {args.json}")
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
