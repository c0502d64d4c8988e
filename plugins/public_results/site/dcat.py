"""The open data's catalogue for the national open-data portal: ``data/catalog.jsonld``, DCAT-AP-DK as
JSON-LD.

``catalogue(found, settings, site)`` describes the site (``dcat:Catalog``), each package of
``open_data`` (a ``dcat:Dataset`` per dataset and data date or survey round) and each of its files (a
``dcat:Distribution``: the CSV tables and the ``datapackage.json``). Dates are ISO 8601; addresses are
absolute when the site's address is (``make publish``), else relative to the catalogue.
``write_open_data`` writes the whole open-data folder: the packages, then the catalogue.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import output_files
from ..danish import words
from ..figures.book import FigureBook
from ..figures.cache import plugin_code_version
from ..settings import Settings, Site
from .open_data import DESCRIPTOR, FOLDER, MEDIA_TYPES, Package, packages, write_packages

CATALOGUE_FILE = "catalog.jsonld"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# EU vocabularies that DCAT-AP (and so DCAT-AP-DK) names
LANGUAGE = "http://publications.europa.eu/resource/authority/language/DAN"
DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/SOCI"  # population and society
FILE_TYPES = {"csv": "http://publications.europa.eu/resource/authority/file-type/CSV",
              "json": "http://publications.europa.eu/resource/authority/file-type/JSON"}  # fmt: skip
IANA = "https://www.iana.org/assignments/media-types/"


def _text(value: str) -> dict[str, str]:
    return {"@value": value, "@language": "da"}


def _date(value: str) -> dict[str, str]:
    return {"@value": value, "@type": "xsd:date"}


def _link(address: str) -> dict[str, str]:
    return {"@id": address}


def catalogue(found: list[Package], settings: Settings, site: Site) -> dict[str, Any]:
    """The catalogue of every package, as a JSON-LD document."""
    base = f"{site.url.rstrip('/')}/{FOLDER}" if site.url.startswith("http") else "."
    publisher_name = settings.municipality or site.name
    publisher = {"@id": f"{base}/index.html#publisher", "@type": "foaf:Agent", "foaf:name": publisher_name}
    contact: dict[str, Any] = {"@type": "vcard:Organization", "vcard:fn": publisher_name}
    emails = [c for c in settings.allowed_contacts if "@" in c]
    if emails:
        contact["vcard:hasEmail"] = _link(f"mailto:{emails[0]}")
    else:
        contact["vcard:hasURL"] = _link(f"{base}/index.html")
    datasets = [_dataset(package, base, publisher, contact, settings.data_licence) for package in found]
    modified = max((package.day.isoformat() for package in found), default="")
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "@id": f"{base}/{CATALOGUE_FILE}",
        "@type": "dcat:Catalog",
        "dct:title": _text(site.name),
        "dct:description": _text(site.subtitle or words.OPEN_DATA_SUMMARY),
        "dct:publisher": publisher,
        "dct:language": _link(LANGUAGE),
        "dct:license": _link(settings.data_licence),
        "foaf:homepage": _link(f"{base}/../" if base == "." else f"{site.url.rstrip('/')}/"),
        "dcat:dataset": datasets,
    }
    if modified:
        document["dct:modified"] = _date(modified)
    return document


def _dataset(package: Package, base: str, publisher: dict[str, Any], contact: dict[str, Any], licence: str) -> dict:
    folder = f"{base}/{package.folder}"
    files = [(resource.path, "csv", resource.title) for resource in package.resources]
    files.append((DESCRIPTOR, "json", package.title))
    return {
        "@id": f"{folder}/",
        "@type": "dcat:Dataset",
        "dct:identifier": f"{folder}/{DESCRIPTOR}",
        "dct:title": _text(package.title),
        "dct:description": _text(package.description),
        "dct:publisher": {"@id": publisher["@id"]},
        "dcat:contactPoint": contact,
        "dcat:theme": _link(DATA_THEME),
        "dcat:keyword": [_text(word) for word in (*package.keywords, words.CATALOGUE_KEYWORD)],
        "dct:language": _link(LANGUAGE),
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": _date(package.start.isoformat()),
            "dcat:endDate": _date(package.day.isoformat()),
        },
        "dct:modified": _date(package.day.isoformat()),
        "dcat:landingPage": _link(f"{base}/index.html"),
        "dcat:distribution": [
            {
                "@id": f"{folder}/{path}",
                "@type": "dcat:Distribution",
                "dct:title": _text(title),
                "dcat:accessURL": _link(f"{folder}/{path}"),
                "dcat:downloadURL": _link(f"{folder}/{path}"),
                "dct:format": _link(FILE_TYPES[kind]),
                "dcat:mediaType": _link(IANA + MEDIA_TYPES[kind]),
                "dct:license": _link(licence),
            }
            for path, kind, title in files
        ],
    }


def write_catalogue(output: Path, found: list[Package], settings: Settings, site: Site) -> Path:
    """``<output>/data/catalog.jsonld``."""
    path = output / FOLDER / CATALOGUE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    output_files.write_text(path, json.dumps(catalogue(found, settings, site), ensure_ascii=False, indent=2) + "\n")
    return path


def write_open_data(output: Path, book: FigureBook, settings: Settings, site: Site) -> list[Path]:
    """Every package (``open_data``) and the catalogue, under ``<output>/data/``; the files written."""
    found = packages(book, settings)
    written = write_packages(output, found, settings, site, plugin_code_version())
    return [*written, write_catalogue(output, found, settings, site)]
