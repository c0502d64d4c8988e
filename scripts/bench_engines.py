"""Which engine should the data stage use? pandas (what the loader uses today), DuckDB and Polars
measured on a synthetic programme's status log (``make_programme_data.py``).

Three steps, the same in every engine and written in each engine's own idiom:

* read: ``forloeb.csv`` (Windows-1252, ``;``) into a typed table: unit, pseudonym, date, status.
  DuckDB reads Windows-1252 only through its ``encodings`` extension, which is downloaded; it reads
  the file as Latin-1 instead, which is the same for every byte the file holds (checked: no byte
  from 0x80 to 0x9F, where the two differ).
* count: each citizen's status at each month end, per unit: citizens per unit × month end ×
  category (the example's categories). A change on day D holds from the first month end on or
  after D until the month end before the citizen's next change: each change adds one from its
  month to the month of the next change (a running sum over months of +1 and -1). The next change
  is the next row of the sorted log when it is the same citizen's (pandas, Polars, as the plugin's
  ``outcome_counts`` finds it) or ``lead()`` over the citizen (DuckDB).
* suppress: at each data date (31 December), citizens per unit × category with the unit's total
  and the programme's totals, each flagged small when it is from 1 to the threshold minus one:
  the table the suppression starts from.

Each run is a child process of its own (``--child``): it times each step and reports its peak
memory (``bench_national.peak_mib``: VmHWM, else ``getrusage`` maxrss; imports included); its
results are written to a file and the parent asserts that every engine's are equal. The median of
``--runs`` runs counts (time per step and in all; peak memory). With ``--rows`` the data are made
at each size first (growth with rows).

Usage: bench_engines.py [--data DIR | --rows 100000,300000,1000000] [--runs 3] [--json engines.json]
       [--engines pandas,duckdb,polars]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_programme_data
from bench_national import peak_mib
from engine_steps import STEPS

ENGINES = tuple(STEPS)  # pandas, duckdb, polars


def rows_of(engine: str, result: Any) -> list[tuple]:
    """A step's result as sorted plain tuples (unit, month, category, count[, small])."""
    kinds = {"unit": str, "month": int, "category": str, "count": int, "small": bool}
    columns = list(kinds) if engine == "duckdb" else [c for c in kinds if c in result.columns]
    if engine == "duckdb":
        found = result  # rows in this order
    elif engine == "polars":
        found = result.select(columns).rows()
    else:
        found = result[columns].itertuples(index=False, name=None)
    return sorted(tuple(kinds[k](v) for k, v in zip(columns, row, strict=True)) for row in found)


def child(engine: str, folder: Path, into: Path) -> dict[str, Any]:
    """One run in this process: each step timed, the suppression table written to ``into``."""
    manifest = json.loads((folder / "programme.json").read_text(encoding="utf-8"))
    began, cpu = time.perf_counter(), time.process_time()
    steps = STEPS[engine](folder / "forloeb.csv", manifest)
    seconds, value = {"import": time.perf_counter() - began}, None
    cpu_seconds = {"import": time.process_time() - cpu}
    for name, step in steps.items():
        began, cpu = time.perf_counter(), time.process_time()
        value = step(value)
        seconds[name], cpu_seconds[name] = time.perf_counter() - began, time.process_time() - cpu
    into.write_text(json.dumps(rows_of(engine, value), ensure_ascii=False), encoding="utf-8")
    peak = peak_mib()
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mib": peak}


def installed(engine: str) -> bool:
    return importlib.util.find_spec(engine) is not None


def measure(folder: Path, engines: list[str], runs: int) -> dict[str, Any]:
    """Each engine ``runs`` times, in turns, a child process each; the medians, and whether the
    results agree (an AssertionError when they do not)."""
    raw = (folder / "forloeb.csv").read_bytes()
    if any(0x80 <= byte <= 0x9F for byte in set(raw)):
        sys.exit("bench_engines: forloeb.csv has Windows-1252 bytes that Latin-1 reads otherwise (DuckDB)")
    found: dict[str, list[dict[str, Any]]] = {engine: [] for engine in engines}
    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as scratch:
        for number in range(runs):
            for engine in engines:
                into = Path(scratch) / f"{engine}-{number}.json"
                command = [sys.executable, __file__, "--child", engine, str(folder), str(into)]
                done = subprocess.run(command, capture_output=True, text=True, check=False)
                if done.returncode:
                    sys.exit(f"bench_engines: {engine} failed:\n{done.stderr[-3000:]}")
                found[engine].append(json.loads(done.stdout))
                results[engine] = into.read_text(encoding="utf-8")
    first = engines[0]
    for engine in engines[1:]:
        assert results[engine] == results[first], f"{engine} and {first} disagree"
    summary = {}
    for engine, each in found.items():
        steps = {step: statistics.median(r["seconds"][step] for r in each) for step in each[0]["seconds"]}
        total = statistics.median(sum(r["seconds"].values()) for r in each)
        cpu = statistics.median(sum(r["cpu_seconds"].values()) for r in each)
        summary[engine] = {
            "seconds": steps,
            "total": total,
            "cpu_total": cpu,
            "peak_mib": statistics.median(r["peak_mib"] for r in each),
            "runs": each,
        }
    return {"rows": len(raw.splitlines()) - 1, "cells": len(json.loads(results[first])), "engines": summary}


def table(sizes: dict[str, dict[str, Any]]) -> list[str]:
    head = f"{'rows':>9} {'engine':<7}{'import':>7}{'read':>7}{'count':>7}{'supp.':>7}{'total':>7}{'CPU':>7}{'MiB':>6}"
    lines = [head, "-" * len(head)]
    for result in sizes.values():
        for engine, r in result["engines"].items():
            s = r["seconds"]
            lines.append(
                f"{result['rows']:>9} {engine:<7}{s['import']:>7.2f}{s['read']:>7.2f}{s['count']:>7.2f}"
                f"{s['suppress']:>7.2f}{r['total']:>7.2f}{r['cpu_total']:>7.2f}{r['peak_mib']:>6.0f}"
            )
    return lines


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder make_programme_data.py wrote")
    parser.add_argument("--rows", default="1000000", help="sizes to make and measure, e.g. 100000,300000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--json", type=Path, default=Path("engines.json"))
    args = parser.parse_args()
    engines = [e for e in args.engines.split(",") if installed(e)]
    missing = set(args.engines.split(",")) - set(engines)
    if missing:
        print(f"not installed (pip install -r requirements-bench.txt): {', '.join(sorted(missing))}", file=sys.stderr)
    sizes, load_before = {}, os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-programme-") as scratch:
        folders = {"data": args.data} if args.data else {}
        for rows in [] if args.data else [int(r) for r in args.rows.split(",")]:
            folders[str(rows)] = Path(scratch) / str(rows)
            make_programme_data.make(folders[str(rows)], rows=rows)
        for name, folder in folders.items():
            print(f"{name} rows: {', '.join(engines)} × {args.runs} …", file=sys.stderr, flush=True)
            sizes[name] = measure(folder, engines, args.runs)
    load = (load_before, os.getloadavg()[0])
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    versions = {e: __import__(e).__version__ for e in engines}
    document = {"machine": machine, "load": load, "versions": versions, "sizes": sizes}
    args.json.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    print("\n".join(table(sizes)))
    print(f"\nmedian of {args.runs} runs, wall-clock seconds; CPU = CPU seconds of all the run's threads; MiB = peak")
    print(f"resident memory of the run's process (imports included); every engine's results equal.\n{machine}; ")
    print(f"{versions}; load average {load[0]:.1f} before, {load[1]:.1f} after. JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
