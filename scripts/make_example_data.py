"""Make the SYNTHETIC example data in data/ (no real people are described).

Writes three files (data/datasets.yaml says what each one is):

* evaluering_2021.csv and evaluering_2023.csv - one survey export per round:
  UTF-8 with BOM, ";", CRLF, one row per anonymous response (185 in 2021, 204
  in 2023). Per question the number of "Ved ikke", blanks and positive answers
  ("I meget høj grad" + "I høj grad") is fixed in ANSWERS and ANSWERS_2023, so
  that the share of positive answers among the counted ones (base n = responses
  - "Ved ikke" - blanks) is the published figure, e.g. 2021 "tryg": 148 of 160
  = 92.5 %.
* forloeb.csv - outcome export: cp1252, ";", CRLF, one row per status change
  (BorgerID;Dato;Status, dates dd-mm-yyyy), sorted by date, then BorgerID.

Counting rules (the same as the site's plugin): a citizen's status on day D is
the status of the citizen's latest row dated on or before D; "alle" on D is the
number of citizens with at least one row dated on or before D.

Targets on the data dates (DATES: 2018-05-15, 2022-02-15 and 2023-12-31) are
met by construction: date by date, the citizens who had started by then are
given their status on that date from exact counts (AT: every status on the date;
ONWARD: where those active on the previous date have moved; newcomers since the
previous date get what is left). Only then is a plausible dated history built
that passes through exactly those statuses. After writing, the files are read
back and every target is recounted independently (EXPECTED, SURVEY_TARGETS,
SURVEY_TARGETS_2023).

Usage: make_example_data.py [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SEED = 20220215

# ---------------------------------------------------------------- survey
SCALE = ["I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad", "Slet ikke"]
VED_IKKE = "Ved ikke"
QUESTIONS = [
    "I hvilken grad giver samarbejdet med enheden dig håb om forandring?",
    "I hvilken grad oplever du at være en del af samarbejdet?",
    "I hvilken grad oplever du, at dine ønsker er i fokus?",
    "I hvilken grad er du tryg ved at sige din mening?",
    "I hvilken grad føler du dig taget seriøst?",
    "I hvilken grad føler du dig forstået?",
    "I hvilken grad føler du dig støttet af enheden?",
    "I hvilken grad har du fået afklaring om dine muligheder for beskæftigelse?",
]
FREE_TEXT = "Har du andre kommentarer til samarbejdet?"

# Round 2021 (the February 2022 article).
# "Andet" is a small subgroup on purpose: the example site shows how suppression handles it.
MALGRUPPE = {"Fysisk handicap": 47, "Hjerneskade": 38, "Psykisk diagnose": 97, "Andet": 3}
# Per question (same order as QUESTIONS): counts for the five SCALE steps, "Ved ikke", blank.
ANSWERS = [
    (108, 61, 7, 3, 1, 3, 2),  # håb                   169 of 180
    (129, 52, 1, 1, 0, 1, 1),  # del_af_samarbejdet    181 of 183
    (104, 66, 6, 3, 1, 4, 1),  # ønsker_i_fokus        170 of 180
    (91, 57, 7, 3, 2, 20, 5),  # tryg                  148 of 160
    (120, 58, 2, 1, 1, 2, 1),  # taget_seriøst         178 of 182
    (115, 66, 1, 1, 0, 2, 0),  # forstået              181 of 183
    (124, 55, 1, 1, 1, 1, 2),  # støttet               179 of 182
    (82, 67, 15, 6, 3, 9, 3),  # afklaring_muligheder  149 of 173
]
# Independent check figures: (base n, positive) per question, and the share in whole percent (half up).
SURVEY_TARGETS = [(180, 169), (183, 181), (180, 170), (160, 148), (182, 178), (183, 181), (182, 179), (173, 149)]
SURVEY_SHARES = [94, 99, 94, 93, 98, 99, 98, 86]
SURVEY_ROWS = 185
COMMENTS = [
    "Jeg er glad for min praktikplads.",
    "Det har hjulpet mig at have en fast kontaktperson.",
    "Jeg vil gerne have flere timer på min arbejdsplads.",
    "Møderne har været gode og rolige.",
    "Nogle gange har det været svært at komme i kontakt med enheden.",
    "Tak for hjælpen.",
    "Jeg føler, at jeg bliver lyttet til.",
    "Det tog lang tid at finde det rette sted, men nu går det godt.",
    "Jeg har fået mere struktur på min hverdag.",
    "Jeg savner nogle gange mere information om næste skridt.",
    "Kollegerne tager godt imod mig.",
    "Jeg er blevet mere tryg ved at prøve noget nyt.",
]

# Round 2023 (history after the seed articles). "Andet" is again a small group on purpose.
MALGRUPPE_2023 = {"Fysisk handicap": 52, "Hjerneskade": 44, "Psykisk diagnose": 104, "Andet": 4}
ANSWERS_2023 = [
    (115, 67, 11, 3, 2, 3, 3),  # håb                   182 of 198 = 91.9 %
    (138, 57, 3, 2, 1, 2, 1),  # del_af_samarbejdet    195 of 201 = 97.0 %
    (118, 71, 6, 3, 1, 4, 1),  # ønsker_i_fokus        189 of 199 = 95.0 %
    (101, 63, 9, 4, 3, 19, 5),  # tryg                  164 of 180 = 91.1 %
    (131, 63, 3, 2, 1, 3, 1),  # taget_seriøst         194 of 200 = 97.0 %
    (126, 71, 2, 1, 1, 2, 1),  # forstået              197 of 201 = 98.0 %
    (135, 58, 3, 2, 1, 2, 3),  # støttet               193 of 199 = 97.0 %
    (90, 79, 16, 4, 3, 9, 3),  # afklaring_muligheder  169 of 192 = 88.0 %
]
SURVEY_TARGETS_2023 = [(198, 182), (201, 195), (199, 189), (180, 164), (200, 194), (201, 197), (199, 193), (192, 169)]
SURVEY_SHARES_2023 = [92, 97, 95, 91, 97, 98, 97, 88]
SURVEY_ROWS_2023 = 204
COMMENTS_2023 = [
    "Min kontaktperson har været god til at følge op.",
    "Jeg er glad for mit job med løntilskud.",
    "Det er rart, at jeg selv er med til at bestemme.",
    "Jeg ville ønske, at afklaringen gik lidt hurtigere.",
    "Jeg har fået nye kolleger og en fast rytme i ugen.",
    "Nogle gange er der for lang tid mellem møderne.",
    "Tak fordi I tror på mig.",
    "Jeg har lært meget om, hvad jeg kan klare.",
    "Det frivillige arbejde giver mig meget.",
    "Jeg er usikker på, hvad der skal ske bagefter.",
    "Det hjælper, at I kommer med ud på arbejdspladsen.",
    "Jeg føler mig mindre alene nu.",
]


@dataclass(frozen=True)
class SurveyRound:
    """One survey export: what is written and the independent figures it is checked against."""

    file: str
    malgruppe: dict[str, int]
    answers: list[tuple[int, ...]]
    comments: list[str]
    rows: int  # check figure: number of responses
    targets: list[tuple[int, int]]  # check figures: (base n, positive) per question
    shares: list[int]  # check figures: positive share in whole percent, rounded half up


SURVEYS = (
    SurveyRound("evaluering_2021.csv", MALGRUPPE, ANSWERS, COMMENTS, SURVEY_ROWS, SURVEY_TARGETS, SURVEY_SHARES),
    SurveyRound(
        "evaluering_2023.csv",
        MALGRUPPE_2023,
        ANSWERS_2023,
        COMMENTS_2023,
        SURVEY_ROWS_2023,
        SURVEY_TARGETS_2023,
        SURVEY_SHARES_2023,
    ),
)

# ---------------------------------------------------------------- outcomes
OUTCOME_FILE = "forloeb.csv"
AFK, PRA, LON, FRI = "Afklaring påbegyndt", "Praktik", "Job med løntilskud", "Frivilligt arbejde"
UDD, P103, P104, VAE = ("Uddannelse", "§103 beskyttet beskæftigelse", "§104 aktivitets- og samværstilbud", "Værested")
FLY, ANB = "Afsluttet - flytning", "Afsluttet - anden beskæftigelse"
EGE, AND = "Afsluttet - eget ønske", "Afsluttet - andet"
PLACEMENTS = (PRA, LON, FRI)  # may change later; every other status after AFK is final
ACTIVE = (AFK, *PLACEMENTS)
CATEGORY = {
    AFK: "afklaring",
    PRA: "praktik",
    LON: "løntilskud",
    FRI: "frivilligt",
    UDD: "uddannelse",
    P103: "paragraf_103",
    P104: "paragraf_104",
    VAE: "værested",
    FLY: "uden_beskæftigelse",
    ANB: "uden_beskæftigelse",
    EGE: "andre_årsager",
    AND: "andre_årsager",
}
START = dt.date(2017, 3, 1)
D1, D2, D3 = dt.date(2018, 5, 15), dt.date(2022, 2, 15), dt.date(2023, 12, 31)
DATES = (D1, D2, D3)  # the data dates, in order; no row is dated after the last one

# Start dates of the newcomers since the previous data date: (first day, last day, number).
# With D1: about 11-17 a month until D2, then about 8-11 a month (10 on average).
INTAKE = {
    D1: [(START, D1, 238)],
    D2: [(D1 + dt.timedelta(1), dt.date(2021, 2, 28), 372), (dt.date(2021, 3, 1), D2, 180)],
    D3: [(D2 + dt.timedelta(1), dt.date(2022, 12, 31), 90), (dt.date(2023, 1, 1), D3, 132)],
}
# Status on each data date of everyone who had started by then.
AT = {
    D1: {AFK: 61, PRA: 9, LON: 74, FRI: 17, UDD: 2, P103: 6, P104: 5, VAE: 3, FLY: 28, ANB: 19, EGE: 9, AND: 5},
    D2: {AFK: 92, PRA: 5, LON: 82, FRI: 26, UDD: 9, P103: 61, P104: 48, VAE: 37, FLY: 112, ANB: 98, EGE: 134, AND: 86},
    D3: {
        AFK: 88,
        PRA: 9,
        LON: 97,
        FRI: 31,
        UDD: 12,
        P103: 70,
        P104: 55,
        VAE: 44,
        FLY: 150,
        ANB: 140,
        EGE: 190,
        AND: 126,
    },
}
# Status on a data date of those who were active on the previous one (all other statuses are
# final and stay). Nobody stays in afklaring from one date to the next; newcomers since the
# previous date get what is left of AT.
ONWARD = {
    D2: {
        AFK: {LON: 10, FRI: 3, UDD: 3, P103: 8, P104: 6, VAE: 4, FLY: 7, ANB: 7, EGE: 8, AND: 5},
        PRA: {LON: 3, P103: 1, FLY: 1, ANB: 2, EGE: 1, AND: 1},
        LON: {LON: 12, P103: 10, P104: 6, VAE: 3, FLY: 10, ANB: 12, EGE: 13, AND: 8},
        FRI: {FRI: 3, P103: 2, P104: 4, VAE: 3, FLY: 1, ANB: 1, EGE: 2, AND: 1},
    },
    D3: {
        AFK: {LON: 23, FRI: 6, UDD: 2, P103: 4, P104: 3, VAE: 3, FLY: 11, ANB: 12, EGE: 16, AND: 12},
        PRA: {LON: 2, P103: 1, ANB: 1, EGE: 1},
        LON: {LON: 18, FRI: 2, P103: 3, P104: 2, VAE: 1, FLY: 12, ANB: 14, EGE: 18, AND: 12},
        FRI: {FRI: 6, LON: 2, P104: 1, VAE: 2, FLY: 3, ANB: 3, EGE: 6, AND: 3},
    },
}
# Independent check figures per category (as published), "alle" included.
EXPECTED = {
    D1: {
        "afklaring": 61,
        "praktik": 9,
        "løntilskud": 74,
        "frivilligt": 17,
        "uddannelse": 2,
        "paragraf_103": 6,
        "paragraf_104": 5,
        "værested": 3,
        "uden_beskæftigelse": 47,
        "andre_årsager": 14,
        "alle": 238,
    },
    D2: {
        "afklaring": 92,
        "praktik": 5,
        "løntilskud": 82,
        "frivilligt": 26,
        "uddannelse": 9,
        "paragraf_103": 61,
        "paragraf_104": 48,
        "værested": 37,
        "uden_beskæftigelse": 210,
        "andre_årsager": 220,
        "alle": 790,
    },
    D3: {
        "afklaring": 88,
        "praktik": 9,
        "løntilskud": 97,
        "frivilligt": 31,
        "uddannelse": 12,
        "paragraf_103": 70,
        "paragraf_104": 55,
        "værested": 44,
        "uden_beskæftigelse": 290,
        "andre_årsager": 316,
        "alle": 1012,
    },
}
MIN_AFK, MAX_AFK = 30, 365  # days in afklaring (about 1-12 months)
RECENT = 300  # only starters this many days before a date can still be in afklaring
GAP, MAX_STEP = 30, 365  # days between two later status changes (intermediate step)

Row = tuple[dt.date, str]
FILES = [*(survey.file for survey in SURVEYS), OUTCOME_FILE]  # every file the script writes


def random_day(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    if hi < lo:
        raise ValueError(f"empty date window {lo}..{hi}")
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def path_to(rng: random.Random, frm: str, to: str) -> list[str]:
    """Statuses from `frm` to `to`, sometimes through a placement on the way."""
    if to == LON and frm == AFK and rng.random() < 0.35:
        return [PRA, LON]  # praktik, then løntilskud
    if to not in PLACEMENTS and rng.random() < 0.35:  # final status via a placement
        return [rng.choice([p for p in PLACEMENTS if p != frm]), to]
    return [to]


def dated(rng: random.Random, steps: list[str], lo: dt.date, first_hi: dt.date, hi: dt.date) -> list[Row]:
    """Date `steps` in order: the first in [lo, first_hi], all within [lo, hi]."""
    if len(steps) == 2 and min(first_hi, hi - dt.timedelta(GAP)) < lo:
        steps = steps[1:]  # no room for the extra step
    if len(steps) == 1:
        return [(random_day(rng, lo, min(first_hi, hi)), steps[0])]
    first = random_day(rng, lo, min(first_hi, hi - dt.timedelta(GAP)))
    second = random_day(rng, first + dt.timedelta(GAP), min(hi, first + dt.timedelta(MAX_STEP)))
    return [(first, steps[0]), (second, steps[1])]


def history(rng: random.Random, start: dt.date, statuses: list[str | None]) -> list[Row]:
    """Rows of one citizen who starts on `start` and has statuses[k] on DATES[k]
    (None: not started yet). Each change is dated after the previous data date."""
    rows: list[Row] = [(start, AFK)]
    for previous, day, status in zip((None, *DATES[:-1]), DATES, statuses, strict=True):
        last_day, current = rows[-1]
        if status is None or status == current:
            continue
        if current == AFK:  # leaves afklaring after 1 to 12 months
            lo, first_hi = start + dt.timedelta(MIN_AFK), start + dt.timedelta(MAX_AFK)
        else:
            lo, first_hi = last_day + dt.timedelta(GAP), day
        if previous is not None:
            lo = max(lo, previous + dt.timedelta(1))
        rows += dated(rng, path_to(rng, current, status), lo, first_hi, day)
    return rows


def intake(rng: random.Random, first: dt.date, last: dt.date, n: int) -> list[dt.date]:
    """n sorted start dates spread evenly (with jitter) over first..last."""
    span = (last - first).days + 1
    return [first + dt.timedelta(int((i + rng.random()) * span / n)) for i in range(n)]


def still_in_afklaring(rng: random.Random, starts: list[dt.date], k: int, day: dt.date) -> set[int]:
    """Indices of k citizens in afklaring on `day`: everyone who started too
    recently to have finished, plus a random choice among other recent starters."""
    age = [(day - s).days for s in starts]
    forced = [i for i, a in enumerate(age) if a < MIN_AFK + 15]
    others = [i for i, a in enumerate(age) if MIN_AFK + 15 <= a < RECENT]
    if not len(forced) <= k <= len(forced) + len(others):
        raise ValueError(f"{day}: {k} in afklaring, but {len(forced)} must be and {len(others)} more may be")
    return set(forced) | set(rng.sample(others, k - len(forced)))


def assign(rng: random.Random, starts: list[dt.date], statuses: list[str], day: dt.date) -> list[str]:
    """Give each start date one of `statuses` (on `day`); AFK goes to recent starters."""
    afk = still_in_afklaring(rng, starts, statuses.count(AFK), day)
    rest = [s for s in statuses if s != AFK]
    rng.shuffle(rest)
    rest.sort(key=lambda s: s == PRA)  # praktik goes to later starters
    it = iter(rest)
    return [AFK if i in afk else next(it) for i in range(len(starts))]


def expand(counts: dict[str, int]) -> list[str]:
    """Each status repeated by its count."""
    return [s for s, k in counts.items() for _ in range(k)]


def move_on(rng: random.Random, before: list[str], onward: dict[str, dict[str, int]], day: dt.date) -> list[str]:
    """Status on `day` of citizens who had status `before` on the previous data date:
    final statuses stay, each active one is drawn from its row of `onward`."""
    present = Counter(before)
    for status in ACTIVE:
        moved = sum(onward.get(status, {}).values())
        if moved != present[status]:
            raise ValueError(f"{day}: ONWARD moves {moved} from {status!r}, but {present[status]} had it")
    if AFK in onward.get(AFK, {}):
        raise ValueError(f"{day}: only recent starters can be in afklaring, nobody stays from the previous date")
    pools = {s: expand(targets) for s, targets in onward.items()}
    for pool in pools.values():
        rng.shuffle(pool)
    return [pools[s].pop() if s in pools else s for s in before]


def make_ids(rng: random.Random, n: int) -> list[str]:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O
    ids: list[str] = []
    while len(ids) < n:
        new = "P" + "".join(rng.choices(letters, k=3)) + f"{rng.randrange(1000):03d}"
        if new not in ids:
            ids.append(new)
    return ids


def outcome_rows(rng: random.Random) -> list[list[str]]:
    starts: list[dt.date] = []
    statuses: list[list[str | None]] = []  # per citizen: status on each data date so far
    for k, day in enumerate(DATES):
        earlier = move_on(rng, [s[-1] for s in statuses], ONWARD.get(day, {}), day)
        left = Counter(AT[day])
        left.subtract(earlier)
        newcomers = [d for first, last, n in INTAKE[day] for d in intake(rng, first, last, n)]
        if min(left.values()) < 0 or left.total() != len(newcomers):
            raise ValueError(f"{day}: AT leaves {dict(left)} for {len(newcomers)} newcomers")
        for s, status in zip(statuses, earlier, strict=True):
            s.append(status)
        starts += newcomers
        statuses += [[None] * k + [status] for status in assign(rng, newcomers, expand(left), day)]
    rows = [
        (day, pid, status)
        for pid, start, sts in zip(make_ids(rng, len(starts)), starts, statuses, strict=True)
        for day, status in history(rng, start, sts)
    ]
    return [[pid, f"{day:%d-%m-%Y}", status] for day, pid, status in sorted(rows)]


def survey_column(rng: random.Random, mood: list[float], counts: tuple[int, ...]) -> list[str]:
    """One question's answers with exact counts; happier respondents tend to answer higher."""
    *steps, ved_ikke, blank = counts
    order = list(range(len(mood)))
    rng.shuffle(order)
    column = [""] * len(mood)
    for i in order[:ved_ikke]:
        column[i] = VED_IKKE
    answering = order[ved_ikke + blank :]
    noisy = {i: mood[i] + 0.6 * rng.random() for i in answering}
    answering.sort(key=noisy.__getitem__, reverse=True)
    labels = [label for label, k in zip(SCALE, steps, strict=False) for _ in range(k)]
    for i, label in zip(answering, labels, strict=True):
        column[i] = label
    return column


def survey_rows(rng: random.Random, survey: SurveyRound) -> list[list[str]]:
    groups = expand(survey.malgruppe)
    rng.shuffle(groups)
    mood = [rng.random() for _ in groups]
    columns = [survey_column(rng, mood, counts) for counts in survey.answers]
    comments = [""] * len(groups)
    for i, text in zip(rng.sample(range(len(groups)), len(survey.comments)), survey.comments, strict=False):
        comments[i] = f"(syntetisk) {text}"
    return [[g, *(col[i] for col in columns), comments[i]] for i, g in enumerate(groups)]


def write_csv(path: Path, encoding: str, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out: Path) -> None:
    rng = random.Random(SEED)
    surveys = [survey_rows(rng, survey) for survey in SURVEYS]  # build all before writing
    outcomes = outcome_rows(rng)
    out.mkdir(parents=True, exist_ok=True)
    for survey, rows in zip(SURVEYS, surveys, strict=True):
        write_csv(out / survey.file, "utf-8-sig", ["Målgruppe", *QUESTIONS, FREE_TEXT], rows)
    write_csv(out / OUTCOME_FILE, "cp1252", ["BorgerID", "Dato", "Status"], outcomes)


# ---------------------------------------------------------------- verification
def read_csv(path: Path, encoding: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    if raw.count(b"\n") != raw.count(b"\r\n"):
        raise SystemExit(f"{path.name}: line endings are not all CRLF")
    with path.open(encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def verify_survey(path: Path, survey: SurveyRound) -> list[str]:
    if not path.read_bytes().startswith(b"\xef\xbb\xbf"):
        return [f"{path.name}: no UTF-8 BOM"]
    rows = read_csv(path, "utf-8-sig")
    errors = [] if len(rows) == survey.rows else [f"{len(rows)} survey rows, want {survey.rows}"]
    if list(rows[0]) != ["Målgruppe", *QUESTIONS, FREE_TEXT]:
        errors.append(f"header {list(rows[0])}")
    groups = Counter(r["Målgruppe"] for r in rows)
    if groups != Counter(survey.malgruppe):
        errors.append(f"målgruppe counts {dict(groups)}, want {survey.malgruppe}")
    for question, (n_want, pos_want), share_want in zip(QUESTIONS, survey.targets, survey.shares, strict=True):
        answers = [r[question] for r in rows]
        n = sum(a in SCALE for a in answers)
        pos = sum(a in SCALE[:2] for a in answers)
        share = (200 * pos + n) // (2 * n)  # whole percent, half up
        odd = set(answers) - {*SCALE, VED_IKKE, ""}
        print(f"  {question[:60]:<60} {pos:>3} af {n:>3} = {100 * pos / n:5.1f} % ~ {share} %")
        if (n, pos, share) != (n_want, pos_want, share_want):
            errors.append(f"{question!r}: {pos} of {n} ({share} %), want {pos_want} of {n_want} ({share_want} %)")
        if odd:
            errors.append(f"{question!r}: unknown answers {odd}")
    if any(re.search(r"[\d@]", r[FREE_TEXT]) for r in rows):
        errors.append("free text contains digits or '@'")
    return [f"{path.name}: {e}" for e in errors]


def verify_outcomes(path: Path) -> list[str]:
    rows = read_csv(path, "cp1252")
    errors: list[str] = []
    by_id: dict[str, list[Row]] = {}
    for r in rows:
        day = dt.datetime.strptime(r["Dato"], "%d-%m-%Y").date()
        if not re.fullmatch(r"P[A-HJ-NP-Z]{3}\d{3}", r["BorgerID"]) or r["Status"] not in CATEGORY:
            errors.append(f"bad row {r}")
        by_id.setdefault(r["BorgerID"], []).append((day, r["Status"]))
    keys = [(dt.datetime.strptime(r["Dato"], "%d-%m-%Y").date(), r["BorgerID"]) for r in rows]
    if keys != sorted(keys) or not START <= keys[0][0] <= keys[-1][0] <= DATES[-1]:
        errors.append("rows not sorted by date and BorgerID, or dated outside the period")
    for pid, hist in by_id.items():
        days = [d for d, _ in hist]
        finals = [s for _, s in hist[1:-1] if s not in PLACEMENTS]
        left_afk = hist[1][0] if len(hist) > 1 else DATES[-1]
        if hist[0][1] != AFK or len(set(days)) != len(days) or finals or (left_afk - days[0]).days > MAX_AFK:
            errors.append(f"{pid}: implausible history {hist}")
    for day, want in EXPECTED.items():
        got = Counter(CATEGORY[max(h for h in hist if h[0] <= day)[1]] for hist in by_id.values() if hist[0][0] <= day)
        got["alle"] = sum(got.values())
        print(f"  {day}: " + ", ".join(f"{k} {got[k]}" for k in want))
        errors += [f"{day} {k}: {got[k]}, want {v}" for k, v in want.items() if got[k] != v]
    return [f"{path.name}: {e}" for e in errors]


def verify(out: Path) -> list[str]:
    errors = []
    for survey in SURVEYS:
        print(f"{survey.file} (positive af base n):")
        errors += verify_survey(out / survey.file, survey)
    print(f"{OUTCOME_FILE} (status på datadatoerne):")
    return errors + verify_outcomes(out / OUTCOME_FILE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (data/)")
    parser.add_argument("--check", action="store_true", help="regenerate in a temporary folder and compare with data/")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) if args.check else args.out
        generate(out)
        errors = verify(out)
        if errors:
            print("FEJL: eksempeldata rammer ikke målene:\n  " + "\n  ".join(errors), file=sys.stderr)
            return 1
        print("Alle måltal passer.")
        if args.check:
            for name in FILES:
                committed = DATA_DIR / name
                if not committed.exists() or committed.read_bytes() != (out / name).read_bytes():
                    print(
                        f"FEJL: {committed} svarer ikke til scriptets output. Kør scripts/make_example_data.py igen.",
                        file=sys.stderr,
                    )
                    return 1
            print(f"OK: filerne i {DATA_DIR} er identiske med scriptets output.")
        else:
            print("Skrev " + ", ".join(str(out / name) for name in FILES) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
