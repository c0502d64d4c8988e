"""The committed example data is exactly what scripts/make_example_data.py makes,
and it still holds the published figures (so a hand edit of data/ is caught)."""

import csv
import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_example_data.py"
DATA = ROOT / "data"
FILES = ("evaluering_2021.csv", "forloeb.csv")
POSITIVE = {"I meget høj grad", "I høj grad"}
COUNTED = POSITIVE | {"I nogen grad", "I mindre grad", "Slet ikke"}
TRYG = "I hvilken grad er du tryg ved at sige din mening?"


def read(name: str, encoding: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def status_on(day: dt.date) -> dict[str, str]:
    """Each citizen's status on `day`: the latest row dated on or before it."""
    latest: dict[str, tuple[dt.date, str]] = {}
    for row in read("forloeb.csv", "cp1252"):
        date = dt.datetime.strptime(row["Dato"], "%d-%m-%Y").date()
        pid = row["BorgerID"]
        if date <= day and (pid not in latest or date > latest[pid][0]):
            latest[pid] = (date, row["Status"])
    return {pid: status for pid, (_, status) in latest.items()}


def test_script_reproduces_committed_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), (
            f"data/{name} differs from the script's output; run scripts/make_example_data.py"
        )


def test_survey_figures() -> None:
    assert (DATA / FILES[0]).read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read(FILES[0], "utf-8-sig")
    assert len(rows) == 185
    assert Counter(r["Målgruppe"] for r in rows)["Psykisk diagnose"] == 97
    assert Counter(r["Målgruppe"] for r in rows)["Andet"] == 3
    answers = [r[TRYG] for r in rows]
    assert sum(a in COUNTED for a in answers) == 160
    assert sum(a in POSITIVE for a in answers) == 148


def test_outcome_figures() -> None:
    may_2018 = Counter(status_on(dt.date(2018, 5, 15)).values())
    assert sum(may_2018.values()) == 238
    assert may_2018["Afklaring påbegyndt"] == 61
    assert may_2018["Afsluttet - flytning"] + may_2018["Afsluttet - anden beskæftigelse"] == 47
    feb_2022 = Counter(status_on(dt.date(2022, 2, 15)).values())
    assert sum(feb_2022.values()) == 790
    assert feb_2022["Afklaring påbegyndt"] == 92
    assert feb_2022["Job med løntilskud"] == 82
