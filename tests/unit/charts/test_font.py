"""The site's font: one family for page, charts and cards, with every letter the site writes, and a
zero that Danish readers do not take for Ø (scripts/plain_zero_font.py takes the slash out)."""

from __future__ import annotations

import re

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from public_results.danish import words
from public_results.settings import DEFAULTS
from support import ROOT

CHART_FONTS = sorted((ROOT / "theme" / "fonts").glob("*.ttf"))
PAGE_FONTS = sorted((ROOT / "theme" / "static" / "fonts").glob("*.woff2"))
CSS = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
BASE = (ROOT / "theme" / "templates" / "base.html").read_text(encoding="utf-8")
FAMILY = DEFAULTS["RESULTS_CHART_FONT"][0]
# Written by the site beyond words.py: Danish letters, quotes, dashes, no-break space, digits.
SITE_CHARACTERS = "æøåÆØÅéÉ»«–—…‘’“”·×½%§€°\u00a0\u2009 0123456789.,:;!?()[]/+-=&'\"@*#"
TERMINAL_ONLY = {"→"}  # only in build messages (REVISION_CHANGE, WHERE_SURVEY_CHANGE), never on a page


def strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from strings(item)


def danish_characters() -> set[str]:
    found = set(SITE_CHARACTERS)
    for name in dir(words):
        if not name.startswith("_"):
            for text in strings(getattr(words, name)):
                found |= set(text)
    return {c for c in found if c.isprintable() or c in "\u00a0\u2009"} - TERMINAL_ONLY


@pytest.fixture(scope="module", params=[*CHART_FONTS, *PAGE_FONTS], ids=lambda p: p.name)
def font(request) -> TTFont:
    return TTFont(request.param)


def test_page_and_charts_use_one_family_in_regular_and_bold():
    assert len(CHART_FONTS) == len(PAGE_FONTS) == 2
    for path in [*CHART_FONTS, *PAGE_FONTS]:
        assert TTFont(path)["name"].getDebugName(1) == FAMILY, path.name
    faces = re.findall(r'@font-face\s*{[^}]*font-family:\s*"([^"]+)"[^}]*font-weight:\s*(\d+)', CSS)
    assert sorted(face for face in faces if face[0] == FAMILY) == [(FAMILY, "400"), (FAMILY, "700")]
    assert {family for family, _ in faces} == {FAMILY, f"{FAMILY} Reserve"}  # the reserve: tests/browser/test_fonts.py
    assert re.search(r'body\s*{[^}]*font-family:\s*"' + re.escape(FAMILY) + '"', CSS)


def test_every_font_file_the_css_names_is_preloaded_and_shipped():
    named = re.findall(r'url\("\.\./fonts/([^"]+\.woff2)"\)', CSS)
    assert sorted(named) == [p.name for p in PAGE_FONTS]
    for name in named:  # the swap to the web font does not shift the page
        preload = re.search(r'<link rel="preload" href="[^"]*/theme/fonts/' + re.escape(name) + '"[^>]*>', BASE)
        assert preload, name
        assert 'as="font"' in preload[0] and 'type="font/woff2"' in preload[0] and "crossorigin" in preload[0]


def test_every_character_the_site_writes_is_in_the_font(font):
    cmap = font.getBestCmap()
    assert not sorted(c for c in danish_characters() if ord(c) not in cmap)


def test_the_font_has_tabular_figures_for_tables_and_key_figures(font):
    features = {record.FeatureTag for record in font["GSUB"].table.FeatureList.FeatureRecord}
    assert "tnum" in features
    assert "tabular-nums" in CSS


def test_the_zero_is_a_ring_without_a_slash(font):
    cmap, glyphs = font.getBestCmap(), font["glyf"]
    zero = glyphs[cmap[ord("0")]]
    assert zero.numberOfContours == 2  # the outer oval and one counter: a slash would split the counter
    tabular = glyphs["zero.tf"]  # what tnum puts in its place
    assert tabular.isComposite() and [c.glyphName for c in tabular.components] == [cmap[ord("0")]]
    assert glyphs[cmap[ord("Ø")]].numberOfContours == 3  # the letter keeps its slash
    letter = glyphs[cmap[ord("O")]]
    assert zero.xMax - zero.xMin < 0.9 * (letter.xMax - letter.xMin)  # 0 stays narrower than O


@pytest.mark.parametrize("path", CHART_FONTS, ids=lambda p: p.name)
def test_the_middle_of_a_drawn_zero_is_empty(path):
    face = ImageFont.truetype(str(path), 200)
    for char, empty in (("0", True), ("Ø", False)):
        image = Image.new("L", (300, 300), 255)
        ImageDraw.Draw(image).text((150, 150), char, font=face, fill=0, anchor="mm")
        assert (image.getpixel((150, 150)) > 200) is empty, char  # a slash crosses the middle
