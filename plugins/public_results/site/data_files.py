"""The files made from the figures alone: the open data packages with their catalogue (``data/``)
and the figures API (``api/``), made, or written again from the render cache when nothing they are
made from changed (``kept_outputs``: what a warm build of a large site spent most of its own time on).
"""

from __future__ import annotations

from pathlib import Path

from ..pages.memo import digest
from ..record.ledger import recorded
from . import figures_api, open_data
from .build import Collected, Loaded
from .dcat import write_open_data
from .figures_api import write_figures_api
from .kept_outputs import Made, written


def write_data_files(output: Path, loaded: Loaded, collected: Collected) -> list[Made]:
    """Write the open data and the API into ``output`` (before the output guard scans it); what was
    made anew, to be kept once the build succeeded (``kept_outputs.keep``)."""
    cache, inputs = loaded.cache_folder, loaded.inputs

    def open_data_files() -> list[str]:
        made = write_open_data(output, loaded.book, loaded.settings, loaded.site)
        return [path.relative_to(output).as_posix() for path in made]

    key = digest("open data", inputs) if inputs is not None else None
    made = [written(cache, "open-data", key, output, open_data.FOLDER, open_data_files)]
    # the API also names the ledger's corrections of the pages pinned in this build
    ledger = recorded(loaded.ledger, collected.pinned, collected.accepted)
    key = digest("api", inputs, sorted(ledger.items()), sorted(collected.pins.items())) if inputs is not None else None
    made.append(
        written(cache, "api", key, output, figures_api.FOLDER, lambda: write_figures_api(output, loaded, collected))
    )
    return [m for m in made if m is not None]
