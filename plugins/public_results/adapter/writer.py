"""Pelican's writer, writing a page only when its bytes changed (``output_files``).

A build starts from the folder published before it, so most pages it writes are there already
with the same bytes: such a page is only touched (see ``output_files``). Pelican's own rules stay:
a file written twice in one run is refused unless one write overrides, as in ``Writer._open_w``.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from pelican.writers import FileOverwriteFailedError, Writer

from ..output_files import TextWriting

logger = logging.getLogger(__name__)


class ComparingWriter(Writer):
    """Pelican's ``Writer`` whose files are written through ``output_files.write_text``."""

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        """Pelican's ``_open_w`` (its bookkeeping as in Pelican 4.12), opening a ``TextWriting``."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" a second time (was previously overwritten)'
                )
            logger.info('Skipping "%s", not overwriting', filename)
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files:
            if not override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" as Pelican has already '
                    "written to it previously (set `override=True` if intended)"
                )
            logger.info('Overwriting "%s"', filename)
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return TextWriting(filename, encoding)


def comparing_writer(pelican: Any) -> type[Writer]:
    """get_writer: Pelican writes the run's files with ``ComparingWriter``."""
    return ComparingWriter
