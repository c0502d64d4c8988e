"""Framing rules of the header files: the embed pages may be framed by any site, every other
address refuses, and no address matches rules of both kinds (hosts apply every matching block)."""

from __future__ import annotations

import pytest

from public_results.site.site_files import FRAMING_ALLOW, FRAMING_DENY, framing_rules, htaccess, netlify_headers
from scripts.local_server import header_rules, headers_for, path_pattern

TOP_LEVEL = ["index.html", "2022-02-haab.html", "404.html", "robots.txt", "briefinger/", "grafer/", "theme/",
             "indlejr/", "data/", "api/"]  # fmt: skip
EMBEDS = ["/indlejr/forloeb-status-2022-02-15.html", "/indlejr/forloeb-status-2022-02-15", "/INDLEJR/a.html"]
OTHERS = [
    "/", "/index.html", "/2022-02-haab.html", "/2022-02-haab", "/2022-02-haab/", "/404.html", "/robots.txt",
    "/briefinger/", "/briefinger", "/briefinger/2022-02-15.html", "/briefinger/2022-02-15.pdf",
    "/grafer/a.csv", "/theme/css/site.css", "/data/evaluering/2022-02-15/datapackage.json", "/api/latest.json",
    "/indlejr", "/indlejr/",
]  # fmt: skip


@pytest.fixture(scope="module")
def rules():
    return header_rules(netlify_headers(TOP_LEVEL))


def test_no_address_matches_an_allowing_and_a_refusing_rule():
    """Read as Netlify reads paths (the widest: ``/briefinger/*`` matches the folder's own address, as
    ``/:page`` does; both refuse, with the same values)."""
    patterns = [(path_pattern(path), headers) for path, headers in framing_rules(TOP_LEVEL).items()]
    for address in EMBEDS + OTHERS:
        kinds = [headers for pattern, headers in patterns if pattern.match(address)]
        assert kinds and all(kind == kinds[0] for kind in kinds), address


@pytest.mark.parametrize("address", EMBEDS)
def test_an_embed_page_may_be_framed_by_any_site(rules, address):
    headers = headers_for(rules, address)
    assert headers["Content-Security-Policy"] == FRAMING_ALLOW["Content-Security-Policy"]
    assert headers["Content-Security-Policy"].endswith("; frame-ancestors *")
    assert "X-Frame-Options" not in headers and headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("address", OTHERS)
def test_every_other_address_refuses_to_be_framed(rules, address):
    headers = headers_for(rules, address)
    assert headers["Content-Security-Policy"] == FRAMING_DENY["Content-Security-Policy"], address
    assert headers["Content-Security-Policy"].endswith("; frame-ancestors 'none'")
    assert headers["X-Frame-Options"] == "DENY" and headers["Referrer-Policy"] == "no-referrer"


def test_the_refusing_rules_never_use_a_catch_all_and_stay_few():
    rules = framing_rules([f"{n}.html" for n in range(500)] + ["briefinger/", "indlejr/"])
    assert "/*" not in rules and set(rules) == {"/", "/:page", "/briefinger/*", "/indlejr/:chart"}


def test_apache_sends_one_kind_by_a_condition_on_the_address():
    text = htaccess("")
    allow, _, deny = text.partition("<Else>")
    assert '<If "%{REQUEST_URI} =~ m#/indlejr/[^/]+$#">' in allow and "frame-ancestors *" in allow
    assert "X-Frame-Options" not in allow and "frame-ancestors 'none'" not in allow
    assert 'Header always set X-Frame-Options "DENY"' in deny and "frame-ancestors 'none'" in deny


def test_the_test_server_reads_a_headers_file_as_netlify_does_and_joins_repeated_headers_as_cloudflare():
    rules = header_rules(
        "# a comment\n/*\n  A: 1\n\n/a/*\n  A: 2\n  B: x: y\n/:page\n  C: 3\n/b/*.csv\n  D: 4\n  A: 1\n"
    )
    assert headers_for(rules, "/a/b/c.html") == {"A": "1, 2", "B": "x: y"}
    assert headers_for(rules, "/a") == {"A": "1, 2", "B": "x: y", "C": "3"}  # "/a/*": the folder itself too
    assert headers_for(rules, "/page.html") == {"A": "1", "C": "3"}
    assert headers_for(rules, "/b/x/y.csv") == {"A": "1", "D": "4"} and headers_for(rules, "/b/y.json") == {"A": "1"}
