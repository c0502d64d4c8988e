"""Command line: ``python -m public_results build|check`` (what ``make html`` and ``make check`` run).

Prints problems in plain Danish and exits non-zero; a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .errors import ResultsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="public_results", description="Byg eller tjek sitet fra data og indhold.")
    parser.add_argument(
        "command",
        choices=["build", "check"],
        help="build: byg sitet; check: tjek data og indhold uden at bygge, og vis hvilke tal der ændrer sig",
    )
    parser.add_argument("--settings", default="pelicanconf.py", type=Path, help="indstillingsfilen")
    parser.add_argument("--output", default="output", type=Path, help="mappen, sitet bygges til")
    parser.add_argument("--debug", action="store_true", help="vis den tekniske fejl (traceback)")
    parser.add_argument(
        "--record", action="store_true", help="gem de offentliggjorte tal i listen over offentliggjorte tal (publish)"
    )
    args = parser.parse_args(argv)
    from .adapter import build_site, check_site, configure_logging  # noqa: PLC0415  (keeps --help fast)
    from .methods import suppression_lines  # noqa: PLC0415
    from .report import changes, changes_table, dataset_summary, drawing_line, newest_changes  # noqa: PLC0415
    from .strings import NEWEST_CHANGES  # noqa: PLC0415

    configure_logging(logging.DEBUG if args.debug else logging.WARNING)
    untouched = f"\nSitet i «{args.output}» er ikke ændret."
    try:
        if args.command == "check":
            build, last = check_site(args.settings)
            for warning in build.warnings:
                print(warning, file=sys.stderr)
            print("Data:")
            print("\n".join(f"  {line}" for line in dataset_summary(build.book)))
            print("Indhold: " + f"{len(build.shown)} sider med tal er tjekket.")
            print("Diskretion:")
            print("\n".join(f"  {line}" for line in suppression_lines(build.book)))
            if last is None:
                print("Der er ingen tidligere vellykket byg at sammenligne med (kør «make html»).")
            else:
                print("\n".join(changes_table(changes(last, build.shown))))
            print("Alt er i orden.")
            return 0
        build = build_site(args.settings, args.output, record=args.record)
        for warning in build.warnings:
            print(warning, file=sys.stderr)
        print("Diskretion:")
        print("\n".join(f"  {line}" for line in suppression_lines(build.book)))
        changed = newest_changes(build.book, build.settings.number_style) if build.settings else []
        if changed:
            print(NEWEST_CHANGES)
            print("\n".join(f"  {line}" for line in changed))
        if build.drawing_stats is not None:
            print(drawing_line(build.drawing_stats))
    except ResultsError as error:
        print(error.report(), file=sys.stderr)
        print(untouched if args.command == "build" else "", file=sys.stderr)
        return 1
    except Exception as error:  # a bug, not a user mistake
        if args.debug:
            raise
        print(f"Uventet fejl: {type(error).__name__}: {error}", file=sys.stderr)
        print("Kør igen med --debug for at se detaljerne, og send dem til udviklerne.", file=sys.stderr)
        print(untouched if args.command == "build" else "", file=sys.stderr)
        return 2
    print(f"Sitet er bygget i «{args.output}».")
    return 0


if __name__ == "__main__":
    sys.exit(main())
