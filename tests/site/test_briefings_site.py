"""Tiny sites: briefings per data date with their PDF, the live page, notices and the ledger."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from public_results.adapter.run import build_site
from public_results.errors import ResultsError
from public_results.record.ledger import read_ledger
from support import cache_with_copied_drawings, once_per_run, page_text, run_command_line, write_site

pytestmark = pytest.mark.site

PINNED = """Title: Status i 2018
Date: 2018-05-16
Datadato: 2018-05-15

Der er {{ forløb.alle }} borgere, {{ forløb.aktive }} aktive og {{ forløb.afsluttet }} afsluttede.
"""
FIGURES = {
    "RESULTS_BRIEFING_FIGURES": ["forløb.alle", "forløb.aktive", "evaluering.håb"],
    "RESULTS_BRIEFING_CHARTS": ["forløb.status"],  # figures at the data date only: a revision stays put
}
QUICK = FIGURES  # tiny sites make no PDF unless asked


def end_a_course_before(data: Path, day: dt.date) -> None:
    """A revised export: the last status change on or before ``day`` now says the course ended."""
    path = data / "forloeb.csv"
    lines = path.read_bytes().split(b"\r\n")
    dated = [i for i, line in enumerate(lines[1:], 1) if line and _date(line) <= day]
    citizen, date, _ = lines[dated[-1]].split(b";")
    lines[dated[-1]] = b";".join([citizen, date, b"Afsluttet - andet"])
    path.write_bytes(b"\r\n".join(lines))


def _date(line: bytes) -> dt.date:
    return dt.datetime.strptime(line.split(b";")[1].decode(), "%d-%m-%Y").date()


BUILD_OUTPUT = "build-output.txt"  # beside the site: what the command line printed


@pytest.fixture(scope="module")
def built(tmp_path_factory, render_cache, example_data) -> Path:
    """A tiny site with briefings and their PDFs, built once per test run (all workers) by the command
    line, as `make html` builds, with what it printed beside it; read only. Its PDFs are made in
    this build (a render cache of its own, with the run's drawings)."""

    def make(folder: Path) -> None:
        cache = cache_with_copied_drawings(render_cache, folder / "cache")
        settings = write_site(folder / "site", {"status.md": PINNED}, render_cache=cache, data=example_data)
        overrides = {
            **FIGURES,
            "FEED_ALL_ATOM": "feeds/all.atom.xml",
            "SITEURL": "https://x.dk",
            "RESULTS_BRIEFING_PDF": True,
        }
        with settings.open("a", encoding="utf-8") as file:
            file.writelines(f"{name} = {value!r}\n" for name, value in overrides.items())
        result = run_command_line(settings, folder / "output")
        (folder / BUILD_OUTPUT).write_text(result.stdout + result.stderr, encoding="utf-8")
        assert result.returncode == 0, result.stderr

    return once_per_run(tmp_path_factory, "briefings-site", make)


@pytest.fixture(scope="module")
def site(built: Path) -> Path:
    return built / "output"


def test_there_is_a_briefing_per_data_date_a_listing_and_the_live_page(site):
    for day in ("2018-05-15", "2022-02-15", "2023-12-31"):
        assert (site / "briefinger" / f"{day}.html").is_file()
    listing = page_text(site / "briefinger" / "index.html")
    assert listing.index("Nøgletal pr. 15. februar 2022") < listing.index("Nøgletal pr. 15. maj 2018")  # newest first
    live = page_text(site / "tal-og-resultater.html")
    assert "De nyeste nøgletal (pr. 31. december 2023)" in live
    assert "1.012 222 flere end den 15. februar 2022 (790)." in live.replace("Pr. 31. december 2023 ", "")
    assert "Nøgletal pr. 15. maj 2018" in live  # the archive
    assert live.count("Se tallene som tabel") >= 10  # every chart of the site, each with its table


def test_a_briefing_has_cards_with_base_definition_and_change_in_words(site):
    text = page_text(site / "briefinger" / "2022-02-15.html")
    assert "Alle borgere siden start 790 Pr. 15. februar 2022 552 flere end den 15. maj 2018 (238)." in text
    assert "I aktivt forløb 205 af de 790, der har været i forløb siden start" in text
    assert "44 flere end den 15. maj 2018 (161)." in text
    assert "Håb om forandring 94\u00a0% af de 180, der har svaret på spørgsmålet I 2021-målingen" in text
    assert "Sådan er tallet opgjort Borgere, hvis seneste status på datoen er" in text
    first = page_text(site / "briefinger" / "2018-05-15.html")
    assert "Håb om forandring" not in first  # no survey round before May 2018
    assert "Der er kommet nyere tal De nyeste tal er opgjort pr. 31. december 2023." in first  # an older briefing
    assert "Der er kommet nyere tal" not in page_text(site / "briefinger" / "2023-12-31.html")


def test_a_briefing_has_definitions_response_rate_caveats_and_method(site):
    text = page_text(site / "briefinger" / "2022-02-15.html")
    assert "Begreber" in text and "Job med løntilskud Et job på almindelige vilkår" in text
    assert "måling 2021: 240 blev bedt om at svare, og 185 svarede (77\u00a0%)." in text
    assert "Borgere, der har afsluttet deres forløb, er ikke spurgt." in text
    assert "Borgerforløb: sådan er tallene lavet" in text and "Forbehold" in text


def pdf_pages(site: Path, day: str) -> list[str]:
    reader = pypdf.PdfReader(site / "briefinger" / f"{day}.pdf")
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def pictures(page: pypdf.PageObject) -> list[str]:
    """The page's image XObjects, by name (without decoding them)."""
    found = page["/Resources"].get("/XObject") or {}
    return [name for name, thing in found.items() if thing.get_object()["/Subtype"] == "/Image"]


def test_each_briefing_has_a_tagged_pdf_of_two_a4_pages_with_the_key_figures_as_text(site):
    for day in ("2018-05-15", "2022-02-15", "2023-12-31"):
        markup = (site / "briefinger" / f"{day}.html").read_text(encoding="utf-8")
        assert f'href="{day}.pdf" download' in markup
        reader = pypdf.PdfReader(site / "briefinger" / f"{day}.pdf")
        root = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"] and root["/Lang"] == "da"
        assert len(reader.pages) == 2, f"{day}: {len(reader.pages)} pages"
        assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(595, 842)}
    first, second = pdf_pages(site, "2022-02-15")
    shown_figures = (
        "Nøgletal pr. 15. februar 2022", "Det vigtigste", "Alle borgere siden start", "790", "I aktivt forløb",
        "205", "af de 790, der har været i forløb siden start", "Håb om forandring", "94 %",
    )  # fmt: skip
    for shown in shown_figures:
        assert shown in first.replace("\u00a0", " "), shown  # real text, not pictures
    assert "Det er en stigning på 552 siden den 15. maj 2018, da tallet var 238." in first  # true to the data
    assert "Sådan er nøgletallene opgjort" in first and "Om tallene Borgerforløb Kilde: Enhedens sagssystem" in second


def test_the_pdf_shows_its_chart_as_a_picture_and_prints_no_link_address_notice_or_navigation(site):
    for day in ("2018-05-15", "2022-02-15", "2023-12-31"):
        text = " ".join(pdf_pages(site, day))
        for screen_only in ("https://", "x.dk", "(./", "Arkiv", "Der er kommet nyere tal", "Hent briefingen"):
            assert screen_only not in text, f"{day}: {screen_only}"
        reader = pypdf.PdfReader(site / "briefinger" / f"{day}.pdf")
        assert any(pictures(page) for page in reader.pages)  # the chart's PNG (the logo is a drawing)
    styles = (site / "theme" / "css" / "briefing-pdf.css").read_text(encoding="utf-8")
    assert "::after" not in styles and "attr(href)" not in styles


def test_the_build_prints_no_line_of_weasyprint_or_fonttools(built):
    printed = (built / BUILD_OUTPUT).read_text(encoding="utf-8")
    assert "Sitet er bygget" in printed and "laver pdf af briefingerne" in printed  # the PDFs were made here
    for line in printed.splitlines():
        assert "WARNING" not in line and "DeprecationWarning" not in line, line
        for english in ("weasyprint", "fonttools", "harfbuzz", "Ignored `", "Unknown rule", "Invalid media type"):
            assert english.lower() not in line.lower(), line


def test_the_print_stylesheet_hides_navigation_and_breaks_pages_between_sections(site):
    page = (site / "briefinger" / "2022-02-15.html").read_text(encoding="utf-8")
    assert '<link rel="stylesheet" href="https://x.dk/theme/css/print.css" media="print">' in page
    print_rules = (site / "theme" / "css" / "print.css").read_text(encoding="utf-8")
    assert re.search(r"\.site-header nav[^{]*\{\s*display: none", print_rules)
    assert ".briefing-section + .briefing-section { break-before: page; }" in print_rules
    assert "@page { size: A4;" in print_rules
    assert re.search(r"\.notice-newer \{ display: none; \}", print_rules)  # the old-page notice is for screens


def test_briefings_have_their_own_feed(site):
    feed = (site / "feeds" / "briefinger.atom.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == 3 and "Nøgletal pr. 15. februar 2022" in feed
    assert "https://x.dk/briefinger/2022-02-15.html" in feed


def test_a_pinned_article_keeps_its_figures_and_says_newer_ones_exist(site):
    text = page_text(site / "status.html")
    assert "Der er 238 borgere, 161 aktive og 177 afsluttede." in text
    assert "Der er kommet nyere tal De nyeste tal er opgjort pr. 31. december 2023." in text
    assert "Denne side viser tallene pr. 15. maj 2018, som de var dengang." in text
    assert "Tallene er opdateret" not in text  # this page's figures were not updated: newer ones exist
    assert "Se de nyeste tal på Tal og resultater" in text


def test_publishing_records_the_figures_and_a_revision_must_be_decided(tiny_site, tmp_path):
    settings = tiny_site({"status.md": PINNED}, own_data=True)
    build_site(settings, tmp_path / "one", QUICK, record=True)
    ledger = read_ledger(settings.parent / "ledger.json")
    assert ledger["articles/status.md"].figures["forløb.alle"] == "238"
    assert ledger["briefinger/2018-05-15.html"].figures["nøgletal: forløb.alle"] == "238"
    assert "tal-og-resultater.html" not in ledger  # live pages are meant to change
    end_a_course_before(settings.parent / "data", dt.date(2018, 5, 15))
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "two", QUICK)
    report = caught.value.report()
    assert "status.md" in report and "er ændret i de nye data" in report and "→" in report
    assert "briefinger/2018-05-15.html" in report and "content/briefinger/2018-05-15.md" in report
    assert not (tmp_path / "two").exists()


def accept_in_briefing_notes(settings: Path, text: str = "Rettelse: 2024-01-10\n\nTallene er rettet.\n") -> None:
    notes = settings.parent / "content" / "briefinger"
    notes.mkdir(exist_ok=True)
    for day in ("2018-05-15", "2022-02-15", "2023-12-31"):
        (notes / f"{day}.md").write_text(text, encoding="utf-8")


def test_an_accepted_revision_is_shown_with_a_dated_note_that_stays_after_publishing(tiny_site, tmp_path):
    # A revised chart's note counts its changed rows rather than quoting them: a row of four two-digit
    # counts (»61 9 74 17«, »69 10 87 30«) would read as a phone number to the output check.
    pinned = PINNED + "\n{{ graf: forløb.aktive_fordeling.udvikling }}\n"
    settings = tiny_site({"status.md": pinned}, own_data=True)
    build_site(settings, tmp_path / "one", QUICK, record=True)
    end_a_course_before(settings.parent / "data", dt.date(2018, 5, 15))
    article = settings.parent / "content" / "articles" / "status.md"
    article.write_text(pinned.replace("Datadato:", "Rettelse: 2024-01-10\nDatadato:"), encoding="utf-8")
    accept_in_briefing_notes(settings)
    build_site(settings, tmp_path / "two", QUICK, record=True)
    text = page_text(tmp_path / "two" / "status.html")
    opening = "Rettelse 10. januar 2024: Tallene er rettet, fordi data er blevet rettet: "
    note = re.search(re.escape(opening) + r".*?»[^»«]+« \(\w+ af \d+ rækker\)[;.]", text)  # the chart by its heading
    assert note, text
    assert "»forløb." not in note[0] and "graf:" not in note[0]  # what a reader calls them, not the placeholders
    assert "Kommentar Tallene er rettet." in page_text(tmp_path / "two" / "briefinger" / "2018-05-15.html")
    build_site(settings, tmp_path / "three", QUICK)  # the ledger now holds the new figures: still the note
    assert "Rettelse 10. januar 2024" in page_text(tmp_path / "three" / "status.html")


def test_a_kept_figure_shows_what_was_published(tiny_site, tmp_path):
    settings = tiny_site({"status.md": PINNED}, own_data=True)
    build_site(settings, tmp_path / "one", QUICK, record=True)
    published = re.search(r"Der er .*? afsluttede\.", page_text(tmp_path / "one" / "status.html"))[0]
    end_a_course_before(settings.parent / "data", dt.date(2018, 5, 15))
    article = settings.parent / "content" / "articles" / "status.md"
    article.write_text(PINNED.replace("Datadato:", "Fasthold: ja\nDatadato:"), encoding="utf-8")
    accept_in_briefing_notes(settings)
    build_site(settings, tmp_path / "two", QUICK)
    assert published in page_text(tmp_path / "two" / "status.html")
    assert "Rettelse" not in page_text(tmp_path / "two" / "status.html")
