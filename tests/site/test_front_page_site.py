"""A tiny site with a lead figure and a municipality's identity: the front page leads with the figure,
says the data date once, and the header shows the logo with its text; a failing accent colour and an
unknown lead figure each stop the build in Danish, non-zero, leaving output/ as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.errors import ResultsError
from support import ROOT, page_text

pytestmark = pytest.mark.site

STORY = """Title: {{ forløb.aktive }} borgere i aktivt forløb
Date: 2022-02-20
Datadato: 2022-02-15
Summary: {{ forløb.aktive.brøk }}.

Der er {{ forløb.afklaring }} i afklaring.
"""
IDENTITY = {
    "RESULTS_LEAD_FIGURE": "forløb.meningsfuld.andel",
    "RESULTS_BRIEFING_FIGURES": ["forløb.alle", "forløb.meningsfuld.andel", "evaluering.håb"],
    "RESULTS_MUNICIPALITY": "Prøvekommune",
    "RESULTS_LOGO": "images/logo.svg",
    "RESULTS_LOGO_ALT": "Prøvekommunes logo",
    "RESULTS_ACCENT": "#1a6b5a",
    "UNIT_JOIN": "Spørg din sagsbehandler om et forløb.",
}


def site_with(tiny_site, settings: dict[str, object]) -> Path:
    """A tiny site with the example's logo in content/images and ``settings`` added."""
    path = tiny_site({"aktive.md": STORY})
    (path.parent / "content" / "images").mkdir()
    shutil.copy(ROOT / "content" / "images" / "logo.svg", path.parent / "content" / "images" / "logo.svg")
    with path.open("a", encoding="utf-8") as handle:
        handle.writelines(f"{name} = {value!r}\n" for name, value in settings.items())
    return path


def test_the_front_page_leads_with_the_figure_says_the_date_once_and_shows_the_logo(tiny_site, tmp_path) -> None:
    output = tmp_path / "output"
    build_site(site_with(tiny_site, IDENTITY), output)
    front = (output / "index.html").read_text(encoding="utf-8")
    lead = re.search(r'<div class="lead-figure">(.*?)</div>', front, flags=re.S).group(1)
    assert '<p class="lead-figure-label">Meningsfuld beskæftigelse</p>' in lead
    assert '<p class="lead-figure-value">34\xa0%</p>' in lead  # 318 of the 924 who have finished
    assert '<p class="lead-figure-base">af de 924, der har afsluttet et forløb</p>' in lead
    assert '<p class="lead-figure-explanation">En ud af tre blandt dem er i meningsfuld beskæftigelse.</p>' in lead
    assert "Mål" not in lead  # no RESULTS_TARGETS in this site
    compact = re.search(r'<ul class="key-figures key-figures-compact">(.*?)</ul>', front, flags=re.S).group(1)
    assert compact.count('class="key-figure"') == 2  # the other two key figures; the lead is not repeated
    assert '<p class="key-figure-value">1.012</p>' in compact and "Meningsfuld" not in compact
    assert "i 2023-målingen" in compact  # a survey figure's own period is said
    text = page_text(output / "index.html")
    assert text.count("31. december 2023") == 1 and "Nøgletal pr. 31. december 2023" in text
    assert text.index("Nøgletal pr.") < text.index("Nyeste historie") < text.index("Flere nøgletal")
    assert text.index("Flere nøgletal") < text.index("Kontakt og deltag")
    assert "205 borgere i aktivt forløb" in text  # the newest story, with its own data date
    header = re.search(r'<header class="site-header">(.*?)</header>', front, flags=re.S).group(1)
    logo = '<img class="site-logo" src="/images/logo.svg" alt="Prøvekommunes logo" width="41" height="48">'
    assert logo in header and '<span class="site-owner">Prøvekommune</span>' in header
    assert (output / "images" / "logo.svg").read_bytes() == (ROOT / "content" / "images" / "logo.svg").read_bytes()
    css = (output / "theme" / "css" / "identity.css").read_text(encoding="utf-8")
    assert "--accent: #1a6b5a;" in css and 'href="/theme/css/identity.css"' in front
    assert "style=" not in front  # the colour is in a file of the site's own: the CSP allows no inline style
    assert '<h1 class="front-title">' in front  # the header says the name: on a phone the h1 is for screen readers


def test_the_favicon_is_the_logo_and_the_social_cards_show_the_municipality_and_the_accent(tiny_site, tmp_path):
    from PIL import Image  # noqa: PLC0415

    output = tmp_path / "output"
    build_site(site_with(tiny_site, IDENTITY), output)
    head = (output / "index.html").read_text(encoding="utf-8").split("</head>")[0]
    assert '<link rel="icon" href="/theme/icon.png" type="image/png" sizes="180x180">' in head
    assert '<link rel="icon" href="/images/logo.svg" type="image/svg+xml">' in head
    assert '<link rel="apple-touch-icon" href="/theme/icon.png">' in head and "favicon.svg" not in head
    with Image.open(output / "theme" / "icon.png") as icon:  # the logo, square, on a transparent ground
        rgba = icon.convert("RGBA")
        assert icon.size == (180, 180) and rgba.getpixel((0, 0))[3] == 0
        assert rgba.getpixel((90, 25))[:3] == (0x1A, 0x6B, 0x5A)  # the shield's green, as logo.svg draws it
    cards = sorted((output / "kort").glob("*.png"))
    assert cards
    for card in cards:
        with Image.open(card) as picture:
            assert picture.text["Description"].startswith("Prøvekommune ")
            rgb = picture.convert("RGB")
            assert rgb.getpixel((4, 300)) == rgb.getpixel((600, 620)) == (0x1A, 0x6B, 0x5A)  # edge and band


@pytest.mark.parametrize(
    ("setting", "messages"),
    [
        (
            {"RESULTS_ACCENT": "#6fa8dc"},
            [
                "RESULTS_ACCENT: farven »#6fa8dc« har kun kontrasten 2,52:1 mod hvid (#ffffff)",
                "skal have mindst 4,5:1",
                "Sådan retter du det: Vælg en mørkere farve, fx »#",
            ],
        ),
        (
            {"RESULTS_LEAD_FIGURE": "forløb.meningsfulde.andel"},
            [
                "pelicanconf.py: RESULTS_LEAD_FIGURE: tallet »forløb.meningsfulde.andel« findes ikke",
                "Sådan retter du det: Mente du »forløb.meningsfuld.andel«? Ret navnet i RESULTS_LEAD_FIGURE",
            ],
        ),
    ],
    ids=["accent", "lead"],
)
def test_a_failing_accent_or_an_unknown_lead_stops_the_build_in_danish(tiny_site, tmp_path, setting, messages):
    settings = site_with(tiny_site, {**IDENTITY, **setting})
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("sidste gode udgave", encoding="utf-8")
    with pytest.raises(ResultsError) as caught:  # the command line prints this report and exits 1
        build_site(settings, output)
    report = caught.value.report()
    for message in messages:
        assert message in report
    assert sorted(p.name for p in output.iterdir()) == ["index.html"]
    assert (output / "index.html").read_text(encoding="utf-8") == "sidste gode udgave"
