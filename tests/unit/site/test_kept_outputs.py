"""Files made from the figures alone, kept in the render cache: written again under the same key,
made anew under another, and never written from a cache that was tampered with."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from public_results.pages.memo import digest
from public_results.site.kept_outputs import FOLDER, INDEX, Made, keep, reuse, written

FILES = {
    "api/2022-02-15/figures.json": json.dumps({"figures": [{"name": "forløb.aktive", "value": 12}]}, indent=1),
    "api/latest.json": '{"data_date": "2022-02-15"}\n',
    "api/forloeb/status.csv": "Status;Antal\r\nI job;12\r\n",
}


def made(output: Path) -> list[str]:
    for name, text in FILES.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(text.encode())
    return list(FILES)


def test_the_files_kept_under_a_key_are_written_again_under_that_key_only(tmp_path: Path) -> None:
    cache, first, second = tmp_path / "cache", tmp_path / "first", tmp_path / "second"
    made_here = written(cache, "api", "k1", first, "api", lambda: made(first))
    assert made_here == Made("api", "k1", tuple(sorted(FILES)))
    assert reuse(cache, "api", "k1", second, "api") is None  # kept only once the build succeeded
    keep(cache, made_here, first)

    def not_again() -> list[str]:
        raise AssertionError("made again under the same key")

    assert written(cache, "api", "k1", second, "api", not_again) is None  # nothing new to keep
    assert {n: (second / n).read_bytes().decode() for n in FILES} == FILES  # byte for byte
    assert reuse(cache, "api", "k2", tmp_path / "third", "api") is None  # another key: made anew
    assert not (tmp_path / "third").exists()


def test_without_a_key_the_files_are_made_and_nothing_is_kept(tmp_path: Path) -> None:
    output = tmp_path / "output"
    assert written(tmp_path / "cache", "api", None, output, "api", lambda: made(output)) is None
    assert sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()) == sorted(FILES)


def planted(folder: Path, name: str, data: bytes, where: Path | None = None) -> None:
    """A file planted with its true digest in the index, so only the name or the type can refuse it."""
    path = where or folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    index["files"][name] = hashlib.sha256(data).hexdigest()
    (folder / INDEX).write_text(json.dumps(index), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        lambda f: (f / "api/latest.json").write_text('{"data_date": "2022-02-15"}\n ', encoding="utf-8"),  # still JSON
        lambda f: (f / "api/forloeb/status.csv").write_text("Status;Antal\r\nI job;13\r\n", encoding="utf-8"),
        lambda f: (f / "api/latest.json").write_bytes(b""),  # cut short
        lambda f: (f / "api/latest.json").unlink(),  # missing
        lambda f: planted(f, "api/x.csv", b"Status;Antal\r\n\xff\xfe"),  # not UTF-8
        lambda f: planted(f, "../../hemmelig.json", b"{}", f.parent.parent / "hemmelig.json"),  # outside the cache
        lambda f: planted(f, "data/status.csv", b"Status;Antal\r\n"),  # outside api/
        lambda f: planted(f, "api/side.html", b"<script>alert(1)</script>"),  # not JSON or CSV
        lambda f: (f / INDEX).write_text('{"~obj": "Nothing", "f": {}}', encoding="utf-8"),  # not plain data
    ],
    ids=["whitespace", "a-figure", "cut", "missing", "not-utf8", "escapes", "outside", "html", "not-plain"],
)
def test_a_tampered_cache_is_not_written_and_the_files_are_made_anew(tmp_path: Path, change) -> None:
    cache, output, first = tmp_path / "cache", tmp_path / "output", tmp_path / "first"
    keep(cache, Made("api", "k1", tuple(made(first))), first)
    change(cache / FOLDER / "api")
    assert reuse(cache, "api", "k1", output, "api") is None
    assert not output.exists()  # nothing of it written
    again = written(cache, "api", "k1", output, "api", lambda: made(output))
    assert again == Made("api", "k1", tuple(sorted(FILES)))
    keep(cache, again, output)
    assert reuse(cache, "api", "k1", tmp_path / "again", "api") == sorted(FILES)  # kept whole again


def test_the_digest_tells_its_parts_apart() -> None:
    assert digest("api", "ab", "c") != digest("api", "a", "bc")
    assert digest("api", {"a": 1}) == digest("api", {"a": 1})
    assert digest("api", None) != digest("api", "None")
