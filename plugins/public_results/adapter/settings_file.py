"""Pelican's settings file, read and checked before a build: what would publish unsafe or stale pages
is refused, and the plugin's paths are made absolute (relative to the settings file, like PATH)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.settings import read_settings as read_pelican_settings

from ..danish import words
from ..errors import BuildFailed, Problem

SETTINGS_PATHS = (  # relative to the settings file, like Pelican's PATH
    ("RESULTS_DATA_PATH", "data"),
    ("CACHE_PATH", "cache"),
    ("RESULTS_RENDER_CACHE", ""),
    ("RESULTS_FONT_PATH", ""),
    ("RESULTS_LEDGER", "ledger.json"),
)


def pelican_settings(settings_file: Path, overrides: dict[str, Any]) -> dict[str, Any]:
    """Pelican's settings from ``settings_file``, checked for what would publish unsafe or stale pages."""
    settings = read_pelican_settings(str(settings_file), override=overrides)
    if not (settings.get("JINJA_ENVIRONMENT") or {}).get("autoescape"):
        raise BuildFailed(Problem(file=str(settings_file), what=words.NO_AUTOESCAPE, fix=words.NO_AUTOESCAPE_FIX))
    if settings.get("LOAD_CONTENT_CACHE"):
        raise BuildFailed(Problem(file=str(settings_file), what=words.CONTENT_CACHE, fix=words.CONTENT_CACHE_FIX))
    for key, default in SETTINGS_PATHS:
        if not (settings.get(key) or default):
            continue
        path = Path(settings.get(key) or default)
        if not path.is_absolute():
            settings[key] = str(Path(settings_file).resolve().parent / path)
    notes = str(settings.get("RESULTS_BRIEFINGS_PATH") or words.FOLDER_BRIEFINGS).strip("/")
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):  # the briefings' notes are read by our generator
        settings[key] = [*settings.get(key, []), notes, words.FOLDER_UNITS]  # and the unit pages' template
    return settings
