"""A new unit's own site folder (``python -m public_results new DIR``, ``make ny-enhed``).

``write_site`` copies the unit's exports into ``DIR/data/``, reads them with the project's loaders
(header row, encoding and delimiter found as in a build; personal data refused), drafts a
``datasets.yaml`` from them (``data.draft_descriptor``), and writes the settings, a Makefile, the
standard pages, a starter article that uses figures of the new data, and an empty ledger, from the
file templates in ``new_site_files/``. A file that exists is never written over: it is kept, and
the result says so. The site is built afterwards by the command line (``adapter/command.py``).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..danish import words
from ..data.draft_descriptor import Draft, draft
from ..data.draft_yaml import descriptor_text
from ..data.load import read_table
from ..errors import DataError, Problem
from ..locations import plugin_folder
from ..privacy.personal_data import find_personal, scan_table
from ..record.ledger import write_ledger

TEMPLATES = Path(__file__).resolve().parent / "new_site_files"
DATA_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class Unit:
    """Who publishes the new site (the answers to the quickstart's questions)."""

    name: str
    municipality: str
    contact: str
    statement: str


@dataclass
class Written:
    """What ``write_site`` did: files written and files kept as they were (paths in the folder)."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # data files that are neither survey nor status log


def fill(template: str, values: dict[str, str]) -> str:
    """The template file ``template`` with each ``@@NAME@@`` replaced by ``values[NAME]``."""
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    return text


def _write(folder: Path, relative: str, text: str, result: Written) -> None:
    path = folder / relative
    if path.exists():
        result.kept.append(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result.written.append(path)


def copy_data(files: Sequence[Path], data: Path, result: Written) -> None:
    """Copy each export into ``data`` (one already there is kept). A file not found is a DataError."""
    missing = [f for f in files if not f.is_file()]
    if missing:
        raise DataError(
            [
                Problem(file=str(f), what=words.FILE_MISSING.format(folder=f.parent), fix=words.NEW_FILE_MISSING_FIX)
                for f in missing
            ]
        )
    data.mkdir(parents=True, exist_ok=True)
    for source in files:
        target = data / source.name
        if target.exists():
            result.kept.append(target)
        else:
            shutil.copy2(source, target)
            result.written.append(target)


def read_exports(data: Path, max_bytes: int) -> list[tuple[str, object]]:
    """Every export in ``data`` as a table, in name order; a file holding personal data is refused."""
    tables = []
    problems: list[Problem] = []
    for path in sorted(p for p in data.iterdir() if p.suffix.lower() in DATA_SUFFIXES and p.is_file()):
        table = read_table(path, None, max_bytes)
        problems += scan_table(table, path.name)
        tables.append((path.name, table))
    if problems:
        raise DataError(problems)
    return tables


def python_literal(text: str) -> str:
    """``text`` as a Python string literal for the settings files."""
    return repr(str(text))


def settings_values(unit: Unit, python: Path, today: dt.date) -> dict[str, str]:
    """The values the settings files and the Makefile are filled with."""
    site_name = words.NEW_SITE_NAME.format(unit=unit.name)
    return {
        "SITENAME": python_literal(site_name),
        "SITENAME_TEXT": site_name,
        "UNIT_NAME": python_literal(unit.name),
        "MUNICIPALITY": python_literal(unit.municipality),
        "CONTACT": python_literal(unit.contact),
        "ALLOWED_CONTACTS": repr([hit.text for hit in find_personal(unit.contact)]),
        "STATEMENT": python_literal(unit.statement),
        "TODAY": today.isoformat(),
        "PYTHON": str(python),
        "PLUGINS": str(plugin_folder()),
        "REPOSITORY": str(plugin_folder().parent),
    }


def method_boxes(found: Draft) -> str:
    """The method boxes of the »Om tallene« page: one per dataset, then the site's general ones."""
    names = [s.key for s in found.surveys] + [o.key for o in found.outcomes]
    names += [words.METHOD_PRIVACY, words.METHOD_TERMS]
    names += [words.METHOD_DATES] if found.outcomes else []
    return "\n\n".join(f"{{{{ {words.BLOCK_METHOD}: {name} }}}}" for name in names)


def article(found: Draft, unit: Unit, today: dt.date) -> str:
    """The starter article: a section per kind of data, each with real figure names of the new data."""
    metadata, sections = [], []
    if found.outcomes:
        outcome = found.outcomes[0]
        metadata.append(f"{words.NEW_META_DATA_DATE}: {outcome.newest.isoformat()}")
        sections.append(fill("article_outcome.md.tmpl", {"OUTCOME": outcome.key}))
    if found.surveys:
        survey = found.surveys[0]
        key, header = survey.questions[0]
        positive = words.NEW_OR.join(words.DRAFT_QUOTED.format(text=a.text) for a in survey.scale if a.positive)
        values = {"SURVEY": survey.key, "QUESTION": key, "QUESTION_TEXT": header, "POSITIVE": positive}
        metadata.append(f"{words.NEW_META_ROUND}: {survey.files[-1].round}")
        sections.insert(0, fill("article_survey.md.tmpl", values | {"ROUND": survey.files[-1].round}))
    values = {"UNIT_TEXT": unit.name, "TODAY": today.isoformat(), "METADATA": "\n".join(metadata)}
    return fill("article.md.tmpl", values | {"SECTIONS": "".join(sections)})


def write_site(
    folder: Path, unit: Unit, exports: Sequence[Path], python: Path, today: dt.date, max_bytes: int = 50_000_000
) -> Written:
    """Write a new site into ``folder`` (made if missing) from the unit's ``exports``; keep every file
    that exists. Raises DataError when an export cannot be read or holds personal data."""
    result = Written()
    folder.mkdir(parents=True, exist_ok=True)
    copy_data(exports, folder / "data", result)
    found = draft(read_exports(folder / "data", max_bytes), today)
    result.unknown = list(found.unknown)
    values = settings_values(unit, python, today)
    for name in ("pelicanconf.py", "publishconf.py", "Makefile"):
        _write(folder, name, fill(f"{name}.tmpl", values), result)
    _write(folder, ".gitignore", fill("gitignore.tmpl", values), result)
    _write(folder, f"content/pages/{words.NEW_PAGE_ACCESSIBILITY}.md", fill("accessibility.md.tmpl", values), result)
    (folder / "content" / "images").mkdir(parents=True, exist_ok=True)
    if found.surveys or found.outcomes:  # without data, these wait for the next run with the exports
        _write(folder, "data/datasets.yaml", descriptor_text(found), result)
        boxes = {"METHOD_BOXES": method_boxes(found)}
        _write(folder, f"content/pages/{words.NEW_PAGE_ABOUT}.md", fill("about.md.tmpl", boxes), result)
        earlier = sorted((folder / "content" / "articles").glob(f"*-{words.NEW_ARTICLE_SLUG}.md"))
        if earlier:
            result.kept += earlier
        else:
            _write(
                folder,
                f"content/articles/{today.isoformat()}-{words.NEW_ARTICLE_SLUG}.md",
                article(found, unit, today),
                result,
            )
    ledger = folder / "ledger.json"
    if ledger.exists():
        result.kept.append(ledger)
    else:
        write_ledger(ledger, {})
        result.written.append(ledger)
    return result
