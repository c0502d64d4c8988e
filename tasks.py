"""The Makefile's commands for machines without make (e.g. Windows): ``python tasks.py <command>``.

Every target of the Makefile has a command here that does the same, with nothing but Python:

    python tasks.py html        set up .venv if needed and build the site into output/
                                (--site examples/programme: the programme of units, into its output/)
    python tasks.py check       check data and content without building; list figures that would change
    python tasks.py devserver   preview on http://127.0.0.1:8000, rebuilt when a file changes (--port N)
    python tasks.py figures     list every figure, chart and method box with its value today
    python tasks.py publish     build for publishing (absolute addresses, feeds) and record ledger.json
    python tasks.py serve       build, then serve output/ on http://127.0.0.1:8000
    python tasks.py data        write the synthetic example data again
    python tasks.py ny-enhed DIR [--navn … --kommune … --kontakt … --tilgaengelighed URL --data FIL …]
                                a new unit's own site in DIR from its exports (asks for what is missing)
    python tasks.py test        run every test (the browser tests need Chromium, Java and npm: see README)
    python tasks.py audit       build, then Lighthouse on each page type against the targets (audit.json)
    python tasks.py screenshots build, then screenshots at 360 and 1280 px into docs/screenshots/
    python tasks.py lint        ruff on the plugin, scripts and tests; import-linter (the stages)
    python tasks.py clean       remove output/, the preview, working folders and caches (cache/; keeps .venv)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
TEST_STAMP = VENV / ".installed-test"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def outdated(stamp: Path, *requirements: Path) -> bool:
    """True when the stamp is missing or older than one of the requirement files."""
    return not stamp.exists() or any(stamp.stat().st_mtime < r.stat().st_mtime for r in requirements)


def setup(tests: bool = False) -> Path:
    """Create .venv and install the pinned runtime requirements when they are newer than the last install.

    With ``tests`` the test and lint tools of requirements-test.txt as well (own stamp), as the
    Makefile's test, lint, audit and screenshots targets do; the build itself never needs them.
    """
    runtime, test_tools = ROOT / "requirements.txt", ROOT / "requirements-test.txt"
    if not venv_python().exists():
        print("Opretter .venv …")
        venv.EnvBuilder(with_pip=True).create(VENV)
    if outdated(STAMP, runtime):
        run(venv_python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(venv_python(), "-m", "pip", "install", "--quiet", "-r", str(runtime))
        STAMP.touch()
    if tests and outdated(TEST_STAMP, STAMP, runtime, test_tools):
        run(venv_python(), "-m", "pip", "install", "--quiet", "-r", str(test_tools))
        TEST_STAMP.touch()
    return venv_python()


def run(*command: object, plugins: bool = False, cwd: Path = ROOT) -> None:
    env = dict(os.environ)
    if plugins:
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "plugins"), env.get("PYTHONPATH", "")])
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, check=False)
    if result.returncode:
        sys.exit(result.returncode)


def site(*arguments: str) -> None:
    run(setup(), "-m", "public_results", *arguments, plugins=True)


def clean() -> None:
    for name in ("output", "output-preview", "cache", ".pytest_cache"):
        shutil.rmtree(ROOT / name, ignore_errors=True)
    for work in [*ROOT.glob(".output.*"), *ROOT.glob(".output-preview.*")]:  # working folders, lock files
        if work.is_dir() and not work.is_symlink():
            shutil.rmtree(work, ignore_errors=True)
        else:
            work.unlink(missing_ok=True)
    for cache in ROOT.rglob("__pycache__"):
        if VENV not in cache.parents:
            shutil.rmtree(cache, ignore_errors=True)


def lint() -> None:
    python = setup(tests=True)
    run(python, "-m", "ruff", "check", "plugins", "scripts", "tests", "tasks.py")
    run(python, "-m", "ruff", "format", "--check", "plugins", "scripts", "tests", "tasks.py")
    run(
        python,
        "-c",
        "from importlinter.cli import lint_imports_command as c; c()",
        "--no-cache",
        "--no-logo",
        plugins=True,
    )


def serve(port: str, folder: str = ".") -> None:
    site("build", *settings_of(folder), "--output", output_of(folder))
    site("show", "--output", output_of(folder), "--port", port)


SETTINGS = ("--settings", "pelicanconf.py")


def settings_of(folder: str) -> tuple[str, str]:
    """The settings of the site in ``folder`` (--site; the Makefile's SITE): ``.`` is the single-unit
    example, ``examples/programme`` the programme of units."""
    return ("--settings", f"{folder}/pelicanconf.py") if folder != "." else SETTINGS


def output_of(folder: str) -> str:
    """Where the site in ``folder`` is built (``output`` beside its settings)."""
    return f"{folder}/output" if folder != "." else "output"


def after_build(*script: str) -> None:
    """Build the site into output/, then run a script on it (the audit, the screenshots)."""
    site("build", *SETTINGS, "--output", "output")
    run(setup(tests=True), *script)


COMMANDS = {
    "html": lambda port, folder=".": site("build", *settings_of(folder), "--output", output_of(folder)),
    "check": lambda port, folder=".": site("check", *settings_of(folder)),
    "devserver": lambda port: site("serve", *SETTINGS, "--output", "output", "--port", port),
    "figures": lambda port, folder=".": site("figures", *settings_of(folder)),
    "publish": lambda port: site("build", "--settings", "publishconf.py", "--output", "output", "--record"),
    "serve": serve,
    "data": lambda port: run(setup(), "scripts/make_example_data.py"),
    "bench": lambda port: run(setup(), "scripts/bench.py", "--json", "bench.json"),
    "test": lambda port: run(setup(tests=True), "-m", "pytest"),
    "audit": lambda port: after_build("scripts/audit.py", "--json", "audit.json"),
    "screenshots": lambda port: after_build("scripts/screenshots.py"),
    "lint": lambda port: lint(),
    "clean": lambda port: clean(),
    "ny-enhed": lambda port: new_unit([]),  # with DIR and options, main passes them on
}


SITE_COMMANDS = ("html", "check", "figures", "serve")  # the Makefile's targets that read SITE


def new_unit(arguments: list[str]) -> None:
    """A new unit's site (python -m public_results new …); paths are read from the folder you are in."""
    run(setup(), "-m", "public_results", "new", *arguments, plugins=True, cwd=Path.cwd())


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["ny-enhed"]:
        new_unit(argv[1:])
        return
    parser = argparse.ArgumentParser(
        description="Sitets kommandoer uden make.", epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=list(COMMANDS))
    parser.add_argument("--port", default="8000", help="porten for devserver og serve")
    parser.add_argument("--site", default=".", help="sitets mappe: html, check, figures, serve (fx examples/programme)")
    args = parser.parse_args(argv)
    if args.site != "." and args.command in SITE_COMMANDS:
        COMMANDS[args.command](args.port, args.site.rstrip("/"))  # type: ignore[call-arg]
    else:
        COMMANDS[args.command](args.port)


if __name__ == "__main__":
    main()
