"""Where the plugin and its theme are on this machine, for a site folder that uses them.

A site made with ``python -m public_results new`` (``make ny-enhed``) does not copy the plugin or the
theme: its ``pelicanconf.py`` asks this module where they are, so it keeps working whether the
plugin runs from a clone of this repository (``plugins/`` and ``theme/`` side by side) or from an
installed package (the theme then ships inside the package as ``public_results/theme``).
Takes nothing; gives folders. Imports nothing of the plugin.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def plugin_folder() -> Path:
    """The folder that holds the ``public_results`` package: what Pelican's ``PLUGIN_PATHS`` needs."""
    return _PACKAGE.parent


def theme_folder() -> Path:
    """The theme: ``theme/`` of the repository, or the copy an installed package carries."""
    in_repository = _PACKAGE.parent.parent / "theme"
    if (in_repository / "templates").is_dir():
        return in_repository
    return _PACKAGE / "theme"
