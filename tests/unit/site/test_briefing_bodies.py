"""The bodies of the pages made from data: a briefing's cards, charts, method boxes, definitions,
response rates and caveats; the live page's cards, every chart of the site and the archive."""

from __future__ import annotations

import dataclasses
import datetime as dt

from public_results.figures.briefings import briefings
from public_results.pages.resolve import Place
from public_results.site.briefing_bodies import Link, briefing_body, live_body, response_rates


def test_a_briefing_body_holds_cards_charts_method_boxes_and_what_it_shows(shared_loaded):
    book, settings = shared_loaded.book, shared_loaded.settings
    old, new = briefings(book)
    body = briefing_body(book, settings, new, Place("b.html"), "2022-02-15.pdf")
    assert body.problems == []
    assert body.shown["nøgletal: forløb.aktive"] == "4 af de 5, der har været i forløb siden start"
    assert body.shown["nøgletal: evaluering.håb"].startswith("83\xa0%")  # the 2021 round joins this one
    assert "graf: forløb.status" in body.shown and "metode: forløb" in body.shown
    (key,) = body.charts
    assert f"XXRESULTSSVG{key}XX" in body.html and "Evaluering, måling 2021: 8 svarede." in body.html
    first = briefing_body(book, settings, old, Place("a.html"), "")
    assert first.shown["nøgletal: evaluering.håb"].startswith("50\xa0%")  # the 2020 round joins the first
    assert first.shown["graf: forløb.status"] != body.shown["graf: forløb.status"]


def test_a_chart_name_in_the_settings_that_does_not_exist_is_a_settings_problem(shared_loaded):
    settings = dataclasses.replace(shared_loaded.settings, briefing_charts=("forløb.ukendt",))
    (_, newest) = briefings(shared_loaded.book)
    body = briefing_body(shared_loaded.book, settings, newest, Place("b.html"), "")
    (problem,) = body.problems
    assert problem.file == "pelicanconf.py" and "grafen »forløb.ukendt« findes ikke" in problem.what


def test_the_live_body_shows_the_newest_cards_every_chart_and_the_archive(shared_loaded):
    book, settings = shared_loaded.book, shared_loaded.settings
    newest = briefings(book)[-1]
    archive = [Link("Briefing 30. juni 2021", "briefinger/2021-06-30.html", dt.date(2021, 6, 30))]
    body = live_body(book, settings, newest, Place("tal.html"), archive)
    assert body.problems == [] and "I aktivt forløb" in body.cards_html
    assert len(body.charts) >= 5  # every survey chart and every breakdown with its development
    assert "briefinger/2021-06-30.html" in body.html


def test_response_rates_give_invited_answered_and_the_rate_when_invited_is_known(shared_loaded):
    rates = response_rates(shared_loaded.book, None)
    assert [(r.round, r.answered, r.invited, r.rate) for r in rates] == [("2020", "2", "", ""), ("2021", "8", "", "")]
