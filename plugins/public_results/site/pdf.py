"""PDF: each briefing as an accessible PDF (tagged, PDF/UA-1) of two A4 pages.

The PDF is made from its own HTML (the theme's ``briefing_pdf.html``, rendered by the adapter and
kept in memory), not from the briefing's web page: key messages and the key-figure table on page
one; one or two charts as their PNG downloads, the method in small print, source and contact on
page two, laid out with the theme's ``briefing-pdf.css``. If the two pages do not hold it all,
the parts marked ``pdf-optional`` (the second chart) are left out and the PDF is laid out again;
a PDF still longer than two pages is a warning in Danish.

WeasyPrint tags the structure (headings, lists, tables, figures with their text alternatives)
so a screen reader can read the PDF. A PDF is cached under a hash of its HTML, the stylesheets
and images it uses and WeasyPrint's version: an unchanged briefing is never laid out again.

Fonts are subset with HarfBuzz (``libharfbuzz-subset0``); where that library is missing the
theme's small fonts are embedded whole rather than subset by fontTools (slow). WeasyPrint's and
fontTools' own log lines (English, about CSS it skips) go to the debug log (``--debug``), never
to the build's output.

WeasyPrint needs the system libraries Pango and HarfBuzz (Debian: ``libpango-1.0-0
libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0``). Without them ``write_pdf`` raises
PdfUnavailable with the command that installs them.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Iterator, Mapping
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from .. import importers, output_files
from ..charts.drawing import write_atomically
from ..charts.kept_files import complete_pdf
from ..danish import words
from ..errors import BuildFailed, PdfUnavailable, Problem
from ..library_logs import to_debug_log
from .progress import Progress

VARIANT = "pdf/ua-1"
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0"
PAGES = 2  # a briefing's PDF: two A4 pages
OPTIONAL = ".pdf-optional { display: none; }"  # what is left out when two pages do not hold it all
QUIET = ("weasyprint", "fontTools")  # loggers whose lines go to the debug log only
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
_IMAGE = re.compile(r'<img [^>]*?src="([^"]+)"')
logger = logging.getLogger(__name__)


def pdf_key(html: bytes, files: list[bytes]) -> str:
    digest = hashlib.sha256(metadata.version("weasyprint").encode() + b"\0" + VARIANT.encode() + b"\0" + html)
    for content in files:
        digest.update(b"\0" + content)
    return digest.hexdigest()[:24]


def _site_file(link: str, page: Path, root: Path, site_url: str) -> Path:
    """The file of the site in ``root`` that ``link`` on ``page`` addresses."""
    on_site = site_url and link.startswith(site_url.rstrip("/") + "/")
    href = link[len(site_url.rstrip("/")) :] if on_site else link
    return (root / href.lstrip("/")) if href.startswith("/") else (page.parent / href)


def _linked_files(html: str, page: Path, root: Path, site_url: str) -> list[bytes]:
    """The bytes of the site's stylesheets and images the page links to (what shapes its print
    layout, the municipality's logo and the charts' pictures included: a new logo under the old
    name makes the PDF again)."""
    found = []
    for link in _STYLESHEET.findall(html) + _IMAGE.findall(html):
        path = _site_file(link, page, root, site_url)
        if path.is_file():
            found.append(path.read_bytes())
    return found


def missing_images(html: str, page: Path, root: Path, site_url: str) -> list[str]:
    """The images ``html`` shows that are not files of the site (a PDF would leave them out)."""
    return [link for link in _IMAGE.findall(html) if not _site_file(link, page, root, site_url).is_file()]


def _weasyprint() -> ModuleType:
    try:
        return importers.weasyprint()
    except OSError as error:  # a system library is missing
        raise PdfUnavailable(
            Problem(
                file="pelicanconf.py",
                what=words.PDF_LIBRARY_MISSING.format(error=error),
                fix=words.PDF_LIBRARY_MISSING_FIX.format(packages=SYSTEM_PACKAGES),
            )
        ) from None


@contextlib.contextmanager
def quiet_libraries() -> Iterator[None]:
    """While a PDF is made, WeasyPrint's and fontTools' log lines (theirs and their modules', such
    as ``weasyprint.progress``) and Python's warnings go to the debug log only."""
    with to_debug_log(QUIET):
        yield


def _subset_with_harfbuzz() -> bool:
    """Whether WeasyPrint can subset fonts with HarfBuzz (else it would fall back to fontTools)."""
    try:
        from weasyprint.text.ffi import harfbuzz, harfbuzz_subset  # noqa: PLC0415 (loaded with WeasyPrint)
    except ImportError:  # pragma: no cover - a WeasyPrint without the module
        return False
    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


class SharedFonts:
    """The site's fonts as WeasyPrint has read them (a FontConfiguration, made on first use),
    shared by the PDFs of one build: the WOFF2 files are unpacked once, not once per PDF."""

    def __init__(self) -> None:
        self._config: Any = None

    def config(self) -> Any:
        if self._config is None:
            self._config = importers.weasyprint().text.fonts.FontConfiguration()
        return self._config


def render_pdf(
    html: str, base: Path, root: Path, site_url: str, identifier: bytes, fonts: SharedFonts | None = None
) -> tuple[bytes, int]:
    """The PDF of ``html`` (a document whose relative addresses start at ``base``, a file of the
    site in ``root``) and its number of pages: at most PAGES when leaving out the optional parts
    makes it fit. ``fonts``: shared with the build's other PDFs."""
    with quiet_libraries():
        weasyprint = _weasyprint()
        font_config = (fonts or SharedFonts()).config()
        options: dict[str, Any] = {
            "pdf_variant": VARIANT,
            "pdf_tags": True,
            "pdf_identifier": identifier,
            "uncompressed_pdf": False,
            "full_fonts": not _subset_with_harfbuzz(),
        }
        page = weasyprint.HTML(string=html, base_url=str(base), url_fetcher=_local_only(root, site_url))
        document = page.render(font_config, **options)
        if len(document.pages) > PAGES:
            optional = weasyprint.CSS(string=OPTIONAL, font_config=font_config)
            shorter = page.render(font_config, **options, stylesheets=[optional])
            document = shorter if len(shorter.pages) < len(document.pages) else document
        return document.write_pdf(**options), len(document.pages)


def write_pdf(
    html: str,
    html_file: Path,
    pdf_file: Path,
    root: Path,
    cache: Path,
    site_url: str = "",
    fonts: SharedFonts | None = None,
) -> bool:
    """Write the PDF of ``html``, the PDF document of ``html_file`` (a page of the site in ``root``,
    published at ``site_url``); True if it was made anew."""
    key = pdf_key(html.encode("utf-8"), _linked_files(html, html_file, root, site_url))
    cached = cache / f"{key}.pdf"
    if complete_pdf(cached):  # a PDF cut short in the cache is made again
        output_files.write_bytes(pdf_file, cached.read_bytes())
        return False
    for image in missing_images(html, html_file, root, site_url):
        logger.warning(words.PDF_IMAGE_MISSING.format(pdf=pdf_file.name, image=image))
    data, pages = render_pdf(html, html_file, root, site_url, key.encode(), fonts)
    if pages > PAGES:
        logger.warning(words.PDF_TOO_LONG.format(pdf=pdf_file.name, pages=pages))
    cache.mkdir(parents=True, exist_ok=True)
    write_atomically(cached, data)  # a part file of its own: two builds never share one
    output_files.write_bytes(pdf_file, data)
    return True


def _local_only(root: Path, site_url: str = ""):
    """A URL fetcher that reads the site's own files and nothing from the network: an address on
    the published site (``https://…/theme/css/site.css``) or a root-relative one (SITEURL "") is
    taken from the site's folder."""
    top = root.resolve()

    class SiteFiles(importers.weasyprint().urls.URLFetcher):
        def fetch(self, url: str, headers=None):
            if site_url and url.startswith(site_url.rstrip("/") + "/"):
                url = (top / url[len(site_url.rstrip("/")) + 1 :]).as_uri()
            if not url.startswith("file://"):
                raise ValueError(f"not a file of the site: {url}")
            path = Path(url.removeprefix("file://").split("?")[0]).resolve()
            if not path.is_relative_to(top):
                path = (top / str(path).lstrip("/")).resolve()
            if not path.is_relative_to(top) or not path.is_file():
                raise ValueError(f"not a file of the site: {url}")
            return super().fetch(path.as_uri(), headers)

    return SiteFiles(allowed_protocols=("file",))


def write_pdfs(documents: Mapping[str, str], output: Path, cache: Path, site_url: str, progress: Progress) -> None:
    """An accessible PDF beside each page of ``documents`` (a written page's address from the
    site's root: the HTML its PDF is made from), cached; a missing system library stops the build."""
    progress.stage(words.STAGE_PDF)
    found = sorted(documents.items())
    fonts = SharedFonts()
    for done, (page, html) in enumerate(found, 1):
        progress.step(done, len(found))
        html_file = output / page
        try:
            write_pdf(html, html_file, html_file.with_suffix(".pdf"), output, cache, site_url, fonts)
        except PdfUnavailable as error:
            raise BuildFailed(error.problems) from None
