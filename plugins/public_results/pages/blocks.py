"""Render: HTML for charts and method boxes, and figure values put into pages.

Templates live beside this module and are rendered with autoescape on; only
the SVG that vl-convert made from our own specs is marked safe.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..charts.by_name import ChartView
from ..charts.drawing import DRAWING_KEY
from ..danish import words
from ..figures.methods import MethodView

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


def anchor(prefix: str, name: str) -> str:
    """An HTML id from a name: 'graf-forlob-status'."""
    ascii_name = name.translate(words.TRANSLITERATION)
    return prefix + "-" + re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def svg_marker(key: str) -> str:
    """Where a chart's SVG goes until it is drawn (letters and hex digits only)."""
    return f"XXRESULTSSVG{key}XX"


SVG_MARKER = re.compile(r"XXRESULTSSVG([0-9a-f]+)XX")


def chart_payload(view: ChartView, locale: dict[str, Any]) -> str:
    """What the interactive version of a chart needs, as JSON text: its spec and Danish formats."""
    payload = {"spec": view.spec, "formatLocale": locale["format"], "timeFormatLocale": locale["time"]}
    return json.dumps(payload, sort_keys=True)


def chart_html(view: ChartView, anchor_id: str, drawing: str, downloads: str, payload: str) -> str:
    """A chart as a figure: caption, static SVG (``drawing``: its key), text alternative,
    source, legend, table, downloads (``downloads``: the URL of the folder) and the spec
    for the interactive version (``payload``: ``chart_payload``'s JSON text, escaped here as
    Jinja's ``tojson`` would: it may come from a cache)."""
    if not DRAWING_KEY.fullmatch(drawing):
        raise ValueError(f"not a drawing key: {drawing!r}")
    return _ENV.get_template("chart.html").render(
        view=view,
        svg=Markup(svg_marker(drawing)),  # replaced by the SVG vl-convert draws from our own spec
        anchor=anchor_id,
        payload=Markup(_script_safe(payload)),
        csv=f"{downloads}/{view.file_stem}.csv",
        png=f"{downloads}/{view.file_stem}.png",
        words=words,
    )


def _script_safe(json_text: str) -> str:
    """JSON text made safe inside a ``<script>`` element, exactly as Jinja's ``tojson`` does."""
    return json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def render_template(name: str, **values: Any) -> str:
    """One of the plugin's own templates (autoescaped), with the strings module as ``words``."""
    return _ENV.get_template(name).render(words=words, **values)


def method_html(view: MethodView, anchor_id: str, site: str = "") -> str:
    """A method box; its links (addresses from the site's root) are made from ``site``."""
    links = [(text, f"{site}/{address}") for text, address in view.links]
    return _ENV.get_template("method.html").render(view=view, anchor=anchor_id, links=links)


def inline_html(text: str) -> str:
    """A figure's text, escaped for HTML."""
    return html.escape(text, quote=False)
