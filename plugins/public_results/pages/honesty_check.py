"""Honesty check: a headline must not claim more than its figure counts.

Two slips the figures cannot catch by themselves, found in the writer's own words:

- **A survey share said of everyone.** »94 % af borgerne …« is a share of those who answered
  the question, not of all citizens. A survey share (``{{ evaluering.håb }}``, ``.andel``) in a
  sentence that says »borgerne« or »borgere« must also say who answered (»der svarede« …) or have
  the base beside it (``.n``, ``.base``, ``.brøk``, ``{{ evaluering.besvarelser }}``).
- **A count said of a subgroup.** ``{{ forløb.aktive }}`` beside »i job, praktik og frivilligt
  arbejde« counts the citizens in afklaring too. When the words of a sentence name statuses
  (through the descriptor's labels) that all belong to the figure's group but leave some of its
  statuses out, the words claim a subgroup the figure does not count. Words that fit a smaller
  figure of the same sentence are that figure's (»{{ forløb.aktive }}: {{ forløb.praktik }} i
  praktik«).

The descriptor tells which words name which statuses: a status's or group's label (»Job med
løntilskud«, without a leading »I«), its first word (»job«) and its longer words (»løntilskud«);
a word that several labels share names only the statuses they all have in common, and common
words (``words.HONESTY_COMMON_WORDS``) name nothing. Each slip is a warning with the file, the
line and a fix, as the safety net's (``safety_net.check`` calls ``check``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..danish import words
from ..data.datasets import Group
from ..errors import Problem
from ..figures.book import FigureBook
from ..figures.definitions import RESPONSES
from ..plain_data import keepable
from .placeholders import PLACEHOLDER, Reference

SURVEY_SHARE, SURVEY_BASE, COUNTED = "survey_share", "survey_base", "counted"
LONG_WORD = 6  # letters: a label's words this long name what the label names
_WORD = re.compile(r"\w+")
_BLOCK = re.compile(r"(?:^|\n)(?:(?!\n[ \t]*(?:[-*+][ \t]|\d+\.[ \t]|#)).)*", re.S)  # to a list item or heading


@keepable
@dataclass(frozen=True)
class Claim:
    """What one placeholder claims, for the honesty check.

    ``SURVEY_SHARE``: a survey's share whose own words do not say who answered; ``SURVEY_BASE``:
    words that do (the base, a true fraction with its base, the responses); ``COUNTED``: an outcome
    figure counting ``statuses``, with the dataset's labels (``names``: each label with the statuses
    it names) to read the words around it.
    """

    kind: str
    statuses: tuple[str, ...] = ()
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, statuses), statuses and groups
    labels: tuple[tuple[str, str], ...] = ()  # (status, its label), for messages
    label: str = ""  # the figure's own label, for the fix


def claim_of(book: FigureBook, ref: Reference, unit: str) -> Claim | None:
    """What the figure of ``ref`` claims (``unit``: what it shows without a variant), or None when
    the check has nothing to read in it (a change, an outcome's base)."""
    shown = ref.variant or unit
    if ref.dataset in book.surveys:
        if ref.name == RESPONSES or shown in {words.VARIANT_N, words.VARIANT_BASE, words.VARIANT_FRACTION}:
            return Claim(SURVEY_BASE)
        return Claim(SURVEY_SHARE) if shown == words.VARIANT_SHARE else None
    if ref.dataset not in book.outcomes or shown not in {words.VARIANT_COUNT, words.VARIANT_SHARE}:
        return None
    outcome = book.outcomes[ref.dataset].outcome
    item = outcome.counted(ref.name)
    if item is None:
        return None
    items = (*outcome.categories, *outcome.groups)
    return Claim(
        COUNTED,
        statuses=item.categories if isinstance(item, Group) else (item.key,),
        names=tuple((i.label, i.categories if isinstance(i, Group) else (i.key,)) for i in items),
        labels=tuple((c.key, c.label) for c in outcome.categories),
        label=item.label,
    )


Spans = Callable[[str], list[tuple[int, int]]]  # a text's sentences: safety_net.sentences


def units(source: str, sentences: Spans) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``source``; each metadata line (before the first blank
    line: »Title:«, »Kort fortalt:« …) and each item of a list is read apart from the others."""
    head_end = source.find("\n\n")
    head_end = len(source) if head_end < 0 else head_end
    spans, start = [], 0
    for line in source[:head_end].split("\n"):
        spans += [(start + a, start + b) for a, b in sentences(line)]
        start += len(line) + 1
    for block in _BLOCK.finditer(source, head_end):
        spans += [(block.start() + a, block.start() + b) for a, b in sentences(block.group(0))]
    return spans


def check(
    source: str, references: list[Reference], claims: dict[str, Claim], file: str, sentences: Spans
) -> list[Problem]:
    """Every survey share said of everyone and every count said of a subgroup, as warnings
    (``sentences`` splits a text into sentences as the safety net does)."""
    placed = [m.start() for m in PLACEHOLDER.finditer(source)]
    by_place = list(zip(placed, references, strict=False))
    found: list[Problem] = []
    for start, end in units(source, sentences):
        inside = [(at, ref, claims[ref.token]) for at, ref in by_place if start <= at < end and ref.token in claims]
        if not inside:
            continue
        text = " ".join(PLACEHOLDER.sub(" ", source[start:end]).lower().split())
        for at, ref, claim in inside:
            line = source.count("\n", 0, at) + 1
            others = [c for _, r, c in inside if r is not ref]
            found += [Problem(file=file, line=line, what=w, fix=f) for w, f in _slips(text, ref, claim, others)]
    return found


def _slips(text: str, ref: Reference, claim: Claim, others: list[Claim]) -> list[tuple[str, str]]:
    if claim.kind == SURVEY_SHARE:
        return _said_of_everyone(text, ref, others)
    if claim.kind == COUNTED:
        return _said_of_a_subgroup(text, ref, claim, others)
    return []


def _has(text: str, phrase: str) -> bool:
    return _phrase(phrase).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase as a pattern of whole words (asked for every placeholder of every page)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _said_of_everyone(text: str, ref: Reference, others: list[Claim]) -> list[tuple[str, str]]:
    """A survey share beside »borgerne« with nothing that says who answered."""
    everyone = [w for w in words.HONESTY_EVERYONE_WORDS if _has(text, w)]
    if not everyone or any(_has(text, w) for w in words.HONESTY_RESPONDENT_WORDS):
        return []
    if any(other.kind == SURVEY_BASE for other in others):
        return []
    base = ".".join((ref.dataset, ref.name, words.VARIANT_BASE))
    return [
        (
            words.HONESTY_EVERYONE.format(text=ref.text, word=everyone[0]),
            words.HONESTY_EVERYONE_FIX.format(base=base),
        )
    ]


@functools.lru_cache(maxsize=1024)
def named_statuses(names: tuple[tuple[str, tuple[str, ...]], ...]) -> Mapping[str, frozenset[str]]:
    """Each word or phrase that names statuses, with the statuses it names (see the module); made
    once per set of names (every count of a dataset has the same), read only."""
    found: dict[str, list[frozenset[str]]] = {}
    for label, statuses in names:
        whole = label.lower()
        plain = whole.removeprefix(words.HONESTY_LABEL_PREFIX)
        tokens = _WORD.findall(plain)
        phrases = {whole, plain, *tokens[:1], *(t for t in tokens if len(t) >= LONG_WORD)}
        for phrase in phrases - set(words.HONESTY_COMMON_WORDS):
            found.setdefault(phrase, []).append(frozenset(statuses))
    return MappingProxyType({phrase: frozenset.intersection(*sets) for phrase, sets in found.items()})


def _said_of_a_subgroup(text: str, ref: Reference, claim: Claim, others: list[Claim]) -> list[tuple[str, str]]:
    """A count whose words name only some of the statuses it counts."""
    counted = frozenset(claim.statuses)
    theirs = [frozenset(o.statuses) for o in others if o.kind == COUNTED and frozenset(o.statuses) < counted]
    named: set[str] = set()
    for phrase, statuses in named_statuses(claim.names).items():
        if statuses and _has(text, phrase) and not any(statuses <= other for other in theirs):
            named |= statuses
    if not named or not named < counted:
        return []
    label = dict(claim.labels)
    order = list(claim.statuses)
    missing = [label.get(s, s) for s in order if s not in named]
    shown = [label.get(s, s) for s in order if s in named]
    return [
        (
            words.HONESTY_SUBGROUP.format(text=ref.text, missing=_listed(missing), named=_listed(shown)),
            words.HONESTY_SUBGROUP_FIX.format(label=claim.label),
        )
    ]


def _listed(labels: list[str]) -> str:
    """»Praktik, Job med løntilskud og Frivilligt arbejde«."""
    quoted = [words.QUOTED.format(text=label) for label in labels]
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {words.HONESTY_AND} {quoted[-1]}"
