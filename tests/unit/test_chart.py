"""Charts: Altair specs from small tidy tables; data labels stay data, never code."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import vl_convert

from public_results import chart

POISON = "\"'); alert(1)//"


def agreement_table(first_label: str = "Håb") -> pd.DataFrame:
    return pd.DataFrame(
        {"label": [first_label, "Tryg"], "percent": [83.0, 57.0], "text": ["83\u00a0% (n = 6)", "57\u00a0% (n = 7)"]}
    )


def breakdown_table(first_label: str = "I afklaring") -> pd.DataFrame:
    return pd.DataFrame({"label": [first_label, "Placeret"], "count": [2, 3], "text": ["2 (40 %)", "3 (60 %)"]})


def data_values(spec: dict) -> list[dict]:
    (values,) = spec["datasets"].values()
    return values


@pytest.mark.parametrize(
    ("make", "table", "field"),
    [(chart.agreement_chart, agreement_table(), "percent"), (chart.breakdown_chart, breakdown_table(), "count")],
)
def test_a_chart_is_labelled_bars_holding_exactly_the_table(make, table, field):
    spec = make(table).to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "text"]
    assert spec["layer"][0]["encoding"]["x"]["field"] == field
    assert spec["layer"][1]["encoding"]["text"]["field"] == "text"
    expected = [
        {**row, "order": position, "position": row[field]} for position, row in enumerate(table.to_dict("records"))
    ]
    assert data_values(spec) == expected
    assert spec["layer"][0]["encoding"]["y"]["sort"] == {"field": "order", "op": "min", "order": "ascending"}


def test_the_agreement_axis_runs_from_zero_to_a_hundred_percent():
    spec = chart.agreement_chart(agreement_table()).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [0, 100]


def test_a_poisoned_label_is_kept_as_a_data_value():
    spec = chart.agreement_chart(agreement_table(POISON)).to_dict()
    assert data_values(spec)[0]["label"] == POISON
    assert "transform" not in spec
    assert all("transform" not in layer for layer in spec["layer"])


def spec_without_data(spec: dict) -> str:
    return json.dumps({k: v for k, v in spec.items() if k != "datasets"}, ensure_ascii=False)


@pytest.mark.parametrize("make", [chart.agreement_chart, chart.breakdown_chart])
def test_a_label_appears_nowhere_in_the_spec_but_in_the_data(make):
    table = agreement_table(POISON) if make is chart.agreement_chart else breakdown_table(POISON)
    assert POISON not in spec_without_data(make(table).to_dict())


def expressions(node) -> list[str]:
    """Every Vega expression string in a compiled Vega spec."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k in {"expr", "signal", "test", "update"} and isinstance(v, str)]
        return found + [e for v in node.values() for e in expressions(v)]
    if isinstance(node, list):
        return [e for v in node for e in expressions(v)]
    return []


def test_no_vega_expression_is_built_from_a_data_label():
    spec = chart.agreement_chart(agreement_table(POISON)).to_dict()
    vega = vl_convert.vegalite_to_vega(spec, vl_version=chart.VEGA_LITE_VERSION)
    assert expressions(vega)  # the walk finds the spec's own expressions
    assert not [e for e in expressions(vega) if "alert" in e]


def test_a_chart_renders_to_an_svg_with_its_labels_as_escaped_text():
    svg = chart.to_svg(chart.breakdown_chart(breakdown_table("</script><img src=x onerror=alert(1)>")).to_dict())
    assert svg.lstrip().startswith("<svg")
    assert "Placeret" in svg
    assert "&lt;/script&gt;&lt;img src=x" in svg
    assert "<img" not in svg
    assert "<script" not in svg


def test_a_suppressed_cell_has_no_bar_and_its_label_stands_at_zero():
    table = pd.DataFrame({"label": ["Stor", "Lille"], "count": [83, None], "text": ["83 (72 %)", "[c]"]})
    spec = chart.breakdown_chart(table).to_dict()
    rows = data_values(spec)
    assert rows[1]["count"] is None and rows[1]["position"] == 0 and rows[1]["text"] == "[c]"
    assert spec["layer"][1]["encoding"]["x"]["field"] == "position"
