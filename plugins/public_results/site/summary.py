"""The build's summary for the terminal: warnings, suppression, changes, charts, pages, time.

Every function reads a finished build (``build.Finished``) and computes nothing: the figures
behind the lines were computed by the build (``figures.overview``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..charts.drawing_pool import DrawingStats
from ..danish import numbers, words
from ..figures.methods import suppression_lines
from ..figures.overview import change_lines
from .build import Finished


def alert_lines(build: Finished) -> list[str]:
    """Every warning of the build (words next to numbers, readability)."""
    return [f"{words.WARNING}: {alert}" for alert in build.alerts]


def note_lines(build: Finished) -> list[str]:
    """Info lines of reading the data (not warnings): which row held a file's header."""
    return [f"{words.NOTE}: {note}" for note in build.notes]


def readability_lines(build: Finished) -> list[str]:
    """LIX and sentence lengths of every article and page with figures."""
    lines = []
    for page, measured in sorted(build.collected.readability.items()):
        average = numbers.format_number(Decimal(str(round(measured.average, 1))), 1)
        text = words.CATALOGUE_READABILITY.format(
            lix=measured.lix, sentences=measured.sentences, average=average, longest=measured.longest
        )
        lines.append(f"  {page}: {text}")
    return [words.READABILITY_HEADING, *lines] if lines else []


def drawing_line(stats: DrawingStats) -> str:
    """'Grafer: 14 i alt, 2 tegnet, 12 fra cachen (1,3 s).'"""
    seconds = numbers.format_number(Decimal(str(round(stats.seconds, 1))), 1)
    return words.DRAWING_LINE.format(charts=stats.charts, drawn=stats.drawn, cached=stats.cached, seconds=seconds)


def page_counts(build: Finished) -> tuple[int, int]:
    """The pages the build made: (articles and pages written by hand, pages made from data).

    ``make html`` and ``make check`` count with this, so they give the same number.
    """
    return len(build.collected.readability), build.collected.generated


def summary_lines(build: Finished) -> list[str]:
    """What a finished build prints: warnings first, then the facts of the build."""
    lines = alert_lines(build) + note_lines(build)
    hidden = [*suppression_lines(build.overview.suppressed), *build.overview.unproven]
    lines += [words.SUPPRESSION_HEADING, *(f"  {line}" for line in hidden)]
    changed = change_lines(build.overview.changed)
    if changed:
        lines += [words.NEWEST_CHANGES, *(f"  {line}" for line in changed)]
    lines += readability_lines(build)
    lines.append(words.SUMMARY_HEADING)
    written, generated = page_counts(build)
    lines.append("  " + words.SUMMARY_PAGES.format(pages=written + generated, articles=written, others=generated))
    if build.drawing_stats is not None:
        lines.append("  " + drawing_line(build.drawing_stats))
    if build.damaged:
        lines.append("  " + words.SUMMARY_CACHE_DAMAGED.format(count=build.damaged))
    lines.append("  " + words.SUMMARY_SUPPRESSED.format(count=build.overview.suppressed_total))
    lines.append("  " + words.SUMMARY_CHANGED.format(count=build.overview.changed_total))
    lines.append("  " + words.SUMMARY_ALERTS.format(count=len(build.alerts)))
    times = ", ".join(
        f"{stage.lower()} {numbers.format_number(Decimal(str(round(seconds, 1))), 1)} s"
        for stage, seconds in build.timings.items()
    )
    if times:
        lines.append("  " + words.SUMMARY_TIMES.format(times=times))
    return lines


def build_report(build: Finished) -> dict[str, Any]:
    """The build's numbers for ``make bench`` (``--report``): pages, charts, stages, memory."""
    try:
        import resource  # noqa: PLC0415  (POSIX only: on Windows the report has no memory figures)
    except ImportError:
        resource = None  # type: ignore[assignment]

    stats = build.drawing_stats
    drawn = list(stats.drawn_keys) if stats is not None else []
    by_dataset: dict[str, int] = {}
    by_form: dict[str, int] = {}
    for key in drawn:
        view = build.collected.charts.get(key)
        name = view.key.split(".")[0] if view is not None else words.BENCH_CARDS
        by_dataset[name] = by_dataset.get(name, 0) + 1
        form = view.form if view is not None else words.BENCH_CARDS
        by_form[form] = by_form.get(form, 0) + 1
    charts_by_form: dict[str, int] = {}
    for view in build.collected.charts.values():
        charts_by_form[view.form] = charts_by_form.get(view.form, 0) + 1
    return {
        "pages": len(build.collected.readability) + build.collected.generated,
        "charts": stats.charts if stats is not None else 0,
        "charts_by_form": charts_by_form,
        "drawn": len(drawn),
        "cached": stats.cached if stats is not None else 0,
        "drawn_by_dataset": by_dataset,
        "drawn_by_form": by_form,
        "drawing_seconds": stats.seconds if stats is not None else 0.0,
        "render_seconds": stats.render_seconds if stats is not None else 0.0,
        "chart_seconds": list(stats.chart_seconds) if stats is not None else [],
        "workers": stats.workers if stats is not None else 0,
        "stages": dict(build.timings),
        "figures_computed": build.book.computed,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if resource else 0.0,
        "peak_worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if resource else 0.0,
    }
