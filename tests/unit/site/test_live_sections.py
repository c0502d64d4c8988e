"""The live page's sections: its charts grouped by dataset and breakdown, as the descriptor gives them."""

from __future__ import annotations

from public_results.charts.by_name import site_charts
from public_results.figures.briefings import briefings
from public_results.pages.resolve import Place
from public_results.site.briefing_bodies import live_body
from public_results.site.live_sections import Section, live_sections


def charts_of(sections: list[Section]) -> list[str]:
    return [name for s in sections for name in (*s.charts, *charts_of(list(s.parts)))]


def test_a_section_per_dataset_and_a_part_per_breakdown_named_in_the_descriptor(shared_loaded):
    book = shared_loaded.book
    sections = live_sections(book, site_charts(book))
    assert [(s.title, s.anchor) for s in sections] == [
        ("Evaluering", "afsnit-evaluering"),
        ("Forløb", "afsnit-forloeb"),
    ]
    survey, outcome = sections
    assert survey.parts == () and survey.charts == ("evaluering.enighed", "evaluering.svarfordeling")
    assert [(p.title, p.anchor) for p in outcome.parts] == [
        ("Status for alle", "afsnit-forloeb-status"),
        ("Aktive", "afsnit-forloeb-aktive-fordeling"),
    ]
    assert outcome.charts == ()  # every chart of an outcome is under one of its breakdowns


def test_every_chart_of_the_page_is_in_exactly_one_section_in_its_order(shared_loaded):
    book = shared_loaded.book
    names = site_charts(book)
    assert sorted(charts_of(live_sections(book, names))) == sorted(names)
    status = live_sections(book, names)[1].parts[0]
    assert status.charts == (
        "forløb.status",
        "forløb.status.ikoner",
        "forløb.status.udvikling",
        "forløb.alle.udvikling",
    )


def test_a_group_over_time_goes_with_its_breakdown_or_has_a_part_named_after_it(shared_loaded):
    book = shared_loaded.book
    names = ["forløb.aktive.udvikling", "forløb.placeret.udvikling", "forløb.aktive_fordeling"]
    (outcome,) = live_sections(book, names)
    assert [(p.title, p.charts) for p in outcome.parts] == [
        ("Aktive", ("forløb.aktive.udvikling", "forløb.aktive_fordeling")),  # aktive_fordeling is of aktive
        ("Placeret", ("forløb.placeret.udvikling",)),  # no breakdown of placeret: the group's label
    ]
    assert outcome.parts[1].anchor == "afsnit-forloeb-placeret"


def test_the_live_body_has_a_table_of_contents_linking_each_section_heading(shared_loaded):
    book, settings = shared_loaded.book, shared_loaded.settings
    body = live_body(book, settings, briefings(book)[-1], Place("tal.html"), [])
    html = body.html
    assert '<nav class="page-toc" aria-labelledby="paa-siden">' in html and ">På denne side</h2>" in html
    for anchor, title, level in [
        ("afsnit-evaluering", "Evaluering", 2),
        ("afsnit-forloeb", "Forløb", 2),
        ("afsnit-forloeb-status", "Status for alle", 3),
        ("afsnit-forloeb-aktive-fordeling", "Aktive", 3),
    ]:
        assert f'<li><a href="#{anchor}">{title}</a>' in html
        assert f'<h{level} id="{anchor}">{title}</h{level}>' in html
    assert html.index('id="afsnit-forloeb-status"') < html.index('id="graf-forloeb-status"')
    assert html.index('id="graf-forloeb-alle-udvikling"') < html.index('id="afsnit-forloeb-aktive-fordeling"')
    assert 'href="#briefinger"' not in html  # no archive, no link to it
