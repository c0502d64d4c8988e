"""The second example: a programme of three synthetic units (examples/programme), built once per
run (the ``programme_site`` fixture in tests/conftest.py, shared with the browser tests).

A page per unit from one template, a unit's article in its section, and the small unit
(»Jobhuset Ø«: 9 citizens) whose cells are hidden, with enough hidden elsewhere that the
programme's total minus the other units does not give them away.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.figures.units import unit_dataset
from public_results.privacy.suppression import determined
from public_results.settings import read_settings
from support import ROOT, page_text

PROGRAMME = ROOT / "examples" / "programme"
UNITS = {"nord": "Jobhuset Nord", "syd": "Jobhuset Syd", "oe": "Jobhuset Ø"}


@pytest.fixture(scope="module")
def programme_book():
    return prepare(read_settings({"RESULTS_DATA_PATH": str(PROGRAMME / "data")}), today=dt.date(2024, 7, 1))


def test_each_unit_has_its_page_from_the_one_template_with_its_own_figures(programme_site):
    for key, name in UNITS.items():
        page = programme_site / "enheder" / key / "index.html"
        text = page_text(page)
        assert re.search(f"<h1[^>]*>{name}</h1>", page.read_text(encoding="utf-8"))
        assert f"{name} i " in text and "Kommune har haft" in text
        assert "{{" not in text and "XXRESULTS" not in text
    nord = page_text(programme_site / "enheder" / "nord" / "index.html")
    total = page_text(programme_site / "2024-07-programmet.html")
    active_nord = re.search(r"Lige nu er (\d+) borgere", nord)
    active_all = re.search(r"I hele programmet er (\d+) borgere", nord)
    assert active_nord and active_all and int(active_nord.group(1)) < int(active_all.group(1))
    assert f"{active_all.group(1)} af dem er i et aktivt forløb" in total


def test_a_units_article_sits_in_its_section_and_speaks_of_its_own_figures(programme_site, programme_book):
    nord = (programme_site / "enheder" / "nord" / "index.html").read_text(encoding="utf-8")
    syd = (programme_site / "enheder" / "syd" / "index.html").read_text(encoding="utf-8")
    assert "2024-07-nord-praktik.html" in nord and "2024-07-nord-praktik.html" not in syd
    article = page_text(programme_site / "2024-07-nord-praktik.html")
    book = programme_book
    praktik = book.counts(unit_dataset("forløb", "nord"), dt.date(2024, 6, 30))["praktik"]
    assert not praktik.suppressed and f"I Jobhuset Nord er {praktik.value} borgere i praktik" in article


def test_the_small_units_cells_are_hidden_and_cannot_be_worked_out_from_the_programme(programme_site, programme_book):
    text = page_text(programme_site / "enheder" / "oe" / "index.html")
    assert "Lige nu er et skjult antal borgere" in text
    book = programme_book
    outcome = book.outcomes["forløb"].outcome
    for day in outcome.data_dates:
        members = {"programmet": "forløb", **{u: unit_dataset("forløb", u) for u in UNITS}}
        counts = {f"{m}/{k}": c for m, key in members.items() for k, c in book.counts(key, day).items()}
        assert any(c.status == "small" for n, c in counts.items() if n.startswith("oe/"))
        cells = {f"{u}/{c.key}": counts[f"{u}/{c.key}"].value for u in UNITS for c in outcome.categories}
        sums = {f"{u}/{g.key}": frozenset(f"{u}/{c}" for c in g.categories) for u in UNITS for g in outcome.groups}
        sums |= {f"programmet/{c.key}": frozenset(f"{u}/{c.key}" for u in UNITS) for c in outcome.categories}
        sums |= {
            f"programmet/{g.key}": frozenset(f"{u}/{c}" for u in UNITS for c in g.categories) for g in outcome.groups
        }
        for name, count in counts.items():
            if count.suppressed:
                assert not determined(name, cells, sums, counts), (day, name)


def test_the_figure_catalogue_lists_each_units_figures(programme_book):
    from public_results.site.figure_catalogue import figure_entries  # noqa: PLC0415

    entries = {e.snippet: e.value for e in figure_entries(programme_book, read_settings({}))}
    nord = programme_book.figure(unit_dataset("forløb", "nord"), "aktive", Pins()).text(
        "", read_settings({}).number_style
    )
    assert entries["{{ forløb.aktive | enhed: nord }}"] == nord
    assert entries["{{ forløb.aktive }}"] != nord
    assert entries["{{ forløb.praktik | enhed: oe }}"] == "færre end 5"


def test_the_units_are_listed_with_a_link_to_each_page(programme_site):
    listing = (programme_site / "enheder" / "index.html").read_text(encoding="utf-8")
    for key, name in UNITS.items():
        assert f'<a href="{key}/index.html">{name}</a>' in listing


def test_the_units_are_compared_on_the_article_and_the_units_list_with_the_hidden_ones_hidden(programme_site):
    for address in ("2024-07-programmet.html", "enheder/index.html"):
        page = programme_site / address
        source, text = page.read_text(encoding="utf-8"), page_text(page)
        assert "Andel i »Praktik« blandt dem, der har været i forløb siden start" in text
        assert "I aktivt forløb i hver enhed fra juli 2023 til 30. juni 2024" in text  # the small multiples
        assert "Jobhuset Ø .. vises ikke" in text and "Wilsons metode" in text  # the rule in the method box too
        assert "ligger højest" not in text and "ligger lavest" not in text  # no ranking word: all hidden
        for stem in ("forloeb-praktik-enheder-2024-06-30", "forloeb-aktive-udvikling-enheder-2024-06-30"):
            assert f"{stem}.csv" in source and (programme_site / "grafer" / f"{stem}.png").is_file()
            assert (programme_site / "indlejr" / f"{stem}.html").is_file()
    assert re.search("<h1[^>]*>Enhederne</h1>", (programme_site / "enheder" / "index.html").read_text(encoding="utf-8"))
    for address in ("index.html", "enheder/nord/index.html"):
        assert re.search(
            r'<a href="[./]*enheder/index.html"[^>]*>Enhederne</a>',
            (programme_site / address).read_text(encoding="utf-8"),
        )
    for key, name in UNITS.items():  # each unit's page compares it with the others, its own name in bold
        page = (programme_site / "enheder" / key / "index.html").read_text(encoding="utf-8")
        bold = re.findall(r'font-weight="bold"[^>]*>([^<]*)</text>', page)
        assert bold and all(t.startswith(name) and t.endswith("(denne side)") for t in bold), (key, bold)
        assert f"forloeb-praktik-enheder-{key}-2024-06-30.csv" in page  # a drawing of its own: its own downloads
    csv = (programme_site / "grafer" / "forloeb-praktik-enheder-2024-06-30.csv").read_text(encoding="utf-8-sig")
    oe = next(line for line in csv.splitlines() if line.startswith("Jobhuset Ø"))
    assert ";..;" in oe and ";9;" not in oe  # Ø's nine citizens stay hidden in the download


def test_the_programmes_total_of_all_citizens_is_shown_at_every_data_date(programme_site, programme_book):
    """Protecting the small unit hides units' cells first: the programme's total stays (README,
    »Suppression across units«, the order of what is hidden)."""
    book = programme_book
    for day in book.outcomes["forløb"].outcome.data_dates:
        assert not book.counts("forløb", day)["alle"].suppressed, day
    newest = book.counts("forløb", dt.date(2024, 6, 30))["alle"]
    text = page_text(programme_site / "2024-07-programmet.html")
    assert f"tilsammen haft {newest.value} borgere" in text and "et skjult antal borgere i forløb" not in text


def test_each_unit_has_its_briefing_key_figures_and_identity_on_its_page(programme_site, programme_book):
    """Everything per unit: the unit's page shows its key figures with the programme's beside and links
    its briefing, which the briefings page lists under the programme's; title, description,
    municipality and search filter name the unit."""
    newest = programme_book.outcomes["forløb"].outcome.data_dates[-1]
    listing = (programme_site / "briefinger" / "index.html").read_text(encoding="utf-8")
    for key, name in UNITS.items():
        briefing = programme_site / "enheder" / key / f"briefing-{newest.isoformat()}.html"
        assert f"Nøgletal for {name} pr. " in page_text(briefing)
        assert f"enheder/{key}/{briefing.name}" in listing
        page = (programme_site / "enheder" / key / "index.html").read_text(encoding="utf-8")
        assert f'href="{briefing.name}"' in page and f'data-pagefind-filter="enhed:{name}"' in page
        assert f"<title>{name} – Jobhusene – resultater</title>" in page
    assert listing.index("briefinger/2024-06-30.html") < listing.index("enheder/nord/briefing-")
    nord = (programme_site / "enheder" / "nord" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="dcterms.spatial" content="Nordby Kommune">' in nord
    assert 'content="Tal og resultater for Jobhuset Nord i Nordby Kommune."' in nord
    active = programme_book.counts(unit_dataset("forløb", "nord"), newest)["aktive"].value
    whole = programme_book.counts("forløb", newest)["aktive"].value
    text = page_text(programme_site / "enheder" / "nord" / "index.html")
    assert f"I aktivt forløb {active} " in text and f"Hele programmet: {whole}" in text
    embed = (programme_site / "indlejr" / f"forloeb-nord-status-{newest.isoformat()}.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]* – Jobhuset Nord – Jobhusene – resultater</title>", embed)


def test_the_open_data_and_the_api_hold_each_units_figures(programme_site, programme_book):
    newest = programme_book.outcomes["forløb"].outcome.data_dates[-1].isoformat()
    csv = (programme_site / "data" / "forloeb" / newest / "enheder.csv").read_text(encoding="utf-8-sig")
    lines = csv.splitlines()
    assert lines[0].startswith("enhed;enhedsnavn;kommune;kode;")
    assert {line.split(";")[0] for line in lines[1:]} == {"programmet", *UNITS}
    assert not any(line.startswith("oe;") and ";9;" in line for line in lines)  # Ø's nine stay hidden
    assert f"forloeb/{newest}/enheder.csv" in (programme_site / "data" / "catalog.jsonld").read_text(encoding="utf-8")
    api = json.loads((programme_site / "api" / newest / "figures.json").read_text(encoding="utf-8"))
    units = {f["org_unit"]["key"] for f in api["figures"] if "org_unit" in f}
    assert units == set(UNITS) and any("org_unit" not in f for f in api["figures"])
    surveys = [f for f in api["figures"] if "org_unit" in f and f["dataset"] == "evaluering"]
    assert {f["org_unit"]["key"] for f in surveys} == set(UNITS)  # the survey's per unit too
    assert all(f["value"] is None for f in surveys if f["hidden"]) and any(f["hidden"] for f in surveys)


def test_a_survey_question_is_compared_per_unit_and_the_small_units_answers_are_protected(
    programme_site, programme_book
):
    article = page_text(programme_site / "2024-07-programmet.html")
    assert "på »Håb om forandring«, 2024-målingen" in article
    assert "»Jobhuset Ø« vises ikke af hensyn til diskretion." in article
    assert (programme_site / "grafer" / "evaluering-haab-enheder-maaling-2024.csv").is_file()
    book = programme_book
    whole = book.figure("evaluering", "håb", Pins())
    units = {u: book.figure(unit_dataset("evaluering", u), "håb", Pins()) for u in UNITS}
    assert not whole.count.suppressed and whole.count.value == sum(f.count.value for f in units.values())
    assert units["oe"].count.status == "small"
    oe = page_text(programme_site / "enheder" / "oe" / "index.html")
    assert "En skjult andel af et skjult antal, der har svaret på spørgsmålet, oplever håb om forandring" in oe
    survey_round = book.survey_round("evaluering", Pins())
    rounds = {m: book.survey_round(unit_dataset("evaluering", m), Pins()) for m in ("programmet", *UNITS)}
    counts = {f"{m}/{k}": c for m, found in rounds.items() for k, c in book.answers(found, "håb").items()}
    steps = [s.answer for s in survey_round.survey.scale if s.counted]
    cells = {f"{u}/{a}": counts[f"{u}/{a}"].value for u in UNITS for a in steps}
    sums = {f"programmet/{a}": frozenset(f"{u}/{a}" for u in UNITS) for a in steps}
    for member, members in [*((u, [u]) for u in UNITS), ("programmet", list(UNITS))]:
        sums[f"{member}/__n__"] = frozenset(f"{u}/{a}" for u in members for a in steps)
        sums[f"{member}/__positive__"] = frozenset(f"{u}/{a}" for u in members for a in steps[:2])
    for name, count in counts.items():
        if count.suppressed:
            assert not determined(name, cells, sums, counts), name


def test_every_download_and_embed_a_page_links_to_is_written(programme_site):
    # Two units' charts can draw alike (a unit whose values are all hidden); each links its own
    # downloads and embed page, so every one of them must be a file of the site.
    linked = set()
    for page in programme_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for link in re.findall(r'(?:href|src)="([^"#?]*(?:grafer|indlejr)/[^"#?]+)"', text):
            linked.add((page.parent / link).resolve() if not link.startswith("/") else programme_site / link[1:])
    assert len(linked) > 20
    missing = sorted(str(path.relative_to(programme_site.resolve())) for path in linked if not path.is_file())
    assert not missing, missing
