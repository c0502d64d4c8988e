"""``python -m public_results new DIR``: a new unit's own site, like ``pelican-quickstart``.

Takes the unit's name, municipality, contact, accessibility statement and data files as options;
on a terminal it asks for what is missing, elsewhere a missing answer gets a placeholder marked RET
and a warning. Then it writes the folder (``site.new_site``), builds it and says in Danish where it
is and what to do next. Files that exist are kept, never written over.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from ..danish import words
from ..errors import ResultsError
from ..locations import plugin_folder
from ..site.new_site import Unit, Written, write_site
from ..site.progress import Progress
from ..site.summary import summary_lines
from .run import build_site

# answer -> (option, help, question, placeholder, the answer in words)
QUESTIONS = {
    "name": (
        words.NEW_OPTION_NAME,
        words.CLI_NEW_NAME,
        words.NEW_ASK_NAME,
        words.NEW_PLACEHOLDER_NAME,
        words.NEW_ANSWER_NAME,
    ),
    "municipality": (
        words.NEW_OPTION_MUNICIPALITY,
        words.CLI_NEW_MUNICIPALITY,
        words.NEW_ASK_MUNICIPALITY,
        words.NEW_PLACEHOLDER_MUNICIPALITY,
        words.NEW_ANSWER_MUNICIPALITY,
    ),
    "contact": (
        words.NEW_OPTION_CONTACT,
        words.CLI_NEW_CONTACT,
        words.NEW_ASK_CONTACT,
        words.NEW_PLACEHOLDER_CONTACT,
        words.NEW_ANSWER_CONTACT,
    ),
    "statement": (
        words.NEW_OPTION_STATEMENT,
        words.CLI_NEW_STATEMENT,
        words.NEW_ASK_STATEMENT,
        words.NEW_PLACEHOLDER_STATEMENT,
        words.NEW_ANSWER_STATEMENT,
    ),
}


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``new`` (the folder is the command line's second word)."""
    parser.add_argument("folder", nargs="?", type=Path, metavar="DIR", help=words.CLI_NEW_FOLDER)
    for answer, (option, text, *_) in QUESTIONS.items():
        parser.add_argument(f"--{option}", dest=answer, metavar=option.upper(), help=text)
    parser.add_argument(
        "--data", nargs="*", type=Path, default=None, metavar=words.CLI_NEW_DATA_FILES, help=words.CLI_NEW_DATA
    )


def answers(args: argparse.Namespace, ask: Callable[[str], str] | None) -> tuple[Unit, list[str]]:
    """The unit from the options, asking (``ask``, None: no terminal) for what is missing; the options
    left as placeholders."""
    given: dict[str, str] = {}
    missing = []
    for answer, (_, _, question, placeholder, _) in QUESTIONS.items():
        value = (getattr(args, answer) or "").strip()
        if not value and ask is not None:
            value = ask(question).strip()
        if not value:
            missing.append(answer)
            value = placeholder
        given[answer] = value
    return Unit(**given), missing


def data_files(args: argparse.Namespace, ask: Callable[[str], str] | None) -> list[Path]:
    """The data files from ``--data``, or asked for on a terminal."""
    if args.data is not None:
        return list(args.data)
    if ask is None:
        return []
    return [Path(p).expanduser() for p in shlex.split(ask(words.NEW_ASK_DATA))]


def repository_python() -> Path:
    """The Python of this repository's ``.venv`` (the new site's Makefile calls it), else this one."""
    venv = plugin_folder().parent / ".venv" / "bin" / "python"
    return venv if venv.exists() else Path(sys.executable)


def report(result: Written, folder: Path) -> list[str]:
    """A line per file written or kept, and a warning per data file that was not described."""
    lines = [words.NEW_WRITTEN.format(path=p.relative_to(folder)) for p in result.written]
    lines += [words.NEW_KEPT.format(path=p.relative_to(folder)) for p in result.kept]
    lines += [f"{words.WARNING}: {words.DRAFT_UNKNOWN_FILE.format(file=name)}" for name in result.unknown]
    return lines


def new_unit(args: argparse.Namespace, ask: Callable[[str], str] | None = None) -> int:
    """Write the new site's folder, build it, and say what to do next. ``ask``: how to ask a question
    (default: ``input`` when stdin is a terminal)."""
    if ask is None and sys.stdin.isatty():
        ask = input
    folder = args.folder or (Path(ask(words.CLI_NEW_FOLDER + ": ").strip()) if ask else None)
    if folder is None or not str(folder):
        print(words.NEW_NO_FOLDER, file=sys.stderr)
        return 1
    folder = folder.expanduser().resolve()
    unit, missing = answers(args, ask)
    exports = data_files(args, ask)
    try:
        result = write_site(folder, unit, exports, repository_python(), dt.date.today())
    except ResultsError as error:
        print(error.report(checking=True), file=sys.stderr)
        return 1
    print("\n".join(report(result, folder)))
    if missing and folder / "pelicanconf.py" in result.written:
        names = ", ".join(QUESTIONS[m][4] for m in missing)
        options = " ".join(f"--{QUESTIONS[m][0]}" for m in missing)
        print(words.NEW_PLACEHOLDER_WARNING.format(answers=names, options=options), file=sys.stderr)
    if not (folder / "data" / "datasets.yaml").is_file():
        print(words.NEW_NO_DATA.format(folder=folder / "data"), file=sys.stderr)
        return 0
    print(words.NEW_BUILDING)
    try:
        build = build_site(folder / "pelicanconf.py", folder / "output", None, progress=Progress.for_terminal())
    except ResultsError as error:
        print(error.report(), file=sys.stderr)
        print(words.NEW_NOT_BUILT.format(folder=folder), file=sys.stderr)
        return 1
    print("\n".join(summary_lines(build)))
    print(
        words.NEW_DONE.format(
            folder=folder,
            index=folder / "output" / "index.html",
            descriptor=folder / "data" / "datasets.yaml",
            settings=folder / "pelicanconf.py",
            articles=folder / "content" / "articles",
        )
    )
    return 0
