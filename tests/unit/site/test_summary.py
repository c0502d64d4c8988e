"""The summary formats a finished build and computes nothing."""

from __future__ import annotations

from public_results.charts.drawing_pool import DrawingStats
from public_results.errors import Problem
from public_results.figures.methods import Suppressed
from public_results.figures.overview import Changed, Overview
from public_results.pages.readability import Readability
from public_results.site.build import Collected, Finished, PageOutcome
from public_results.site.summary import build_report, summary_lines


class NoBook:
    """A figure book that refuses to compute: the summary must only read what the build computed."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the summary asked the figure book for {name}")


def finished(loaded) -> Finished:
    collected = Collected()
    alert = Problem(file="a.md", line=3, what="teksten er svær at læse", fix="Skriv kortere sætninger.")
    measured = Readability(lix=44, words=90, sentences=6, longest=25, average=15.0)
    collected.add(PageOutcome(key="articles/a.md", alerts=(alert,), readability=measured))
    collected.add(PageOutcome(key="briefinger/x.html"), generated=True)
    overview = Overview(
        suppressed=(Suppressed("forløb pr. 15. maj 2018", 2, ("Uddannelse", "Værested")),),
        changed=(Changed("forløb, 15. februar 2022 → 31. december 2023", ("forløb.aktive 205 → 225",)),),
        unproven=("forløb pr. 31. december 2023: for 1 skjulte tal på tværs af enhederne (nord/praktik)",),
    )
    stats = DrawingStats(charts=14, drawn=2, cached=12, seconds=1.26)
    return Finished(loaded, collected, overview, stats, {"Læser og tjekker data": 0.44, "Tegner grafer": 1.26})


def test_the_summary_lists_warnings_suppression_changes_readability_and_the_facts(loaded):
    build = finished(loaded)
    build = Finished(NoBook(), build.collected, build.overview, build.drawing_stats, build.timings, 3)  # type: ignore[arg-type]
    lines = summary_lines(build)
    assert lines[0].startswith("Advarsel: a.md, linje 3: teksten er svær at læse")
    text = "\n".join(lines)
    assert "  forløb pr. 15. maj 2018: 2 tal udeladt (Uddannelse, Værested)." in text
    assert "Værested).\n  forløb pr. 31. december 2023: for 1 skjulte tal på tværs af enhederne" in text
    assert "  forløb, 15. februar 2022 → 31. december 2023: forløb.aktive 205 → 225" in text
    assert "  articles/a.md: LIX 44, 6 sætninger, 15,0 ord pr. sætning, længste sætning 25 ord" in text
    assert "  Sider med tal: 2 (1 artikler og sider, 1 lavet af data)." in text
    assert "  Grafer: 14 i alt, 2 tegnet, 12 fra cachen (1,3 s)." in text
    assert "  Udeladte tal (diskretion): 2." in text and "  Tal ændret siden forrige opgørelse: 1." in text
    assert "  Advarsler: 1." in text
    assert "  Cachen: 3 filer var ufuldstændige, ændrede eller ikke sikre at bruge og blev lavet igen" in text
    assert "  Tid: læser og tjekker data 0,4 s, tegner grafer 1,3 s." in text


def test_the_bench_report_counts_pages_charts_and_stages(loaded):
    report = build_report(finished(loaded))
    assert report["pages"] == 2 and report["charts"] == 14 and report["cached"] == 12
    assert report["stages"] == {"Læser og tjekker data": 0.44, "Tegner grafer": 1.26}
    assert report["peak_mib"] > 0
