"""The plugin's settings, read once per build into a frozen dataclass.

Every setting has the prefix ``RESULTS_``, its default here and a section in
the README (a test fails when one is undocumented).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DescriptorError, Problem
from .figures import NumberStyle
from .strings import PERCENT_STYLES

# name -> (default, one line of help). The README documents each in full.
DEFAULTS: dict[str, tuple[Any, str]] = {
    "RESULTS_DATA_PATH": ("data", "Folder with the data files and the descriptor."),
    "RESULTS_DESCRIPTOR": ("datasets.yaml", "The descriptor file inside the data folder."),
    "RESULTS_PERCENT_STYLE": ("space", "'space' (94 %), 'tight' (94%) or 'pct' (94 pct.)."),
    "RESULTS_PERCENT_DECIMALS": (0, "Decimals shown in percentages."),
    "RESULTS_MIN_COUNT": (5, "Counts from 1 to this minus one are suppressed; shares need a base of at least this."),
    "RESULTS_SMALL_BASE": (30, "Shares on a base below this carry a caution note."),
    "RESULTS_ALLOWED_CONTACTS": ((), "The unit's own published e-mail addresses and phone numbers."),
    "RESULTS_MAX_FILE_MB": (50, "Largest data file read, in MB (an .xlsx may unpack to ten times this)."),
    "RESULTS_FONT_PATH": ("", "Folder with the TrueType fonts of the charts; empty: the theme's fonts folder."),
    "RESULTS_CHART_FONT": ("Atkinson Hyperlegible", "Font family of the charts (also self-hosted by the theme)."),
    "RESULTS_CHART_WORKERS": (0, "Processes that draw charts; 0 means one per core (at most 8)."),
    "RESULTS_DOWNLOADS_PATH": ("grafer", "Folder in the output for the charts' CSV and PNG downloads."),
}


@dataclass(frozen=True)
class Settings:
    data_path: Path
    descriptor: str
    percent_style: str
    percent_decimals: int
    max_file_bytes: int
    min_count: int = 5
    small_base: int = 30
    allowed_contacts: tuple[str, ...] = ()
    font_path: Path = Path("theme/fonts")
    chart_font: str = "Atkinson Hyperlegible"
    chart_workers: int = 0
    downloads_path: str = "grafer"

    @property
    def number_style(self) -> NumberStyle:
        return NumberStyle(self.percent_style, self.percent_decimals, self.min_count, self.small_base)

    @property
    def descriptor_path(self) -> Path:
        return self.data_path / self.descriptor


def read_settings(raw: Mapping[str, Any]) -> Settings:
    """Read the RESULTS_* settings from Pelican's settings, with defaults."""
    value = {name: raw.get(name, default) for name, (default, _) in DEFAULTS.items()}
    problems = []
    if value["RESULTS_PERCENT_STYLE"] not in PERCENT_STYLES:
        problems.append(
            Problem(
                file="pelicanconf.py",
                what=f"RESULTS_PERCENT_STYLE kender ikke «{value['RESULTS_PERCENT_STYLE']}»",
                fix="Skriv en af: " + ", ".join(f"«{s}»" for s in PERCENT_STYLES) + ".",
            )
        )
    decimals = value["RESULTS_PERCENT_DECIMALS"]
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 2:
        problems.append(
            Problem(
                file="pelicanconf.py",
                what=f"RESULTS_PERCENT_DECIMALS skal være 0, 1 eller 2, ikke «{decimals}»",
                fix="Skriv et helt tal fra 0 til 2.",
            )
        )
    max_mb = value["RESULTS_MAX_FILE_MB"]
    if not isinstance(max_mb, int | float) or isinstance(max_mb, bool) or max_mb <= 0:
        problems.append(
            Problem(
                file="pelicanconf.py",
                what=f"RESULTS_MAX_FILE_MB skal være et positivt tal, ikke «{max_mb}»",
                fix="Skriv fx RESULTS_MAX_FILE_MB = 50.",
            )
        )
    contacts = value["RESULTS_ALLOWED_CONTACTS"]
    if isinstance(contacts, str) or not isinstance(contacts, list | tuple):
        problems.append(
            Problem(
                file="pelicanconf.py",
                what="RESULTS_ALLOWED_CONTACTS skal være en liste",
                fix='Skriv fx RESULTS_ALLOWED_CONTACTS = ["job@kommune.dk", "99 31 31 31"].',
            )
        )
        value["RESULTS_ALLOWED_CONTACTS"] = ()
    for name, lowest in (("RESULTS_MIN_COUNT", 2), ("RESULTS_SMALL_BASE", 1)):
        number = value[name]
        if not isinstance(number, int) or isinstance(number, bool) or number < lowest:
            problems.append(
                Problem(
                    file="pelicanconf.py",
                    what=f"{name} skal være et helt tal på mindst {lowest}, ikke «{number}»",
                    fix=f"Skriv fx {name} = {DEFAULTS[name][0]}.",
                )
            )
    workers = value["RESULTS_CHART_WORKERS"]
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        problems.append(
            Problem(
                file="pelicanconf.py",
                what=f"RESULTS_CHART_WORKERS skal være et helt tal på mindst 0, ikke «{workers}»",
                fix="Skriv fx RESULTS_CHART_WORKERS = 0 (én proces pr. kerne).",
            )
        )
    downloads = str(value["RESULTS_DOWNLOADS_PATH"]).strip("/")
    if not re.fullmatch(r"[a-z0-9_-]+(/[a-z0-9_-]+)*", downloads):
        problems.append(
            Problem(
                file="pelicanconf.py",
                what=f"RESULTS_DOWNLOADS_PATH skal være et mappenavn med små bogstaver, ikke «{downloads}»",
                fix='Skriv fx RESULTS_DOWNLOADS_PATH = "grafer".',
            )
        )
    if problems:
        raise DescriptorError(problems)
    return Settings(
        data_path=Path(value["RESULTS_DATA_PATH"]).resolve(),
        descriptor=str(value["RESULTS_DESCRIPTOR"]),
        percent_style=value["RESULTS_PERCENT_STYLE"],
        percent_decimals=decimals,
        max_file_bytes=int(max_mb * 1_000_000),
        min_count=value["RESULTS_MIN_COUNT"],
        small_base=value["RESULTS_SMALL_BASE"],
        allowed_contacts=tuple(str(c) for c in value["RESULTS_ALLOWED_CONTACTS"]),
        font_path=Path(value["RESULTS_FONT_PATH"] or Path(str(raw.get("THEME", "theme"))) / "fonts").resolve(),
        chart_font=str(value["RESULTS_CHART_FONT"]),
        chart_workers=workers,
        downloads_path=downloads,
    )
