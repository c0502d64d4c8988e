"""A data date after the newest row of the export: a warning in make html, a stop in make publish."""

from __future__ import annotations

import pytest

from public_results.adapter.run import build_site
from public_results.errors import ResultsError

pytestmark = pytest.mark.site

LIVE = "Title: Aktive nu\nDate: 2024-01-05\n\nDer er {{ forløb.aktive }} aktive.\n"
DATES = "data_dates: [2018-05-15, 2022-02-15, 2023-12-31]"
STALE = (
    "datadatoen 31. januar 2024 for »forløb« ligger efter den nyeste dato i forloeb.csv (31. december 2023); "
    "tallene for datoen ville vise gamle tal, som om de var nye"
)
FIX = (
    "Ret datoen under »data_dates« i datasets.yaml, eller brug et nyere udtræk af forloeb.csv, der når frem til datoen."
)


def test_a_data_date_after_the_exports_newest_row_warns_and_stops_publishing(tiny_site, tmp_path):
    settings = tiny_site({"aktive.md": LIVE}, own_data=True)
    descriptor = settings.parent / "data" / "datasets.yaml"
    text = descriptor.read_text(encoding="utf-8")
    assert DATES in text
    descriptor.write_text(text.replace(DATES, DATES[:-1] + ", 2024-01-31]"), encoding="utf-8")
    line = text[: text.index(DATES)].count("\n") + 1
    build = build_site(settings, tmp_path / "output")  # a warning does not stop a build
    (alert,) = [a for a in build.alerts if "datadatoen" in a.what]
    assert (alert.file, alert.line, alert.what, alert.fix) == ("datasets.yaml", line, STALE, FIX)
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "published", {"SITEURL": "https://x.dk"}, record=True)
    report = caught.value.report()
    assert f"datasets.yaml, linje {line}: {STALE}" in report
    assert "sitet offentliggøres ikke, fordi der er advarsler (1 i alt)" in report
    assert not (tmp_path / "published").exists()
