"""Chart views of a survey round: positive answers per question, the whole scale, a background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import importers
from ..danish import numbers, words
from ..data.validate import SurveyRound
from ..figures.book import BASE, POSITIVE, RESPONSES, FigureBook
from ..privacy.suppression import Count
from ..settings import Settings
from . import specs
from .view import (
    FORM_BARS,
    FORM_SCALE,
    ChartView,
    Part,
    Table,
    bars_spec,
    cell,
    count_bars,
    csv_cell,
    csv_share,
    exact_percent,
    legend,
    percent,
    share,
    stem,
    with_suppressed,
)

AGREEMENT, SCALE = words.CHART_AGREEMENT, words.CHART_SCALE
SEGMENT_LABEL_MIN = 7  # percent: narrower segments are labelled in the table only


@dataclass(frozen=True)
class Question:
    label: str
    counts: dict[str, Count]  # answer -> count, and POSITIVE and BASE

    @property
    def positive(self) -> Count:
        return self.counts[POSITIVE]

    @property
    def n(self) -> Count:
        return self.counts[BASE]


def questions(book: FigureBook, survey_round: SurveyRound) -> list[Question]:
    """Every question with its protected counts, the highest share of positive answers first."""
    decimals = 2
    found = [Question(q.label, book.answers(survey_round, q.key)) for q in survey_round.survey.questions]
    order = {id(q): percent(q.positive, q.n, decimals) for q in found}
    return sorted(found, key=lambda q: (order[id(q)] is None, -(order[id(q)] or 0)))


def _common(book: FigureBook, survey_round: SurveyRound) -> dict[str, str]:
    survey = survey_round.survey
    return {
        "round": survey_round.round.name,
        "positive": words.JOIN_OR.join(words.QUOTED.format(text=s.answer) for s in survey.scale if s.positive),
        "responses": numbers.format_count(book.responses(survey_round)),
        "source": words.CHART_SOURCE_SURVEY.format(source=survey.source, round=survey_round.round.name),
    }


def agreement(book: FigureBook, dataset: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Share of positive answers per question (top-two-box), with n in each label."""
    style, decimals = settings.percent_style, settings.percent_decimals
    common = _common(book, survey_round)
    found = questions(book, survey_round)
    bars, rows, csv_rows = [], [], []
    for q in found:
        text = share(q.positive, q.n, style, decimals) if q.n.value else words.NO_ANSWERS
        bars.append(
            {"label": q.label, "value": percent(q.positive, q.n, decimals), "text": f"{text} (n = {cell(q.n)})"}
        )
        rows.append((q.label, text, cell(q.positive), cell(q.n)))
        csv_rows.append((q.label, csv_share(q.positive, q.n, decimals), csv_cell(q.positive), csv_cell(q.n)))
    note, hidden = legend([c for q in found for c in (q.positive, q.n)], settings.min_count)
    title, alt_text = _message(
        found, settings, common,
        (words.AGREEMENT_TITLE, words.AGREEMENT_TITLE_PLAIN), (words.AGREEMENT_ALT, words.AGREEMENT_ALT_EMPTY),
    )  # fmt: skip
    return ChartView(
        key=f"{dataset}.{AGREEMENT}",
        form=FORM_BARS,
        title=title,
        subtitle=words.AGREEMENT_SUBTITLE.format(**common),
        alt=with_suppressed(alt_text, hidden),
        source=common["source"],
        table=Table(
            (words.COLUMN_QUESTION, words.COLUMN_SHARE, words.COLUMN_POSITIVE, words.COLUMN_BASE),
            tuple(rows),
        ),
        csv=Table(
            (words.COLUMN_QUESTION, words.COLUMN_PERCENT_CSV, words.COLUMN_POSITIVE, words.COLUMN_BASE),
            tuple(csv_rows),
        ),
        spec=bars_spec(bars, 100, settings.chart_font),
        file_stem=stem(f"{dataset}-{AGREEMENT}", words.FILE_ROUND.format(round=common["round"])),
        note=note,
        suppressed=hidden,
    )


def _message(
    found: list[Question], settings: Settings, facts: dict[str, str], titles: tuple[str, str], alts: tuple[str, str]
) -> tuple[str, str]:
    """The message title (the lowest share, when every share is shown) and the text alternative
    (the highest and the lowest share, each with its n)."""
    style, decimals = settings.percent_style, settings.percent_decimals
    shown = [q for q in found if percent(q.positive, q.n, decimals) is not None]
    if not shown:
        return titles[1], alts[1].format(count=len(found), **facts)

    def with_n(q: Question) -> str:
        return f"{share(q.positive, q.n, style, decimals)} (n = {cell(q.n)})"

    top, low = shown[0], shown[-1]
    least = share(low.positive, low.n, style, decimals)
    title = titles[0].format(least=least, count=len(found)) if len(shown) == len(found) else titles[1]
    values = {"top_label": top.label, "top_share": with_n(top), "low_label": low.label, "low_share": with_n(low)}
    return title, alts[0].format(count=len(found), **facts, **values)


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

    The suppressed answers are drawn apart from both sides (``_apart``), as one grey [c] segment:
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


SUPPRESSED_GAP = 0.08  # of the two sides' span: the room between the positive side and the [c] segments


def _apart(segments: list[dict[str, Any]], hidden: dict[str, float]) -> tuple[list[dict[str, Any]], tuple]:
    """The [c] segments (``hidden``: question -> percent) in a column of their own right of the positive
    side, after a gap and a dividing line; and the domain: both sides (and the [c] column) rounded up
    to tens. Returns the [c] segments, the domain and where the dividing line is (None without [c])."""
    tens = lambda value: 10 * -(-max(value, 10.0) // 10)  # noqa: E731
    left = tens(max([-s["start"] for s in segments], default=0.0))
    right = tens(max([s["end"] for s in segments], default=0.0))
    shown = {label: width for label, width in hidden.items() if width}
    if not shown:
        return [], (-left, right), None
    gap = SUPPRESSED_GAP * (left + right)
    start = right + gap
    name, text = words.SCALE_SUPPRESSED_ANSWER, words.SUPPRESSED_CELL
    grey = [_segment(label, name, text, start, width, 1, specs.SUPPRESSED) for label, width in shown.items()]
    return grey, (-left, start + tens(max(shown.values()))), right + gap / 2


def _segment(label: str, answer: str, text: str, position: float, width: float, direction: int, colour: str):
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
        "share": text if text == words.SUPPRESSED_CELL else f"{text} %",
    }


def answer_scale(book: FigureBook, dataset: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Diverging stacked bars over the whole scale, per question, with the same order as ``agreement``."""
    pd = importers.pandas()
    style, decimals = settings.percent_style, settings.percent_decimals
    common = _common(book, survey_round)
    found = questions(book, survey_round)
    positive, other = _steps(survey_round)
    answers = [*positive, *other]
    names = [a or words.BLANK_ANSWER for a in answers]
    segments, hidden = [], {}
    for q in found:
        shown, hidden_count = _segments(q, positive, other, decimals)
        segments += shown
        hidden[q.label] = exact_percent(hidden_count, q.n.value) if hidden_count else 0.0
    grey, domain, divider = _apart(segments, hidden)
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
        keys.append({"answer": words.SCALE_SUPPRESSED_KEY, "colour": specs.SUPPRESSED, "column": 0, "line": line})
    segment_table, key_table = pd.DataFrame(segments), pd.DataFrame(keys)
    spec = specs.drawings(
        lambda size: specs.scale_chart(segment_table, key_table, domain, divider, size), settings.chart_font
    )
    rows = tuple(
        (q.label, *(share(q.counts[a], q.n, style, decimals) for a in [*answers, POSITIVE]), cell(q.n)) for q in found
    )
    csv_rows = tuple(
        (q.label, name, csv_cell(q.counts[a]), csv_share(q.counts[a], q.n, decimals), csv_cell(q.n))
        for q in found
        for a, name in zip([*answers, POSITIVE], [*names, words.POSITIVE_TOTAL], strict=True)
    )
    counted = [c for q in found for a, c in q.counts.items() if a not in {POSITIVE, BASE}]
    note, hidden = legend(counted + [c for q in found for c in (q.positive, q.n)], settings.min_count)
    title, alt_text = _message(
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
        note=note,
        suppressed=hidden,
    )


def background(book: FigureBook, dataset: str, key: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Responses per value of a background question (e.g. target group)."""
    survey = survey_round.survey
    item = next(b for b in survey.background if b.key == key)
    counts = book.background_counts(survey_round, key)
    parts = [Part(value or words.NOT_STATED, count) for value, count in counts.items() if value != RESPONSES]
    title = words.BACKGROUND_TITLE.format(header=item.header.lower())
    common = _common(book, survey_round)
    period = words.PERIOD_SURVEY.format(round=common["round"])
    file_stem = stem(f"{dataset}-{key}", words.FILE_ROUND.format(round=common["round"]))
    view = count_bars(
        f"{dataset}.{key}", title, parts, counts[RESPONSES], period, common["source"], file_stem, settings
    )
    return view
