"""The figures API (api/<data date>/figures.json, api/latest.json): what the pages show, hidden
figures without a value, the ledger's corrections, the output guard and the CORS headers."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from public_results.adapter.run import build_site
from public_results.danish import numbers, words
from public_results.errors import ResultsError
from support import ROOT, page_text

pytestmark = pytest.mark.site

SCHEMA = json.loads((ROOT / "docs" / "figures-api.schema.json").read_text(encoding="utf-8"))
SHOWN = Path("cache") / "public_results" / "shown-figures.json"  # beside the example site's output
STYLE = "space"  # pelicanconf.py: RESULTS_PERCENT_STYLE, RESULTS_PERCENT_DECIMALS
DECIMALS = 0
THRESHOLD = 5


def api_files(output: Path) -> dict[str, dict]:
    return {p.relative_to(output).as_posix(): json.loads(p.read_text("utf-8")) for p in output.glob("api/**/*.json")}


def by_name(document: dict) -> dict[str, dict]:
    return {figure["name"]: figure for figure in document["figures"]}


def as_page_records(figure: dict, variant: str) -> str:
    """The figure from the API written as the record of shown figures holds it: in the site's
    number style, a hidden count as »[c]« and a small one as »<5«."""
    unit = variant or figure["unit"]
    if unit == words.VARIANT_COUNT:
        if figure["count"] is None:
            return "<5" if figure["hidden_reason"] == "small" else "[c]"
        return numbers.format_count(figure["count"])
    if figure["share"] is None:
        return "[c]"
    shown = words.PERCENT_STYLES[STYLE].format(value=numbers.format_number(Decimal(str(figure["share"])), DECIMALS))
    n = figure["base"]["n"]
    return shown + (words.SMALL_BASE_NOTE.format(n=numbers.format_count(n)) if n < 30 else "")


def pinned_articles() -> dict[str, tuple[str, str | None]]:
    """The example's articles pinned to a data date: source -> (data date, survey round or None)."""
    found = {}
    for path in (ROOT / "content" / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        date = re.search(r"^Datadato: (\S+)$", text, re.M)
        survey_round = re.search(r"^Runde: (\S+)$", text, re.M)
        if date:
            found[f"articles/{path.name}"] = (date[1], survey_round[1] if survey_round else None)
    return found


def test_every_file_follows_the_schema_and_latest_is_the_newest_date(example_site):
    files = api_files(example_site)
    dated = sorted(name for name in files if name.endswith("/figures.json"))
    assert dated == ["api/2018-05-15/figures.json", "api/2022-02-15/figures.json", "api/2023-12-31/figures.json"]
    for name, document in files.items():
        jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)
        assert document["figures"], name
    latest = files["api/latest.json"]
    assert latest["dated_file"] == "api/2023-12-31/figures.json" and latest["data_date"] == "2023-12-31"
    assert {k: v for k, v in latest.items() if k != "dated_file"} == files["api/2023-12-31/figures.json"]
    assert "evaluering.håb" not in by_name(files["api/2018-05-15/figures.json"])  # no survey round yet in 2018
    assert by_name(files["api/2022-02-15/figures.json"])["evaluering.håb"]["survey_round"] == "2021"


def test_every_figure_a_pinned_page_shows_equals_the_api_at_its_date(example_site):
    shown = json.loads((example_site.parent / SHOWN).read_text(encoding="utf-8"))
    files = api_files(example_site)
    pages = {page: (day, None) for page in shown if (day := page.removeprefix("briefinger/").removesuffix(".html"))
             and page.startswith("briefinger/")} | pinned_articles()  # fmt: skip
    compared = 0
    for page, (day, survey_round) in pages.items():
        figures = by_name(files[f"api/{day}/figures.json"])
        for placeholder, text in shown[page].items():
            name = placeholder.removeprefix(words.SHOWN_KEY_FIGURE.format(name=""))
            parts = name.split(".")
            if ":" in name or (len(parts) == 3 and parts[2] not in (words.VARIANT_COUNT, words.VARIANT_SHARE)):
                continue  # charts, method boxes, fractions and bases in words
            figure = figures[".".join(parts[:2])]
            if survey_round and figure.get("survey_round", survey_round) != survey_round:
                continue  # an article pinned to an older survey round than its date reads
            expected = as_page_records(figure, parts[2] if len(parts) == 3 else "")
            assert text == expected or (page.startswith("briefinger/") and text.startswith(f"{expected} ")), (
                page,
                placeholder,
            )
            compared += 1
    assert compared >= 40  # both articles and the three briefings


def test_the_live_page_shows_the_latest_figures(example_site):
    latest = by_name(api_files(example_site)["api/latest.json"])
    text = page_text(example_site / "tal-og-resultater.html")
    for name in ("forløb.alle", "forløb.aktive", "evaluering.besvarelser"):
        assert f" {latest[name]['text']} " in f" {text} ", name
    assert latest["forløb.alle"]["value"] == 1012 and latest["forløb.alle"]["text"] == "1.012"


def test_hidden_figures_carry_no_value_and_no_small_count_is_published(example_site):
    hidden = 0
    for name, document in api_files(example_site).items():
        for figure in document["figures"]:
            if figure["hidden"]:
                hidden += 1
                assert figure["value"] is None and figure["hidden_text"], (name, figure["name"])
                if figure["hidden_reason"] in ("small", "hidden"):
                    assert figure["count"] is None and figure["share"] is None
            for number in (figure["count"], figure["base"] and figure["base"]["n"]):
                assert number is None or number == 0 or number >= THRESHOLD, (name, figure["name"])
    assert hidden >= 3
    small = by_name(api_files(example_site)["api/2018-05-15/figures.json"])["forløb.uddannelse"]
    assert small["hidden_reason"] == "small" and small["text"] == "færre end 5"
    assert (small["value"], small["count"], small["share"]) == (None, None, None)  # the 2 stays unknown


ARTICLE = "Title: Status\nDate: 2018-05-16\nDatadato: 2018-05-15\n\nDer er {{ forløb.alle }} og {{ forløb.aktive }}.\n"
LEDGER = {
    "version": 1,
    "about": "",
    "pages": {
        "articles/status.md": {
            "figures": {"forløb.alle": "238", "forløb.aktive": "161"},
            "corrections": [
                {"date": "2024-01-10", "changes": [{"name": "forløb.alle", "old": "240", "new": "238"}]},
            ],
        }
    },
}


def test_a_corrected_figure_carries_its_revision_history_and_the_headers_allow_other_sites(tiny_site, tmp_path):
    settings = tiny_site({"status.md": ARTICLE})
    (settings.parent / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False), encoding="utf-8")
    build_site(settings, tmp_path / "output", {"SITEURL": "https://x.dk/resultater"})
    files = api_files(tmp_path / "output")
    then, later = by_name(files["api/2018-05-15/figures.json"]), by_name(files["api/2022-02-15/figures.json"])
    opening = "Rettelse 10. januar 2024: Tallene er rettet, fordi data er blevet rettet: "
    note = opening + "»Alle borgere siden start« 240 → 238."  # the figure by its label, on the page and here
    assert then["forløb.alle"]["revisions"] == [
        {"date": "2024-01-10", "page": "articles/status.md", "placeholder": "forløb.alle", "old": "240",
         "new": "238", "note": note}
    ]  # fmt: skip
    assert then["forløb.aktive"]["revisions"] == [] and later["forløb.alle"]["revisions"] == []
    assert note in page_text(tmp_path / "output" / "status.html")  # the page says the same
    assert files["api/latest.json"]["dated_file"] == "https://x.dk/resultater/api/2023-12-31/figures.json"
    headers = (tmp_path / "output" / "_headers").read_text(encoding="utf-8")
    allowed = "  Access-Control-Allow-Origin: *\n"
    assert f"/resultater/api/*\n{allowed}" in headers and f"/resultater/data/*\n{allowed}" in headers
    assert headers.count("Access-Control-Allow-Origin") == 2  # not for the pages
    htaccess = (tmp_path / "output" / ".htaccess").read_text(encoding="utf-8")
    assert (
        '<If "%{REQUEST_URI} =~ m#^/resultater/(api|data)/#">\n    Header always set Access-Control-Allow-Origin "*"'
        in (htaccess)
    )
    assert htaccess.count("Access-Control-Allow-Origin") == 1


def test_the_output_guard_reads_the_api_files(tiny_site, example_figures, tmp_path, monkeypatch):
    # example_figures (the example's figure cache, built once per run) is made before the patch
    monkeypatch.setattr(words, "API_ABOUT", "Spørgsmål til anna.jensen@privat.dk")  # in the API files only
    settings = tiny_site({"status.md": ARTICLE}, own_data=True)  # a render cache of its own: the API is made
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "api/latest.json" in report and "api/2018-05-15/figures.json" in report
    assert not (tmp_path / "output").exists()
