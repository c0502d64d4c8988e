"""Content: placeholders are found with their lines, read, and replaced by values or blocks."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from public_results.errors import NotFound
from public_results.pages.placeholders import line_of, parse_data_date, strip_placeholders, substitute, tokenise

SOURCE = """\
Title: {{evaluering.håb}} oplever håb
Datadato: 2022-02-15

Af {{ forløb.aktive.antal }} borgere er {{ forløb.placeret.andel }} placeret.

{{ graf: forløb.status }}

{{metode:forløb}}
"""


def test_placeholders_are_found_with_their_lines_in_metadata_and_body():
    text, references, failures = tokenise(SOURCE)
    assert failures == []
    found = [(r.line, r.kind, r.dataset, r.name, r.variant, r.is_block) for r in references]
    assert found == [
        (1, "figure", "evaluering", "håb", "", False),
        (4, "figure", "forløb", "aktive", "antal", False),
        (4, "figure", "forløb", "placeret", "andel", False),
        (6, "chart", "forløb", "status", "", True),
        (8, "method", "forløb", "", "", True),
    ]
    assert "{{" not in text
    assert text.splitlines()[0] == f"Title: {references[0].token} oplever håb"
    assert len({r.token for r in references}) == 5


@pytest.mark.parametrize(
    ("placeholder", "fix_mentions"),
    [("{{ foo }}", "evaluering.håb"), ("{{ a.b.c.d }}", "evaluering.håb"), ("{{ kort: x.y }}", "graf:")],
)
def test_a_malformed_placeholder_is_reported_with_its_line_and_a_fix(placeholder, fix_mentions):
    text, references, failures = tokenise(f"Title: Test\n\nFørst {{{{ forløb.alle }}}}.\n\nSå {placeholder} her.\n")
    assert [r.name for r in references] == ["alle"]
    ((line, error),) = failures
    assert line == 5
    assert placeholder.strip("{} ") in error.what
    assert fix_mentions in error.fix
    assert placeholder not in text


@pytest.mark.parametrize("placeholder", ["{{ graf: forløb }}", "{{ metode: forløb.status }}", "{{ x.y. }}"])
def test_a_block_or_figure_with_the_wrong_number_of_parts_is_reported(placeholder):
    _, references, failures = tokenise(placeholder)
    assert references == []
    assert len(failures) == 1


def test_a_decomposed_letter_resolves_like_the_composed_one():
    composed = "{{ evaluering.håb }}"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    (nfd,) = tokenise(decomposed)[1]
    (nfc,) = tokenise(composed)[1]
    assert (nfd.dataset, nfd.name) == (nfc.dataset, nfc.name) == ("evaluering", "håb")


def test_values_go_inline_and_a_block_replaces_its_paragraph():
    html = "<p>Hele XXRESULTS0XX er glade.</p>\n<p>XXRESULTS1XX</p>\n<p>\n  XXRESULTS2XX\n</p>"
    text, misplaced = substitute(
        html, {"XXRESULTS0XX": "94\u00a0%"}, {"XXRESULTS1XX": "<figure>F</figure>", "XXRESULTS2XX": "<aside>M</aside>"}
    )
    assert text == "<p>Hele 94\u00a0% er glade.</p>\n<figure>F</figure>\n<aside>M</aside>"
    assert misplaced == set()


def test_a_block_inside_other_text_is_reported_and_left_out():
    text, misplaced = substitute("<p>Se grafen XXRESULTS1XX her.</p>", {}, {"XXRESULTS1XX": "<figure>F</figure>"})
    assert misplaced == {"XXRESULTS1XX"}
    assert "<figure>" not in text
    assert "XXRESULTS" not in text


def test_token_ten_is_not_mistaken_for_token_one():
    text, _ = substitute("<p>XXRESULTS1XX og XXRESULTS10XX</p>", {"XXRESULTS1XX": "a", "XXRESULTS10XX": "b"}, {})
    assert text == "<p>a og b</p>"


def test_strip_placeholders_leaves_only_the_words():
    assert strip_placeholders("{{ evaluering.håb }} oplever XXRESULTS3XX håb") == "oplever håb"


def test_the_data_date_is_read_from_metadata_and_a_wrong_one_says_how_to_write_it():
    assert parse_data_date(" 2022-02-15 ") == dt.date(2022, 2, 15)
    assert parse_data_date(dt.date(2018, 5, 15)) == dt.date(2018, 5, 15)
    with pytest.raises(NotFound) as caught:
        parse_data_date("15. februar 2022")
    assert "2022-02-15" in caught.value.fix


def test_the_line_of_a_metadata_key_is_found_whatever_its_case():
    assert line_of(SOURCE, "datadato") == 2
    assert line_of(SOURCE, "Runde") is None
