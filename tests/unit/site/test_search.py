"""Site search: Pagefind's index of a small written site (the program from the venv, no network)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from public_results.errors import BuildFailed
from public_results.site import search
from public_results.site.output_folder import prepare, remove_stale, staging_of, swap
from public_results.site.progress import Progress

PAGE = """<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav>Menu Arkiv Søg</nav><main><article data-pagefind-body><h1>{title}</h1><p>{text}</p>
<figure><div class="chart-image">hemmelig-tegning</div><details class="chart-table">tabeltal 4711</details></figure>
</article></main><footer>Sidefod</footer></body></html>"""
PAGES = {
    "a.html": PAGE.format(title="Løntilskud virker", text="82 borgere er i job med løntilskud."),
    "b.html": PAGE.format(title="Ministeren kom på besøg", text="Ministeren hørte om enhedens arbejde."),
    "index.html": "<!doctype html><html lang='da'><head><title>Forside</title></head><body>Forside</body></html>",
}


def write_site(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def bundle_pages(folder: Path) -> int:
    entry = json.loads((folder / search.BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8"))
    return entry["languages"]["da"]["page_count"]


def test_only_pages_marked_as_content_are_indexed_in_danish(tmp_path):
    site = write_site(tmp_path / "site")
    progress = Progress()
    search.index_site(site, progress)
    bundle = site / search.BUNDLE
    assert bundle_pages(site) == 2  # a.html and b.html; the front page has no data-pagefind-body
    assert (bundle / "pagefind.js").is_file() and (bundle / "wasm.da.pagefind").is_file()
    assert len(list((bundle / "fragment").glob("*.pf_fragment"))) == 2
    assert not [name for name in search.UNUSED if (bundle / name).exists()]
    progress.end()
    assert search.words.STAGE_SEARCH in progress.timings


def test_the_excluded_parts_of_a_page_are_left_out_of_the_command():
    command = search.search_command(Path("/bin/pagefind"), Path("site"))
    assert command[:6] == ["/bin/pagefind", "--site", "site", "--output-subdir", "pagefind", "--quiet"]
    assert [command[i + 1] for i, part in enumerate(command) if part == "--exclude-selectors"] == list(search.EXCLUDED)


def test_a_build_started_from_the_spare_keeps_every_piece_of_the_index(tmp_path):
    """Pagefind does not write again a piece that is already there; the build would then remove it
    as not written by this build (remove_stale) and leave searches broken."""
    output = tmp_path / "output"
    write_site(output)
    search.index_site(output, Progress())
    write_site(staging_of(output))
    swap(output)  # the indexed site becomes the spare, which the next build starts from
    began = prepare(output)
    assert began is not None
    write_site(staging_of(output))
    search.index_site(staging_of(output), Progress())
    removed = remove_stale(staging_of(output), began)
    assert not [name for name in removed if name.startswith(search.BUNDLE)], removed
    assert len(list((staging_of(output) / search.BUNDLE / "fragment").glob("*.pf_fragment"))) == 2


def test_a_missing_program_stops_the_build_in_danish(monkeypatch):
    monkeypatch.setitem(sys.modules, "pagefind_bin_extended", None)  # import fails
    with pytest.raises(BuildFailed) as raised:
        search.search_program()
    assert raised.value.problems[0].what == search.words.SEARCH_PROGRAM_MISSING
    assert "make html" in raised.value.problems[0].fix


def test_a_failing_program_stops_the_build_with_its_last_line(tmp_path, monkeypatch):
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: no such folder' >&2\nexit 1\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(search, "search_program", lambda: failing)
    with pytest.raises(BuildFailed) as raised:
        search.index_site(write_site(tmp_path / "site"), Progress())
    assert raised.value.problems[0].what == search.words.SEARCH_INDEX_FAILED.format(error="Error: no such folder")


def test_an_unchanged_site_keeps_its_index_and_a_changed_page_is_indexed_again(tmp_path, monkeypatch):
    """The bundle the build started from is kept when every page is as the last build indexed it
    and the bundle is, file by file, the one made from them; Pagefind does not run then."""
    output, kept = tmp_path / "output", tmp_path / "cache" / "searched.json"
    write_site(output)
    search.index_site(output, Progress(), kept)
    bundle = {p.relative_to(output): p.read_bytes() for p in (output / search.BUNDLE).rglob("*") if p.is_file()}
    entry = Path(search.BUNDLE) / "pagefind-entry.json"
    write_site(staging_of(output))
    swap(output)  # the indexed site becomes the spare, which the next build starts from
    began = prepare(output)
    assert began is not None
    write_site(staging_of(output))
    monkeypatch.setattr(search, "search_program", lambda: pytest.fail("Pagefind ran for an unchanged site"))
    search.index_site(staging_of(output), Progress(), kept)
    assert not [name for name in remove_stale(staging_of(output), began) if name.startswith(search.BUNDLE)]
    now = {p.relative_to(staging_of(output)): p.read_bytes() for p in (staging_of(output) / search.BUNDLE).rglob("*")
           if p.is_file()}  # fmt: skip
    assert now == bundle

    shutil.copytree(staging_of(output) / search.BUNDLE, output / search.BUNDLE)  # as the last build published it
    (staging_of(output) / search.BUNDLE / "pagefind-entry.json").write_bytes(b"{}")  # Pagefind's pieces vary
    search.index_site(staging_of(output), Progress(), kept, output)  # the published bundle is copied in
    assert (staging_of(output) / search.BUNDLE / "pagefind-entry.json").read_bytes() == bundle[entry]

    monkeypatch.undo()
    (staging_of(output) / "b.html").write_text(PAGES["b.html"].replace("besøg", "visit"), encoding="utf-8")
    fragments = lambda: {p.name for p in (staging_of(output) / search.BUNDLE / "fragment").glob("*")}  # noqa: E731
    before = fragments()
    search.index_site(staging_of(output), Progress(), kept)  # a page changed: indexed again
    assert bundle_pages(staging_of(output)) == 2
    assert fragments() != before  # the changed page's fragment is new
    piece_bytes = b"planted"
    (staging_of(output) / search.BUNDLE / "pagefind-entry.json").write_bytes(piece_bytes)  # a bundle not as made
    search.index_site(staging_of(output), Progress(), kept)
    assert (staging_of(output) / search.BUNDLE / "pagefind-entry.json").read_bytes() != piece_bytes


def test_a_build_keeps_the_spares_index_of_unchanged_pages_without_copying_or_running_pagefind(tmp_path, monkeypatch):
    """The build's order: the stale files go first (the spare's index spared), then the index is
    kept as it stands in the folder the build started from: not removed, copied in or made again."""
    output, kept = tmp_path / "output", tmp_path / "cache" / "searched.json"
    write_site(output)
    search.index_site(output, Progress(), kept)
    (output / "gone.html").write_text("<p>Fra sidst</p>", encoding="utf-8")  # a page this build will not write
    write_site(staging_of(output))
    swap(output)  # the indexed site becomes the spare, which the next build starts from
    began = prepare(output)
    assert began is not None
    write_site(staging_of(output))
    inodes = {p.name: p.stat().st_ino for p in (staging_of(output) / search.BUNDLE).rglob("*") if p.is_file()}
    monkeypatch.setattr(search, "search_program", lambda: pytest.fail("Pagefind ran for an unchanged site"))
    monkeypatch.setattr(search.shutil, "copytree", lambda *a, **k: pytest.fail("the published index was copied in"))
    search.sweep_and_index(staging_of(output), began, [], Progress(), kept, output)  # as the build calls it
    assert not (staging_of(output) / "gone.html").exists()  # the stale page went
    now = {p.name: p.stat().st_ino for p in (staging_of(output) / search.BUNDLE).rglob("*") if p.is_file()}
    assert now == inodes  # the very files the build started from
