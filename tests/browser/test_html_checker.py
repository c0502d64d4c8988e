"""The Nu Html Checker (vnu, npm ``vnu-jar``) finds no HTML error on any page of the example site.

One Java call checks every ``.html`` file of the built site (the checker is slow to start). Warnings are
printed (shown when the test fails, or with ``-rP``) but do not fail; errors do, one line per error as
``page:line: message``. A known-invalid canary page goes into the same call, so a checker that reports
nothing at all (a changed output format, a crash) cannot pass unnoticed.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.site]

VNU_TIMEOUT_S = 300
CANARY_NAME = "vnu-canary.html"
# Line 5 holds an error: a <div> is not allowed as a child of a <span>.
CANARY = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Canary</title></head>
<body>
<span><div>A block inside a phrase.</div></span>
</body>
</html>
"""
CANARY_LINE = 5


def _file_of(message: dict) -> Path | None:
    url = message.get("url")
    return Path(unquote(urlsplit(url).path)).resolve() if url else None


def _line(message: dict, where: str) -> str:
    line = message.get("lastLine", message.get("firstLine"))
    return f"{where}:{line}: {message.get('message', '').strip()}" if line else f"{where}: {message.get('message')}"


def test_no_html_errors_on_any_page(site: Path, vnu_command: list[str], tmp_path: Path) -> None:
    canary = tmp_path / CANARY_NAME
    canary.write_text(CANARY, encoding="utf-8")
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert pages, f"{site}: the build holds no HTML page"
    command = [*vnu_command, "--format", "json", "--stdout", "--skip-non-html", str(site), str(canary)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=VNU_TIMEOUT_S, check=False)
    try:
        messages = json.loads(run.stdout)["messages"]
    except (ValueError, KeyError) as error:
        pytest.fail(
            f"vnu gave no JSON report ({error}); exit {run.returncode}:\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
        )

    root = site.resolve()
    errors: list[str] = []
    warnings: list[str] = []
    canary_errors: list[str] = []
    for message in messages:
        path = _file_of(message)
        if path == canary.resolve():
            if message.get("type") == "error":
                canary_errors.append(_line(message, CANARY_NAME))
            continue
        where = path.relative_to(root).as_posix() if path and path.is_relative_to(root) else str(path or "vnu")
        if message.get("type") in {"error", "non-document-error"}:
            errors.append(_line(message, where))
        elif message.get("subType") == "warning":
            warnings.append(_line(message, where))

    print(f"vnu checked {len(pages)} pages: {len(errors)} errors, {len(warnings)} warnings")
    print("\n".join(f"warning: {line}" for line in warnings))
    assert any(line.startswith(f"{CANARY_NAME}:{CANARY_LINE}:") for line in canary_errors), (
        f"vnu did not report the error in its known-invalid canary page (exit {run.returncode}): {canary_errors}\n"
        f"{run.stderr[-2000:]}"
    )
    assert not errors, f"vnu: {len(errors)} HTML errors in the example site:\n  " + "\n  ".join(errors)
