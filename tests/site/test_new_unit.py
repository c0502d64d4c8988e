"""`make ny-enhed` (python -m public_results new DIR): a new unit's own site from its own exports.

The exports are made here as a unit gets them: a survey as Windows-1252 with `;` and a »Respondent«
column, the next round as an .xlsx with title rows above the header, and a status log as UTF-8 with
BOM, `,` and d.m.yyyy dates. The site is written and built once, with no edits, and read as HTML.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import random
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from public_results.adapter import new_unit as new_command
from public_results.adapter.command import main, parser
from public_results.danish import words
from public_results.site.new_site import Unit, write_site
from support import ROOT, page_text

pytestmark = pytest.mark.site

QUESTIONS = [
    "I hvilken grad føler du dig hørt af din kontaktperson?",
    "I hvilken grad har forløbet gjort dig mere klar til arbejde?",
]
SCALE = ["I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad", "Slet ikke", "Ved ikke", ""]
STATUSES = ["Virksomhedspraktik", "Ordinært job", "Uddannelse", "Afsluttet"]
PEOPLE = 120
UNIT = ["--navn", "Jobenheden Vest", "--kommune", "Vestby Kommune", "--kontakt", "jobenheden@vestby.dk"]
STATEMENT = "https://www.was.digst.dk/vestby-dk"
EXAMPLE_IDENTITY = ("Beskæftigelsesenheden", "Eksempel Kommune", "førtidspension", "evaluering.håb")


def survey_rows(seed: int, count: int) -> list[list[str]]:
    chosen = random.Random(seed)
    weights = [30, 30, 15, 8, 5, 5, 3]
    return [
        [str(1001 + i), chosen.choice(["Ledig", "Sygemeldt"]), *chosen.choices(SCALE, weights, k=len(QUESTIONS)), ""]
        for i in range(count)
    ]


def write_exports(folder: Path) -> list[Path]:
    """The three exports; the status log has PEOPLE citizens, each started once."""
    folder.mkdir()
    header = ["Respondent", "Målgruppe", *QUESTIONS, "Kommentarer"]
    survey = folder / "tilfredshed_2024.csv"
    lines = [";".join(header)] + [";".join(row) for row in survey_rows(1, 60)]
    survey.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    later = folder / "tilfredshed_2025.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["Tilfredshedsundersøgelse 2025"], ["Rapport dannet 3. januar 2026"], [], header, *survey_rows(2, 70)]:
        sheet.append(row)
    book.save(later)
    chosen = random.Random(3)
    rows = []
    for person in range(PEOPLE):
        day = dt.date(2023, 1, 2) + dt.timedelta(days=chosen.randrange(600))
        rows.append([f"P{person:04d}", f"{day.day}.{day.month}.{day.year}", "Opstart"])
        if chosen.random() < 0.8:
            then = day + dt.timedelta(days=chosen.randrange(20, 200))
            rows.append([f"P{person:04d}", f"{then.day}.{then.month}.{then.year}", chosen.choice(STATUSES)])
    log = folder / "statuslog.csv"
    lines = ["Pseudonym,Dato,Status"] + [",".join(row) for row in rows]
    log.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return [survey, later, log]


@pytest.fixture(scope="module")
def new_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The new site, written and built by the command with no terminal; and what it printed."""
    root = tmp_path_factory.mktemp("ny-enhed")
    exports = write_exports(root / "eksporter")
    folder = root / "jobenheden-vest"
    arguments = ["new", str(folder), *UNIT, "--tilgaengelighed", STATEMENT, "--data", *map(str, exports)]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = main(arguments)
    assert code == 0, printed.getvalue()
    return folder, printed.getvalue()


def test_the_new_site_builds_from_the_exports_with_no_edits(new_site: tuple[Path, str]) -> None:
    folder, printed = new_site
    output = folder / "output"
    article = next(output.glob(f"*-{words.NEW_ARTICLE_SLUG}.html"))
    text = page_text(article)
    assert "De første tal fra Jobenheden Vest" in text
    assert "I målingen fra 2025 svarede 70 borgere." in text  # the xlsx below its title rows
    assert re.search(
        r"fik svaret »I meget høj grad« eller »I høj grad« fra \d+\u00a0% af de \d+, der har svaret på spørgsmålet\.",
        text,
    )
    assert f"I alt har {PEOPLE} borgere været i forløb siden start." in text  # the UTF-8-BOM log, d.m.yyyy
    assert "{{" not in text
    front = page_text(output / "index.html")
    assert "Jobenheden Vest – resultater" in front and "Vestby Kommune" in front
    for page in output.rglob("*.html"):
        shown = page.read_text(encoding="utf-8")
        assert not [name for name in EXAMPLE_IDENTITY if name in shown], page
    assert words.NEW_DONE.splitlines()[1].split("{")[0] in printed
    assert "Advarsel" not in printed


def test_the_new_folder_is_the_units_own(new_site: tuple[Path, str]) -> None:
    folder, _ = new_site
    settings = (folder / "pelicanconf.py").read_text(encoding="utf-8")
    assert "RESULTS_BRIEFING_FIGURES: list[str] = []" in settings
    assert "RESULTS_TARGETS: dict[str, float] = {}" in settings
    assert "RESULTS_ALLOWED_CONTACTS = ['jobenheden@vestby.dk']" in settings
    assert f"ACCESSIBILITY_STATEMENT_URL = '{STATEMENT}'" in settings
    assert json.loads((folder / "ledger.json").read_text(encoding="utf-8"))["pages"] == {}
    descriptor = (folder / "data" / "datasets.yaml").read_text(encoding="utf-8")
    for found in ('id: "Pseudonym"', 'file: "tilfredshed_2025.xlsx"', 'raw: ["Ordinært job"]', "counted: false"):
        assert found in descriptor
    assert sorted(p.name for p in (folder / "data").iterdir()) == [
        "datasets.yaml",
        "statuslog.csv",
        "tilfredshed_2024.csv",
        "tilfredshed_2025.xlsx",
    ]
    dry_run = subprocess.run(["make", "-n", "html"], cwd=folder, capture_output=True, text=True, check=True)
    assert (
        str(ROOT / "plugins") in dry_run.stdout and "build --settings pelicanconf.py --output output" in dry_run.stdout
    )


def test_running_again_keeps_every_file(new_site: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = new_site
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "output" not in p.parts}
    other = write_exports(tmp_path / "nye")
    result = write_site(folder, Unit("Andet navn", "", "", ""), other, Path("python"), dt.date(2027, 1, 1))
    assert result.written == []
    assert folder / "pelicanconf.py" in result.kept and folder / "data" / "datasets.yaml" in result.kept
    assert {p: p.read_bytes() for p in before} == before


def test_missing_answers_are_asked_on_a_terminal_and_get_placeholders_without_one() -> None:
    args = parser().parse_args(["new", "x", "--navn", "Enheden"])
    asked = []
    unit, missing = new_command.answers(args, lambda question: asked.append(question) or "Svar")
    assert (unit.name, unit.municipality, missing) == ("Enheden", "Svar", [])
    assert asked == [words.NEW_ASK_MUNICIPALITY, words.NEW_ASK_CONTACT, words.NEW_ASK_STATEMENT]
    unit, missing = new_command.answers(args, None)
    assert (unit.municipality, unit.contact) == (words.NEW_PLACEHOLDER_MUNICIPALITY, words.NEW_PLACEHOLDER_CONTACT)
    assert missing == ["municipality", "contact", "statement"]


def test_a_folder_made_before_the_data_gets_its_descriptor_when_the_data_comes(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    unit = Unit("Enheden", "Kommunen", "", "")
    first = write_site(folder, unit, [], Path("python"), dt.date(2026, 12, 7))
    assert folder / "pelicanconf.py" in first.written
    assert not (folder / "data" / "datasets.yaml").exists()  # nothing to describe yet: not written, so not kept
    second = write_site(folder, unit, write_exports(tmp_path / "eksporter"), Path("python"), dt.date(2026, 12, 7))
    assert folder / "data" / "datasets.yaml" in second.written
    assert folder / "pelicanconf.py" in second.kept
    assert (folder / "content" / "articles" / f"2026-12-07-{words.NEW_ARTICLE_SLUG}.md").is_file()
