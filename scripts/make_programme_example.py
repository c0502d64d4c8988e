"""Make the SYNTHETIC data of the second example, a programme of three units (no real people).

Writes examples/programme/data/forloeb.csv: one outcome export for the whole programme, UTF-8
with BOM, ";", one row per status change (BorgerID;Dato;Status;Enhed, dates dd-mm-yyyy), the
unit written by its Danish name. And the citizens' survey in two rounds, both ways a survey may
say each response's unit: the 2023 round as one file for the programme with a column »Enhed«
(evaluering_2023.csv), the 2024 round as one file per unit (evaluering_2024_<unit>.csv, without
that column). examples/programme/data/datasets.yaml says what they are.

Three units of different sizes (UNITS): two of some size and »Jobhuset Ø«, so small that several
of its cells are below the threshold of 5 on every data date: the site must hide them, and hide
enough elsewhere that the programme's totals minus the other units do not give them away.
The same seed always gives the same file.

Usage: make_programme_example.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "programme" / "data"
SEED = 22
START = dt.date(2023, 7, 1)
LAST = dt.date(2024, 6, 30)
UNITS = {"Jobhuset Nord": 160, "Jobhuset Syd": 100, "Jobhuset Ø": 9}  # citizens per unit
UNIT_KEYS = {"Jobhuset Nord": "nord", "Jobhuset Syd": "syd", "Jobhuset Ø": "oe"}
RESPONSES = {"2023": {"Jobhuset Nord": 70, "Jobhuset Syd": 45, "Jobhuset Ø": 4},
             "2024": {"Jobhuset Nord": 80, "Jobhuset Syd": 50, "Jobhuset Ø": 6}}  # fmt: skip
HOPE = {"Jobhuset Nord": 0.85, "Jobhuset Syd": 0.7, "Jobhuset Ø": 0.6}  # how likely a positive answer is
QUESTIONS = (
    "I hvilken grad giver samarbejdet med jobhuset dig håb om forandring?",
    "I hvilken grad er du tryg ved at sige din mening?",
    "I hvilken grad føler du dig støttet af jobhuset?",
)
POSITIVE = ("I meget høj grad", "I høj grad")
OTHER = ("I nogen grad", "I mindre grad", "Slet ikke", "Ved ikke", "")
NEXT = {  # a placed status, and how likely it is after clarification
    "Praktik": 0.3,
    "Job med løntilskud": 0.35,
    "Afsluttet": 0.2,
}


def rows(rng: random.Random) -> list[tuple[str, dt.date, str, str]]:
    """Every status change of every unit's citizens, sorted by date, then ID."""
    found = []
    days = (LAST - START).days
    for number, (unit, size) in enumerate(UNITS.items()):
        for citizen in range(size):
            pseudonym = f"P{number}{citizen:03d}X"
            begun = START + dt.timedelta(days=rng.randrange(days - 30))
            found.append((pseudonym, begun, "Afklaring påbegyndt", unit))
            if rng.random() < 0.7:
                moved = begun + dt.timedelta(days=rng.randrange(30, 200))
                if moved <= LAST:
                    status = rng.choices(list(NEXT), weights=list(NEXT.values()))[0]
                    found.append((pseudonym, moved, status, unit))
    return sorted(found, key=lambda row: (row[1], row[0]))


def write(folder: Path) -> Path:
    """Write forloeb.csv into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "forloeb.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        out = csv.writer(file, delimiter=";", lineterminator="\r\n")
        out.writerow(["BorgerID", "Dato", "Status", "Enhed"])
        for pseudonym, day, status, unit in rows(random.Random(SEED)):
            out.writerow([pseudonym, day.strftime("%d-%m-%Y"), status, unit])
    return path


def answers(rng: random.Random, unit: str, count: int) -> list[list[str]]:
    """``count`` responses of ``unit``: an answer to each question (positive with the unit's ``HOPE``)."""
    found = []
    for _ in range(count):
        found.append([rng.choice(POSITIVE) if rng.random() < HOPE[unit] else rng.choice(OTHER) for _ in QUESTIONS])
    return found


def write_survey(folder: Path) -> list[Path]:
    """Write the survey's files into ``folder`` (see the module's docstring) and return their paths."""
    rng = random.Random(SEED + 1)
    paths = []
    for round_name, sizes in RESPONSES.items():
        per_unit = round_name != "2023"
        by_file: dict[str, list[list[str]]] = {}
        for unit, count in sizes.items():
            name = f"evaluering_{round_name}_{UNIT_KEYS[unit]}.csv" if per_unit else f"evaluering_{round_name}.csv"
            by_file.setdefault(name, []).extend(row + ([] if per_unit else [unit]) for row in answers(rng, unit, count))
        for name, found in by_file.items():
            path = folder / name
            with path.open("w", encoding="utf-8-sig", newline="") as file:
                out = csv.writer(file, delimiter=";", lineterminator="\r\n")
                out.writerow([*QUESTIONS, *([] if per_unit else ["Enhed"])])
                out.writerows(found)
            paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    folder = parser.parse_args().out
    print(write(folder))
    for path in write_survey(folder):
        print(path)


if __name__ == "__main__":
    main()
