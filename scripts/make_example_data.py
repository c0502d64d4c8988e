"""Make the SYNTHETIC example data in data/ (no real people are described).

Writes two files that data/datasets.yaml describes:

* evaluering_2021.csv - survey export: UTF-8 with BOM, ";", CRLF. 185 anonymous
  responses. Per question the number of "Ved ikke", blanks and positive answers
  ("I meget høj grad" + "I høj grad") is fixed in ANSWERS, so that the share of
  positive answers among the counted ones (base n = 185 - "Ved ikke" - blanks)
  is the published figure, e.g. "tryg": 148 of 160 = 92.5 %.
* forloeb.csv - outcome export: cp1252, ";", CRLF, one row per status change
  (BorgerID;Dato;Status, dates dd-mm-yyyy), sorted by date, then BorgerID.

Counting rules (the same as the site's plugin): a citizen's status on day D is
the status of the citizen's latest row dated on or before D; "alle" on D is the
number of citizens with at least one row dated on or before D.

Targets on the two data dates are met by construction: each citizen is first
given a status on 2018-05-15 (if started by then) and on 2022-02-15, from the
exact counts in AT_D1, ONWARD and AT_D2; only then is a plausible dated history
built that passes through exactly those statuses. After writing, the files are
read back and every target is recounted independently (EXPECTED, SURVEY_TARGETS).

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
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SURVEY_FILE, OUTCOME_FILE = "evaluering_2021.csv", "forloeb.csv"
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
# Independent check figures: (base n, positive) per question.
SURVEY_TARGETS = [(180, 169), (183, 181), (180, 170), (160, 148), (182, 178), (183, 181), (182, 179), (173, 149)]
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

# ---------------------------------------------------------------- outcomes
AFK, PRA, LON, FRI = "Afklaring påbegyndt", "Praktik", "Job med løntilskud", "Frivilligt arbejde"
UDD, P103, P104, VAE = ("Uddannelse", "§103 beskyttet beskæftigelse", "§104 aktivitets- og samværstilbud", "Værested")
FLY, ANB = "Afsluttet - flytning", "Afsluttet - anden beskæftigelse"
EGE, AND = "Afsluttet - eget ønske", "Afsluttet - andet"
PLACEMENTS = (PRA, LON, FRI)  # may change later; every other status after AFK is final
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
START, D1, D2 = dt.date(2017, 3, 1), dt.date(2018, 5, 15), dt.date(2022, 2, 15)

# Status on D1 of the 238 citizens who had started by then.
AT_D1 = {AFK: 61, PRA: 9, LON: 74, FRI: 17, UDD: 2, P103: 6, P104: 5, VAE: 3, FLY: 28, ANB: 19, EGE: 9, AND: 5}
# Status on D2 of those who were active on D1 (all other D1 statuses are final).
ONWARD = {
    AFK: {LON: 10, FRI: 3, UDD: 3, P103: 8, P104: 6, VAE: 4, FLY: 7, ANB: 7, EGE: 8, AND: 5},
    PRA: {LON: 3, P103: 1, FLY: 1, ANB: 2, EGE: 1, AND: 1},
    LON: {LON: 12, P103: 10, P104: 6, VAE: 3, FLY: 10, ANB: 12, EGE: 13, AND: 8},
    FRI: {FRI: 3, P103: 2, P104: 4, VAE: 3, FLY: 1, ANB: 1, EGE: 2, AND: 1},
}
# Status on D2 of all 790 citizens; newcomers after D1 get what is left.
AT_D2 = {AFK: 92, PRA: 5, LON: 82, FRI: 26, UDD: 9, P103: 61, P104: 48, VAE: 37, FLY: 112, ANB: 98, EGE: 134, AND: 86}
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
}
MIN_AFK, MAX_AFK = 30, 300  # days in afklaring (about 1-10 months)
RECENT = 240  # only starters this many days before a date can still be in afklaring
# Intake after D1: slower until 2021, faster in the last year (with D1: about 11-17 a month).
LATE_INTAKE = [(dt.date(2018, 5, 16), dt.date(2021, 2, 28), 372), (dt.date(2021, 3, 1), D2, 180)]
GAP, MAX_STEP = 30, 365  # days between two later status changes (intermediate step)

Row = tuple[dt.date, str]


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


def history(rng: random.Random, start: dt.date, s1: str | None, s2: str) -> list[Row]:
    """Rows of one citizen who starts on `start`, has status s1 on D1 (None: not
    started yet) and s2 on D2."""
    rows: list[Row] = [(start, AFK)]
    latest_end = start + dt.timedelta(MAX_AFK)
    if s1 is not None and s1 != AFK:  # left afklaring before D1
        rows += dated(rng, path_to(rng, AFK, s1), start + dt.timedelta(MIN_AFK), latest_end, D1)
        if s2 != s1:
            lo = max(D1 + dt.timedelta(1), rows[-1][0] + dt.timedelta(GAP))
            rows += dated(rng, path_to(rng, s1, s2), lo, D2, D2)
    elif s2 != AFK:  # leaves afklaring after D1
        lo = start + dt.timedelta(MIN_AFK)
        if s1 == AFK:
            lo = max(lo, D1 + dt.timedelta(1))
        rows += dated(rng, path_to(rng, AFK, s2), lo, latest_end, D2)
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
    return set(forced) | set(rng.sample(others, k - len(forced)))


def assign(rng: random.Random, starts: list[dt.date], statuses: list[str], day: dt.date) -> list[str]:
    """Give each start date one of `statuses` (on `day`); AFK goes to recent starters."""
    afk = still_in_afklaring(rng, starts, statuses.count(AFK), day)
    rest = [s for s in statuses if s != AFK]
    rng.shuffle(rest)
    rest.sort(key=lambda s: s == PRA)  # praktik goes to later starters
    it = iter(rest)
    return [AFK if i in afk else next(it) for i in range(len(starts))]


def make_ids(rng: random.Random, n: int) -> list[str]:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O
    ids: list[str] = []
    while len(ids) < n:
        new = "P" + "".join(rng.choices(letters, k=3)) + f"{rng.randrange(1000):03d}"
        if new not in ids:
            ids.append(new)
    return ids


def outcome_rows(rng: random.Random) -> list[list[str]]:
    early = intake(rng, START, D1, sum(AT_D1.values()))
    late = [day for first, last, n in LATE_INTAKE for day in intake(rng, first, last, n)]
    d1_status = assign(rng, early, [s for s, k in AT_D1.items() for _ in range(k)], D1)
    # D2 status of the early citizens: final statuses stay, active ones move on.
    onward = {s: [t for t, k in ONWARD[s].items() for _ in range(k)] for s in ONWARD}
    for pool in onward.values():
        rng.shuffle(pool)
    early_d2 = [onward[s].pop() if s in ONWARD else s for s in d1_status]
    left = Counter(AT_D2)
    left.subtract(early_d2)
    if min(left.values()) < 0:
        raise ValueError(f"ONWARD uses more than AT_D2 allows: {left}")
    late_d2 = assign(rng, late, [s for s, k in left.items() for _ in range(k)], D2)
    citizens = [
        *zip(early, d1_status, early_d2, strict=False),
        *((s, None, t) for s, t in zip(late, late_d2, strict=False)),
    ]
    rows = [
        (day, pid, status)
        for pid, (start, s1, s2) in zip(make_ids(rng, len(citizens)), citizens, strict=False)
        for day, status in history(rng, start, s1, s2)
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


def survey_rows(rng: random.Random) -> list[list[str]]:
    groups = [g for g, k in MALGRUPPE.items() for _ in range(k)]
    rng.shuffle(groups)
    mood = [rng.random() for _ in groups]
    columns = [survey_column(rng, mood, counts) for counts in ANSWERS]
    comments = [""] * len(groups)
    for i, text in zip(rng.sample(range(len(groups)), len(COMMENTS)), COMMENTS, strict=False):
        comments[i] = f"(syntetisk) {text}"
    return [[g, *(col[i] for col in columns), comments[i]] for i, g in enumerate(groups)]


def write_csv(path: Path, encoding: str, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out: Path) -> None:
    rng = random.Random(SEED)
    survey, outcomes = survey_rows(rng), outcome_rows(rng)  # build all before writing
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / SURVEY_FILE, "utf-8-sig", ["Målgruppe", *QUESTIONS, FREE_TEXT], survey)
    write_csv(out / OUTCOME_FILE, "cp1252", ["BorgerID", "Dato", "Status"], outcomes)


# ---------------------------------------------------------------- verification
def read_csv(path: Path, encoding: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    if raw.count(b"\n") != raw.count(b"\r\n"):
        raise SystemExit(f"{path.name}: line endings are not all CRLF")
    with path.open(encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def verify_survey(path: Path) -> list[str]:
    if not path.read_bytes().startswith(b"\xef\xbb\xbf"):
        return [f"{path.name}: no UTF-8 BOM"]
    rows = read_csv(path, "utf-8-sig")
    errors = [] if len(rows) == SURVEY_ROWS else [f"{len(rows)} survey rows, want {SURVEY_ROWS}"]
    groups = Counter(r["Målgruppe"] for r in rows)
    if groups != Counter(MALGRUPPE):
        errors.append(f"målgruppe counts {dict(groups)}, want {MALGRUPPE}")
    for question, (n_want, pos_want) in zip(QUESTIONS, SURVEY_TARGETS, strict=False):
        answers = [r[question] for r in rows]
        n = sum(a in SCALE for a in answers)
        pos = sum(a in SCALE[:2] for a in answers)
        odd = set(answers) - {*SCALE, VED_IKKE, ""}
        print(f"  {question[:60]:<60} {pos:>3} af {n:>3} = {100 * pos / n:5.1f} %")
        if (n, pos) != (n_want, pos_want) or odd:
            errors.append(f"{question!r}: {pos} of {n}, want {pos_want} of {n_want} {odd or ''}")
    if any(re.search(r"[\d@]", r[FREE_TEXT]) for r in rows):
        errors.append("free text contains digits or '@'")
    return errors


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
    if keys != sorted(keys) or not START <= keys[0][0] <= keys[-1][0] <= D2:
        errors.append("rows not sorted by date and BorgerID, or dated outside the period")
    for pid, hist in by_id.items():
        days = [d for d, _ in hist]
        finals = [s for _, s in hist[1:-1] if s not in PLACEMENTS]
        if hist[0][1] != AFK or len(set(days)) != len(days) or finals:
            errors.append(f"{pid}: implausible history {hist}")
    for day, want in EXPECTED.items():
        got = Counter(CATEGORY[max(h for h in hist if h[0] <= day)[1]] for hist in by_id.values() if hist[0][0] <= day)
        got["alle"] = sum(got.values())
        print(f"  {day}: " + ", ".join(f"{k} {got[k]}" for k in want))
        errors += [f"{day} {k}: {got[k]}, want {v}" for k, v in want.items() if got[k] != v]
    return errors


def verify(out: Path) -> list[str]:
    print(f"{SURVEY_FILE} (positive af base n):")
    errors = verify_survey(out / SURVEY_FILE)
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
        if args.check:
            for name in (SURVEY_FILE, OUTCOME_FILE):
                committed = DATA_DIR / name
                if not committed.exists() or committed.read_bytes() != (out / name).read_bytes():
                    print(
                        f"FEJL: {committed} svarer ikke til scriptets output. Kør scripts/make_example_data.py igen.",
                        file=sys.stderr,
                    )
                    return 1
            print(f"OK: filerne i {DATA_DIR} er identiske med scriptets output.")
        else:
            print(f"Skrev {out / SURVEY_FILE} og {out / OUTCOME_FILE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
