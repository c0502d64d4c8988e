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
import logging
import re
import warnings
from collections.abc import Iterator

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
logger = logging.getLogger(__name__)


DATES = re.compile(r"could not infer format|dayfirst|parsing dates in", re.IGNORECASE)  # pandas' to_datetime


def matters(message: str) -> bool:
    """Whether a library's warning says something the user must act on: that dates could not be read
    in one format (not openpyxl's »Data Validation extension is not supported and will be removed«)."""
    return bool(DATES.search(message))


class _ToDebug(logging.Handler):
    """A library's log line: ERROR and above to the top logger's handlers, the rest to the debug log."""

    def emit(self, record: logging.LogRecord) -> None:
        top = logging.getLogger()
        if record.levelno >= logging.ERROR:
            top.handle(record)
        elif top.isEnabledFor(logging.DEBUG):
            record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
            top.handle(record)


@contextlib.contextmanager
def captured(found: list[str]) -> Iterator[None]:
    """While the block runs, other libraries' warnings and log lines are kept from the terminal;
    the warnings that matter (``matters``) are added to ``found`` (in English, for the caller to
    say in Danish), the rest go to the debug log."""
    handler = _ToDebug()
    libraries = [logging.getLogger(name) for name in LIBRARIES]
    before = [library.propagate for library in libraries]
    for library in libraries:
        library.addHandler(handler)
        library.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
    finally:
        for library, propagate in zip(libraries, before, strict=True):
            library.removeHandler(handler)
            library.propagate = propagate
        for warning in caught:
            logger.debug("%s (%s): %s", warning.category.__name__, warning.filename, warning.message)
            if matters(str(warning.message)):
                found.append(str(warning.message))
