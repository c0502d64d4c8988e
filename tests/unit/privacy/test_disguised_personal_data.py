"""Personal data in ordinary disguises (issue 17, finding 2): split by a line break, an inline tag, a
soft hyphen or a zero-width space, written with full-width digits or another dash. The output guard
reads a page as a browser shows it, the input guard reads a cell folded the same way; neither glues
two numbers of separate cells or drawing texts into one."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from public_results.privacy.normalise import FOLDED_TO, SEPARATOR, fold, original_span, text_view
from public_results.privacy.output_check import scan_output
from public_results.privacy.personal_data import cell_hits, find_personal, mask_personal, scan_table

pytestmark = pytest.mark.hardening

PAGE = "<!DOCTYPE html>\n<html>\n<body>\n<article>\n{body}\n</article>\n</body>\n</html>\n"

# (the disguise as an article page holds it, the masked value the output guard names)
DISGUISED_CPR = {
    "line break (hard-wrapped Markdown)": ("<p>Borgeren har cpr 120392\n1234 og bor i Aarhus.</p>", "12**** ****"),
    "soft hyphen entity": ("<p>cpr 120392&shy;1234</p>", "12****\u00ad****"),
    "zero-width space": ("<p>cpr 120392\u200b1234</p>", "12****\u200b****"),
    "full-width digits": ("<p>cpr １２０３９２-１２３４</p>", "１２****-****"),
    "empty inline tag": ("<p>cpr 120392<em></em>1234</p>", "12********"),
    "date in bold": ("<p>cpr <strong>120392</strong>-1234</p>", "12****-****"),
    "figure dash U+2012": ("<p>cpr 120392\u20121234</p>", "12****\u2012****"),
    "slash": ("<p>cpr 120392/1234</p>", "12****/****"),
}


def scan_page(tmp_path, body: str) -> list[tuple[int | None, str | None, str]]:
    (tmp_path / "artikel.html").write_text(PAGE.format(body=body), encoding="utf-8")
    return [(p.line, p.value, p.what) for p in scan_output(tmp_path)]


@pytest.mark.parametrize(("body", "masked"), DISGUISED_CPR.values(), ids=DISGUISED_CPR.keys())
def test_a_disguised_cpr_number_in_a_page_is_refused_masked_on_its_line(tmp_path, body, masked):
    [(line, value, what)] = scan_page(tmp_path, body)
    assert (line, value) == (5, masked)
    assert "CPR-nummer" in what
    assert "1234" not in value and "１２３４" not in value


def test_an_email_address_with_an_empty_tag_inside_is_refused(tmp_path):
    found = scan_page(tmp_path, '<p>Skriv til anna.hansen<span class="x"></span>@example.dk i dag</p>')
    assert [(line, value) for line, value, _ in found] == [(5, "an**.******@*******.**")]
    assert "e-mailadresse" in found[0][2]


@pytest.mark.parametrize(
    "body",
    ["<p>Ring 22 34 <span>56 78</span></p>", "<p>Ring 2234<em>5678</em></p>", "<p>Ring 22 34\n56 78</p>"],
)
def test_a_phone_number_split_by_a_tag_or_a_line_break_is_refused(tmp_path, body):
    [(line, value, what)] = scan_page(tmp_path, body)
    assert line == 5 and value.startswith("22") and "telefonnummer" in what
    assert "56" not in value and "78" not in value


def test_a_disguised_number_on_a_later_line_is_named_on_the_line_it_starts(tmp_path):
    body = "<p>Første afsnit.</p>\n<p>Andet afsnit, hvor cpr\n120392<em></em>1234 står.</p>"  # lines 5-7
    assert [(line, value) for line, value, _ in scan_page(tmp_path, body)] == [(7, "12********")]


def test_a_plain_hit_is_named_once_although_both_readings_find_it(tmp_path):
    assert [value for _, value, _ in scan_page(tmp_path, "<p>cpr 010190-1234 og 010190-1234</p>")] == [
        "01****-****",
        "01****-****",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<table><tr><td>120392</td><td>1234</td></tr>\n<tr><td>120392</td>\n<td>1234</td></tr></table>",
        "<svg><text x='1'>120392</text><text x='2'>1234</text><g><text><tspan>22 34</tspan></text>"
        "<text>56 78</text></g></svg>",
        "<ul><li>120392</li><li>1234</li></ul><p>120392</p><p>1234</p><div>2234</div><div>5678</div>",
        "<p>120392<br>1234</p><p>2234<sup>1</sup>5678</p>",
        "<p>Målt 15.02.2022: 1.012 borgere i 2017\n2018, heraf 45 %, 12,5 % og 3.456.789 kr.</p>",
        "<p>Periode 2017-<em>2018</em>, dato <time>15.02.2022</time>, 20220215 og 0.0101901234</p>",
        "<p>Fra 1.1.2022\n12.03.2022 til 31.12.2022.</p><p>I alt 1.234.567\n8.901 kroner</p>",
        '<script type="application/json">{"values": [120392,\n1234]}</script>',
    ],
    ids=["table cells", "drawing texts", "blocks", "break and footnote", "numbers", "dates", "dates wrapped", "script"],
)
def test_ordinary_numbers_dates_and_neighbouring_cells_are_not_flagged(tmp_path, body):
    assert scan_page(tmp_path, body) == []


def test_the_units_own_contact_details_pass_in_disguise_too(tmp_path):
    (tmp_path / "index.html").write_text("<p>kontakt<em></em>@enhed.dk, ring ７０ ２０ ３０ ４０</p>", encoding="utf-8")
    assert scan_output(tmp_path, ["kontakt@enhed.dk", "70 20 30 40"]) == []


# --- The input guard reads cells folded the same way ---------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "Mit cpr er 120392\n1234",
        "Mit cpr er 120392\r\n1234",
        "120392\u00ad1234",
        "120392\u200b1234",
        "１２０３９２-１２３４",
        "120392\u20121234",
        "120392/1234",
        "120392<em></em>1234",
        "<strong>120392</strong>-1234",
        "120392&shy;1234",
    ],
)
def test_a_disguised_cpr_number_in_a_cell_is_refused_masked(cell):
    data = pd.DataFrame([["B0417", cell]], columns=["BorgerID", "Kommentar"], index=pd.Index([2], name="row"))
    [problem] = scan_table(data, "svar.csv")
    assert (problem.row, problem.column) == (2, "Kommentar")
    assert problem.value is not None and problem.value.startswith(("12", "１２", "<s"))
    assert "1234" not in str(problem) and "１２３４" not in str(problem)
    assert "CPR-nummer" in problem.what


@pytest.mark.parametrize("cell", ["anna\u200b@example.dk", "anna＠example.dk", "anna<span></span>@example.dk"])
def test_a_disguised_email_address_in_a_cell_is_found(cell):
    [hit] = cell_hits(cell)
    assert hit.kind == "email"


def test_a_cpr_number_that_lost_its_leading_zero_is_refused_only_as_a_whole_cell():
    assert [hit.kind for hit in cell_hits("103921234")] == ["cpr_number"]
    assert cell_hits("223456789") == []  # no 22nd month: not a CPR number without its zero
    assert cell_hits("Sag 103921234") == []  # inside a text a 9-digit number is nothing
    data = pd.DataFrame([["103921234"], ["B0418"]], columns=["BorgerID"], index=pd.Index([2, 3], name="row"))
    [problem] = scan_table(data, "forloeb.xlsx")
    assert (problem.row, problem.value) == (2, "10*******")
    assert "uden sit første 0" in problem.what


# --- Folding ---------------------------------------------------------------------------------------


def test_every_decimal_digit_python_knows_folds_to_its_value():
    digits = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Nd"]
    assert all(FOLDED_TO.get(digit, digit) == str(unicodedata.decimal(digit)) for digit in digits)


def test_a_hit_and_its_mask_are_placed_in_the_original_text():
    text = "a\u200b\u200bb 12\u00ad0392-12\u200b34 c\u200b"
    folded, at, removed = fold(text)
    assert folded == "ab 120392-1234 c"
    assert text[slice(*original_span(3, 14, at, removed))] == "12\u00ad0392-12\u200b34"
    assert find_personal(text)[0].text == "12\u00ad0392-12\u200b34"
    assert mask_personal(text) == "a\u200b\u200bb 12\u00ad****-**\u200b** c\u200b"


def test_the_text_view_joins_inline_tags_and_separates_the_rest():
    markup = "<p>a<em>b</em><!-- x -->c<span></span>d</p><td>e</td><td>f&amp;g\n  h</td><svg><text>1</text></svg>"
    assert text_view(markup) == f"{SEPARATOR}abcd{SEPARATOR * 2}e{SEPARATOR * 2}f&g h{SEPARATOR * 2}"


def test_what_no_reader_sees_goes_to_its_first_end_tag_and_an_element_never_closed_stays_text():
    markup = '<SVG a="1"><text>12</text></svg ><p>x</p><script>if (a<b) {}</script\n><svg><text>1203921234</text>'
    assert text_view(markup) == f"{SEPARATOR * 2}x{SEPARATOR * 2}{SEPARATOR * 2}1203921234{SEPARATOR}"
    nested = "<svg><svg><text>1</text></svg><text>2</text></svg>"  # the first end tag ends it: the rest is scanned
    assert text_view(nested) == f"{SEPARATOR}{SEPARATOR}2{SEPARATOR}{SEPARATOR}"
