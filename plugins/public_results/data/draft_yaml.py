"""A drafted descriptor (``draft_descriptor.Draft``) written as ``datasets.yaml``, with comments.

Every text from the files is written as a double-quoted YAML scalar (JSON's escaping, which YAML
reads), so a header with a colon, a quote or a ``#`` stays one text. The comments say what each
part means and mark with RET what a person must look at. Pure: values in, text out.
"""

from __future__ import annotations

import json

from ..danish import words
from .draft_descriptor import Draft, OutcomeDraft, SurveyDraft

INDENT = "  "


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar."""
    return json.dumps(str(text), ensure_ascii=False)


def _comment(depth: int, *lines: str) -> list[str]:
    return [f"{INDENT * depth}# {line}".rstrip() for line in lines]


def _texts(items: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(quoted(t) for t in items) + "]"


def survey_lines(survey: SurveyDraft) -> list[str]:
    """The lines of one survey: rounds, questions, the scale, background, free text."""
    lines = [f"{INDENT}{survey.key}:", f"{INDENT * 2}kind: survey"]
    lines += [f"{INDENT * 2}title: {quoted(words.DRAFT_TITLE_SURVEY)}"]
    lines += [f"{INDENT * 2}source: {quoted(words.DRAFT_SOURCE_SURVEY)}", f"{INDENT * 2}rounds:"]
    for file in survey.files:
        lines += _comment(3, words.DRAFT_ROUND_NOTE.format(date=file.date.isoformat()))
        lines += [f"{INDENT * 3}- round: {quoted(file.round)}", f"{INDENT * 4}file: {quoted(file.file)}"]
        lines += [f"{INDENT * 4}date: {file.date.isoformat()}"]
    for column in survey.ignored:
        lines += _comment(2, words.DRAFT_IGNORED_NOTE.format(column=column))
    lines += [*_comment(2, words.DRAFT_QUESTIONS_NOTE), f"{INDENT * 2}questions:"]
    for key, header in survey.questions:
        lines += [f"{INDENT * 3}{key}:", f"{INDENT * 4}header: {quoted(header)}"]
        lines += [f"{INDENT * 4}label: {quoted(header)}"]
    lines += _comment(2, words.DRAFT_SCALE_NOTE)
    if not survey.known_scale:
        lines += _comment(2, words.DRAFT_SCALE_GUESSED)
    lines += [f"{INDENT * 2}scale:"]
    for answer in survey.scale:
        lines += [f"{INDENT * 3}- answer: {quoted(answer.text)}"]
        lines += [f"{INDENT * 4}positive: true"] if answer.positive else []
        lines += [f"{INDENT * 4}counted: false"] if not answer.counted else []
    lines += [f"{INDENT * 2}blank_counted: false"]
    if survey.background:
        lines += [*_comment(2, words.DRAFT_BACKGROUND_NOTE), f"{INDENT * 2}background:"]
        for key, header, values in survey.background:
            lines += [f"{INDENT * 3}{key}:", f"{INDENT * 4}header: {quoted(header)}"]
            lines += [f"{INDENT * 4}values: {_texts(values)}"]
    if survey.free_text:
        lines += [*_comment(2, words.DRAFT_FREE_TEXT_NOTE), f"{INDENT * 2}free_text: {_texts(survey.free_text)}"]
    lines += [f"{INDENT * 2}method: {quoted(method(survey))}"]
    return lines


def method(survey: SurveyDraft) -> str:
    """How the answers are merged, in words, for the method box."""
    positive = words.DRAFT_METHOD_AND.join(words.DRAFT_QUOTED.format(text=a.text) for a in survey.scale if a.positive)
    left_out = [words.DRAFT_QUOTED.format(text=a.text) for a in survey.scale if not a.counted]
    left_out.append(words.DRAFT_METHOD_BLANK.lower() if left_out else words.DRAFT_METHOD_BLANK)
    return words.DRAFT_METHOD.format(answers=positive, left_out=words.DRAFT_METHOD_AND.join(left_out))


def outcome_lines(outcome: OutcomeDraft) -> list[str]:
    """The lines of one status log: its columns, start, data date, one category per status."""
    lines = [f"{INDENT}{outcome.key}:", f"{INDENT * 2}kind: outcome"]
    lines += [f"{INDENT * 2}title: {quoted(words.DRAFT_TITLE_OUTCOME)}"]
    lines += [f"{INDENT * 2}source: {quoted(words.DRAFT_SOURCE_OUTCOME)}", f"{INDENT * 2}file: {quoted(outcome.file)}"]
    lines += [*_comment(2, words.DRAFT_COLUMNS_NOTE), f"{INDENT * 2}columns:"]
    lines += [f"{INDENT * 3}id: {quoted(outcome.id_column)}", f"{INDENT * 3}date: {quoted(outcome.date_column)}"]
    lines += [f"{INDENT * 3}status: {quoted(outcome.status_column)}"]
    lines += [*_comment(2, words.DRAFT_START_NOTE), f"{INDENT * 2}start: {outcome.start.isoformat()}"]
    lines += _comment(2, words.DRAFT_DATES_NOTE.format(date=outcome.newest.isoformat()))
    lines += [f"{INDENT * 2}data_dates: [{outcome.newest.isoformat()}]"]
    lines += [*_comment(2, *words.DRAFT_CATEGORIES_NOTE), f"{INDENT * 2}categories:"]
    for key, raw in outcome.statuses:
        lines += [f"{INDENT * 3}{key}:", f"{INDENT * 4}label: {quoted(raw)}", f"{INDENT * 4}raw: {_texts([raw])}"]
    lines += [*_comment(2, words.DRAFT_GROUPS_NOTE), f"{INDENT * 2}groups:"]
    lines += [f"{INDENT * 3}{words.GROUP_EVERYONE}:", f"{INDENT * 4}label: {quoted(words.GROUP_EVERYONE_LABEL)}"]
    lines += [f"{INDENT * 4}who: {quoted(words.GROUP_EVERYONE_WHO)}", f"{INDENT * 4}categories: all"]
    lines += [*_comment(2, words.DRAFT_BREAKDOWNS_NOTE), f"{INDENT * 2}breakdowns:"]
    lines += [f"{INDENT * 3}{words.DRAFT_BREAKDOWN_KEY}:", f"{INDENT * 4}title: {quoted(words.DRAFT_BREAKDOWN_TITLE)}"]
    lines += [
        f"{INDENT * 4}of: {words.GROUP_EVERYONE}",
        f"{INDENT * 4}parts: [{', '.join(k for k, _ in outcome.statuses)}]",
    ]
    return lines


def example_name(found: Draft) -> str:
    """A figure name of the drafted data, for the comment at the top."""
    if found.surveys:
        return f"{found.surveys[0].key}.{found.surveys[0].questions[0][0]}"
    if found.outcomes:
        return f"{found.outcomes[0].key}.{found.outcomes[0].statuses[0][0]}"
    return f"{words.DRAFT_SURVEY_KEY}.{words.DRAFT_QUESTION_KEY.format(number=1)}"


def descriptor_text(found: Draft) -> str:
    """The whole ``datasets.yaml``."""
    lines = _comment(0, *(line.format(example=example_name(found)) for line in words.DRAFT_HEAD))
    lines += ["", "datasets:"]
    for survey in found.surveys:
        lines += [*survey_lines(survey), ""]
    for outcome in found.outcomes:
        lines += [*outcome_lines(outcome), ""]
    if not found.surveys and not found.outcomes:
        lines[-1] = "datasets: {}"
    return "\n".join(lines).rstrip() + "\n"
