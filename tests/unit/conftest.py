"""Tiny data for the unit tests: one survey with two rounds and one outcome log.

The numbers are small enough to count by hand; the comments give the answers.

Outcome ``forløb`` (data dates 2021-06-30 and 2022-02-15):
  A  afklaring 2020-02-01, praktik 2021-03-01
  B  afklaring 2020-05-01, afsluttet 2021-12-01
  C  afklaring 2021-01-10, frivilligt 2021-06-30  (a change on the data date counts)
  D  afklaring 2021-07-01                         (not started on 2021-06-30)
  E  afklaring 2020-03-01, praktik 2022-02-16     (a change after the data date is ignored)
  2021-06-30: afklaring 2 (B, E), praktik 1, frivilligt 1, afsluttet 0 -> aktive 4, placeret 2, alle 4
  2022-02-15: afklaring 2 (D, E), praktik 1, frivilligt 1, afsluttet 1 -> aktive 4, placeret 2, alle 5

Survey ``evaluering``:
  2020 (2020-11-30): håb 1 of 2 positive; tryg 0 of 2
  2021 (2021-11-30): håb 5 positive, n 6 (one "Ved ikke", one blank); tryg 4 positive, n 7 (one "Ved ikke")
"""

from __future__ import annotations

from pathlib import Path

import pytest

from public_results.data.datasets import Descriptor
from public_results.data.descriptor import read_descriptor
from public_results.figures.book import FigureBook
from public_results.figures.prepare import prepare
from public_results.settings import Settings, read_settings

DESCRIPTOR = """\
datasets:
  evaluering:
    kind: survey
    title: Evaluering
    source: Testevaluering
    synthetic: true
    rounds:
      - {round: "2020", file: ev2020.csv, date: 2020-11-30}
      - {round: "2021", file: ev2021.csv, date: 2021-11-30}
    questions:
      håb:
        header: Giver samarbejdet dig håb?
        label: Håb
      tryg:
        header: Er du tryg?
        label: Tryg
    scale:
      - {answer: Meget enig, positive: true}
      - {answer: Enig, positive: true}
      - {answer: Uenig}
      - {answer: Ved ikke, counted: false}
    blank_counted: false
    method: Meget enig og enig er lagt sammen.
  forløb:
    kind: outcome
    title: Forløb
    source: Testsystem
    file: forloeb.csv
    columns: {id: BorgerID, date: Dato, status: Status}
    start: 2020-01-01
    data_dates: [2021-06-30, 2022-02-15]
    categories:
      afklaring: {label: I afklaring, raw: [Afklaring påbegyndt]}
      praktik: {label: Praktik, raw: [Praktik], base: aktive}
      frivilligt: {label: Frivilligt arbejde, raw: [Frivilligt arbejde], base: aktive}
      afsluttet: {label: Afsluttet, raw: [Afsluttet - flytning, Afsluttet - andet]}
    groups:
      aktive: {label: I aktivt forløb, who: er i aktivt forløb, categories: [afklaring, praktik, frivilligt]}
      placeret: {label: Placeret, who: er placeret, categories: [praktik, frivilligt], base: aktive}
    breakdowns:
      status: {title: Status for alle, of: alle, parts: [afklaring, placeret, afsluttet]}
      aktive_fordeling: {title: Aktive, of: aktive, parts: [afklaring, praktik, frivilligt]}
"""

OUTCOME_CSV = """\
BorgerID;Dato;Status
A;2020-02-01;Afklaring påbegyndt
A;2021-03-01;Praktik
B;2020-05-01;Afklaring påbegyndt
B;2021-12-01;Afsluttet - flytning
C;2021-01-10;Afklaring påbegyndt
C;2021-06-30;Frivilligt arbejde
D;2021-07-01;Afklaring påbegyndt
E;2020-03-01;Afklaring påbegyndt
E;2022-02-16;Praktik
"""

SURVEY_2020_CSV = """\
Giver samarbejdet dig håb?;Er du tryg?
Enig;Uenig
Uenig;Uenig
"""

SURVEY_2021_CSV = """\
Giver samarbejdet dig håb?;Er du tryg?
Meget enig;Enig
Enig;Uenig
Enig;Uenig
Uenig;Uenig
Ved ikke;Enig
;Enig
Meget enig;Ved ikke
Enig;Meget enig
"""


def write_data(folder: Path, descriptor: str = DESCRIPTOR) -> Path:
    """The tiny data set in ``folder``; returns the descriptor's path."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {
        "forloeb.csv": OUTCOME_CSV,
        "ev2020.csv": SURVEY_2020_CSV,
        "ev2021.csv": SURVEY_2021_CSV,
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "datasets.yaml"
    path.write_text(descriptor, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def module_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny data, written once for a test module (for module-scoped fixtures)."""
    folder = tmp_path_factory.mktemp("tiny") / "data"
    write_data(folder)
    return folder


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    write_data(tmp_path / "data")
    return tmp_path / "data"


@pytest.fixture
def descriptor(data_folder: Path) -> Descriptor:
    return read_descriptor(data_folder / "datasets.yaml")


@pytest.fixture
def settings(data_folder: Path) -> Settings:
    # RESULTS_SMALL_BASE 1: the tiny data's bases are all small; caution notes have their own tests.
    return read_settings({"RESULTS_DATA_PATH": str(data_folder), "RESULTS_SMALL_BASE": 1})


def without_suppression(book: FigureBook) -> FigureBook:
    """Every count of the tiny data is small; these tests are about formatting, so nothing is
    suppressed here (threshold 1). Suppression has its own tests in privacy/test_suppression.py."""
    book.threshold = 1
    return book


@pytest.fixture
def book(settings: Settings) -> FigureBook:
    # One per test: a book keeps what it computes under keys that leave the settings out (in a build
    # they never change), so a book shared by tests with other settings would answer with old views.
    return without_suppression(prepare(settings))


def edited(changes: dict[str, str] | None) -> str:
    """The tiny descriptor with each ``old`` text replaced by ``new``."""
    text = DESCRIPTOR
    for old, new in (changes or {}).items():
        assert old in text, f"not in the tiny descriptor: {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def make_data(tmp_path: Path):
    """Factory: the tiny data in a fresh folder, with descriptor edits and replaced files.

    Returns the descriptor's path.
    """

    def make(descriptor: dict[str, str] | None = None, files: dict[str, str] | None = None) -> Path:
        folder = tmp_path / f"variant{len(list(tmp_path.glob('variant*')))}"
        path = write_data(folder, edited(descriptor))
        for name, content in (files or {}).items():
            (folder / name).write_text(content, encoding="utf-8")
        return path

    return make


@pytest.fixture
def make_book(make_data):
    """Factory: a FigureBook from the tiny data with descriptor edits and replaced files."""

    def make(descriptor: dict[str, str] | None = None, files: dict[str, str] | None = None) -> FigureBook:
        path = make_data(descriptor, files)
        return without_suppression(prepare(read_settings({"RESULTS_DATA_PATH": str(path.parent)})))

    return make
