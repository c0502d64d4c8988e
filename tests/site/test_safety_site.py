"""Poisoned content (quality check 9): nothing a writer's text holds can run, in pages or feeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from public_results.adapter.run import build_site

pytestmark = pytest.mark.site

POISONED = """Title: <img src=x onerror=alert(1)> {{ forløb.aktive }} aktive
Date: 2022-02-20
Summary: Resumé <script>alert(2)</script> og <a href="javascript:alert(3)">link</a>.

Tekst <script>alert(4)</script> med <img src="x" onerror="alert(5)"> og [et link](javascript:alert(6)).

<p style="color:red" onclick="alert(7)">Stil</p>
"""


def test_poisoned_title_summary_and_body_are_harmless_in_every_page_and_feed(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"gift.md": POISONED})
    output = tmp_path / "output"
    build_site(settings, output, {"FEED_ALL_ATOM": "feeds/all.atom.xml", "SITEURL": "https://x.dk"})
    files = [*output.rglob("*.html"), *output.rglob("*.xml")]
    assert any("aktive" in f.read_text(encoding="utf-8") for f in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        raw = text if path.suffix == ".html" else text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        assert not re.search(r"<script>alert|<img[^>]*onerror|onclick=|javascript:|style=\"color", raw), path
    page = (output / "gift.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt; 225 aktive" in page  # the title is text, escaped (newest: 225)
    assert "<p>Stil</p>" in page


def test_a_theme_without_autoescape_is_refused(tiny_site, tmp_path: Path) -> None:
    from public_results.errors import ResultsError  # noqa: PLC0415

    settings = tiny_site({"a.md": "Title: A\nDate: 2022-02-20\n\nTekst.\n"})
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output", {"JINJA_ENVIRONMENT": {"trim_blocks": True}})
    assert "autoescape" in caught.value.report()
    assert not (tmp_path / "output").exists()


REMOTE = """Title: Billeder
Date: 2022-02-20
Summary: Se ![kortet](https://kort.example/a.png)

Et billede herfra: ![logo]({static}/images/logo.png)

Et udefra: <img alt="spor" src="//cdn.example/pixel.gif">
"""


@pytest.mark.hardening
def test_an_image_from_another_host_stops_the_build_and_one_of_the_sites_own_is_published(tiny_site, tmp_path):
    from public_results.errors import ResultsError  # noqa: PLC0415

    settings = tiny_site({"billeder.md": REMOTE})
    images = settings.parent / "content" / "images"
    images.mkdir()
    Image.new("RGB", (8, 8), "white").save(images / "logo.png")
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output", {"STATIC_PATHS": ["images"]})
    report = caught.value.report()
    assert "linje 3" in report and "https://kort.example/a.png" in report
    assert "linje 7" in report and "//cdn.example/pixel.gif" in report
    assert "logo.png" not in report
    (settings.parent / "content" / "articles" / "billeder.md").write_text(
        REMOTE.replace("https://kort.example/a.png", "{static}/images/logo.png").replace(
            '<img alt="spor" src="//cdn.example/pixel.gif">', ""
        ),
        encoding="utf-8",
    )
    build_site(settings, tmp_path / "output", {"STATIC_PATHS": ["images"]})
    assert (tmp_path / "output" / "images" / "logo.png").is_file()
    assert re.search(r'<img alt="logo" src="[^"]*images/logo.png"', (tmp_path / "output" / "billeder.html").read_text())
