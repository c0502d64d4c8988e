"""Pelican's settings file, read and checked before a build: what would publish unsafe or stale pages
is refused, and the plugin's paths are made absolute (relative to the settings file, like PATH)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pelican
from pelican.settings import get_settings_from_file
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


def beside(settings_file: Path, value: str | Path) -> Path:
    """A path a setting names: as it is when absolute, else from the settings file's folder (as
    Pelican reads PATH)."""
    path = Path(value)
    return path if path.is_absolute() else Path(settings_file).resolve().parent / path


def pelican_settings(settings_file: Path, overrides: dict[str, Any]) -> dict[str, Any]:
    """Pelican's settings from ``settings_file``, checked for what would publish unsafe or stale pages."""
    try:
        settings = read_pelican_settings(str(settings_file), override=overrides)
    except ValueError as error:  # Pelican's own checks: the content's or the theme's folder is missing
        problems = missing_folders(settings_file, overrides)
        what = words.PELICAN_ERROR.format(message=error)
        raise BuildFailed(problems or [Problem(file=str(settings_file), what=what, fix=words.SEE_ABOVE)]) from None
    if not (settings.get("JINJA_ENVIRONMENT") or {}).get("autoescape"):
        raise BuildFailed(Problem(file=str(settings_file), what=words.NO_AUTOESCAPE, fix=words.NO_AUTOESCAPE_FIX))
    if settings.get("LOAD_CONTENT_CACHE"):
        raise BuildFailed(Problem(file=str(settings_file), what=words.CONTENT_CACHE, fix=words.CONTENT_CACHE_FIX))
    for key, default in SETTINGS_PATHS:
        if not (settings.get(key) or default):
            continue
        settings[key] = str(beside(settings_file, settings.get(key) or default))
    notes = str(settings.get("RESULTS_BRIEFINGS_PATH") or words.FOLDER_BRIEFINGS).strip("/")
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):  # the briefings' notes are read by our generator
        settings[key] = [*settings.get(key, []), notes, words.FOLDER_UNITS]  # and the unit pages' template
    return settings


PELICAN_THEMES = Path(pelican.__file__).parent / "themes"  # a THEME may name one of these
FOLDERS = (("PATH", words.SETTING_FOLDER_FIX_CONTENT), ("THEME", words.SETTING_FOLDER_FIX_THEME))


def missing_folders(settings_file: Path, overrides: dict[str, Any]) -> list[Problem]:
    """The folders the settings name that are not there, as Pelican looks for them (relative to the
    settings file; a theme may also be one of Pelican's own by name), each with its fix."""
    given = {**get_settings_from_file(str(settings_file)), **overrides}
    problems = []
    for name, fix in FOLDERS:
        value = given.get(name)
        if not isinstance(value, str):
            continue
        folder = beside(settings_file, value)
        own_theme = name == "THEME" and (PELICAN_THEMES / value).is_dir()
        if not folder.is_dir() and not own_theme:
            what = words.SETTING_FOLDER_MISSING.format(name=name, value=value, folder=folder)
            problems.append(Problem(file=str(settings_file), what=what, fix=fix))
    return problems
