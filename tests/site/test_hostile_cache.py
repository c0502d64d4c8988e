"""The render cache is untrusted input: what is planted in it never runs, never reaches a page, and
a damaged cache gives the same site as a clean build."""

from __future__ import annotations

import builtins
import json
import pickle
import random
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.site.summary import summary_lines
from support import cache_with_copied_drawings, contents

pytestmark = [pytest.mark.site, pytest.mark.hardening]

ARTICLE = """Title: Tal
Date: 2024-01-10
Datadato: 2023-12-31

I 2023 svarede {{ evaluering.besvarelser }} borgere. {{ evaluering.håb }} oplever håb
(n = {{ evaluering.håb.n }}). Der er {{ forløb.aktive }} i aktivt forløb.

{{ graf: evaluering.enighed }}

{{ graf: forløb.alle.udvikling }}
"""


class Planted:
    """A pickle that creates ``marker`` when it is unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return builtins.open, (str(self.marker), "w")


def _same_site(clean: dict[str, bytes], two: Path) -> None:
    found = contents(two)
    assert sorted(found) == sorted(clean)
    assert [name for name in found if found[name] != clean[name] and not name.endswith(".pdf")] == []


def test_a_planted_pickle_never_runs(tiny_site, tmp_path, render_cache, example_figures):
    cache = cache_with_copied_drawings(render_cache, tmp_path / "cache", example_figures)
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache)
    build_site(settings, tmp_path / "one")
    clean = contents(tmp_path / "one")  # read now: the output's pictures are links to the cache's
    marker = tmp_path / "ran"
    payload = pickle.dumps(Planted(marker))
    kept = [p for p in cache.rglob("*") if p.is_file() and p.suffix in {".json", ".pickle"}]
    assert kept
    for path in kept:
        path.write_bytes(payload)
    for name in ("figures/evaluering.pickle", "pages.pickle", "markdown.pickle", "templates/x.cache"):
        (cache / name).parent.mkdir(parents=True, exist_ok=True)
        (cache / name).write_bytes(payload)  # where earlier versions kept pickles
    build_site(settings, tmp_path / "two")
    assert not marker.exists()
    _same_site(clean, tmp_path / "two")


def test_markup_planted_in_the_page_memo_is_sanitised_again(tiny_site, tmp_path, render_cache, example_figures):
    cache = cache_with_copied_drawings(render_cache, tmp_path / "cache", example_figures)
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache)
    build_site(settings, tmp_path / "one")
    memo = cache / "markdown.json"
    text = memo.read_text(encoding="utf-8")
    assert "oplever håb" in text
    planted = '<script>alert(1)</script><img src=x onerror=alert(1)><a href=\\"javascript:alert(1)\\">x</a>'
    memo.write_text(text.replace("oplever håb", "oplever håb" + planted), encoding="utf-8")
    json.loads(memo.read_text(encoding="utf-8"))  # still well-formed: only the markup is hostile
    build_site(settings, tmp_path / "two")
    page = (tmp_path / "two" / "tal.html").read_text(encoding="utf-8")
    assert "alert(1)" not in page.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("seed", [1])
def test_a_damaged_cache_gives_the_site_of_a_clean_build(tiny_site, tmp_path, render_cache, example_figures, seed):
    cache = cache_with_copied_drawings(render_cache, tmp_path / "cache", example_figures)
    settings = tiny_site({"tal.md": ARTICLE}, render_cache=cache)
    build_site(settings, tmp_path / "one")
    clean = contents(tmp_path / "one")  # read now: the output's pictures are links to the cache's
    chance = random.Random(seed)
    for path in sorted(p for p in cache.rglob("*") if p.is_file()):
        if path.parent.name == "drawings" and chance.random() > 0.25:
            continue  # every kind of file is damaged, a quarter of the many drawings (each damaged one is redrawn)
        data, how = path.read_bytes(), chance.choice(["cut", "random", "append", "keep"])
        if how == "cut":
            path.write_bytes(data[: chance.randrange(len(data) + 1)])
        elif how == "random":
            path.write_bytes(chance.randbytes(chance.randrange(1, 4096)))
        elif how == "append" and path.suffix != ".pdf":  # a PDF reader skips what follows its end
            path.write_bytes(data + chance.randbytes(chance.randrange(1, 64)))
    result = build_site(settings, tmp_path / "two")
    assert result.drawing_stats.damaged > 0 and result.damaged > result.drawing_stats.damaged
    assert any("Cachen:" in line for line in summary_lines(result))
    _same_site(clean, tmp_path / "two")
