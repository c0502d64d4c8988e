"""What the browser tests share beside their fixtures: a folder served on 127.0.0.1, the node
scripts (QualWeb, Lighthouse) run over a list of pages in Debian's Chromium, and the search page's
answer to the words typed into it."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scripts.local_server import HOST, serve
from support import ROOT

__all__ = ["CHROMIUM", "HOST", "run_node_script", "search_answer", "served"]

CHROMIUM = Path("/usr/bin/chromium")
NODE_SETUP_HINT = "run `make test` once: it installs Debian chromium and the npm packages (npm ci)"

# The search page's count for the words typed: on a busy machine a pause while typing can show the
# count for the first letters before it (the page searches 250 ms after the last key).
SEARCH_ANSWERED = """(words) => {
  const status = document.getElementById("soeg-status").textContent;
  return /resultat/.test(status) && status.includes(`»${words}«`);
}"""
SEARCH_RESULTS = "() => [...document.querySelectorAll('#soeg-resultater a')].map((a) => a.getAttribute('href'))"


def search_answer(page: Any, words: str) -> tuple[str, list[str]]:
    """Once the search page has answered ``words`` (typed into its field): its status line and the
    addresses of the results it lists."""
    page.wait_for_function(SEARCH_ANSWERED, arg=words, timeout=10_000)
    return page.inner_text("#soeg-status"), page.evaluate(SEARCH_RESULTS)


def served(folder: Path, name: str) -> contextlib.AbstractContextManager[str]:
    """``folder`` served on 127.0.0.1 on a free port while the block runs, as ``make audit`` serves
    it (``scripts/local_server.py``: files only, text gzipped): its base URL, e.g.
    ``http://127.0.0.1:41234/``."""
    return serve(folder, name)


def run_node_script(tool: str, package: Path, script: Path, arguments: list[str], timeout: float) -> dict[str, Any]:
    """``node script --chromium /usr/bin/chromium arguments…``: the JSON it prints. A missing node,
    package or browser, a failed run or no output fails the test with what to do."""
    node = shutil.which("node")
    if not node:
        pytest.fail(f"node is missing: {NODE_SETUP_HINT}")
    if not package.exists() or not CHROMIUM.exists():
        pytest.fail(f"{package.relative_to(ROOT)} or {CHROMIUM} is missing: {NODE_SETUP_HINT}")
    command = [node, str(script), "--chromium", str(CHROMIUM), *arguments]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        pytest.fail(f"{tool} failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)
