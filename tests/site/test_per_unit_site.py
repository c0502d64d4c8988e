"""Everything per unit (issue 22): a unit's briefing and key figures, its open data, its figures in the
API, its comparisons in the catalogue and its name in the embeds' titles.

On the programme example's data (three units, the small »oe« hidden), with suppression on: the data
stage once for the module. Protecting the programme across its units is about 5 s of CPU, so this is a
site test, not a unit test (issue 16).
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import jinja2
import jsonschema
import pypdf
import pytest

from public_results.charts.view import ChartView, Table
from public_results.figures.briefings import briefings
from public_results.figures.figure import Pins
from public_results.figures.units import unit_dataset
from public_results.site.briefing_bodies import unit_names
from public_results.site.build import Loaded
from public_results.site.embeds import Home, make_embeds
from public_results.site.figure_catalogue import compare_entries, compare_names, figure_entries
from public_results.site.figures_api import unit_entries
from public_results.site.open_data import packages
from public_results.site.open_data_rows import units_rows
from public_results.site.pdf import render_pdf
from public_results.site.unit_briefings import unit_briefing_address, unit_briefing_pages, unit_figures
from support import ROOT, loaded_from

PROGRAMME = ROOT / "examples" / "programme" / "data"
UNITS = ("nord", "syd", "oe")
NBSP = "\u00a0"  # pypdf reads a no-break space as it is


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    folder = tmp_path_factory.mktemp("per-unit")
    return loaded_from(
        PROGRAMME,
        folder,
        suppress=True,
        RESULTS_BRIEFING_FIGURES=["forløb.alle", "forløb.aktive"],
        RESULTS_BRIEFING_CHARTS=["forløb.status"],
    )


def test_a_units_figure_names_are_its_datasets_and_a_dataset_without_units_is_left_out(programme, monkeypatch):
    book = programme.book
    names = ["forløb.aktive", "forløb.aktive.andel", "evaluering.håb"]
    expected = ["forløb@nord.aktive", "forløb@nord.aktive.andel", "evaluering@nord.håb"]
    assert unit_names(book, names, "nord") == expected  # the survey has units too
    assert unit_names(book, names, "") == names
    monkeypatch.delitem(
        book.units, "evaluering"
    )  # a dataset without units: its figures are never shown as the unit's own
    assert unit_names(book, names, "nord") == expected[:2]


def test_each_unit_has_a_briefing_at_the_newest_data_date_with_its_own_key_figures(programme):
    book = programme.book
    newest = briefings(book)[-1].date
    pages, outcomes = unit_briefing_pages(programme)
    assert [p.save_as for p in pages] == [unit_briefing_address(u, newest) for u in UNITS]
    assert pages[0].save_as == f"enheder/nord/briefing-{newest.isoformat()}.html"
    assert all(not o.problems for o in outcomes) and all(o.charts for o in outcomes)
    nord = pages[0]
    assert nord.unit == "nord" and "Jobhuset Nord" in nord.title and nord.pdf == ""
    active = book.figure(unit_dataset("forløb", "nord"), "aktive", Pins(data_date=newest)).text("")
    whole = book.figure("forløb", "aktive", Pins(data_date=newest)).text("")
    assert active != whole and f">{active}<" in nord.content
    assert "Borgerforløb – Jobhuset Nord" in nord.content  # the unit's method box
    assert "et skjult antal" in pages[2].content  # the small unit's key figures stay hidden


def test_a_units_briefing_has_a_pdf_beside_it_when_the_site_makes_them(programme):
    settings = dataclasses.replace(programme.settings, briefing_pdf=True)
    pages, _ = unit_briefing_pages(dataclasses.replace(programme, settings=settings))
    assert pages[0].pdf == pages[0].save_as.rsplit("/", 1)[-1].replace(".html", ".pdf")
    assert pages[0].pdf_parts is not None and pages[0].pdf_parts.cards


def test_a_units_briefing_pdf_names_the_unit_and_holds_its_figures_and_bases(programme, tmp_path):
    # the PDF from the theme's briefing_pdf.html, as the adapter renders it (no whole site is built)
    settings = dataclasses.replace(programme.settings, briefing_pdf=True, briefing_charts=())
    page = unit_briefing_pages(dataclasses.replace(programme, settings=settings))[0][0]
    assert page.pdf_parts is not None
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True)
    html = templates.get_template("briefing_pdf.html").render(page=page, SITENAME="Jobhusene", SITEURL=".")
    data, pages = render_pdf(html, tmp_path / page.save_as, tmp_path, "", b"unit")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert pages <= 2 and "Nøgletal for Jobhuset Nord" in text and "Borgerforløb – Jobhuset Nord" in text
    newest = briefings(programme.book)[-1].date
    cards = page.pdf_parts.cards
    assert [c.name for c in cards] == ["forløb@nord.alle", "forløb@nord.aktive"]
    for card in cards:  # the unit's own figures and bases, as its page shows them
        figure = programme.book.figure(*card.name.split(".", 1), Pins(data_date=newest))
        assert card.value == figure.text("") and f"{card.label} " in text
        assert f" {card.value} " in text.replace(NBSP, " ") and (not card.base or card.base in text)


def test_a_units_key_figures_have_the_programmes_value_beside(programme):
    book = programme.book
    figures = unit_figures(programme, "nord")
    assert [f.card.name for f in figures] == ["forløb@nord.alle", "forløb@nord.aktive"]
    assert figures[1].programme == book.figure("forløb", "aktive", Pins()).text("")
    assert figures[1].card.value == book.figure(unit_dataset("forløb", "nord"), "aktive", Pins()).text("")


def test_the_open_data_package_has_a_row_per_unit_and_status_with_the_hidden_ones_marked(programme):
    book, settings = programme.book, programme.settings
    day = book.outcomes["forløb"].outcome.data_dates[-1]
    rows = units_rows(book, settings, "forløb", day)
    statuses = len(book.outcomes["forløb"].outcome.categories) + len(book.outcomes["forløb"].outcome.groups)
    assert len(rows) == statuses * (1 + len(UNITS))
    assert [r[0] for r in rows[::statuses]] == ["programmet", *UNITS]
    nord_active = next(r for r in rows if r[0] == "nord" and r[3] == "aktive")
    assert nord_active[1:3] == ("Jobhuset Nord", "Nordby Kommune")
    assert nord_active[6] == str(book.figure(unit_dataset("forløb", "nord"), "aktive", Pins(data_date=day)).count.value)
    oe = [r for r in rows if r[0] == "oe"]
    assert any(r[6] == settings.suppressed_marker for r in oe)
    assert all(r[6] == settings.suppressed_marker or int(r[6]) >= book.threshold for r in rows)
    package = next(p for p in packages(book, settings) if p.day == day)
    assert [r.name for r in package.resources] == ["status", "enheder"]


def test_the_api_has_each_units_figures_with_its_unit_and_the_schema_allows_them(programme):
    book, style = programme.book, programme.settings.number_style
    day = book.outcomes["forløb"].outcome.data_dates[-1]
    entries = unit_entries(book, style, day)
    nord = next(e for e in entries if e["org_unit"]["key"] == "nord" and e["name"] == "forløb.aktive")
    assert nord["dataset"] == "forløb" and nord["org_unit"]["name"] == "Jobhuset Nord"
    assert nord["count"] == book.figure(unit_dataset("forløb", "nord"), "aktive", Pins(data_date=day)).count.value
    assert any(e["org_unit"]["key"] == "oe" and e["hidden"] and e["value"] is None for e in entries)
    schema = json.loads((ROOT / "docs" / "figures-api.schema.json").read_text(encoding="utf-8"))
    document = {"version": 1, "about": "", "site": "", "data_date": day.isoformat(), "threshold": 5, "figures": entries}
    jsonschema.validators.validator_for(schema)(schema).validate(document)


def test_the_catalogue_and_the_api_list_each_units_survey_figures_and_never_a_hidden_value(programme):
    book, settings = programme.book, programme.settings
    entries = {e.name: e for e in figure_entries(book, settings)}
    nord = entries["evaluering.håb | enhed: nord"]
    assert nord.snippet == "{{ evaluering.håb | enhed: nord }}"
    assert nord.value == book.figure(unit_dataset("evaluering", "nord"), "håb", Pins()).text("")
    assert "{{ evaluering.håb.base | enhed: nord }}" in nord.variants
    hidden = [(u, q) for u in UNITS for q in ("besvarelser", "håb", "tryg", "støttet")
              if book.figure(unit_dataset("evaluering", u), q, Pins()).count.suppressed]  # fmt: skip
    assert hidden  # the small unit's
    for unit, question in hidden:  # as the unit's page says it (»et skjult antal«), never the number
        value = entries[f"evaluering.{question} | enhed: {unit}"].value
        figure = book.figure(unit_dataset("evaluering", unit), question, Pins())
        assert value == figure.text("") and not any(ch.isdigit() for ch in value), value
    day = book.outcomes["forløb"].outcome.data_dates[-1]
    api = [e for e in unit_entries(book, settings.number_style, day) if e["dataset"] == "evaluering"]
    assert {e["org_unit"]["key"] for e in api} == set(UNITS) and {e["survey_round"] for e in api} == {"2024"}
    unit, question = hidden[0]
    found = next(e for e in api if e["org_unit"]["key"] == unit and e["name"] == f"evaluering.{question}")
    assert found["hidden"] and found["value"] is None and found["count"] is None
    shown = next(e for e in api if e["org_unit"]["key"] == "nord" and e["name"] == "evaluering.besvarelser")
    assert shown["count"] == book.figure("evaluering@nord", "besvarelser", Pins(data_date=day)).count.value


def test_the_catalogue_lists_the_comparisons_but_not_a_figure_that_is_its_own_base(programme):
    names = compare_names(programme.book)
    assert "forløb.praktik" in names and "forløb.aktive.udvikling" in names and "forløb.alle" not in names
    entries = compare_entries(programme.book, programme.settings)
    assert entries[0].snippet == f"{{{{ sammenlign: {names[0]} }}}}" and entries[0].value


def test_a_units_chart_has_the_units_name_in_its_embeds_title():
    table = Table(("Gruppe", "Antal"), (("Praktik", "12"),))

    def view(key: str) -> ChartView:
        return ChartView(key=key, form="søjler", title="Praktik er størst", subtitle="", alt="", source="",
                         table=table, csv=table, spec={}, file_stem="forloeb-status-2024-06-30")  # fmt: skip

    charts = {"a" * 24: view("forløb@nord.status"), "b" * 24: view("forløb.status")}
    homes = {key: Home("x.html", "X", "graf") for key in charts}
    embeds = make_embeds(charts, lambda key: "<svg></svg>", homes, {"nord": "Jobhuset Nord"})
    assert embeds["a" * 24].title == "Praktik er størst – Jobhuset Nord"
    assert embeds["b" * 24].title == "Praktik er størst"


def test_tasks_py_builds_the_site_its_site_option_names(monkeypatch):
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    assert spec is not None and spec.loader is not None
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(tasks, "site", lambda *arguments: calls.append(arguments))
    tasks.main(["html", "--site", "examples/programme/"])
    tasks.main(["figures"])
    programme = str(Path("examples/programme"))
    assert calls[0] == ("build", "--settings", f"{programme}/pelicanconf.py", "--output", f"{programme}/output")
    assert calls[1] == ("figures", "--settings", "pelicanconf.py")
