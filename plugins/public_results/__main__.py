"""``python -m public_results build|check|figures|serve``: see ``adapter.command``.

Importing Pelican, then the plugin, is timed here (``make bench`` reports the plugin's part).
"""

from __future__ import annotations

import sys
import time

if __name__ == "__main__":
    # The plugin's modules are kept compiled (in plugins/…/__pycache__, which git ignores) even
    # where PYTHONDONTWRITEBYTECODE is set: compiling them anew costs every build ~0.15 s.
    # Pelican's and the libraries' modules were compiled when pip installed them.
    sys.dont_write_bytecode = False
    began = time.perf_counter()
    import pelican  # noqa: F401  (plain Pelican starts with this too: timed apart)

    pelican_seconds = time.perf_counter() - began
    from public_results.adapter.command import main

    sys.exit(main(import_seconds=(pelican_seconds, time.perf_counter() - began - pelican_seconds)))
