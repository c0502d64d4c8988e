"""A first datasets.yaml drafted from a unit's own tables: which table is a survey and which a status
log, every question, answer, background value and status found, and a draft the descriptor reads."""

from __future__ import annotations

import datetime as dt

from public_results.danish import words
from public_results.data.descriptor import read_descriptor
from public_results.data.draft_descriptor import draft, ordered_scale, short_name
from public_results.data.draft_yaml import descriptor_text
from public_results.data.load import table_from_rows

TODAY = dt.date(2026, 12, 7)
HOPE = "I hvilken grad giver samarbejdet dig håb om forandring?"
HEARD = "I hvilken grad føler du dig hørt?"
ANSWERS = ["I høj grad", "Slet ikke", "I meget høj grad", "Ved ikke", "I nogen grad", ""]


def survey_rows(count: int = 12) -> list[list[str]]:
    rows = [["Respondent", "Målgruppe", HOPE, HEARD, "Kommentar"]]
    for i in range(count):
        group = ["Ledig", "Sygemeldt"][i % 2]
        rows.append([str(101 + i), group, ANSWERS[i % 6], ANSWERS[(i + 2) % 6], f"Svar nummer {i} om forløbet"])
    return rows


def status_rows() -> list[list[str]]:
    rows = [["Pseudonym", "Dato", "Status"]]
    for i in range(10):
        rows.append([f"B{i:03d}", f"{1 + i}.3.2024", "Opstart"])
        if i % 3:
            rows.append([f"B{i:03d}", f"{1 + i}.9.2024", ["Ordinært job", "Afsluttet - flyttet"][i % 2]])
    return rows


def test_a_survey_is_told_from_a_status_log_and_each_is_described() -> None:
    found = draft(
        [
            ("svar_2024.csv", table_from_rows(survey_rows(), "svar_2024.csv")),
            ("log.csv", table_from_rows(status_rows(), "log.csv")),
        ],
        TODAY,
    )
    (survey,) = found.surveys
    (outcome,) = found.outcomes
    assert found.unknown == ()
    assert survey.key == words.DRAFT_SURVEY_KEY
    assert [h for _, h in survey.questions] == [HOPE, HEARD]
    assert [k for k, _ in survey.questions] == ["håb_forandring", "hørt"]
    assert [(a.text, a.positive, a.counted) for a in survey.scale] == [
        ("I meget høj grad", True, True),
        ("I høj grad", True, True),
        ("I nogen grad", False, True),
        ("Slet ikke", False, True),
        ("Ved ikke", False, False),
    ]
    assert survey.known_scale
    assert survey.background == (("målgruppe", "Målgruppe", ("Ledig", "Sygemeldt")),)
    assert survey.ignored == ("Respondent",)  # a running number: never read
    assert survey.free_text == ("Kommentar",)
    # the round of the status log's last year is taken as closed by its newest date (2024-09-09)
    assert [(f.round, f.date) for f in survey.files] == [("2024", dt.date(2024, 9, 9))]
    assert (outcome.id_column, outcome.date_column, outcome.status_column) == ("Pseudonym", "Dato", "Status")
    assert (outcome.start, outcome.newest) == (dt.date(2024, 3, 1), dt.date(2024, 9, 9))
    assert outcome.statuses == (
        ("opstart", "Opstart"),
        ("afsluttet_flyttet", "Afsluttet - flyttet"),  # as many as the next: the first found comes first
        ("ordinært_job", "Ordinært job"),
    )


def test_survey_files_with_the_same_questions_are_rounds_of_one_survey() -> None:
    later = survey_rows(6)
    later[3][1] = "Andet"
    found = draft(
        [
            ("svar_2025.csv", table_from_rows(later, "svar_2025.csv")),
            ("svar_2024.csv", table_from_rows(survey_rows(), "svar_2024.csv")),
        ],
        TODAY,
    )
    (survey,) = found.surveys
    assert [(f.file, f.round, f.date) for f in survey.files] == [
        ("svar_2024.csv", "2024", dt.date(2024, 12, 31)),  # no status log: 31 December of the file's year
        ("svar_2025.csv", "2025", dt.date(2025, 12, 31)),
    ]
    assert survey.background[0][2] == ("Andet", "Ledig", "Sygemeldt")


def test_an_unknown_scale_keeps_the_order_of_frequency_and_says_so() -> None:
    scale, known = ordered_scale(["Super", "Fint", "Dårligt ment", "Ved ikke"])
    assert not known
    assert [(a.text, a.positive, a.counted) for a in scale] == [
        ("Super", True, True),
        ("Fint", False, True),
        ("Dårligt ment", False, True),
        ("Ved ikke", False, False),
    ]


def test_a_table_that_is_neither_is_named() -> None:
    rows = [["Navn på aktivitet", "Antal"], ["Café", "12"], ["Værksted", "7"]]
    found = draft([("andet.csv", table_from_rows(rows, "andet.csv"))], TODAY)
    assert (found.surveys, found.outcomes, found.unknown) == ((), (), ("andet.csv",))


def test_short_names_leave_out_small_words_and_never_repeat() -> None:
    assert short_name("I hvilken grad er du tryg ved at sige din mening?", [], "x") == "sige_mening"
    assert short_name("Afsluttet - anden beskæftigelse", ["anden_beskæftigelse"], "x") == "anden_beskæftigelse_2"
    assert short_name("I hvilken grad?", [], "spørgsmål_1") == "spørgsmål_1"


def test_the_drafted_yaml_is_a_descriptor_the_build_reads(tmp_path) -> None:
    found = draft(
        [
            ("svar_2024.csv", table_from_rows(survey_rows(), "svar_2024.csv")),
            ("log.csv", table_from_rows(status_rows(), "log.csv")),
        ],
        TODAY,
    )
    path = tmp_path / "datasets.yaml"
    text = descriptor_text(found)
    path.write_text(text, encoding="utf-8")
    descriptor = read_descriptor(path)
    survey, outcome = descriptor.datasets["evaluering"], descriptor.datasets["forløb"]
    assert [q.header for q in survey.questions] == [HOPE, HEARD]
    assert [(s.answer, s.positive, s.counted) for s in survey.scale][-1] == ("Ved ikke", False, False)
    assert outcome.id_column == "Pseudonym"
    assert outcome.data_dates == (dt.date(2024, 9, 9),)
    assert [c.raw for c in outcome.categories] == [("Opstart",), ("Afsluttet - flyttet",), ("Ordinært job",)]
    assert [b.parts for b in outcome.breakdowns] == [("opstart", "afsluttet_flyttet", "ordinært_job")]
    assert words.DRAFT_IGNORED_NOTE.format(column="Respondent") in text
    assert words.DRAFT_CATEGORIES_NOTE[0] in text  # the statuses' names are placeholders to edit
    assert words.DRAFT_SCALE_GUESSED not in text
    assert "»I meget høj grad« og »I høj grad« er lagt sammen" in survey.method
