"""What chart tests read from a Vega-Lite spec: its rows of data, its single-mark parts, and the
colour of every text it draws with the colour behind it (``tests/unit/charts/test_colours.py``,
``tests/site/test_example_colours.py``)."""

from __future__ import annotations

from collections.abc import Iterator

from public_results.charts import palette

WHITE = "#ffffff"


def contrast(colour: str, background: str = WHITE) -> float:
    return palette.contrast_ratio(colour, background)


def rows(view) -> list[dict]:
    """Every row of data of both drawings of a view."""
    return [row for spec in view.spec.values() for data in spec["datasets"].values() for row in data]


def units(spec: dict, data: str | None = None) -> Iterator[tuple[dict, str | None]]:
    """Every single-mark spec in a (layered or concatenated) spec, with the name of its data."""
    data = spec.get("data", {}).get("name", data)
    if "mark" in spec:
        yield spec, data
    for key in ("layer", "vconcat", "hconcat"):
        for part in spec.get(key, []):
            yield from units(part, data)


def text_colours(spec: dict) -> list[tuple[str, str]]:
    """(text colour, the colour behind it) of every text a spec draws: its marks and its axes. A text
    coloured from a field other than ``colour`` sits on its row's ``colour`` (a segment's number)."""
    config = spec.get("config", {})
    default = config.get("text", {}).get("color", "#000000")
    found = [(config.get("axis", {}).get(k, "#000000"), WHITE) for k in ("labelColor", "titleColor")]
    for unit, data in units(spec):
        mark = unit["mark"] if isinstance(unit["mark"], dict) else {"type": unit["mark"]}
        if mark["type"] != "text":
            continue
        colour = unit.get("encoding", {}).get("color", {})
        if "field" in colour:
            behind = (lambda row: WHITE) if colour["field"] == "colour" else (lambda row: row.get("colour", WHITE))
            found += [(row[colour["field"]], behind(row)) for row in spec["datasets"][data]]
        else:
            found.append((colour.get("value", mark.get("color", default)), WHITE))
    return found
