"""Page: every reference of one page is resolved; a wrong name becomes a problem at its line."""

from __future__ import annotations

import dataclasses
import datetime as dt

from public_results.figures.figure import Pins
from public_results.pages.placeholders import substitute, tokenise
from public_results.pages.resolve import Place, resolve

SOURCE = """\
Title: {{ forløb.placeret.brøk }}

{{ graf: forløb.status }}

{{ graf: forløb.status }}

{{ forløb.placerede }} og {{ evaluering.håb.procent }}
"""


def test_a_page_gets_values_blocks_and_one_problem_per_wrong_name_with_its_line(book, settings):
    _, references, _ = tokenise(SOURCE)
    page = resolve(book, settings, references, Pins(data_date=dt.date(2021, 6, 30)), Place("artikel.md"))
    # the title opens with it: a capital letter, and a base of four in words (page.shown keeps "4")
    assert list(page.values.values()) == ["Halvdelen af de fire, der er i aktivt forløb"]
    first, second = page.blocks.values()
    assert 'id="graf-forloeb-status"' in first
    assert 'id="graf-forloeb-status-2"' in second  # the same chart twice keeps its ids unique
    (key,) = page.charts  # ... and is drawn once
    assert f"XXRESULTSSVG{key}XX" in first and f"XXRESULTSSVG{key}XX" in second
    assert [(p.file, p.line) for p in page.problems] == [("artikel.md", 7), ("artikel.md", 7)]
    assert "placeret" in page.problems[0].fix
    assert ".andel" in page.problems[1].fix
    assert page.data_date_label == "30. juni 2021"


def test_html_values_are_escaped(book, settings):
    _, references, _ = tokenise("{{ forløb.alle }}")
    page = resolve(book, settings, references, Pins(), Place("a.md"))
    page.values[references[0].token] = "<b>5</b>"
    assert page.html_values() == {references[0].token: "&lt;b&gt;5&lt;/b&gt;"}


def test_the_base_as_a_note_is_a_linked_mark_and_a_note_below_the_text(book, settings):
    source = "Af dem er {{ forløb.placeret.andel }} {{ forløb.placeret.base }}, placeret.\n"
    _, references, _ = tokenise(source)
    noted = dataclasses.replace(settings, base_style="note")
    page = resolve(book, noted, references, Pins(data_date=dt.date(2021, 6, 30)), Place("a.md"))
    share, base = (r.token for r in references)
    assert page.values[base] == "\u00b9" and page.notes == {
        base: "Andelen er regnet af de fire, der er i aktivt forløb."
    }
    html, _ = substitute(f"<p>Af dem er {share} {base}, placeret.</p>", page.html_values(), {}, page.note_tokens)
    assert html.endswith('%<sup class="base-note"><a href="#basis-1" id="basis-ref-1">1</a></sup> placeret.</p>')
    assert page.notes_html() == (
        '<ol class="base-notes"><li id="basis-1">Andelen er regnet af de fire, der er i aktivt forløb.</li></ol>'
    )


def test_the_base_in_words_is_the_default(book, settings):
    _, references, _ = tokenise("Af dem er {{ forløb.placeret.base }}.\n")
    page = resolve(book, settings, references, Pins(data_date=dt.date(2021, 6, 30)), Place("a.md"))
    assert list(page.values.values()) == ["af de fire, der er i aktivt forløb"] and page.notes_html() == ""
