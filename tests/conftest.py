"""Fixtures for every test layer; the helpers they use are in support.py (imported as ``support``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import write_site


@pytest.fixture(scope="session")
def render_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Drawings and PDFs shared by the tiny sites of a test run (content-addressed, so safe)."""
    return tmp_path_factory.mktemp("render-cache")


@pytest.fixture
def tiny_site(tmp_path: Path, render_cache: Path):
    """Factory: tiny_site({'a.md': text}) -> settings file of a site in tmp_path (shared render cache)."""

    def make(articles: dict[str, str], **kwargs) -> Path:
        return write_site(tmp_path / "site", articles, **{"render_cache": render_cache, **kwargs})

    return make
