"""A build's data stage on the tiny data (see tests/unit/conftest.py), in a folder of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from public_results.settings import Site, read_settings
from public_results.site.build import Loaded, load

MakeLoaded = Callable[..., Loaded]


@pytest.fixture
def make_loaded(data_folder: Path, tmp_path: Path) -> MakeLoaded:
    """Factory: ``load`` on the tiny data, with the render cache and the ledger in ``tmp_path``.

    ``suppress=False`` (the default) turns suppression off, as the tiny data's counts are all
    small (these tests are about placing; suppression has its own); ``site`` and RESULTS_*
    settings may be given."""

    def make(suppress: bool = False, site: Site | None = None, **settings: object) -> Loaded:
        raw = {
            "RESULTS_DATA_PATH": str(data_folder),
            "RESULTS_RENDER_CACHE": str(tmp_path / "cache"),
            "RESULTS_LEDGER": str(tmp_path / "ledger.json"),
            "RESULTS_SMALL_BASE": 1,
            "RESULTS_BRIEFING_PDF": False,
            **settings,
        }
        loaded = load(read_settings(raw), site or Site(name="Testsite", subtitle="Tal om forløb"))
        if not suppress:
            loaded.book.threshold = 1  # nothing is computed before it is asked for
        return loaded

    return make


@pytest.fixture
def loaded(make_loaded: MakeLoaded) -> Loaded:
    return make_loaded()


@pytest.fixture(scope="module")
def shared_loaded(module_data_folder: Path) -> Loaded:
    """One ``Loaded`` for a whole test module, without suppression: what it computes (chart views
    above all) is remembered in its figure book, so tests that only read it are quick. Give a
    test its own variant with ``dataclasses.replace`` (a ledger, a setting)."""
    folder = module_data_folder.parent
    raw = {
        "RESULTS_DATA_PATH": str(module_data_folder),
        "RESULTS_RENDER_CACHE": str(folder / "cache"),
        "RESULTS_LEDGER": str(folder / "ledger.json"),
        "RESULTS_SMALL_BASE": 1,
        "RESULTS_BRIEFING_PDF": False,
        "RESULTS_BRIEFING_FIGURES": ["forløb.aktive", "evaluering.håb"],
        "RESULTS_BRIEFING_CHARTS": ["forløb.status"],
    }
    loaded = load(read_settings(raw), Site(name="Testsite", subtitle="Tal om forløb"))
    loaded.book.threshold = 1
    return loaded
