"""Social cards: the page's title (its headline figure) on a 1200×630 picture, drawn like the charts."""

from __future__ import annotations

import json

import vl_convert

from public_results.charts.social_cards import HEIGHT, WIDTH, card_name, card_spec, fitted


def texts(spec: dict) -> list[str]:
    return [row["text"] for layer in spec["layer"][1:] for row in layer["data"]["values"]]


def test_a_card_holds_the_site_the_title_and_the_date_of_the_data():
    spec = card_spec(
        "94 % af borgerne oplever håb om forandring", "Tallene er opgjort pr. 15. februar 2022", "Site", "F"
    )
    assert texts(spec) == [
        "Site",
        "94 % af borgerne oplever",
        "håb om forandring",
        "Tallene er opgjort pr. 15. februar 2022",
    ]
    assert (spec["width"], spec["height"]) == (WIDTH, HEIGHT)
    png = vl_convert.vegalite_to_png(spec, vl_version="6.4")
    assert png.startswith(b"\x89PNG")


def test_a_long_title_gets_a_smaller_font_and_at_most_four_lines():
    short_size, short = fitted("Kort titel")
    long_size, long = fitted("En meget lang titel " * 12)
    assert short_size == 72 and short == ["Kort titel"]
    assert long_size == 40 and len(long) == 4 and long[-1] == "…"


def test_a_title_is_data_in_the_spec_never_code():
    spec = card_spec("</text><script>alert(1)</script>", "d", "s", "F")
    outside = json.dumps({k: v for k, v in spec.items() if k != "layer"}) + json.dumps(
        [{k: v for k, v in layer.items() if k != "data"} for layer in spec["layer"]]
    )
    assert "alert" not in outside


def test_card_names_are_plain_and_distinct():
    assert card_name("briefinger/2022-02-15.html").startswith("briefinger-2022-02-15-")
    assert card_name("a/b.html") != card_name("a-b.html")
    assert card_name("æøå.html").endswith(".png") and card_name("æøå.html").isascii()
