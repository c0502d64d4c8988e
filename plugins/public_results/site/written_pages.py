"""Written pages: put a writer's page's figures, charts and method boxes in, and check what it says.

``place(page, loaded)`` takes a page as read (``PageSource``: its Markdown source, its HTML with
placeholder tokens, its metadata and where it is published) and returns a frozen ``PlacedPage``:
the HTML and fields with the figures in, what the theme shows around them (data date, newer data,
corrections, social card) and what the page adds to the build (``PageOutcome``: problems,
warnings, what it shows, its charts and card). For a pinned page it also compares with the
ledger and notes newer data; for every page it looks for words that contradict the figures and
measures readability. The adapter turns Pelican's page into a ``PageSource`` and applies the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..danish import numbers, words
from ..errors import NotFound, Problem
from ..figures.figure import Pins
from ..pages.metadata import pins_of
from ..pages.placeholders import TOKEN, Reference, line_of, substitute
from ..pages.readability import Readability, prose, readability
from ..pages.resolve import Place, ResolvedPage, resolve
from ..pages.safety_net import check as check_wording
from ..pages.sanitize import remote_images
from ..pages.units import for_units, is_unit_figure, known_unit
from ..record.history import correction_notes, decision_of, newer_data, settle
from .build import Loaded, PageOutcome, place_for
from .cards import card_for

FIELDS = ("title", "summary", words.META_SHORT)  # metadata that may hold figures


@dataclass(frozen=True)
class PageSource:
    """A page as Pelican read it, in plain values."""

    key: str  # its source path from the content folder: the ledger's and the record's key
    file: str  # its file name, for messages
    source: str  # the Markdown source (placeholders as written)
    content: str  # the HTML, with a token where each placeholder stood
    metadata: Mapping[str, Any]
    address: str  # where it is published, from the site's root ("artikler/x.html")
    references: tuple[Reference, ...] = ()
    unreadable: tuple[tuple[int, NotFound], ...] = ()  # placeholders that could not be read, by line


@dataclass(frozen=True)
class PlacedPage:
    """A written page with its figures in, and what it adds to the build."""

    content: str  # the HTML with figures, charts (a marker where each drawing goes) and method boxes
    fields: Mapping[str, str]  # title, summary, »Kort fortalt« with their figures in
    data_date_label: str | None
    newer_data_label: str | None
    corrections: tuple[str, ...]
    social_card: str  # the card's address from the site's root
    has_charts: bool
    readability: Readability
    outcome: PageOutcome = field(repr=False)


REMOTE_IMAGE_FIX = words.REMOTE_IMAGE_FIX.format()  # »{static}« as Pelican writes it


def unreadable_problems(page: PageSource) -> list[Problem]:
    """Placeholders that could not be read, as problems naming their lines."""
    return [Problem(file=page.file, line=line, what=e.what, fix=e.fix) for line, e in page.unreadable]


def place(page: PageSource, loaded: Loaded) -> PlacedPage:
    """Resolve every placeholder of ``page`` against the build's figures and put the results in."""
    file, references = page.file, list(page.references)
    problems = unreadable_problems(page)
    pins, found = pins_of(page.metadata, page.source, file)
    problems += found
    problems += [
        Problem(file=file, line=line, what=words.REMOTE_IMAGE.format(address=address), fix=REMOTE_IMAGE_FIX)
        for line, address in remote_images(page.source)
    ]
    where = replace(place_for(loaded, page.address, file), date_line=line_of(page.source, words.META_DATA_DATE))
    where, unit_problems = page_unit(loaded, page, where)
    problems += unit_problems
    resolved = resolve(loaded.book, loaded.settings, references, pins, where)
    problems += resolved.problems
    corrections: tuple[str, ...] = ()
    newer, accepted, pinned = None, None, pins != Pins()
    if pinned:  # what it published stays, or is corrected openly
        corrections, newer, accepted, settled = _settle(page, loaded, resolved, pins)
        problems += settled
    html_values = resolved.html_values()
    content, misplaced = substitute(page.content, html_values, resolved.blocks, resolved.note_tokens)
    content += resolved.notes_html()  # the bases as notes (RESULTS_BASE_STYLE = "note"), or nothing
    fields: dict[str, str] = {}
    headline_tokens: set[str] = set()
    for key in FIELDS:
        raw = page.metadata.get(key)
        if raw is None or not TOKEN.search(str(raw)):
            continue
        if key != words.META_SHORT:  # a suppressed figure may not stand in a title or a summary
            headline_tokens |= {m.group(0) for m in TOKEN.finditer(str(raw))}
        values = html_values if key == "summary" else resolved.values  # the theme escapes the others
        fields[key], misplaced_here = substitute(str(raw), values, dict.fromkeys(resolved.blocks, ""))
        misplaced |= misplaced_here
    problems += _misplaced(references, misplaced, headline_tokens, resolved, file)
    alerts, measured = _alerts(page, loaded, resolved, content)
    title = fields.get("title", str(page.metadata.get("title", "")))
    card = card_for(loaded, page.address, title, resolved.data_date_label)
    outcome = PageOutcome(
        key=page.key,
        problems=tuple(problems),
        alerts=tuple(alerts),
        shown=resolved.shown,
        pinned=pinned,
        accepted=accepted,
        pins=pins if pinned else None,
        charts=resolved.charts,
        card=card,
        readability=measured,
    )
    return PlacedPage(
        content=content,
        fields=fields,
        data_date_label=resolved.data_date_label,
        newer_data_label=numbers.format_date(newer) if newer else None,
        corrections=corrections,
        social_card=card.name,
        has_charts=bool(resolved.charts),
        readability=measured,
        outcome=outcome,
    )


def _settle(
    page: PageSource, loaded: Loaded, resolved: ResolvedPage, pins: Pins
) -> tuple[tuple[str, ...], dt.date | None, dt.date | None, list[Problem]]:
    """A pinned page against the ledger: (correction notes, newest data date when newer figures
    read otherwise, the date of an accepted revision, problems). With »Fasthold« the published
    values replace the new ones in ``resolved``."""
    decision, problems = decision_of(page.metadata, page.source, page.file)
    unit = str(page.metadata.get(words.META_UNIT, "") or "").strip().lower()
    references = list(page.references)
    settled, corrections = settle(loaded.ledger.get(page.key), resolved, references, decision, page.file)
    references = [r for r in for_units(loaded.book, references, unit) if not is_unit_figure(r)]  # as answered
    data = tuple(sorted(loaded.prepared.fingerprints.items()))
    key = ("newer", page.source, pins, data, sorted(resolved.shown.items()))
    book, settings = loaded.book, loaded.settings
    newer = loaded.page_memo.get(key, lambda: newer_data(book, settings, references, pins, resolved))
    return tuple(correction_notes(corrections, resolved.labels)), newer, decision.accept, [*problems, *settled]


def page_unit(loaded: Loaded, page: PageSource, where: Place) -> tuple[Place, list[Problem]]:
    """The place with the unit the page's »Enhed:« names (its figures are that unit's); a unit that
    does not exist is a problem at that line."""
    unit = str(page.metadata.get(words.META_UNIT, "") or "").strip().lower()
    if not unit:
        return where, []
    try:
        return replace(where, unit=known_unit(loaded.book, unit).key), []
    except NotFound as error:
        line = line_of(page.source, words.META_UNIT)
        return where, [Problem(file=page.file, line=line, what=error.what, fix=error.fix)]


def _misplaced(
    references: list[Reference], misplaced: set[str], headline_tokens: set[str], page: ResolvedPage, file: str
) -> list[Problem]:
    problems = []
    for ref in references:
        if ref.token in misplaced:
            what = words.BLOCK_MISPLACED.format(text=ref.text)
            problems.append(Problem(file=file, line=ref.line, what=what, fix=words.BLOCK_MISPLACED_FIX))
        if ref.token in headline_tokens and ref.token in page.suppressed:
            what = words.SUPPRESSED_IN_HEADLINE.format(text=ref.text, shown=page.values[ref.token])
            problems.append(Problem(file=file, line=ref.line, what=what, fix=words.SUPPRESSED_IN_HEADLINE_FIX))
    return problems


def _alerts(
    page: PageSource, loaded: Loaded, resolved: ResolvedPage, content: str
) -> tuple[list[Problem], Readability]:
    """Warnings, not errors: words that contradict the figure beside them; prose that is hard to read."""
    source, file, references = page.source, page.file, list(page.references)
    facts, quotes = sorted((token, fact.memo_key()) for token, fact in resolved.facts.items()), loaded.settings.quotes
    alerts = list(
        loaded.page_memo.get(
            ("wording", source, facts, file, quotes),
            lambda: check_wording(source, references, resolved.facts, file, quotes),
        )  # the references are read from the source
    )
    measured = loaded.page_memo.get(("readability", content), lambda: readability(prose(content)))
    limit = loaded.settings.lix_limit
    if measured.lix > limit:
        what = words.LIX_WARNING.format(lix=measured.lix, limit=limit, words=measured.longest)
        alerts.append(Problem(file=file, what=what, fix=words.LIX_FIX))
    return alerts, measured
