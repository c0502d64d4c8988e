"""The command line: ``python -m public_results build|check|figures|serve|show|new`` (what ``make`` runs).

Prints problems in plain Danish and exits non-zero; a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from ..danish import words
from ..errors import ResultsError
from ..figures.methods import suppression_lines
from ..figures.overview import dataset_summary
from ..record.shown import changes, changes_table
from ..site.figure_catalogue import all_entries, text_table
from ..site.output_folder import preview_of
from ..site.progress import Progress
from ..site.summary import alert_lines, build_report, note_lines, page_counts, readability_lines, summary_lines
from .new_unit import add_options, new_unit
from .preview import serve, show
from .run import build_site, check_site, configure_logging
from .update import preview_build


def parser() -> argparse.ArgumentParser:
    found = argparse.ArgumentParser(prog="public_results", description=words.CLI_DESCRIPTION)
    commands = words.CLI_COMMANDS
    found.add_argument("command", choices=list(commands), help="; ".join(f"{k}: {v}" for k, v in commands.items()))
    found.add_argument("--settings", default="pelicanconf.py", type=Path, help=words.CLI_SETTINGS)
    found.add_argument("--output", default="output", type=Path, help=words.CLI_OUTPUT)
    found.add_argument("--debug", action="store_true", help=words.CLI_DEBUG)
    found.add_argument("--record", action="store_true", help=words.CLI_RECORD)
    found.add_argument("--preview", action="store_true", help=words.CLI_PREVIEW)
    found.add_argument("--port", default=8000, type=int, help=words.CLI_PORT)
    found.add_argument("--report", type=Path, help=words.CLI_REPORT)
    add_options(found)  # new DIR --navn … --data …
    return found


def main(argv: list[str] | None = None, import_seconds: tuple[float, float] = (0.0, 0.0)) -> int:
    """Run one command. ``import_seconds``: how long importing Pelican, then the plugin, took
    (measured by ``__main__``; written into ``--report``)."""
    args = parser().parse_args(argv)
    args.pelican_import_seconds, args.import_seconds = import_seconds
    configure_logging(logging.DEBUG if args.debug else logging.WARNING)
    if args.command == "build" and args.preview:  # the catalogue never goes into the published folder
        args.output = preview_of(args.output)
    untouched = words.CLI_UNTOUCHED.format(output=args.output)
    args.built = False
    try:
        if args.command == "serve":
            return serve(args.settings, args.output, args.port)
        if args.command == "show":
            return show(args.output, args.port)
        if args.command == "new":
            return new_unit(args)
        if args.command == "build" and args.preview:  # with the page »Opdater tallene«
            return preview_build(args, _build)
        return {"build": _build, "check": _check, "figures": _figures}[args.command](args)
    except ResultsError as error:
        print(error.report(checking=args.command in ("check", "figures")), file=sys.stderr)
        print(untouched if args.command == "build" else "", file=sys.stderr)
        return 1
    except Exception as error:  # a bug, not a user mistake
        if args.debug:
            raise
        print(words.CLI_BUG.format(kind=type(error).__name__, error=error), file=sys.stderr)
        print(words.CLI_BUG_FIX, file=sys.stderr)
        print(untouched if args.command == "build" and not args.built else "", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    overrides = {"RESULTS_PREVIEW": True} if args.preview else None
    build = build_site(args.settings, args.output, overrides, record=args.record, progress=Progress.for_terminal())
    args.built = True
    args.finished = build
    for warning in build.warnings:
        print(warning, file=sys.stderr)
    print("\n".join(summary_lines(build)))
    print(words.CLI_BUILT.format(output=args.output))
    if args.report:
        times = {"import_seconds": args.import_seconds, "pelican_import_seconds": args.pelican_import_seconds}
        report = build_report(build) | times
        args.report.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


def _check(args: argparse.Namespace) -> int:
    build, last = check_site(args.settings)
    for warning in build.warnings:
        print(warning, file=sys.stderr)
    print(words.CHECK_DATA)
    print("\n".join(f"  {line}" for line in dataset_summary(build.book)))
    for line in note_lines(build):  # which row held a file's header, when title rows were left out
        print(f"  {line}")
    written, generated = page_counts(build)
    print(words.CHECK_PAGES.format(pages=written + generated, articles=written, others=generated))
    print(words.SUPPRESSION_HEADING)
    print("\n".join(f"  {line}" for line in [*suppression_lines(build.overview.suppressed), *build.overview.unproven]))
    print("\n".join(alert_lines(build)))
    if last is None:
        print(words.CHECK_NOTHING_TO_COMPARE)
    else:
        print("\n".join(changes_table(changes(last, build.shown))))
    print(words.CHECK_ALL_RIGHT if not build.alerts else words.CHECK_SEE_WARNINGS)
    return 0


def _figures(args: argparse.Namespace) -> int:
    build, _ = check_site(args.settings)
    print("\n".join(text_table(all_entries(build.book, build.settings))))
    print("\n".join(readability_lines(build)))
    return 0
