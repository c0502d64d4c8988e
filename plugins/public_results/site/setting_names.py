"""The figure and chart names the settings give (RESULTS_BRIEFING_FIGURES, RESULTS_BRIEFING_CHARTS,
RESULTS_TARGETS, RESULTS_LEAD_FIGURE), checked once per build as a page's names are: an unknown
name is one problem with the nearest names there are, and is left out of the settings the pages
then use, so that no briefing of any data date repeats it.

Pure: takes the build's figures and the settings, returns the settings to use and the problems.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from ..charts.by_name import chart_names
from ..danish import words
from ..errors import Problem
from ..figures.book import FigureBook
from ..figures.definitions import RESPONSES
from ..figures.figure import COUNT, SHARE
from ..settings import Settings
from .briefing_bodies import METHOD_PREFIX

SETTINGS_FILE = "pelicanconf.py"
NEAREST = 3  # at most this many names suggested
LIKENESS = 0.8  # how alike a suggested name must be (difflib's ratio): a typo, not another name


def figure_names(book: FigureBook) -> list[str]:
    """Every key figure's name: »datasæt.navn« (an outcome's statuses and groups, a survey's
    questions and its responses)."""
    names = []
    for key, log in sorted(book.outcomes.items()):
        names += [f"{key}.{item.key}" for item in (*log.outcome.categories, *log.outcome.groups)]
    for key, rounds in sorted(book.surveys.items()):
        names += [f"{key}.{RESPONSES}", *(f"{key}.{q.key}" for q in rounds[0].survey.questions)]
    return names


def _figure_problem(setting: str, name: str, figures: list[str]) -> Problem | None:
    """The problem with key figure ``name`` (»datasæt.navn«, maybe with ».antal« or ».andel«), or
    None when it exists; the nearest names keep the name's ».antal« or ».andel«."""
    parts = name.split(".")
    if len(parts) not in {2, 3} or (len(parts) == 3 and parts[2] not in {COUNT, SHARE}):
        what = words.KEY_FIGURE_UNREADABLE.format(name=name)
        return Problem(file=SETTINGS_FILE, what=f"{setting}: {what}", fix=words.KEY_FIGURE_UNREADABLE_FIX)
    base, variant = ".".join(parts[:2]), "".join(f".{p}" for p in parts[2:])
    if base in figures:
        return None
    return _problem(setting, words.FIGURE_UNKNOWN.format(name=name), base, figures, variant)


def _problem(setting: str, what: str, name: str, names: list[str], variant: str = "") -> Problem:
    """One unknown name of ``setting``: the nearest names (with ``variant`` after them), or (none
    near) every name there is."""
    close = difflib.get_close_matches(name, names, n=NEAREST, cutoff=LIKENESS)
    nearest = [words.QUOTED.format(text=f"{n}{variant}") for n in close]
    if nearest:
        listed = ", ".join(nearest[:-1]) + words.JOIN_OR + nearest[-1] if len(nearest) > 1 else nearest[0]
        fix = words.SETTING_NAME_NEAREST_FIX.format(names=listed, setting=setting)
    else:
        fix = words.SETTING_NAME_FIX.format(setting=setting, names=", ".join(names))
    return Problem(file=SETTINGS_FILE, what=f"{setting}: {what}", fix=fix)


def checked_settings(book: FigureBook, settings: Settings) -> tuple[Settings, list[Problem]]:
    """``settings`` without the figure and chart names that do not exist, and one problem for each."""
    figures = figure_names(book)
    charts = chart_names(book) + [f"{METHOD_PREFIX}{d}" for d in book.datasets()]
    problems: list[Problem] = []

    def figures_kept(setting: str, names: tuple[str, ...]) -> tuple[str, ...]:
        found = {name: _figure_problem(setting, name, figures) for name in names}
        problems.extend(p for p in found.values() if p is not None)
        return tuple(name for name, problem in found.items() if problem is None)

    briefing_figures = figures_kept("RESULTS_BRIEFING_FIGURES", settings.briefing_figures)
    target_names = figures_kept("RESULTS_TARGETS", tuple(name for name, _ in settings.targets))
    lead = figures_kept("RESULTS_LEAD_FIGURE", (settings.lead_figure,) if settings.lead_figure else ())
    for name in settings.briefing_charts:
        if name not in charts:
            problems.append(_problem("RESULTS_BRIEFING_CHARTS", words.CHART_UNKNOWN.format(name=name), name, charts))
    kept = replace(
        settings,
        briefing_figures=briefing_figures,
        briefing_charts=tuple(n for n in settings.briefing_charts if n in charts),
        targets=tuple(t for t in settings.targets if t[0] in target_names),
        lead_figure=lead[0] if lead else "",
    )
    return kept, problems
