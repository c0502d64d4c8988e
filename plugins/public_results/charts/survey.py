"""Chart views of a survey round: positive answers per question, the whole scale, a background."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..danish import numbers, words
from ..danish.style import count_in_text
from ..data.validate import SurveyRound
from ..figures.book import BASE, POSITIVE, RESPONSES, FigureBook
from ..privacy.suppression import Count
from ..settings import Settings
from . import messages
from .view import (
    FORM_BARS,
    ChartView,
    Part,
    Table,
    bars_spec,
    cell,
    count_bars,
    csv_cell,
    csv_share,
    legend,
    percent,
    share,
    share_target,
    stem,
    with_suppressed,
)

AGREEMENT, SCALE = words.CHART_AGREEMENT, words.CHART_SCALE


@dataclass(frozen=True)
class Question:
    label: str
    counts: dict[str, Count]  # answer -> count, and POSITIVE and BASE
    key: str = ""  # the question's short name in the descriptor

    @property
    def positive(self) -> Count:
        return self.counts[POSITIVE]

    @property
    def n(self) -> Count:
        return self.counts[BASE]


def questions(book: FigureBook, survey_round: SurveyRound) -> list[Question]:
    """Every question with its protected counts, the highest share of positive answers first."""
    decimals = 2
    found = [Question(q.label, book.answers(survey_round, q.key), q.key) for q in survey_round.survey.questions]
    order = {id(q): percent(q.positive, q.n, decimals) for q in found}
    return sorted(found, key=lambda q: (order[id(q)] is None, -(order[id(q)] or 0)))


def common_facts(book: FigureBook, survey_round: SurveyRound) -> dict[str, str]:
    survey = survey_round.survey
    return {
        "dataset": survey.key,
        "round": survey_round.round.name,
        "positive": words.JOIN_OR.join(words.QUOTED.format(text=s.answer) for s in survey.scale if s.positive),
        "responses": _responses(book.response_count(survey_round)),
        "source": words.CHART_SOURCE_SURVEY.format(source=survey.source, round=survey_round.round.name),
    }


def _responses(count: Count) -> str:
    """How many answered the round, for a subtitle: the number, or »et skjult antal« when protected."""
    return words.SUPPRESSED_HIDDEN if count.suppressed else numbers.format_count(count.value)


def _bases(found: list[Question]) -> str:
    """The questions' bases said once, in words: »Hvert spørgsmål har sin egen base: 199–204 svarede på det.«"""
    shown = sorted({q.n.value for q in found if not q.n.suppressed})
    if not shown:
        return ""
    if len(shown) == 1:
        return words.AGREEMENT_BASE_ONE.format(n=numbers.format_count(shown[0]))
    return words.AGREEMENT_BASES.format(low=numbers.format_count(shown[0]), high=numbers.format_count(shown[-1]))


def agreement(book: FigureBook, dataset: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Share of positive answers per question (top-two-box); each bar's base is in its tooltip and the
    table, the range of the bases in the subtitle."""
    style, decimals, marker = settings.percent_style, settings.percent_decimals, settings.suppressed_marker
    common = common_facts(book, survey_round)
    found = questions(book, survey_round)
    bars, rows, csv_rows = [], [], []
    for q in found:
        text = share(q.positive, q.n, style, decimals, marker) if q.n.value else words.NO_ANSWERS
        tip = words.AGREEMENT_TIP.format(label=q.label, share=text, n=cell(q.n, marker)) if q.n.value else ""
        bars.append({"label": q.label, "value": percent(q.positive, q.n, decimals), "text": text, "tip": tip})
        rows.append((q.label, text, cell(q.positive, marker), cell(q.n, marker)))
        csv_rows.append(
            (q.label, csv_share(q.positive, q.n, decimals, marker), csv_cell(q.positive, marker), csv_cell(q.n, marker))
        )
    note, hidden = legend([c for q in found for c in (q.positive, q.n)], settings.min_count, marker)
    title, alt_text = title_and_alt(
        found, settings, common,
        (words.AGREEMENT_TITLE, words.AGREEMENT_TITLE_PLAIN), (words.AGREEMENT_ALT, words.AGREEMENT_ALT_EMPTY),
    )  # fmt: skip
    return ChartView(
        key=f"{dataset}.{AGREEMENT}",
        form=FORM_BARS,
        title=title,
        subtitle=words.AGREEMENT_SUBTITLE.format(bases=_bases(found), **common).strip(),
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
        marker=marker,
    )


def title_and_alt(
    found: list[Question], settings: Settings, facts: dict[str, str], titles: tuple[str, str], alts: tuple[str, str]
) -> tuple[str, str]:
    """The message title (``messages.survey_message``: a target, a question well below the others, an
    even spread or the lowest share) and the text alternative (the highest and the lowest share;
    »lavest« only when no question's share is hidden)."""
    style, decimals = settings.percent_style, settings.percent_decimals
    shares = [(q.label, _share_value(q, decimals)) for q in found]
    shown = [q for q, (_, value) in zip(found, shares, strict=True) if value is not None]
    count = count_in_text(len(found), neuter=True)  # »otte spørgsmål«: running text
    if not shown:
        return titles[1], alts[1].format(count=count, **facts)
    goals = [
        (q.label, q.positive, q.n, goal)
        for q in found
        if (goal := share_target(settings, facts["dataset"], q.key, survey=True)) is not None
    ]
    message = messages.survey_message(shares, len(found), style, decimals, goals)
    if titles[0] == words.SCALE_TITLE:  # the whole scale: the lowest share every question reaches
        lowest = shown[-1]
        least = words.AGREEMENT_TITLE.format(least=share(lowest.positive, lowest.n, style, decimals), count=count)
        title = titles[0].format(message=_lower_first(least)) if len(shown) == len(found) else titles[1]
    else:
        title = message.text
    every = len(shown) == len(found)
    top, low = shown[0], shown[-1]
    values = {
        "top_word": words.ALT_HIGHEST if every else words.ALT_HIGHEST_SHOWN,
        "low_word": words.ALT_LOWEST if every else words.ALT_LOWEST_SHOWN,
        "top_label": top.label,
        "top_share": share(top.positive, top.n, style, decimals),
        "low_label": low.label,
        "low_share": share(low.positive, low.n, style, decimals),
    }
    return title, alts[0].format(count=count, **facts, **values)


def _share_value(q: Question, decimals: int) -> Decimal | None:
    if q.positive.suppressed or q.n.suppressed or q.n.value == 0:
        return None
    return numbers.percent_value(q.positive.value, q.n.value, decimals)


def _lower_first(text: str) -> str:
    """»Mindst 86 % …« -> »mindst 86 % …« after a colon; a quoted name keeps its capital."""
    return text[:1].lower() + text[1:] if text[:1].isalpha() else text


def background(book: FigureBook, dataset: str, key: str, survey_round: SurveyRound, settings: Settings) -> ChartView:
    """Responses per value of a background question (e.g. target group)."""
    survey = survey_round.survey
    item = next(b for b in survey.background if b.key == key)
    counts = book.background_counts(survey_round, key)
    parts = [Part(value or words.NOT_STATED, count) for value, count in counts.items() if value != RESPONSES]
    title = words.BACKGROUND_TITLE.format(header=item.header.lower())
    common = common_facts(book, survey_round)
    period = words.CHART_PERIOD_SURVEY.format(round=common["round"])
    file_stem = stem(f"{dataset}-{key}", words.FILE_ROUND.format(round=common["round"]))
    view = count_bars(
        f"{dataset}.{key}", title, parts, counts[RESPONSES], period, common["source"], file_stem, settings
    )
    return view
