"""The generator of the pages made from data (``site.data_pages``): it makes them once every
written page is read, and writes them with the theme's templates (``briefing``, ``live``,
``catalogue``), with the briefings' listing and feed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from ..danish import words
from ..site.data_pages import BRIEFING, CATALOGUE, LIVE, OPEN_DATA, DataPage, MadePages, Note, make_pages
from ..site.search import SEARCH_PAGE
from ..site.site_files import SEARCH_CSP
from ..site.unit_pages import units_list, with_unit_pages
from .reader import CONTEXT_KEY, REFERENCES_KEY, SOURCE_KEY, FigureMarkdownReader, PageReferences


@dataclass(frozen=True)
class FeedEntry:
    """A page made from data as Pelican's feed writer reads an entry."""

    page: DataPage

    def __getattr__(self, name: str) -> Any:
        return getattr(self.page, name)

    def get_content(self, siteurl: str) -> str:
        return self.page.content


class DataPagesGenerator(Generator):
    """Makes and writes the pages made from data: a briefing per data date, their listing and
    feed, the live key figures and (in a preview) the figure catalogue; and the search page."""

    def generate_context(self) -> None:
        self.made = MadePages()
        run = self.context.get(CONTEXT_KEY)
        if run is None or run.loaded is None:
            return
        reader = FigureMarkdownReader(self.settings)
        notes = Path(self.path) / run.loaded.settings.briefings_path
        self.made = make_pages(run.loaded, notes, lambda path: _note(reader, path), run.collected.readability)
        self.made = with_unit_pages(self.made, run.loaded, Path(self.path), lambda path: _note(reader, path))
        run.add_made(self.made)
        self.publish(self.made)

    def publish(self, made: MadePages) -> None:
        """Keep ``made`` as the pages to write, and tell the theme about them."""
        self.made = made
        self.context["results_briefings"] = [p for p in made.of_kind(BRIEFING) if not p.unit]
        self.context["results_unit_briefings"] = [p for p in made.of_kind(BRIEFING) if p.unit]  # at the newest date
        self.context["results_live"] = next(iter(made.of_kind(LIVE)), None)
        self.context["results_catalogue"] = next(iter(made.of_kind(CATALOGUE)), None)
        self.context["results_open_data"] = next(iter(made.of_kind(OPEN_DATA)), None)
        self.context["results_front"] = made.front
        self.context["results_units"] = units_list(made.pages)  # the menu's »Enhederne«

    def put_drawings(self, with_drawings: Any) -> None:
        """Each page's charts drawn into its HTML (once every chart of the site is drawn)."""
        pages = tuple(replace(p, content=with_drawings(p.content)) if p.has_charts else p for p in self.made.pages)
        self.publish(replace(self.made, pages=pages))

    def generate_output(self, writer: Any) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        writer.write_file(
            SEARCH_PAGE, self.get_template("search"), self.context, relative_urls=relative,
            page_name=words.PAGE_SEARCH, RESULTS_CSP=SEARCH_CSP if self.context.get("RESULTS_CSP") else None,
        )  # fmt: skip
        if not self.made.pages:
            return
        for page in self.made.pages:
            writer.write_file(
                page.save_as, self.get_template(page.kind), self.context, relative_urls=relative,
                page=page, page_name=Path(page.save_as).stem, url=page.url,
            )  # fmt: skip
        run = self.context[CONTEXT_KEY]
        run.pdf_documents = {p.save_as: self.pdf_document(p, relative) for p in listed_pdfs(self.made)}
        folder = run.loaded.settings.briefings_path
        listed = self.context["results_briefings"]
        writer.write_file(
            f"{folder}/index.html", self.get_template("briefings"), self.context, relative_urls=relative,
            briefings=list(reversed(listed)), unit_briefings=self.context["results_unit_briefings"],
            page_name=words.PAGE_BRIEFINGS,
        )  # fmt: skip
        if self.settings.get("FEED_ALL_ATOM"):
            entries = [FeedEntry(page) for page in reversed(listed)]
            writer.write_feed(entries, self.context, f"feeds/{folder}.atom.xml", feed_title=words.BRIEFINGS_FEED)

    def pdf_document(self, page: DataPage, relative: bool) -> str:
        """The HTML the briefing's PDF is made from (``briefing_pdf.html``): kept in memory, never
        published. Its addresses are the page's own, as Pelican's writer makes them."""
        context = {**self.context, "page": page, "page_name": Path(page.save_as).stem, "output_file": page.save_as}
        if relative:
            context["SITEURL"] = path_to_url(get_relative_path(page.save_as))
        return self.get_template("briefing_pdf").render(context)


def listed_pdfs(made: MadePages) -> list[DataPage]:
    """The briefings that have a PDF."""
    return [page for page in made.of_kind(BRIEFING) if page.pdf and page.pdf_parts is not None]


def _note(reader: FigureMarkdownReader, path: Path) -> Note:
    content, metadata = reader.read(str(path))
    references = metadata.get(REFERENCES_KEY) or PageReferences((), ())
    return Note(content, metadata, metadata.get(SOURCE_KEY, ""), references.references, references.unreadable)
