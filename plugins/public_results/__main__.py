"""Command line: ``python -m public_results build|check|figures|serve`` (what ``make`` runs).

Prints problems in plain Danish and exits non-zero; a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from .errors import ResultsError

COMMANDS = {
    "build": "byg sitet",
    "check": "tjek data og indhold uden at bygge, og vis hvilke tal der ændrer sig",
    "figures": "vis alle tal, grafer og metodebokse, du kan sætte ind, med deres værdi i dag",
    "serve": "forhåndsvisning: byg, vis sitet på http://127.0.0.1:PORT, og byg igen, når en fil ændres",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="public_results", description="Byg eller tjek sitet fra data og indhold.")
    parser.add_argument("command", choices=list(COMMANDS), help="; ".join(f"{k}: {v}" for k, v in COMMANDS.items()))
    parser.add_argument("--settings", default="pelicanconf.py", type=Path, help="indstillingsfilen")
    parser.add_argument("--output", default="output", type=Path, help="mappen, sitet bygges til")
    parser.add_argument("--debug", action="store_true", help="vis den tekniske fejl (traceback)")
    parser.add_argument("--record", action="store_true", help="gem de offentliggjorte tal i ledger.json (publish)")
    parser.add_argument("--preview", action="store_true", help="forhåndsvisning: med kataloget over tal")
    parser.add_argument("--port", default=8000, type=int, help="porten for forhåndsvisningen (serve)")
    parser.add_argument("--report", type=Path, help="skriv byggets tal (tider, grafer, hukommelse) som JSON (bench)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    import pelican  # noqa: F401, PLC0415  (keeps --help fast; plain Pelican starts with this too)

    args.pelican_import_seconds = time.perf_counter() - began
    from .adapter.edge import configure_logging  # noqa: PLC0415

    args.import_seconds = time.perf_counter() - began - args.pelican_import_seconds

    configure_logging(logging.DEBUG if args.debug else logging.WARNING)
    untouched = f"\nSitet i «{args.output}» er ikke ændret."
    args.built = False
    try:
        if args.command == "serve":
            from .adapter.preview import serve  # noqa: PLC0415

            return serve(args.settings, args.output, args.port)
        return {"build": _build, "check": _check, "figures": _figures}[args.command](args)
    except ResultsError as error:
        print(error.report(), file=sys.stderr)
        print(untouched if args.command == "build" else "", file=sys.stderr)
        return 1
    except Exception as error:  # a bug, not a user mistake
        if args.debug:
            raise
        print(f"Uventet fejl: {type(error).__name__}: {error}", file=sys.stderr)
        print("Kør igen med --debug for at se detaljerne, og send dem til udviklerne.", file=sys.stderr)
        print(untouched if args.command == "build" and not args.built else "", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    from .adapter.edge import build_site  # noqa: PLC0415
    from .site.progress import Progress  # noqa: PLC0415

    overrides = {"RESULTS_PREVIEW": True} if args.preview else None
    build = build_site(args.settings, args.output, overrides, record=args.record, progress=Progress.for_terminal())
    args.built = True
    for warning in build.warnings:
        print(warning, file=sys.stderr)
    print("\n".join(build.summary))
    print(f"Sitet er bygget i «{args.output}».")
    if args.report:
        from .site.summary import build_report  # noqa: PLC0415

        times = {"import_seconds": args.import_seconds, "pelican_import_seconds": args.pelican_import_seconds}
        report = build_report(build) | times
        args.report.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .adapter.edge import check_site  # noqa: PLC0415
    from .figures.methods import suppression_lines  # noqa: PLC0415
    from .record.shown import changes, changes_table, dataset_summary  # noqa: PLC0415
    from .site.summary import alert_lines  # noqa: PLC0415

    build, last = check_site(args.settings)
    for warning in build.warnings:
        print(warning, file=sys.stderr)
    print("Data:")
    print("\n".join(f"  {line}" for line in dataset_summary(build.book)))
    print("Indhold: " + f"{len(build.shown)} sider med tal er tjekket.")
    print("Diskretion:")
    print("\n".join(f"  {line}" for line in suppression_lines(build.book)))
    print("\n".join(alert_lines(build)))
    if last is None:
        print("Der er ingen tidligere vellykket byg at sammenligne med (kør «make html»).")
    else:
        print("\n".join(changes_table(changes(last, build.shown))))
    print("Alt er i orden." if not build.alerts else "Data og indhold er i orden, men se advarslerne.")
    return 0


def _figures(args: argparse.Namespace) -> int:
    from .adapter.edge import check_site  # noqa: PLC0415
    from .site.figure_catalogue import all_entries, text_table  # noqa: PLC0415
    from .site.summary import readability_lines  # noqa: PLC0415

    build, _ = check_site(args.settings)
    assert build.book is not None and build.settings is not None
    print("\n".join(text_table(all_entries(build.book, build.settings))))
    print("\n".join(readability_lines(build)))
    return 0


if __name__ == "__main__":
    # The plugin's modules are kept compiled (in plugins/…/__pycache__, which git ignores) even
    # where PYTHONDONTWRITEBYTECODE is set: compiling them anew costs every build ~0.15 s.
    # Pelican's and the libraries' modules were compiled when pip installed them.
    sys.dont_write_bytecode = False
    sys.exit(main())
