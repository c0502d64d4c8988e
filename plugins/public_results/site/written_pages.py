"""Placing: put a page's figures, charts and method boxes into it, and check what it says.

Works on any content object shaped like Pelican's (``metadata``, ``_content``, ``source_path``,
``relative_source_path``, ``save_as``, ``settings``) without importing Pelican: the adapter
calls ``place`` when Pelican has read a page. For a pinned page it also compares with the
ledger, notes newer data, and for every page it looks for words that contradict the figures
and measures readability. Problems go to the build (they stop it); warnings to its alerts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..charts.social_cards import FOLDER as SOCIAL_FOLDER
from ..charts.social_cards import CardText, card_key, card_name
from ..danish import numbers, words
from ..errors import NotFound, Problem
from ..figures.book import Pins
from ..pages.placeholders import TOKEN, Reference, line_of, parse_data_date, strip_placeholders, substitute
from ..pages.readability import prose, readability
from ..pages.resolve import Place, ResolvedPage, resolve
from ..pages.safety_net import check as check_wording
from ..record.history import Decision, correction_notes, newer_data, settle
from .build import Build


def place(instance: Any, build: Build, references: list[Reference], unreadable: list[tuple[int, NotFound]]) -> None:
    """Resolve every placeholder of ``instance`` and put the results in; record what it shows."""
    file = Path(instance.source_path).name
    problems = [Problem(file=file, line=line, what=e.what, fix=e.fix) for line, e in unreadable]
    if not build.ready:
        build.problems += problems
        return
    pins = pins_of(instance, file, problems)
    page = resolve(build.book, build.settings, references, pins, place_of(instance, build, file))
    problems += page.problems
    page_key = instance.relative_source_path
    if pins != Pins():  # a pinned page: what it published stays, or is corrected openly
        _settle(instance, build, references, page, pins, file, problems)
    html_values = page.html_values()
    instance._content, misplaced = substitute(instance._content, html_values, page.blocks)
    _alerts(build, instance, references, page, file)
    headline_tokens: set[str] = set()
    for key in ("title", "summary", "kort_fortalt"):
        if key in instance.metadata and TOKEN.search(str(instance.metadata[key])):
            if key != "kort_fortalt":  # a suppressed figure may not stand in a title or a summary
                headline_tokens |= {m.group(0) for m in TOKEN.finditer(str(instance.metadata[key]))}
            values = html_values if key == "summary" else page.values  # the theme escapes the others
            text, misplaced_here = substitute(str(instance.metadata[key]), values, {t: "" for t in page.blocks})
            misplaced |= misplaced_here
            instance.metadata[key] = text
            if key != "kort_fortalt":
                setattr(instance, "_summary" if key == "summary" else key, text)
    problems += _misplaced(references, misplaced, headline_tokens, page, file)
    instance.data_date_label = page.data_date_label
    instance.social_card = social_card(build, instance, str(instance.metadata.get("title", "")))
    instance.has_charts = bool(page.charts)
    if page.charts:
        build.charts.update(page.charts)
        build.chart_pages.append(instance)
    build.problems += problems
    build.shown[page_key] = page.shown


def _settle(
    instance: Any, build: Build, references: list[Reference], page: ResolvedPage, pins: Pins, file: str, problems: list
) -> None:
    page_key = instance.relative_source_path
    decision = decision_of(instance, file, problems)
    settled, corrections = settle(build.ledger.get(page_key), page, references, decision, file)
    problems += settled
    instance.corrections = correction_notes(corrections)
    if decision.accept is not None:
        build.accepted[page_key] = decision.accept
    source = source_of(instance)  # the references are read from it
    data = tuple(sorted(build.prepared.fingerprints.items())) if build.prepared else None
    key = ("newer", source, pins, data, sorted(page.shown.items()))
    newer = build.page_memo.get(key, lambda: newer_data(build.book, build.settings, references, pins, page))
    instance.newer_data_label = numbers.format_date(newer) if newer else None
    build.pinned[page_key] = page.shown


def _misplaced(
    references: list[Reference], misplaced: set[str], headline_tokens: set[str], page: ResolvedPage, file: str
) -> list[Problem]:
    problems = []
    for ref in references:
        if ref.token in misplaced:
            problems.append(
                Problem(
                    file=file,
                    line=ref.line,
                    what=f"«{{{{ {ref.text} }}}}» står i en titel, et resumé eller midt i en tekst",
                    fix="Sæt grafer og metodebokse på deres egen linje med en tom linje før og efter.",
                )
            )
        if ref.token in headline_tokens and ref.token in page.suppressed:
            problems.append(
                Problem(
                    file=file,
                    line=ref.line,
                    what=f"«{{{{ {ref.text} }}}}» står i en titel eller et resumé, men tallet er udeladt "
                    f"af hensyn til diskretion (det vises som «{page.values[ref.token]}»)",
                    fix="Flyt tallet ned i teksten, eller brug et tal for en større gruppe i titlen.",
                )
            )
    return problems


def _alerts(build: Build, instance: Any, references: list[Reference], page: ResolvedPage, file: str) -> None:
    """Warnings, not errors: words that contradict the figure beside them; prose that is hard to read."""
    assert build.settings is not None
    source = source_of(instance)
    facts = sorted(page.facts.items())
    build.alerts += build.page_memo.get(
        ("wording", source, facts, file), lambda: check_wording(source, references, page.facts, file)
    )  # the references are read from the source
    measured = build.page_memo.get(("readability", instance._content), lambda: readability(prose(instance._content)))
    build.readability[instance.relative_source_path] = measured
    instance.readability = measured
    if measured.lix > build.settings.lix_limit:
        what = words.LIX_WARNING.format(lix=measured.lix, limit=build.settings.lix_limit, words=measured.longest)
        build.alerts.append(Problem(file=file, what=what, fix=words.LIX_FIX))


def social_card(build: Build, instance: Any, title: str) -> str:
    """Register the page's social card (drawn with the charts); its address from the site's root."""
    assert build.settings is not None
    label = getattr(instance, "data_date_label", None)
    date_line = words.CARD_DATE.format(date=label) if label else str(instance.settings.get("SITESUBTITLE") or "")
    name = f"{SOCIAL_FOLDER}/{card_name(address_of(instance) or title)}"
    site = str(instance.settings.get("SITENAME", ""))
    text = CardText(strip_placeholders(title) or site, date_line, site)
    build.cards[name] = (card_key(text, build.drawing_version), text.to_json())  # drawn with the charts
    return name


def decision_of(instance: Any, file: str, problems: list[Problem]) -> Decision:
    """«Rettelse: <dato>» or «Fasthold: ja» in a page's metadata."""
    accept = instance.metadata.get("rettelse")
    keep = str(instance.metadata.get("fasthold", "")).strip().lower() in {"ja", "yes", "true"}
    if accept is None:
        return Decision(keep=keep)
    try:
        return Decision(accept=parse_data_date(accept), keep=keep)
    except NotFound:
        source = source_of(instance)
        problems.append(
            Problem(
                file=file,
                line=line_of(source, "Rettelse"),
                what=words.DECISION_DATE.format(value=accept),
                fix=words.DECISION_DATE_FIX,
            )
        )
        return Decision(keep=keep)


def pins_of(instance: Any, file: str, problems: list[Problem]) -> Pins:
    """The data date («Datadato») and survey round («Runde») a page's metadata pins."""
    data_date, survey_round = None, None
    raw_date = instance.metadata.get("datadato")
    if raw_date is not None:
        try:
            data_date = parse_data_date(raw_date)
        except NotFound as error:
            source = source_of(instance)
            problems.append(Problem(file=file, line=line_of(source, "Datadato"), what=error.what, fix=error.fix))
    if instance.metadata.get("runde") is not None:
        survey_round = str(instance.metadata["runde"]).strip()
    return Pins(data_date=data_date, survey_round=survey_round)


def source_of(instance: Any) -> str:
    """The page's Markdown source, read once per build however often it is asked for."""
    text = getattr(instance, "_results_source", None)
    if text is None:
        text = Path(instance.source_path).read_text(encoding="utf-8-sig")
        instance._results_source = text
    return text


def address_of(instance: Any) -> str:
    """Where the page is written (its ``save_as``, else its URL); asked of Pelican once per page."""
    address = getattr(instance, "_results_address", None)
    if address is None:
        address = str(instance.save_as or instance.url or "")
        instance._results_address = address
    return address


def site_of(instance: Any) -> str:
    """The site's root as seen from this page: relative with RELATIVE_URLS, else the SITEURL."""
    settings = instance.settings
    if settings.get("RELATIVE_URLS"):
        depth = (address_of(instance) or "index.html").strip("/").count("/")
        return "/".join([".."] * depth) or "."
    return settings.get("SITEURL", "")


def place_of(instance: Any, build: Build, file: str) -> Place:
    site = site_of(instance)
    assert build.settings is not None
    downloads = f"{site}/{build.settings.downloads_path}"  # SITEURL "": from the site's root
    return Place(file=file, downloads=downloads, drawing_version=build.drawing_version, site=site)
