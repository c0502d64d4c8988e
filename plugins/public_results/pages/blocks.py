"""Render: HTML for charts and method boxes, and figure values put into pages.

Templates live beside this module and are rendered with autoescape on; only
the SVG that vl-convert made from our own specs is marked safe.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader
from markupsafe import Markup, escape

from ..charts.by_name import ChartView
from ..charts.drawing import DRAWING_KEY
from ..charts.view import FORM_TIME
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


def embed_marker(key: str) -> str:
    """Where a chart's iframe code goes until it is drawn (site.embeds.with_codes puts it in)."""
    return f"XXRESULTSEMBED{key}XX"


EMBED_MARKER = re.compile(r"XXRESULTSEMBED([0-9a-f]+)XX")


def chart_html(view: ChartView, anchor_id: str, drawing: str, downloads: str) -> str:
    """A chart as a figure: caption, static SVG (``drawing``: its key; its marks carry their values
    for the theme's tooltip), text alternative, source, legend, table and downloads (``downloads``:
    the URL of the folder). A chart shown on many pages is rendered once per build process, its
    anchor put in after."""
    if not DRAWING_KEY.fullmatch(drawing):
        raise ValueError(f"not a drawing key: {drawing!r}")
    made = _chart_html(view, drawing)
    return made.replace(_ANCHOR, html.escape(anchor_id)).replace(_DOWNLOADS, html.escape(downloads))


# Where a page's own anchor and downloads folder go: no text of a chart can hold these raw (all of
# it is escaped), so a chart is rendered once and put on each page with its own.
_ANCHOR, _DOWNLOADS = "<anchor/>", "<downloads/>"


@functools.lru_cache(maxsize=4096)
def _chart_html(view: ChartView, drawing: str) -> str:
    rows = table_rows(view) if view.form == FORM_TIME else view.rows
    return _ENV.get_template("chart.html").render(
        view=view,
        svg=Markup(svg_marker(drawing)),  # replaced by the SVG vl-convert draws from our own spec
        embed_code=Markup(embed_marker(drawing)),  # replaced by the iframe code, once the size is known
        anchor=Markup(_ANCHOR),
        rows=Markup("\n".join(_row(row, view.marker) for row in rows)),  # many cells: joined, not looped
        some_rows=words.CHART_TABLE_SOME_ROWS.format(
            shown=len(rows), total=len(view.rows), download=words.CHART_DOWNLOAD_CSV
        )
        if len(rows) < len(view.rows)
        else "",
        csv=Markup(f"{_DOWNLOADS}/{html.escape(view.file_stem)}.csv"),
        png=Markup(f"{_DOWNLOADS}/{html.escape(view.file_stem)}.png"),
        words=words,
    )


_COUNT = re.compile(r"\d{1,3}(?:\.\d{3})*")  # a count as the tables show it: 7, 1.012


def table_rows(view: ChartView) -> tuple[tuple[str, ...], ...]:
    """The rows of a chart over time that its table on the page shows (its CSV keeps every month):
    the newest, the same month a year before, the data dates of earlier counts that the series
    holds (a day that is no month's end, as »15. februar 2022«), and what the text alternative
    names: the row of the highest shown count (the newest on a tie) and, for one line, the first. The cells are the
    chart's own, hidden ones too. The days are read from the CSV's rows, made from the same days."""
    rows = view.rows
    try:
        days = [dt.date.fromisoformat(row[0]) for row in view.csv.rows]
    except (ValueError, IndexError):
        return rows
    if not rows or len(days) != len(rows):
        return rows
    newest = days[-1]
    chosen = {len(days) - 1} | ({0} if len(view.columns) == 2 else set())
    chosen |= {i for i, d in enumerate(days) if (d.year, d.month) == (newest.year - 1, newest.month)}
    chosen |= {i for i, d in enumerate(days) if (d + dt.timedelta(days=1)).day != 1}  # a data date
    counts = [(int(c.replace(".", "")), i) for i, row in enumerate(rows) for c in row[1:] if _COUNT.fullmatch(c)]
    if counts:
        chosen.add(max(counts)[1])
    return tuple(rows[i] for i in sorted(chosen))


def _row(row: tuple[str, ...], marker: str = words.SUPPRESSED_CELL) -> str:
    """A table row: its first cell the row's header, the others numbers (each escaped). A hidden cell
    shows the marker (»..«) and says »vises ikke« to a screen reader, which would read »punktum punktum«."""
    spoken = f'<span class="visually-hidden">{words.SUPPRESSED_CELL_SPOKEN}</span>'
    hidden = f'<span aria-hidden="true">{escape(marker)}</span>{spoken}'
    cells = "".join(f'<td class="num">{hidden if cell == marker else escape(cell)}</td>' for cell in row[1:])
    return f'        <tr><th scope="row">{escape(row[0])}</th>{cells}</tr>'


def keep_compiled(environment: Environment | None = None) -> None:
    """Keep ``environment``'s compiled templates (the plugin's own when None) between builds, in
    Jinja's folder for this user outside the project (``_jinja2-cache-<uid>`` in the temporary
    folder, which Jinja makes readable by this user alone and refuses to use otherwise): never in
    the project's render cache, which others may write (see the README's Security). Jinja checks
    each against its template's text; the file names carry the options that change how
    templates compile, so two ways of compiling never meet."""
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
    digest = hashlib.sha256(repr(options).encode()).hexdigest()[:16]
    try:
        environment.bytecode_cache = FileSystemBytecodeCache(pattern=f"public-results-{digest}-%s.cache")
    except RuntimeError:  # Jinja found the folder unsafe (another owner, open to others): compile each time
        environment.bytecode_cache = None


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
