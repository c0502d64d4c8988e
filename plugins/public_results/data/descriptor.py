"""The descriptor: a small YAML file that says what each data file is.

``read_descriptor`` turns it into frozen values (``datasets``) and reports every mistake
at once (unknown keys, missing fields, unknown categories) as a DescriptorError.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from ..danish import words
from ..errors import DescriptorError, Problem
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


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but a key written twice in one mapping is an error."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, words.DESCRIPTOR_KEY_TWICE.format(key=key), key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _Fields:
    """Reads one mapping of the YAML file and remembers every problem found."""

    def __init__(self, data: Any, where: str, file: str, problems: list[Problem]) -> None:
        self.where, self.file, self.problems = where, file, problems
        self.data = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            self.fail(words.DESCRIPTOR_NOT_FIELDS.format(where=where), words.DESCRIPTOR_SEE_README)
        self.used: set[str] = set()

    def fail(self, what: str, fix: str) -> None:
        self.problems.append(Problem(file=self.file, what=what, fix=fix))

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        self.used.add(name)
        if name not in self.data:
            if default is ...:
                self.fail(
                    words.DESCRIPTOR_FIELD_MISSING.format(where=self.where, name=name),
                    words.DESCRIPTOR_FIELD_MISSING_FIX.format(name=name),
                )
            return None if default is ... else default
        value = self.data[name]
        if not isinstance(value, kind):
            self.fail(
                words.DESCRIPTOR_WRONG_TYPE.format(where=self.where, name=name, value=value),
                words.DESCRIPTOR_WRONG_TYPE_FIX.format(name=name),
            )
            return None if default is ... else default
        return value

    def finish(self) -> None:
        for name in sorted(set(self.data) - self.used):
            self.fail(
                words.DESCRIPTOR_FIELD_UNKNOWN.format(where=self.where, name=name), words.DESCRIPTOR_FIELD_UNKNOWN_FIX
            )


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
        raw = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_UniqueKeyLoader)
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        raise DescriptorError(
            Problem(
                file=name,
                line=mark.line + 1 if mark else None,
                what=str(error.problem),
                fix=words.DESCRIPTOR_KEY_TWICE_FIX,
            )
        ) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        raise DescriptorError(
            Problem(
                file=name,
                line=mark.line + 1 if mark else None,
                what=words.DESCRIPTOR_NOT_YAML,
                fix=words.DESCRIPTOR_NOT_YAML_FIX,
            )
        ) from None
    problems: list[Problem] = []
    top = _Fields(raw, "datasets.yaml", name, problems)
    entries = top.get("datasets", dict) or {}
    top.finish()
    datasets: dict[str, Dataset] = {}
    for key, entry in entries.items():
        fields = _Fields(entry, str(key), name, problems)
        kind = fields.get("kind", str)
        if kind == "survey":
            datasets[str(key)] = _survey(str(key), fields)
        elif kind == "outcome":
            datasets[str(key)] = _outcome(str(key), fields)
        elif kind is not None:
            fields.fail(words.DESCRIPTOR_KIND.format(dataset=key, kind=kind), words.DESCRIPTOR_KIND_FIX)
        fields.finish()
    if problems:
        raise DescriptorError(problems)
    return Descriptor(path=path, datasets=datasets)


def _common(fields: _Fields) -> dict[str, Any]:
    return {
        "title": fields.get("title", str) or "",
        "source": fields.get("source", str) or "",
        "synthetic": bool(fields.get("synthetic", bool, False)),
        "caveats": tuple(map(str, fields.get("caveats", list, []) or [])),
    }


def _survey(key: str, fields: _Fields) -> Survey:
    rounds = []
    for item in fields.get("rounds", list) or []:
        sub = _Fields(item, f"{key}.rounds", fields.file, fields.problems)
        round_name = sub.get("round", (str, int))
        invited = sub.get("invited", int, None)
        if isinstance(invited, bool) or (invited is not None and invited < 1):
            sub.fail(words.DESCRIPTOR_INVITED.format(dataset=key, value=invited), words.DESCRIPTOR_INVITED_FIX)
            invited = None
        date = sub.get("date", dt.date)
        rounds.append(Round(str(round_name), sub.get("file", str) or "", date, sub.get("sheet", str, None), invited))
        sub.finish()
    questions = []
    for q_key, item in (fields.get("questions", dict) or {}).items():
        sub = _Fields(item, f"{key}.questions.{q_key}", fields.file, fields.problems)
        questions.append(Question(str(q_key), sub.get("header", str) or "", sub.get("label", str) or ""))
        sub.finish()
    scale = []
    for item in fields.get("scale", list) or []:
        sub = _Fields(item, f"{key}.scale", fields.file, fields.problems)
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
        sub = _Fields(item, f"{key}.background.{b_key}", fields.file, fields.problems)
        values = sub.get("values", list) or []
        background.append(Background(str(b_key), sub.get("header", str) or "", tuple(map(str, values))))
        sub.finish()
    return Survey(
        key=key,
        **_common(fields),
        rounds=tuple(rounds),
        questions=tuple(questions),
        scale=tuple(scale),
        blank_counted=bool(fields.get("blank_counted", bool, False)),
        background=tuple(background),
        free_text=tuple(map(str, fields.get("free_text", list, []) or [])),
        method=fields.get("method", str, "") or "",
        population=fields.get("population", str, "") or "",
    )


def _outcome(key: str, fields: _Fields) -> Outcome:
    columns = _Fields(fields.get("columns", dict), f"{key}.columns", fields.file, fields.problems)
    id_column, date_column, status_column = (columns.get(c, str) or "" for c in ("id", "date", "status"))
    columns.finish()
    categories = []
    for c_key, item in (fields.get("categories", dict) or {}).items():
        sub = _Fields(item, f"{key}.categories.{c_key}", fields.file, fields.problems)
        raw = tuple(map(str, sub.get("raw", list) or []))
        categories.append(
            Category(
                str(c_key),
                sub.get("label", str) or "",
                raw,
                sub.get("base", str, ALL_GROUP),
                sub.get("definition", str, "") or "",
            )
        )
        sub.finish()
    category_keys = [c.key for c in categories]
    groups = []
    for g_key, item in (fields.get("groups", dict, {}) or {}).items():
        sub = _Fields(item, f"{key}.groups.{g_key}", fields.file, fields.problems)
        members = sub.get("categories", (list, str)) or []
        if members == "all":
            members = category_keys
        elif isinstance(members, str):
            sub.fail(
                words.DESCRIPTOR_MEMBERS.format(dataset=key, group=g_key, value=members),
                words.DESCRIPTOR_MEMBERS_FIX.format(value=members),
            )
            members = []
        for member in members if isinstance(members, list) else []:
            if member not in category_keys:
                sub.fail(
                    words.DESCRIPTOR_MEMBER_UNKNOWN.format(group=g_key, member=member),
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
        sub = _Fields(item, f"{key}.breakdowns.{b_key}", fields.file, fields.problems)
        parts = tuple(map(str, sub.get("parts", list) or []))
        breakdowns.append(Breakdown(str(b_key), sub.get("title", str) or "", sub.get("of", str) or "", parts))
        sub.finish()
    outcome = Outcome(
        key=key,
        **_common(fields),
        file=fields.get("file", str) or "",
        id_column=id_column,
        date_column=date_column,
        status_column=status_column,
        start=fields.get("start", dt.date),
        sheet=fields.get("sheet", str, None),
        data_dates=tuple(sorted(d for d in fields.get("data_dates", list) or [] if isinstance(d, dt.date))),
        categories=tuple(categories),
        groups=tuple(groups),
        breakdowns=tuple(breakdowns),
    )
    _check_outcome_names(outcome, fields)
    return outcome


def _check_outcome_names(outcome: Outcome, fields: _Fields) -> None:
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
                words.DESCRIPTOR_DATA_DATE.format(value=day, dataset=outcome.key), words.DESCRIPTOR_DATA_DATE_FIX
            )
    if not outcome.data_dates:
        fields.fail(words.DESCRIPTOR_NO_DATA_DATES.format(dataset=outcome.key), words.DESCRIPTOR_NO_DATA_DATES_FIX)


def _members(outcome: Outcome, key: str) -> tuple[str, ...]:
    item = outcome.counted(key)
    return item.categories if isinstance(item, Group) else (key,)
