"""Caches of what is made from a page's own text, kept between builds by content hash.

- ``converted``: a page's Markdown as sanitised HTML and its metadata block. The text it
  converts has its placeholders already swapped for tokens, so what is kept holds no figure:
  figures are put in on every build.
- ``PageMemo``: the safety net, readability and newer-data check of each page, by a hash of
  everything they are computed from.

Both are kept as plain data (``plain_data``), invalidated by any change to the plugin's code or its
own templates (``memo_version``) and safe to delete. Markup read back is sanitised again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from markdown import Markdown

from ..figures.cache import plugin_code_version, read_kept, write_kept
from .sanitize import clean_html

PAGE_MEMO = "pages.json"  # inside the render cache: see PageMemo
MARKDOWN_MEMO = "markdown.json"  # inside the render cache: converted Markdown (see converted)


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
    readability, the newer-data check), kept between builds by a hash of
    everything they are computed from. One file per memo, read once per build.

    ``file`` holds only what the last build used, so it never grows past the site."""

    file: Path | None = None
    found: dict[str, Any] = dataclasses.field(default_factory=dict)
    used: dict[str, Any] = dataclasses.field(default_factory=dict)
    damaged: bool = False  # the file was there but could not be read: made anew

    @classmethod
    def read(cls, file: Path) -> PageMemo:
        kept = read_kept(file)
        valid = isinstance(kept, dict) and kept.get("code") == memo_version() and isinstance(kept.get("found"), dict)
        return cls(file, kept["found"] if valid else {}, damaged=kept is None and file.exists())

    def get(self, parts: tuple[Any, ...], make: Callable[[], Any], again: Callable[[Any], Any] | None = None) -> Any:
        """``make()``, or what it gave before for the same ``parts`` (text and settings, hashed).
        ``again`` checks what was read back from the file before it is used (markup is sanitised
        again: the file is untrusted)."""
        key = digest(*parts)
        if key not in self.used:
            if key in self.found:
                self.used[key] = again(self.found[key]) if again is not None else self.found[key]
            else:
                self.used[key] = make()
        return self.used[key]

    def save(self) -> None:
        if self.file is None or self.used.keys() == self.found.keys():
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        write_kept(self.file, {"code": memo_version(), "found": self.used})


def digest(*parts: Any) -> str:
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
    return memo.get(("markdown", given, field, text), make, None if field else _sanitised_again)


def _sanitised_again(kept: Any) -> tuple[str, dict[str, list[str]] | None]:
    """A converted page read back from the memo: its HTML sanitised again (the file is untrusted)."""
    content, meta = kept
    return clean_html(str(content)), meta
