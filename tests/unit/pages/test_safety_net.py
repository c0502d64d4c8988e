"""Safety net: each rule warns when the words contradict the figure, and stays quiet when they fit."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

import pytest

from public_results.pages.honesty_check import COUNTED, Claim
from public_results.pages.placeholders import tokenise
from public_results.pages.safety_net import Facts, check, sentences

CLAIM_FIELDS = [f.name for f in fields(Claim)]


def warnings(text: str, *facts: Facts) -> list[str]:
    _, references, _ = tokenise(text)
    found = check(text, references, {r.token: f for r, f in zip(references, facts, strict=True)}, "a.md")
    return [p.what for p in found]


def share(value: str) -> Facts:
    return Facts(share=Decimal(value))


def change(value: str) -> Facts:
    return Facts(change=Decimal(value), is_change=True)


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        # »flertal«/»de fleste« need more than 50 %
        ("Et flertal på {{ a.b }} er glade.", share("48"), "»flertal« står ved 48\u00a0%"),
        ("De fleste, {{ a.b }}, er glade.", share("50"), "»de fleste« står ved 50\u00a0%"),
        # »stigning«/»flere« with a fall, »fald«/»færre« with a rise
        ("Der er en stigning på {{ a.b.ændring }}.", change("-3"), "»stigning« står ved en ændring, der er et fald"),
        ("Det er {{ a.b.ændring }} flere end sidst.", change("-3"), "»flere« står ved en ændring, der er et fald"),
        ("Antallet er faldet: {{ a.b.ændring }}.", change("4"), "»faldet« står ved en ændring, der er en stigning"),
        # »alle«/»ingen« with a share that is not 100 %/0 %
        ("Alle, {{ a.b }}, er glade.", share("97"), "»alle« står ved 97\u00a0%, men det er ikke 100\u00a0%"),
        ("Ingen ({{ a.b }}) var utilfredse.", share("2"), "»ingen« står ved 2\u00a0%, men det er ikke 0\u00a0%"),
        # fractions in words must be true of the share beside them
        ("To ud af tre ({{ a.b }}) er i job.", share("49"), "»to ud af tre« passer ikke til 49\u00a0%"),
        ("Mere end ni ud af ti ({{ a.b }}) svarer ja.", share("88"), "»mere end ni ud af ti« passer ikke"),
        ("Knap ni ud af ti ({{ a.b }}) svarer ja.", share("94"), "»knap ni ud af ti« passer ikke"),
        ("Næsten halvdelen ({{ a.b }}) svarer ja.", share("40"), "»næsten halvdelen« passer ikke"),
    ],
)
def test_a_word_that_contradicts_its_figure_is_a_warning(text, facts, expected):
    found = warnings(text, facts)
    assert any(expected in w for w in found), found


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Et flertal på {{ a.b }} er glade.", share("51")),
        ("Der er en stigning på {{ a.b.ændring }}.", change("3")),
        ("Antallet er faldet: {{ a.b.ændring }}.", change("-4")),
        ("Alle, {{ a.b }}, er glade.", share("100")),
        ("Ingen ({{ a.b }}) var utilfredse.", share("0")),
        ("{{ a.b }} af alle borgere er i job.", share("34")),  # »af alle« is no claim about the share
        ("To ud af tre ({{ a.b }}) er i job.", share("66")),  # within 1,5 points of two thirds
        ("Mere end ni ud af ti ({{ a.b }}) svarer ja.", share("94")),
        ("Knap ni ud af ti ({{ a.b }}) svarer ja.", share("88")),
        ("Næsten halvdelen ({{ a.b }}) svarer ja.", share("48")),
        ("Ni ud af ti svarer ja. Bagefter svarer {{ a.b }} nej.", share("8")),  # another sentence
        ("{{ a.b.brøk }}, altså mere end ni ud af ti, svarer ja.", Facts(share=Decimal(80), is_generated_words=True)),
    ],
)
def test_words_that_fit_the_figure_give_no_warning(text, facts):
    assert warnings(text, facts) == []


def test_a_warning_names_the_line_and_suggests_a_true_fraction():
    _, references, _ = tokenise("Title: A\n\nLinje to.\nEt flertal, {{ a.b }}, er glade.\n")
    (problem,) = check("Title: A\n\nLinje to.\nEt flertal, {{ a.b }}, er glade.\n", references,
                       {references[0].token: share("45")}, "a.md")  # fmt: skip
    assert (problem.file, problem.line) == ("a.md", 4)
    assert "»mere end to ud af fem«" in problem.fix


def test_a_full_stop_in_a_date_does_not_end_a_sentence():
    text = "Pr. 15. maj 2018 var flertallet glade. Ny sætning."
    assert [text[a:b] for a, b in sentences(text)] == ["Pr. 15. maj 2018 var flertallet glade.", "Ny sætning."]


def test_a_figures_memo_key_holds_all_the_check_reads_with_its_claim_by_a_digest() -> None:
    counted = Claim(COUNTED, statuses=("praktik",), names=(("Praktik", ("praktik",)),), label="Praktik")
    relabelled = Claim(COUNTED, statuses=("praktik",), names=(("Praktikforløb", ("praktik",)),), label="Praktik")
    key = Facts(share=Decimal(40), claim=counted).memo_key()
    assert key == Facts(share=Decimal(40), claim=Claim(*(getattr(counted, f) for f in CLAIM_FIELDS))).memo_key()
    assert key != Facts(share=Decimal(40), claim=relabelled).memo_key()  # other words for the same statuses
    assert key != Facts(share=Decimal(41), claim=counted).memo_key()
    assert key != Facts(share=Decimal(40), claim=counted, is_change=True).memo_key()
    assert key != Facts(share=Decimal(40)).memo_key() and "Praktik" not in repr(key)  # short, however many labels
