"""Downloads: a chart's table as CSV that Danish spreadsheets open as it is."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from public_results.charts.downloads import csv_text, write_downloads
from public_results.charts.drawing import Drawing
from public_results.charts.view import ChartView, Table

TABLE = Table(("Gruppe", "Antal", "Andel (%)"), (("Job; løntilskud", "82", "40,5"), ('Et "ord"', "[c]", "[c]")))


def test_csv_has_a_byte_order_mark_semicolons_crlf_and_quotes_where_needed():
    text = csv_text(TABLE)
    assert text.startswith("\ufeffGruppe;Antal;Andel (%)\r\n")
    assert '"Job; løntilskud";82;40,5\r\n' in text
    assert '"Et ""ord""";[c];[c]\r\n' in text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows == [list(TABLE.columns), *map(list, TABLE.rows)]  # a spreadsheet reads back the same cells


def view(stem: str) -> ChartView:
    return ChartView(key="a.b", form="søjler", title="T", subtitle="S", alt="A", source="K", table=TABLE, csv=TABLE,
                     spec={}, file_stem=stem)  # fmt: skip


def drawing_at(folder: Path) -> Drawing:
    """A drawing in a cache folder beside the output (the PNG is linked or copied from there)."""
    cache = folder.parent / f"{folder.name}-cache"
    cache.mkdir()
    (cache / "k1.svg").write_text("<svg/>", encoding="utf-8")
    (cache / "k1.png").write_bytes(b"\x89PNG")
    return Drawing(cache, "k1")


def test_each_chart_gets_its_csv_and_png_under_its_file_stem(tmp_path):
    written = write_downloads(tmp_path, {"k1": view("a-b-2022")}, {"k1": drawing_at(tmp_path)})
    assert [p.name for p in written] == ["a-b-2022.csv", "a-b-2022.png"]
    assert (tmp_path / "a-b-2022.csv").read_bytes().decode("utf-8") == csv_text(TABLE)
    assert (tmp_path / "a-b-2022.png").read_bytes() == b"\x89PNG"
