"""The output folder: built beside ``output``, swapped in, and the next build starts from the spare."""

from __future__ import annotations

import os
from pathlib import Path

from public_results.site.output_folder import discard, prepare, remove_stale, spare_of, staging_of, swap


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_first_build_starts_empty_and_the_swap_keeps_the_published_folder_as_the_spare(tmp_path):
    output = tmp_path / "output"
    assert prepare(output) is None
    _write(staging_of(output) / "index.html", "first")
    swap(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "first"
    assert prepare(output) is None  # nothing to start from yet: no spare
    _write(staging_of(output) / "index.html", "second")
    swap(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "second"
    assert (spare_of(output) / "index.html").read_text(encoding="utf-8") == "first"


def test_a_build_starts_from_the_spare_and_only_what_it_wrote_again_stays(tmp_path):
    output = tmp_path / "output"
    spare = spare_of(output)
    for name in ("index.html", "gone.html", "old/page.html", "kort/a.png", "static/logo.svg", "grafer/b.png"):
        _write(spare / name, "before")
    outside = tmp_path / "cache.png"
    outside.write_bytes(b"png")
    began = prepare(output)
    staging = staging_of(output)
    assert began is not None and not spare.exists()
    assert sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()) == [
        "gone.html", "grafer/b.png", "index.html", "kort/a.png", "old/page.html", "static/logo.svg",
    ]  # fmt: skip
    _write(staging / "index.html", "after")  # written over
    (staging / "kort" / "a.png").unlink()
    os.link(outside, staging / "kort" / "a.png")  # linked again
    _write(staging / "new.html", "new")
    removed = remove_stale(staging, began, kept=["static/logo.svg"])
    assert removed == ["gone.html", "grafer/b.png", "old/page.html"]
    left = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*"))
    assert left == ["index.html", "kort", "kort/a.png", "new.html", "static", "static/logo.svg"]
    assert (staging / "index.html").read_text(encoding="utf-8") == "after"


def test_a_failed_build_discards_its_folder_and_the_next_starts_empty(tmp_path):
    output = tmp_path / "output"
    _write(spare_of(output) / "index.html", "spare")
    assert prepare(output) is not None
    discard(output)
    assert not staging_of(output).exists() and not spare_of(output).exists()
    assert prepare(output) is None
