"""Render: HTML for charts and method boxes, and figure values put into pages.

Templates live beside this module and are rendered with autoescape on; only
the SVG that vl-convert made from our own specs is marked safe.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader
from markupsafe import Markup

from ..charts.by_name import ChartView
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


def chart_html(view: ChartView, anchor_id: str, drawing: str, downloads: str, locale: dict[str, Any]) -> str:
    """A chart as a figure: caption, static SVG (``drawing``: its key), text alternative,
    source, legend, table, downloads (``downloads``: the URL of the folder) and the spec
    for the interactive version."""
    payload = {"spec": view.spec, "formatLocale": locale["format"], "timeFormatLocale": locale["time"]}
    return _ENV.get_template("chart.html").render(
        view=view,
        svg=Markup(svg_marker(drawing)),  # replaced by the SVG vl-convert draws from our own spec
        anchor=anchor_id,
        payload=payload,
        csv=f"{downloads}/{view.file_stem}.csv",
        png=f"{downloads}/{view.file_stem}.png",
        words=words,
    )


def keep_compiled(environment: Environment | None, folder: Path) -> None:
    """Keep ``environment``'s compiled templates (the plugin's own when None) in ``folder``
    between builds: Jinja checks each against its template's text, and a subfolder per set of
    options that change how templates compile keeps one way apart from another."""
    environment = environment or _ENV
    escape = environment.autoescape  # True or False, or a function of the template's name
    options = (
        *_lexer_options(environment),
        escape if isinstance(escape, bool) else f"{escape.__module__}.{escape.__qualname__}",
        environment.optimized,
        environment.finalize is not None,
        environment.is_async,
        sorted(environment.extensions),
        jinja2.__version__,  # not importlib.metadata: asked for each environment, that costs ms
    )
    place = folder / hashlib.sha256(repr(options).encode()).hexdigest()[:16]
    place.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(place))


def _lexer_options(environment: Environment) -> tuple[Any, ...]:
    return (
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
    )


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
