"""Helpers for every test layer: the project's root, the visible text of a page, tiny sites.

Imported as ``support`` (``tests/`` is on pytest's ``pythonpath``, see pyproject.toml), so any test in
any folder can ``from support import ROOT``; the fixtures that use these live in ``tests/conftest.py``.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_text(path: Path) -> str:
    """The visible text of an HTML page: no tags, no SVG, entities decoded, spaces collapsed."""
    markup = path.read_text(encoding="utf-8")
    markup = re.sub(r"<svg.*?</svg>", " ", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"[ \t\r\n]+", " ", text).strip()  # keeps non-breaking spaces


def write_site(
    folder: Path, articles: dict[str, str], data_from: Path = ROOT / "data", render_cache: Path | None = None
) -> Path:
    """A tiny site in ``folder``: the example data and theme, and the given articles.

    ``render_cache`` (drawings and PDFs, keyed by content hash) may be shared between sites;
    by default each site has its own. Returns the path of its settings file.
    """
    (folder / "content" / "articles").mkdir(parents=True)
    shutil.copytree(data_from, folder / "data")
    for name, text in articles.items():
        (folder / "content" / "articles" / name).write_text(text, encoding="utf-8")
    settings = folder / "pelicanconf.py"
    settings.write_text(
        "\n".join(
            [
                f"THEME = {str(ROOT / 'theme')!r}",
                f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]",
                "PLUGINS = ['public_results']",
                "PATH = 'content'",
                "SITENAME = 'Testsite'",
                "TIMEZONE = 'Europe/Copenhagen'",
                "DEFAULT_LANG = 'da'",
                "SLUGIFY_SOURCE = 'basename'",
                "RESULTS_DATA_PATH = 'data'",
                "JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}",
                "FEED_ALL_ATOM = None",
                "CATEGORY_FEED_ATOM = None",
                "DIRECT_TEMPLATES = ['index']",
                f"RESULTS_RENDER_CACHE = {str(render_cache) if render_cache else ''!r}",
                "RESULTS_BRIEFING_PDF = False  # tests that check the PDF turn it on (WeasyPrint is slow)",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return settings
