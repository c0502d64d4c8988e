"""The briefing's PDF as WeasyPrint makes it (site/pdf.py): a site test, as laying out a PDF takes about
a second (issue 16); its cache key is unit-tested in tests/unit/site/test_pdf.py."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from public_results.site.pdf import render_pdf


def test_the_optional_parts_are_left_out_when_two_pages_do_not_hold_them(tmp_path: Path):
    page = tmp_path / "briefing.html"
    filler = '<p style="height: 200mm">x</p>'
    html = f"<html lang='da'><body>{filler}{filler}<p class='pdf-optional' style='height: 200mm'>y</p></body></html>"
    data, pages = render_pdf(html, page, tmp_path, "", b"test")
    assert pages == 2 and len(pypdf.PdfReader(io.BytesIO(data)).pages) == 2
    _, still = render_pdf(html.replace("pdf-optional", "needed"), page, tmp_path, "", b"test")
    assert still == 3  # nothing optional to leave out: the build warns in Danish
