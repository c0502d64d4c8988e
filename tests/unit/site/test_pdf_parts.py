"""What a briefing's PDF shows: key messages, the cards, the first charts as their PNG downloads
(never inline SVG) and the method of each dataset of the briefing."""

from __future__ import annotations

import dataclasses

from public_results.figures.briefings import briefings
from public_results.pages.resolve import Place
from public_results.site.briefing_bodies import briefing_body

NBSP = "\u00a0"


def test_the_pdf_shows_messages_cards_the_first_two_charts_as_png_and_each_datasets_method(shared_loaded):
    book = shared_loaded.book
    charts = ("forløb.status", "forløb.status.udvikling", "evaluering.enighed")
    settings = dataclasses.replace(shared_loaded.settings, briefing_charts=charts)
    old, new = briefings(book)
    body = briefing_body(book, settings, new, Place("b.html", downloads="../grafer"), "2022-02-15.pdf")
    pdf = body.pdf
    assert pdf is not None and pdf.previous == "30. juni 2021"
    assert [m.split(":")[0] for m in pdf.messages] == [c.label for c in pdf.cards]  # one per key figure here
    rise = f"Det er en stigning på 33 procentpoint siden 2020-målingen, da tallet var 50{NBSP}%."
    assert pdf.messages[-1].endswith(rise)
    views = list(body.charts.values())
    assert len(views) == 3 and len(pdf.charts) == 2  # the first two of the briefing's charts
    assert [c.src for c in pdf.charts] == [f"../grafer/{v.file_stem}.png" for v in views[:2]]
    assert all(c.alt and c.title for c in pdf.charts)
    assert [m.title for m in pdf.methods] == ["Forløb", "Evaluering"] and all(m.lines for m in pdf.methods)
    first = briefing_body(book, settings, old, Place("a.html"), "").pdf
    assert first is not None and first.previous == ""
    assert not any("stigning" in m or "fald" in m for m in first.messages)  # nothing to compare with
