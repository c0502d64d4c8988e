"""The briefing PDF's cache key: what shapes the printed page makes the PDF again when it changes."""

from __future__ import annotations

from pathlib import Path

from public_results.site.pdf import _linked_files, pdf_key

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
