"""Charts by name: each named chart's table, texts and spec hold the same numbers as the figures in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.charts.by_name import chart_names, chart_view
from public_results.errors import NotFound
from public_results.figures.figure import Pins
from public_results.settings import read_settings

FIRST = dt.date(2021, 6, 30)
NBSP = "\u00a0"


def test_the_chart_names_are_each_surveys_charts_and_each_breakdown_in_three_forms(book):
    names = chart_names(book)
    assert names[:2] == ["evaluering.enighed", "evaluering.svarfordeling"]
    for breakdown in ("status", "aktive_fordeling"):
        assert {f"forløb.{breakdown}", f"forløb.{breakdown}.ikoner", f"forløb.{breakdown}.udvikling"} <= set(names)
    assert {"forløb.alle.udvikling", "forløb.praktik.udvikling"} <= set(names)
    assert "forløb.alle" not in names  # a count is a figure; over time it is a chart


def test_every_named_chart_can_be_built(book, settings):
    for name in chart_names(book):
        view = chart_view(book, name, Pins(), settings)
        assert view.key == name and set(view.spec) == {"narrow", "wide"}  # a drawing for phones, one for desktops
        assert all(s["$schema"].startswith("https://vega.github.io/schema/vega-lite/") for s in view.spec.values())


def test_an_agreement_chart_table_holds_the_figures_of_each_question_highest_first(book, settings):
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert view.rows == (("Håb", f"83{NBSP}%", "5", "6"), ("Tryg", f"57{NBSP}%", "4", "7"))
    for key, row in zip(["håb", "tryg"], view.rows, strict=True):
        figure = book.figure("evaluering", key, Pins())
        assert row == (
            figure.label,
            figure.text("andel", settings.number_style),
            figure.text("antal", settings.number_style),
            figure.text("n", settings.number_style),
        )
    assert len(view.columns) == 4
    assert view.title == f"Mindst 57{NBSP}% svarer positivt på hvert af de to spørgsmål"
    assert view.csv.rows == (("Håb", "83", "5", "6"), ("Tryg", "57", "4", "7"))


def chart_data(view) -> list[dict]:
    """Every row of data in a view's narrow spec (all its datasets)."""
    return [row for rows in view.spec["narrow"]["datasets"].values() for row in rows]


def test_the_whole_scale_shows_each_answer_as_a_share_of_n_in_chart_table_and_csv(book, settings):
    view = chart_view(book, "evaluering.svarfordeling", Pins(), settings)
    assert view.columns == ("Spørgsmål", "Meget enig", "Enig", "Uenig", "Positive i alt", "Basen (n)")
    assert view.rows == (
        ("Håb", f"33{NBSP}%", f"50{NBSP}%", f"17{NBSP}%", f"83{NBSP}%", "6"),
        ("Tryg", f"14{NBSP}%", f"43{NBSP}%", f"43{NBSP}%", f"57{NBSP}%", "7"),
    )
    assert view.csv.rows[:3] == (("Håb", "Meget enig", "2", "33", "6"), ("Håb", "Enig", "3", "50", "6"),
                                 ("Håb", "Uenig", "1", "17", "6"))  # fmt: skip
    segments = {(r["label"], r["answer"]): r for r in chart_data(view) if "start" in r}
    assert (segments["Håb", "Enig"]["start"], segments["Håb", "Enig"]["end"]) == (0, 50)  # nearest zero
    assert segments["Håb", "Meget enig"]["start"] == 50
    assert round(segments["Håb", "Meget enig"]["end"], 6) == round(500 / 6, 6)
    assert round(segments["Håb", "Uenig"]["start"], 6) == round(-100 / 6, 6) and segments["Håb", "Uenig"]["end"] == 0
    shown = {(label, r["answer"]): r["share"].replace(" ", NBSP) for (label, _), r in segments.items()}
    for row in view.rows:
        for answer, share in zip(view.columns[1:-2], row[1:-2], strict=True):
            assert shown[row[0], answer] == share  # the tooltip and the table agree


def test_the_icon_array_draws_one_icon_per_person_of_each_part(book, settings):
    view = chart_view(book, "forløb.aktive_fordeling.ikoner", Pins(data_date=FIRST), settings)
    icons = [r for r in chart_data(view) if "column" in r]
    counts = {label: sum(1 for r in icons if r["label"] == label) for label in ("I afklaring", "Praktik")}
    assert counts == {"I afklaring": 2, "Praktik": 1}
    assert view.rows == chart_view(book, "forløb.aktive_fordeling", Pins(data_date=FIRST), settings).rows
    assert "Hvert ikon er én person." in view.subtitle


def test_development_over_time_has_a_point_per_month_end_and_the_data_date(book, settings):
    view = chart_view(book, "forløb.aktive_fordeling.udvikling", Pins(), settings)
    points = [r for r in chart_data(view) if "series" in r and "value" in r]  # not the key above the plot
    days = sorted({r["date"] for r in points})
    assert days[0] == "2020-01-31" and days[-2:] == ["2022-01-31", "2022-02-15"] and len(days) == 26
    june = {r["series"]: r["value"] for r in points if r["date"] == "2021-06-30"}
    assert june == {"I afklaring": 2, "Praktik": 1, "Frivilligt arbejde": 1}
    assert ("30. juni 2021", "2", "1", "1") in view.rows
    assert ("2021-06-30", "2", "1", "1") in view.csv.rows
    assert view.title == "I afklaring er klart den største gruppe pr. 15. februar 2022: 2"


def test_an_unknown_chart_is_not_found_and_the_fix_lists_the_charts_of_its_dataset(book, settings):
    with pytest.raises(NotFound) as caught:
        chart_view(book, "forløb.enighed", Pins(), settings)
    assert "Brug en af: forløb.aktive_fordeling, forløb.status." in caught.value.fix
    assert "»forløb.aktive_fordeling.ikoner«" in caught.value.fix and "forløb.alle.udvikling" in caught.value.fix


def test_an_agreement_alt_text_names_the_highest_and_the_lowest(book, settings):
    alt = chart_view(book, "evaluering.enighed", Pins(), settings).alt
    assert "Højest er »Håb« med 83\u00a0%" in alt
    assert "lavest er »Tryg« med 57\u00a0%" in alt and "(n =" not in alt
    assert alt.index("Håb") < alt.index("Tryg")


def test_a_breakdown_table_holds_the_counts_of_the_figures_and_a_total(book, settings):
    view = chart_view(book, "forløb.aktive_fordeling", Pins(), settings)
    assert view.rows == (
        ("I afklaring", "2", f"50{NBSP}%"),
        ("Praktik", "1", f"25{NBSP}%"),
        ("Frivilligt arbejde", "1", f"25{NBSP}%"),
        ("I alt", "4", f"100{NBSP}%"),
    )
    for key, row in zip(["afklaring", "praktik", "frivilligt", "aktive"], view.rows, strict=True):
        figure = book.figure("forløb", key, Pins())
        assert row[1] == figure.text("antal", settings.number_style)
        if book.outcomes["forløb"].outcome.counted(key).base == "aktive":  # the same base: the same share
            assert row[2] == figure.text("andel", settings.number_style)


def test_a_breakdown_alt_text_names_the_largest_and_the_smallest(book, settings):
    alt = chart_view(book, "forløb.status", Pins(), settings).alt
    assert alt == (
        "Søjlediagram: Status for alle, tal opgjort pr. 15. februar 2022. I alt fem. »I afklaring« og »Placeret« "
        f"er de største grupper med to hver (40{NBSP}%). Den mindste er »Afsluttet« med én (20{NBSP}%)."
    )  # sentences, small counts in words


def test_a_breakdown_follows_the_pinned_data_date(book, settings):
    view = chart_view(book, "forløb.status", Pins(data_date=FIRST), settings)
    assert view.rows[-1][:2] == ("I alt", "4")
    assert "30. juni 2021" in view.source


def test_the_percent_setting_reaches_the_chart_table(book):
    settings = read_settings({"RESULTS_PERCENT_STYLE": "pct", "RESULTS_PERCENT_DECIMALS": 1})
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert view.rows[0][1] == f"83,3{NBSP}pct."


def test_a_question_nobody_answered_is_shown_without_a_share(make_book, settings):
    rows = ["Enig;Ved ikke", "Uenig;", "Enig;Ved ikke"]
    book = make_book(files={"ev2021.csv": "Giver samarbejdet dig håb?;Er du tryg?\n" + "\n".join(rows) + "\n"})
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert [row[3] for row in view.rows] == ["3", "0"]
