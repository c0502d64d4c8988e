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

from .figure_cache import code_version
from .sanitize import clean_html
from .settings import render_cache

PAGE_MEMO = "pages.pickle"  # inside the render cache: see PageMemo
PAGES = "markdown"  # inside the render cache: converted Markdown


def converted(tokenised: str, md: Markdown, settings: dict[str, Any]) -> tuple[str, dict[str, list[str]] | None]:
    """Markdown made into sanitised HTML, and its metadata block; kept in the render cache by a
    hash of the (tokenised) text, the Markdown settings and the code, so an unchanged page is
    not converted again. Tokens, not figures: the figures are put in after, on every build."""
    options = json.dumps(settings.get("MARKDOWN"), sort_keys=True, default=repr)
    key = hashlib.sha256(f"{code_version()}\0{options}\0{tokenised}".encode()).hexdigest()[:32]
    kept = render_cache(settings) / PAGES / f"{key}.json"
    try:
        found = json.loads(kept.read_text(encoding="utf-8"))
        return found["content"], found["meta"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    content = clean_html(md.convert(tokenised))  # before anything marks it safe
    meta = md.Meta if hasattr(md, "Meta") else None
    kept.parent.mkdir(parents=True, exist_ok=True)
    partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
    partial.write_text(json.dumps({"content": content, "meta": meta}, ensure_ascii=False), encoding="utf-8")
    partial.replace(kept)
    return content, meta


@dataclasses.dataclass
class PageMemo:
    """Results computed from a page's own text (the safety net, readability, its social card),
    kept between builds by a hash of everything they are computed from.

    ``file`` holds only what the last build used, so it never grows past the site."""

    file: Path | None = None
    found: dict[str, Any] = dataclasses.field(default_factory=dict)
    used: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def read(cls, file: Path) -> PageMemo:
        try:
            with file.open("rb") as handle:
                kept = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            kept = None
        valid = isinstance(kept, dict) and kept.get("code") == code_version() and isinstance(kept.get("found"), dict)
        return cls(file, kept["found"] if valid else {})

    def get(self, parts: tuple[Any, ...], make: Any) -> Any:
        """``make()``, or what it gave before for the same ``parts`` (text and settings, hashed)."""
        key = hashlib.sha256(repr(parts).encode()).hexdigest()
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
