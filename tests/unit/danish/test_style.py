"""The Danish style layer: quotation marks, § 103, one to twelve in words, the base said once, no
double »af«, »2021-målingen«, and the finders the safety net uses."""

from __future__ import annotations

import pytest

from public_results.danish import style

NBSP = "\u00a0"


# --- Quotation marks -----------------------------------------------------------------------


def test_quotes_are_danish_guillemets_by_default_and_double_quotes_by_setting():
    assert style.quote("I høj grad") == "»I høj grad«"
    assert style.quote("I høj grad", "double") == "\u201dI høj grad\u201d"


def test_requote_changes_only_when_the_setting_is_not_guillemets():
    text = "Andel, der svarer »I høj grad« på »Håb«."
    assert style.requote(text) == text
    assert style.requote(text, "double") == "Andel, der svarer \u201dI høj grad\u201d på \u201dHåb\u201d."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hun kaldte det «en god dag».", ["«en god dag»"]),
        ('Han sagde "ja" til det.', ['"ja"']),
        ("Han sagde \u201eja\u201c.", ["\u201eja\u201c"]),
        ("Han sagde »ja« og »nej«.", []),
        ("Fejlen: »ingen adgang til »output««.", []),  # nested »…« is right
    ],
)
def test_wrong_quotes_finds_french_straight_and_german_marks(text, found):
    assert style.wrong_quotes(text) == found


def test_with_double_quotes_the_guillemets_are_the_wrong_ones():
    assert style.wrong_quotes("Han sagde »ja«.", "double") == ["»ja«"]
    assert style.wrong_quotes("Han sagde \u201dja\u201d.", "double") == []


# --- § 103 ---------------------------------------------------------------------------------


def test_a_section_has_a_non_breaking_space_after_the_sign():
    assert style.section(103) == f"§{NBSP}103"
    assert style.space_after_section_signs("et §103-tilbud og §§ 104") == f"et §{NBSP}103-tilbud og §§ 104"


def test_sections_without_space_are_found_and_spaced_ones_are_not():
    assert style.sections_without_space("et §103-tilbud, § 104 og §§12") == ["§103", "§§12"]
    assert style.sections_without_space(f"§{NBSP}103") == []


# --- One to twelve in words ----------------------------------------------------------------


@pytest.mark.parametrize(("number", "word"), [(1, "én"), (2, "to"), (5, "fem"), (11, "elleve"), (12, "tolv")])
def test_one_to_twelve_are_words(number, word):
    assert style.number_word(number) == word


def test_one_is_et_for_a_neuter_noun():
    assert style.number_word(1, neuter=True) == "ét"


@pytest.mark.parametrize("number", [0, 13, -1])
def test_other_numbers_have_no_word(number):
    with pytest.raises(ValueError, match="only 1 to 12"):
        style.number_word(number)


def test_a_count_in_running_text_is_a_word_up_to_twelve_and_digits_above():
    assert style.count_in_text(5) == "fem"
    assert style.count_in_text(5, opens_sentence=True) == "Fem"
    assert style.count_in_text(12) == "tolv"
    assert style.count_in_text(13) == "13"
    assert style.count_in_text(1012) == "1.012"
    assert style.count_in_text(0) == "0"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Der er 5 borgere i praktik.", ["5"]),
        ("Hvert af de 8 spørgsmål.", ["8"]),
        ("Færre end 5.", ["5"]),
        ("De 12 og de 13.", ["12"]),
        ("5 % og 3 procent og 2 procentpoint.", []),  # with a unit or %
        ("Den 1. februar 2022 og den 3. gang.", []),  # a date, an ordinal
        ("Efter § 5, nr. 3, kl. 10 og (n = 8).", []),  # a number's name, a time
        ("Det tog 2,5 time, kl. 10.30, 1.234 kr.", []),  # part of a larger number
        ("Målingen fra 2021 og 180 svar.", []),  # years and large numbers
        ("1. Første punkt\n2. Andet punkt", []),  # a numbered list
        ("Der var 4.", ["4"]),  # a full stop, not an ordinal
    ],
)
def test_loose_small_numbers_are_found_with_the_exceptions(text, found):
    assert [digits for _, digits in style.loose_small_numbers(text)] == found


def test_a_loose_number_is_found_where_it_stands():
    text = "Der er 5 borgere."
    ((position, digits),) = style.loose_small_numbers(text)
    assert text[position : position + len(digits)] == "5"


# --- The base said once, no double »af« ----------------------------------------------------------


def test_the_base_in_words_has_small_bases_in_words():
    assert style.base_phrase(180, "svarede") == "af de 180, der svarede"
    assert style.base_phrase(8, "svarede") == "af de otte, der svarede"


def test_the_base_as_a_note_is_a_sentence():
    assert style.base_note("af de 180, der svarede") == "Andelen er regnet af de 180, der svarede."


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [
        ("to ud af tre", "to ud af tre blandt de 177, der har afsluttet"),
        ("mere end ni ud af ti", "mere end ni ud af ti blandt de 177, der har afsluttet"),
        ("halvdelen", "halvdelen af de 177, der har afsluttet"),  # one »af« only: kept
        ("knap halvdelen", "knap halvdelen af de 177, der har afsluttet"),
    ],
)
def test_a_fraction_with_its_base_says_af_once(fraction, expected):
    assert style.fraction_with_base(fraction, "af de 177, der har afsluttet") == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("to ud af tre af de 177, der har afsluttet", ["ud af tre af de"]),
        ("mere end ni ud af ti af dem", ["ud af ti af dem"]),
        ("94 % af de 180, der svarede, er glade af de samme grunde", ["af de 180, der svarede, er glade af de"]),
        ("to ud af tre blandt de 177", []),
        ("Af de 180 svarede mange. Af de 177 er mange i job.", []),  # two sentences
    ],
)
def test_double_af_is_found_within_a_sentence(text, found):
    assert style.double_af(text) == found


def test_typed_bases_are_found():
    assert style.typed_bases("94 % (n = 180) og 93 % (N=160)") == ["(n =", "(N="]
    assert style.typed_bases("94 % af de 180, der svarede") == []


def test_a_round_is_named_before_the_word():
    assert style.round_named("2021") == "2021-målingen"


# --- Where a sentence opens ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("", True),
        ("Enheden har fem. ", True),
        ("Er det sandt? ", True),
        ("Første afsnit.\n\n", True),
        ("- ", True),
        ("## ", True),
        ("Title: ", True),
        ("Kort fortalt: Ministeren kom. ", True),
        ("Der er ", False),
        ("samarbejder enheden med\n", False),  # the sentence goes on from the line before
        ("Det sluttede.\n", True),
        ("Det giver klarhed: ", False),
        ("Tallene pr. ", False),  # an abbreviation ends no sentence
    ],
)
def test_opens_sentence_reads_the_text_before(before, opens):
    assert style.opens_sentence(before) is opens


def test_a_list_is_joined_the_danish_way_without_a_comma_before_og():
    assert [style.listed(items) for items in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == [
        "",
        "a",
        "a og b",
        "a, b og c",
    ]
