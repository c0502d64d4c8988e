"""Caches of what is made from a page's own text, kept between builds by content hash.

- ``converted``: a page's Markdown as sanitised HTML and its metadata block. The text it
  converts has its placeholders already swapped for tokens, so what is kept holds no figure:
  figures are put in on every build.
- ``PageMemo``: the safety net, readability, social card and newer-data check of each page,
  by a hash of everything they are computed from.

Both are invalidated by any change to the plugin's code (``figure_cache.code_version``) and
are safe to delete.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Any

from markdown import Markdown

from ..figures.cache import code_version, read_kept
from .sanitize import clean_html

PAGE_MEMO = "pages.pickle"  # inside the render cache: see PageMemo
MARKDOWN_MEMO = "markdown.pickle"  # inside the render cache: converted Markdown (see converted)


@dataclasses.dataclass
class PageMemo:
    """Results computed from a page's own text (its converted Markdown; the safety net,
    readability, its social card, the newer-data check), kept between builds by a hash of
    everything they are computed from. One file per memo, read once per build.

    ``file`` holds only what the last build used, so it never grows past the site."""

    file: Path | None = None
    found: dict[str, Any] = dataclasses.field(default_factory=dict)
    used: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def read(cls, file: Path) -> PageMemo:
        kept = read_kept(file)
        valid = isinstance(kept, dict) and kept.get("code") == code_version() and isinstance(kept.get("found"), dict)
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
            pickle.dumps({"code": code_version(), "found": self.used}, protocol=pickle.HIGHEST_PROTOCOL)
        )
        partial.replace(self.file)


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
    text: str, settings: dict[str, Any], memo: PageMemo | None = None, *, field: bool = False
) -> tuple[str, dict[str, list[str]] | None]:
    """Markdown made into HTML, and its metadata block; kept in ``memo`` (the build's, saved in the
    render cache) by a hash of the (tokenised) text and the Markdown settings, so an unchanged
    page is not converted again (Python-Markdown is not even set up). Tokens, not figures: the
    figures are put in after, on every build. A page is sanitised here; a ``field`` (a formatted
    metadata field such as the summary, converted without the metadata extension as Pelican does)
    by the caller."""

    def make() -> tuple[str, dict[str, list[str]] | None]:
        md = Markdown(**settings["MARKDOWN"])
        if field and "meta" in md.preprocessors:
            md.preprocessors.deregister("meta")  # a field's text is not a document with metadata
        html = md.convert(text)
        content = html if field else clean_html(html)  # before anything marks it safe
        return content, None if field else getattr(md, "Meta", None)

    if memo is None:
        return make()
    options = json.dumps(settings.get("MARKDOWN"), sort_keys=True, default=repr)
    return memo.get(("markdown", options, field, text), make)
