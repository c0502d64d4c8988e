"""What the browser tests share beside their fixtures: a folder served on 127.0.0.1, and the node
scripts (QualWeb, Lighthouse) run over a list of pages in Debian's Chromium."""

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

__all__ = ["CHROMIUM", "HOST", "run_node_script", "served"]

CHROMIUM = Path("/usr/bin/chromium")
NODE_SETUP_HINT = "run `make test` once: it installs Debian chromium and the npm packages (npm ci)"


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
