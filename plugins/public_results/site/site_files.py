"""Site files around the pages: security headers for common static hosts, the /was redirect,
robots.txt and sitemap.xml. Pure functions that return the files' text.

The Content-Security-Policy is defined here once: the theme puts it in every page as a
``<meta>`` tag (``RESULTS_CSP`` in the template context) and ``_headers`` / ``.htaccess``
send it as an HTTP header, where ``frame-ancestors`` also works.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse

from markupsafe import escape

from .. import output_files
from ..danish import words
from ..settings import Site
from .search import BUNDLE as SEARCH_BUNDLE

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)
# The search page runs Pagefind's WebAssembly: its own <meta> policy allows it (SEARCH_CSP). The header
# policy of the refusing framing rules, which cover the search page with every other page, allows it
# too; every other page's <meta> policy (CSP), which the browser enforces beside the header's, refuses it.
SEARCH_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")
HEADER_CSP = SEARCH_CSP + "; frame-ancestors 'none'"
HEADERS = {  # every file; the framing headers are apart (FRAMING_*): they differ for the embed pages
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
STATEMENT_PATH = "was"  # https://<site>/was answers with the accessibility statement


def netlify_headers(top_level: Iterable[str] = ()) -> str:
    """``_headers`` for Netlify and Cloudflare Pages: the common headers on every path, then the framing
    rules (``framing_rules``) of the output's ``top_level`` files and folders."""
    common = "/*\n" + "".join(f"  {name}: {value}\n" for name, value in HEADERS.items())
    return common + framing_headers(top_level)


def htaccess(statement_url: str) -> str:
    """``.htaccess`` for Apache: the same headers, and /was redirects to the statement."""
    lines = ["<IfModule mod_headers.c>"]
    lines += [f'  Header always set {name} "{value}"' for name, value in HEADERS.items()]
    lines += framing_htaccess()
    lines.append("</IfModule>")
    if statement_url:
        lines.append(f"Redirect 301 /{STATEMENT_PATH} {statement_url}")
    return "\n".join(lines) + "\n"


CORS_FOLDERS = ("api", "data")  # read by other sites' scripts: the figures API and the open data


def cors_prefix(site_url: str) -> str:
    """The site's path on its host (»/resultater« for https://x.dk/resultater), or ""."""
    return urlparse(site_url).path.rstrip("/") if site_url.startswith("http") else ""


def cors_netlify(prefix: str) -> str:
    """``_headers`` rules: any site may read the figures API and the open data (CORS), no other file."""
    return "".join(f"{prefix}/{folder}/*\n  Access-Control-Allow-Origin: *\n" for folder in CORS_FOLDERS)


def cors_htaccess(prefix: str) -> str:
    """``.htaccess`` rules (Apache 2.4): the same CORS header for the same two folders only."""
    folders = "|".join(CORS_FOLDERS)
    return (
        "<IfModule mod_headers.c>\n"
        f'  <If "%{{REQUEST_URI}} =~ m#^{prefix}/({folders})/#">\n'
        '    Header always set Access-Control-Allow-Origin "*"\n'
        "  </If>\n</IfModule>\n"
    )


# --- Framing: the embed pages (indlejr/) may be framed by any site, no other page by any ------------
# Netlify and Cloudflare Pages apply every block of ``_headers`` whose path matches a request (Netlify:
# the last block's value of a header wins; Cloudflare: the values are joined with commas, so two
# policies would both be enforced). So no address may match both kinds: the refusing rules name the
# site's root, its top-level pages (``/:page``, one part) and each top-level folder other than the
# embeds'; the allowing rule names the pages in that folder (``/indlejr/:chart``), never the folder.
FRAMING_ALLOW = {"Content-Security-Policy": CSP + "; frame-ancestors *"}
FRAMING_DENY = {"Content-Security-Policy": HEADER_CSP, "X-Frame-Options": "DENY"}


def framing_rules(top_level: Iterable[str]) -> dict[str, dict[str, str]]:
    """Path pattern -> framing headers: ``/indlejr/:chart`` allows, the others refuse. ``top_level``:
    the output's top-level names, a folder's ending in ``/`` (``briefinger/``). A page is asked for by
    its name with or without ``.html`` (Netlify's and Cloudflare's pretty addresses): ``/:page`` and
    ``/indlejr/:chart`` match both, a folder's ``/briefinger/*`` everything in it and itself."""
    embeds = f"{words.FOLDER_EMBEDS}/"
    rules: dict[str, dict[str, str]] = {"/": FRAMING_DENY, "/:page": FRAMING_DENY}
    for name in sorted(top_level):
        if name.endswith("/") and name != embeds:
            rules[f"/{name}*"] = FRAMING_DENY
    rules[f"/{embeds}:chart"] = FRAMING_ALLOW
    return rules


def framing_headers(top_level: Iterable[str]) -> str:
    """The framing rules as blocks of ``_headers``."""
    blocks = (
        path + "\n" + "".join(f"  {n}: {v}\n" for n, v in headers.items())
        for path, headers in framing_rules(top_level).items()
    )
    return "".join(blocks)


def framing_htaccess() -> list[str]:
    """The framing rules for Apache (2.4): one condition on the address, so a request gets one kind."""
    allow = [f'    Header always set {name} "{value}"' for name, value in FRAMING_ALLOW.items()]
    deny = [f'    Header always set {name} "{value}"' for name, value in FRAMING_DENY.items()]
    return [
        f'  <If "%{{REQUEST_URI}} =~ m#/{words.FOLDER_EMBEDS}/[^/]+$#">',
        *allow,
        "  </If>",
        "  <Else>",
        *deny,
        "  </Else>",
    ]


def netlify_redirects(statement_url: str) -> str:
    """``_redirects`` for Netlify and Cloudflare Pages."""
    return f"/{STATEMENT_PATH} {statement_url} 301\n" if statement_url else ""


def statement_redirect_page(statement_url: str, site_name: str) -> str:
    """``was/index.html``: for hosts that read no configuration, a page that forwards at once."""
    url, name = escape(statement_url), escape(site_name)
    link = f'<a href="{url}">{url}</a>'
    return (
        '<!doctype html>\n<html lang="da">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">\n'
        f'  <meta http-equiv="refresh" content="0; url={url}">\n'
        f'  <link rel="canonical" href="{url}">\n  <title>{words.STATEMENT} – {name}</title>\n</head>\n'
        f"<body>\n  <main>\n    <h1>{words.STATEMENT}</h1>\n"
        f"    <p>{words.STATEMENT_FORWARD.format(site=name, link=link)}</p>\n"
        "  </main>\n</body>\n</html>\n"
    )


def robots(site_url: str) -> str:
    """Everything may be indexed; the sitemap is named when the site's address is known."""
    text = "User-agent: *\nAllow: /\n"
    return text + (f"Sitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url.startswith("http") else "")


def sitemap(site_url: str, pages: Iterable[str]) -> str:
    """sitemap.xml of ``pages`` (addresses from the site's root), which needs absolute addresses."""
    base = site_url.rstrip("/")
    entries = "".join(f"  <url><loc>{html.escape(f'{base}/{page}')}</loc></url>\n" for page in sorted(pages))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n"
    )


def write_site_files(output: Path, site: Site) -> None:
    """Headers for static hosts, the /was redirect, robots.txt and (with an absolute SITEURL) sitemap.xml."""
    statement, site_url = site.statement_url, site.url
    # the search bundle is written after these files (site/search.py), once the stale pages are gone
    top_level = {p.name + "/" if p.is_dir() else p.name for p in output.iterdir()} | {f"{SEARCH_BUNDLE}/"}
    files = {"_headers": netlify_headers(top_level), ".htaccess": htaccess(statement), "robots.txt": robots(site_url)}
    files["_headers"] += cors_netlify(cors_prefix(site_url))
    files[".htaccess"] += cors_htaccess(cors_prefix(site_url))
    if statement:
        files["_redirects"] = netlify_redirects(statement)
        files[f"{STATEMENT_PATH}/index.html"] = statement_redirect_page(statement, site.name)
    if site_url.startswith("http"):
        forwarding = {"404.html", f"{STATEMENT_PATH}/index.html"}
        pages = [p.relative_to(output).as_posix() for p in output.rglob("*.html")]
        embeds = f"{words.FOLDER_EMBEDS}/"  # a chart for other sites' iframes: its article is listed
        files["sitemap.xml"] = sitemap(site_url, [p for p in pages if p not in forwarding and not p.startswith(embeds)])
    for name, text in json_ld_type().items():  # appended to two of them
        files[name] += text
    for name, text in files.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        output_files.write_text(output / name, text)


def json_ld_type() -> dict[str, str]:
    """Rules that serve the open-data catalogue (``data/catalog.jsonld``) as JSON-LD, appended to
    ``_headers`` and ``.htaccess``; most hosts know no type for ``.jsonld``."""
    return {
        "_headers": "/data/*.jsonld\n  Content-Type: application/ld+json; charset=utf-8\n",
        ".htaccess": "<IfModule mod_mime.c>\n  AddType application/ld+json .jsonld\n</IfModule>\n",
    }
