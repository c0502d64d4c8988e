"""The preview's page »Opdater tallene«: what a monthly update would publish, in plain Danish.

One tiny site goes through a month: published (``make publish`` records what it showed), a new
export arrives (six more citizens and a data date), the preview shows the figures that change; then
an export with a status the descriptor does not know, and the page shows the error with its fix.
That ``make publish`` never writes the page is held by test_workflow.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from public_results.adapter.command import main
from public_results.adapter.run import PUBLISHED_FILE, check_site
from public_results.record.shown import write_shown
from support import page_text

pytestmark = pytest.mark.site

ARTICLE = """Title: Status
Date: 2024-01-10

Aktive lige nu: {{ forløb.aktive }}.
"""


def add_row(data: Path, row: str) -> None:
    """One more row at the end of the status log (Windows-1252, ``;``, CRLF, as exported)."""
    path = data / "forloeb.csv"
    path.write_bytes(path.read_bytes() + (row + "\r\n").encode("cp1252"))


def new_month(data: Path) -> None:
    """The next month's export: six new citizens in January 2024 (a flow of fewer than five would be
    hidden), and its data date in the descriptor."""
    for number in range(1, 7):
        add_row(data, f"PNEW00{number};31-01-2024;Afklaring påbegyndt")
    descriptor = data / "datasets.yaml"
    text = descriptor.read_text(encoding="utf-8")
    old = "data_dates: [2018-05-15, 2022-02-15, 2023-12-31]"
    assert old in text
    descriptor.write_text(text.replace(old, old[:-1] + ", 2024-01-31]"), encoding="utf-8")


def visible_text(page: Path) -> str:
    """The page's text, without the space a tag leaves before a colon or full stop."""
    return re.sub(r" ([:.,])", r"\1", page_text(page))


def preview(settings: Path, output: Path) -> int:
    return main(["build", "--preview", "--settings", str(settings), "--output", str(output)])


def test_the_update_page_shows_what_publishing_would_change_and_how_to_fix_an_error(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"status.md": ARTICLE}, own_data=True)
    output = tmp_path / "output"
    published, _ = check_site(settings)  # what make publish records (test_workflow), without drawing a site
    write_shown(settings.parent / "cache" / PUBLISHED_FILE, published.shown)
    before = published.shown["articles/status.md"]["forløb.aktive"]
    data = settings.parent / "data"
    new_month(data)
    (data / "forloeb_januar.csv").write_text("BorgerID;Dato;Status\r\n", encoding="cp1252")

    assert preview(settings, output) == 0
    page = output.parent / "output-preview" / "opdater" / "index.html"
    text = visible_text(page)
    after = str(int(before) + 6)
    assert "Ja. Tjekket fandt ingen fejl og ingen advarsler." in text
    assert "forloeb.csv: nyeste række 31. januar 2024." in text
    assert "evaluering_2021.csv: måling 2021, indsamling slut 30. november 2021." in text
    assert "forloeb_januar.csv" in text.split("Filer, som sitet ikke bruger", 1)[1]  # in data/, not named
    html = page.read_text(encoding="utf-8")
    row = f'<tr><th scope="row"><code>forløb.aktive</code></th><td>{before}</td><td>{after}</td></tr>'
    assert row in html.split("Side: articles/status.md", 1)[1]
    assert "briefinger/2024-01-31.html" in text.split("Nye sider med tal", 1)[1]  # named once, not figure by figure
    assert f"forløb.aktive {before} → {after}" in text.split("De nyeste tal mod forrige opgørelse", 1)[1]
    assert "<caption" in html and "make publish" in text
    assert 'href="../opdater/index.html" aria-current="page">Opdater tallene' in html
    assert 'href="/opdater/index.html">Opdater tallene' in (output.parent / "output-preview" / "index.html").read_text(
        encoding="utf-8"
    )

    add_row(data, "PNEW007;31-01-2024;Praktikk")
    assert preview(settings, output) == 1
    text = visible_text(page)
    assert "Ikke endnu. Tjekket fandt 1 fejl" in text
    assert "forloeb.csv, række" in text and "Praktikk" in text
    assert "Sådan retter du det: Tilføj" in text or "Sådan retter du det:" in text
    assert "Hvilke tal der ændres, kan først vises, når fejlene er rettet." in text
    assert (output.parent / "output-preview" / "index.html").is_file()  # the last good preview stays
    assert not output.exists()  # the preview never writes the published folder (make publish: test_workflow)
