"""The caches' keys and files: a change to what a result is made from is a new key; damage is ignored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from pathlib import Path

from public_results.charts.by_name import chart_view
from public_results.figures.cache import (
    SIDE,
    Stored,
    fingerprint,
    read_digests,
    read_kept,
    restore,
    store,
    write_digests,
)
from public_results.figures.figure import Pins
from public_results.kept_apart import as_dict
from public_results.settings import read_settings


def site(tmp_path: Path) -> tuple:
    data = tmp_path / "data"
    data.mkdir(parents=True)
    (data / "datasets.yaml").write_text("datasets: {}\n", encoding="utf-8")
    (data / "a.csv").write_bytes(b"x;y\r\n1;2\r\n")
    return read_settings({"RESULTS_DATA_PATH": str(data)}), data / "a.csv"


def test_the_fingerprint_follows_the_files_the_descriptor_and_the_settings_that_shape_figures(tmp_path):
    settings, file = site(tmp_path)
    first = fingerprint(settings, [file])
    assert fingerprint(settings, [file]) == first
    assert fingerprint(dataclasses.replace(settings, chart_workers=3, preview=True, lix_limit=30), [file]) == first
    assert fingerprint(dataclasses.replace(settings, min_count=3), [file]) != first
    assert fingerprint(dataclasses.replace(settings, percent_decimals=1), [file]) != first
    file.write_bytes(b"x;y\r\n1;3\r\n")
    changed = fingerprint(settings, [file])
    assert changed != first
    settings.descriptor_path.write_text("datasets: {}\n# a comment\n", encoding="utf-8")
    assert fingerprint(settings, [file]) not in {first, changed}
    assert fingerprint(settings, [tmp_path / "missing.csv"]) is None


def test_the_same_bytes_in_another_folder_have_the_same_fingerprint(tmp_path):
    settings, file = site(tmp_path / "one")
    moved, moved_file = site(tmp_path / "two")
    assert fingerprint(moved, [moved_file]) == fingerprint(settings, [file])
    moved_file.write_bytes(b"x;y\r\n1;4\r\n")
    assert fingerprint(moved, [moved_file]) != fingerprint(settings, [file])


def test_a_stored_dataset_comes_back_and_replaces_what_was_kept_for_it_before(tmp_path):
    store(tmp_path, "forløb", "old", Stored({("counts", 1): "a"}, dt.date(2023, 12, 31)))
    store(tmp_path, "forløb", "new", Stored({("counts", 1): "b"}, None))
    assert restore(tmp_path, "forløb", "old") == (None, False)
    assert restore(tmp_path, "forløb", "new") == (Stored({("counts", 1): "b"}, None), False)
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_a_damaged_or_foreign_file_is_not_restored(tmp_path):
    store(tmp_path, "evaluering", "p", Stored({}, None))
    [kept] = tmp_path.glob("*.json")
    kept.write_bytes(b"\x80\x05 damaged")
    assert restore(tmp_path, "evaluering", "p") == (None, True)  # damaged: counted in the summary
    assert restore(tmp_path, "evaluering", "never") == (None, False)


def test_reading_a_kept_file_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    store(tmp_path, "evaluering", "p", Stored({("counts", 1): "a"}, None))
    [kept] = tmp_path.glob("*.json")
    assert gc.isenabled()
    assert read_kept(kept) == Stored({("counts", 1): "a"}, None)
    assert gc.isenabled()
    kept.write_bytes(b"\x80\x05 damaged")
    assert read_kept(kept) is None
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself gets it back paused
    try:
        assert read_kept(tmp_path / "missing.json") is None
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_scan_digests_count_only_under_the_same_salt(tmp_path):
    path = tmp_path / "scanned.json"
    write_digests(path, "contacts A", {"d1", "d2"})
    assert read_digests(path, "contacts A") == {"d1", "d2"}
    assert read_digests(path, "contacts B") == frozenset()
    path.write_text("{not json", encoding="utf-8")
    assert read_digests(path, "contacts A") == frozenset()


def test_the_charts_specs_are_kept_beside_their_figures_and_a_missing_or_foreign_one_is_damage(
    tmp_path, book, settings
):
    view = chart_view(book, "forløb.status", Pins(), settings)
    cache = tmp_path / "cache"
    store(cache, "forløb", "old", Stored({("view", 1): view}, None))
    store(cache, "forløb", "p", Stored({("view", 1): view}, None))
    kept, side = min(cache.glob("*.json")), sorted(cache.glob("*" + SIDE))
    assert [path.name for path in side] == [kept.name.replace(".json", SIDE)]  # the old fingerprint's went too
    assert view.title in kept.read_text(encoding="utf-8") and '"$schema"' not in kept.read_text(encoding="utf-8")
    found, damaged = restore(cache, "forløb", "p")
    again = found.memo[("view", 1)]
    assert again == view and not damaged and as_dict(again.spec) == view.spec
    side[0].write_text(side[0].read_text(encoding="utf-8").replace("$schema", "$schemb"), encoding="utf-8")
    assert restore(cache, "forløb", "p") == (None, True)  # not the specs its figures were kept with
    side[0].unlink()
    assert restore(cache, "forløb", "p") == (None, True)
