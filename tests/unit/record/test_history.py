"""History: a revised figure on a pinned page is decided on (accepted or kept), and newer data is noticed."""

from __future__ import annotations

import datetime as dt

from public_results.figures.figure import Pins
from public_results.pages.placeholders import tokenise
from public_results.pages.resolve import Place, resolve
from public_results.record.history import Decision, correction_notes, newer_data, settle, settle_generated
from public_results.record.ledger import Change, Correction, Entry

FIRST = dt.date(2021, 6, 30)
TODAY = dt.date(2024, 1, 10)


def page_of(book, settings, source: str, pins: Pins):
    _, references, _ = tokenise(source)
    return references, resolve(book, settings, references, pins, Place("a.md"))


def test_a_revision_nobody_decided_on_stops_the_build_and_says_old_and_new(book, settings):
    references, page = page_of(book, settings, "Der er {{ forløb.alle }}.", Pins(data_date=FIRST))
    problems, notes = settle(Entry({"forløb.alle": "3"}), page, references, Decision(), "a.md")
    assert notes == []
    (problem,) = problems
    assert "»forløb.alle« 3 → 4" in problem.what and problem.line == 1
    assert "Rettelse:" in problem.fix and "Fasthold: ja" in problem.fix


def test_an_accepted_revision_shows_the_new_figure_with_a_dated_correction(book, settings):
    references, page = page_of(book, settings, "Der er {{ forløb.alle }}.", Pins(data_date=FIRST))
    problems, corrections = settle(Entry({"forløb.alle": "3"}), page, references, Decision(accept=TODAY), "a.md")
    assert problems == [] and page.values[references[0].token] == "fire"  # running text: four in words
    assert correction_notes(corrections) == [
        "Rettelse 10. januar 2024: Tallene er rettet, fordi data er blevet rettet: »forløb.alle« 3 → 4."
    ]


def test_a_kept_figure_shows_what_was_published_but_a_chart_cannot_be_kept(book, settings):
    source = "Der er {{ forløb.alle }}.\n\n{{ graf: forløb.status }}\n"
    references, page = page_of(book, settings, source, Pins(data_date=FIRST))
    entry = Entry({"forløb.alle": "3", "graf: forløb.status": "gammel tabel"})
    problems, _ = settle(entry, page, references, Decision(keep=True), "a.md")
    assert page.values[references[0].token] == "3" and page.shown["forløb.alle"] == "3"
    assert len(problems) == 1 and "forløb.status" in problems[0].what


def test_a_briefing_revision_is_accepted_in_its_note_or_stops_the_build():
    entry = Entry({"nøgletal: forløb.alle": "238"})
    problems, _ = settle_generated(entry, {"nøgletal: forløb.alle": "239"}, None, "b.html", "content/b/x.md")
    assert "content/b/x.md" in problems[0].fix
    problems, corrections = settle_generated(entry, {"nøgletal: forløb.alle": "239"}, TODAY, "b.html", "x.md")
    assert problems == [] and corrections[0].changes == (Change("nøgletal: forløb.alle", "238", "239"),)


def test_a_pinned_page_learns_of_newer_data_only_when_its_figures_differ(book, settings):
    references, page = page_of(book, settings, "{{ forløb.alle }} og {{ forløb.aktive }}", Pins(data_date=FIRST))
    assert newer_data(book, settings, references, Pins(data_date=FIRST), page) == dt.date(2022, 2, 15)  # 4 -> 5
    references, page = page_of(book, settings, "{{ forløb.aktive }}", Pins(data_date=FIRST))
    assert newer_data(book, settings, references, Pins(data_date=FIRST), page) is None  # 4 both days
    assert newer_data(book, settings, references, Pins(), page) is None  # a live page is never behind


def test_a_revised_chart_says_how_many_rows_changed_and_quotes_the_first_two_not_the_whole_table():
    rows = [f"{month}. januar 2020 {10 + month} [c]" for month in range(1, 31)]
    revised = [*rows[:3], "4. januar 2020 15 16", rows[4], "6. januar 2020 17 [c]", "7. januar 2020 18 [c]", *rows[7:]]
    name = "graf: forløb.status.udvikling"
    (problem,), _ = settle_generated(Entry({name: "; ".join(rows)}), {name: "; ".join(revised)}, None, "b.html", "b.md")
    assert problem.what.endswith(
        "»graf: forløb.status.udvikling« (tre af 30 rækker, blandt andet 4. januar 2020 14 et skjult antal → "
        "4. januar 2020 15 16, 6. januar 2020 16 et skjult antal → 6. januar 2020 17 et skjult antal)"
    )
    # On the page the rows are counted, not quoted: the chart shows the new values, and a row's numbers
    # in a line (»69 10 87 30«) would read as a phone number to the output check.
    (note,) = correction_notes([Correction(TODAY, (Change(name, "; ".join(rows), "; ".join(revised)),))])
    assert note == (
        "Rettelse 10. januar 2024: Tallene er rettet, fordi data er blevet rettet: "
        "»graf: forløb.status.udvikling« (tre af 30 rækker)."
    )
    one = {"graf: forløb.status": ("Afklaring 3; Praktik 4", "Afklaring 3; Praktik 5")}
    (problem,), _ = settle_generated(
        Entry({k: v[0] for k, v in one.items()}), {k: v[1] for k, v in one.items()}, None, "b.html", "b.md"
    )
    assert problem.what.endswith("»graf: forløb.status« (én af to rækker: Praktik 4 → Praktik 5)")
    longer = Change("graf: forløb.status", "Afklaring 3", "Afklaring 3; Praktik 5")  # another number of rows
    assert correction_notes([Correction(TODAY, (longer,))])[0].endswith(
        "»graf: forløb.status« Afklaring 3 → Afklaring 3; Praktik 5."
    )


def test_a_revised_method_box_names_the_figures_that_changed():
    change = Change("metode: forløb", "15 2022 2017 790 103 104 15 2022 61", "15 2022 2017 790 103 104 15 2022 63")
    (note,) = correction_notes([Correction(TODAY, (change,))])
    assert note.endswith("»metode: forløb« (ét af ni tal: 61 → 63).")
    # a record from before the record kept only a method box's figures holds its whole text
    older = Change("metode: forløb", "Pr. 15. februar 2022 var 61 af 790 i forløb.", "15 2022 63 790")
    assert correction_notes([Correction(TODAY, (older,))])[0].endswith("»metode: forløb« (ét af fire tal: 61 → 63).")


def test_a_pages_note_calls_each_change_what_a_reader_calls_it_and_one_gone_from_the_page_by_its_placeholder():
    chart = Change("graf: forløb.status", "Praktik 3; Job 4", "Praktik 3; Job 5")
    changes = (Change("forløb.alle", "3", "4"), chart, Change("forløb.aktive", "2", "1"))
    labels = {"forløb.alle": "Alle borgere siden start", "graf: forløb.status": "Flest er i »Job«: 5 af 8"}
    (note,) = correction_notes([Correction(TODAY, changes)], labels)
    assert note == (
        "Rettelse 10. januar 2024: Tallene er rettet, fordi data er blevet rettet: »Alle borgere siden start« 3 → 4; "
        "»Flest er i ›Job‹: 5 af 8« (én af to rækker); »forløb.aktive« 2 → 1."  # quotes inside quotes
    )
