"""The whole answer scale of a survey round: diverging stacked bars, one per question.

Positive answers run right from zero, the others left; the answers hidden for discretion stand
apart, in a grey column of their own (``_apart``). Same order and message as ``survey.agreement``.
"""

from __future__ import annotations

from typing import Any

from ..danish import numbers, words
from ..data.validate import SurveyRound
from ..figures.book import BASE, POSITIVE, FigureBook
from ..settings import Settings
from . import messages, specs
from .survey import SCALE, Question, common_facts, questions, title_and_alt
from .view import (
    FORM_SCALE,
    ChartView,
    Table,
    cell,
    csv_cell,
    csv_share,
    exact_percent,
    legend,
    notes,
    share,
    stem,
    with_suppressed,
)

SEGMENT_LABEL_MIN = 7  # percent: narrower segments are labelled in the table only


def _steps(survey_round: SurveyRound) -> tuple[list[str], list[str]]:
    """The answers drawn right of zero (positive, outermost first) and left of it (nearest first)."""
    survey = survey_round.survey
    positive = [s.answer for s in survey.scale if s.positive and s.counted]
    other = [s.answer for s in survey.scale if s.counted and not s.positive]
    if survey.blank_counted:
        other.append("")
    return positive, other


def _text_colour(background: str) -> str:
    """White on the dark steps, near-black on the light ones (both at least 4.5:1)."""
    dark = {specs.POSITIVE_STEPS[0], *specs.OTHER_STEPS[2:], specs.SUPPRESSED}
    return "#ffffff" if background in dark else specs.TEXT


def _colours(positive: list[str], other: list[str]) -> dict[str, str]:
    """Darkest blue for the most positive answer, lightest orange for the answer nearest zero."""
    pick = lambda palette, i: palette[min(i, len(palette) - 1)]  # noqa: E731
    return {a: pick(specs.POSITIVE_STEPS, i) for i, a in enumerate(positive)} | {
        a: pick(specs.OTHER_STEPS, i) for i, a in enumerate(other)
    }


def _segments(q: Question, positive: list[str], other: list[str], decimals: int) -> tuple[list[dict[str, Any]], int]:
    """One bar's shown segments from zero outwards, and how many answers of it are suppressed.

    The suppressed answers are drawn apart from both sides (``_apart``), as one grey hidden segment:
    in either side they would read as a part of it. They add up to n minus the shown answers, so
    drawing their sum reveals nothing. With the positive count or n suppressed, no bar is drawn.
    """
    if q.n.suppressed or q.positive.suppressed or q.n.value == 0:
        return [], 0
    colours = _colours(positive, other)
    segments, hidden = [], 0
    for answers, direction in ((positive[::-1], 1), (other, -1)):
        position = 0.0
        for answer in answers:
            count = q.counts[answer]
            if count.suppressed:
                hidden += count.value
                continue
            text = numbers.format_number(numbers.percent_value(count.value, q.n.value, decimals), decimals)
            label = answer or words.BLANK_ANSWER
            width = exact_percent(count.value, q.n.value)
            segments.append(_segment(q.label, label, text, position, width, direction, colours[answer]))
            position += width
    return segments, hidden


SUPPRESSED_GAP = 0.08  # of the two sides' span: the room between the positive side and the hidden segments


def _apart(
    segments: list[dict[str, Any]], hidden: dict[str, float], marker: str
) -> tuple[list[dict[str, Any]], tuple, float | None]:
    """The hidden segments (``hidden``: question -> percent) in a column of their own right of the positive
    side, after a gap and a dividing line; and the domain: both sides (and the hidden column) rounded up
    to tens. Returns the hidden segments, the domain and where the dividing line is (None without hidden)."""
    tens = lambda value: 10 * -(-max(value, 10.0) // 10)  # noqa: E731
    left = tens(max([-s["start"] for s in segments], default=0.0))
    right = tens(max([s["end"] for s in segments], default=0.0))
    shown = {label: width for label, width in hidden.items() if width}
    if not shown:
        return [], (-left, right), None
    gap = SUPPRESSED_GAP * (left + right)
    start = right + gap
    name = words.SCALE_SUPPRESSED_ANSWER
    grey = [_segment(label, name, marker, start, width, 1, specs.SUPPRESSED, marker) for label, width in shown.items()]
    return grey, (-left, start + tens(max(shown.values()))), right + gap / 2


def _segment(
    label: str, answer: str, text: str, position: float, width: float, direction: int, colour: str, marker: str = ""
) -> dict[str, Any]:
    start, end = sorted((direction * position, direction * (position + width)))
    return {
        "label": label,
        "answer": answer,
        "start": start,
        "end": end,
        "middle": (start + end) / 2,
        "colour": colour,
        "text": text if width >= SEGMENT_LABEL_MIN else "",
        "text_colour": _text_colour(colour),
        "share": text if text == marker else f"{text} %",
    }


def answer_scale(book: FigureBook, dataset: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Diverging stacked bars over the whole scale, per question, with the same order as ``agreement``."""
    style, decimals, marker = settings.percent_style, settings.percent_decimals, settings.suppressed_marker
    common = common_facts(book, survey_round)
    found = questions(book, survey_round)
    positive, other = _steps(survey_round)
    answers = [*positive, *other]
    names = [a or words.BLANK_ANSWER for a in answers]
    segments, hidden = [], {}
    for q in found:
        shown, hidden_count = _segments(q, positive, other, decimals)
        segments += shown
        hidden[q.label] = exact_percent(hidden_count, q.n.value) if hidden_count else 0.0
    grey, domain, divider = _apart(segments, hidden, marker)
    segments += grey
    order = {q.label: i for i, q in enumerate(found)}
    for segment in segments:
        segment["order"] = order[segment["label"]]
    colours = _colours(positive, other)
    keys = [
        {"answer": n, "colour": colours[a], "column": 0, "line": i}
        for i, (a, n) in enumerate(zip(other, names[len(positive) :], strict=True))
    ]
    keys += [{"answer": a, "colour": colours[a], "column": 1, "line": i} for i, a in enumerate(positive)]
    if grey:  # a line of its own under both columns: it belongs to neither side
        line = max(len(positive), len(other))
        key = words.SCALE_SUPPRESSED_KEY.format(marker=marker)
        keys.append({"answer": key, "colour": specs.SUPPRESSED, "column": 0, "line": line})
    spec = specs.drawings(lambda size: specs.scale_chart(segments, keys, domain, divider, size), settings.chart_font)
    rows = tuple(
        (q.label, *(share(q.counts[a], q.n, style, decimals, marker) for a in [*answers, POSITIVE]), cell(q.n, marker))
        for q in found
    )
    csv_rows = tuple(
        (
            q.label,
            name,
            csv_cell(q.counts[a], marker),
            csv_share(q.counts[a], q.n, decimals, marker),
            csv_cell(q.n, marker),
        )
        for q in found
        for a, name in zip([*answers, POSITIVE], [*names, words.POSITIVE_TOTAL], strict=True)
    )
    counted = [c for q in found for a, c in q.counts.items() if a not in {POSITIVE, BASE}]
    note, hidden = legend(counted + [c for q in found for c in (q.positive, q.n)], settings.min_count, marker)
    rounding = words.ROUNDING_NOTE_SCALE if any(_rounding_off(q, answers, decimals) for q in found) else ""
    title, alt_text = title_and_alt(
        found, settings, common | {"first": names[0], "last": names[-1]},
        (words.SCALE_TITLE, words.SCALE_TITLE_PLAIN), (words.SCALE_ALT, words.SCALE_ALT_EMPTY),
    )  # fmt: skip
    return ChartView(
        key=f"{dataset}.{SCALE}",
        form=FORM_SCALE,
        title=title,
        subtitle=words.SCALE_SUBTITLE.format(**common),
        alt=with_suppressed(alt_text, hidden),
        source=common["source"],
        table=Table((words.COLUMN_QUESTION, *names, words.POSITIVE_TOTAL, words.COLUMN_BASE), rows),
        csv=Table(
            (
                words.COLUMN_QUESTION,
                words.COLUMN_ANSWER,
                words.COLUMN_COUNT,
                words.COLUMN_PERCENT_CSV,
                words.COLUMN_BASE,
            ),
            csv_rows,
        ),
        spec=spec,
        file_stem=stem(f"{dataset}-{SCALE}", words.FILE_ROUND.format(round=common["round"])),
        note=notes(note, rounding),
        suppressed=hidden,
        marker=marker,
    )


def _rounding_off(q: Question, answers: list[str], decimals: int) -> bool:
    """Whether a question whose every answer is shown has shares that, rounded, do not add up to 100."""
    if q.n.suppressed or q.n.value == 0 or any(q.counts[a].suppressed for a in answers):
        return False
    return messages.rounded_sum_differs(
        [numbers.percent_value(q.counts[a].value, q.n.value, decimals) for a in answers]
    )
