"""Synthetic sites for ``make bench``: the example data and theme, N articles, D data dates.

Each article is pinned to one of the data dates, holds a handful of figures and one chart
(every tenth article two), and ordinary Danish prose around them. The same Markdown is
built twice: by our plugin, and by plain Pelican with the same theme and no plugin (the
placeholders then stay as text), so the benchmark can report our time as a ratio.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_SURVEY = dt.date(2021, 11, 30)  # the first survey round of the example data
LAST_DAY = dt.date(2023, 12, 31)  # the example outcome data runs to here

OUTCOME_FIGURES = ["forløb.alle", "forløb.aktive", "forløb.placeret", "forløb.meningsfuld.andel", "forløb.praktik"]
SURVEY_FIGURES = ["evaluering.håb", "evaluering.forstået", "evaluering.tryg.n", "evaluering.besvarelser"]
OUTCOME_CHARTS = [
    "forløb.status",
    "forløb.aktive_fordeling",
    "forløb.afsluttet_fordeling",
    "forløb.meningsfuld_fordeling",
    "forløb.status.ikoner",
    "forløb.alle.udvikling",
    "forløb.aktive_fordeling.udvikling",
    "forløb.placeret.udvikling",
]
SURVEY_CHARTS = ["evaluering.enighed", "evaluering.svarfordeling", "evaluering.målgruppe"]

PROSE = (
    "Enheden arbejder sammen med borgeren om at finde en plads, der passer. Nogle vil gerne prøve et job, "
    "andre vil hellere starte i en forening. Vejen er ikke den samme for alle. Borgeren bestemmer selv, "
    "hvad der skal ske. Medarbejderne tager kontakt til steder i hele byen og aftaler et besøg. "
    "Når en plads er fundet, følger enheden med i den første tid."
)


@dataclass(frozen=True)
class Size:
    name: str
    articles: int
    data_dates: int


def data_dates(count: int) -> list[dt.date]:
    """``count`` month ends up to the end of the example data (the first from 2018 when few)."""
    if count <= 4:
        return [dt.date(2018, 5, 15), dt.date(2020, 6, 30), dt.date(2022, 2, 15), LAST_DAY][-count:]
    dates, year, month = [], LAST_DAY.year, LAST_DAY.month
    step = 3 if count <= 12 else 1
    while len(dates) < count:
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        dates.append(following - dt.timedelta(days=1))
        month -= step
        while month < 1:
            month, year = month + 12, year - 1
    return sorted(dates)


def article(number: int, day: dt.date) -> str:
    surveyed = day >= FIRST_SURVEY
    figures = OUTCOME_FIGURES + (SURVEY_FIGURES if surveyed else [])
    charts = OUTCOME_CHARTS + (SURVEY_CHARTS if surveyed else [])
    chosen = [charts[number % len(charts)]] + ([charts[(number + 3) % len(charts)]] if number % 10 == 0 else [])
    lines = [
        f"Title: Nyt fra enheden nummer {number}",
        f"Date: {day.isoformat()} 10:{number % 60:02d}",
        f"Datadato: {day.isoformat()}",
        "Summary: Nyt om borgernes forløb i enheden.",  # a figure here may be hidden (small flows)
        "",
        PROSE,
        "",
    ]
    for index, name in enumerate(figures):
        lines += [f"Tallet for gruppe {index + 1} er {{{{ {name} }}}} pr. datadatoen.", ""]
    lines += [PROSE, ""]
    for name in chosen:
        lines += [f"{{{{ graf: {name} }}}}", "", PROSE, ""]
    return "\n".join(lines)


def descriptor(dates: list[dt.date]) -> str:
    text = (ROOT / "data" / "datasets.yaml").read_text(encoding="utf-8")
    listed = ", ".join(d.isoformat() for d in dates)
    return re.sub(r"(?m)^(\s*data_dates:).*$", rf"\1 [{listed}]", text, count=1)


COMMON = [
    "TIMEZONE = 'Europe/Copenhagen'",
    "DEFAULT_LANG = 'da'",
    "SITENAME = 'Benchmark'",
    "PATH = 'content'",
    "ARTICLE_PATHS = ['articles']",
    "PAGE_PATHS = ['pages']",
    "SLUGIFY_SOURCE = 'basename'",
    "RELATIVE_URLS = True",
    "DEFAULT_PAGINATION = 10",
    "DIRECT_TEMPLATES = ['index', 'archives', '404']",
    "FEED_ALL_ATOM = None",
    "CATEGORY_FEED_ATOM = None",
    "TRANSLATION_FEED_ATOM = None",
    "AUTHOR_FEED_ATOM = None",
    "AUTHOR_FEED_RSS = None",
    "TAGS_SAVE_AS = TAG_SAVE_AS = CATEGORIES_SAVE_AS = CATEGORY_SAVE_AS = ''",
    "AUTHORS_SAVE_AS = AUTHOR_SAVE_AS = ''",
    "JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}",
    f"THEME = {str(ROOT / 'theme')!r}",
    "THEME_STATIC_DIR = 'theme'",
]


def ours(folder: Path) -> str:
    conf = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    briefing = re.search(r"(?ms)^RESULTS_BRIEFING_FIGURES.*?^RESULTS_TARGETS.*?$", conf)
    assert briefing is not None
    return "\n".join(
        [
            *COMMON,
            f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]",
            "PLUGINS = ['public_results']",
            "RESULTS_DATA_PATH = 'data'",
            "RESULTS_BRIEFING_PDF = False  # timed on its own (see bench.py)",
            "RESULTS_LEDGER = 'ledger.json'",
            briefing.group(0),
            "",
        ]
    )


def plain(folder: Path) -> str:
    """Plain Pelican: the same theme and pages, no plugin; the theme's one filter given as a setting."""
    return "\n".join(
        [
            *COMMON,
            "PLUGINS = []",
            "JINJA_FILTERS = {'dansk_dato': lambda value: value.strftime('%d.%m.%Y')}",
            "",
        ]
    )


def write(folder: Path, size: Size) -> None:
    """The site of ``size`` in ``folder`` (emptied first)."""
    shutil.rmtree(folder, ignore_errors=True)
    articles = folder / "content" / "articles"
    articles.mkdir(parents=True)
    (folder / "content" / "pages").mkdir()
    shutil.copytree(ROOT / "data", folder / "data")
    dates = data_dates(size.data_dates)
    (folder / "data" / "datasets.yaml").write_text(descriptor(dates), encoding="utf-8")
    for number in range(size.articles):
        text = article(number, dates[number % len(dates)])
        (articles / f"a{number:04d}.md").write_text(text, encoding="utf-8")
    (folder / "ours.py").write_text(ours(folder), encoding="utf-8")
    (folder / "plain.py").write_text(plain(folder), encoding="utf-8")
