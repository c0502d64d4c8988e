"""PDF: each briefing as an accessible PDF (tagged, PDF/UA-1), made from its written page.

WeasyPrint lays the page out with the site's own print stylesheet (A4, no navigation,
links printed) and fonts, and tags the structure (headings, lists, tables, figures with
their text alternatives) so a screen reader can read the PDF. A PDF is cached under a
hash of the page, the stylesheets it uses and WeasyPrint's version: an unchanged briefing
is never laid out again.

WeasyPrint needs the system libraries Pango and HarfBuzz (Debian: ``libpango-1.0-0
libpangoft2-1.0-0 libharfbuzz0b``). Without them ``write_pdf`` raises PdfUnavailable with
the command that installs them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from types import ModuleType

from .. import importers
from ..charts.drawing import write_atomically
from ..charts.kept_files import complete_pdf
from ..danish import words
from ..errors import BuildFailed, PdfUnavailable, Problem
from .progress import Progress

VARIANT = "pdf/ua-1"
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b"
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
_IMAGE = re.compile(r'<img [^>]*?src="([^"]+)"')


def pdf_key(html: bytes, files: list[bytes]) -> str:
    digest = hashlib.sha256(metadata.version("weasyprint").encode() + b"\0" + VARIANT.encode() + b"\0" + html)
    for content in files:
        digest.update(b"\0" + content)
    return digest.hexdigest()[:24]


def _linked_files(html: str, page: Path, root: Path, site_url: str) -> list[bytes]:
    """The bytes of the site's stylesheets and images the page links to (what shapes its print
    layout, the municipality's logo included: a new logo under the old name makes the PDF again)."""
    found = []
    for link in _STYLESHEET.findall(html) + _IMAGE.findall(html):
        on_site = site_url and link.startswith(site_url.rstrip("/") + "/")
        href = link[len(site_url.rstrip("/")) :] if on_site else link
        path = (root / href.lstrip("/")) if href.startswith("/") else (page.parent / href)
        if path.is_file():
            found.append(path.read_bytes())
    return found


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


def write_pdf(html_file: Path, pdf_file: Path, root: Path, cache: Path, site_url: str = "") -> bool:
    """Write the PDF of ``html_file`` (a page of the site in ``root``, published at ``site_url``);
    True if it was made anew."""
    html = html_file.read_bytes()
    key = pdf_key(html, _linked_files(html.decode("utf-8"), html_file, root, site_url))
    cached = cache / f"{key}.pdf"
    if complete_pdf(cached):  # a PDF cut short in the cache is made again
        pdf_file.write_bytes(cached.read_bytes())
        return False
    weasyprint = _weasyprint()
    fetcher = _local_only(root, site_url)
    document = weasyprint.HTML(string=html.decode("utf-8"), base_url=str(html_file), url_fetcher=fetcher)
    data = document.write_pdf(pdf_variant=VARIANT, pdf_tags=True, pdf_identifier=key.encode(), uncompressed_pdf=False)
    cache.mkdir(parents=True, exist_ok=True)
    write_atomically(cached, data)  # a part file of its own: two builds never share one
    pdf_file.write_bytes(data)
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


def write_pdfs(pages: Iterable[str], output: Path, cache: Path, site_url: str, progress: Progress) -> None:
    """An accessible PDF beside each of ``pages`` (addresses of written pages, from the site's
    root), made from the page (cached); a missing system library stops the build."""
    progress.stage(words.STAGE_PDF)
    found = list(pages)
    for done, page in enumerate(found, 1):
        progress.step(done, len(found))
        html_file = output / page
        try:
            write_pdf(html_file, html_file.with_suffix(".pdf"), output, cache, site_url)
        except PdfUnavailable as error:
            raise BuildFailed(error.problems) from None
