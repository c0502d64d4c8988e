"""The caches of a build (figures, converted pages, the output scan, drawings): correct, never stale.

Correctness only; how fast they make a build is measured by ``make bench``, never here. A test
that counts what a build computes or draws has a render cache of its own; one that only needs its
own figures and memos shares the run's drawings (``support.cache_beside``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.errors import BuildFailed
from public_results.figures.decisions import DECISIONS
from public_results.privacy import decided, suppression
from public_results.site import data_files as site_data_files
from public_results.site.output_folder import spare_of
from support import FIGURES, ROOT, cache_beside, cache_with_copied_drawings, contents, page_text

pytestmark = pytest.mark.site

ARTICLE = """Title: Tal
Date: 2024-01-10
Datadato: 2023-12-31

I 2023 svarede {{ evaluering.besvarelser }} borgere. {{ evaluering.håb }} oplever håb
(n = {{ evaluering.håb.n }}). Der er {{ forløb.aktive }} i aktivt forløb.

{{ graf: evaluering.enighed }}

{{ graf: forløb.aktive_fordeling }}

{{ graf: forløb.alle.udvikling }}
"""


def one_more_response(data: Path) -> None:
    """The 2023 survey round gets one more response (a copy of its first)."""
    path = data / "evaluering_2023.csv"
    lines = path.read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join([*lines[:2], lines[1], *lines[2:]]))


def data_files(output: Path) -> dict[str, bytes]:
    """The figures API's and the open data's files (not the »Data« page), by address."""
    found = [p for folder in ("api", "data") for p in (output / folder).rglob("*") if p.is_file()]
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in found if p.suffix != ".html"}


def test_a_second_build_reads_no_data_file_computes_nothing_and_draws_nothing(
    tiny_site, tmp_path, render_cache, monkeypatch
):
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache_beside(render_cache, tmp_path / "cache"))
    first = build_site(settings, tmp_path / "one")
    assert set(first.book.computed) == {"evaluering", "forløb"}

    def not_made(*args):
        raise AssertionError("the API or the open data made again")

    monkeypatch.setattr(site_data_files, "write_open_data", not_made)  # written from the render cache
    monkeypatch.setattr(site_data_files, "write_figures_api", not_made)
    second = build_site(settings, tmp_path / "two")
    assert second.book.computed == {}
    assert set(second.book.loaders) == {"evaluering", "forløb"}  # restored, never read
    assert second.drawing_stats.drawn == 0
    assert page_text(tmp_path / "one" / "tal.html") == page_text(tmp_path / "two" / "tal.html")
    made = data_files(tmp_path / "one")
    assert "api/latest.json" in made and "data/catalog.jsonld" in made
    assert data_files(tmp_path / "two") == made  # byte for byte


def test_one_changed_data_file_recomputes_and_redraws_only_its_dataset(tiny_site, tmp_path, monkeypatch):
    settings = tiny_site({"tal.md": ARTICLE}, own_data=True)  # the run's drawings: only a new one is drawn
    first = build_site(settings, tmp_path / "one")
    before = page_text(tmp_path / "one" / "tal.html")
    one_more_response(settings.parent / "data")
    made: list[str] = []
    api = site_data_files.write_figures_api
    monkeypatch.setattr(site_data_files, "write_figures_api", lambda *a: made.append("api") or api(*a))
    second = build_site(settings, tmp_path / "two")
    assert made == ["api"]  # new data: the API made anew, not written from the render cache
    assert set(second.book.computed) == {"evaluering"}
    assert "forløb" in second.book.loaders  # the outcome file was not even read
    redrawn = set(second.charts) - set(first.charts)
    assert redrawn and {second.charts[key].key.split(".")[0] for key in redrawn} == {"evaluering"}
    assert set(second.drawing_stats.drawn_keys) <= redrawn  # another test of the run may have drawn some of them
    after = page_text(tmp_path / "two" / "tal.html")
    responses = re.compile(r"I 2023 svarede (\d+) borgere")
    assert int(responses.search(after).group(1)) == int(responses.search(before).group(1)) + 1


def test_revised_outcome_data_audits_only_the_tables_it_changed_and_gives_the_same_site(
    tiny_site, tmp_path, monkeypatch
):
    # The suppression's tables of the build before are kept in the render cache (privacy/decided.py);
    # this site starts with the example's (a copy of its figure cache). The newest status change
    # now ends a course: only the tables of the dates after it are new.
    settings = tiny_site({"tal.md": ARTICLE}, own_data=True)
    path = settings.parent / "data" / "forloeb.csv"
    lines = path.read_bytes().rstrip(b"\r\n").split(b"\r\n")
    citizen, date, _ = lines[-1].split(b";")
    path.write_bytes(b"\r\n".join([*lines[:-1], b";".join([citizen, date, "Afsluttet - andet".encode("cp1252")])]))
    audited: list[tuple] = []
    met: set[str] = set()
    audit, note = suppression._audited, decided.met
    monkeypatch.setattr(suppression, "_audited", lambda *table: audited.append(table) or audit(*table))
    monkeypatch.setattr(decided, "met", lambda key, statuses: met.add(key) or note(key, statuses))
    suppression._decided.cache_clear()  # as in a new process: nothing decided in memory
    build_site(settings, tmp_path / "one")
    assert audited and len(audited) < len(met) / 20, (len(audited), len(met))  # 2 of 188 when written
    assert (tmp_path / "own-cache" / FIGURES / DECISIONS).is_file()
    shutil.rmtree(tmp_path / "own-cache" / FIGURES)  # the same build with nothing kept: every table audited
    suppression._decided.cache_clear()
    audited.clear()
    build_site(settings, tmp_path / "two")
    assert len(audited) >= len(met)
    assert page_text(tmp_path / "one" / "tal.html") == page_text(tmp_path / "two" / "tal.html")
    assert data_files(tmp_path / "one") == data_files(tmp_path / "two")


def test_a_changed_article_is_converted_again_and_its_figures_stay_current(
    tiny_site, tmp_path, render_cache, example_figures
):
    settings = tiny_site(
        {"tal.md": ARTICLE}, render_cache=cache_beside(render_cache, tmp_path / "cache", example_figures)
    )
    build_site(settings, tmp_path / "one")
    article = settings.parent / "content" / "articles" / "tal.md"
    article.write_text(ARTICLE + "\nDer er {{ forløb.alle }} borgere i alt.\n", encoding="utf-8")
    build_site(settings, tmp_path / "two")
    text = page_text(tmp_path / "two" / "tal.html")
    assert re.search(r"Der er 1\.012 borgere i alt\.", text), text


def test_personal_data_is_found_in_a_page_after_a_build_that_was_clean(
    tiny_site, tmp_path, render_cache, example_figures
):
    settings = tiny_site(
        {"tal.md": ARTICLE}, render_cache=cache_beside(render_cache, tmp_path / "cache", example_figures)
    )
    build_site(settings, tmp_path / "output")
    article = settings.parent / "content" / "articles" / "tal.md"
    article.write_text(ARTICLE + "\nRing til Anna på 22 34 56 78.\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build_site(settings, tmp_path / "output")
    assert any("telefonnummer" in p.what for p in failed.value.problems)


OTHER = """Title: Andet
Date: 2024-01-11

{{ graf: forløb.status }}
"""


def test_a_build_over_an_earlier_output_equals_a_build_into_an_empty_folder(tiny_site, tmp_path):
    settings = tiny_site({"tal.md": ARTICLE, "andet.md": OTHER}, own_data=True)
    output = tmp_path / "output"
    build_site(settings, output)
    first = contents(output)
    first_times = {name: (output / name).stat().st_mtime_ns for name in first}
    build_site(settings, output)  # the first build's folder is kept as the spare, to start the next from
    assert (spare_of(output) / "andet.html").is_file()
    (settings.parent / "content" / "articles" / "andet.md").unlink()
    one_more_response(settings.parent / "data")
    build_site(settings, output)
    assert not (output / "andet.html").exists()
    # started from the first build's files: those with the same bytes were not written again
    texts = [n for n in contents(output) if n in first and Path(n).suffix in {".html", ".csv", ".json", ".xml"}]
    same = {n for n in texts if (output / n).read_bytes() == first[n]}
    untouched = {n for n in texts if (output / n).stat().st_mtime_ns == first_times[n]}
    assert same == untouched
    assert "api/2018-05-15/figures.json" in same  # an older data date: as it was
    assert "tal.html" in set(texts) - same  # one more response: a new figure
    build_site(settings, tmp_path / "fresh")
    assert not spare_of(tmp_path / "fresh").exists()
    found, fresh = contents(output), contents(tmp_path / "fresh")
    assert sorted(found) == sorted(fresh)  # a removed page and its chart's downloads are gone too
    assert [name for name in found if found[name] != fresh[name]] == []


def test_a_damaged_cache_is_ignored(tiny_site, tmp_path, render_cache, example_figures):
    cache = cache_beside(render_cache, tmp_path / "cache", example_figures)  # all of it damaged below
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache)
    build_site(settings, tmp_path / "one")
    for kept in (tmp_path / "cache").rglob("*"):
        if kept.is_file() and kept.suffix == ".json":
            kept.write_bytes(b"\x80 not what was written")
    build_site(settings, tmp_path / "two")
    assert (tmp_path / "one" / "tal.html").read_bytes() == (tmp_path / "two" / "tal.html").read_bytes()


def _build_in_process(plugins: Path, settings: Path, output: Path) -> dict:
    report = output.parent / f"{output.name}.json"
    command = [sys.executable, "-m", "public_results", "build", "--settings", str(settings), "--output", str(output)]
    env = {**os.environ, "PYTHONPATH": str(plugins), "CI": "1"}
    done = subprocess.run([*command, "--report", str(report)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def test_a_change_to_a_chart_function_redraws_that_chart_type_only_and_a_template_change_shows(
    tiny_site, tmp_path, render_cache, example_figures
):
    plugins = tmp_path / "plugins"
    shutil.copytree(
        ROOT / "plugins" / "public_results", plugins / "public_results", ignore=shutil.ignore_patterns("__pycache__")
    )
    # A cache of its own starting with the run's drawings: what is drawn after the change is its own;
    # and with the example's figures (the copied plugin is the same code until it is changed below).
    cache = cache_with_copied_drawings(render_cache, tmp_path / "cache", example_figures)
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache)
    text = settings.read_text(encoding="utf-8").replace(repr(str(ROOT / "plugins")), repr(str(plugins)))
    settings.write_text(text, encoding="utf-8")
    first = _build_in_process(plugins, settings, tmp_path / "one")
    assert first["charts_by_form"]["søjler"] > 0 and len(first["charts_by_form"]) > 1
    chart = plugins / "public_results" / "charts" / "specs.py"
    source = chart.read_text(encoding="utf-8")
    bars = re.search(r"(?s)def bar_chart\(.*?(?=\ndef )", source).group(0)
    assert '"dx": VALUE_GAP' in bars
    moved = bars.replace('"dx": VALUE_GAP', '"dx": VALUE_GAP + 1')  # values 1 px further out
    chart.write_text(source.replace(bars, moved), encoding="utf-8")
    third = _build_in_process(plugins, settings, tmp_path / "three")
    assert set(third["drawn_by_form"]) == {"søjler"}  # not the time charts, icons, scales or social cards
    assert third["drawn"] == first["charts_by_form"]["søjler"]  # every bar chart, each once
    template = plugins / "public_results" / "pages" / "templates" / "chart.html"  # not Python, and still code
    template.write_text("<!-- skabelonen er ændret -->\n" + template.read_text(encoding="utf-8"), encoding="utf-8")
    fourth = _build_in_process(plugins, settings, tmp_path / "four")
    assert fourth["drawn"] == 0
    assert "skabelonen er ændret" in (tmp_path / "four" / "tal.html").read_text(encoding="utf-8")
