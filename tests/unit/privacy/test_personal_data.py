"""Personal data in text and tables: CPR numbers, e-mail addresses and phone numbers found, masked and named."""

from __future__ import annotations

import pandas as pd
import pytest

from public_results.privacy.personal_data import NAMED_PER_PLACE, Hit, find_personal, mask, mask_personal, scan_table

# --- patterns ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("010190-1234", "010190-1234"),
        ("0101901234", "0101901234"),
        ("010190 1234", "010190 1234"),
        ("010190\u00a01234", "010190\u00a01234"),  # no-break space
        ("010190–1234", "010190–1234"),  # en dash, as a word processor writes it
        ("290200-1234", "290200-1234"),  # '00' may be 2000, a leap year
        ("290296-1234", "290296-1234"),
        ("311299-0000", "311299-0000"),
        ("CPR: 010190-1234.", "010190-1234"),
        ("cpr.nr.0101901234", "0101901234"),
        ("ID-010190-1234", "010190-1234"),
        ("<td>0101901234</td>", "0101901234"),
        ('{"id": "0101901234"}', "0101901234"),
        ("0101901234, og mere", "0101901234"),
    ],
)
def test_a_cpr_shaped_number_is_found(text, found):
    assert find_personal(text) == [Hit("cpr", found)]


@pytest.mark.parametrize(
    "text",
    [
        "320190-1234",  # no 32nd day
        "310290-1234",  # no 31 February
        "300290-1234",
        "290201-1234",  # 2001 and 1901 are not leap years
        "310490-1234",  # April has 30 days
        "000190-1234",
        "011390-1234",  # no 13th month
        "010090-1234",
        "01019012345",  # part of a longer run of digits
        "10101901234",
        "010190-12345",
        "0.0101901234",  # an SVG coordinate
        "M12.5.0101901234",
        "L.0101901234",
        "12,0101901234",  # a decimal comma
        "0101901234.5",
        "0101901234,5",
        "ID0101901234X",  # part of a word
        "ID0101901234",
        "0101901234X",
        "id_0101901234",
        "010190--1234",
        "010190.1234",
    ],
)
def test_a_number_that_only_looks_like_a_cpr_number_is_not_found(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("anna@example.dk", "anna@example.dk"),
        ("Skriv til anna.hansen+nyt@mail.example.co.uk i dag.", "anna.hansen+nyt@mail.example.co.uk"),
        ("søren@københavn.dk", "søren@københavn.dk"),
        ('<a href="mailto:anna@example.dk">', "anna@example.dk"),
        ("(anna_b-c@ex-ample.com)", "anna_b-c@ex-ample.com"),
        ("skriv til 22345678@firma.dk", "22345678@firma.dk"),  # one e-mail, not a phone number inside one
    ],
)
def test_an_email_address_is_found(text, found):
    assert find_personal(text) == [Hit("email", found)]


@pytest.mark.parametrize(
    "text",
    [
        "logo@2x.png",
        '<img srcset="logo@2x.png 2x, icon@1.5x.webp 1.5x">',
        "@media screen and (min-width: 40em)",
        "anna@localhost",
        "anna@example",
        "anna@example.d",
        "pakke@1.2.3",
        "følg @anna",
        "anna@.dk",
    ],
)
def test_what_only_has_an_at_sign_is_not_an_email_address(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("22345678", "22345678"),
        ("22 34 56 78", "22 34 56 78"),
        ("2234 5678", "2234 5678"),
        ("22-34-56-78", "22-34-56-78"),
        ("22\u00a034\u00a056\u00a078", "22\u00a034\u00a056\u00a078"),
        ("+45 22 34 56 78", "+45 22 34 56 78"),
        ("+4522345678", "+4522345678"),
        ("0045 22345678", "0045 22345678"),
        ("+45 2234 5678", "+45 2234 5678"),
        ("Tlf. 98 76 54 32.", "98 76 54 32"),
        ("tlf.98765432", "98765432"),
        ("ring på 22 34 56 78, hvis du vil", "22 34 56 78"),
        ("<td>70203040</td>", "70203040"),
        ("+45 20220215", "+45 20220215"),  # with the country code it is a phone number, not a date
    ],
)
def test_a_danish_phone_number_is_found(text, found):
    assert find_personal(text) == [Hit("phone", found)]


@pytest.mark.parametrize(
    "text",
    [
        "12345678",  # Danish numbers do not start with 0 or 1
        "02345678",
        "12 34 56 78",
        "223456789",  # part of a longer run of digits
        "1223456789",
        "0.22345678",  # decimals
        "3,22345678",
        "22345678,5",
        "22345678.5",
        "2017 2018",  # a pair of years
        "2017-2018",
        "1999 2000",
        "15-02-2022",  # dates
        "15.02.2022",
        "15 02 2022",
        "2022-02-15",
        "20220215",
        "22 34 56 78 90",  # a longer row of groups
        "1 22 34 56 78",
        "2234 5678 9012",
        "22 34-56 78",  # mixed separators
        "ID22345678",  # part of a word
        "22345678X",
        "main.22345678.css",  # a hashed file name
        "foto-22345678.jpg",
        "#22345678",  # a colour
    ],
)
def test_a_number_that_only_looks_like_a_phone_number_is_not_found(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("22 34 56 78 010190-1234", ["phone", "cpr"]),
        ("010190-1234 22 34 56 78", ["cpr", "phone"]),
        ("010190-1234 2234 5678", ["cpr", "phone"]),
        ("20 00 00 22345678", ["phone"]),  # a row once the phone number in it is masked: one hit
    ],
)
def test_a_number_next_to_a_hit_is_judged_without_it(text, kinds):
    assert [hit.kind for hit in find_personal(text)] == kinds
    assert find_personal(mask_personal(text)) == []


def test_every_kind_is_found_in_order_in_running_text():
    text = "Borger 010190-1234 (anna@example.dk, tlf. 22 34 56 78) skrev 2017-2018 om 12,5 %."
    assert find_personal(text) == [
        Hit("cpr", "010190-1234"),
        Hit("email", "anna@example.dk"),
        Hit("phone", "22 34 56 78"),
    ]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("010190-1234", "01****-****"),
        ("0101901234", "01********"),
        ("anna@example.dk", "an**@*******.**"),
        ("22 34 56 78", "22 ** ** **"),
        ("+45 22 34 56 78", "+4* ** ** ** **"),
        ("a.b+c@sub.example.dk", "a.*+*@***.*******.**"),
        ("CPR 010190-1234, mail anna@example.dk.", "CPR 01****-****, mail an**@*******.**."),
        ("Ingen personoplysninger i 2017-2018.", "Ingen personoplysninger i 2017-2018."),
    ],
)
def test_masking_keeps_the_first_two_characters_and_the_separators(text, masked):
    assert mask_personal(text) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [("PKQX731", "PK*****"), ("B0417", "B0***"), ("B17", "***"), ("AB-12", "AB-**"), ("010190-1234", "01****-****")],
)
def test_one_masker_for_hits_and_ids_keeps_two_characters_of_a_value_longer_than_four(value, masked):
    assert mask(value) == masked


def test_long_runs_of_digits_and_dots_are_searched_quickly():
    for text in ["a." * 100_000 + "@", "22 " * 50_000, "0" * 200_000, "a@" * 100_000, "-" * 200_000 + "@x"]:
        assert find_personal(text) == []


# The properties of the patterns (Hypothesis) are in tests/properties/test_guard_properties.py.


# --- scan_table -------------------------------------------------------------------------------


def table(columns: list[str], *rows: list[str]) -> pd.DataFrame:
    """A loaded table: the header is spreadsheet row 1, so the rows are numbered from 2."""
    return pd.DataFrame(list(rows), columns=columns, index=pd.Index(range(2, 2 + len(rows)), name="row"), dtype=object)


def test_a_cpr_number_in_a_free_text_cell_is_named_by_row_column_and_masked_value():
    data = table(
        ["BorgerID", "Kommentar"],
        ["B0417", "Alt gik godt"],
        ["B0418", "Mit CPR er 010190-1234, ring gerne"],
    )

    [problem] = scan_table(data, "svar.csv")

    assert (problem.file, problem.row, problem.column) == ("svar.csv", 3, "Kommentar")
    assert problem.value == "01****-****"
    assert "CPR-nummer" in problem.what
    assert "data/" in problem.fix and "CPR-nummer" in problem.fix
    assert "1234" not in str(problem)


def test_an_email_in_a_comment_is_a_problem_and_only_the_masked_hit_is_shown():
    data = table(["Kommentar"], ["Skriv til Anna Hansen på anna@example.dk"])

    [problem] = scan_table(data, "svar.csv")

    assert (problem.row, problem.column, problem.value) == (2, "Kommentar", "an**@*******.**")
    assert problem.what == "cellen indeholder noget, der ligner en e-mailadresse"
    assert "Anna Hansen" not in str(problem)  # free text may hold names


def test_a_cell_holding_several_kinds_names_them_all():
    data = table(["Note"], ["010190-1234 / anna@example.dk / 22 34 56 78"])

    [problem] = scan_table(data, "f.csv")

    assert problem.what == ("cellen indeholder noget, der ligner et CPR-nummer, en e-mailadresse og et telefonnummer")
    assert problem.value == "01****-****, an**@*******.**, 22 ** ** **"


def test_a_cpr_shaped_id_column_gives_five_rows_and_one_count():
    ids = [[f"{day:02d}0190-12{day:02d}", "Praktik"] for day in range(1, 13)]
    data = table(["BorgerID", "Status"], *ids)

    problems = scan_table(data, "forloeb.xlsx")

    assert len(problems) == NAMED_PER_PLACE + 1
    assert [p.row for p in problems[:NAMED_PER_PLACE]] == [2, 3, 4, 5, 6]
    assert all(p.column == "BorgerID" and p.what == "cellen ligner et CPR-nummer" for p in problems[:NAMED_PER_PLACE])
    assert problems[0].value == "01****-****"
    summary = problems[-1]
    assert (summary.row, summary.column) == (None, "BorgerID")
    assert "12 celler" in summary.what


def test_headers_are_scanned_too_and_the_column_is_named_masked():
    data = table(["Spørgsmål", "Ring til 22 34 56 78"], ["Ja", "Nej"])

    [problem] = scan_table(data, "svar.csv")

    assert (problem.row, problem.column) == (1, "Ring til 22 ** ** **")
    assert problem.what.startswith("overskriften")


def test_a_clean_table_with_dates_years_decimals_and_pseudonyms_has_no_problems():
    data = table(
        ["BorgerID", "Dato", "År", "Andel", "Tid"],
        ["B0417", "15-02-2022", "2017-2018", "0,0101901234", "20220215"],
        ["X7F3A9", "2022-02-15", "2017 2018", "12,5", None],
        ["ID0101901234X", "15.02.2022", "", "94 %", float("nan")],
    )
    assert scan_table(data, "f.csv") == []
