"""The »Data« page (``data/index.html``): every open-data package (``open_data``) with its files, the
licence, how to cite it and the catalogue, as HTML for the theme's ``open_data`` template.

``open_data_body(found, settings, site)`` gives the page's body; ``data_pages`` makes the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..danish import numbers
from ..pages.blocks import render_template
from ..settings import Settings, Site
from .dcat import CATALOGUE_FILE
from .open_data import DESCRIPTOR, FOLDER, Package, licence

PAGE = f"{FOLDER}/index.html"


@dataclass(frozen=True)
class Listed:
    """A package as the page lists it: its title, data date, files and address to cite."""

    title: str
    date: str  # »15. maj 2018«
    iso_date: str
    descriptor: str  # the datapackage.json, from the page
    files: tuple[tuple[str, str], ...]  # (title, address from the page)
    cite: str  # the package's address to cite: absolute when the site's address is
    anchor: str  # the id of its heading: »forloeb-2018-05-15«
    survey: bool  # a survey round: its date is the day it closed


def open_data_body(found: list[Package], settings: Settings, site: Site) -> str:
    """The page's body: the packages per dataset (newest first), the licence, citing and the catalogue."""
    absolute = site.url.rstrip("/") + f"/{FOLDER}/" if site.url.startswith("http") else ""
    datasets: dict[str, list[Listed]] = {}
    for package in found:
        files = tuple((resource.title, f"{package.folder}/{resource.path}") for resource in package.resources)
        descriptor = f"{package.folder}/{DESCRIPTOR}"
        listed = Listed(
            title=package.title,
            date=numbers.format_date(package.day),
            iso_date=package.day.isoformat(),
            descriptor=descriptor,
            files=files,
            cite=absolute + descriptor,
            anchor=package.name,
            survey=bool(package.survey_round),
        )
        datasets.setdefault(package.dataset_title, []).insert(0, listed)
    return render_template(
        "open_data_body.html",
        datasets=list(datasets.items()),
        licence=licence(settings.data_licence),
        publisher=settings.municipality or site.name,
        catalogue=CATALOGUE_FILE,
        catalogue_address=absolute + CATALOGUE_FILE,
        absolute=bool(absolute),
        marker=settings.suppressed_marker,
    )
