"""Make a SYNTHETIC national programme (no real people are described): units in every municipality.

Writes into the folder given on the command line:

* forloeb.csv - one status log for the whole programme, as the example's data/forloeb.csv but
  with a unit column first: ``Enhed;BorgerID;Dato;Status`` (Windows-1252, ``;``, CRLF, dates
  dd-mm-yyyy, sorted by date, then pseudonym). The statuses are the example's raw statuses. A
  citizen has at most one change a day and belongs to one unit; pseudonyms are unique.
* evaluering_<yyyy-mm>.csv - two survey rounds (30 November of the last year and of the year two
  before it), one row per anonymous response with the unit first, then the example's columns:
  ``Enhed;Målgruppe;<the eight questions>;<free text>`` (UTF-8 with BOM, ``;``, CRLF).
* enheder.csv - each unit's key (ASCII-safe), name and municipality (UTF-8, ``;``).
* programme.json - what was made: seed, rows, data dates (31 December of each year), survey
  rounds, and per unit its citizens, rows and responses (the benchmark and the tests read it).

Sizes are realistic in shape: one unit per municipality (98, in a fixed order with the four largest
cities first), sized from a log-normal draw (a few large units, many small ones); the four largest
draws go to the four largest cities, the rest are dealt at random. The total number of citizens is
chosen so that the log has about ``--rows`` rows. Every citizen starts in »Afklaring påbegyndt« and
moves on month by month (30 to 240 days a step) through placements to an end, or is still active
at the end. The same seed gives the same bytes.

Usage: make_programme_data.py OUT [--rows 1000000] [--units 98] [--years 7] [--seed 2026]
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import math
import random
import sys
import time
from pathlib import Path

from make_example_data import FREE_TEXT, QUESTIONS  # the example's survey: the same questions

LAST_DAY = dt.date(2023, 12, 31)
SAMPLE = 4000  # histories drawn first to find the rows per citizen over the years asked for
SEED = 2026
# fmt: off
MUNICIPALITIES = (
    "København", "Aarhus", "Aalborg", "Odense", "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Bornholm",
    "Brøndby", "Brønderslev", "Dragør", "Egedal", "Esbjerg", "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia",
    "Frederiksberg", "Frederikshavn", "Frederikssund", "Furesø", "Faaborg-Midtfyn", "Gentofte", "Gladsaxe",
    "Glostrup", "Greve", "Gribskov", "Guldborgsund", "Haderslev", "Halsnæs", "Hedensted", "Helsingør", "Herlev",
    "Herning", "Hillerød", "Hjørring", "Holbæk", "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup", "Hørsholm",
    "Ikast-Brande", "Ishøj", "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding", "Køge", "Langeland", "Lejre",
    "Lemvig", "Lolland", "Lyngby-Taarbæk", "Læsø", "Mariagerfjord", "Middelfart", "Morsø", "Norddjurs", "Nordfyns",
    "Nyborg", "Næstved", "Odder", "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern", "Ringsted", "Roskilde",
    "Rudersdal", "Rødovre", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Slagelse", "Solrød", "Sorø", "Stevns",
    "Struer", "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder", "Tårnby", "Vallensbæk", "Varde", "Vejen",
    "Vejle", "Vesthimmerland", "Viborg", "Vordingborg", "Ærø", "Aabenraa",
)
# fmt: on
LARGEST = 4  # the first four municipalities get the four largest units

AFKLARING = "Afklaring påbegyndt"
ACTIVE = (AFKLARING, "Praktik", "Job med løntilskud", "Frivilligt arbejde")
ENDS = (
    "Afsluttet - eget ønske",
    "Afsluttet - flytning",
    "Afsluttet - anden beskæftigelse",
    "Afsluttet - andet",
    "Uddannelse",
    "§103 beskyttet beskæftigelse",
    "§104 aktivitets- og samværstilbud",
    "Værested",
)
# Where a citizen goes from each active status: (next status, weight). Ends finish the history.
MOVES = {
    AFKLARING: (("Praktik", 30), ("Job med løntilskud", 12), ("Frivilligt arbejde", 14), *((e, 6) for e in ENDS)),
    "Praktik": (("Job med løntilskud", 30), ("Frivilligt arbejde", 10), (AFKLARING, 10), *((e, 6) for e in ENDS)),
    "Job med løntilskud": (("Praktik", 10), (AFKLARING, 6), *((e, 9) for e in ENDS)),
    "Frivilligt arbejde": (("Praktik", 14), ("Job med løntilskud", 8), *((e, 9) for e in ENDS)),
}
RESTART = 0.05  # an ended citizen who starts again (counted once, as the example's caveat says)

ANSWERS = ("I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad", "Slet ikke", "Ved ikke", "")
ANSWER_WEIGHTS = (55, 30, 6, 3, 1, 3, 2)  # as the example's 2021 round, roughly
TARGET_GROUPS = (("Fysisk handicap", 47), ("Hjerneskade", 38), ("Psykisk diagnose", 97), ("Andet", 3))


def unit_key(municipality: str) -> str:
    """An ASCII-safe key for a municipality's unit: ``Høje-Taastrup`` -> ``hoeje-taastrup``."""
    text = municipality.lower()
    for letter, plain in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(letter, plain)
    return text


def unit_sizes(rng: random.Random, units: int, citizens: int) -> list[int]:
    """Citizens per unit (at least 3 each, summing to about ``citizens``): log-normal draws, the
    largest to the first ``LARGEST`` units, the others dealt at random."""
    draws = sorted((rng.lognormvariate(0.0, 1.0) for _ in range(units)), reverse=True)
    first, rest = draws[:LARGEST], draws[LARGEST:]
    rng.shuffle(rest)
    weights = first + rest
    total = sum(weights)
    return [max(3, round(citizens * w / total)) for w in weights]


def pseudonyms(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct pseudonyms shaped like the example's (``PVJM861``)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    space = 26**3 * 1000
    if count > space:
        sys.exit(f"make_programme_data: at most {space} citizens")
    names = []
    for number in rng.sample(range(space), count):
        code, digits = divmod(number, 1000)
        names.append("P" + letters[code // 676] + letters[code // 26 % 26] + letters[code % 26] + f"{digits:03d}")
    return names


def _table(moves: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], list[float]]:
    """A move table as its options and their cumulative weights (for ``bisect``)."""
    options, weights = zip(*moves, strict=True)
    cumulative, total = [], 0
    for weight in weights:
        total += weight
        cumulative.append(total)
    return options, cumulative


TABLES = {status: _table(moves) for status, moves in MOVES.items()}


def history(rng: random.Random, first: int, last: int) -> list[tuple[int, str]]:
    """One citizen's status changes (days as ordinals): a start between ``first`` and ``last``, then
    a step every 30 to 240 days along ``MOVES`` until an end (which may start again) or ``last``."""
    day = first + int(rng.random() * (last - first + 1))
    status, changes = AFKLARING, []
    while day <= last:
        changes.append((day, status))
        day += 30 + int(rng.random() * 211)
        if status in TABLES:
            options, cumulative = TABLES[status]
            status = options[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
        elif rng.random() < RESTART:
            status = AFKLARING
        else:
            break
    return changes


def rows_per_citizen(seed: int, first: int, last: int) -> float:
    """The mean number of status changes of a citizen over the span (from a sample of its own)."""
    rng = random.Random(seed)
    return sum(len(history(rng, first, last)) for _ in range(SAMPLE)) / SAMPLE


def status_on(changes: list[tuple[int, str]], day: int) -> str | None:
    """The citizen's status on ``day`` (an ordinal): the latest change on or before it."""
    found = None
    for when, status in changes:
        if when > day:
            break
        found = status
    return found


def survey_rows(rng: random.Random, unit: str, count: int) -> list[list[str]]:
    """``count`` anonymous responses for ``unit``: a target group, eight answers, a blank comment.
    Each unit has its own mood (how often an answer is drawn one step less positive)."""
    groups, group_weights = zip(*TARGET_GROUPS, strict=True)
    mood = rng.uniform(0.0, 0.35)
    rows = []
    for _ in range(count):
        row = [unit, rng.choices(groups, group_weights)[0]]
        for _question in QUESTIONS:
            index = rng.choices(range(len(ANSWERS)), ANSWER_WEIGHTS)[0]
            if index < 4 and rng.random() < mood:
                index += 1
            row.append(ANSWERS[index])
        rows.append([*row, ""])
    return rows


def survey_dates(first_year: int) -> list[dt.date]:
    """Two rounds: 30 November of the last year and of two years before (or 31 May of the last
    year when the data are too short for that)."""
    earlier = LAST_DAY.year - 2
    return [
        dt.date(earlier, 11, 30) if earlier >= first_year else dt.date(LAST_DAY.year, 5, 31),
        dt.date(LAST_DAY.year, 11, 30),
    ]


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> None:
    """Rows as an export writes them: ``;``, CRLF (cells never hold ``;`` or quotes here)."""
    text = "".join(";".join(row) + "\r\n" for row in [header, *rows])
    path.write_bytes(text.encode(encoding))


def make(out: Path, rows: int = 1_000_000, units: int = 98, years: int = 7, seed: int = SEED) -> dict:
    """Write the programme's files into ``out`` and return what ``programme.json`` says."""
    if not 1 <= units <= len(MUNICIPALITIES) or not 1 <= years <= 30:
        sys.exit(f"make_programme_data: 1 to {len(MUNICIPALITIES)} units and 1 to 30 years")
    rng = random.Random(seed)
    first = dt.date(LAST_DAY.year - years + 1, 1, 1)
    names = MUNICIPALITIES[:units]
    per_citizen = rows_per_citizen(seed, first.toordinal(), LAST_DAY.toordinal())
    sizes = unit_sizes(rng, units, max(units * 3, math.ceil(rows / per_citizen)))
    ids = iter(pseudonyms(rng, sum(sizes)))
    rounds = survey_dates(first.year)
    log: list[tuple[int, str, str, str]] = []
    surveys: dict[dt.date, list[list[str]]] = {day: [] for day in rounds}
    described = []
    for municipality, size in zip(names, sizes, strict=True):
        key, before = unit_key(municipality), len(log)
        active = dict.fromkeys(rounds, 0)
        for _ in range(size):
            citizen, changes = next(ids), history(rng, first.toordinal(), LAST_DAY.toordinal())
            log.extend((day, citizen, key, status) for day, status in changes)
            for day in rounds:
                active[day] += status_on(changes, day.toordinal()) in ACTIVE
        responses = {}
        for day in rounds:
            answered = round(active[day] * rng.uniform(0.5, 0.85))
            surveys[day] += survey_rows(rng, key, answered)
            responses[day.isoformat()] = answered
        described.append(
            {
                "key": key,
                "name": f"Jobhuset {municipality}",
                "municipality": municipality,
                "citizens": size,
                "rows": len(log) - before,
                "responses": responses,
            }
        )
    log.sort()
    out.mkdir(parents=True, exist_ok=True)
    shown = {day: f"{dt.date.fromordinal(day):%d-%m-%Y}" for day in range(first.toordinal(), LAST_DAY.toordinal() + 1)}
    write_csv(
        out / "forloeb.csv",
        ["Enhed", "BorgerID", "Dato", "Status"],
        [[key, citizen, shown[day], status] for day, citizen, key, status in log],
        "cp1252",
    )
    files = {}
    for day, answers in surveys.items():
        files[day.isoformat()] = f"evaluering_{day:%Y-%m}.csv"
        write_csv(out / files[day.isoformat()], ["Enhed", "Målgruppe", *QUESTIONS, FREE_TEXT], answers, "utf-8-sig")
    unit_rows = [[u["key"], u["name"], u["municipality"]] for u in described]
    write_csv(out / "enheder.csv", ["Enhed", "Navn", "Kommune"], unit_rows, "utf-8")
    manifest = {
        "synthetic": True,
        "seed": seed,
        "rows": len(log),
        "citizens": sum(sizes),
        "first_day": first.isoformat(),
        "last_day": LAST_DAY.isoformat(),
        "data_dates": [dt.date(year, 12, 31).isoformat() for year in range(first.year, LAST_DAY.year + 1)],
        "survey_rounds": files,
        "units": described,
    }
    (out / "programme.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write into")
    parser.add_argument("--rows", type=int, default=1_000_000, help="about this many rows in the status log")
    parser.add_argument("--units", type=int, default=len(MUNICIPALITIES), help="the first N municipalities")
    parser.add_argument("--years", type=int, default=7, help="years of data, ending 2023-12-31")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    began = time.perf_counter()
    made = make(args.out, args.rows, args.units, args.years, args.seed)
    sizes = sorted(u["citizens"] for u in made["units"])
    print(
        f"{args.out}: {len(sizes)} units ({sizes[0]} to {sizes[-1]} citizens, median {sizes[len(sizes) // 2]}), "
        f"{made['citizens']} citizens, {made['rows']} rows, "
        f"{sum(sum(u['responses'].values()) for u in made['units'])} survey responses "
        f"in {time.perf_counter() - began:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
