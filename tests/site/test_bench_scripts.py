"""The national programme's data (scripts/make_programme_data.py), its site for ``make bench``
(scripts/national_site.py) and the engine benchmark (scripts/bench_engines.py,
scripts/engine_steps.py) on a tiny programme: 5 units, one year (the site: 3 units, seven years).

The data must be what the loader accepts and deterministic from the seed; the engines must count
what the plugin counts. DuckDB and Polars are bench-only dependencies (requirements-bench.txt):
their parts are skipped where they are not installed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from support import ROOT, make_dry_run

sys.path.insert(0, str(ROOT / "scripts"))
import bench_national
import engine_steps
import make_programme_data
import national_site
import tree_memory
from bench_engines import rows_of

from public_results.data.descriptor import read_descriptor

UNITS, ROWS = 5, 3000


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("programme")
    make_programme_data.make(folder, rows=ROWS, units=UNITS, years=1, seed=7)
    return folder


def _records(path: Path, encoding: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only, as exports write
    return [line.split(";") for line in raw.decode(encoding).split("\r\n") if line]


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_data(programme: Path, tmp_path: Path) -> None:
    make_programme_data.make(tmp_path / "again", rows=ROWS, units=UNITS, years=1, seed=7)
    make_programme_data.make(tmp_path / "other", rows=ROWS, units=UNITS, years=1, seed=8)
    names = sorted(p.name for p in programme.iterdir())
    assert names == ["enheder.csv", "evaluering_2023-05.csv", "evaluering_2023-11.csv", "forloeb.csv", "programme.json"]
    for name in names:
        assert (tmp_path / "again" / name).read_bytes() == (programme / name).read_bytes(), name
    assert (tmp_path / "other" / "forloeb.csv").read_bytes() != (programme / "forloeb.csv").read_bytes()


def test_one_unit_per_municipality_with_a_key_of_its_own() -> None:
    keys = [make_programme_data.unit_key(m) for m in make_programme_data.MUNICIPALITIES]
    assert len(set(keys)) == len(keys) == 98
    assert all(k.isascii() and k.replace("-", "").isalpha() and k.islower() for k in keys)
    assert make_programme_data.unit_key("Høje-Taastrup") == "hoeje-taastrup"


def test_the_status_log_has_the_promised_shape(programme: Path) -> None:
    header, *rows = _records(programme / "forloeb.csv", "cp1252")
    manifest = json.loads((programme / "programme.json").read_text(encoding="utf-8"))
    keys = [u["key"] for u in manifest["units"]]
    assert header == ["Enhed", "BorgerID", "Dato", "Status"]
    assert keys == ["koebenhavn", "aarhus", "aalborg", "odense", "albertslund"] and all(k.isascii() for k in keys)
    assert len(rows) == manifest["rows"] and 0.7 * ROWS <= len(rows) <= 1.3 * ROWS
    assert Counter(r[0] for r in rows) == {u["key"]: u["rows"] for u in manifest["units"]}
    sizes = [u["citizens"] for u in manifest["units"]]
    assert sizes[0] == max(sizes[:4]) >= min(sizes[:4]) >= max(sizes[4:])  # the four cities are the largest
    example = read_descriptor(ROOT / "data" / "datasets.yaml").datasets["forløb"]
    assert {r[3] for r in rows} <= {raw for c in example.categories for raw in c.raw}
    days = [dt.datetime.strptime(r[2], "%d-%m-%Y").date() for r in rows]
    assert days == sorted(days) and dt.date(2023, 1, 1) <= days[0] and days[-1] <= dt.date(2023, 12, 31)
    assert len({(r[1], r[2]) for r in rows}) == len(rows)  # one change a day at most
    unit_of = {}
    for unit, citizen, *_ in rows:
        assert unit_of.setdefault(citizen, unit) == unit  # a citizen belongs to one unit
    assert len(unit_of) == manifest["citizens"]


def test_two_survey_rounds_per_unit_with_the_example_questions(programme: Path) -> None:
    manifest = json.loads((programme / "programme.json").read_text(encoding="utf-8"))
    example = (ROOT / "data" / "evaluering_2023.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert list(manifest["survey_rounds"]) == ["2023-05-31", "2023-11-30"]
    for day, name in manifest["survey_rounds"].items():
        assert (programme / name).read_bytes().startswith(b"\xef\xbb\xbf")
        header, *rows = _records(programme / name, "utf-8-sig")
        assert header == ["Enhed", *example]
        assert all(len(r) == len(header) for r in rows)
        assert Counter(r[0] for r in rows) == +Counter({u["key"]: u["responses"][day] for u in manifest["units"]})
        assert {r[1] for r in rows} <= {"Fysisk handicap", "Hjerneskade", "Psykisk diagnose", "Andet"}
        assert {a for r in rows for a in r[2:-1]} <= set(make_programme_data.ANSWERS)


def _engine_rows(engine: str, folder: Path, last_step: str) -> list[tuple]:
    """An engine's steps on ``folder`` up to ``last_step``, its result as sorted tuples."""
    manifest = json.loads((folder / "programme.json").read_text(encoding="utf-8"))
    value = None
    for name, step in engine_steps.STEPS[engine](folder / "forloeb.csv", manifest).items():
        value = step(value)
        if name == last_step:
            return rows_of(engine, value)
    raise AssertionError(last_step)


def test_the_engines_count_what_the_plugin_counts(programme: Path) -> None:
    """pandas' month-end counts per unit are the plugin's own (``outcome_counts`` on each unit)."""
    _, plugin = bench_national.loader_counts(programme)
    ends = bench_national.month_ends(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    rows = _engine_rows("pandas", programme, "count")
    counted = {(unit, ends[month].isoformat(), category): n for unit, month, category, n in rows}
    categories = set(engine_steps.CATEGORIES.values())
    expected = {
        (unit, day, category): n
        for unit, per_day in plugin.items()
        for day, per_category in per_day.items()
        for category, n in per_category.items()
        if category in categories and n
    }
    assert counted == expected and len(expected) > 100


@pytest.mark.parametrize("engine", ["duckdb", "polars"])
def test_duckdb_and_polars_give_pandas_results(programme: Path, engine: str) -> None:
    if importlib.util.find_spec(engine) is None:
        pytest.skip(f"{engine} is a bench-only dependency (requirements-bench.txt) and is not installed here")
    wanted = _engine_rows("pandas", programme, "suppress")
    assert _engine_rows(engine, programme, "suppress") == wanted
    small = [r for r in wanted if r[4]]
    assert small and all(0 < r[3] < engine_steps.THRESHOLD for r in small)
    assert any(r[0] == engine_steps.PROGRAMME for r in wanted) and any(r[2] == engine_steps.ALL for r in wanted)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_bench_installs_the_bench_engines_after_the_test_tools_and_nothing_else_does(tmp_path: Path) -> None:
    lines = (ROOT / "requirements-bench.txt").read_text(encoding="utf-8").splitlines()
    assert "-r requirements-test.txt" in lines and {"duckdb==2.0.0", "polars==2.1.0"} <= set(lines)
    for other in ("requirements.txt", "requirements-test.txt"):
        text = (ROOT / other).read_text(encoding="utf-8")
        assert "duckdb" not in text and "polars" not in text, other

    def commands(target: str) -> str:
        return make_dry_run(target, tmp_path / "venv")

    bench = commands("bench")
    tools = bench.index("pip install --quiet -r requirements-test.txt")
    assert bench.index("pip install --quiet -r requirements-bench.txt") > tools
    assert "requirements-bench.txt" not in commands("test") + commands("html")


def test_the_national_site_has_a_file_and_a_page_per_unit_and_the_programme_s_articles(tmp_path: Path) -> None:
    manifest = make_programme_data.make(tmp_path / "data", rows=3000, units=3)
    site = tmp_path / "site"
    assert national_site.write_national(site, tmp_path / "data", manifest) == {"articles": 10, "unit_pages": 3}
    keys = [unit["key"] for unit in manifest["units"]]
    descriptor = read_descriptor(site / "data" / "datasets.yaml")
    outcome = descriptor.datasets["forløb"]
    assert [unit.key for unit in descriptor.units] == keys
    assert {f.unit: f.file for f in outcome.unit_files} == {key: f"forloeb-{key}.csv" for key in keys}
    assert [day.isoformat() for day in outcome.data_dates] == manifest["data_dates"]
    assert len(outcome.data_dates) == 7
    assert [r.file for r in descriptor.datasets["evaluering"].rounds] == list(manifest["survey_rounds"].values())
    for unit in manifest["units"]:  # every row in its unit's file, the unit column dropped
        lines = (site / "data" / f"forloeb-{unit['key']}.csv").read_bytes().split(b"\r\n")
        assert lines[0] == b"BorgerID;Dato;Status"
        assert len(lines) - 2 == unit["rows"]
        article = (site / "content" / "articles" / f"u-{unit['key']}.md").read_text(encoding="utf-8")
        assert f"Enhed: {unit['key']}" in article
        assert "{{ graf: " in article
        page = site / "plain-content" / "pages" / f"enhed-{unit['key']}.md"
        assert page.read_text(encoding="utf-8") == (site / "content" / "enheder" / "enhed.md").read_text()
    programme = sorted((site / "content" / "articles").glob("p*.md"))
    assert [p.stem for p in programme] == [f"p{day[:4]}" for day in manifest["data_dates"]]
    assert ["sammenlign:" in p.read_text(encoding="utf-8") for p in programme] == [False] * 6 + [True]
    for article in (site / "content" / "articles").iterdir():  # plain Pelican reads the same Markdown
        assert (site / "plain-content" / "articles" / article.name).read_bytes() == article.read_bytes()
    assert "PLUGINS = []" in (site / "plain.py").read_text(encoding="utf-8")
    assert "RESULTS_BRIEFING_PDF = True" in (site / "ours.py").read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="PSS is read from Linux's /proc")
def test_the_memory_of_a_build_and_the_process_it_starts_is_summed_while_they_run(tmp_path: Path) -> None:
    hold = "import time; b = bytearray({mib} * 2**20); b[::4096] = b'x' * len(b[::4096]); time.sleep({wait})"
    child = f"import subprocess, sys; subprocess.Popen([sys.executable, '-c', {hold.format(mib=80, wait=1.5)!r}]); "
    command = [sys.executable, "-c", child + hold.format(mib=60, wait=1.0)]
    done, seconds, seen = tree_memory.run_sampled(command, tmp_path, {})
    assert seconds >= 1.0
    assert done.returncode == 0 and seen.samples >= 3 and seen.most_processes == 2
    assert 140 <= seen.peak_pss_mib < 200  # 60 + 80 MiB written, and two interpreters
    assert 60 <= seen.build_hwm_mib < 100  # the parent's own: not its child's
