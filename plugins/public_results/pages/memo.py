"""Caches of what is made from a page's own text, kept between builds by content hash.

- ``converted``: a page's Markdown as sanitised HTML and its metadata block. The text it
  converts has its placeholders already swapped for tokens, so what is kept holds no figure:
  figures are put in on every build.
- ``PageMemo``: the safety net, readability and newer-data check of each page, by a hash of
  everything they are computed from; ``DataMemo``: the HTML of each chart on a page, under its
  dataset's fingerprint.

Both are invalidated by any change to the plugin's code or its own templates (``memo_version``) and
are safe to delete.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from markdown import Markdown

from ..figures.cache import plugin_code_version, read_kept
from .sanitize import clean_html

PAGE_MEMO = "pages.pickle"  # inside the render cache: see PageMemo
MARKDOWN_MEMO = "markdown.pickle"  # inside the render cache: converted Markdown (see converted)


TEMPLATES = Path(__file__).resolve().parent / "templates"  # the plugin's own (a chart's HTML, a method box)


@functools.cache
def memo_version() -> str:
    """The plugin's code version and its own templates: what is kept from pages is made with both."""
    digest = hashlib.sha256(plugin_code_version().encode())
    for template in sorted(p for p in TEMPLATES.rglob("*") if p.is_file()):
        digest.update(template.name.encode() + b"\0" + template.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclasses.dataclass
class PageMemo:
    """Results computed from a page's own text (its converted Markdown; the safety net,
    readability, the newer-data check, its charts' HTML), kept between builds by a hash of
    everything they are computed from. One file per memo, read once per build.

    ``file`` holds only what the last build used, so it never grows past the site."""

    file: Path | None = None
    found: dict[str, Any] = dataclasses.field(default_factory=dict)
    used: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def read(cls, file: Path) -> PageMemo:
        kept = read_kept(file)
        valid = isinstance(kept, dict) and kept.get("code") == memo_version() and isinstance(kept.get("found"), dict)
        return cls(file, kept["found"] if valid else {})

    def get(self, parts: tuple[Any, ...], make: Any) -> Any:
        """``make()``, or what it gave before for the same ``parts`` (text and settings, hashed)."""
        key = _digest(parts)
        if key not in self.used:
            self.used[key] = self.found[key] if key in self.found else make()
        return self.used[key]

    def save(self) -> None:
        if self.file is None or self.used.keys() == self.found.keys():
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_name(f".{self.file.name}.{os.getpid()}.part")
        partial.write_bytes(
            pickle.dumps({"code": memo_version(), "found": self.used}, protocol=pickle.HIGHEST_PROTOCOL)
        )
        partial.replace(self.file)


@dataclasses.dataclass(frozen=True)
class DataMemo:
    """A page memo for what is made from a dataset's figures (a chart's HTML): kept under the
    dataset's fingerprint (the figure cache's), so new data means new results."""

    memo: PageMemo
    fingerprints: Mapping[str, str | None]  # dataset -> fingerprint (None: not to be kept)

    def get(self, dataset: str, parts: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        fingerprint = self.fingerprints.get(dataset)
        return make() if fingerprint is None else self.memo.get((dataset, fingerprint, *parts), make)


def _digest(parts: tuple[Any, ...]) -> str:
    """A hash of ``parts``: texts as they are (a page's source, its HTML), anything else by its repr."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else repr(part).encode()
        hashed.update(b"s" if isinstance(part, str) else b"r")
        hashed.update(len(data).to_bytes(8, "big"))
        hashed.update(data)
    return hashed.hexdigest()


def converted(
    text: str, options: Mapping[str, Any], memo: PageMemo | None = None, *, field: bool = False
) -> tuple[str, dict[str, list[str]] | None]:
    """Markdown made into HTML, and its metadata block; kept in ``memo`` (the build's, saved in the
    render cache) by a hash of the (tokenised) text and Python-Markdown's ``options``, so an unchanged
    page is not converted again (Python-Markdown is not even set up). Tokens, not figures: the
    figures are put in after, on every build. A page is sanitised here; a ``field`` (a formatted
    metadata field such as the summary, converted without the metadata extension as Pelican does)
    by the caller."""

    def make() -> tuple[str, dict[str, list[str]] | None]:
        md = Markdown(**options)
        if field and "meta" in md.preprocessors:
            md.preprocessors.deregister("meta")  # a field's text is not a document with metadata
        html = md.convert(text)
        content = html if field else clean_html(html)  # before anything marks it safe
        return content, None if field else getattr(md, "Meta", None)

    if memo is None:
        return make()
    given = json.dumps(options, sort_keys=True, default=repr)
    return memo.get(("markdown", given, field, text), make)
