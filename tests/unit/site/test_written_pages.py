"""Written pages: a page as read becomes a frozen PlacedPage with its figures in, and what it adds to
the build (problems, warnings, what it shows, its charts and card)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from public_results.pages.memo import converted
from public_results.pages.placeholders import tokenise
from public_results.record.ledger import Entry
from public_results.site.written_pages import PageSource, place, unreadable_problems

MARKDOWN = {"extensions": ["markdown.extensions.meta"]}


def source(text: str, key: str = "articles/a.md", address: str = "a.html") -> PageSource:
    """A page as the adapter's reader gives it: placeholders swapped for tokens, Markdown converted."""
    tokenised, references, unreadable = tokenise(text)
    content, meta = converted(tokenised, MARKDOWN)
    metadata = {name.lower(): values[0] for name, values in (meta or {}).items()}
    return PageSource(key, key.rsplit("/", 1)[-1], text, content, metadata, address, tuple(references),
                      tuple(unreadable))  # fmt: skip


PINNED = """\
Title: {{ forløb.aktive }} borgere er i gang
Summary: Heraf er {{ forløb.afklaring }} i afklaring.
Datadato: 2021-06-30

Der er {{ forløb.aktive }} i aktivt forløb og {{ forløb.alle }} i alt.

{{ graf: forløb.status }}
"""
PINNED_PLAIN = PINNED.split("{{ graf:", maxsplit=1)[0]  # no chart: charts cost time, and these tests are about figures


def test_a_page_gets_its_figures_in_body_title_and_summary_and_records_what_it_shows(loaded):
    placed = place(source(PINNED), loaded)
    assert "Der er fire i aktivt forløb og fire i alt." in placed.content  # one to twelve in words
    assert placed.fields["title"] == "Fire borgere er i gang"  # ... with a capital opening a sentence
    assert "to i afklaring" in placed.fields["summary"]
    assert placed.data_date_label == "30. juni 2021"
    assert placed.has_charts and len(placed.outcome.charts) == 1
    (key,) = placed.outcome.charts
    assert f"XXRESULTSSVG{key}XX" in placed.content  # the drawing goes in once every chart is drawn
    outcome = placed.outcome
    assert outcome.key == "articles/a.md" and outcome.problems == () and outcome.pinned
    assert outcome.shown["forløb.aktive"] == "4" and outcome.shown["forløb.alle"] == "4"
    assert outcome.card is not None and outcome.card.name == placed.social_card
    assert placed.social_card.startswith("kort/a-") and placed.social_card.endswith(".png")
    assert placed.readability.sentences >= 1 and outcome.readability == placed.readability


def test_a_pinned_page_whose_figures_read_otherwise_now_names_the_newest_data_date(loaded):
    placed = place(source(PINNED_PLAIN.replace("i alt", "i alt siden start")), loaded)
    assert placed.newer_data_label == "15. februar 2022"  # forløb.alle is 5 on the newest data date


def test_a_page_without_a_data_date_shows_the_newest_figures_and_is_not_pinned(loaded):
    placed = place(source("Title: Nu\n\nI alt {{ forløb.alle }}.\n"), loaded)
    assert "I alt fem." in placed.content
    assert (
        not placed.outcome.pinned and placed.newer_data_label is None and placed.data_date_label == ("15. februar 2022")
    )


def test_the_page_is_not_changed_and_a_new_value_comes_back(loaded):
    page = source(PINNED_PLAIN)
    place(page, loaded)
    assert "XXRESULTS" in page.content and "4 i aktivt" not in page.content  # the input is a value too
    with pytest.raises(dataclasses.FrozenInstanceError):
        place(page, loaded).content = ""  # type: ignore[misc]


def test_unknown_names_misplaced_charts_and_bad_dates_are_problems_at_their_lines(loaded):
    text = """\
Title: Fejl
Datadato: 2021-13-01

{{ forløb.ukendt }} og {{ graf: forløb.status }} i en sætning.

{{ bogus: x }}
"""
    placed = place(source(text), loaded)
    found = sorted((p.line, p.what) for p in placed.outcome.problems)
    lines = [line for line, _ in found]
    assert lines == [2, 4, 4, 6]
    whats = " | ".join(what for _, what in found)
    assert "datadatoen »2021-13-01« kan ikke læses" in whats
    assert "»forløb.ukendt« findes ikke" in whats
    assert "står i en titel, et resumé eller midt i en tekst" in whats
    assert "begynder med et ukendt ord" in whats


def test_a_suppressed_figure_may_not_stand_in_a_title(make_loaded):
    text = "Title: {{ forløb.praktik }} i praktik\nDatadato: 2021-06-30\n\nTekst.\n"
    placed = place(source(text), make_loaded(suppress=True))
    (problem,) = placed.outcome.problems
    assert problem.line == 1 and "udeladt af hensyn til diskretion" in problem.what
    assert placed.fields["title"] == "Færre end fem i praktik"  # running text: the threshold in words


def test_a_revision_against_the_ledger_must_be_decided_and_an_accepted_one_is_noted(loaded):
    ledger = {"articles/a.md": Entry(figures={"forløb.aktive": "3"})}
    revised = dataclasses.replace(loaded, ledger=ledger)
    (problem,) = place(source(PINNED_PLAIN), revised).outcome.problems
    assert "»forløb.aktive« 3 → 4" in problem.what
    accepted = place(source(PINNED_PLAIN.replace("Datadato:", "Rettelse: 2024-01-10\nDatadato:")), revised)
    assert accepted.outcome.problems == () and accepted.outcome.accepted == dt.date(2024, 1, 10)
    (note,) = accepted.corrections
    assert "10. januar 2024" in note and "3 → 4" in note
    kept = place(source(PINNED_PLAIN.replace("Datadato:", "Fasthold: ja\nDatadato:")), revised)
    assert kept.outcome.shown["forløb.aktive"] == "3" and kept.outcome.problems == ()


def test_words_that_contradict_a_figure_and_hard_prose_are_warnings_not_problems(make_loaded):
    text = "Title: T\n\nFlertallet, {{ forløb.placeret.andel }}, er placeret.\n"  # 2 of 4: 50 %
    placed = place(source(text), make_loaded(RESULTS_LIX_LIMIT=1))
    assert placed.outcome.problems == ()
    whats = [a.what for a in placed.outcome.alerts]
    assert any("flertal" in w for w in whats) and any("LIX" in w for w in whats)


def test_a_page_that_could_not_be_read_gives_only_its_own_problems():
    page = source("Title: T\n\n{{ graf: }}\n")
    (problem,) = unreadable_problems(page)
    assert (problem.file, problem.line) == ("a.md", 3)
