"""The descriptor: a small YAML file that says what each data file is.

``read_descriptor`` turns it into frozen values (``datasets``) and reports every mistake
at once (unknown keys, missing fields, unknown categories) as a DescriptorError.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..danish import words
from ..errors import DescriptorError, Problem, cut
from .datasets import (
    ALL_GROUP,
    Background,
    Breakdown,
    Category,
    Dataset,
    Descriptor,
    Group,
    Outcome,
    Question,
    Round,
    ScaleStep,
    Survey,
)
from .fields import SCALARS, Fields
from .safe_yaml import YamlRefused, load
from .units import check_outcome_units, check_survey_units, outcome_units, read_units, survey_unit_column, unit_files


def read_descriptor(path: Path) -> Descriptor:
    """Read and check the descriptor at ``path``."""
    name = path.name
    if not path.is_file():
        raise DescriptorError(
            Problem(
                file=str(path),
                what=words.DESCRIPTOR_MISSING,
                fix=words.DESCRIPTOR_MISSING_FIX,
            )
        )
    try:
        raw = load(path)
    except YamlRefused as refused:
        raise DescriptorError(Problem(file=name, line=refused.line, what=refused.what, fix=refused.fix)) from None
    problems: list[Problem] = []
    top = Fields(raw, "datasets.yaml", name, problems)
    entries = top.get("datasets", dict) or {}
    units = read_units(top)
    top.finish()
    datasets: dict[str, Dataset] = {}
    for key, entry in entries.items():
        fields = Fields(entry, str(key), name, problems)
        kind = fields.get("kind", str)
        if kind == "survey":
            datasets[str(key)] = survey = _survey(str(key), fields, path.parent)
            with_file = [isinstance(r, dict) and "file" in r for r in fields.data.get("rounds") or []]
            if len(with_file) == len(survey.rounds):
                check_survey_units(key, survey.unit_column, survey.rounds, with_file, units, fields)
        elif kind == "outcome":
            datasets[str(key)] = outcome = _outcome(str(key), fields, path.parent)
            has_file = "file" in fields.data
            check_outcome_units(key, outcome.unit_column, outcome.unit_files, has_file, units, fields)
        elif kind is not None:
            fields.fail(words.DESCRIPTOR_KIND.format(dataset=key, kind=cut(str(kind))), words.DESCRIPTOR_KIND_FIX)
        fields.finish()
    if problems:
        raise DescriptorError(problems)
    return Descriptor(path=path, datasets=datasets, units=units)


def _common(fields: Fields) -> dict[str, Any]:
    return {
        "title": fields.get("title", str) or "",
        "source": fields.get("source", str) or "",
        "synthetic": bool(fields.get("synthetic", bool, False)),
        "caveats": fields.texts("caveats", []),
    }


def _survey(key: str, fields: Fields, folder: Path) -> Survey:
    rounds = []
    for item in fields.get("rounds", list) or []:
        sub = Fields(item, f"{key}.rounds", fields.file, fields.problems)
        round_name = sub.get("round", (str, int))
        invited = sub.get("invited", int, None)
        if isinstance(invited, bool) or (invited is not None and invited < 1):
            sub.fail(words.DESCRIPTOR_INVITED.format(dataset=key, value=invited), words.DESCRIPTOR_INVITED_FIX)
            invited = None
        date = sub.get("date", dt.date)
        files = unit_files(f"{key}.rounds.{round_name}", sub, folder)
        file = files[0].file if files and "file" not in sub.data else sub.path("file", folder)
        rounds.append(Round(str(round_name), file, date, sub.get("sheet", str, None), invited, files))
        sub.finish()
    questions = []
    for q_key, item in (fields.get("questions", dict) or {}).items():
        sub = Fields(item, f"{key}.questions.{q_key}", fields.file, fields.problems)
        questions.append(Question(str(q_key), sub.get("header", str) or "", sub.get("label", str) or ""))
        sub.finish()
    scale = []
    for item in fields.get("scale", list) or []:
        sub = Fields(item, f"{key}.scale", fields.file, fields.problems)
        scale.append(
            ScaleStep(
                sub.get("answer", str) or "",
                bool(sub.get("positive", bool, False)),
                bool(sub.get("counted", bool, True)),
            )
        )
        sub.finish()
    if scale and not any(step.positive for step in scale):
        fields.fail(words.DESCRIPTOR_NO_POSITIVE.format(dataset=key), words.DESCRIPTOR_NO_POSITIVE_FIX)
    for step in scale:
        if step.positive and not step.counted:
            fields.fail(
                words.DESCRIPTOR_POSITIVE_NOT_COUNTED.format(answer=step.answer, dataset=key),
                words.DESCRIPTOR_POSITIVE_NOT_COUNTED_FIX,
            )
    background = []
    for b_key, item in (fields.get("background", dict, {}) or {}).items():
        sub = Fields(item, f"{key}.background.{b_key}", fields.file, fields.problems)
        values = sub.texts("values")
        background.append(Background(str(b_key), sub.get("header", str) or "", values))
        sub.finish()
    return Survey(
        key=key,
        **_common(fields),
        rounds=tuple(rounds),
        questions=tuple(questions),
        scale=tuple(scale),
        blank_counted=bool(fields.get("blank_counted", bool, False)),
        background=tuple(background),
        free_text=fields.texts("free_text", []),
        method=fields.get("method", str, "") or "",
        population=fields.get("population", str, "") or "",
        unit_column=survey_unit_column(key, fields),
    )


def _outcome(key: str, fields: Fields, folder: Path) -> Outcome:
    columns = Fields(fields.get("columns", dict), f"{key}.columns", fields.file, fields.problems)
    id_column, date_column, status_column = (columns.get(c, str) or "" for c in ("id", "date", "status"))
    units = outcome_units(key, fields, columns, folder)
    columns.finish()
    categories = []
    for c_key, item in (fields.get("categories", dict) or {}).items():
        sub = Fields(item, f"{key}.categories.{c_key}", fields.file, fields.problems)
        raw = sub.texts("raw")
        categories.append(
            Category(
                str(c_key),
                sub.get("label", str) or "",
                raw,
                sub.get("base", str, ALL_GROUP),
                sub.get("definition", str, "") or "",
                sub.text_lines("raw"),
            )
        )
        sub.finish()
    category_keys = [c.key for c in categories]
    groups = []
    for g_key, item in (fields.get("groups", dict, {}) or {}).items():
        sub = Fields(item, f"{key}.groups.{g_key}", fields.file, fields.problems)
        members = sub.get("categories", (list, str)) or []
        if members == "all":
            members = category_keys
        elif isinstance(members, str):
            sub.fail(
                words.DESCRIPTOR_MEMBERS.format(dataset=key, group=g_key, value=cut(members)),
                words.DESCRIPTOR_MEMBERS_FIX.format(value=cut(members)),
            )
            members = []
        else:
            members = list(sub.texts("categories"))
        for member in members if isinstance(members, list) else []:
            if member not in category_keys:
                sub.fail(
                    words.DESCRIPTOR_MEMBER_UNKNOWN.format(group=g_key, member=cut(member)),
                    words.DESCRIPTOR_MEMBER_UNKNOWN_FIX,
                )
        groups.append(
            Group(
                str(g_key),
                sub.get("label", str) or "",
                sub.get("who", str) or "",
                tuple(map(str, members)) if isinstance(members, list) else (),
                sub.get("base", str, ALL_GROUP),
                sub.get("definition", str, "") or "",
            )
        )
        sub.finish()
    if not any(g.key == ALL_GROUP for g in groups):
        groups.insert(
            0,
            Group(ALL_GROUP, words.GROUP_EVERYONE_LABEL, words.GROUP_EVERYONE_WHO, tuple(category_keys), ALL_GROUP),
        )
    breakdowns = []
    for b_key, item in (fields.get("breakdowns", dict, {}) or {}).items():
        sub = Fields(item, f"{key}.breakdowns.{b_key}", fields.file, fields.problems)
        parts = sub.texts("parts")
        breakdowns.append(Breakdown(str(b_key), sub.get("title", str) or "", sub.get("of", str) or "", parts))
        sub.finish()
    outcome = Outcome(
        key=key,
        **_common(fields),
        file=fields.path("file", folder) if not units["unit_files"] else units["unit_files"][0].file,
        id_column=id_column,
        date_column=date_column,
        status_column=status_column,
        start=fields.get("start", dt.date),
        sheet=fields.get("sheet", str, None),
        data_dates=tuple(sorted(d for d in fields.get("data_dates", list) or [] if isinstance(d, dt.date))),
        categories=tuple(categories),
        groups=tuple(groups),
        breakdowns=tuple(breakdowns),
        descriptor_file=fields.file,
        data_date_lines=_date_lines(fields),
        **units,
    )
    _check_outcome_names(outcome, fields)
    return outcome


def _check_outcome_names(outcome: Outcome, fields: Fields) -> None:
    names = [c.key for c in outcome.categories] + [g.key for g in outcome.groups]
    for name in sorted({n for n in names if names.count(n) > 1}):
        fields.fail(words.DESCRIPTOR_NAME_TWICE.format(name=name), words.DESCRIPTOR_NAME_TWICE_FIX)
    for item in (*outcome.categories, *outcome.groups):
        if outcome.counted(item.base) is None:
            fields.fail(
                words.DESCRIPTOR_BASE_UNKNOWN.format(base=item.base, name=item.key), words.DESCRIPTOR_BASE_UNKNOWN_FIX
            )
    members = {item.key: _members(outcome, item.key) for item in (*outcome.categories, *outcome.groups)}
    for breakdown in outcome.breakdowns:
        unknown = [p for p in (breakdown.of, *breakdown.parts) if p not in members]
        if unknown:
            fields.fail(
                words.DESCRIPTOR_PARTS_UNKNOWN.format(breakdown=breakdown.key, names=", ".join(unknown)),
                words.DESCRIPTOR_PARTS_UNKNOWN_FIX,
            )
            continue
        covered = [c for p in breakdown.parts for c in members[p]]
        if sorted(covered) != sorted(members[breakdown.of]):
            fields.fail(
                words.DESCRIPTOR_PARTS_NOT_WHOLE.format(breakdown=breakdown.key, whole=breakdown.of),
                words.DESCRIPTOR_PARTS_NOT_WHOLE_FIX,
            )
    for day in fields.data.get("data_dates") or []:
        if not isinstance(day, dt.date):
            fields.fail(
                words.DESCRIPTOR_DATA_DATE.format(value=cut(str(day)), dataset=outcome.key),
                words.DESCRIPTOR_DATA_DATE_FIX,
            )
    if not outcome.data_dates:
        fields.fail(words.DESCRIPTOR_NO_DATA_DATES.format(dataset=outcome.key), words.DESCRIPTOR_NO_DATA_DATES_FIX)


def _date_lines(fields: Fields) -> tuple[tuple[dt.date, int | None], ...]:
    """Each data date as written, with its line in the descriptor (its key's line for »[a, b]«)."""
    items = fields.data.get("data_dates")
    if not isinstance(items, list):
        return ()
    written = [item for item in items if isinstance(item, SCALARS)]
    lines = fields.text_lines("data_dates")
    return tuple((d, line) for d, line in zip(written, lines, strict=False) if isinstance(d, dt.date))


def _members(outcome: Outcome, key: str) -> tuple[str, ...]:
    item = outcome.counted(key)
    return item.categories if isinstance(item, Group) else (key,)
