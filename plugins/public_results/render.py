"""Render: HTML for charts and method boxes, and figure values put into pages.

Templates live beside this module and are rendered with autoescape on; only
the SVG that vl-convert made from our own specs is marked safe.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from . import strings
from .catalogue import ChartView, MethodView

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)
_XML_DECLARATION = re.compile(r"^<\?xml[^>]*>\s*")


def anchor(prefix: str, name: str) -> str:
    """An HTML id from a name: 'graf-forlob-status'."""
    ascii_name = name.translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}))
    return prefix + "-" + re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def chart_html(view: ChartView, anchor_id: str) -> str:
    svg = Markup(_XML_DECLARATION.sub("", view.svg))  # made by vl-convert from our own spec
    return _ENV.get_template("chart.html").render(
        view=view, svg=svg, anchor=anchor_id, table_summary=strings.CHART_TABLE_SUMMARY
    )


def method_html(view: MethodView, anchor_id: str) -> str:
    return _ENV.get_template("method.html").render(view=view, anchor=anchor_id)


def inline_html(text: str) -> str:
    """A figure's text, escaped for HTML."""
    return html.escape(text, quote=False)
