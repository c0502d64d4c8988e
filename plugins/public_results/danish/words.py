"""Every Danish word the plugin writes, in one place.

What writers type (``{{ graf: … }}``, »Datadato:«), the names the site's folders, files and ids
get, the texts built from data (fraction and base phrases, chart texts) and every message of the
build live here; the templates (``pages/templates/`` and the theme's) hold their own words. No
other module holds Danish (``tests/unit/danish/test_words_in_one_place.py``). A text with variable
parts is a ``str.format`` template: ``words.NAME.format(name=…)``.
"""

from __future__ import annotations

# --- What writers type: placeholders, chart names and metadata keys -----------------------

# The words of {{ … }} in a page (pages/placeholders.py) and of RESULTS_BRIEFING_* (settings).
BLOCK_CHART = "graf"  # {{ graf: forløb.status }}
BLOCK_METHOD = "metode"  # {{ metode: forløb }}
BLOCK_COMPARE = "sammenlign"  # {{ sammenlign: forløb.praktik }}: the units side by side (issue 22)
# After a figure's name, {{ forløb.aktive.andel }} (figures/figure.py)
VARIANT_COUNT = "antal"
VARIANT_SHARE = "andel"
VARIANT_N = "n"
VARIANT_BASE = "base"
VARIANT_FRACTION = "brøk"
VARIANT_CHANGE = "ændring"
VARIANTS = {  # each variant with what it shows, for the figure catalogue
    VARIANT_COUNT: "antallet",
    VARIANT_SHARE: "andelen i procent",
    VARIANT_N: "basen (n)",
    VARIANT_BASE: "basen i ord: »af de 177, der …«",
    VARIANT_FRACTION: "en sand brøk med basen: »to ud af tre blandt de 177, der …«",
    VARIANT_CHANGE: "ændringen siden forrige opgørelse: »20 flere«, »2 procentpoint lavere«",
}
FIGURE_RESPONSES = "besvarelser"  # {{ evaluering.besvarelser }}: the responses of a survey round
FIGURE_RESPONSES_LABEL = "Besvarelser"
GROUP_EVERYONE = "alle"  # {{ forløb.alle }}: everyone since the start, when the descriptor names no such group
GROUP_EVERYONE_LABEL = "Alle borgere siden start"
GROUP_EVERYONE_WHO = "har været i forløb siden start"
# {{ metode: … }} boxes that are not a dataset's (figures/methods.py)
METHOD_PRIVACY = "diskretion"
METHOD_TERMS = "begreber"
METHOD_DATES = "datadatoer"
# Charts of a survey, {{ graf: evaluering.enighed }} (charts/survey.py)
CHART_AGREEMENT = "enighed"
CHART_SCALE = "svarfordeling"
# A chart's form: writers add ikoner and udvikling to a name; søjler and skala name the others
FORM_BARS = "søjler"
FORM_ICONS = "ikoner"
FORM_TIME = "udvikling"
FORM_SCALE = "skala"
# A page's metadata as Markdown reads its keys: lower case, »Kort fortalt:« with »_« for its space
META_DATA_DATE = "datadato"
META_ROUND = "runde"
META_CORRECTION = "rettelse"
META_KEEP = "fasthold"
META_KEEP_YES = frozenset({"ja", "yes", "true"})  # »Fasthold: ja«
META_SHORT = "kort_fortalt"


# --- Small words of every message ---------------------------------------------------------

QUOTED = "»{text}«"  # a name or a value quoted in a message
JOIN_AND = " og "  # between the last two of a list: "a, b og c"
JOIN_OR = " eller "
USE_ONE_OF = "Brug en af: {names}."  # a name that does not exist: the names there are (en: a common noun)
USE_ONE_OF_NEUTER = "Brug et af: {names}."  # the same after a neuter noun (et datasæt, et tal)


# --- Numbers ------------------------------------------------------------------------------

PERCENT_STYLES = {
    "space": "{value}\u00a0%",  # "94 %" with a non-breaking space (Danish standard)
    "tight": "{value}%",  # "94%"
    "pct": "{value}\u00a0pct.",  # "94 pct."
}
# Fractions a reader knows, smallest first: (numerator, denominator, words).
FRACTIONS = [
    (1, 10, "en ud af ti"),
    (1, 5, "en ud af fem"),
    (1, 4, "en ud af fire"),
    (3, 10, "tre ud af ti"),
    (1, 3, "en ud af tre"),
    (2, 5, "to ud af fem"),
    (1, 2, "halvdelen"),
    (3, 5, "tre ud af fem"),
    (2, 3, "to ud af tre"),
    (7, 10, "syv ud af ti"),
    (3, 4, "tre ud af fire"),
    (4, 5, "fire ud af fem"),
    (9, 10, "ni ud af ti"),
]
ALL = "alle"
NONE = "ingen"
NEARLY_ALL = "næsten alle"
MORE_THAN = "mere end {words}"
JUST_UNDER = "knap {words}"
FEWER_THAN = "færre end {words}"
OUTCOME_DEFINITION = "Borgere, hvis seneste status på datoen er: {members}. Andelen regnes af: {base}."
SURVEY_DEFINITION = "Andel, der svarer {positive} på »{question}«. Uden for basen: {left_out}."
RESPONSES_DEFINITION = "Antal besvarelser i målingen."
BLANK_ANSWERS = "tomme svar"
BASE_PHRASE = "af de {n}, der {who}"
BASE_PHRASE_SUPPRESSED = "af {n}, der {who}"
BASE_PREFIX = "af "
WHOLE_PHRASES = (ALL, NEARLY_ALL)  # take "de 5, der …" without "af"
SURVEY_WHO = "har svaret på spørgsmålet"


# --- Style in running text: quotes, §, small numbers in words, the base (danish/style.py) ---

QUOTE_STYLES = {  # RESULTS_QUOTES: (opening, closing)
    "guillemets": ("»", "«"),  # »…«, the Danish press standard
    "double": ("\u201d", "\u201d"),  # ”…”, the Danish way of writing "…"
}
QUOTE_MARKS = "»«\u201c\u201d\u201e"  # every quotation mark a text may hold, straight " aside
INNER_QUOTES = ("›", "‹")  # »…« inside »…«: »Færrest svarer ja på ›Afklaring‹«
SECTION_SIGN = "§"  # § 103: a (non-breaking) space after it
# Whole numbers one to twelve in words (Retskrivningsordbogen); »én«/»ét« mark the number one.
NUMBER_WORDS = ("én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv")
NUMBER_ONE_NEUTER = "ét"
# »to ud af tre af de 177« says »af« twice: after »… ud af tre« the base reads »blandt de 177«
FRACTION_OUT_OF = " ud af "
BASE_AMONG = "blandt "
# Two »af« in one sentence, as a regular expression: »to ud af tre af de 177«, »af de 180 … af de 177«
DOUBLE_AF = r"(?<!\w)(?:ud af \w+ af dem?|af de [^.!?\n]{1,120}?(?<!\w)af de)(?!\w)"
BASE_STYLES = ("words", "note")  # RESULTS_BASE_STYLE
BASE_NOTE = "Andelen er regnet {base}."  # the base as a note (RESULTS_BASE_STYLE = "note")
ROUND_NAMED = "{round}-målingen"  # »2021-målingen«, not »målingen 2021«
# Words after a small number that make it a figure with a unit: it stays digits (»5 %«, »3 km«)
UNIT_WORDS = (
    "%", "pct", "procent", "procentpoint", "kr", "kroner", "mio", "mia", "km", "m", "cm", "kg", "g", "l", "t", "min",
)  # fmt: skip
# Words before a small number that make it a name, a date or a time: it stays digits
NUMBER_NAME_WORDS = ("§", "kl", "nr", "side", "bilag", "kapitel", "punkt", "trin", "niveau", "uge", "n")
ABBREVIATIONS = ("pr", "fx", "ca", "bl.a", "dvs", "mv", "osv", "jf", "kl", "nr", "inkl", "ekskl")  # end no sentence


# --- Suppression (privacy) ----------------------------------------------------------------

SUPPRESSED_SMALL = "færre end {threshold}"  # a count of 1 to threshold-1, in running text
# A count hidden so a small one cannot be worked out, in running text. Not »ikke oplyst«: that is
# an answer not given (NOT_STATED).
SUPPRESSED_HIDDEN = "et skjult antal"
SUPPRESSED_SHARE = "en skjult andel"  # a share whose base is suppressed
# How records written before »et skjult antal« name a hidden count and share (ledger.json reads them as hidden)
SUPPRESSED_HIDDEN_BEFORE, SUPPRESSED_SHARE_BEFORE = "et ikke oplyst antal", "ikke oplyst"
# A hidden cell in tables, charts and every download (CSV): the default of RESULTS_SUPPRESSED_MARKER.
# Danmarks Statistik's tables write »..« for a figure left out for discretion.
SUPPRESSED_CELL = ".."
SUPPRESSED_CELL_SPOKEN = "vises ikke"  # what a screen reader says for the marker in a table cell
SMALL_BASE_NOTE = " (usikkert tal: kun {n} i basen)"
SUPPRESSION_LEGEND = (  # once per chart and table that hides a figure
    "»{marker}« betyder, at tallet ikke vises, så ingen borger kan genkendes: tallet er under {threshold}, "
    "eller det kunne bruges til at regne et lille tal ud."
)
PRIVACY_HEADING = "Diskretion: sådan beskytter vi borgerne"
PRIVACY_RULE = [
    "Ingen tal på sitet må kunne pege på en bestemt borger. Derfor viser vi aldrig et antal fra én til "
    "{under}. I teksten står der »færre end {threshold}«, og i tabeller, grafer og de "
    "CSV-filer, der kan hentes, står der »{cell}«.",
    "En andel vises kun, når den er regnet af mindst {threshold}. Er den regnet af få personer, står der, "
    "at tallet er usikkert.",
    "Når et lille tal er skjult, skjuler vi også et andet tal i samme opgørelse. Ellers kunne man regne det "
    "lille tal ud ved at trække de andre fra summen. Vi skjuler så meget, at de tal, vi viser, ikke siger mere "
    "om et skjult lille tal, end at det er færre end {threshold}.",
    "Nogle tal kan kun vokse, fx alle borgere siden start. Forskellen fra en måned til den næste er dem, der "
    "er kommet til. Er der kommet færre end {threshold} til, viser vi ikke tallet for den måned, og vi skjuler "
    "et andet tal samme dag. Sker det på en datadato, skjuler vi i stedet tallet i månederne før, så tallene i "
    "briefingen kan stå.",
    "I spørgeskemaet viser vi, hvor mange der svarede positivt, og hvor mange der svarede i alt, når begge "
    "tal er store nok. Har næsten alle svaret positivt, kan man derfor se, at få har svaret noget andet. "
    "Hvordan de få fordeler sig på svarene, viser vi ikke.",
]
TOO_FINE = (
    "Datasættet »{dataset}« ({what}) er delt så fint op, at {items} tal skulle vises sammen, og "
    "diskretionskontrollen kan kun regne sikkert på højst {limit} ad gangen"
)
TOO_FINE_FIX = (
    "Læg statusser, grupper eller svar sammen i datasets.yaml, så opgørelsen får færre tal, eller vis den ikke på siden"
)
TOO_FINE_STATUSES = "statusser og grupper"
SUPPRESSION_LINE = "{where}: {count} tal udeladt ({names})."
SUPPRESSED_ANSWERS = "{count} enkelte svar i svarfordelingen på {questions} spørgsmål"
SUPPRESSED_MONTHS = "{count} månedstal i graferne over tid"  # the build's summary and make check
REAL_DATA_IN_GIT = (
    "Advarsel: »{file}« ligger i git, men datasættet »{dataset}« er ikke markeret som syntetisk. "
    "Rigtige eksporter er persondata, også når id'erne er pseudonymer: flyt filen til en mappe uden "
    "for projektet og peg RESULTS_DATA_PATH derhen, eller skriv den i .gitignore og fjern den fra git."
)
MONTHS = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]  # fmt: skip
MONTHS_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]  # axes


# --- Names the plugin gives: folders, pages, files, HTML ids, keys ------------------------

FOLDER_DOWNLOADS = "grafer"  # RESULTS_DOWNLOADS_PATH: the charts' CSV and PNG in the output
FOLDER_BRIEFINGS = "briefinger"  # RESULTS_BRIEFINGS_PATH: the briefings, and their notes in content/
PAGE_LIVE = "tal-og-resultater"  # RESULTS_LIVE_PAGE: the live key figures (without .html)
PAGE_BRIEFINGS = "briefinger"  # the briefings' listing, by the name the theme's navigation knows it
PAGE_SEARCH = "soeg"  # the search page, by the name the theme's navigation knows it
PAGE_CATALOGUE = "katalog"  # the figure catalogue (preview only), katalog.html
FOLDER_CARDS = "kort"  # the social cards: kort/<page>.png
FOLDER_EMBEDS = "indlejr"  # each chart on a page of its own, for other sites' iframes: indlejr/<chart>.html
FILE_ROUND = "maaling-{round}"  # a survey chart's downloads: evaluering-enighed-maaling-2021.csv
ANCHOR_CHART = "graf"  # a chart's HTML id: graf-forloeb-status
ANCHOR_METHOD = "metode"  # a method box's HTML id: metode-forloeb
ANCHOR_NOTE = "basis"  # a base as a note (RESULTS_BASE_STYLE = "note"): basis-1, its mark basis-ref-1
# Danish letters in a file name or an HTML id: 'forløb.status' -> 'forloeb-status'
TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
FILTER_DATE = "dansk_dato"  # the theme's Jinja filter for a date in Danish: {{ date | dansk_dato }}
SHOWN_KEY_FIGURE = "nøgletal: {name}"  # a briefing's key figure, as the record of what pages show names it
BENCH_CARDS = "delingsbilleder"  # the social cards, among the drawings counted per dataset by make bench


# --- Charts -------------------------------------------------------------------------------

CHART_SOURCE = "Kilde: {source}. Tal opgjort pr. {date}."
NO_CHANGES = "ingen tal er ændret"
STAGE_DATA = "Læser og tjekker data"
STAGE_PAGES = "Læser artikler og sider"
STAGE_CHARTS = "Tegner grafer"
STAGE_WRITING = "Skriver siderne"
STAGE_PDF = "Laver PDF af briefingerne"
STAGE_SEARCH = "Laver søgeindekset"
STAGE_GUARD = "Kontrollerer det færdige site"
SUMMARY_HEADING = "Opsummering:"
SUMMARY_PAGES = "Sider med tal: {pages} ({articles} artikler og sider, {others} lavet af data)."
SUMMARY_CACHE_DAMAGED = (
    "Cachen: {count} filer var ufuldstændige, ændrede eller ikke sikre at bruge og blev lavet igen "
    "(slet mappen cache, hvis det sker igen)."
)
SUMMARY_SUPPRESSED = "Udeladte tal (diskretion): {count}."
SUMMARY_CHANGED = "Tal ændret siden forrige opgørelse: {count}."
SUMMARY_TIMES = "Tid: {times}."
SUMMARY_ALERTS = "Advarsler: {count}."
NEWEST_CHANGES = "Ændret siden forrige opgørelse:"
DRAWING_LINE = "Grafer: {charts} i alt, {drawn} tegnet, {cached} fra cachen ({seconds} s)."
CHART_HELP_FORMS = (
    "En fordeling kan også vises som ikoner eller over tid: »{example}.{icons}«, »{example}.{time}«; "
    "et enkelt tal over tid med ».{time}« efter tallets navn, fx »{everyone}.{time}«."
)
CHART_SOURCE_SURVEY = "Kilde: {source}, {round}-målingen."
CHART_TABLE_SUMMARY = "Se tallene som tabel"
CHART_DOWNLOAD_CSV = "Hent tallene (CSV)"
CHART_TABLE_SOME_ROWS = (  # a chart over time: its table shows some months, its CSV all of them
    "Tabellen viser {shown} af grafens {total} datoer: den nyeste, samme måned året før, tidligere opgørelser "
    "og de datoer, som teksten til grafen nævner. Alle datoerne står i CSV-filen (»{download}« under tabellen)."
)  # no link inside the closed table: a link there cannot keep focus (QualWeb QW-WCAG-T24)
CHART_DOWNLOAD_PNG = "Hent grafen som billede (PNG)"
CHART_ALT_LABEL = "Graf: "  # before the text alternative, for a screen reader
# A chart's embed code (site/embeds.py): a disclosure under the chart with the iframe to copy (as text
# in <pre><code>: nothing in a closed <details> may take focus, QualWeb QW-WCAG-T24)
CHART_EMBED_SUMMARY = "Indlejr grafen"
CHART_EMBED_HELP = (
    "Kopiér koden og sæt den ind på jeres egen side (tre klik i koden markerer den hele). "
    "Grafen vises med titel, kilde og et link tilbage hertil."
)
CHART_EMBED_LABEL = "Kode til at indlejre grafen"
ALT_SUPPRESSED = " {count} tal vises ikke af hensyn til diskretion."  # {count}: »To«, »60«
NOT_STATED = "Ikke oplyst"
TOTAL = "I alt"
NO_ANSWERS = "ingen svar"
BLANK_ANSWER = "Ikke besvaret"
# Agreement (share of positive answers per question)
AGREEMENT_TITLE = "Mindst {least} svarer positivt på hvert af de {count} spørgsmål"
AGREEMENT_TITLE_PLAIN = "Andel, der svarer positivt på hvert spørgsmål"
AGREEMENT_SUBTITLE = "Andel, der har svaret {positive}, i {round}-målingen ({responses} besvarelser). {bases}"
AGREEMENT_BASES = "Hvert spørgsmål har sin egen base: {low}–{high} svarede på det."  # the n once, in words
AGREEMENT_BASE_ONE = "{n} svarede på hvert spørgsmål."
AGREEMENT_TIP = "{label}: {share} af de {n}, der svarede"  # a bar's tooltip: its base is there, not in the label
AGREEMENT_ALT = (
    "Søjlediagram over {count} spørgsmål fra {round}-målingen. {top_word} er »{top_label}« med {top_share}; "
    "{low_word} er »{low_label}« med {low_share}."
)
AGREEMENT_ALT_EMPTY = "Søjlediagram over {count} spørgsmål fra {round}-målingen."
ALT_HIGHEST, ALT_LOWEST = "Højest", "lavest"  # a survey's alt text, when no share is hidden
ALT_HIGHEST_SHOWN, ALT_LOWEST_SHOWN = "Højest af de viste", "lavest af de viste"
# The whole answer scale (diverging stacked bars)
SCALE_TITLE = "Svarene på hele skalaen: {message}"  # the agreement chart's message, first letter small
SCALE_TITLE_PLAIN = "Svarene på hele skalaen for hvert spørgsmål"
SCALE_SUBTITLE = (
    "Procent af dem, der har svaret. Positive svar ({positive}) går til højre, de andre til venstre. "
    "{round}-målingen, {responses} besvarelser."
)
SCALE_ALT = (
    "Stablet søjlediagram over svarene på {count} spørgsmål fra {round}-målingen, hele skalaen fra "
    "»{first}« til »{last}«. {top_word} andel positive svar har »{top_label}« med {top_share}; "
    "{low_word} har »{low_label}« med {low_share}."
)
SCALE_ALT_EMPTY = "Stablet søjlediagram over svarene på {count} spørgsmål fra {round}-målingen."
SCALE_SUPPRESSED_ANSWER = "Svar, der ikke vises"  # hidden for discretion; »Ikke oplyst« is an answer not given
SCALE_SUPPRESSED_KEY = "Svar, der ikke vises ({marker}): for sig, yderst til højre"  # the legend: neither side
ROUNDING_NOTE = "Andelene summer ikke til 100 på grund af afrunding."
ROUNDING_NOTE_SCALE = "For nogle spørgsmål summer andelene ikke til 100 på grund af afrunding."
COLUMN_ANSWER = "Svar"
POSITIVE_TOTAL = "Positive i alt"
# Counts of a breakdown (bars and icons)
BREAKDOWN_SUBTITLE = "Antal. {period}. I alt {total}."
BREAKDOWN_ALT = "{kind}: {title}, {period}. I alt {total}. {summary}"  # the parts: messages.breakdown_summary
BREAKDOWN_ALT_TOTAL_HIDDEN = "{kind}: {title}, {period}. Tallet i alt vises ikke af hensyn til diskretion. {summary}"
# The alt text's sentences on the parts, by what the data says (as the title); »den mindste« only
# when no hidden group could be smaller. {share} is ALT_SHARE or "" when the total is hidden.
ALT_SHARE = " ({share})"
ALT_EVEN = "Grupperne er næsten lige store, fra {low} til {high}."
ALT_TIED = "»{label}« og »{other}« er de største grupper med {count} hver{share}."
ALT_MAJORITY = "{part} er i gruppen »{label}«: {count}{share}."
ALT_LARGEST = "Den største gruppe er »{label}« med {count}{share}."
ALT_LARGEST_SHOWN = "Af de grupper, der vises, er »{label}« størst med {count}{share}."
ALT_LARGEST_AND_SMALLEST_SHOWN = (
    "Af de grupper, der vises, er »{label}« størst med {count}{share} og »{low_label}« mindst med "
    "{low_count}{low_share}."
)
ALT_SMALLEST = "Den mindste er »{label}« med {count}{share}."
ALT_SMALLEST_SHOWN = "Af dem, der vises, er »{label}« mindst med {count}{share}."
ALT_HIDDEN_GROUP = "Tallet for {names} vises ikke af hensyn til diskretion."
ALT_HIDDEN_GROUPS = "Tallene for {names} vises ikke af hensyn til diskretion."
# Message titles (charts/messages.py): each says one thing the numbers bear out
MESSAGE_MAJORITY = "{label}: {part} ({count} af {total})"
MESSAGE_LEADER = "{label} er klart den største gruppe: {count} af {total}"
MESSAGE_LARGEST = "{label} er den største gruppe: {count} af {total}"
MESSAGE_TIED = "»{label}« og »{other}« er lige store: {count} hver af {total}"
MESSAGE_EVEN = "Grupperne er næsten lige store: mellem {low} og {high} af {total}"
MESSAGE_LARGEST_SHOWN = "{label} er størst af de grupper, der vises: {count} af {total}"
MESSAGE_TARGET_MET = "{label}: {share} – målet på {goal} er nået"
MESSAGE_TARGET_BELOW = "{label}: {share} – {points} procentpoint under målet på {goal}"
MESSAGE_RISE = "{label}: steget fra {first} i {first_month} til {last} pr. {date}"
MESSAGE_FALL = "{label}: faldet fra {first} i {first_month} til {last} pr. {date}"
MESSAGE_SAME = "{label}: {last} pr. {date}, det samme som i {first_month}"
MESSAGE_TIME_LEADER = "{label} er klart den største gruppe pr. {date}: {count}"
MESSAGE_TIME_LARGEST = "{label} er den største gruppe pr. {date}: {count}"
MESSAGE_TIME_CLOSE = "»{label}« og »{other}« er næsten lige store pr. {date}: {count} og {other_count}"
MESSAGE_TIME_LARGEST_SHOWN = "{label} er størst af de grupper, der vises, pr. {date}: {count}"
MESSAGE_LOWEST_APART = "Færrest svarer positivt på »{label}«: {least} mod {others} på de andre spørgsmål"
MESSAGE_SPREAD = "På alle {count} spørgsmål svarer {spread} positivt"
RANGE = "{low}–{high}"
KIND_BARS = "Søjlediagram"
KIND_ICONS = "Ikondiagram"
ICON_UNIT_ONE = "Hvert ikon er én person."
ICON_UNIT = "Hvert ikon er {unit} personer; antallet af ikoner er afrundet."
ICON_LABEL = "{label}: {count}"
BACKGROUND_TITLE = "Besvarelser fordelt på {header}"
# Development over time
TIME_TITLE_PLAIN = "{label} fra {first_month} til {date}"
TIME_SUBTITLE = "Antal ved udgangen af hver måned fra {first_month} til {date}."
TIME_SUBTITLE_THINNED = (
    "Antal ved udgangen af hver måned fra {first_month} til {date}. Nogle måneder står der »{marker}«: "
    "ellers kunne man regne ud, at færre end {threshold} borgere var kommet til."
)
TIME_BRIDGE_KEY = "Prikket: måneder, hvis tal ikke vises (diskretion)"  # the key of a chart's dotted bridges
TIME_BRIDGE_NOTE = (
    "En prikket linje går hen over de måneder, hvis tal ikke vises. Den forbinder blot de viste tal "
    "før og efter; en enkelt vist måned mellem skjulte er en prik."
)
TIME_ALT = (
    "Kurvediagram: {title}, fra {first_month} til {date}, én kurve pr. gruppe. Pr. {date}: {last_values}. "
    "{highest} {top_count} for »{top_label}« i {top_month}."
)
TIME_ALT_VALUE = "»{label}« {count}"  # one line's last value in TIME_ALT's list: »Praktik« fem
TIME_ALT_ONE = (
    "Kurvediagram: {title}, fra {first_month} til {date}. Tallet går fra {first} til {last}. "
    "{highest} {top} i {top_month}."
)
TIME_HIGHEST = "Det højeste tal undervejs er"  # only when no month of the lines is hidden
TIME_HIGHEST_SHOWN = "Det højeste af de viste tal er"
TIME_ALT_EMPTY = "Kurvediagram: {title}, fra {first_month} til {date}."
COLUMN_MONTH = "Måned"
COLUMN_DATE_CSV = "Dato"
PERIOD_OUTCOME = "tal opgjort pr. {date}"
PERIOD_SURVEY = "i {round}"  # »i 2021-målingen« (a card: »I 2021-målingen«, as »Pr. 15. februar 2022«)
CHART_PERIOD_SURVEY = "{round}-målingen"  # in a chart's subtitle and alt text
COLUMN_QUESTION = "Spørgsmål"
COLUMN_SHARE = "Andel positive"
COLUMN_POSITIVE = "Antal positive"
COLUMN_BASE = "Basen (n)"
COLUMN_GROUP = "Gruppe"
COLUMN_COUNT = "Antal"
COLUMN_SHARE_OF_TOTAL = "Andel"
COLUMN_PERCENT_CSV = "Andel (%)"


# --- Comparing units (charts/compare_units.py, charts/unit_messages.py) --------------------

# A bar's label: the unit and its base (the subtitle says once what the number is); »..«: hidden
COMPARE_LABEL = "{name} (af {n})"
COMPARE_SUBTITLE = "{measure}, {period}. Tallet efter enhedens navn er basen: så mange er andelen regnet af."
COMPARE_NO_BASE = "ingen i basen"
COMPARE_TIP = "{name}: {share} af {n}, usikkerhed {low}–{high}"  # a bar's tooltip
COMPARE_TIP_CAUTION = "{name}: {share} af {n}, usikkerhed {low}–{high}. Usikker andel: lille base."
COMPARE_INTERVAL_KEY = "Tynd streg: usikkerheden på andelen (95\u00a0%-interval). Jo færre i basen, jo længere streg."
COMPARE_CAUTION_KEY = "Trekant: usikker andel, færre end {small} i basen"  # the caution marker, in words
# The rule for ranking words, one sentence for the method box and the chart's note
COMPARE_METHOD = (
    "Vi kalder kun en enhed højest eller lavest, når usikkerheden på dens andel (et 95\u00a0%-interval efter "
    "Wilsons metode) ikke overlapper usikkerheden på nogen anden enheds andel."
)
COMPARE_ALT = "Søjlediagram: {measure}, {period}, i {count} enheder, sorteret efter andelen. {sentences}"
COMPARE_ALT_APART = "Usikkerheden på andelen for »{name}« overlapper ikke med nogen anden enheds."  # the title's unit
COMPARE_ALT_APART_LOW = "»{name}« ligger lavest, og usikkerheden på dens andel overlapper ikke med nogen anden enheds."
COMPARE_ALT_OVERLAP = "Usikkerheden på andelene overlapper, så ingen enhed ligger klart højest eller lavest."
COMPARE_ALT_CAUTION_ONE = "Andelen for {names} er usikker: færre end {small} i basen."
COMPARE_ALT_CAUTION = "Andelene for {names} er usikre: færre end {small} i basen."
COMPARE_ALT_CAUTION_MANY = "Andelene for {count} enheder er usikre: færre end {small} i basen. Tabellen viser hvilke."
COMPARE_ALT_HIDDEN_MANY = "Tallene for {count} enheder vises ikke af hensyn til diskretion. Tabellen viser hvilke."
COMPARE_OTHERS, COMPARE_OTHER_ONE = "i de andre enheder", "i den anden enhed"
MESSAGE_UNITS_HIGHEST = "{name} ligger højest: {share} mod {others} {where}"
MESSAGE_UNITS_LOWEST = "{name} ligger lavest: {share} mod {others} {where}"
MESSAGE_UNITS_HIGHEST_SHOWN = "{name} ligger højest af de enheder, der vises: {share} mod {others}"
MESSAGE_UNITS_LOWEST_SHOWN = "{name} ligger lavest af de enheder, der vises: {share} mod {others}"
MESSAGE_UNITS_RANGE = "Andelen ligger mellem {low} og {high} i de {count} enheder"
MESSAGE_UNITS_RANGE_SHOWN = "Andelen ligger mellem {low} og {high} i de {count} enheder, der vises"
MESSAGE_UNITS_ONE_SHOWN = "Kun andelen for {name} kan vises: {share}"  # the others hidden for discretion
MESSAGE_UNITS_NONE_SHOWN = "Ingen af enhedernes andele kan vises af hensyn til diskretion"
MESSAGE_UNITS_SAME = "Andelen er {share} i alle {count} enheder"
MESSAGE_UNITS_SAME_BOTH = "Andelen er {share} i begge enheder"
MESSAGE_UNITS_SAME_SHOWN = "Andelen er {share} i alle {count} enheder, der vises"
COLUMN_UNIT = "Enhed"
COLUMN_INTERVAL = "Usikkerhed (95\u00a0%-interval)"
COLUMN_INTERVAL_LOW_CSV, COLUMN_INTERVAL_HIGH_CSV = "Nedre grænse (%)", "Øvre grænse (%)"
COLUMN_CAUTION = "Bemærkning"
COLUMN_CAUTION_CSV = "Lille base"
COMPARE_CAUTION_CELL = "Usikker: færre end {small} i basen"
CSV_YES, CSV_NO = "ja", "nej"
# Many units (charts/unit_cut.py, unit_dots.py): thin rows, a dot each, the programme's share as a line
COMPARE_DOT_LABEL = "{name}: {share}\u00a0af\u00a0{n}"  # share and base on one line
COMPARE_OWN_LABEL = "{label} (denne side)"  # the page's own unit, in words (and in bold, as a diamond)
COMPARE_DOTS_SUBTITLE = "{measure}, {period}."
COMPARE_DOT_KEY = "Prik: enhedens andel"
COMPARE_REFERENCE_KEY = "Stiplet lodret streg: hele programmets andel, {share}"
COMPARE_OWN_KEY = "Ruder og fed skrift: {name}, som siden handler om"
COMPARE_DOTS_ALT = (
    "Prikdiagram: {measure}, {period}, i {count} enheder, sorteret efter andelen, med hele programmets andel som "
    "lodret streg. {sentences}"
)
COMPARE_ALT_SIDES = (
    "Usikkerheden ligger helt over programmets andel på {share} i {above} enheder og helt under den i {below}."
)
COMPARE_CUT = (
    "Grafen viser de {shown} enheder, hvis usikkerhed ligger helt over eller helt under hele programmets andel "
    "på {share}{also}."
)
COMPARE_CUT_FURTHEST = (
    "Grafen viser {shown} af de {differ} enheder, hvis usikkerhed ligger helt over eller helt under hele "
    "programmets andel på {share}: dem, der ligger længst fra den{also}."
)
COMPARE_CUT_ALSO = " og desuden {names}"
COMPARE_CUT_NONE = (
    "Ingen enheds usikkerhed ligger helt over eller helt under hele programmets andel på {share}, "
    "så grafen viser {shown}."
)
COMPARE_CUT_ONLY = "kun {names}"
COMPARE_CUT_LINE_ONLY = "kun programmets andel"
COMPARE_CUT_TABLE = "Tabellen under grafen viser alle {count} enheder."
# Small multiples: one small line chart per unit
MULTIPLES_TITLE = "{label} i hver enhed fra {first_month} til {date}"
MULTIPLES_SUBTITLE = "Antal ved udgangen af hver måned. Alle enheder er tegnet på samme skala."
MULTIPLES_ALT = (
    "Små kurvediagrammer, ét for hver af de {count} enheder, på samme skala: {label} fra {first_month} til "
    "{date}. {last}"
)
MULTIPLES_ALT_LAST = "Pr. {date} går tallet fra {low} i »{low_name}« til {high} i »{high_name}«."
MULTIPLES_ALT_LAST_SHOWN = (
    "Pr. {date} går tallet, blandt de enheder, der vises, fra {low} i »{low_name}« til {high} i »{high_name}«."
)
MULTIPLES_GAP_NOTE = "Et hul i en kurve er en måned, hvis tal ikke vises."
MULTIPLES_TABLE_SOME_DATES = (  # the small multiples' table: a unit a row, some dates a column
    "Tabellen viser hver enhed pr. {dates}. Alle grafens {total} datoer står i CSV-filen."
)
MULTIPLES_TIP = "{name}, {date}: {count}"
# Many units: which the small charts show (the table and the CSV hold every unit)
MULTIPLES_CHOSEN = "Grafen viser {names}. Tabellen under grafen viser alle {count} enheder."
MULTIPLES_OWN = "{name}, som siden handler om, og "
MULTIPLES_LARGEST = (
    "Grafen viser {own}de {shown} største enheder (flest ved seneste opgørelse). "
    "Tabellen under grafen viser alle {count} enheder."
)


# --- A chart by name (charts/) ---------------------------------------------------------------

CHART_UNKNOWN = "grafen »{name}« findes ikke"


# --- Briefings ----------------------------------------------------------------------------

BRIEFING_TITLE = "Nøgletal pr. {date}"
BRIEFING_SUMMARY = "Nøgletal pr. {date} med basen, definitionen og ændringen siden forrige opgørelse."
BRIEFINGS_FEED = "Briefinger"
LIVE_TITLE = "Tal og resultater"
CARD_DATE = "Tallene er opgjort pr. {date}"
LIVE_SUMMARY = "De nyeste tal: nøgletal, alle grafer med tabeller og tal til download, og tidligere briefinger."
CHANGE_UNKNOWN = "Kan ikke sammenlignes med {since}: et af tallene er udeladt af hensyn til diskretion."
CHANGE_NONE = "Uændret siden {since} ({before})."
CHANGE_MORE = "{amount} flere end {since} ({before})."
CHANGE_FEWER = "{amount} færre end {since} ({before})."
CHANGE_HIGHER = "{amount} procentpoint højere end {since} ({before})."
CHANGE_LOWER = "{amount} procentpoint lavere end {since} ({before})."
SINCE_DATE = "den {date}"
CHANGE_MORE_SHORT = "{amount} flere"
CHANGE_FEWER_SHORT = "{amount} færre"
CHANGE_HIGHER_SHORT = "{amount} procentpoint højere"
CHANGE_LOWER_SHORT = "{amount} procentpoint lavere"
CHANGE_SAME = "uændret"
CHANGE_NOT_COMPARED = "ikke til at sammenligne (et af tallene er udeladt af hensyn til diskretion)"
SINCE_ROUND = "i {round}-målingen"  # »2 procentpoint lavere end i 2021-målingen«
TARGET_UNKNOWN = "Mål: {goal}. Kan ikke sammenlignes, fordi tallet er udeladt af hensyn til diskretion."
TARGET_MET = "Mål: {goal}. Målet er nået."
TARGET_ABOVE = "Mål: {goal}. {amount} {unit} over målet."
TARGET_BELOW = "Mål: {goal}. {amount} {unit} under målet."
POINTS = "procentpoint"
POPULATION = "{survey}: {population}"
DEFINITION_SUMMARY = "Sådan er tallet opgjort"
BRIEFING_KEY_FIGURES = "Nøgletal"
BRIEFING_CHANGES = "Ændringerne er målt mod tallene pr. {previous}, den forrige opgørelse."
BRIEFING_CHARTS = "Fordeling og udvikling"
BRIEFING_METHOD = "Metode og forbehold"
RESPONSE_RATE_HEADING = "Svarprocent"
RESPONSE_RATE = "{survey}, måling {round}: {invited} blev bedt om at svare, og {answered} svarede ({rate})."
RESPONSE_RATE_UNKNOWN = "{survey}, måling {round}: {answered} svarede."
CAVEATS_HEADING = "Forbehold"
TERMS_HEADING = "Begreber"
LIVE_KEY_FIGURES = "De nyeste nøgletal (pr. {date})"
LIVE_ARCHIVE = "Briefinger og tidligere tal"
LIVE_ARCHIVE_INTRO = "Hver briefing viser nøgletallene på én datadato, som de så ud den dag."
LIVE_CONTENTS = "På denne side"  # the live page's table of contents
LIVE_CONTENTS_KEY_FIGURES = "De nyeste nøgletal"  # its first entry
LIVE_CHARTS_INTRO = (
    "Under hver graf kan du se tallene som tabel og hente dem som regneark (CSV) eller grafen som billede (PNG)."
)


# --- The briefing's PDF: its key messages (figures/briefings.py) and its making (site/pdf.py) ---

KEY_MESSAGE = "{label}: {value}{base}."  # »I aktivt forløb: 205 af de 790, der har været i forløb siden start.«
KEY_SINCE_DATE = "siden den {date}"
KEY_SINCE_ROUND = "siden {round}-målingen"
KEY_RISE = "Det er en stigning på {amount} {since}, da tallet var {before}."
KEY_FALL = "Det er et fald på {amount} {since}, da tallet var {before}."
KEY_SAME = "Tallet er uændret {since}."
KEY_TARGET_MET = "Målet på {goal} er nået."
KEY_TARGET_ABOVE = "Målet er {goal}; tallet ligger {amount} over."
KEY_TARGET_BELOW = "Målet er {goal}; tallet ligger {amount} under."
PDF_TOO_LONG = (
    "Briefingens PDF »{pdf}« fylder {pages} sider, ikke to. Vælg færre nøgletal i RESULTS_BRIEFING_FIGURES "
    "eller kortere definitioner i datasets.yaml."
)
PDF_IMAGE_MISSING = (
    "Briefingens PDF »{pdf}« viser ikke billedet »{image}«, fordi filen ikke findes i sitet. "
    "Slet mappen »cache«, og byg igen."
)

# --- History: the ledger and newer data ---------------------------------------------------

REVISED = "tal, der allerede er offentliggjort på siden, er ændret i de nye data: {changes}"
REVISED_FIX = (
    "Skriv »Rettelse: {today}« i linjerne øverst i artiklen (under Title og Date) for at vise de nye tal "
    "med en rettelse, eller »Fasthold: ja« for at beholde de offentliggjorte tal."
)
REVISED_BRIEFING_FIX = (
    "Lav filen »{note}« med linjen »Rettelse: {today}« for at vise de nye tal med en rettelse "
    "(en briefing kan ikke fastholde gamle tal)."
)
KEEP_CHART = "grafen »{name}« viser andre tal end da den blev offentliggjort, og en graf kan ikke fastholdes"
KEEP_CHART_FIX = "Skriv »Rettelse: 2024-01-10« (dagens dato) i stedet for »Fasthold: ja«, eller fjern grafen fra siden."
CORRECTION_NOTE = "Rettelse {date}: Tallene er rettet, fordi data er blevet rettet: {changes}."
DECISION_DATE = "»Rettelse: {value}« kan ikke læses som en dato"
DECISION_DATE_FIX = "Skriv datoen for rettelsen som år-måned-dag, fx »Rettelse: 2024-01-10«."

# The figures API (api/<dato>/figures.json, api/latest.json): why a figure carries no value
API_ABOUT = (
    "Alle tal, siderne kan vise pr. datadatoen, med grundlag, definition og rettelser. "
    "Felter tilføjes, men omdøbes aldrig; en dateret fil ændres kun ved en rettelse, der står i rettelserne."
)
API_HIDDEN_SMALL = "Tallet er under {threshold} og vises ikke, så ingen borger kan genkendes."
API_HIDDEN_DERIVED = "Tallet er skjult, så et lille tal ikke kan regnes ud fra de andre tal."
API_HIDDEN_BASE = "Andelen er skjult, fordi grundlaget (n) er skjult."


# --- The ledger of published figures (record/) --------------------------------------------

LEDGER_UNREADABLE = "listen over offentliggjorte tal kan ikke læses"
LEDGER_UNREADABLE_FIX = "Hent den seneste udgave fra git (»git checkout -- {file}«); ret den ikke i hånden."
LEDGER_ABOUT = "Hvert tal, sider med en datadato viste, da de blev offentliggjort (make publish). Ret ikke i hånden."
REVISION_CHANGE = "»{name}« {old} → {new}"  # a published figure that now reads otherwise
# A chart's table (or another figure of many rows) of which some rows now read otherwise: how many, and
# the first ones (all of them when there are no more than REVISION_ROWS_SHOWN: REVISION_ROWS_ALL).
REVISION_STEP = "{old} → {new}"  # one changed row or figure of REVISION_ROWS and REVISION_FIGURES
REVISION_ROWS = "»{name}« ({changed} af {rows} rækker, blandt andet {examples})"
REVISION_ROWS_ALL = "»{name}« ({changed} af {rows} rækker: {examples})"
REVISION_ROWS_COUNTED = "»{name}« ({changed} af {rows} rækker)"  # on the page: the chart shows the new values
REVISION_FIGURES = "»{name}« ({changed} af {figures} tal: {examples})"  # a method box: the figures that changed


# --- Safety net: words next to numbers, and readability (warnings) ------------------------

WARNING = "Advarsel"
NOTE = "Til orientering"  # an info line of the build's summary, not a warning
LIBRARY_DATES = (  # pandas warned that it could not read a date column in one format
    "datoerne i en datafil kunne ikke læses i ét fast format; nogle datoer kan være læst forkert (fx med dag "
    "og måned byttet om)"
)
LIBRARY_DATES_FIX = (
    "Skriv datoerne i hele datokolonnen på samme måde, fx 15-02-2022 eller 2022-02-15, og byg igen. "
    "Kør med --debug for at se den oprindelige besked."
)
WORDING_MAJORITY = "»{word}« står ved {share}, men det er ikke et flertal (det kræver over 50 %)"
WORDING_MAJORITY_FIX = "Skriv fx »{phrase}«, eller vælg et andet tal."
WORDING_UP = "»{word}« står ved en ændring, der er et fald ({change})"
WORDING_DOWN = "»{word}« står ved en ændring, der er en stigning ({change})"
WORDING_DIRECTION_FIX = "Ret ordet, så det passer til tallet (stigning/flere eller fald/færre), eller tjek tallet."
WORDING_WHOLE = "»{word}« står ved {share}, men det er ikke {whole}"
WORDING_WHOLE_FIX = "Skriv fx »{phrase}«, eller brug tallet alene."
WORDING_FRACTION = "»{words}« passer ikke til {share}"
WORDING_FRACTION_FIX = (
    "Skriv »{phrase}«, som passer til tallet, eller brug ».brøk« efter tallets navn, så ordene altid passer."
)
LIX_WARNING = "teksten er svær at læse: LIX {lix} (grænsen er {limit}); den længste sætning har {words} ord"
LIX_FIX = "Del lange sætninger op, brug kortere ord, og skriv et »Kort fortalt:« øverst i artiklen."
DATA_DATE_AFTER_TODAY = (
    "datadatoen {day} for »{dataset}« ligger efter i dag ({today}); den nyeste dato i {file} er {newest}"
)
DATA_DATE_AFTER_NEWEST = (
    "datadatoen {day} for »{dataset}« ligger efter den nyeste dato i {file} ({newest}); "
    "tallene for datoen ville vise gamle tal, som om de var nye"
)
DATA_DATE_AFTER_FIX = (
    "Ret datoen under »data_dates« i datasets.yaml, eller brug et nyere udtræk af {file}, der når frem til datoen."
)
WARNINGS_STOP_PUBLISH = "sitet offentliggøres ikke, fordi der er advarsler ({count} i alt)"
WARNINGS_STOP_PUBLISH_FIX = (
    "Ret hver advarsel ovenfor, og offentliggør igen (make publish eller python tasks.py publish)."
)


# --- The safety net: the writer's words next to a figure (pages/safety_net.py) ------------

MAJORITY_WORDS = ("flertallet", "flertal", "de fleste", "størstedelen", "hovedparten")
UP_WORDS = ("stigning", "stigningen", "steget", "stiger", "flere", "øget", "øgning", "vokset")
DOWN_WORDS = ("fald", "faldet", "falder", "færre", "nedgang", "mindsket")
NOT_A_CLAIM_AFTER = ("af", "blandt", "for", "til", "hos", "med", "om")  # »af alle«, »blandt alle«
ABOVE_WORDS = ("mere end", "over", "flere end")  # before a fraction: the share is above it
JUST_BELOW_WORDS = ("knap", "næsten", "lige under")  # just below it
BELOW_WORDS = ("under", "mindre end", "færre end")  # below it


# --- The safety net: the house style in the writer's own text (pages/style_check.py) -------

STYLE_FRENCH_QUOTES = "citationstegnene vender forkert i {found} (sådan skriver man på fransk og norsk)"
STYLE_STRAIGHT_QUOTES = "citatet {found} står i andre citationstegn end sitets"
STYLE_QUOTES_FIX = "Skriv sitets citationstegn: {opening}citat{closing} (se RESULTS_QUOTES)."
STYLE_SECTION = "»{found}« mangler et mellemrum efter §"
STYLE_SECTION_FIX = "Skriv »{fixed}«: paragraftegn, mellemrum, tal."
STYLE_SMALL_NUMBER = "tallet {digits} står med cifre i den løbende tekst"
STYLE_SMALL_NUMBER_FIX = (
    "Skriv hele tal fra et til tolv med bogstaver: »{word}«, også først i en sætning. Cifre bruges ved "
    "procent og enheder (5 %), datoer (1. februar), paragraffer (§ 5), klokkeslæt og årstal, og i tabeller."
)
STYLE_TYPED_BASE = "basen er skrevet som »(n = …)« i teksten"
STYLE_TYPED_BASE_FIX = (
    "Sig basen én gang og med ord: skriv {{{{ navn.base }}}} efter tallet (»94 % af de 180, der har svaret "
    "på spørgsmålet«), ikke (n = …) efter hvert tal."
)
STYLE_DOUBLE_AF = "»af« står to gange i samme led: »{found}«"
STYLE_DOUBLE_AF_FIX = (
    "Skriv »blandt« i stedet for det andet »af« (»to ud af tre blandt de 177, der …«), eller brug ».brøk« "
    "efter tallets navn, som skriver det rigtigt."
)
STYLE_ROUND = "»{found}«: målingens år står efter ordet"
STYLE_ROUND_FIX = "Skriv »{fixed}«."
ROUND_AFTER = r"(?<!\w)(i )?(målingen|måling) (\d{4})(?!\w)"  # »i målingen 2021«, »måling 2021«
STYLE_CHECKED_META = ("title", "summary", META_SHORT, "kort fortalt")  # metadata that is running text
# --- The honesty check: words that claim more than the figure counts (pages/honesty_check.py)

HONESTY_EVERYONE_WORDS = ("borgerne", "borgere")  # a survey share said of everyone
HONESTY_RESPONDENT_WORDS = (  # … unless the sentence says who answered
    "der svarede", "der har svaret", "som svarede", "som har svaret", "der svarer", "som svarer",
    "der besvarede", "besvarelser", "besvarelserne",
)  # fmt: skip
HONESTY_LABEL_PREFIX = "i "  # »I afklaring« is named by »afklaring«
HONESTY_COMMON_WORDS = (  # words of a label that name nothing on their own
    "i", "af", "og", "en", "et", "med", "har", "alle", "andre", "eller", "under", "siden", "start",
    "borgere", "borgerne", "forløb",
)  # fmt: skip
HONESTY_AND = "og"
HONESTY_EVERYONE = (
    "»{{{{ {text} }}}}« er en andel af dem, der svarede på spørgsmålet, men sætningen siger »{word}« "
    "uden at sige, hvem der svarede"
)
HONESTY_EVERYONE_FIX = (
    "Sig, hvem andelen er regnet af: skriv fx »af de borgere, der svarede,« ved tallet, eller sæt "
    "»{{{{ {base} }}}}« efter det."
)
HONESTY_SUBGROUP = "»{{{{ {text} }}}}« tæller også {missing}, men ordene ved siden af nævner kun {named}"
HONESTY_SUBGROUP_FIX = "Nævn hele gruppen (»{label}«), eller brug tallet for den gruppe, ordene nævner."


# --- The figure catalogue (preview only) --------------------------------------------------

CATALOGUE_TITLE = "Katalog over tal og grafer"
CATALOGUE_SUMMARY = (
    "Alle navne, du kan sætte ind i en artikel, med tallene i dag. Siden findes kun i forhåndsvisningen."
)
CATALOGUE_METHOD = "En metodeboks: hvor tallene kommer fra, og hvordan de er opgjort."
CATALOGUE_READABILITY = "LIX {lix}, {sentences} sætninger, {average} ord pr. sætning, længste sætning {longest} ord"


# --- The preview's page »Opdater tallene« (site/update_page.py, theme/templates/update.html) --

PAGE_UPDATE = "opdater"  # its folder in the preview: opdater/index.html (never published)
UPDATE_SURVEY = "spørgeskema"
UPDATE_OUTCOME = "forløb"
UPDATE_ROUND = "måling {round}, indsamling slut {closed}"
UPDATE_RESPONSES = "{responses} besvarelser"
UPDATE_NEWEST_ROW = "nyeste række {date}"
UPDATE_UNREAD = "kunne ikke læses (se fejlene)"
UPDATE_ROWS = "{rows} rækker; datadatoer: {dates}"
UPDATE_DATES = "datadatoer: {dates}"
UPDATE_CHECKED = "{date} kl. {time}"
PREVIEW_UPDATE_PAGE = "Opdater tallene (før du udgiver): http://127.0.0.1:{port}/{page}/"


# --- Method box and the method page (figures/methods.py, figures/hidden.py) --------------

METHOD_HEADING = "{title}: sådan er tallene lavet"
METHOD_SOURCE = "Kilde: {source}."
METHOD_SURVEY_BASE = "Hver andel er regnet af dem, der har svaret på spørgsmålet. Ved andelen står, hvor mange det er."
ROUND_NAME_YEAR = "{round}-målingen"  # a round named by its year
ROUND_NAME = "målingen {round}"
METHOD_ROUND = "I {round_name} blev {invited} borgere bedt om at svare, og {answered} svarede ({rate})."
METHOD_ROUND_PLAIN = "I {round_name} svarede {answered} borgere."
METHOD_ROUND_SHOWN = "Tallene her er fra {round_name}."
METHOD_OUTCOME_DATE = (
    "Tallene er opgjort pr. {date}. Hver borger tæller med i den status, der senest er registreret for "
    "borgeren til og med den dag."
)
METHOD_OUTCOME_TOTAL = "Siden enheden startede i {start}, har {total} borgere været i forløb."
METHOD_OUTCOME_TOTAL_UNITS = (
    "Siden den første enhed startede i {start}, har {total} borgere været i forløb i enhederne."
)
METHOD_HIDDEN = (
    "For at ingen borger kan genkendes, er {count} tal skjult: {what}. Hvor et tal er skjult, står der {cell}."
)
METHOD_HIDDEN_NONE = "Ingen tal er skjult af hensyn til diskretion."
METHOD_HIDDEN_NONE_TOTAL = "Ingen af de samlede tal er skjult af hensyn til diskretion."
METHOD_HIDDEN_ON_DATE = "For at ingen borger kan genkendes, vises tallene for {labels} pr. {date} ikke."
METHOD_HIDDEN_NONE_ON_DATE = "Pr. {date} er ingen tal skjult af hensyn til diskretion."
METHOD_HIDDEN_NONE_ON_DATE_TOTAL = "Pr. {date} er ingen af de samlede tal skjult af hensyn til diskretion."
METHOD_HIDDEN_UNITS = "Af enhedernes egne tal pr. {date} er {count} skjult, hos {units}."
METHOD_HIDDEN_UNITS_ROUND = "Af enhedernes egne tal i {round_name} er {count} skjult, hos {units}."
METHOD_HIDDEN_CHARTS = "I graferne på siden er {count} tal skjult, så ingen borger kan genkendes."
METHOD_HIDDEN_MONTHS = "I graferne over tid er {count} månedstal skjult, så ingen borger kan genkendes."
METHOD_HIDDEN_CELL = "Hvor et tal er skjult, står der {cell}."
HIDDEN_ON_DATE = "tallene for {labels} på datoen"
HIDDEN_MONTHS = "{count} månedstal i graferne over tid"
HIDDEN_QUESTIONS = "andelen for {labels}"
HIDDEN_ANSWERS = "{count} tal i svarfordelingen på {questions} spørgsmål"
HIDDEN_BACKGROUND = "antallet af besvarelser for {header} {values}"
HIDDEN_NOTHING = "ingen tal er skjult"
LIST_AND = "og"
PRIVACY_LIST = "Så mange tal er skjult på hver datadato og i hver måling:"
PRIVACY_ITEM_OUTCOME = "{title} pr. {date}: {what}."
PRIVACY_ITEM_SURVEY = "{title}, {round_name}: {what}."
NO_TERMS = "Der er ingen definitioner i beskrivelsen af datafilerne."
DATES_HEADING = "Datadatoer"
DATES_LINE = "Tallene pr. {date}{rounds}"
NO_DATES = "Der er ingen datadatoer endnu."
SYNTHETIC_NOTE = "Eksempeldata: tallene er syntetiske og beskriver ingen rigtige borgere."


# --- Overview of a build (the summary and make check) -------------------------------------

WHERE_OUTCOME = "{dataset} pr. {date}"
WHERE_SURVEY = "{dataset}, måling {round}"
WHERE_SURVEY_CHANGE = "{dataset}, måling {before} → {now}"
DATASET_SURVEY = (
    "{dataset} (spørgeskema), måling {round}: {responses} besvarelser, {questions} spørgsmål, indsamling slut {closed}"
)
DATASET_OUTCOME = (
    "{dataset} (forløb): {rows} rækker, {citizens} borgere, {first} – {last}; datadatoer: {dates}; "
    "rækker pr. status: {categories}"
)
NO_CHANGES_SINCE_LAST = "Ingen publicerede tal ændrer sig i forhold til sidste vellykkede byg."
CHANGES_SINCE_LAST = "{count} publicerede tal ændrer sig i forhold til sidste vellykkede byg:"
FIGURE_MISSING = "(findes ikke)"


# --- Placing figures in a written page ----------------------------------------------------

BLOCK_MISPLACED = "»{{{{ {text} }}}}« står i en titel, et resumé eller midt i en tekst"
REMOTE_IMAGE = "billedet »{address}« hentes fra en anden hjemmeside"
REMOTE_IMAGE_FIX = (
    "Læg billedet i mappen content/images og henvis til det som ![beskrivelse]({{static}}/images/navn.png). "
    "Sitet henter intet fra andre hjemmesider: det ville fortælle dem, hvem der læser siden."
)
BLOCK_MISPLACED_FIX = "Sæt grafer og metodebokse på deres egen linje med en tom linje før og efter."
SUPPRESSED_IN_HEADLINE = (
    "»{{{{ {text} }}}}« står i en titel eller et resumé, men tallet er udeladt af hensyn til diskretion "
    "(det vises som »{shown}«)"
)
SUPPRESSED_IN_HEADLINE_FIX = "Flyt tallet ned i teksten, eller brug et tal for en større gruppe i titlen."
READABILITY_HEADING = "Læsbarhed:"
SUPPRESSION_HEADING = "Diskretion:"


# --- Placeholders in a page (pages/placeholders.py) ---------------------------------------

PLACEHOLDER_UNKNOWN_WORD = "»{{{{ {text} }}}}« begynder med et ukendt ord »{word}«"
PLACEHOLDER_UNKNOWN_WORD_FIX = (  # a template like every text with braces (see test_words_in_one_place)
    "Skriv »{{{{ graf: datasæt.navn }}}}« for en graf eller »{{{{ metode: datasæt }}}}« for en metodeboks."
)
PLACEHOLDER_UNREADABLE = "»{{{{ {text} }}}}« kan ikke læses"
PLACEHOLDER_UNREADABLE_FIX = "Skriv fx {example}."
PLACEHOLDER_EXAMPLES = {  # per kind of placeholder
    "figure": "{{ evaluering.håb }} eller {{ forløb.aktive.andel }}",
    "chart": "{{ graf: evaluering.enighed }}",
    "method": "{{ metode: evaluering }}",
    "compare": "{{ sammenlign: forløb.praktik }} eller {{ sammenlign: forløb.aktive.udvikling }}",
}
DATA_DATE_UNREADABLE = "datadatoen »{value}« kan ikke læses"
DATA_DATE_UNREADABLE_FIX = "Skriv datoen som år-måned-dag, fx »Datadato: 2022-02-15«."


# --- Figures by name (figures/) -----------------------------------------------------------

PERIOD_DATE = "pr. {date}"  # what an outcome figure speaks of ("i 2021-målingen": PERIOD_SURVEY)
VARIANT_UNKNOWN = "tilføjelsen ».{variant}« findes ikke"
VARIANT_UNKNOWN_FIX = "Brug en af: {variants} – eller ingen."
VARIANT_NO_PREVIOUS = "»{name}« har ingen tidligere opgørelse at sammenligne med"
VARIANT_NO_PREVIOUS_FIX = "Brug tallet uden ».ændring«, eller vælg en senere datadato."
VARIANT_NO_BASE = "»{name}« har ingen base, så »{variant}« kan ikke vises"
VARIANT_NO_BASE_FIX = "Brug tallet uden tilføjelse (antallet)."
DATA_DATE_UNKNOWN = "datadatoen {date} findes ikke for »{dataset}«"
DATA_DATE_UNKNOWN_FIX = "Brug en af datadatoerne i datasets.yaml: {dates}."
ROUND_UNKNOWN = "målingen »{round}« findes ikke for »{dataset}«"
ROUND_NONE_BEFORE = "der er ingen måling i »{dataset}« fra før datadatoen {date}"
ROUND_NONE_BEFORE_FIX = "Angiv målingen med »Runde:« i artiklens metadata, fx »Runde: 2021«."
DATASET_UNKNOWN = "datasættet »{dataset}« findes ikke"
FIGURE_UNKNOWN = "tallet »{name}« findes ikke"
KEY_FIGURE_UNREADABLE = "nøgletallet »{name}« kan ikke læses"
KEY_FIGURE_UNREADABLE_FIX = "Skriv »datasæt.navn«, eventuelt med ».antal« eller ».andel«, fx »forløb.aktive«."


# --- Problems and their headings (errors.py) ----------------------------------------------

PROBLEM_LINE = "linje {line}"
PROBLEM_LINES = "linje {lines}"  # one cause on several lines: »linje 5, 8 og 12«
PROBLEM_ROW = "række {row}"
PROBLEM_COLUMN = "kolonne »{column}«"
PROBLEM_VALUE = " (værdi: »{value}«)"
PROBLEM_FIX = "{problem}\n    Sådan retter du det: {fix}"
PROBLEMS_ONE = "problem"
PROBLEMS_MANY = "problemer"
ERRORS_HEADING = "Byggeriet stoppede"
DESCRIPTOR_ERRORS_HEADING = "Beskrivelsen af datafilerne har fejl"
DATA_ERRORS_HEADING = "Datafilerne har fejl"
CONTENT_ERRORS_HEADING = "Artiklerne har fejl"
BUILD_FAILED_HEADING = "Siden blev ikke bygget"
CHECK_FAILED_HEADING = "Tjekket fandt fejl"  # make check: it checks, it does not build
PDF_UNAVAILABLE_HEADING = "Briefingernes PDF kan ikke laves"
BUILD_BUSY_HEADING = "En anden bygning er i gang"
OUTPUT_NOT_WRITABLE_HEADING = "Sitet kan ikke skrives"


# --- A setting with a wrong value (settings.py) -------------------------------------------

# "what is wrong" after the setting's name ({value}: the value given), and how to fix it.
# The fixes are plain text, not templates: their braces are Python's.
SETTING_UNKNOWN = "kender ikke »{value}«"
SETTING_ONE_OF = "Skriv en af: {names}."
SETTING_DECIMALS = "skal være 0, 1 eller 2, ikke »{value}«"
SETTING_DECIMALS_FIX = "Skriv et helt tal fra 0 til 2."
SETTING_MAX_FILE_MB = "skal være et positivt tal, ikke »{value}«"
SETTING_MAX_FILE_MB_FIX = "Skriv fx RESULTS_MAX_FILE_MB = 50."
SETTING_ALLOWED_CONTACTS = "skal være en liste"
SETTING_ALLOWED_CONTACTS_FIX = 'Skriv fx RESULTS_ALLOWED_CONTACTS = ["job@kommune.dk", "99 31 31 31"].'
SETTING_MIN_COUNT = "skal være et helt tal på mindst 2, ikke »{value}«"
SETTING_MIN_COUNT_FIX = "Skriv fx RESULTS_MIN_COUNT = 5."
SETTING_SMALL_BASE = "skal være et helt tal på mindst 1, ikke »{value}«"
SETTING_SMALL_BASE_FIX = "Skriv fx RESULTS_SMALL_BASE = 30."
SETTING_CHART_WORKERS = "skal være et helt tal på mindst 0, ikke »{value}«"
SETTING_CHART_WORKERS_FIX = "Skriv fx RESULTS_CHART_WORKERS = 0 (én proces pr. kerne)."
SETTING_NAMES = "skal være en liste af navne"
SETTING_BRIEFING_FIGURES_FIX = 'Skriv fx RESULTS_BRIEFING_FIGURES = ["forløb.aktive"].'
SETTING_BRIEFING_CHARTS_FIX = 'Skriv fx RESULTS_BRIEFING_CHARTS = ["forløb.status"].'
SETTING_TARGETS = "skal være en ordbog fra nøgletal til tal"
SETTING_TARGETS_FIX = 'Skriv fx RESULTS_TARGETS = {"forløb.meningsfuld.andel": 60}.'
SETTING_NAME_NEAREST_FIX = "Mente du {names}? Ret navnet i {setting} i pelicanconf.py, eller fjern det."
SETTING_NAME_FIX = "Ret navnet i {setting} i pelicanconf.py, eller fjern det. Brug et af: {names}."
SETTING_FOLDER = "skal være et navn med små bogstaver, tal og bindestreger, ikke »{value}«"
SETTING_FOLDER_FIX = 'Skriv fx {name} = "{default}".'
SETTING_TEXT = "skal være en tekst i anførselstegn, ikke »{value}«"
SETTING_LEAD_FIGURE_FIX = 'Skriv fx RESULTS_LEAD_FIGURE = "forløb.meningsfuld.andel".'
SETTING_MUNICIPALITY_FIX = 'Skriv fx RESULTS_MUNICIPALITY = "Eksempel Kommune".'
SETTING_LOGO_FIX = 'Skriv fx RESULTS_LOGO = "images/logo.svg".'
SETTING_LOGO_ALT_FIX = 'Skriv fx RESULTS_LOGO_ALT = "Eksempel Kommunes logo".'
SETTING_COLOUR = "skal være en farve skrevet som »#« og seks hex-cifre, ikke »{value}«"
SETTING_COLOUR_FIX = 'Skriv fx RESULTS_ACCENT = "#1f5f8b".'
SETTING_MARKER = "skal være 1 til 5 tegn uden tal, mellemrum, semikolon og anførselstegn, ikke »{value}«"
SETTING_MARKER_FIX = 'Skriv fx RESULTS_SUPPRESSED_MARKER = "..", som Danmarks Statistik bruger.'
SETTING_ADDRESS = "skal være en webadresse, der begynder med https:// eller http://, ikke »{value}«"
SETTING_DATA_LICENCE_FIX = 'Skriv fx RESULTS_DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/".'


# --- The site's identity: name, logo and accent colour (site/identity.py) -----------------

IDENTITY_ERRORS_HEADING = "Sitets logo eller farve kan ikke bruges"
BACKGROUND_WHITE = "hvid ({colour})"
BACKGROUND_TINT = "den lyse baggrund i sidehovedet, sidefoden og boksene ({colour})"
ACCENT_CONTRAST = (
    "RESULTS_ACCENT: farven »{colour}« har kun kontrasten {ratio}:1 mod {background}; "
    "links, tekst og kanter i accentfarven skal have mindst {needed}:1"
)
ACCENT_CONTRAST_FIX = "Vælg en mørkere farve, fx »{darker}« (samme farvetone, {ratio}:1)."
LOGO_WITHOUT_ALT = "RESULTS_LOGO_ALT mangler: logoet »{logo}« har ingen tekst til dem, der ikke kan se det"
LOGO_WITHOUT_ALT_FIX = 'Skriv en kort tekst, fx RESULTS_LOGO_ALT = "{example}".'
LOGO_ALT_EXAMPLE = "{name}s logo"
LOGO_ALT_SOMEONE = "Kommunen"
LOGO_REMOTE = "RESULTS_LOGO: »{logo}« er en adresse; sitet henter intet fra andre værter"
LOGO_OUTSIDE = "RESULTS_LOGO: »{logo}« peger ud af indholdsmappen »{content}«"
LOGO_MISSING = "RESULTS_LOGO: filen »{logo}« findes ikke i indholdsmappen »{content}«"
LOGO_NOT_COPIED = (
    "RESULTS_LOGO: »{logo}« ligger ikke i en mappe fra STATIC_PATHS ({paths}), så den kommer ikke med på sitet"
)
LOGO_PLACE_FIX = 'Læg logoet i content/images og skriv RESULTS_LOGO = "images/logo.svg" (med "images" i STATIC_PATHS).'
LOGO_NOT_SVG = "RESULTS_LOGO: »{logo}« er ikke en SVG-fil"
LOGO_NOT_SVG_FIX = "Gem logoet som SVG (en vektortegning, der er skarp i alle størrelser), fx images/logo.svg."
LOGO_UNSAFE = "RESULTS_LOGO: logoet »{logo}« {reason}"
LOGO_SCRIPT = "indeholder et script"
LOGO_HANDLER = "har en hændelse (fx onload=…), der kan køre kode"
LOGO_REMOTE_PART = "henter noget fra en anden adresse (href eller url(…) uden for filen)"
LOGO_PROLOGUE = "har en XML-erklæring (<?xml …?>), en DOCTYPE eller kommentarer"
LOGO_PARTS = (
    'indeholder dele, en tegning på sitet ikke må have (fx <style>, <image>, <use> eller style="…"), '
    "eller er ikke gyldig SVG"
)
LOGO_UNSAFE_FIX = (
    "Gem logoet som ren SVG: kun figurer (path, rect, circle, polygon, text …) med farverne som attributter "
    '(fill="#1f5f8b"), uden script, hændelser, style, kommentarer, XML-erklæring og links til andre adresser.'
)
LOGO_NO_SIZE = "RESULTS_LOGO: logoet »{logo}« har hverken viewBox eller bredde og højde"
LOGO_NO_SIZE_FIX = 'Giv <svg> en viewBox, fx <svg viewBox="0 0 48 56" …>.'

# The front page's lead figure in words (site/front_page.py): "Mere end tre ud af ti af dem er i …"
LEAD_FRACTION = "{phrase} {who}."  # the phrase with its base, »blandt dem« after »… ud af ti«
LEAD_THEM = "af dem"
LEAD_WHOLE = "{phrase} {who}."  # "alle", "næsten alle": no "af dem"
LEAD_FIGURE_SETTING = "RESULTS_LEAD_FIGURE: {what}"


# --- A new unit's site with the example's texts left in its settings (site/example_identity.py)

EXAMPLE_DATASETS = ("evaluering", "forløb")  # the example's datasets (data/datasets.yaml), all synthetic
EXAMPLE_IDENTITY = {  # the example's texts in pelicanconf.py (a test holds them equal)
    "SITENAME": "Beskæftigelsesenheden – resultater",
    "SITESUBTITLE": "Tal og historier om borgere med førtidspension i job, praktik og fællesskaber",
    "UNIT_NAME": "Beskæftigelsesenheden (eksempel)",
    "UNIT_JOIN": (
        "Er du borger med førtidspension og vil gerne i gang med et job, en praktik, frivilligt arbejde "
        "eller en uddannelse? Spørg din sagsbehandler om et forløb i beskæftigelsesenheden."
    ),
    "RESULTS_MUNICIPALITY": "Eksempel Kommune",
    "RESULTS_LOGO_ALT": "Eksempel Kommunes logo",
}
EXAMPLE_IDENTITY_LEFT = (
    "{settings} har stadig eksemplets tekst, men data er ikke eksemplets: sitet ville vise eksemplets navn "
    "og tekster som jeres"
)
EXAMPLE_IDENTITY_LEFT_FIX = (
    "Skriv jeres egen enheds tekst i {settings} i pelicanconf.py (navn, undertitel, kommune og teksten om at "
    "komme i gang), og byg igen."
)

# --- Settings that would publish unsafe or stale pages ------------------------------------

NO_AUTOESCAPE = "skabelonerne gør ikke tekst ufarlig (autoescape): en titel med <script> ville blive kørt på siden"
NO_AUTOESCAPE_FIX = "Sæt JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}."
CONTENT_CACHE = "LOAD_CONTENT_CACHE er slået til: Pelican ville genbruge gamle tal fra sin cache"
CONTENT_CACHE_FIX = "Sæt LOAD_CONTENT_CACHE = False i indstillingerne."
PLUGIN_NOT_LOADED = "pluginet »{plugin}« blev ikke indlæst, så tallene kan ikke sættes ind"
PLUGIN_NOT_LOADED_FIX = "Tjek PLUGIN_PATHS og PLUGINS = ['{plugin}'] i indstillingerne."
PELICAN_ERROR = "Pelican meldte en fejl: {message}"
SETTING_FOLDER_MISSING = "{name} = »{value}«: mappen findes ikke ({folder})"
SETTING_FOLDER_FIX_CONTENT = (
    'Sæt PATH til mappen med artikler og sider, set fra indstillingsfilens mappe (i eksemplet PATH = "content").'
)
SETTING_FOLDER_FIX_THEME = (
    'Sæt THEME til mappen med sitets tema, set fra indstillingsfilens mappe (i eksemplet THEME = "theme").'
)
SEE_ABOVE = "Se meddelelsen ovenfor."


# --- The descriptor, datasets.yaml (data/descriptor.py) -----------------------------------

DESCRIPTOR_MISSING = "beskrivelsen af datafilerne findes ikke"
DESCRIPTOR_MISSING_FIX = "Læg filen i datamappen, eller ret RESULTS_DESCRIPTOR i pelicanconf.py."
DESCRIPTOR_NOT_YAML = "filen kan ikke læses som YAML"
DESCRIPTOR_NOT_YAML_FIX = "Tjek indrykning og koloner på linjen; gem filen som UTF-8."
DESCRIPTOR_KEY_TWICE = "nøglen »{key}« står to gange"
DESCRIPTOR_KEY_TWICE_FIX = "Slet den ene af dem, eller giv dem forskellige navne."
DESCRIPTOR_SEE_README = "Se eksemplet i README."
DESCRIPTOR_NOT_FIELDS = "»{where}« skal være en liste af navngivne felter"
DESCRIPTOR_FIELD_MISSING = "»{where}« mangler feltet »{name}«"
DESCRIPTOR_FIELD_MISSING_FIX = "Tilføj »{name}:«."
DESCRIPTOR_WRONG_TYPE = "»{where}.{name}« har en forkert type: »{value}«"
DESCRIPTOR_WRONG_TYPE_FIX = "Ret »{name}« (se eksemplet i README)."
DESCRIPTOR_FIELD_UNKNOWN = "»{where}« har et ukendt felt »{name}«"
DESCRIPTOR_FIELD_UNKNOWN_FIX = "Ret stavningen eller fjern feltet."
DESCRIPTOR_KIND = "»{dataset}.kind« er »{kind}«"
DESCRIPTOR_KIND_FIX = "Skriv »survey« eller »outcome«."
DESCRIPTOR_INVITED = "»{dataset}.rounds.invited« skal være et positivt helt tal, ikke »{value}«"
DESCRIPTOR_INVITED_FIX = "Skriv fx »invited: 240«."
DESCRIPTOR_NO_POSITIVE = "skalaen i »{dataset}« har ingen positive svar"
DESCRIPTOR_NO_POSITIVE_FIX = "Skriv »positive: true« ved de svar, der tæller med i andelen."
DESCRIPTOR_POSITIVE_NOT_COUNTED = "svaret »{answer}« i »{dataset}.scale« er både positivt og uden for basen"
DESCRIPTOR_POSITIVE_NOT_COUNTED_FIX = (
    "Et positivt svar skal tælle med i basen: fjern »counted: false« eller »positive: true«."
)
DESCRIPTOR_MEMBERS = "»{dataset}.groups.{group}.categories« skal være en liste eller »all«, ikke »{value}«"
DESCRIPTOR_MEMBERS_FIX = "Skriv fx »categories: [{value}]«."
DESCRIPTOR_MEMBER_UNKNOWN = "gruppen »{group}« nævner en ukendt status »{member}«"
DESCRIPTOR_MEMBER_UNKNOWN_FIX = "Brug et navn fra »categories«."
DESCRIPTOR_NAME_TWICE = "navnet »{name}« bruges både som status og gruppe"
DESCRIPTOR_NAME_TWICE_FIX = "Giv dem forskellige navne."
DESCRIPTOR_BASE_UNKNOWN = "basen »{base}« for »{name}« findes ikke"
DESCRIPTOR_BASE_UNKNOWN_FIX = "Brug navnet på en gruppe."
DESCRIPTOR_PARTS_UNKNOWN = "fordelingen »{breakdown}« nævner ukendte navne: {names}"
DESCRIPTOR_PARTS_UNKNOWN_FIX = "Brug navne fra »categories« eller »groups«."
DESCRIPTOR_PARTS_NOT_WHOLE = "delene i fordelingen »{breakdown}« dækker ikke »{whole}« præcist én gang"
DESCRIPTOR_PARTS_NOT_WHOLE_FIX = "Vælg dele, der tilsammen er hele gruppen, uden overlap."
DESCRIPTOR_DATA_DATE = "datadatoen »{value}« i »{dataset}« er ikke en dato"
DESCRIPTOR_DATA_DATE_FIX = "Skriv datoer som 2022-02-15."
DESCRIPTOR_NO_DATA_DATES = "»{dataset}« har ingen datadatoer"
DESCRIPTOR_NO_DATA_DATES_FIX = "Skriv fx »data_dates: [2022-02-15]«."
DESCRIPTOR_NOT_TEXTS = "»{where}.{name}« skal være en liste af tekster, men et punkt er »{value}«"
DESCRIPTOR_NOT_TEXTS_FIX = (
    "Skriv hvert punkt som en tekst på sin egen linje (»- tekst«); "
    "sæt en tekst med kolon, klammer eller tuborgklammer i anførselstegn."
)
DESCRIPTOR_PATH_OUTSIDE = "»{where}.file« peger uden for datamappen: »{value}«"
DESCRIPTOR_PATH_OUTSIDE_FIX = (
    "Læg filen i datamappen ({folder}) og skriv stien inde fra den, fx »file: forloeb.csv« "
    "(ingen »..«, ingen sti fra roden og ingen genvej, der peger ud af mappen)."
)
YAML_ALIAS = "filen bruger et anker eller en henvisning (»&navn« eller »*navn«), og det er ikke tilladt her"
YAML_ALIAS_FIX = "Skriv værdien helt ud, hvor den skal bruges, i stedet for at henvise til den."
YAML_TOO_DEEP = "filen har lister og felter inde i hinanden i mere end {limit} niveauer"
YAML_TOO_DEEP_FIX = "Tjek indrykningen: beskrivelsen skal følge eksemplet i README."
YAML_KEY_NOT_TEXT = "et feltnavn er en liste eller en samling af felter, ikke en tekst"
YAML_KEY_NOT_TEXT_FIX = "Skriv feltnavnet som en tekst før kolonet, fx »titel:«."
YAML_TOO_LARGE = "filen fylder {size} kB; grænsen er {limit} kB"
YAML_TOO_LARGE_FIX = "Tjek at det er den rigtige fil: en beskrivelse af datafilerne fylder få kilobyte."


# --- Reading a data file (data/load.py, load_csv.py, load_excel.py) -----------------------

FILE_MISSING = "filen findes ikke i {folder}"
FILE_MISSING_FIX = "Læg filen i datamappen, eller ret filnavnet i datasets.yaml."
FILE_TOO_LARGE = "filen fylder {size} MB; grænsen er {limit} MB"
FILE_TOO_LARGE_FIX = "Eksportér kun de kolonner og rækker, der skal bruges, eller hæv RESULTS_MAX_FILE_MB."
FILE_EMPTY = "filen er tom"
FILE_EMPTY_FIX = "Eksportér filen igen med data."
ROW_RAGGED = "rækken har {cells} kolonner, men overskriften har {header}"
ROW_RAGGED_FIX = "Tjek rækken for et skilletegn for meget eller for lidt, og eksportér filen igen."
CSV_RESAVE = "Gem filen igen som »CSV UTF-8 (kommasepareret)« fra Excel eller dit spørgeskemaværktøj."
CSV_IS_EXCEL = "filen er et Excel-regneark, men navnet ender på .csv"
CSV_IS_EXCEL_FIX = "Omdøb filen til .xlsx (og ret filnavnet i datasets.yaml), eller gem den som CSV fra Excel."
CSV_ENCODING = "filen er ikke en tekstfil i et kendt tegnsæt (UTF-8, UTF-16 eller Windows-1252)"
CSV_MIXED_ENCODING = "rækken er ikke skrevet i samme tegnsæt (UTF-8) som resten af filen"
CSV_STRAY_UTF8_ROW = "rækken er skrevet i UTF-8, men resten af filen ser ud til at være gemt som Windows-1252"
CSV_MOJIBAKE = (  # UTF-8 text read as Windows-1252 and saved again: »hÃ¸j« for »høj«
    "bogstaverne er blevet forkerte (der skulle nok stå »{meant}«): filen ser ud til at være gemt som UTF-8, "
    "så åbnet som Windows-1252 og gemt igen"
)
CSV_MOJIBAKE_FIX = (
    "Eksportér filen igen, og læg den i datamappen uden at åbne og gemme den først. Skal den åbnes i Excel, så "
    "brug Data > Fra tekst/CSV og vælg »65001: Unicode (UTF-8)«."
)
TEXT_MOJIBAKE = (  # a few cells pasted from a file read in the wrong encoding: »hÃ¸j« for »høj«
    "bogstaverne er blevet forkerte (der skulle nok stå »{meant}«): teksten er nok kopieret fra en fil, "
    "der blev åbnet med forkert tegnsæt"
)
TEXT_MOJIBAKE_FIX = "Ret cellen, så der står »{meant}«.{more}"
TEXT_MOJIBAKE_MORE = " Filen har {count} celler med forkerte bogstaver i alt (fx »Ã¸« for »ø«); ret dem alle."
CSV_MIXED_ENCODING_FIX = "Ret rækken (den er nok kopieret ind fra et andet program), eller {resave}"
CSV_DELIMITER = (
    "kolonnerne kan ikke skilles ad: ingen af tegnene ; , tabulator | giver det samme antal kolonner i de første rækker"
)
CSV_DELIMITER_FIX = "Eksportér filen igen som CSV med semikolon mellem kolonnerne."
CSV_QUOTE_UNCLOSED = "et anførselstegn åbner en celle, men lukker den aldrig"
CSV_TEXT_AFTER_QUOTE = "der står tekst lige efter et afsluttende anførselstegn"
CSV_QUOTES_FIX = "Ret anførselstegnene i rækken, eller eksportér filen igen."
EXCEL_NOT_ZIP = "filen kan ikke åbnes som et Excel-regneark (.xlsx)"
EXCEL_DAMAGED = "regnearket er beskadiget og kan ikke læses"
EXCEL_RESAVE = "Åbn filen i Excel og gem den igen som »Excel-projektmappe (.xlsx)«."
EXCEL_TOO_LARGE = "regnearket fylder {size} MB, når det pakkes ud; grænsen er {limit} MB"
EXCEL_SHEET_UNKNOWN = "fanen »{sheet}« findes ikke i regnearket"
EXCEL_SHEET_UNKNOWN_FIX = "Brug en af fanerne: {sheets}."
CELL_TOO_LONG = "en celle har mere end {limit} tegn"
CELL_TOO_LONG_FIX = "Ret cellen (en celle i Excel kan højst rumme {limit} tegn), eller eksportér filen igen."
# The columns of a labels sheet, as survey tools name them: variable, value (code), label (text)
LABEL_HEADERS = (("variabel", "variable"), ("værdi", "value", "kode", "code"), ("etiket", "label", "tekst", "text"))


# --- A data file against its description (data/validate.py) -------------------------------

COLUMN_MISSING = "kolonnen mangler i filen"
COLUMN_MISSING_FIX_FOUND = (  # a missing column: the closest header found, then every header of the file
    "{nearest}Overskrifterne i filen er: {found}. "
    "Tjek at kolonneoverskriften i filen er præcis den samme som i datasets.yaml."
)
COLUMN_MISSING_NEAREST = "Den nærmeste overskrift i filen er »{nearest}«. "
COLUMN_MISSING_NONE = "ingen"
HEADER_ROW_FOUND = (  # an info line, not a problem: title rows above the header were left out
    "{file}: kolonneoverskrifterne står i række {row}; det, der står over række {row}, er ikke læst som data."
)
COLUMN_TWICE = "kolonnen findes flere gange"
COLUMN_TWICE_FIX = "Slet den ene kolonne."
UNKNOWN_VALUE = "{what} ({count} {times}, fx række {rows})"  # a value the description does not know
TIMES_ONE = "gang"
TIMES_MANY = "gange"
ANSWER_UNKNOWN = "svaret findes ikke i svarskalaen"
ANSWER_UNKNOWN_FIX = "Tilføj svaret under »scale« for »{dataset}« i datasets.yaml, eller ret det i filen."
BACKGROUND_UNKNOWN = "værdien er ikke en af de kendte værdier"
BACKGROUND_UNKNOWN_FIX = "Tilføj værdien under »background.{key}.values« i datasets.yaml."
SURVEY_EMPTY = "filen har ingen besvarelser"
SURVEY_EMPTY_FIX = "Eksportér filen igen med svar."
OUTCOME_EMPTY = "filen har ingen rækker"
DATE_UNREADABLE = "datoen kan ikke læses"
DATE_UNREADABLE_FIX = "Skriv datoen som 15-02-2022 eller 2022-02-15."
DATE_BEFORE_START = "datoen ligger før enhedens start ({start})"
DATE_BEFORE_START_FIX = "Ret datoen, eller ret »start« i datasets.yaml, hvis enheden startede tidligere."
DATE_IN_FUTURE = "datoen ligger i fremtiden"
DATE_IN_FUTURE_FIX = "Ret datoen i eksporten; en statusændring kan ikke være sket endnu."
STATUS_MISSING = "rækken mangler en status"
STATUS_MISSING_FIX = "Udfyld statussen, eller slet rækken i eksporten."
STATUS_UNKNOWN = "statussen er ikke beskrevet"
RAW_LABEL_UNMATCHED = (  # a raw label with a typo: reported at its line in datasets.yaml
    "statussen under »{dataset}.categories.{category}.raw« findes ikke i {file}; "
    "den nærmeste status i filen er »{nearest}«"
)
RAW_LABEL_UNMATCHED_FIX = "Ret »{raw}« til »{nearest}« i datasets.yaml, så den står præcis som i filen."
STATUS_UNKNOWN_FIX = "Tilføj statussen under »raw« ved den rigtige status i »{dataset}.categories« i datasets.yaml."
ID_MISSING = "rækken mangler et borger-id"
ID_MISSING_FIX = "Udfyld id'et, eller slet rækken i eksporten."
SAME_DAY = "borgeren har to statusændringer samme dag, så status på dagen er uklar"
SAME_DAY_FIX = "Ret datoen, eller slet den række, der ikke gælder."


# --- Personal data in an input or in the built site (privacy/) ----------------------------

PERSONAL_NOUNS = {
    "cpr": "et CPR-nummer",
    "email": "en e-mailadresse",
    "phone": "et telefonnummer",
    # A CPR number an input stores as a number: the spreadsheet dropped its leading 0 (103921234).
    "cpr_number": "et CPR-nummer gemt som tal (uden sit første 0)",
}
PERSONAL_IN_HEADER = "overskriften"
PERSONAL_IN_CELL = "cellen"
PERSONAL_IS = "{place} ligner {noun}"
PERSONAL_HOLDS = "{place} indeholder noget, der ligner {nouns}"
PERSONAL_TOO_MANY = "i alt {count} {places} ligner personoplysninger; de første {named} er vist"
PERSONAL_CELLS_IN_COLUMN = "celler i kolonnen"
PERSONAL_PLACES_IN_FILE = "steder i filen"
PERSONAL_IN_FILE = "filen indeholder noget, der ligner {noun}"
PERSONAL_TABLE_FIX = (
    "Fjern oplysningen i eksporten (eller slet kolonnen), slet den gamle fil fra data/, og læg den nye "
    "eksport der. Pseudonyme ID'er skal være bogstaver og tal, der ikke kan ligne et CPR-nummer, fx »B0417«."
)
PERSONAL_OUTPUT_FIX = (
    "Find kilden (artikel, data eller skabelon), fjern oplysningen, og byg igen. Er det enhedens egen "
    "offentlige kontaktoplysning, så skriv den på RESULTS_ALLOWED_CONTACTS i pelicanconf.py."
)
OUTPUT_COPY = "filen er en kopi af datafilen »{file}«"
OUTPUT_COPY_FIX = "Fjern kopien fra content/, og byg igen."
OUTPUT_LINK = "genveje (symbolske links) må ikke offentliggøres"
OUTPUT_LINK_FIX = "Sæt STATIC_CREATE_LINKS = False, og byg igen."
OUTPUT_RAW = "rådata må aldrig offentliggøres"
OUTPUT_RAW_FIX = "Læg datafiler i datamappen uden for content/, og byg igen."
OUTPUT_TYPE = "filtypen »{type}« må ikke offentliggøres"
OUTPUT_TYPE_FIX = "Fjern filen fra content/, og byg igen."


# --- Building: progress, the preview and the PDFs (site/, adapter/) -----------------------

PROGRESS_STEP = "{stage} {done} af {total} …"
PREVIEW_BUILDING = "Bygger forhåndsvisningen af »{settings}« …"
PREVIEW_SERVING = "Forhåndsvisning: http://127.0.0.1:{port}/ (stop med Ctrl+C)"
PREVIEW_CHANGED = "Ændret: {file} – bygger igen …"
PREVIEW_DONE = "Færdig."
PREVIEW_FAILED = "Fejl: forhåndsvisningen viser stadig det sidste gode site."
SHOW_SERVING = "Sitet i »{output}«: http://127.0.0.1:{port}/ (stop med Ctrl+C)"
SHOW_MISSING = "Mappen »{output}« findes ikke"
SHOW_MISSING_FIX = "Byg sitet først med make html."
PREVIEW_STOPPED = "\nForhåndsvisningen er stoppet."
PREVIEW_NOT_FOUND = "Siden findes ikke"
PREVIEW_NOT_FOUND_EXPLAIN = "Der er ingen fil med den adresse i forhåndsvisningen."
PREVIEW_ERROR_PAGE = (  # the preview server's error page (http.server's %-fields)
    '<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>%(code)d %(message)s</title></head>\n'
    "<body><h1>%(code)d %(message)s</h1><p>%(explain)s</p></body></html>\n"
)
BUILD_BUSY = "en anden bygning ({holder}) bygger allerede til »{output}«"
BUILD_BUSY_HOLDER = "proces {pid}"
BUILD_BUSY_UNKNOWN = "en proces, der ikke kan ses herfra"
BUILD_BUSY_FIX = (
    "Vent, til den anden bygning er færdig, og byg igen. Hænger den, så stop den (Ctrl+C i dens "
    "terminal); en bygning, der er stoppet, holder ikke længere mappen låst."
)
OUTPUT_NOT_WRITABLE = "der er ingen skriveadgang til »{path}«"
OUTPUT_NOT_WRITABLE_FIX = (
    "Giv skriveadgang til »{folder}«, til mappen omkring den og til byggets arbejdsmapper ved siden af "
    "(fx »chmod -R u+w {folder} {work}«), eller byg til en anden mappe med --output, og byg igen."
)
FILE_NOT_WRITABLE_FIX = "Giv skriveadgang til »{folder}« (fx »chmod -R u+w {folder}«), og byg igen."
PDF_LIBRARY_MISSING = "værktøjet, der laver PDF (WeasyPrint), mangler et systembibliotek: {error}"
PDF_LIBRARY_MISSING_FIX = (
    "Installér dem med »sudo apt-get install {packages}« (make html gør det selv, "
    "når den kører som root), eller sæt RESULTS_BRIEFING_PDF = False."
)
SEARCH_PROGRAM_MISSING = "søgeværktøjet Pagefind (pakken pagefind[extended]) er ikke installeret"
SEARCH_PROGRAM_MISSING_FIX = (
    "Installér de faste versioner igen med »make html« (eller »pip install -r requirements.txt«), og byg igen."
)
SEARCH_INDEX_FAILED = "søgeværktøjet Pagefind kunne ikke lave søgeindekset: {error}"
SEARCH_INDEX_FAILED_FIX = "Byg igen med --debug for at se Pagefinds egne linjer, og send dem til udviklerne."
CATALOGUE_ALSO = "    også: {variants}"  # the other snippets of a figure, in make figures


# --- The accessibility statement's forwarding page, was/index.html (site/site_files.py) ---

STATEMENT = "Tilgængelighedserklæring"
STATEMENT_FORWARD = "Tilgængelighedserklæringen for {site} findes her: {link}."


# --- The command line (python -m public_results) ------------------------------------------

CLI_DESCRIPTION = "Byg eller tjek sitet fra data og indhold."
CLI_COMMANDS = {
    "build": "byg sitet",
    "check": "tjek data og indhold uden at bygge, og vis hvilke tal der ændrer sig",
    "figures": "vis alle tal, grafer og metodebokse, du kan sætte ind, med deres værdi i dag",
    "serve": "forhåndsvisning: byg, vis sitet på http://127.0.0.1:PORT, og byg igen, når en fil ændres",
    "show": "vis det byggede site i mappen (--output) på http://127.0.0.1:PORT uden at bygge",
    "new": "lav et nyt site til en enhed i mappen DIR ud fra enhedens datafiler (make ny-enhed)",
}
CLI_SETTINGS = "indstillingsfilen"
CLI_OUTPUT = "mappen, sitet bygges til"
CLI_DEBUG = "vis den tekniske fejl (traceback)"
CLI_RECORD = "gem de offentliggjorte tal i ledger.json (publish)"
CLI_PREVIEW = "forhåndsvisning: med kataloget over tal, bygget i mappen »<output>-preview«"
CLI_PORT = "porten for forhåndsvisningen (serve)"
CLI_REPORT = "skriv byggets tal (tider, grafer, hukommelse) som JSON (bench)"
CLI_UNTOUCHED = "\nSitet i »{output}« er ikke ændret."
CLI_BUG = "Uventet fejl: {kind}: {error}"
CLI_BUG_FIX = "Kør igen med --debug for at se detaljerne, og send dem til udviklerne."
CLI_BUILT = "Sitet er bygget i »{output}«."
CHECK_DATA = "Data:"
CHECK_PAGES = "Indhold: {pages} sider med tal er tjekket ({articles} artikler og sider, {others} lavet af data)."
CHECK_NOTHING_TO_COMPARE = "Der er ingen tidligere vellykket byg at sammenligne med (kør »make html«)."
CHECK_ALL_RIGHT = "Alt er i orden."
CHECK_SEE_WARNINGS = "Data og indhold er i orden, men se advarslerne."


# --- A new unit's site: python -m public_results new (data/draft_descriptor.py, site/new_site.py) --

DRAFT_SURVEY_KEY = "evaluering"  # the name of a survey found in the data files
DRAFT_OUTCOME_KEY = "forløb"  # the name of a status log found in the data files
DRAFT_QUESTION_KEY = "spørgsmål_{number}"  # a question whose text gives no short name
DRAFT_STATUS_KEY = "status_{number}"  # a status whose text gives no short name
DRAFT_BACKGROUND_KEY = "baggrund_{number}"
DRAFT_BREAKDOWN_KEY = "status"  # {{ graf: forløb.status }}: every status of everyone since the start
# Answer scales as survey tools write them, from most to least agreeing; the first `positive` count
# as positive (top-two box). An answer of DRAFT_NOT_COUNTED is left out of the base.
DRAFT_SCALES = (
    (
        2,
        (
            "I meget høj grad",
            "I høj grad",
            "I nogen grad",
            "I mindre grad",
            "I lav grad",
            "I meget lav grad",
            "Slet ikke",
        ),
    ),
    (2, ("Helt enig", "Enig", "Delvis enig", "Hverken enig eller uenig", "Delvis uenig", "Uenig", "Helt uenig")),
    (2, ("Meget tilfreds", "Tilfreds", "Hverken tilfreds eller utilfreds", "Utilfreds", "Meget utilfreds")),
    (2, ("Meget godt", "Godt", "Hverken godt eller dårligt", "Dårligt", "Meget dårligt")),
    (1, ("Ja", "Nej")),
)
DRAFT_NOT_COUNTED = ("Ved ikke", "Ikke relevant", "Ønsker ikke at svare", "Vil ikke svare")
# Column headers that name a status log's pseudonym and status column (whole words or the header's start).
DRAFT_ID_HINTS = ("id", "cpr", "borger", "borgerid", "pseudonym", "person", "løbenummer", "nummer")
DRAFT_STATUS_HINTS = ("status", "tilstand", "forløb", "aktivitet")
# Small words left out when a question's text is made into a short name.
DRAFT_SMALL_WORDS = frozenset(
    """
    i hvilken hvilke grad hvor meget du dig din dit dine de dem det den der en et og at af på til for med
    om er har have giver føler oplever synes samlet set alt alle ved fra som hos mellem sig sin sit sine
    jeg mig min mit mine vi os vores enheden enhedens samarbejdet samarbejde blev bliver være været
    """.split()  # noqa: SIM905  (a list of words reads best as words)
)
# A survey column whose header has one of these words is free text, never a background question.
DRAFT_FREE_TEXT_HINTS = ("kommentar", "kommentarer", "fritekst", "uddyb", "bemærkninger")
DRAFT_TITLE_SURVEY = "Borgerevaluering"
DRAFT_TITLE_OUTCOME = "Borgerforløb"
DRAFT_SOURCE_SURVEY = "RET: Hvor svarene kommer fra, fx »Enhedens årlige, anonyme spørgeskema«"
DRAFT_SOURCE_OUTCOME = "RET: Hvor tallene kommer fra, fx »Enhedens sagssystem (pseudonymiseret udtræk)«"
DRAFT_METHOD = "Svarene {answers} er lagt sammen. {left_out} indgår ikke i beregningen."
DRAFT_METHOD_BLANK = "Tomme svar"
DRAFT_METHOD_AND = " og "
DRAFT_QUOTED = "»{text}«"
DRAFT_BREAKDOWN_TITLE = "Status for alle borgere siden start"
# The comments of a drafted datasets.yaml (each a list of lines, written after "# ").
DRAFT_HEAD = (
    "Beskrivelse af datafilerne i data/, lavet af »make ny-enhed« ud fra filerne selv.",
    "Læs den igennem, og ret alt, der er markeret med RET. Byg derefter med »make html«.",
    "Navnene (fx {example}) er dem, skribenterne skriver i artiklerne: {{{{ {example} }}}}.",
)
DRAFT_ROUND_NOTE = "RET: »date« er sat til {date}; skriv den dag, indsamlingen sluttede."
DRAFT_QUESTIONS_NOTE = "Spørgsmål: kort navn -> den fulde tekst i filens kolonneoverskrift. Ret gerne de korte navne."
DRAFT_SCALE_NOTE = (
    "Svarskalaen fra mest til mindst enig. positive: true tæller med i andelen; counted: false tæller ikke med i basen."
)
DRAFT_SCALE_GUESSED = "RET: skalaen er ikke en kendt dansk skala; tjek rækkefølgen og hvilke svar der er positive."
DRAFT_BACKGROUND_NOTE = "Baggrundsspørgsmål, som svarene kan opdeles efter, med alle værdier fundet i filerne."
DRAFT_FREE_TEXT_NOTE = "Fritekst offentliggøres aldrig; kolonnerne læses ikke."
DRAFT_IGNORED_NOTE = "Kolonnen »{column}« har en ny værdi i hver række (et løbenummer); den læses ikke."
DRAFT_COLUMNS_NOTE = (
    "Kolonnerne i filen. »id« er borgerens pseudonym: det bruges kun til at tælle borgere og vises aldrig."
)
DRAFT_START_NOTE = "Enheden startede. Sat til den første dato i filen; ret den, hvis enheden startede før."
DRAFT_DATES_NOTE = "Datadatoer: de dage, tallene opgøres på. Sat til den nyeste dato i filen ({date})."
DRAFT_CATEGORIES_NOTE = (
    "RET: Hver status i filen er blevet sin egen kategori med statusteksten som navn (label).",
    "Skriv et navn, læserne forstår, og en definition. Statusser, der hører sammen, kan",
    "samles i én kategori med flere tekster under raw.",
)
DRAFT_GROUPS_NOTE = "Grupper af statusser (fx aktive eller afsluttede). Tilføj dine egne: se skribentguiden."
DRAFT_BREAKDOWNS_NOTE = "Fordelinger: en gruppe delt op i dele, der ikke overlapper; vises som graf."
DRAFT_UNKNOWN_FILE = (
    "Filen »{file}« ligner hverken en spørgeskemaundersøgelse (én række pr. svar) eller en statuslog "
    "(id, dato, status). Den er kopieret til data/, men ikke beskrevet i datasets.yaml."
)
NEW_SITE_NAME = "{unit} – resultater"  # SITENAME of a new site
NEW_META_DATA_DATE = "Datadato"  # the starter article's metadata
NEW_META_ROUND = "Runde"
NEW_OR = " eller "
NEW_ARTICLE_SLUG = "foerste-tal"  # content/articles/<date>-foerste-tal.md
NEW_PAGE_ABOUT = "om-tallene"  # content/pages/om-tallene.md, as on the example site
NEW_PAGE_ACCESSIBILITY = "tilgaengelighed"
# The options of `new` (--navn …; also the names of the Makefile's variables, in capitals).
NEW_OPTION_NAME = "navn"
NEW_OPTION_MUNICIPALITY = "kommune"
NEW_OPTION_CONTACT = "kontakt"
NEW_OPTION_STATEMENT = "tilgaengelighed"
NEW_FILE_MISSING_FIX = "Tjek stien til filen, og kør kommandoen igen med den rigtige sti efter --data."
# The questions of `python -m public_results new` (asked on a terminal when not given as options).
NEW_ASK_NAME = "Enhedens navn (fx »Beskæftigelsesenheden Nord«): "
NEW_ASK_MUNICIPALITY = "Kommunens navn (fx »Aarhus Kommune«): "
NEW_ASK_CONTACT = "Hvordan kontakter man enheden (fx en e-mailadresse eller »Ring til kommunen«): "
NEW_ASK_STATEMENT = "Adressen på tilgængelighedserklæringen (fx https://www.was.digst.dk/…): "
NEW_ASK_DATA = "Datafilerne (stier adskilt af mellemrum; tom: ingen): "
# Placeholders for answers not given when no one can be asked (no terminal).
NEW_PLACEHOLDER_NAME = "RET: enhedens navn"
NEW_PLACEHOLDER_MUNICIPALITY = "RET: kommunens navn"
NEW_PLACEHOLDER_CONTACT = "RET: hvordan man kontakter enheden"
NEW_PLACEHOLDER_STATEMENT = ""
NEW_PLACEHOLDER_WARNING = (
    "Advarsel: {answers} er ikke angivet. Der står »RET« i pelicanconf.py i stedet: ret det, før sitet udgives "
    "(eller kør kommandoen igen med {options})."
)
NEW_ANSWER_NAME = "enhedens navn"
NEW_ANSWER_MUNICIPALITY = "kommunens navn"
NEW_ANSWER_CONTACT = "kontakten"
NEW_ANSWER_STATEMENT = "tilgængelighedserklæringens adresse"
NEW_NO_DATA = (
    "Advarsel: der er ingen datafiler. Læg enhedens eksporter i {folder}, og kør kommandoen igen: "
    "så bliver datasets.yaml og en første artikel lavet."
)
NEW_WRITTEN = "Lavet: {path}"
NEW_KEPT = "Beholdt (findes allerede, er ikke ændret): {path}"
NEW_BUILDING = "Bygger det nye site …"
NEW_DONE = """
Det nye site ligger i {folder}. Åbn {index} i en browser for at se det.

Sådan kommer du videre:
  1. Læs {descriptor}, og ret alt, der er markeret med RET: navnene på statusserne,
     datoerne for målingerne og kilderne.
  2. Ret enhedens oplysninger i {settings} (undertitel, logo, tekst til borgere).
  3. Skriv videre på artiklen i {articles}, eller skriv en ny. »make figures« viser alle tal.
  4. Byg igen med »make html« i {folder}, og udgiv med »make publish«.
Skribentguiden forklarer det hele: »Sådan kommer en ny enhed i gang«."""
NEW_NOT_BUILT = (
    "Mappen er lavet, men sitet kunne ikke bygges endnu. Ret fejlene ovenfor, og kør »make html« i {folder}."
)
NEW_NO_FOLDER = "Skriv mappen, det nye site skal laves i, fx »python -m public_results new ../vores-site«."
CLI_NEW_FOLDER = "mappen, det nye site laves i"
CLI_NEW_NAME = "enhedens navn"
CLI_NEW_MUNICIPALITY = "kommunens navn"
CLI_NEW_CONTACT = "hvordan man kontakter enheden"
CLI_NEW_STATEMENT = "adressen på tilgængelighedserklæringen"
CLI_NEW_DATA = "enhedens datafiler (CSV eller Excel)"
CLI_NEW_DATA_FILES = "FIL"

# --- Open data (site/open_data.py, site/dcat.py): packages per data date, the »Data« page, the catalogue ----

FOLDER_OPEN_DATA = "data"  # data/index.html, data/<dataset>/<YYYY-MM-DD>/datapackage.json, data/catalog.jsonld
OPEN_DATA_TITLE = "Data"
OPEN_DATA_SUMMARY = "De offentliggjorte tal som åbne data: CSV-filer med beskrivelse, kilde og licens."
OPEN_PACKAGE_TITLE = "{title} {period}"  # »Borgerforløb pr. 15. maj 2018«, »Borgerevaluering i 2021-målingen«
OPEN_PACKAGE_DESCRIPTION = (
    "De tal fra {title} {period}, som sitet viser, efter diskretion: et skjult tal står som »{marker}«. "
    "Kilde: {source}."
)
OPEN_SUPPRESSION_RULE = "Et antal fra 1 til {under} vises aldrig, og en andel kræver en base på mindst {threshold}."
# Known licences: address -> (short name, title). Another address is named by itself.
LICENCES = {
    "https://creativecommons.org/licenses/by/4.0/": ("CC-BY-4.0", "Creative Commons Navngivelse 4.0 International"),
    "https://creativecommons.org/publicdomain/zero/1.0/": (
        "CC0-1.0",
        "Creative Commons CC0 1.0 (ingen rettigheder forbeholdt)",
    ),
    "https://creativecommons.org/licenses/by-sa/4.0/": (
        "CC-BY-SA-4.0",
        "Creative Commons Navngivelse-DelPåSammeVilkår 4.0 International",
    ),
}
# The tables of a package: (name, title, description). Columns: (name, type, title, description).
OPEN_OUTCOME_TABLE = (
    "status",
    "Borgere pr. status og gruppe",
    "Antal borgere, hvis seneste status på datadatoen er statussen (eller en af gruppens statusser), og "
    "andelen af basen.",
)
OPEN_QUESTIONS_TABLE = ("spoergsmaal", "Spørgsmål", "Pr. spørgsmål: antal positive svar, basen (n) og andelen.")
OPEN_ANSWERS_TABLE = ("svarfordeling", "Svarfordeling", "Pr. spørgsmål og svar: antal svar og andelen af basen (n).")
OPEN_BACKGROUND_TABLE = ("baggrund", "Besvarelser pr. baggrund", "Antal besvarelser pr. svar på et baggrundsspørgsmål.")
OPEN_KIND_STATUS, OPEN_KIND_GROUP = "status", "gruppe"
OPEN_OUTCOME_COLUMNS = ("kode", "navn", "art", "antal", "basis", "andel_pct", "definition")
OPEN_QUESTION_COLUMNS = ("kode", "spoergsmaal", "spoergsmaalstekst", "positive", "n", "andel_pct")
OPEN_ANSWER_COLUMNS = ("kode", "spoergsmaal", "svar", "antal", "andel_pct", "n")
OPEN_BACKGROUND_COLUMNS = ("kode", "baggrund", "vaerdi", "antal", "andel_pct")
OPEN_COLUMNS = {
    "kode": ("string", "Kode", "Det korte navn i datasættet (datasets.yaml)."),
    "navn": ("string", "Navn", "Navnet, som siderne viser det."),
    "art": ("string", "Art", "»status« (en status) eller »gruppe« (en sum af statusser)."),
    "antal": ("integer", "Antal", "Antal personer (borgere eller besvarelser). Et skjult tal står som »{marker}«."),
    "basis": ("string", "Basis", "Koden på den gruppe, andelen er regnet af."),
    "andel_pct": ("number", "Andel (%)", "Andelen i procent, afrundet som på siderne. Skjult: »{marker}«."),
    "definition": ("string", "Definition", "Hvad tallet tæller."),
    "spoergsmaal": ("string", "Spørgsmål", "Spørgsmålets korte navn, som siderne viser det."),
    "spoergsmaalstekst": ("string", "Spørgsmålets tekst", "Spørgsmålet, som det stod i spørgeskemaet."),
    "positive": ("integer", "Antal positive", "Antal positive svar ({positive}). Skjult: »{marker}«."),
    "n": ("integer", "Basen (n)", "Antal svar, der tæller med i andelen. Skjult: »{marker}«."),
    "svar": ("string", "Svar", "Svaret på skalaen."),
    "baggrund": ("string", "Baggrundsspørgsmål", "Baggrundsspørgsmålet."),
    "vaerdi": ("string", "Værdi", "Svaret på baggrundsspørgsmålet (»I alt«: alle besvarelser)."),
}
OPEN_UNITS = {"antal": "personer", "positive": "svar", "n": "svar", "andel_pct": "procent"}
# The catalogue (DCAT-AP-DK)
CATALOGUE_KEYWORD = "åbne data"


# --- Units: a programme of several units on one site (issue 22) ----------------------------

# What writers type: {{ forløb.aktive | enhed: nord }}, {{ enhed.navn }}, »Enhed: nord«.
UNIT_FILTER = "enhed"  # after »|« in a placeholder
UNITS_FILTER = "enheder"  # »{{ sammenlign: forløb.praktik | enheder: nord, syd }}«: the units the chart draws
UNIT_PROGRAMME = "programmet"  # {{ forløb.aktive | enhed: programmet }}: the total of every unit
UNIT_FIGURE = "enhed"  # {{ enhed.navn }}, {{ enhed.kommune }} on a unit page
UNIT_NAME = "navn"
UNIT_MUNICIPALITY = "kommune"
META_UNIT = "enhed"  # an article's metadata »Enhed: nord«
FOLDER_UNITS = "enheder"  # content/enheder/: the unit page's template; output enheder/<enhed>/
UNIT_TITLE = "{title} – {name}"  # a unit's dataset title: »Borgerforløb – Jobhuset Nord«
UNITS_TITLE = "Enhederne"
UNITS_SUMMARY = "Hver enhed i programmet har sin egen side med sine egne tal."
UNIT_SUMMARY = "Tal og resultater for {name}."
# Everything per unit (issue 22): a unit's briefing, page description, open data and API
UNIT_SUMMARY_IN = "Tal og resultater for {name} i {municipality}."  # a unit page's description
UNIT_BRIEFING_TITLE = "Nøgletal for {name} pr. {date}"
UNIT_BRIEFING_SUMMARY = "Nøgletal for {name} pr. {date} med basen, definitionen og ændringen siden forrige opgørelse."
OPEN_UNITS_TABLE = (
    "enheder",
    "Borgere pr. status og gruppe for hver enhed",
    "Det samme som tabellen »status«, med en række pr. enhed og for hele programmet (enhed »programmet«). "
    "Tal, der er udeladt af hensyn til diskretion, står som »{marker}«, også dem, der ellers kunne regnes "
    "ud fra programmets tal minus de andre enheders.",
)
OPEN_PROGRAMME_NAME = "Hele programmet"  # the »enheder« table's programme rows
OPEN_UNIT_COLUMNS = {
    "enhed": ("string", "Enhed", "Enhedens nøgle (»programmet«: alle enheder tilsammen)."),
    "enhedsnavn": ("string", "Enhedens navn", "Enhedens navn, som siderne viser det."),
    "kommune": ("string", "Kommune", "Den kommune, enheden ligger i (tom for programmet)."),
}
# The descriptor's units
DESCRIPTOR_UNITS_NOT_LIST = "»units« skal være en liste over enhederne"
DESCRIPTOR_UNITS_NOT_LIST_FIX = "Skriv fx »units:« og under den »nord: Jobhuset Nord« for hver enhed."
DESCRIPTOR_UNIT_KEY = "enhedens nøgle »{key}« kan ikke bruges i en adresse"
DESCRIPTOR_UNIT_KEY_FIX = "Brug små bogstaver a-z, tal og bindestreg, fx »nord« eller »aarhus-vest«."
DESCRIPTOR_UNIT_NO_NAME = "enheden »{key}« har intet navn"
DESCRIPTOR_UNIT_NO_NAME_FIX = "Skriv fx »{key}: Jobhuset Nord« eller »{key}: {{name: Jobhuset Nord, municipality: …}}«."
DESCRIPTOR_UNIT_RESERVED = "»{key}« kan ikke være navnet på en enhed"
DESCRIPTOR_UNIT_RESERVED_FIX = "»programmet« betyder alle enheder tilsammen. Vælg et andet navn."
DESCRIPTOR_UNITS_MISSING = "»{dataset}« har tal pr. enhed, men datasets.yaml nævner ingen enheder"
DESCRIPTOR_UNITS_MISSING_FIX = "Skriv enhederne øverst i datasets.yaml under »units:«, fx »nord: Jobhuset Nord«."
DESCRIPTOR_UNIT_FILE_UNKNOWN = "»{dataset}.files« nævner enheden »{unit}«, som ikke står under »units«"
DESCRIPTOR_UNIT_FILE_UNKNOWN_FIX = "Skriv enheden under »units« øverst i datasets.yaml, eller ret navnet. {nearest}"
DESCRIPTOR_FILE_AND_FILES = "»{dataset}« har både »file« og »files«"
DESCRIPTOR_FILE_AND_FILES_FIX = "Brug »file« for én fil med en kolonne for enheden, eller »files« for én fil pr. enhed."
UNIT_NEAREST = "Mente du »{nearest}«?"
DESCRIPTOR_ROUND_WHERE = "{dataset}.rounds.{round}"  # a survey round's files per unit: »evaluering.rounds.2023«
DESCRIPTOR_ROUND_NO_UNITS = "»{where}« siger ikke, hvilken enhed hver besvarelse hører til"
DESCRIPTOR_ROUND_NO_UNITS_FIX = (
    "Giv runden én fil pr. enhed (»files: {{nord: {{file: nord.csv}}}}«), eller skriv kolonnen med enheden "
    "under »columns: {{unit: Enhed}}« for hele spørgeskemaet."
)
# A unit in the data
UNIT_UNKNOWN_VALUE = "en enhed, som datasets.yaml ikke nævner"
UNIT_UNKNOWN_FIX = "Skriv enheden under »units« i datasets.yaml, eller ret cellen. {nearest}Enhederne er: {names}."
UNIT_MISSING = "enheden mangler"
UNIT_MISSING_FIX = "Skriv enhedens navn eller nøgle i cellen, fx »{example}«."
# A unit in a page
UNIT_FILTER_UNREADABLE = (
    "»{{{{ {text} }}}}«: efter »|« kan kun stå »enhed: …« (ét tal eller én graf) eller »enheder: …« (en sammenligning)"
)
UNIT_FILTER_UNREADABLE_FIX = (
    "Skriv fx »{{{{ forløb.aktive | enhed: nord }}}}« eller "
    "»{{{{ sammenlign: forløb.praktik | enheder: nord, syd }}}}«."
)
UNIT_UNKNOWN_IN_PAGE = "enheden »{unit}« findes ikke"
UNIT_UNKNOWN_IN_PAGE_FIX = "{nearest}Brug en af: {names} – eller »programmet« for alle enheder tilsammen."
UNIT_NOT_IN_DATASET = "»{dataset}« har ingen tal pr. enhed"
UNIT_NOT_IN_DATASET_FIX = "Fjern »| enhed: …«: tallet gælder hele programmet."
UNIT_FIGURE_OUTSIDE = "»{{{{ {text} }}}}« kan kun stå på en enheds side"
UNIT_FIGURE_OUTSIDE_FIX = "Skriv enhedens navn selv, eller brug »{{{{ enhed.navn }}}}« i content/enheder/."
UNIT_FIGURE_UNKNOWN = "»enhed.{name}« findes ikke"
UNIT_FIGURE_UNKNOWN_FIX = "Brug »enhed.navn« eller »enhed.kommune«."
# The units side by side: {{ sammenlign: forløb.praktik }}, {{ sammenlign: forløb.aktive.udvikling }}
COMPARE_MEASURE = "Andel i »{label}« blandt dem, der {who}"  # the share compared, in the chart's subtitle
COMPARE_MEASURE_SURVEY = "Andel, der har svaret {positive} på »{label}«"  # a survey question compared
COMPARE_NO_SHARE_SURVEY_FIX = "Sammenlign et spørgsmål, fx »{{{{ sammenlign: {dataset}.{example} }}}}«."
COMPARE_NO_UNITS = "»{dataset}« har ingen tal pr. enhed at sammenligne"
COMPARE_NO_UNITS_FIX = "Sammenlign et datasæt med enheder (»units« i datasets.yaml), eller brug »{{{{ graf: … }}}}«."
COMPARE_NO_SHARE = "»{name}« er ikke en andel, så enhederne kan ikke sammenlignes på den"
COMPARE_NO_SHARE_FIX = (
    "Sammenlign en andel, fx »{{{{ sammenlign: {dataset}.{example} }}}}«, eller et antal over tid: "
    "»{{{{ sammenlign: {dataset}.{name}.udvikling }}}}«."
)
COMPARE_NO_FILTER = "»{{{{ {text} }}}}« viser alle enheder, så »| enhed: …« kan ikke stå efter den"
COMPARE_NO_FILTER_FIX = "Fjern »| enhed: …«."
COMPARE_FOLDER = "enheder"  # in a comparison's file names: »forloeb-praktik-enheder-2024-06-30.csv«
UNITS_TOTAL = "i alt"  # the total of a programme's table without a group of every status (the build's report)
UNITS_UNPROVEN = (
    "{where}: for {count} skjulte tal på tværs af enhederne kunne beregningen ikke vise, at alle de værdier,"
    " reglen lader åbne, er mulige ({names}). Tallene er skjult; se README, »Suppression across units«."
)
