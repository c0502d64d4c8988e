"""The plugin's settings, read once per build into a frozen dataclass.

Every setting has the prefix ``RESULTS_``, its default here and a section in
the README (a test fails when one is undocumented).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .danish import words
from .errors import DescriptorError, Problem

ACCENT = "#0b5394"  # the theme's own accent (site.css, --accent)

# name -> (default, one line of help). The README documents each in full.
DEFAULTS: dict[str, tuple[Any, str]] = {
    "RESULTS_DATA_PATH": ("data", "Folder with the data files and the descriptor."),
    "RESULTS_DESCRIPTOR": ("datasets.yaml", "The descriptor file inside the data folder."),
    "RESULTS_PERCENT_STYLE": ("space", "'space' (94 %), 'tight' (94%) or 'pct' (94 pct.)."),
    "RESULTS_PERCENT_DECIMALS": (0, "Decimals shown in percentages."),
    "RESULTS_QUOTES": ("guillemets", "Quotation marks of the site's text: 'guillemets' or 'double' (Danish ”…”)."),
    "RESULTS_BASE_STYLE": ("words", "A share's base in running text: 'words' (after the figure) or 'note' (a note)."),
    "RESULTS_MIN_COUNT": (5, "Counts from 1 to this minus one are suppressed; shares need a base of at least this."),
    "RESULTS_SMALL_BASE": (30, "Shares on a base below this carry a caution note."),
    "RESULTS_SUPPRESSED_MARKER": (
        words.SUPPRESSED_CELL,
        "What a hidden figure is in tables, charts and every CSV download (Danmarks Statistik's '..').",
    ),
    "RESULTS_ALLOWED_CONTACTS": ((), "The unit's own published e-mail addresses and phone numbers."),
    "RESULTS_MAX_FILE_MB": (50, "Largest data file read, in MB (an .xlsx may unpack to ten times this)."),
    "RESULTS_FONT_PATH": ("", "Folder with the TrueType fonts of the charts; empty: the theme's fonts folder."),
    "RESULTS_CHART_FONT": ("Atkinson Hyperlegible Next Nul", "Font family of the charts (and of the theme)."),
    "RESULTS_CHART_WORKERS": (0, "Processes that draw charts; 0 means one per core (at most 8)."),
    "RESULTS_DOWNLOADS_PATH": (words.FOLDER_DOWNLOADS, "Folder in the output for the charts' CSV and PNG downloads."),
    "RESULTS_BRIEFING_FIGURES": (
        (),
        "Key figures on each briefing, e.g. 'forløb.aktive'; empty: every group and question.",
    ),
    "RESULTS_BRIEFING_CHARTS": (
        (),
        f"Charts on each briefing; empty: every breakdown, its development and '{words.CHART_AGREEMENT}'.",
    ),
    "RESULTS_TARGETS": ({}, "The unit's targets: key figure -> value (percent for shares)."),
    "RESULTS_BRIEFINGS_PATH": (
        words.FOLDER_BRIEFINGS,
        "Folder of the briefings in the output (and of their notes in content/).",
    ),
    "RESULTS_BRIEFING_PDF": (True, "Make an accessible PDF of each briefing (needs WeasyPrint's system libraries)."),
    "RESULTS_LIVE_PAGE": (words.PAGE_LIVE, "Address of the live key-figure page (without .html)."),
    "RESULTS_LEAD_FIGURE": ("", "The front page's lead figure, a key figure's name; empty: the first key figure."),
    "RESULTS_MUNICIPALITY": ("", "The municipality's name, shown in the header beside the logo."),
    "RESULTS_LOGO": ("", "The logo: an SVG file in the content folder, e.g. 'images/logo.svg'; empty: no logo."),
    "RESULTS_LOGO_ALT": ("", "The logo's text alternative (needed with a logo)."),
    "RESULTS_ACCENT": (ACCENT, "Accent colour of links and borders, '#rrggbb'; checked for contrast at build."),
    "RESULTS_LIX_LIMIT": (40, "Warn when an article's LIX (readability index) is above this."),
    "RESULTS_PREVIEW": (False, "A preview build: adds the figure catalogue page (make devserver sets it)."),
    "RESULTS_RENDER_CACHE": ("", "Folder of cached drawings and PDFs; empty: public_results/ in Pelican's CACHE_PATH."),
    "RESULTS_LEDGER": ("ledger.json", "The committed record of every figure published pages showed (make publish)."),
    "RESULTS_DATA_LICENCE": (
        "https://creativecommons.org/licenses/by/4.0/",
        "Licence of the open data (data/): its address; the data page and the catalogue name it.",
    ),
}


@dataclass(frozen=True)
class NumberStyle:
    """How figures are written: percent style and decimals; the privacy thresholds."""

    percent: str = "space"
    decimals: int = 0
    threshold: int = 5  # counts 1 to threshold-1 are suppressed
    small_base: int = 30  # shares on a smaller base carry a caution note


@dataclass(frozen=True)
class Settings:
    data_path: Path
    descriptor: str
    percent_style: str
    percent_decimals: int
    max_file_bytes: int
    min_count: int = 5
    small_base: int = 30
    suppressed_marker: str = words.SUPPRESSED_CELL  # a hidden cell in tables, charts and downloads
    allowed_contacts: tuple[str, ...] = ()
    font_path: Path = Path("theme/fonts")
    chart_font: str = "Atkinson Hyperlegible Next Nul"
    chart_workers: int = 0
    downloads_path: str = words.FOLDER_DOWNLOADS
    briefing_figures: tuple[str, ...] = ()
    briefing_charts: tuple[str, ...] = ()
    targets: tuple[tuple[str, float], ...] = ()
    briefings_path: str = words.FOLDER_BRIEFINGS
    briefing_pdf: bool = True
    live_page: str = words.PAGE_LIVE
    ledger: Path = Path("ledger.json")
    lix_limit: int = 40
    preview: bool = False
    render_cache: Path = Path("cache/public_results")
    lead_figure: str = ""  # "" : the first key figure leads the front page
    municipality: str = ""
    logo: str = ""  # a path in the content folder ("images/logo.svg"); "" : no logo
    logo_alt: str = ""
    accent: str = ACCENT  # "#rrggbb"
    quotes: str = "guillemets"  # RESULTS_QUOTES: a key of words.QUOTE_STYLES
    base_style: str = "words"  # RESULTS_BASE_STYLE: "words" or "note"
    data_licence: str = "https://creativecommons.org/licenses/by/4.0/"  # RESULTS_DATA_LICENCE: an address

    @property
    def number_style(self) -> NumberStyle:
        return NumberStyle(self.percent_style, self.percent_decimals, self.min_count, self.small_base)

    @property
    def descriptor_path(self) -> Path:
        return self.data_path / self.descriptor


def _whole(value: Any, lowest: int, highest: int | None = None) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lowest <= value <= (highest or value)


def _names(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(n, str) for n in value)


def _targets(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool) for k, v in value.items()
    )


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_MARKER = re.compile(r"[^\d\s;\"'=+@-]{1,5}")  # short; never a number, a CSV separator or a formula's start


def _text(fix: str) -> tuple[Callable[[Any], bool], str, str]:
    return (lambda v: isinstance(v, str), words.SETTING_TEXT, fix)


_FOLDER = re.compile(r"[a-z0-9_-]+(/[a-z0-9_-]+)*")

# name -> (is the value right?, what is wrong, how to fix it). {value} is the value given.
CHECKS: dict[str, tuple[Callable[[Any], bool], str, str]] = {
    "RESULTS_PERCENT_STYLE": (
        lambda v: v in words.PERCENT_STYLES,
        words.SETTING_UNKNOWN,
        words.SETTING_ONE_OF.format(names=", ".join(words.QUOTED.format(text=s) for s in words.PERCENT_STYLES)),
    ),
    "RESULTS_QUOTES": (
        lambda v: v in words.QUOTE_STYLES,
        words.SETTING_UNKNOWN,
        words.SETTING_ONE_OF.format(names=", ".join(words.QUOTED.format(text=s) for s in words.QUOTE_STYLES)),
    ),
    "RESULTS_BASE_STYLE": (
        lambda v: v in words.BASE_STYLES,
        words.SETTING_UNKNOWN,
        words.SETTING_ONE_OF.format(names=", ".join(words.QUOTED.format(text=s) for s in words.BASE_STYLES)),
    ),
    "RESULTS_PERCENT_DECIMALS": (
        lambda v: _whole(v, 0, 2),
        words.SETTING_DECIMALS,
        words.SETTING_DECIMALS_FIX,
    ),
    "RESULTS_MAX_FILE_MB": (
        lambda v: isinstance(v, int | float) and not isinstance(v, bool) and v > 0,
        words.SETTING_MAX_FILE_MB,
        words.SETTING_MAX_FILE_MB_FIX,
    ),
    "RESULTS_ALLOWED_CONTACTS": (
        lambda v: isinstance(v, list | tuple),
        words.SETTING_ALLOWED_CONTACTS,
        words.SETTING_ALLOWED_CONTACTS_FIX,
    ),
    "RESULTS_MIN_COUNT": (
        lambda v: _whole(v, 2),
        words.SETTING_MIN_COUNT,
        words.SETTING_MIN_COUNT_FIX,
    ),
    "RESULTS_SMALL_BASE": (
        lambda v: _whole(v, 1),
        words.SETTING_SMALL_BASE,
        words.SETTING_SMALL_BASE_FIX,
    ),
    "RESULTS_CHART_WORKERS": (
        lambda v: _whole(v, 0),
        words.SETTING_CHART_WORKERS,
        words.SETTING_CHART_WORKERS_FIX,
    ),
    "RESULTS_BRIEFING_FIGURES": (
        _names,
        words.SETTING_NAMES,
        words.SETTING_BRIEFING_FIGURES_FIX,
    ),
    "RESULTS_BRIEFING_CHARTS": (
        _names,
        words.SETTING_NAMES,
        words.SETTING_BRIEFING_CHARTS_FIX,
    ),
    "RESULTS_TARGETS": (
        _targets,
        words.SETTING_TARGETS,
        words.SETTING_TARGETS_FIX,
    ),
    "RESULTS_SUPPRESSED_MARKER": (
        lambda v: isinstance(v, str) and bool(_MARKER.fullmatch(v)),
        words.SETTING_MARKER,
        words.SETTING_MARKER_FIX,
    ),
    "RESULTS_ACCENT": (
        lambda v: isinstance(v, str) and bool(_COLOUR.fullmatch(v)),
        words.SETTING_COLOUR,
        words.SETTING_COLOUR_FIX,
    ),
    "RESULTS_DATA_LICENCE": (
        lambda v: isinstance(v, str) and bool(re.fullmatch(r"https?://\S+", v)),
        words.SETTING_ADDRESS,
        words.SETTING_DATA_LICENCE_FIX,
    ),
    "RESULTS_LEAD_FIGURE": _text(words.SETTING_LEAD_FIGURE_FIX),
    "RESULTS_MUNICIPALITY": _text(words.SETTING_MUNICIPALITY_FIX),
    "RESULTS_LOGO": _text(words.SETTING_LOGO_FIX),
    "RESULTS_LOGO_ALT": _text(words.SETTING_LOGO_ALT_FIX),
} | {
    name: (
        lambda v: bool(_FOLDER.fullmatch(str(v).strip("/"))),
        words.SETTING_FOLDER,
        words.SETTING_FOLDER_FIX.format(name=name, default=DEFAULTS[name][0]),
    )
    for name in ("RESULTS_DOWNLOADS_PATH", "RESULTS_BRIEFINGS_PATH", "RESULTS_LIVE_PAGE")
}


def read_settings(raw: Mapping[str, Any]) -> Settings:
    """Read the RESULTS_* settings from Pelican's settings, with defaults; every mistake at once."""
    value = {name: raw.get(name, default) for name, (default, _) in DEFAULTS.items()}
    problems = []
    for name, (right, what, fix) in CHECKS.items():
        if not right(value[name]):
            problems.append(Problem(file="pelicanconf.py", what=f"{name} {what.format(value=value[name])}", fix=fix))
    if problems:
        raise DescriptorError(problems)
    return Settings(
        data_path=Path(value["RESULTS_DATA_PATH"]).resolve(),
        descriptor=str(value["RESULTS_DESCRIPTOR"]),
        percent_style=value["RESULTS_PERCENT_STYLE"],
        percent_decimals=value["RESULTS_PERCENT_DECIMALS"],
        max_file_bytes=int(value["RESULTS_MAX_FILE_MB"] * 1_000_000),
        min_count=value["RESULTS_MIN_COUNT"],
        small_base=value["RESULTS_SMALL_BASE"],
        suppressed_marker=value["RESULTS_SUPPRESSED_MARKER"],
        allowed_contacts=tuple(str(c) for c in value["RESULTS_ALLOWED_CONTACTS"]),
        font_path=Path(value["RESULTS_FONT_PATH"] or Path(str(raw.get("THEME", "theme"))) / "fonts").resolve(),
        chart_font=str(value["RESULTS_CHART_FONT"]),
        chart_workers=value["RESULTS_CHART_WORKERS"],
        downloads_path=str(value["RESULTS_DOWNLOADS_PATH"]).strip("/"),
        briefing_figures=tuple(value["RESULTS_BRIEFING_FIGURES"]),
        briefing_charts=tuple(value["RESULTS_BRIEFING_CHARTS"]),
        targets=tuple(sorted((k, float(v)) for k, v in value["RESULTS_TARGETS"].items())),
        briefings_path=str(value["RESULTS_BRIEFINGS_PATH"]).strip("/"),
        briefing_pdf=bool(value["RESULTS_BRIEFING_PDF"]),
        live_page=str(value["RESULTS_LIVE_PAGE"]).strip("/"),
        ledger=Path(value["RESULTS_LEDGER"]).resolve(),
        lix_limit=value["RESULTS_LIX_LIMIT"],
        preview=bool(value["RESULTS_PREVIEW"]),
        render_cache=render_cache(raw),
        lead_figure=value["RESULTS_LEAD_FIGURE"].strip(),
        municipality=value["RESULTS_MUNICIPALITY"].strip(),
        logo=value["RESULTS_LOGO"].strip(),
        logo_alt=value["RESULTS_LOGO_ALT"].strip(),
        accent=value["RESULTS_ACCENT"].lower(),
        quotes=value["RESULTS_QUOTES"],
        base_style=value["RESULTS_BASE_STYLE"],
        data_licence=value["RESULTS_DATA_LICENCE"],
    )


@dataclass(frozen=True)
class Site:
    """What the plugin needs of Pelican's own settings, read once by the adapter."""

    url: str = ""  # SITEURL: "" or a relative site; "https://…" when published
    relative_urls: bool = False
    name: str = ""
    subtitle: str = ""
    timezone: str = "UTC"
    statement_url: str = ""  # ACCESSIBILITY_STATEMENT_URL: /was forwards there
    markdown: Mapping[str, Any] = field(default_factory=dict)  # Python-Markdown's options (MARKDOWN)
    formatted_fields: tuple[str, ...] = ("summary",)  # metadata converted from Markdown like the text


def read_site(raw: Mapping[str, Any]) -> Site:
    """The parts of Pelican's settings the plugin uses (the adapter calls this once per build)."""
    return Site(
        url=str(raw.get("SITEURL") or ""),
        relative_urls=bool(raw.get("RELATIVE_URLS", False)),
        name=str(raw.get("SITENAME") or ""),
        subtitle=str(raw.get("SITESUBTITLE") or ""),
        timezone=str(raw.get("TIMEZONE") or "UTC"),
        statement_url=str(raw.get("ACCESSIBILITY_STATEMENT_URL") or ""),
        markdown=dict(raw.get("MARKDOWN") or {}),
        formatted_fields=tuple(raw.get("FORMATTED_FIELDS", ["summary"])),
    )


def render_cache(settings: Mapping[str, Any]) -> Path:
    """Where drawings, PDFs and computed figures are cached (Pelican's settings;
    everything in it is keyed by content hash: safe to share and to delete)."""
    chosen = settings.get("RESULTS_RENDER_CACHE")
    return Path(chosen) if chosen else Path(settings.get("CACHE_PATH") or "cache") / "public_results"
