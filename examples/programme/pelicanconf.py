"""Pelican settings for the second example: a programme of three units on one site (issue 22).

Build it from the repository's root with ``make html SITE=examples/programme`` (output in
examples/programme/output/). The data is synthetic (scripts/make_programme_example.py).
"""

AUTHOR = "Programmets sekretariat"
SITENAME = "Jobhusene – resultater"
SITESUBTITLE = "Tal for hver enhed og for hele programmet"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "../../theme"
THEME_STATIC_DIR = "theme"

TIMEZONE = "Europe/Copenhagen"
DEFAULT_LANG = "da"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
SLUGIFY_SOURCE = "basename"

PLUGIN_PATHS = ["../../plugins"]
PLUGINS = ["public_results"]

JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

RESULTS_DATA_PATH = "data"
RESULTS_DESCRIPTOR = "datasets.yaml"
RESULTS_LEDGER = "ledger.json"
RESULTS_BRIEFING_FIGURES = ["forløb.alle", "forløb.aktive", "forløb.afklaring"]
RESULTS_BRIEFING_CHARTS = ["forløb.status", "forløb.alle.udvikling"]
RESULTS_LEAD_FIGURE = "forløb.aktive"
RESULTS_BRIEFING_PDF = False

RESULTS_MUNICIPALITY = "Eksempelprogrammet"
RESULTS_ACCENT = "#1a6b5a"

UNIT_NAME = "Jobhusene (eksempel)"
UNIT_CONTACT = "Skriv til programmets sekretariat"
UNIT_JOIN = "Spørg din sagsbehandler om et forløb i jobhuset i din kommune."

DIRECT_TEMPLATES = ["index", "archives", "404"]
TAGS_SAVE_AS = ""
TAG_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = 10
LOAD_CONTENT_CACHE = False
