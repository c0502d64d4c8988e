"""Charts: Altair specs built from small tidy tables, rendered to static SVG.

Each chart function takes a table from the compute stage (already formatted
labels included, so no Vega expression is ever built from data) and returns
an Altair chart; ``to_svg`` renders it at build time with vl-convert.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import vl_convert

VEGA_LITE_VERSION = alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]
LOCALE = "da-DK"
WIDTH = 360
BAR_COLOUR = "#1f5b99"  # 6.9:1 against white: readable as a mark and as text
TEXT_COLOUR = "#1a1a1a"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

CONFIG: dict[str, Any] = {
    "font": FONT,
    "view": {"stroke": None},
    "axis": {"labelColor": TEXT_COLOUR, "titleColor": TEXT_COLOUR, "labelFontSize": 13, "titleFontSize": 13},
    "text": {"color": TEXT_COLOUR, "fontSize": 13},
}


def _bars(table: pd.DataFrame, value: str, value_title: str, domain_max: float | None) -> alt.Chart:
    """Horizontal bars in the table's order, each labelled with its ``text`` column."""
    # Sort by a position field: a list of labels would be compiled into a Vega expression.
    table = table.assign(order=range(len(table)), position=table[value].fillna(0))
    scale = alt.Scale(domain=[0, domain_max]) if domain_max is not None else alt.Scale()
    order = alt.EncodingSortField(field="order", op="min", order="ascending")
    base = alt.Chart(table).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        x=alt.X(f"{value}:Q", title=value_title, scale=scale, axis=alt.Axis(format="d", tickCount=5)),
    )
    bars = base.mark_bar(color=BAR_COLOUR, height={"band": 0.7})
    # A suppressed cell has no bar; its label ("[c]") stands at zero.
    labels = base.mark_text(align="left", dx=4, baseline="middle").encode(x=alt.X("position:Q"), text="text:N")
    # Room on both sides: labels are measured with vl-convert's fonts but drawn with the reader's.
    padding = {"left": 30, "right": 110, "top": 5, "bottom": 5}
    return (bars + labels).properties(width=WIDTH, padding=padding).configure(**CONFIG)


def agreement_chart(table: pd.DataFrame) -> alt.Chart:
    """Share of positive answers per question (top-two-box), with n in each label.

    ``table`` has columns ``label``, ``percent`` (0–100) and ``text``.
    """
    return _bars(table[["label", "percent", "text"]], "percent", "Procent", 100)


def breakdown_chart(table: pd.DataFrame) -> alt.Chart:
    """Counts per part of a breakdown. ``table`` has ``label``, ``count`` (None when suppressed) and ``text``."""
    return _bars(table[["label", "count", "text"]], "count", "Antal", None)


def to_spec(chart: alt.Chart) -> dict[str, Any]:
    return chart.to_dict()


def to_svg(spec: dict[str, Any]) -> str:
    """Static SVG of a Vega-Lite spec, with Danish number and date formats."""
    return vl_convert.vegalite_to_svg(
        spec,
        vl_version=VEGA_LITE_VERSION,
        format_locale=LOCALE,
        time_format_locale=LOCALE,
    )
