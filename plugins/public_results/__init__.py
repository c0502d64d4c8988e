"""public_results: Danish results pages from survey and outcome data, for Pelican.

Data flows one way: load -> validate -> protect -> compute -> chart -> render.
Only ``adapter`` imports Pelican.
"""

from __future__ import annotations


def register() -> None:
    """Pelican's entry point: connect the signal receivers (see adapter.register)."""
    from .adapter.edge import register as connect  # noqa: PLC0415  (pure modules import without Pelican)

    connect()
