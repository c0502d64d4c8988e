"""Settings are checked like content: each unknown figure or chart name of the settings is one
problem (not one per data date), with the nearest names, and an unknown target stops the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.errors import BuildFailed

pytestmark = pytest.mark.site

STALE = {
    "RESULTS_BRIEFING_FIGURES": ["forløb.aktive", "forløb.aktivee", "evaluering.haab"],
    "RESULTS_BRIEFING_CHARTS": ["forløb.status", "forløb.statuss"],
    "RESULTS_TARGETS": {"forløb.meningsfulde.andel": 60},
    "RESULTS_LEAD_FIGURE": "forløb.aktive.procent",
}


def test_each_stale_name_in_the_settings_is_one_problem_with_the_nearest_names(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({})
    with settings.open("a", encoding="utf-8") as handle:
        handle.writelines(f"{name} = {value!r}\n" for name, value in STALE.items())
    output = tmp_path / "output"
    with pytest.raises(BuildFailed) as caught:
        build_site(settings, output)
    report = caught.value.report()
    assert "5 problemer" in report
    expected = [
        "pelicanconf.py: RESULTS_BRIEFING_FIGURES: tallet »forløb.aktivee« findes ikke\n"
        "    Sådan retter du det: Mente du »forløb.aktive«? Ret navnet i RESULTS_BRIEFING_FIGURES i "
        "pelicanconf.py, eller fjern det.",
        "pelicanconf.py: RESULTS_BRIEFING_FIGURES: tallet »evaluering.haab« findes ikke\n"
        "    Sådan retter du det: Mente du »evaluering.håb«? Ret",
        "pelicanconf.py: RESULTS_TARGETS: tallet »forløb.meningsfulde.andel« findes ikke\n"
        "    Sådan retter du det: Mente du »forløb.meningsfuld.andel«? Ret navnet i RESULTS_TARGETS",
        "pelicanconf.py: RESULTS_LEAD_FIGURE: nøgletallet »forløb.aktive.procent« kan ikke læses",
        "pelicanconf.py: RESULTS_BRIEFING_CHARTS: grafen »forløb.statuss« findes ikke\n"
        "    Sådan retter du det: Mente du »forløb.status«? Ret navnet i RESULTS_BRIEFING_CHARTS i pelicanconf.py",
    ]
    for message in expected:
        assert report.count(message) == 1, message
    assert not output.exists()
