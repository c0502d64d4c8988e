"""Honesty check: a survey share said of everyone and a count said of a subgroup are warnings;
words that say who answered, or name the whole group, are not."""

from __future__ import annotations

import pytest

from public_results.pages.honesty_check import COUNTED, SURVEY_BASE, SURVEY_SHARE, Claim, check, named_statuses
from public_results.pages.placeholders import tokenise
from public_results.pages.safety_net import Facts, sentences
from public_results.pages.safety_net import check as safety_check

STATUSES = {
    "afklaring": "I afklaring",
    "praktik": "Praktik",
    "løntilskud": "Job med løntilskud",
    "frivilligt": "Frivilligt arbejde",
    "uddannelse": "Uddannelse",
}
GROUPS = {
    "aktive": ("I aktivt forløb", ("afklaring", "praktik", "løntilskud", "frivilligt")),
    "placeret": ("Placeret i praktik, job eller frivilligt arbejde", ("praktik", "løntilskud", "frivilligt")),
    "meningsfuld": ("Meningsfuld beskæftigelse", ("praktik", "løntilskud", "frivilligt", "uddannelse")),
    "alle": ("Alle borgere siden start", tuple(STATUSES)),
}
NAMES = tuple((label, (key,)) for key, label in STATUSES.items()) + tuple(GROUPS.values())


def counted(name: str) -> Claim:
    label, statuses = GROUPS.get(name, (STATUSES.get(name, ""), (name,)))
    return Claim(COUNTED, statuses=statuses, names=NAMES, labels=tuple(STATUSES.items()), label=label)


def claim_for(text: str) -> Claim:
    """The claim of a placeholder as written in the tests: evaluering.* is the survey."""
    dataset, name, *variant = text.split(".")
    if dataset == "evaluering":
        base = name == "besvarelser" or (variant and variant[0] in {"n", "base", "brøk"})
        return Claim(SURVEY_BASE if base else SURVEY_SHARE)
    return counted(name)


def slips(text: str) -> list[str]:
    _, references, _ = tokenise(text)
    claims = {r.token: claim_for(r.text) for r in references}
    return [p.what for p in check(text, references, claims, "a.md", sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a survey share beside »borgerne« without who answered
        ("Title: {{ evaluering.håb }} af borgerne oplever håb om forandring", "»{{ evaluering.håb }}« er en andel"),
        ("{{ evaluering.forstået }} af alle borgere føler sig forstået.", "siger »borgere«"),
        # a count beside words that name only part of what it counts
        ("Enheden hjælper {{ forløb.aktive }} borgere i job, praktik og frivilligt arbejde.",
         "tæller også »I afklaring«, men ordene ved siden af nævner kun »Praktik«, »Job med løntilskud« og"),
        ("{{ forløb.meningsfuld }} er i praktik eller i job med løntilskud.",
         "tæller også »Frivilligt arbejde« og »Uddannelse«"),
        ("{{ forløb.alle }} borgere er i afklaring.", "»{{ forløb.alle }}« tæller også »Praktik«"),
    ],
)  # fmt: skip
def test_words_that_claim_more_than_the_figure_counts_are_a_warning(text, expected):
    found = slips(text)
    assert any(expected in w for w in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the share says who answered, or the base stands beside it
        "Title: {{ evaluering.håb }} af de borgere, der svarede, oplever håb om forandring",
        "{{ evaluering.håb }} af borgerne ({{ evaluering.håb.base }}) oplever håb.",
        "I evalueringen svarede {{ evaluering.besvarelser }} borgere, og {{ evaluering.håb }} af borgerne oplever håb.",
        "{{ evaluering.håb.brøk }}, oplever håb blandt borgerne.",
        "{{ evaluering.håb }} oplever håb om forandring.",  # no »borgerne«: the paragraph gives the base
        # the count's words name all it counts, or its own group
        "Enheden samarbejder aktivt med {{ forløb.aktive }} borgere.",
        "{{ forløb.aktive }} borgere er i afklaring, praktik, job med løntilskud eller frivilligt arbejde.",
        "{{ forløb.placeret }} er i job, praktik eller frivilligt arbejde.",
        "{{ forløb.meningsfuld }} borgere er i meningsfuld beskæftigelse.",
        # the words belong to the other figures of the sentence
        "{{ forløb.aktive }} er i forløb: {{ forløb.praktik }} i praktik og {{ forløb.frivilligt }} frivilligt.",
        "{{ forløb.afklaring }} afklarer, og {{ forløb.placeret }} er i gang: {{ forløb.praktik }} i praktik.",
        "{{ forløb.praktik }} er i praktik, og nogle i job med løntilskud.",  # names more than it counts: not this rule
        # another sentence
        "Enheden hjælper {{ forløb.aktive }} borgere. Nogle er i praktik.",
    ],
)  # fmt: skip
def test_words_that_fit_what_the_figure_counts_give_no_warning(text):
    assert slips(text) == []


def test_a_metadata_line_is_read_apart_from_the_next():
    text = "Title: {{ evaluering.håb }} af borgerne oplever håb\nKort fortalt: De svarede {{ evaluering.tryg.base }}.\n"
    assert len(slips(text)) == 1  # the base on the next line does not cover the title


def test_a_word_several_labels_share_names_what_they_have_in_common():
    names = named_statuses(NAMES)
    assert names["job"] == {"løntilskud"}  # »Job med løntilskud« and »Placeret i praktik, job …«
    assert names["afklaring"] == {"afklaring"}  # »I afklaring« without its »I«
    assert names["meningsfuld beskæftigelse"] == set(GROUPS["meningsfuld"][1])
    assert "borgere" not in names and "alle" not in names  # common words name nothing


def test_the_safety_net_reports_the_slip_with_line_and_fix():
    text = "Title: A\n\nTekst.\nEnheden hjælper {{ forløb.aktive }} borgere i job og praktik.\n"
    _, references, _ = tokenise(text)
    (problem,) = safety_check(text, references, {references[0].token: Facts(claim=counted("aktive"))}, "a.md")
    assert (problem.file, problem.line) == ("a.md", 4)
    assert problem.fix == "Nævn hele gruppen (»I aktivt forløb«), eller brug tallet for den gruppe, ordene nævner."


def test_each_item_of_a_list_is_read_apart_from_the_others():
    text = "Sådan ser det ud:\n\n- {{ forløb.aktive }} borgere i alt\n- Nogle er i praktik\n"
    assert slips(text) == []  # »praktik« stands in the next item, not beside the count
