"""The site's identity: the WCAG contrast of the accent colour, and the logo's checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from public_results.errors import DescriptorError, IdentityError
from public_results.settings import read_settings
from public_results.site.identity import (
    TINT,
    WHITE,
    accent_problems,
    contrast_ratio,
    darker_passing,
    identity_css,
    logo_refusal,
    ratio_text,
    read_identity,
    svg_size,
)
from support import ROOT

LOGO = (ROOT / "content" / "images" / "logo.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("colour", "background", "ratio"),
    [
        ("#767676", WHITE, 4.54),  # the lightest grey that passes on white
        ("#777777", WHITE, 4.48),  # one step lighter fails
        ("#000000", WHITE, 21.0),
        ("#ffffff", WHITE, 1.0),
        ("#0b5394", WHITE, 7.84),
    ],
)
def test_the_contrast_ratio_is_wcag_2s_relative_luminance_formula(colour, background, ratio):
    assert contrast_ratio(colour, background) == pytest.approx(ratio, abs=0.005)
    assert contrast_ratio(background, colour) == contrast_ratio(colour, background)


def test_a_ratio_is_cut_not_rounded_so_a_failing_one_never_reads_as_passing():
    assert ratio_text(4.4999) == "4,49"
    assert ratio_text(contrast_ratio("#777777", WHITE)) == "4,47"
    assert ratio_text(21.0) == "21,00"


def test_the_light_background_checked_is_the_themes_own():
    css = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
    assert re.search(r"--tint:\s*([#\w]+);", css).group(1) == TINT


def test_a_dark_enough_accent_passes():
    assert accent_problems("#1a6b5a") == []
    assert accent_problems("#0b5394") == []


def test_a_light_accent_stops_with_setting_colour_ratio_and_a_darker_colour_that_passes():
    (problem,) = accent_problems("#3b8fd0")
    assert problem.file == "pelicanconf.py"
    assert "RESULTS_ACCENT: farven »#3b8fd0« har kun kontrasten 3,48:1 mod hvid (#ffffff)" in problem.what
    assert "mindst 4,5:1" in problem.what
    suggested = re.search(r"Vælg en mørkere farve, fx »(#[0-9a-f]{6})«", problem.fix).group(1)
    assert contrast_ratio(suggested, WHITE) >= 4.5 and contrast_ratio(suggested, TINT) >= 4.5


def test_an_accent_that_passes_on_white_but_not_on_the_light_background_is_refused_naming_it():
    assert contrast_ratio("#767676", WHITE) >= 4.5
    (problem,) = accent_problems("#767676")
    assert "4,11:1 mod den lyse baggrund i sidehovedet" in problem.what


def test_a_darker_colour_keeps_a_passing_one_and_darkens_a_failing_one_only_as_needed():
    assert darker_passing("#1a6b5a") == "#1a6b5a"
    darker = darker_passing("#777777", backgrounds=[WHITE])
    assert contrast_ratio(darker, WHITE) >= 4.5
    assert darker == "#757575"  # 1 % darker: the first step that passes (#767676 would too)
    hue = darker_passing("#3b8fd0")
    assert hue == "#2f73a8" and contrast_ratio(hue, TINT) >= 4.5  # the same hue: each channel × 0.81


def test_the_example_logo_is_a_safe_drawing_with_a_size():
    assert logo_refusal(LOGO) == ""
    assert svg_size(LOGO) == (48.0, 56.0)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (("<circle", "<script>alert(1)</script><circle"), "indeholder et script"),
        (("<circle", '<circle onload="alert(1)"'), "har en hændelse"),
        (("<circle", '<a href="https://example.org/x"><circle/></a><circle'), "henter noget fra en anden adresse"),
        (('fill="#f4c95d"', 'fill="url(https://example.org/p.svg#x)"'), "henter noget fra en anden adresse"),
        (("<svg", '<?xml version="1.0"?>\n<svg'), "XML-erklæring"),
        (("<circle", "<!-- tegnet af os --><circle"), "XML-erklæring"),
        (("<circle", "<style>circle{fill:red}</style><circle"), "indeholder dele"),
        (("<circle", '<image href="#x"/><circle'), "indeholder dele"),
    ],
)
def test_an_unsafe_logo_is_refused_with_the_reason_in_danish(change, reason):
    old, new = change
    assert old in LOGO
    assert reason in logo_refusal(LOGO.replace(old, new, 1))


def test_a_logos_size_comes_from_its_viewbox_or_its_width_and_height():
    assert svg_size('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"/>') == (120.0, 40.0)
    assert svg_size('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="60"/>') == (30.0, 60.0)
    assert svg_size('<svg xmlns="http://www.w3.org/2000/svg"/>') is None
    assert svg_size("<svg") is None


def _content(tmp_path: Path, logo: str = LOGO) -> Path:
    (tmp_path / "content" / "images").mkdir(parents=True)
    (tmp_path / "content" / "images" / "logo.svg").write_text(logo, encoding="utf-8")
    (tmp_path / "content" / "logo.svg").write_text(logo, encoding="utf-8")  # not in STATIC_PATHS
    (tmp_path / "content" / "images" / "logo.png").write_bytes(b"\x89PNG")
    return tmp_path / "content"


def _settings(**given: object):
    return read_settings({f"RESULTS_{k.upper()}": v for k, v in given.items()})


def test_a_good_identity_gives_name_logo_alt_size_and_accent(tmp_path):
    settings = _settings(
        municipality="Eksempel Kommune", logo="images/logo.svg", logo_alt="Eksempel Kommunes logo", accent="#1A6B5A"
    )
    identity = read_identity(settings, _content(tmp_path), ["images"])
    assert (identity.name, identity.logo, identity.logo_alt) == (
        "Eksempel Kommune",
        "images/logo.svg",
        "Eksempel Kommunes logo",
    )
    assert (identity.logo_width, identity.logo_height) == (41, 48)  # 48 px high, the viewBox's 48:56
    assert identity.accent == "#1a6b5a"
    assert identity_css(identity.accent) == ":root { --accent: #1a6b5a; --link: #1a6b5a; }\n"


def test_no_identity_settings_give_the_themes_own_accent_and_no_logo(tmp_path):
    identity = read_identity(_settings(), tmp_path, ["images"])
    assert (identity.name, identity.logo, identity.accent) == ("", "", "#0b5394")


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        ("https://www.kommune.dk/logo.svg", "er en adresse; sitet henter intet fra andre værter"),
        ("//cdn.example.org/logo.svg", "er en adresse"),
        ("../../etc/logo.svg", "peger ud af indholdsmappen"),
        ("/images/logo.svg", "peger ud af indholdsmappen"),
        ("images/logo.png", "er ikke en SVG-fil"),
        ("images/mangler.svg", "findes ikke i indholdsmappen"),
        ("logo.svg", "ligger ikke i en mappe fra STATIC_PATHS (images)"),
    ],
)
def test_a_logo_that_cannot_be_published_from_the_site_itself_is_refused(tmp_path, logo, message):
    settings = _settings(logo=logo, logo_alt="Logo")
    with pytest.raises(IdentityError) as caught:
        read_identity(settings, _content(tmp_path), ["images"])
    (problem,) = caught.value.problems
    assert problem.what.startswith("RESULTS_LOGO: ") and f"»{logo}«" in problem.what and message in problem.what
    assert "content/images" in problem.fix or "SVG" in problem.fix


def test_every_identity_problem_is_told_at_once(tmp_path):
    unsafe = LOGO.replace("<circle", '<circle onclick="alert(1)"', 1)
    settings = _settings(logo="images/logo.svg", accent="#99ccff", municipality="Eksempel Kommune")
    with pytest.raises(IdentityError) as caught:
        read_identity(settings, _content(tmp_path, unsafe), ["images"])
    report = caught.value.report()
    assert report.startswith("Sitets logo eller farve kan ikke bruges: 3 problemer.")
    assert "RESULTS_ACCENT: farven »#99ccff«" in report
    assert "RESULTS_LOGO_ALT mangler" in report and 'RESULTS_LOGO_ALT = "Eksempel Kommunes logo"' in report
    assert "RESULTS_LOGO: logoet »images/logo.svg« har en hændelse" in report


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RESULTS_ACCENT", "blue"),
        ("RESULTS_ACCENT", "#12345"),
        ("RESULTS_ACCENT", "1f5f8b"),
        ("RESULTS_ACCENT", 0x1F5F8B),
        ("RESULTS_LOGO", 42),
        ("RESULTS_LOGO_ALT", ["logo"]),
        ("RESULTS_LEAD_FIGURE", ["forløb.aktive"]),
        ("RESULTS_MUNICIPALITY", None),
    ],
)
def test_an_identity_setting_of_the_wrong_kind_stops_the_build_naming_it(name, value):
    with pytest.raises(DescriptorError) as caught:
        read_settings({name: value})
    (problem,) = caught.value.problems
    assert problem.what.startswith(name) and str(value) in problem.what
    assert name in problem.fix
