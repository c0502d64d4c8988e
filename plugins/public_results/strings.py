"""Every Danish word the plugin itself writes, in one place.

Templates hold the theme's words; this module holds the words that are built
from data: fraction phrases, base phrases, chart texts and error messages.
"""

from __future__ import annotations

# --- Numbers -----------------------------------------------------------------

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
SURVEY_DEFINITION = "Andel, der svarer {positive} på «{question}». Uden for basen: {left_out}."
RESPONSES_DEFINITION = "Antal besvarelser i målingen."
BLANK_ANSWERS = "tomme svar"

BASE_PHRASE = "af de {n}, der {who}"
BASE_PHRASE_SUPPRESSED = "af {n}, der {who}"
BASE_PREFIX = "af "
WHOLE_PHRASES = (ALL, NEARLY_ALL)  # take "de 5, der …" without "af"
SURVEY_WHO = "har svaret på spørgsmålet"

# --- Suppression (privacy) ----------------------------------------------------

SUPPRESSED_SMALL = "færre end {threshold}"  # a count of 1 to threshold-1, in running text
SUPPRESSED_HIDDEN = "et ikke oplyst antal"  # a count hidden so a small one cannot be worked out
SUPPRESSED_SHARE = "ikke oplyst"  # a share whose base is suppressed
SUPPRESSED_CELL = "[c]"  # in tables, charts and downloads
SMALL_BASE_NOTE = " (usikkert tal: kun {n} i basen)"
SUPPRESSION_LEGEND = (
    "[c]: Tallet vises ikke af hensyn til diskretion: det er under {threshold}, eller det ville "
    "kunne regnes ud fra de andre tal."
)
METHOD_SUPPRESSION = (
    "Af hensyn til diskretion vises antal under {threshold} ikke, og enkelte andre tal er udeladt, "
    "så de små tal ikke kan regnes ud. Her er {count} tal udeladt: {names}."
)
METHOD_NO_SUPPRESSION = "Af hensyn til diskretion vises antal under {threshold} ikke; her er ingen tal udeladt."

PRIVACY_HEADING = "Diskretion: sådan beskytter vi borgerne"
PRIVACY_RULE = [
    "Ingen tal på siden må kunne pege på en bestemt borger.",
    "Et antal under {threshold} (men over 0) vises derfor aldrig. I teksten står der «færre end {threshold}», "
    "og i tabeller og grafer står der «{cell}».",
    "En andel vises kun, når den er regnet af mindst {threshold}.",
    "Når et lille tal er skjult, skjuler vi også et andet tal i samme opgørelse, så det lille tal ikke kan "
    "regnes ud ved at trække de andre fra summen.",
    "Andele, der er regnet af få personer, er markeret som usikre.",
]
SUPPRESSION_LINE = "{where}: {count} tal udeladt ({names})."

REAL_DATA_IN_GIT = (
    "Advarsel: «{file}» ligger i git, men datasættet «{dataset}» er ikke markeret som syntetisk. "
    "Rigtige eksporter er persondata, også når id'erne er pseudonymer: flyt filen til en mappe uden "
    "for projektet og peg RESULTS_DATA_PATH derhen, eller skriv den i .gitignore og fjern den fra git."
)

MONTHS = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]  # fmt: skip

# --- Charts ------------------------------------------------------------------

CHART_SOURCE = "Kilde: {source}. Tal opgjort pr. {date}."
CHART_SOURCE_SURVEY = "Kilde: {source}, måling {round}."
CHART_TABLE_SUMMARY = "Se tallene som tabel"
AGREEMENT_TITLE = "Andel, der svarer positivt på hvert spørgsmål"
AGREEMENT_SUBTITLE = (
    "Andel, der har svaret {positive}. Måling {round}, {responses} besvarelser. Basen (n) står ved hvert spørgsmål."
)
AGREEMENT_ALT = (
    "Søjlediagram over {count} spørgsmål fra måling {round}. Højest er "
    "«{top_label}» med {top_share}; lavest er «{low_label}» med {low_share}."
)
AGREEMENT_ALT_EMPTY = "Søjlediagram over {count} spørgsmål fra måling {round}."
ALT_SUPPRESSED = " {count} tal vises ikke af hensyn til diskretion."
BACKGROUND_TITLE = "Besvarelser fordelt på {header}"
NOT_STATED = "Ikke oplyst"
BREAKDOWN_SUBTITLE = "Antal. {period}. I alt {total}."
BREAKDOWN_ALT_EMPTY = "Søjlediagram: {title}. I alt {total}, {period}."
BREAKDOWN_ALT = (
    "Søjlediagram: {title}. I alt {total}, {period}. Flest: {top_label} "
    "med {top_count} ({top_share}). Færrest: {low_label} med {low_count} ({low_share})."
)
PERIOD_OUTCOME = "tal opgjort pr. {date}"
PERIOD_SURVEY = "måling {round}"
COLUMN_QUESTION = "Spørgsmål"
COLUMN_SHARE = "Andel positive"
COLUMN_POSITIVE = "Antal positive"
COLUMN_BASE = "Basen (n)"
COLUMN_GROUP = "Gruppe"
COLUMN_COUNT = "Antal"
COLUMN_SHARE_OF_TOTAL = "Andel"
TOTAL = "I alt"
NO_ANSWERS = "ingen svar"

# --- Method box --------------------------------------------------------------

METHOD_HEADING = "Om tallene"
METHOD_SURVEY = [
    "{source}.",
    "Målingen er fra {round} og bygger på {responses} besvarelser.",
    "{method}",
    "Ved hver andel står basen (n): det antal, der har svaret på spørgsmålet.",
]
METHOD_OUTCOME = [
    "{source}.",
    "Tallene er opgjort pr. {date} og tæller borgere, ikke forløb.",
    "En borgers status er den seneste registrering til og med datoen.",
    "Siden start ({start}) har {total} borgere været i forløb.",
]
SYNTHETIC_NOTE = "Eksempeldata: tallene er syntetiske og beskriver ingen rigtige borgere."
