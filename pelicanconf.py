"""Pelican settings for the example site. publishconf.py holds only the differences."""

AUTHOR = "Kommunikationsafdelingen"
SITENAME = "Beskæftigelsesenheden – resultater"
SITESUBTITLE = "Tal og historier om borgere med førtidspension i job, praktik og fællesskaber"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = ["images"]  # content/images; raw data lives in data/, outside PATH, and is never copied
THEME = "theme"
THEME_STATIC_DIR = "theme"

TIMEZONE = "Europe/Copenhagen"
DEFAULT_LANG = "da"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
SLUGIFY_SOURCE = "basename"  # stable addresses, even when a title holds a live figure

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["public_results"]

# Our theme escapes by default; content HTML is marked safe explicitly.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# public_results (see README, "Settings")
RESULTS_DATA_PATH = "data"
RESULTS_DESCRIPTOR = "datasets.yaml"
RESULTS_PERCENT_STYLE = "space"
RESULTS_PERCENT_DECIMALS = 0

# Briefings: one page of key figures per data date (see README, "Briefings").
RESULTS_BRIEFING_FIGURES = [
    "forløb.alle",
    "forløb.aktive",
    "forløb.placeret",
    "forløb.meningsfuld.andel",
    "evaluering.besvarelser",
    "evaluering.håb",
    "evaluering.afklaring_muligheder",
]
RESULTS_BRIEFING_CHARTS = [
    "forløb.aktive_fordeling",
    "forløb.aktive_fordeling.udvikling",
    "forløb.afsluttet_fordeling",
    "forløb.alle.udvikling",
    "evaluering.enighed",
]
# The unit's own targets (an example, not a real decision): two in three of those who have
# finished should be in meaningful employment.
RESULTS_TARGETS = {"forløb.meningsfuld.andel": 66}

# The front page leads with this figure (see README, "Settings"); the other key figures follow.
RESULTS_LEAD_FIGURE = "forløb.meningsfuld.andel"

# Who publishes the site: a fictitious municipality for the example (name, logo, accent colour).
RESULTS_MUNICIPALITY = "Eksempel Kommune"
RESULTS_LOGO = "images/logo.svg"
RESULTS_LOGO_ALT = "Eksempel Kommunes logo"
RESULTS_ACCENT = "#1a6b5a"

UNIT_NAME = "Beskæftigelsesenheden (eksempel)"
UNIT_CONTACT = "Skriv til enheden via kommunens hovedpostkasse"
UNIT_JOIN = (
    "Er du borger med førtidspension og vil gerne i gang med et job, en praktik, frivilligt arbejde "
    "eller en uddannelse? Spørg din sagsbehandler om et forløb i beskæftigelsesenheden."
)
ACCESSIBILITY_STATEMENT_URL = "https://www.was.digst.dk/"

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
