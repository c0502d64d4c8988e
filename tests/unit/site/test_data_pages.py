"""Pages made from data: a briefing per data date (with its optional note), the live page and, in a
preview, the figure catalogue; frozen values, and what each adds to the build."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from public_results.pages.memo import converted
from public_results.pages.placeholders import tokenise
from public_results.pages.readability import Readability
from public_results.record.ledger import Entry
from public_results.site.data_pages import BRIEFING, CATALOGUE, LIVE, OPEN_DATA, Note, make_pages


def read_note(path: Path) -> Note:
    text = path.read_text(encoding="utf-8")
    tokenised, references, unreadable = tokenise(text)
    content, meta = converted(tokenised, {"extensions": ["markdown.extensions.meta"]})
    metadata = {name.lower(): values[0] for name, values in (meta or {}).items()}
    return Note(content, metadata, text, tuple(references), tuple(unreadable))


@pytest.fixture(scope="module")
def made(shared_loaded, tmp_path_factory):
    return make_pages(shared_loaded, tmp_path_factory.mktemp("notes"), read_note, {})


def test_a_briefing_per_data_date_then_the_live_page_and_the_data_page(made):
    assert [(p.kind, p.save_as) for p in made.pages] == [
        (BRIEFING, "briefinger/2021-06-30.html"),
        (BRIEFING, "briefinger/2022-02-15.html"),
        (LIVE, "tal-og-resultater.html"),
        (OPEN_DATA, "data/index.html"),
    ]
    old, new, live, data = made.pages
    assert old.title.endswith("30. juni 2021") and old.data_date_label == "30. juni 2021"
    assert old.newer_data_label == "15. februar 2022" and new.newer_data_label is None
    assert old.date == dt.datetime(2021, 6, 30, 12, tzinfo=old.date.tzinfo)
    assert "I aktivt forløb" in old.content and old.pdf == ""
    assert 'id="graf-forloeb-status"' in old.content  # RESULTS_BRIEFING_CHARTS
    assert live.cards_html and "I aktivt forløb" in live.cards_html
    assert all(p.social_card.startswith("kort/") for p in made.pages if p is not data)
    assert data.title == "Data" and data.data_date_label == "15. februar 2022"
    assert 'href="forloeb/2022-02-15/status.csv"' in data.content  # links from data/index.html
    with pytest.raises(dataclasses.FrozenInstanceError):
        old.title = ""  # type: ignore[misc]


def test_each_briefing_records_what_it_shows_and_the_live_page_does_not(made):
    first, second, live, data = made.outcomes
    assert first.pinned and first.shown["nøgletal: forløb.aktive"].startswith("4")
    assert second.pinned and second.key == "briefinger/2022-02-15.html"
    assert not live.pinned and live.shown is None
    assert not data.pinned and data.shown is None and data.card is None  # the Data page: no figures, no card
    assert all(o.card is not None for o in (first, second, live))
    assert all(o.problems == () for o in made.outcomes)


def test_a_revised_briefing_stops_the_build_unless_its_note_accepts_the_revision(shared_loaded, tmp_path):
    loaded = shared_loaded
    ledger = {"briefinger/2021-06-30.html": Entry(figures={"nøgletal: forløb.aktive": "3"})}
    revised = dataclasses.replace(loaded, ledger=ledger)
    (problem,) = make_pages(revised, tmp_path / "notes", read_note, {}).outcomes[0].problems
    assert "3 → 4" in problem.what and "2021-06-30.md" in problem.fix
    notes = tmp_path / "notes"
    notes.mkdir()
    note = "Rettelse: 2024-01-10\n\nAntallet er rettet til {{ forløb.aktive }}.\n"
    (notes / "2021-06-30.md").write_text(note, encoding="utf-8")
    made = make_pages(revised, notes, read_note, {})
    first = made.outcomes[0]
    assert first.problems == () and first.accepted == dt.date(2024, 1, 10)
    assert "rettet til fire" in made.pages[0].editorial  # running text: four in words
    assert "10. januar 2024" in made.pages[0].corrections[0]


def test_a_wrong_name_in_a_note_is_a_problem_of_the_note_file(shared_loaded, tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2022-02-15.md").write_text("Title: x\n\n{{ forløb.ukendt }}\n", encoding="utf-8")
    outcome = make_pages(shared_loaded, notes, read_note, {}).outcomes[1]
    (problem,) = outcome.problems
    assert (problem.file, problem.line) == ("2022-02-15.md", 3)


def test_the_catalogue_is_made_only_in_a_preview(shared_loaded, made, tmp_path):
    assert not made.of_kind(CATALOGUE)
    preview = dataclasses.replace(shared_loaded, settings=dataclasses.replace(shared_loaded.settings, preview=True))
    measured = Readability(lix=37, words=120, sentences=9, longest=21, average=13.3)
    made = make_pages(preview, tmp_path, read_note, {"articles/a.md": measured})
    (catalogue,) = made.of_kind(CATALOGUE)
    assert "{{ forløb.aktive }}" in catalogue.content and catalogue.social_card == ""
    assert "articles/a.md: LIX 37, 9 sætninger, længste sætning 21 ord" in catalogue.content
    assert made.outcomes[-1].card is None  # never shared
