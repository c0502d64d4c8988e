"""The build's summary for the terminal: warnings, suppression, changes, charts, pages, time."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..danish import numbers, words
from ..figures.book import Pins
from ..figures.methods import suppressed_names, suppression_lines
from ..record.shown import drawing_line, newest_change_lines, newest_changes
from .build import Build


def alert_lines(build: Build) -> list[str]:
    """Every warning of the build (words next to numbers, readability)."""
    return [f"{words.WARNING}: {alert}" for alert in build.alerts]


def suppressed_total(build: Build) -> int:
    """How many counts are suppressed over every data date and survey round."""
    book = build.book
    if book is None:
        return 0
    total = sum(
        suppressed_names(book, key, Pins(data_date=day))[0]
        for key, log in book.outcomes.items()
        for day in log.outcome.data_dates
    )
    return total + sum(
        suppressed_names(book, key, Pins(survey_round=r.round.name))[0]
        for key, rounds in book.surveys.items()
        for r in rounds
    )


def readability_lines(build: Build) -> list[str]:
    """LIX and sentence lengths of every article and page with figures."""
    lines = []
    for page, measured in sorted(build.readability.items()):
        average = numbers.format_number(Decimal(str(round(measured.average, 1))), 1)
        text = words.CATALOGUE_READABILITY.format(
            lix=measured.lix, sentences=measured.sentences, average=average, longest=measured.longest
        )
        lines.append(f"  {page}: {text}")
    return ["Læsbarhed:", *lines] if lines else []


def summary_lines(build: Build) -> list[str]:
    """What a finished build prints: warnings first, then the facts of the build."""
    assert build.book is not None and build.settings is not None
    lines = alert_lines(build)
    lines += ["Diskretion:", *(f"  {line}" for line in suppression_lines(build.book))]
    changed = newest_change_lines(build.book, build.settings.number_style)
    if changed:
        lines += [words.NEWEST_CHANGES, *(f"  {line}" for line in changed)]
    lines += readability_lines(build)
    changed_count = sum(len(found) for _, found in newest_changes(build.book, build.settings.number_style))
    lines.append(words.SUMMARY_HEADING)
    written = len(build.readability)
    lines.append(
        "  " + words.SUMMARY_PAGES.format(pages=written + len(build.generated), articles=written,
                                            others=len(build.generated))
    )  # fmt: skip
    if build.drawing_stats is not None:
        lines.append("  " + drawing_line(build.drawing_stats))
    lines.append("  " + words.SUMMARY_SUPPRESSED.format(count=suppressed_total(build)))
    lines.append("  " + words.SUMMARY_CHANGED.format(count=changed_count))
    lines.append("  " + words.SUMMARY_ALERTS.format(count=len(build.alerts)))
    times = ", ".join(
        f"{stage.lower()} {numbers.format_number(Decimal(str(round(seconds, 1))), 1)} s"
        for stage, seconds in build.progress.timings.items()
    )
    if times:
        lines.append("  " + words.SUMMARY_TIMES.format(times=times))
    return lines


def build_report(build: Build) -> dict[str, Any]:
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
        view = build.charts.get(key)
        name = view.key.split(".")[0] if view is not None else "delingsbilleder"
        by_dataset[name] = by_dataset.get(name, 0) + 1
        form = view.form if view is not None else "delingsbilleder"
        by_form[form] = by_form.get(form, 0) + 1
    return {
        "pages": len(build.readability) + len(build.generated),
        "charts": stats.charts if stats is not None else 0,
        "drawn": len(drawn),
        "cached": stats.cached if stats is not None else 0,
        "drawn_by_dataset": by_dataset,
        "drawn_by_form": by_form,
        "drawing_seconds": stats.seconds if stats is not None else 0.0,
        "render_seconds": stats.render_seconds if stats is not None else 0.0,
        "workers": stats.workers if stats is not None else 0,
        "stages": dict(build.progress.timings),
        "figures_computed": build.book.computed if build.book is not None else {},
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if resource else 0.0,
        "peak_worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if resource else 0.0,
    }
