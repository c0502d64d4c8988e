"""Pelican's Markdown reader, with ``{{ … }}`` placeholders swapped for tokens before Markdown runs.

The converted Markdown is kept in the build's Markdown memo (``pages.memo.converted``), so an
unchanged page is not converted again; the figures are put in later, on every build.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader
from pelican.utils import pelican_open, slugify

from ..errors import NotFound
from ..pages.memo import PageMemo, converted
from ..pages.placeholders import TOKEN, Reference, metadata_names, strip_placeholders, tokenise
from ..pages.sanitize import clean_html

CONTEXT_KEY = "RESULTS_BUILD"  # Pelican's settings and context: the run (adapter.run.Run)
REFERENCES_KEY = "results_references"  # a page's metadata: its placeholders (PageReferences)
SOURCE_KEY = "results_source"  # a page's metadata: its Markdown source as read

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageReferences:
    references: tuple[Reference, ...]
    unreadable: tuple[tuple[int, NotFound], ...]


class FigureMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with ``{{ … }}`` placeholders swapped for tokens first."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        self._source_path = source_path
        with pelican_open(source_path) as text:
            source = str(text)
        tokenised, references, unreadable = tokenise(metadata_names(source))
        memo = self._memo()
        content, meta = converted(tokenised, self.settings.get("MARKDOWN") or {}, memo)
        metadata = self._metadata(meta) if meta is not None else {}
        for field in self.settings.get("FORMATTED_FIELDS", ["summary"]):
            if isinstance(text := metadata.get(field), str):
                metadata[field] = clean_html(text)  # each build: markup read back from a cache is not trusted
        if references or unreadable:
            metadata[REFERENCES_KEY] = PageReferences(tuple(references), tuple(unreadable))
        metadata[SOURCE_KEY] = source
        title = metadata.get("title", "")
        slug_from_title = self.settings.get("SLUGIFY_SOURCE", "title") == "title"
        if "slug" not in metadata and slug_from_title and TOKEN.search(str(title)):
            metadata["slug"] = slugify(
                strip_placeholders(str(title)),
                regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
            )
        return content, metadata

    def _memo(self) -> PageMemo | None:
        """The build's memo of converted Markdown (None outside a build run by build_site)."""
        run = self.settings.get(CONTEXT_KEY)
        loaded = getattr(run, "loaded", None)
        return loaded.markdown_memo if loaded is not None else None

    def _metadata(self, meta: dict[str, list[str]]) -> dict[str, Any]:
        """Pelican's ``_parse_metadata``, with formatted fields converted through the cache."""
        output: dict[str, Any] = {}
        options = self.settings.get("MARKDOWN") or {}
        for raw_name, value in meta.items():
            name = raw_name.lower()
            if name in self.settings["FORMATTED_FIELDS"]:
                formatted, _ = converted("\n".join(value), options, self._memo(), field=True)
                output[name] = self.process_metadata(name, formatted)
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True):
                if len(value) > 1:
                    logger.warning("Duplicate definition of `%s` for %s. Using first one.", name, self._source_path)
                output[name] = self.process_metadata(name, value[0])
            else:
                output[name] = self.process_metadata(name, value if len(value) > 1 else value[0])
        return output
