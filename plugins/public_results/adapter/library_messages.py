"""Other libraries' warnings during a build: kept for ``--debug``, or said in Danish when they matter.

pandas, openpyxl, WeasyPrint, vl-convert, Pillow and fontTools warn in English, through Python's
``warnings`` or their loggers. A reader of the build's summary should never see those lines: while
Pelican runs, each warning and each library log line below ERROR goes to the debug log (shown with
``--debug``), except those that say something the user must act on (``matters``: a date column pandas
could not read in one format), which the build says as one Danish warning. A library's
ERROR lines still reach Pelican's handlers (a build counts them as problems).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from ..library_logs import to_debug_log

LIBRARIES = (
    "openpyxl",
    "pandas",
    "numpy",
    "PIL",
    "fontTools",
    "weasyprint",
    "vl_convert",
    "markdown",
    "MARKDOWN",
    "urllib3",
)
DATES = re.compile(r"could not infer format|dayfirst|parsing dates in", re.IGNORECASE)  # pandas' to_datetime


def matters(message: str) -> bool:
    """Whether a library's warning says something the user must act on: that dates could not be read
    in one format (not openpyxl's »Data Validation extension is not supported and will be removed«)."""
    return bool(DATES.search(message))


@contextlib.contextmanager
def captured(found: list[str]) -> Iterator[None]:
    """While the block runs, other libraries' warnings and log lines are kept from the terminal;
    the warnings that matter (``matters``) are added to ``found`` (in English, for the caller to
    say in Danish), the rest go to the debug log."""

    def keep(message: str) -> None:
        if matters(message):
            found.append(message)

    with to_debug_log(LIBRARIES, errors_through=True, on_warning=keep):
        yield
