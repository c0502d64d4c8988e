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
    """The theme: the copy an installed package carries, or else ``theme/`` of the repository.

    The installed copy is looked for first: a package installed with ``pip install --target`` into a
    site's folder must not take the site's own ``theme/`` beside it for the repository's.
    """
    installed = _PACKAGE / "theme"
    if (installed / "templates").is_dir():
        return installed
    return _PACKAGE.parent.parent / "theme"
