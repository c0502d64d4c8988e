"""Other libraries' log lines and Python warnings, kept from the terminal while a block runs.

pandas, openpyxl, WeasyPrint, fontTools and the others write in English, through their loggers and
through ``warnings``. ``to_debug_log`` sends both to the debug log (shown with ``--debug``) while a
block runs, and puts the loggers back as they were afterwards. Used by the build as a whole
(``adapter/library_messages.py``, which also picks out the warnings that matter) and by the
briefings' PDF stage (``site/pdf.py``). Imports nothing of the plugin.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Callable, Iterable, Iterator

logger = logging.getLogger(__name__)


class _ToDebug(logging.Handler):
    """A library's log line to the debug log; with ``errors_through``, ERROR and above to the top
    logger's handlers as they are (a build counts them as problems)."""

    def __init__(self, errors_through: bool) -> None:
        super().__init__()
        self.errors_through = errors_through

    def emit(self, record: logging.LogRecord) -> None:
        top = logging.getLogger()
        if self.errors_through and record.levelno >= logging.ERROR:
            top.handle(record)
        elif top.isEnabledFor(logging.DEBUG):
            record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
            top.handle(record)


@contextlib.contextmanager
def to_debug_log(
    names: Iterable[str],
    *,
    errors_through: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """While the block runs, the loggers ``names`` (and their children) and Python's warnings go to the
    debug log; ``on_warning`` is also given each warning's message."""
    handler = _ToDebug(errors_through)
    libraries = [logging.getLogger(name) for name in names]
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
            if on_warning is not None:
                on_warning(str(warning.message))
