"""What is read back from the render cache is checked: markup made safe, pictures and PDFs whole."""

from __future__ import annotations

import pytest
from PIL import Image

from public_results.charts.drawing import clean_svg
from public_results.charts.drawing_pool import draw_all
from public_results.charts.kept_files import complete_pdf, complete_png, safe_svg
from support import ROOT

FONTS = ROOT / "theme" / "fonts"
DRAWN = (
    '<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" viewBox="0 0 10 10">'
    '<defs><clipPath id="c1"><rect width="10" height="10"/></clipPath></defs>'
    '<g clip-path="url(#c1)" style="fill: #333; opacity: 0.5"><path d="M0,0h10v10Z"/>'
    '<text x="1" y="9" font-size="11px">Håb &amp; tryghed</text></g></svg>'
)


def test_a_drawing_as_vl_convert_makes_it_is_made_ready_to_inline_and_passes() -> None:
    inline = clean_svg(DRAWN, "svgab")
    assert safe_svg(inline) and inline.startswith('<svg aria-hidden="true"')
    assert 'id="svgab-c1"' in inline and 'clip-path="url(#svgab-c1)"' in inline and "style=" not in inline


@pytest.mark.hardening
@pytest.mark.parametrize(
    "planted",
    [
        DRAWN.replace("<path ", '<path onload="alert(1)" '),
        DRAWN.replace("</g>", "<script>alert(1)</script></g>"),
        DRAWN.replace("</g>", "<foreignObject><img src=x onerror=alert(1)></foreignObject></g>"),
        DRAWN.replace("</g>", '<a href="javascript:alert(1)"><text>x</text></a></g>'),
        DRAWN.replace("</g>", '<use xlink:href="https://elsewhere.example/x.svg#a"/></g>'),
        DRAWN.replace("</g>", '<image href="https://elsewhere.example/x.png"/></g>'),
        DRAWN.replace("</g>", "<style>@import url(https://elsewhere.example/a.css)</style></g>"),
        DRAWN.replace("opacity: 0.5", "opacity: 0.5; background: url(https://elsewhere.example/a.png)"),
        DRAWN.replace("<path ", '<path fill="url(https://elsewhere.example/a.svg#p)" '),
        DRAWN.replace("<svg ", '<!DOCTYPE svg [<!ENTITY a "b">]><svg '),
        DRAWN.replace("</g>", "<![CDATA[</svg><script>alert(1)</script>]]></g>"),
        DRAWN.replace("</g>", "<!-- --><?php x ?></g>"),
        DRAWN[: len(DRAWN) // 2],  # cut short
        DRAWN.replace("</g>", '<title><img src="x" onerror="alert(1)"/></title></g>'),  # HTML inside SVG
    ],
)
def test_a_planted_or_damaged_drawing_is_refused(planted: str) -> None:
    assert not safe_svg(clean_svg(planted, "svgab"))
    assert not safe_svg(planted)


@pytest.mark.hardening
def test_pictures_and_pdfs_cut_short_are_not_whole(tmp_path) -> None:
    png, pdf = tmp_path / "a.png", tmp_path / "a.pdf"
    Image.new("RGB", (40, 20), "white").save(png)
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 5000 + b"\n%%EOF\n")
    assert complete_png(png) and complete_pdf(pdf)
    whole = png.read_bytes()
    png.write_bytes(whole + b"more")
    assert not complete_png(png)
    png.write_bytes(whole[:-5])
    pdf.write_bytes(pdf.read_bytes()[:3000])
    assert not complete_png(png) and not complete_pdf(pdf)
    assert not complete_png(tmp_path / "missing.png")


def spec(label: str) -> dict:
    return {
        "data": {"values": [{"label": label, "value": 3}]},
        "mark": "bar",
        "encoding": {"x": {"field": "value", "type": "quantitative"}, "y": {"field": "label", "type": "nominal"}},
    }


@pytest.mark.hardening
def test_damaged_drawings_in_the_cache_are_drawn_again_and_counted(tmp_path) -> None:
    specs = {"a": (spec("Håb"), spec("Håb")), "b": (spec("Tryg"), spec("Tryg")), "c": (spec("Ro"), spec("Ro"))}
    clean, _ = draw_all(specs, tmp_path, FONTS, workers=1)
    (tmp_path / "a.svg").write_text(clean["a"].inline_svg().replace("<path ", '<path onload="alert(1)" '))
    (tmp_path / "b.svg").write_bytes(b"\xff\xfe" + (tmp_path / "b.svg").read_bytes()[5:])  # not UTF-8
    (tmp_path / "c.png").write_bytes((tmp_path / "c.png").read_bytes()[:100])  # cut short
    again, stats = draw_all(specs, tmp_path, FONTS, workers=1)
    assert (stats.drawn, stats.cached, stats.damaged) == (3, 0, 3)
    assert {k: (d.inline, d.png) for k, d in again.items()} == {k: (d.inline, d.png) for k, d in clean.items()}
    assert "onload" not in again["a"].inline_svg()
