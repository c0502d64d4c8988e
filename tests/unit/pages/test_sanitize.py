"""Sanitise: what a writer's Markdown becomes keeps its structure and loses anything that runs."""

from __future__ import annotations

import pytest

from public_results.pages.sanitize import clean_html, remote_images

KEPT = [
    '<h2 id="borgerne">Borgerne</h2>',
    '<p>Se <a href="../pages/om-tallene.html">om tallene</a> eller <a href="mailto:job@kommune.dk">skriv</a>.</p>',
    "<ul>\n<li><strong>94 %</strong> <em>oplever</em> håb</li>\n</ul>",
    '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    '<p><img src="billede.png" alt="Et billede"></p>',
    "<blockquote><p>Citat</p></blockquote>",
    "<p>XXRESULTS12XX</p>",  # a placeholder's token stays for the plugin to replace
]


@pytest.mark.parametrize("html", KEPT)
def test_what_markdown_makes_is_kept_as_it_is(html):
    assert clean_html(html) == html


POISON = [
    ("<p>a<script>alert(1)</script></p>", "<p>a</p>"),
    ('<img src="x" onerror="alert(1)">', '<img src="x">'),
    ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
    ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "<a>x</a>"),
    ('<p style="color:red" onclick="x()">a</p>', "<p>a</p>"),
    ('<iframe src="https://evil.example"></iframe><p>b</p>', "<p>b</p>"),
    ("<style>body{display:none}</style><p>c</p>", "<p>c</p>"),
    ("<p>d<!-- skjult --></p>", "<p>d</p>"),
    ('<img alt="kort" src="https://kort.example/a.png">', '<img alt="kort">'),  # would load in a feed reader
    ('<img src="//cdn.example/pixel.gif">', "<img>"),
]


@pytest.mark.parametrize(("html", "expected"), POISON)
def test_anything_that_can_run_or_load_is_removed(html, expected):
    assert clean_html(html) == expected


@pytest.mark.hardening
def test_images_from_another_host_are_found_in_the_text_with_their_lines():
    text = "Title: x\nSummary: ![a](https://a.example/x.png)\n\n![b]({static}/images/b.png) <IMG SRC='//c.example/y'>"
    assert remote_images(text) == [(2, "https://a.example/x.png"), (4, "//c.example/y")]
