"""Make the SYNTHETIC data of the second example, a programme of three units (no real people).

Writes examples/programme/data/forloeb.csv: one outcome export for the whole programme, UTF-8
with BOM, ";", one row per status change (BorgerID;Dato;Status;Enhed, dates dd-mm-yyyy), the
unit written by its Danish name. examples/programme/data/datasets.yaml says what it is.

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    print(write(parser.parse_args().out))


if __name__ == "__main__":
    main()
