"""Vega-Lite specs written as plain data: the JSON that vl-convert draws, made of dicts and lists.

The chart functions (``specs``, ``lines``) describe a chart with these small helpers, which say
what they write and nothing more: ``field("label:N", sort=…)`` is ``{"field": "label", "type":
"nominal", "sort": …}``, ``mark("bar", color=…)`` is ``{"type": "bar", "color": …}``,
``chart(rows, mark, x=…, y=…)`` is one layer with its data and encodings, ``layer`` and ``vconcat``
put layers and charts together. Options are written as Vega-Lite names them (camelCase), and
``None`` stays ``null`` (``axis=None``: no axis; ``scale=None``: the field's values used as they
are).

``top_level`` makes the spec that is drawn: ``$schema``, padding and the shared look, and every
layer's inline rows moved into ``datasets`` under a name made from a hash of the rows (one copy
of rows that several layers share). A layer without rows of its own takes its parent's: rows
given to ``layer`` are shared by all its layers.

The specs were once built with Altair, whose objects cost more than half of a cold build;
``top_level`` writes the JSON that Altair's ``to_dict`` wrote (its default ``continuousWidth`` and
``continuousHeight`` included, the datasets named as Altair named them), so no drawing changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
VERSION = "6.4"  # the Vega-Lite that vl-convert compiles the specs with (``drawing.vega_lite_version``)
TYPES = {"N": "nominal", "O": "ordinal", "Q": "quantitative", "T": "temporal"}
CONTINUOUS = {"continuousHeight": 300, "continuousWidth": 300}  # Vega-Lite's size of a view without one

Rows = list[dict[str, Any]]
Spec = dict[str, Any]


def field(shorthand: str, **options: Any) -> dict[str, Any]:
    """An encoding of a field: ``"label:N"`` (nominal; also O, Q, T), or ``"end"`` without a type (``x2``)."""
    name, _, kind = shorthand.partition(":")
    return {"field": name, **({"type": TYPES[kind]} if kind else {}), **options}


def datum(value: Any) -> dict[str, Any]:
    """An encoding of one constant value in the channel's scale (``x=datum(0)``: at zero)."""
    return {"datum": value}


def mark(kind: str, **options: Any) -> dict[str, Any]:
    """A mark: ``"bar"``, ``"text"``, ``"line"``, ``"point"``, ``"rule"``, ``"rect"``, ``"square"``."""
    return {"type": kind, **options}


def chart(rows: Rows | None, drawn: dict[str, Any], **encoding: dict[str, Any]) -> Spec:
    """One layer: ``drawn`` (a ``mark``) for each of ``rows`` (None: its parent's rows), encoded by channel."""
    return {**({"data": {"values": rows}} if rows is not None else {}), "mark": drawn, "encoding": encoding}


def layer(*layers: Spec, rows: Rows | None = None, **properties: Any) -> Spec:
    """Layers drawn over one another; ``rows``: the data of every layer that has none of its own;
    ``properties``: ``width``, ``height`` and the like."""
    return {**({"data": {"values": rows}} if rows is not None else {}), "layer": list(layers), **properties}


def vconcat(*charts: Spec, spacing: float) -> Spec:
    """Charts one above the other, ``spacing`` pixels apart."""
    return {"vconcat": list(charts), "spacing": spacing}


def top_level(spec: Spec, padding: dict[str, float], config: dict[str, Any]) -> Spec:
    """The spec that is drawn (see the module docstring); ``spec`` itself is left as it is."""
    datasets: dict[str, Rows] = {}
    body = _named(spec, datasets)
    config = {**config, "view": {**CONTINUOUS, **config.get("view", {})}}
    return {"$schema": SCHEMA, **body, "padding": padding, "config": config, "datasets": datasets}


def dataset_name(rows: Rows) -> str:
    """The name of inline rows in ``datasets``: a hash of their JSON, as Altair named them."""
    if rows == [{}]:
        return "empty"
    text = json.dumps(rows, sort_keys=True, default=str)
    return "data-" + hashlib.sha256(text.encode()).hexdigest()[:32]


def _named(node: Any, datasets: dict[str, Rows]) -> Any:
    """``node`` with each ``{"data": {"values": rows}}`` turned into ``{"data": {"name": …}}``."""
    if isinstance(node, list):
        return [_named(item, datasets) for item in node]
    if not isinstance(node, dict):
        return node
    named = {}
    for key, value in node.items():
        if key == "data" and isinstance(value, dict) and "values" in value:
            name = dataset_name(value["values"])
            datasets.setdefault(name, value["values"])
            named[key] = {"name": name}
        elif key in {"layer", "vconcat"}:
            named[key] = _named(value, datasets)
        else:
            named[key] = value
    return named
