"""The briefing PDF's cache key: what shapes the printed page makes the PDF again when it changes.

Making a PDF (WeasyPrint) is tested in tests/site/test_pdf_site.py."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

from public_results.site.pdf import _linked_files, missing_images, pdf_key, quiet_libraries

PAGE = (
    '<html><head><link rel="stylesheet" href="theme/css/site.css">'
    '<link rel="stylesheet" href="theme/css/print.css" media="print"></head>'
    '<body><img class="site-logo" src="images/logo.svg" alt="Kommunens logo"></body></html>'
)


def key(root: Path) -> str:
    page = root / "briefing.html"
    return pdf_key(PAGE.encode(), _linked_files(PAGE, page, root, ""))


def test_a_changed_stylesheet_or_logo_under_the_same_name_gives_a_new_key(tmp_path: Path):
    (tmp_path / "theme" / "css").mkdir(parents=True)
    (tmp_path / "images").mkdir()
    for name, text in {"theme/css/site.css": "a{}", "theme/css/print.css": "b{}", "images/logo.svg": "<svg/>"}.items():
        (tmp_path / name).write_text(text)
    first = key(tmp_path)
    assert key(tmp_path) == first
    seen = {first}
    for name in ("theme/css/print.css", "images/logo.svg", "theme/css/site.css"):
        (tmp_path / name).write_text((tmp_path / name).read_text() + " ")
        seen.add(key(tmp_path))
    assert len(seen) == 4


def test_missing_images_names_a_picture_that_is_not_a_file_of_the_site(tmp_path: Path):
    for folder in ("grafer", "briefinger"):
        (tmp_path / folder).mkdir()
    (tmp_path / "grafer" / "a.png").write_bytes(b"png")
    page = tmp_path / "briefinger" / "b.html"
    html = '<img src="../grafer/a.png" alt="a"><img src="../grafer/b.png" alt="b"><img src="https://x.dk/grafer/a.png">'
    assert missing_images(html, page, tmp_path, "https://x.dk") == ["../grafer/b.png"]


def test_a_library_warning_goes_to_the_debug_log_only(caplog):
    caplog.set_level(logging.WARNING)
    with quiet_libraries():
        logging.getLogger("weasyprint").warning("Ignored `text-size-adjust: 100%`")
        logging.getLogger("fontTools.subset").warning("glyph not found")
        warnings.warn("HarfBuzz-Subset will be required", DeprecationWarning, stacklevel=1)
    assert caplog.records == []
    caplog.set_level(logging.DEBUG)
    with quiet_libraries():
        logging.getLogger("weasyprint.progress").warning("Step 5 - Creating layout")
    assert [(r.name, r.levelno) for r in caplog.records] == [("weasyprint.progress", logging.DEBUG)]
    logging.getLogger("weasyprint").warning("after the PDF stage")  # the library's own logging is back
    assert caplog.records[-1].levelno == logging.WARNING
