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
SUPPRESSED_ANSWERS = "{count} enkelte svar i svarfordelingen på {questions} spørgsmål"

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
CHART_HELP = "Brug en af: {names}."
NO_CHANGES = "ingen tal er ændret"
STAGE_DATA = "Læser og tjekker data"
STAGE_PAGES = "Læser artikler og sider"
STAGE_CHARTS = "Tegner grafer"
STAGE_WRITING = "Skriver siderne"
STAGE_PDF = "Laver PDF af briefingerne"
STAGE_GUARD = "Kontrollerer det færdige site"
SUMMARY_HEADING = "Opsummering:"
SUMMARY_PAGES = "Sider med tal: {pages} ({articles} artikler og sider, {others} lavet af data)."
SUMMARY_SUPPRESSED = "Udeladte tal (diskretion): {count}."
SUMMARY_CHANGED = "Tal ændret siden forrige opgørelse: {count}."
SUMMARY_TIMES = "Tid: {times}."
SUMMARY_ALERTS = "Advarsler: {count}."
NEWEST_CHANGES = "Ændret siden forrige opgørelse:"
DRAWING_LINE = "Grafer: {charts} i alt, {drawn} tegnet, {cached} fra cachen ({seconds} s)."
CHART_HELP_FORMS = (
    "En fordeling kan også vises som ikoner eller over tid: «{example}.{icons}», «{example}.{time}»; "
    "et enkelt tal over tid med «.{time}» efter tallets navn, fx «{everyone}.{time}»."
)
CHART_SOURCE_SURVEY = "Kilde: {source}, måling {round}."
CHART_TABLE_SUMMARY = "Se tallene som tabel"
CHART_DOWNLOAD_CSV = "Hent tallene (CSV)"
CHART_DOWNLOAD_PNG = "Hent grafen som billede (PNG)"
CHART_ALT_LABEL = "Graf: "  # before the text alternative, for a screen reader
ALT_SUPPRESSED = " {count} tal vises ikke af hensyn til diskretion."
NOT_STATED = "Ikke oplyst"
TOTAL = "I alt"
NO_ANSWERS = "ingen svar"
BLANK_ANSWER = "Ikke besvaret"

# Agreement (share of positive answers per question)
AGREEMENT_TITLE = "Mindst {least} svarer positivt på hvert af de {count} spørgsmål"
AGREEMENT_TITLE_PLAIN = "Andel, der svarer positivt på hvert spørgsmål"
AGREEMENT_SUBTITLE = (
    "Andel, der har svaret {positive}. Måling {round}, {responses} besvarelser. Basen (n) står ved hvert spørgsmål."
)
AGREEMENT_ALT = (
    "Søjlediagram over {count} spørgsmål fra måling {round}. Højest er "
    "«{top_label}» med {top_share}; lavest er «{low_label}» med {low_share}."
)
AGREEMENT_ALT_EMPTY = "Søjlediagram over {count} spørgsmål fra måling {round}."

# The whole answer scale (diverging stacked bars)
SCALE_TITLE = "Svarene på hele skalaen: mindst {least} svarer positivt på hvert spørgsmål"
SCALE_TITLE_PLAIN = "Svarene på hele skalaen for hvert spørgsmål"
SCALE_SUBTITLE = (
    "Procent af dem, der har svaret. Positive svar ({positive}) går til højre, de andre til venstre. "
    "Måling {round}, {responses} besvarelser."
)
SCALE_ALT = (
    "Stablet søjlediagram over svarene på {count} spørgsmål fra måling {round}, hele skalaen fra "
    "«{first}» til «{last}». Flest positive svar har «{top_label}» med {top_share}; færrest har "
    "«{low_label}» med {low_share}."
)
SCALE_ALT_EMPTY = "Stablet søjlediagram over svarene på {count} spørgsmål fra måling {round}."
SCALE_SUPPRESSED_ANSWER = "Ikke oplyst [c]"
COLUMN_ANSWER = "Svar"
POSITIVE_TOTAL = "Positive i alt"

# Counts of a breakdown (bars and icons)
BREAKDOWN_TITLE = "Største gruppe: {top_label} ({top_count} af {total})"
BREAKDOWN_SUBTITLE = "Antal. {period}. I alt {total}."
BREAKDOWN_ALT_EMPTY = "{kind}: {title}. I alt {total}, {period}."
BREAKDOWN_ALT = (
    "{kind}: {title}. I alt {total}, {period}. Flest: {top_label} "
    "med {top_count} ({top_share}). Færrest: {low_label} med {low_count} ({low_share})."
)
KIND_BARS = "Søjlediagram"
KIND_ICONS = "Ikondiagram"
ICON_UNIT_ONE = "Hvert ikon er én person."
ICON_UNIT = "Hvert ikon er {unit} personer; antallet af ikoner er afrundet."
ICON_LABEL = "{label}: {count}"
BACKGROUND_TITLE = "Besvarelser fordelt på {header}"

# Development over time
TIME_TITLE_PARTS = "Største gruppe pr. {date}: {top_label} ({top_count})"
TIME_TITLE_ONE = "{label}: fra {first} i {first_month} til {last} pr. {date}"
TIME_TITLE_PLAIN = "{label} fra {first_month} til {date}"
TIME_SUBTITLE = "Antal ved udgangen af hver måned fra {first_month} til {date}."
TIME_SUBTITLE_THINNED = (
    "Antal ved udgangen af måneden fra {first_month} til {date}. Måneder med en tilgang på under "
    "{threshold} er slået sammen med de næste, så ingen lille tilgang kan regnes ud."
)
TIME_ALT = (
    "Kurvediagram over {title} fra {first_month} til {date}, én kurve pr. gruppe. Pr. {date}: {last_values}. "
    "Højest undervejs: {top_label} med {top_count} i {top_month}."
)
TIME_ALT_ONE = (
    "Kurvediagram over {title} fra {first_month} til {date}: fra {first} til {last}. Højest: {top} i {top_month}."
)
TIME_ALT_EMPTY = "Kurvediagram over {title} fra {first_month} til {date}."
COLUMN_MONTH = "Måned"
COLUMN_DATE_CSV = "Dato"

PERIOD_OUTCOME = "tal opgjort pr. {date}"
PERIOD_SURVEY = "måling {round}"
COLUMN_QUESTION = "Spørgsmål"
COLUMN_SHARE = "Andel positive"
COLUMN_POSITIVE = "Antal positive"
COLUMN_BASE = "Basen (n)"
COLUMN_GROUP = "Gruppe"
COLUMN_COUNT = "Antal"
COLUMN_SHARE_OF_TOTAL = "Andel"
COLUMN_PERCENT_CSV = "Andel (%)"

# --- Briefings ----------------------------------------------------------------

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
SINCE_ROUND = "i målingen {round}"
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
LIVE_CHARTS = "Alle grafer med de nyeste tal"
LIVE_CHARTS_INTRO = (
    "Under hver graf kan du se tallene som tabel og hente dem som regneark (CSV) eller grafen som billede (PNG)."
)

# --- History: the ledger and newer data -------------------------------------------

REVISED = "tal, der allerede er offentliggjort på siden, er ændret i de nye data: {changes}"
REVISED_FIX = (
    "Skriv «Rettelse: {today}» i linjerne øverst i artiklen (under Title og Date) for at vise de nye tal "
    "med en rettelse, eller «Fasthold: ja» for at beholde de offentliggjorte tal."
)
REVISED_BRIEFING_FIX = (
    "Lav filen «{note}» med linjen «Rettelse: {today}» for at vise de nye tal med en rettelse "
    "(en briefing kan ikke fastholde gamle tal)."
)
KEEP_CHART = "grafen «{name}» viser andre tal end da den blev offentliggjort, og en graf kan ikke fastholdes"
KEEP_CHART_FIX = "Skriv «Rettelse: 2024-01-10» (dagens dato) i stedet for «Fasthold: ja», eller fjern grafen fra siden."
CORRECTION_NOTE = "Rettelse {date}: Tallene er rettet, fordi data er blevet rettet: {changes}."
DECISION_DATE = "«Rettelse: {value}» kan ikke læses som en dato"
DECISION_DATE_FIX = "Skriv datoen for rettelsen som år-måned-dag, fx «Rettelse: 2024-01-10»."

# --- Safety net: words next to numbers, and readability (warnings) ------------------

WARNING = "Advarsel"
WORDING_MAJORITY = "«{word}» står ved {share}, men det er ikke et flertal (det kræver over 50 %)"
WORDING_MAJORITY_FIX = "Skriv fx «{phrase}», eller vælg et andet tal."
WORDING_UP = "«{word}» står ved en ændring, der er et fald ({change})"
WORDING_DOWN = "«{word}» står ved en ændring, der er en stigning ({change})"
WORDING_DIRECTION_FIX = "Ret ordet, så det passer til tallet (stigning/flere eller fald/færre), eller tjek tallet."
WORDING_WHOLE = "«{word}» står ved {share}, men det er ikke {whole}"
WORDING_WHOLE_FIX = "Skriv fx «{phrase}», eller brug tallet alene."
WORDING_FRACTION = "«{words}» passer ikke til {share}"
WORDING_FRACTION_FIX = (
    "Skriv «{phrase}», som passer til tallet, eller brug «.brøk» efter tallets navn, så ordene altid passer."
)
LIX_WARNING = "teksten er svær at læse: LIX {lix} (grænsen er {limit}); den længste sætning har {words} ord"
LIX_FIX = "Del lange sætninger op, brug kortere ord, og skriv et «Kort fortalt:» øverst i artiklen."
WARNINGS_STOP_PUBLISH = "sitet offentliggøres ikke, fordi der er advarsler ({count} i alt)"
WARNINGS_STOP_PUBLISH_FIX = (
    "Ret hver advarsel ovenfor, og offentliggør igen (make publish eller python tasks.py publish)."
)

# --- The figure catalogue (preview only) -------------------------------------------

CATALOGUE_TITLE = "Katalog over tal og grafer"
CATALOGUE_SUMMARY = (
    "Alle navne, du kan sætte ind i en artikel, med tallene i dag. Siden findes kun i forhåndsvisningen."
)
CATALOGUE_METHOD = "En metodeboks: hvor tallene kommer fra, og hvordan de er opgjort."
CATALOGUE_READABILITY = "LIX {lix}, {sentences} sætninger, {average} ord pr. sætning, længste sætning {longest} ord"

# --- Method box --------------------------------------------------------------

METHOD_HEADING = "Om tallene"
METHOD_SURVEY = [
    "{source}.",
    "{population}",
    "Målingen er fra {round} og bygger på {responses} besvarelser.",
    "{method}",
    "Ved hver andel står basen (n): det antal, der har svaret på spørgsmålet.",
]
METHOD_ROUND = "Måling {round}: {invited} blev bedt om at svare, og {answered} svarede ({rate})."
METHOD_ROUND_PLAIN = "Måling {round}: {answered} svarede."
NO_TERMS = "Der er ingen definitioner i beskrivelsen af datafilerne."
DATES_HEADING = "Datadatoer"
DATES_LINE = "Tallene pr. {date}{rounds}"
NO_DATES = "Der er ingen datadatoer endnu."
METHOD_OUTCOME = [
    "{source}.",
    "Tallene er opgjort pr. {date} og tæller borgere, ikke forløb.",
    "En borgers status er den seneste registrering til og med datoen.",
    "Siden start ({start}) har {total} borgere været i forløb.",
]
SYNTHETIC_NOTE = "Eksempeldata: tallene er syntetiske og beskriver ingen rigtige borgere."

# --- Overview of a build (the summary and make check) ------------------------

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

# --- Placing figures in a written page ------------------------------------------

BLOCK_MISPLACED = "«{{{{ {text} }}}}» står i en titel, et resumé eller midt i en tekst"
BLOCK_MISPLACED_FIX = "Sæt grafer og metodebokse på deres egen linje med en tom linje før og efter."
SUPPRESSED_IN_HEADLINE = (
    "«{{{{ {text} }}}}» står i en titel eller et resumé, men tallet er udeladt af hensyn til diskretion "
    "(det vises som «{shown}»)"
)
SUPPRESSED_IN_HEADLINE_FIX = "Flyt tallet ned i teksten, eller brug et tal for en større gruppe i titlen."
READABILITY_HEADING = "Læsbarhed:"
SUPPRESSION_HEADING = "Diskretion:"

# --- Settings that would publish unsafe or stale pages -----------------------------

NO_AUTOESCAPE = "skabelonerne gør ikke tekst ufarlig (autoescape): en titel med <script> ville blive kørt på siden"
NO_AUTOESCAPE_FIX = "Sæt JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}."
CONTENT_CACHE = "LOAD_CONTENT_CACHE er slået til: Pelican ville genbruge gamle tal fra sin cache"
CONTENT_CACHE_FIX = "Sæt LOAD_CONTENT_CACHE = False i indstillingerne."
PLUGIN_NOT_LOADED = "pluginet «{plugin}» blev ikke indlæst, så tallene kan ikke sættes ind"
PLUGIN_NOT_LOADED_FIX = "Tjek PLUGIN_PATHS og PLUGINS = ['{plugin}'] i indstillingerne."
PELICAN_ERROR = "Pelican meldte en fejl: {message}"
SEE_ABOVE = "Se meddelelsen ovenfor."

# --- The command line (python -m public_results) -----------------------------------

CLI_DESCRIPTION = "Byg eller tjek sitet fra data og indhold."
CLI_COMMANDS = {
    "build": "byg sitet",
    "check": "tjek data og indhold uden at bygge, og vis hvilke tal der ændrer sig",
    "figures": "vis alle tal, grafer og metodebokse, du kan sætte ind, med deres værdi i dag",
    "serve": "forhåndsvisning: byg, vis sitet på http://127.0.0.1:PORT, og byg igen, når en fil ændres",
}
CLI_SETTINGS = "indstillingsfilen"
CLI_OUTPUT = "mappen, sitet bygges til"
CLI_DEBUG = "vis den tekniske fejl (traceback)"
CLI_RECORD = "gem de offentliggjorte tal i ledger.json (publish)"
CLI_PREVIEW = "forhåndsvisning: med kataloget over tal"
CLI_PORT = "porten for forhåndsvisningen (serve)"
CLI_REPORT = "skriv byggets tal (tider, grafer, hukommelse) som JSON (bench)"
CLI_UNTOUCHED = "\nSitet i «{output}» er ikke ændret."
CLI_BUG = "Uventet fejl: {kind}: {error}"
CLI_BUG_FIX = "Kør igen med --debug for at se detaljerne, og send dem til udviklerne."
CLI_BUILT = "Sitet er bygget i «{output}»."
CHECK_DATA = "Data:"
CHECK_PAGES = "Indhold: {count} sider med tal er tjekket."
CHECK_NOTHING_TO_COMPARE = "Der er ingen tidligere vellykket byg at sammenligne med (kør «make html»)."
CHECK_ALL_RIGHT = "Alt er i orden."
CHECK_SEE_WARNINGS = "Data og indhold er i orden, men se advarslerne."
