"""Social cards: the page's title (its headline figure) on a 1200×630 picture, drawn with Pillow."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from public_results.charts import palette
from public_results.charts.drawing import drawing_version
from public_results.charts.drawing_pool import draw_all
from public_results.charts.social_cards import (
    HEIGHT,
    MARGIN,
    MOST_LINES,
    TITLE_SIZES,
    WIDTH,
    CardFonts,
    CardText,
    card_key,
    card_name,
    draw_card,
    fitted,
    wrap,
)
from support import ROOT

FONTS = ROOT / "theme" / "fonts"
SITE = "Beskæftigelsesenheden – resultater"
DATE = "Tallene er opgjort pr. 15. februar 2022"
HEADLINE = CardText("94 % af borgerne oplever håb om forandring", DATE, SITE)
TITLES = [
    "Kort titel",
    HEADLINE.title,
    "Flere borgere med førtidspension er kommet i job, praktik eller frivilligt arbejde, og 92 % oplever "
    "håb om forandring efter et forløb i enheden, viser den nye måling",
    "En meget lang titel om beskæftigelsesenhedens resultater " * 8,
    "Uddannelsesvejledningsforløbsdeltagerundersøgelsesresultatsammenfatningen" * 2,  # one word, wider than a line
]


@pytest.fixture(scope="module")
def fonts() -> CardFonts:
    return CardFonts(FONTS)


def test_the_cards_font_is_the_sites_own_in_both_weights(fonts):
    assert {style: path.name for style, path in fonts.files().items()} == {
        "Regular": "AtkinsonHyperlegibleNextNul-400.ttf",
        "Bold": "AtkinsonHyperlegibleNextNul-700.ttf",
    }


@pytest.mark.parametrize("size", TITLE_SIZES)
@pytest.mark.parametrize("title", TITLES)
def test_a_title_is_wrapped_inside_the_margins_at_every_size(fonts, title, size):
    face = fonts.bold(size)
    lines = wrap(title, face)
    assert all(face.font.getlength(line) <= WIDTH - 2 * MARGIN for line in lines)  # Pillow's own measure
    assert " ".join(lines).replace(" ", "") == title.replace(" ", "")  # nothing lost, only broken


@pytest.mark.parametrize("size", TITLE_SIZES)
def test_a_line_never_breaks_at_a_no_break_space(fonts, size):
    title = " ".join(f"og {n}\u00a0%" for n in range(10, 40))  # as the site writes a percentage
    lines = wrap(title, fonts.bold(size))
    assert len(lines) > 1 and " ".join(lines) == title
    assert not any(line.startswith("%") for line in lines)


@pytest.mark.parametrize("title", TITLES)
def test_a_title_takes_at_most_four_lines_at_the_largest_size_that_fits(fonts, title):
    size, lines = fitted(title, fonts)
    assert 1 <= len(lines) <= MOST_LINES
    assert all(fonts.bold(size).font.getlength(line) <= WIDTH - 2 * MARGIN for line in lines)
    if size < TITLE_SIZES[0]:  # one size larger would have needed more lines
        assert len(wrap(title, fonts.bold(size + 4))) > MOST_LINES


def test_a_short_title_is_large_and_a_title_too_long_for_four_lines_ends_in_an_ellipsis(fonts):
    assert fitted("Kort titel", fonts) == (72, ["Kort titel"])
    size, lines = fitted(TITLES[3], fonts)
    assert size == 40 and len(lines) == 3 and lines[-1].endswith("…")


def test_a_card_is_1200_by_630_in_the_sites_colours_and_carries_its_texts(fonts):
    picture = Image.open(io.BytesIO(draw_card(HEADLINE, fonts)))
    assert picture.format == "PNG" and picture.size == (WIDTH, HEIGHT)
    assert picture.text["Title"] == HEADLINE.title  # type: ignore[attr-defined]
    assert picture.text["Description"] == f"{SITE} {HEADLINE.title} {DATE}"  # type: ignore[attr-defined]
    rgb = picture.convert("RGB")
    assert rgb.getpixel((5, 5)) == (255, 255, 255)
    assert rgb.getpixel((5, HEIGHT - 5)) == _rgb(palette.MAIN)  # the band
    colours = {colour for _, colour in rgb.getcolors(WIDTH * HEIGHT)}
    assert {_rgb(palette.TEXT), _rgb(palette.MUTED)} <= colours  # the title and the site's name


@pytest.mark.parametrize("title", TITLES)
def test_nothing_is_drawn_in_the_right_margin_even_with_a_long_subtitle_in_the_band(fonts, title):
    subtitle = "Tal og historier om borgere med førtidspension i job, praktik og fællesskaber " * 3
    picture = Image.open(io.BytesIO(draw_card(CardText(title, subtitle, SITE), fonts))).convert("RGB")
    margin = picture.crop((WIDTH - MARGIN + 1, 0, WIDTH, HEIGHT))
    assert {colour for _, colour in margin.getcolors(WIDTH * HEIGHT)} == {(255, 255, 255), _rgb(palette.MAIN)}


def test_the_same_texts_give_the_same_bytes_and_other_texts_other_bytes(fonts):
    assert draw_card(HEADLINE, fonts) == draw_card(HEADLINE, CardFonts(FONTS))
    assert draw_card(HEADLINE, fonts) != draw_card(CardText("94 % af borgerne", DATE, SITE), fonts)


def test_the_key_changes_with_each_text_and_with_the_version():
    version = drawing_version(FONTS)
    keys = {
        card_key(HEADLINE, version),
        card_key(CardText(HEADLINE.title + ".", DATE, SITE), version),
        card_key(CardText(HEADLINE.title, DATE + ".", SITE), version),
        card_key(CardText(HEADLINE.title, DATE, SITE + "."), version),
        card_key(HEADLINE, version + "x"),
    }
    assert len(keys) == 5 and card_key(HEADLINE, version) == card_key(CardText(*_texts(HEADLINE)), version)


def test_a_card_is_drawn_once_then_taken_from_the_cache(tmp_path):
    version = drawing_version(FONTS)
    cards = {card_key(text, version): text for text in (HEADLINE, CardText("Kort titel", DATE, SITE))}
    drawings, stats = draw_all({}, tmp_path, FONTS, workers=1, cards=cards)
    assert (stats.charts, stats.drawn, stats.cached) == (2, 2, 0)
    first = {key: drawing.png for key, drawing in drawings.items()}
    again, stats = draw_all({}, tmp_path, FONTS, workers=1, cards=cards)
    assert (stats.drawn, stats.cached) == (0, 2)
    assert {key: drawing.png for key, drawing in again.items()} == first


def test_a_card_travels_as_json_and_comes_back_the_same():
    assert CardText.from_json(HEADLINE.to_json()) == HEADLINE


def test_card_names_are_plain_and_distinct():
    assert card_name("briefinger/2022-02-15.html").startswith("briefinger-2022-02-15-")
    assert card_name("a/b.html") != card_name("a-b.html")
    assert card_name("æøå.html").endswith(".png") and card_name("æøå.html").isascii()


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _texts(text: CardText) -> tuple[str, str, str]:
    return text.title, text.date_line, text.site
