"""Pelican's own summary line, left out: our Danish summary (site.summary) says the same.

``Pelican.run`` ends with an English »Done: Processed 2 articles, 0 drafts, … in 2.67 seconds.«
printed on its console, in the middle of our Danish summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pelican as pelican_package
from rich.console import Console


@contextmanager
def without_pelicans_summary() -> Iterator[None]:
    """While Pelican runs, its »Done: Processed …« line is not printed.

    ``Pelican.run`` prints only that line through the name ``console`` of the ``pelican`` package;
    its log messages reach the terminal through the log handler's own console, untouched. So that
    name points at a quiet console while Pelican runs, and back afterwards.
    """
    original = pelican_package.console
    pelican_package.console = Console(quiet=True)
    try:
        yield
    finally:
        pelican_package.console = original
