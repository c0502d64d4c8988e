"""``make bench``'s size »national«: the synthetic programme of 98 units (``make_programme_data.py``),
its data stage, and its whole site.

The data stage (``measure``): making the data (about 10⁶ status rows, two survey rounds per unit),
then, in a process of its own as a build runs it, the loader on the status log: reading
(``data.read.read_checked``: decoding, the delimiter, the CSV records, the personal-data scan),
validating (``validate_outcome``: statuses, dates, IDs), dropping the IDs, and counting every
unit's citizens per category at every month end (``figures.counting.outcome_counts`` on each
unit's part of the log), then the two survey rounds read, validated and counted per unit and
question (``answer_counts``), with the peak memory of that process.

The whole site (``measure_site``; ``national_site.write_national``): the log split into one file per
unit (``files:`` in the descriptor), a page per unit from one template, an article per unit, the
programme's article at each of the seven data dates (the newest comparing the units), a briefing
with its PDF per data date; built as ``make html`` does: cold (no cache), warm three times in turns
with plain Pelican on the same Markdown (each unit's page written out as a page), then after one
unit's new export (one more citizen in the smallest unit's file): what was computed and drawn.
The survey rounds carry each response's unit (their »Enhed« column), and every unit gets a briefing
with its PDF at the newest data date, as the plugin makes them for a site with units.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))
import make_programme_data
import national_site
import tree_memory

ROOT = Path(__file__).resolve().parent.parent
PEAK_MIB = 2048  # the limit for the national build's peak memory
COLD_S = 600  # the limit for the national site's cold build
WARM_RATIO = 1.2  # warm ÷ plain Pelican on the same Markdown
REPEAT = 3  # warm and plain, in turns; the best of each counts
UNIT_COLUMN = "Enhed"


def peak_mib() -> float:
    """This process's peak resident memory in MiB: Linux's VmHWM (its own, from its exec on), else
    ``getrusage``'s maxrss, which on Linux keeps the high-water mark of the parent it was forked from."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource  # noqa: PLC0415 - not on Windows, where memory is not measured
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month end from ``first``'s month to ``last``'s."""
    ends, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        ends.append(following - dt.timedelta(days=1))
        year, month = following.year, following.month
    return ends


class Clock:
    """Wall-clock and CPU seconds of named steps, one after another."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._began = (time.perf_counter(), time.process_time())

    def step(self, name: str) -> None:
        """The step ``name`` ends now; the next begins."""
        now = (time.perf_counter(), time.process_time())
        self.wall[name], self.cpu[name] = now[0] - self._began[0], now[1] - self._began[1]
        self._began = now


def loader_counts(folder: Path) -> tuple[Clock, dict[str, dict[str, dict[str, int]]]]:
    """Today's loader on ``folder``'s status log, then its survey rounds (``surveys``): the time of
    each step, and citizens per unit, month end (ISO date) and category."""
    clock = Clock()
    from public_results.data.descriptor import read_descriptor  # noqa: PLC0415 - timed
    from public_results.data.pseudonyms import drop_identifiers  # noqa: PLC0415 - timed
    from public_results.data.read import read_checked, wanted_headers  # noqa: PLC0415 - timed
    from public_results.data.validate import OutcomeLog, validate_outcome  # noqa: PLC0415 - timed
    from public_results.figures.counting import outcome_counts  # noqa: PLC0415 - timed
    from public_results.settings import read_settings  # noqa: PLC0415 - timed

    manifest = json.loads((folder / "programme.json").read_text(encoding="utf-8"))
    first, last = dt.date.fromisoformat(manifest["first_day"]), dt.date.fromisoformat(manifest["last_day"])
    example = read_descriptor(ROOT / "data" / "datasets.yaml").datasets["forløb"]
    outcome = dataclasses.replace(example, file="forloeb.csv", start=first, data_dates=(last,))
    settings = read_settings({"RESULTS_DATA_PATH": str(folder), "RESULTS_MAX_FILE_MB": 500})
    clock.step("import")
    table = read_checked(folder / "forloeb.csv", None, settings, wanted_headers(outcome))
    clock.step("read")
    log = drop_identifiers(validate_outcome(table, outcome, last))
    clock.step("validate")
    units = table[UNIT_COLUMN].to_numpy()  # the log keeps the table's rows in order (no blank rows here)
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for unit in sorted(set(units)):
        part = OutcomeLog(outcome=outcome, events=log.events[units == unit].reset_index(drop=True))
        counts[unit] = {day.isoformat(): outcome_counts(part, day) for day in month_ends(first, last)}
    clock.step("count")
    surveys(folder, manifest, settings)
    clock.step("surveys")
    return clock, counts


def surveys(folder: Path, manifest: dict[str, Any], settings: Any) -> int:
    """Today's loader on the survey rounds: each read, checked and validated as the example's
    ``evaluering`` (its questions and scale), then answers per unit and question counted; the number
    of counts made."""
    from public_results.data.datasets import Round  # noqa: PLC0415 - timed
    from public_results.data.descriptor import read_descriptor  # noqa: PLC0415 - timed
    from public_results.data.read import read_checked, wanted_headers  # noqa: PLC0415 - timed
    from public_results.data.validate import SurveyRound, validate_survey  # noqa: PLC0415 - timed
    from public_results.figures.counting import answer_counts  # noqa: PLC0415 - timed

    example = read_descriptor(ROOT / "data" / "datasets.yaml").datasets["evaluering"]
    made = 0
    for day, name in manifest["survey_rounds"].items():
        round_ = Round(name=day[:7], file=name, date=dt.date.fromisoformat(day))
        survey = dataclasses.replace(example, rounds=(round_,))
        table = read_checked(folder / name, None, settings, wanted_headers(survey))
        answers = validate_survey(table, survey, round_).answers
        units = table[UNIT_COLUMN].to_numpy()
        for unit in sorted(set(units)):
            part = SurveyRound(survey=survey, round=round_, answers=answers[units == unit])
            made += sum(len(answer_counts(part, q.key)) for q in survey.questions)
    return made


def child(folder: Path) -> dict[str, Any]:
    """``loader_counts`` in this process, with its peak memory and a digest of the counts."""
    clock, counts = loader_counts(folder)
    peak = peak_mib()
    month_ends_counted = sum(len(per_unit) for per_unit in counts.values())
    return {
        "seconds": clock.wall,
        "cpu_seconds": clock.cpu,
        "peak_mib": peak,
        "units": len(counts),
        "unit_month_ends": month_ends_counted,
    }


def measure(rows: int = 1_000_000, units: int = 98, folder: Path | None = None) -> dict[str, Any]:
    """Make the programme's data (``units`` units, about ``rows`` status rows; in ``folder``, or a
    temporary one) and time the loader on it."""
    with tempfile.TemporaryDirectory(prefix="bench-national-") as scratch:
        where = folder or Path(scratch) / "national"
        began = time.perf_counter()
        manifest = make_programme_data.make(where, rows=rows, units=units)
        made = time.perf_counter() - began
        env_python = [sys.executable, __file__, "--child", str(where)]
        began = time.perf_counter()
        done = subprocess.run(env_python, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - began
        if done.returncode:
            sys.exit(f"bench: the national data stage failed:\n{done.stderr[-3000:]}")
        stage = json.loads(done.stdout)
    return {
        "rows": manifest["rows"],
        "units": len(manifest["units"]),
        "citizens": manifest["citizens"],
        "responses": sum(sum(u["responses"].values()) for u in manifest["units"]),
        "make_seconds": made,
        "stage_wall_seconds": wall,
        **stage,
    }


def build(site: Path, label: str, *, sampled: bool = False) -> dict[str, Any]:
    """Our build of ``site`` as ``make html`` runs it (a process of its own): wall seconds, its report
    and, ``sampled`` (the cold build: the memory target is its peak), its process tree's memory
    (``tree_memory``: the peak of the summed PSS). The other builds run unsampled, as plain Pelican
    does: sampling holds the build's memory map ten times a second and slows it."""
    report = site / f"report-{label}.json"
    command = [sys.executable, "-m", "public_results", "build", "--settings", "ours.py", "--output", "output"]
    if not sampled:
        seconds = _run([*command, "--report", str(report)], site)
        return {"seconds": seconds, **json.loads(report.read_text(encoding="utf-8"))}
    done, seconds, seen = tree_memory.run_sampled([*command, "--report", str(report)], site, _env())
    if done.returncode:
        sys.exit(f"bench: {' '.join(command)} failed in {site}:\n{done.stdout[-3000:]!r}\n{done.stderr[-3000:]!r}")
    return {"seconds": seconds, "memory": dataclasses.asdict(seen), **json.loads(report.read_text(encoding="utf-8"))}


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "CI": "1"}


def _run(command: list[str], cwd: Path) -> float:
    began = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"bench: {' '.join(command)} failed in {cwd}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return time.perf_counter() - began


def new_export(site: Path, unit: str) -> None:
    """``unit``'s new export: its file with one more citizen, starting on the last day."""
    path = site / "data" / f"forloeb-{unit}.csv"
    path.write_bytes(path.read_bytes() + "PNYX001;31-12-2023;Afklaring påbegyndt\r\n".encode("cp1252"))


def measure_site(rows: int = 1_000_000, units: int = 98, folder: Path | None = None) -> dict[str, Any]:
    """The whole national site of ``units`` units and about ``rows`` status rows (in ``folder``, or a
    temporary one): cold, warm and plain Pelican, peak memory, and one unit's new export."""
    with tempfile.TemporaryDirectory(prefix="bench-national-site-") as scratch:
        where = folder or Path(scratch)
        manifest = make_programme_data.make(where / "data", rows=rows, units=units)
        site = where / "site"
        written = national_site.write_national(site, where / "data", manifest)
        load = os.getloadavg()[0]
        cold = build(site, "cold", sampled=True)
        plains, warms = [], []
        for number in range(REPEAT):
            plains.append(_run([sys.executable, "-m", "pelican", "plain-content", "-s", "plain.py", "-o",
                                "plain-output", "-q"], site))  # fmt: skip
            warms.append(build(site, f"warm{number}"))
        smallest = min(manifest["units"], key=lambda u: u["citizens"])["key"]
        new_export(site, smallest)
        changed = build(site, "unit")
        pdfs = len(list((site / "output").rglob("*.pdf")))
    warm = min(warms, key=lambda r: r["seconds"])
    return {
        "rows": manifest["rows"], "units": len(manifest["units"]), "written": written, "load_before": load,
        "load_after": os.getloadavg()[0], "cold": cold, "warm": warm, "warm_all": [r["seconds"] for r in warms],
        "plain": min(plains), "plain_all": plains, "changed_unit": smallest, "unit": changed, "pdfs": pdfs,
        "peak_mib": cold["memory"]["peak_pss_mib"], "peak_rss_sum_mib": cold["memory"]["peak_rss_mib"],
        "peak_mib_old_count": cold["peak_mib"] + cold["workers"] * cold["peak_worker_mib"] * (cold["workers"] > 1),
    }  # fmt: skip


def site_lines(result: dict[str, Any]) -> list[str]:
    """The national site's lines for the bench's printout."""
    cold, warm, unit = result["cold"], result["warm"], result["unit"]
    return [
        f"National site: {result['units']} units, {result['rows']:,} status rows; {warm['pages']} pages, "
        f"{cold['charts']} charts ({cold['drawn']} drawings with the cards), {result['pdfs']} PDFs; load average "
        f"{result['load_before']:.1f} before, {result['load_after']:.1f} after",
        f"  cold {cold['seconds']:.1f} s (limit {COLD_S} s); warm {warm['seconds']:.1f} s, plain Pelican "
        f"{result['plain']:.1f} s: {warm['seconds'] / result['plain']:.2f} × (limit {WARM_RATIO}); peak "
        f"{result['peak_mib']:.0f} MiB (limit {PEAK_MIB}; the process tree's PSS, sampled; its RSS summed "
        f"{result['peak_rss_sum_mib']:.0f}, the old count {result['peak_mib_old_count']:.0f})",
        "  stages, cold: " + ", ".join(f"{k.lower()} {v:.1f}" for k, v in cold["stages"].items()),
        f"  one unit's new export ({result['changed_unit']}): {unit['seconds']:.1f} s; computed "
        f"{sorted(unit['figures_computed'])}; drawn {unit['drawn_by_dataset']}",
    ]


def site_verdicts(result: dict[str, Any]) -> dict[str, bool]:
    """The issue's targets for the national site."""
    unit = result["unit"]
    allowed = {"forløb", f"forløb@{result['changed_unit']}"}
    touched = set(unit["figures_computed"]) | set(unit["drawn_by_dataset"])
    return {
        "national site: cold build ≤ 10 min": result["cold"]["seconds"] <= COLD_S,
        "national site: warm ≤ 1.2 × plain Pelican": result["warm"]["seconds"] <= WARM_RATIO * result["plain"],
        "national site: peak memory ≤ 2 GiB": result["peak_mib"] <= PEAK_MIB,
        "national site: one unit's export recomputes and redraws only that unit and the programme": touched <= allowed,
    }


def lines(result: dict[str, Any]) -> list[str]:
    """The national size's lines for the bench's printout."""
    s, c = result["seconds"], result["cpu_seconds"]
    return [
        f"National programme (synthetic): {result['units']} units, {result['citizens']:,} citizens, "
        f"{result['rows']:,} status rows, {result['responses']:,} survey responses; made in "
        f"{result['make_seconds']:.1f} s",
        f"  today's loader, one process, wall (CPU) seconds: read {s['read']:.1f} ({c['read']:.1f}), validate "
        f"{s['validate']:.1f} ({c['validate']:.1f}), count per unit at every month end {s['count']:.1f} "
        f"({c['count']:.1f}; {result['unit_month_ends']:,} unit × month ends), the survey rounds read and "
        f"counted per unit {s['surveys']:.1f} ({c['surveys']:.1f}); {result['stage_wall_seconds']:.1f} s in all; "
        f"peak {result['peak_mib']:.0f} MiB",
    ]


def verdicts(result: dict[str, Any]) -> dict[str, bool]:
    return {"national: the data stage's peak memory ≤ 2 GiB": result["peak_mib"] <= PEAK_MIB}


def main(argv: list[str]) -> None:
    """The command line: the data stage (``ROWS UNITS``), or the whole site (``--site``, kept with
    ``--keep DIR``)."""
    if len(argv) == 2 and argv[0] == "--child":  # the loader's own process (``measure``)
        print(json.dumps(child(Path(argv[1]))))
        return
    parser = argparse.ArgumentParser(description="make bench's size national: the data stage, or the whole site")
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000, help="status rows (about)")
    parser.add_argument("units", nargs="?", type=int, default=98, help="units of the programme")
    parser.add_argument("--site", action="store_true", help="the whole site: cold, warm, plain, one unit's export")
    parser.add_argument("--keep", type=Path, help="make the site in this folder and keep it")
    args = parser.parse_args(argv)
    if args.site:
        found = measure_site(args.rows, args.units, folder=args.keep)
        Path("national-site.json").write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
        print("\n".join(site_lines(found)))
    else:
        print("\n".join(lines(measure(args.rows, args.units))))


if __name__ == "__main__":
    main(sys.argv[1:])
