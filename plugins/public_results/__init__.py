"""public_results: Danish results pages from survey and outcome data, for Pelican.

Data flows one way, each stage a package (see the README's "How it works"):
danish -> privacy -> data -> figures -> charts -> pages -> record -> site -> adapter.
Only ``adapter`` imports Pelican; ``register`` is Pelican's entry point.
"""

from __future__ import annotations


def register() -> None:
    """Pelican's entry point: connect the signal receivers (see adapter.register)."""
    from .adapter.register import register as connect  # noqa: PLC0415  (pure stages import without Pelican)

    connect()
