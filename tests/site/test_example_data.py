"""The committed example data is exactly what scripts/make_example_data.py makes,
and it still holds the published figures (so a hand edit of data/ is caught)."""

import csv
import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

from support import ROOT

SCRIPT = ROOT / "scripts" / "make_example_data.py"
DATA = ROOT / "data"
FILES = ("evaluering_2021.csv", "evaluering_2023.csv", "forloeb.csv")
POSITIVE = {"I meget høj grad", "I høj grad"}
COUNTED = POSITIVE | {"I nogen grad", "I mindre grad", "Slet ikke"}
TRYG = "I hvilken grad er du tryg ved at sige din mening?"
QUESTIONS = [
    "I hvilken grad giver samarbejdet med enheden dig håb om forandring?",
    "I hvilken grad oplever du at være en del af samarbejdet?",
    "I hvilken grad oplever du, at dine ønsker er i fokus?",
    TRYG,
    "I hvilken grad føler du dig taget seriøst?",
    "I hvilken grad føler du dig forstået?",
    "I hvilken grad føler du dig støttet af enheden?",
    "I hvilken grad har du fået afklaring om dine muligheder for beskæftigelse?",
]
# The 2023 round: (positive, base n, share in whole percent rounded half up) per question.
SURVEY_2023 = [
    (182, 198, 92),  # håb
    (195, 201, 97),  # del_af_samarbejdet
    (189, 199, 95),  # ønsker_i_fokus
    (164, 180, 91),  # tryg
    (194, 200, 97),  # taget_seriøst
    (197, 201, 98),  # forstået
    (193, 199, 97),  # støttet
    (169, 192, 88),  # afklaring_muligheder
]
# Every category on the third data date, 31 December 2023.
DECEMBER_2023 = {
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
}
CATEGORY = {
    "Afklaring påbegyndt": "afklaring",
    "Praktik": "praktik",
    "Job med løntilskud": "løntilskud",
    "Frivilligt arbejde": "frivilligt",
    "Uddannelse": "uddannelse",
    "§103 beskyttet beskæftigelse": "paragraf_103",
    "§104 aktivitets- og samværstilbud": "paragraf_104",
    "Værested": "værested",
    "Afsluttet - flytning": "uden_beskæftigelse",
    "Afsluttet - anden beskæftigelse": "uden_beskæftigelse",
    "Afsluttet - eget ønske": "andre_årsager",
    "Afsluttet - andet": "andre_årsager",
}


def read(name: str, encoding: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def date_of(row: dict[str, str]) -> dt.date:
    return dt.datetime.strptime(row["Dato"], "%d-%m-%Y").date()


def status_on(day: dt.date) -> dict[str, str]:
    """Each citizen's status on `day`: the latest row dated on or before it."""
    latest: dict[str, tuple[dt.date, str]] = {}
    for row in read("forloeb.csv", "cp1252"):
        date = date_of(row)
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
    assert (DATA / "evaluering_2021.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read("evaluering_2021.csv", "utf-8-sig")
    assert len(rows) == 185
    assert Counter(r["Målgruppe"] for r in rows)["Psykisk diagnose"] == 97
    assert Counter(r["Målgruppe"] for r in rows)["Andet"] == 3
    answers = [r[TRYG] for r in rows]
    assert sum(a in COUNTED for a in answers) == 160
    assert sum(a in POSITIVE for a in answers) == 148


def test_survey_2023_figures() -> None:
    raw = (DATA / "evaluering_2023.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\n") == raw.count(b"\r\n")
    assert raw.splitlines()[0] == (DATA / "evaluering_2021.csv").read_bytes().splitlines()[0]  # same columns
    rows = read("evaluering_2023.csv", "utf-8-sig")
    assert len(rows) == 204
    groups = Counter(r["Målgruppe"] for r in rows)
    assert groups == {"Fysisk handicap": 52, "Hjerneskade": 44, "Psykisk diagnose": 104, "Andet": 4}
    for question, (positive, n, share) in zip(QUESTIONS, SURVEY_2023, strict=True):
        answers = [r[question] for r in rows]
        assert set(answers) <= COUNTED | {"Ved ikke", ""}
        assert (sum(a in POSITIVE for a in answers), sum(a in COUNTED for a in answers)) == (positive, n), question
        assert int(100 * positive / n + 0.5) == share, question


def test_outcome_figures() -> None:
    may_2018 = Counter(status_on(dt.date(2018, 5, 15)).values())
    assert sum(may_2018.values()) == 238
    assert may_2018["Afklaring påbegyndt"] == 61
    assert may_2018["Afsluttet - flytning"] + may_2018["Afsluttet - anden beskæftigelse"] == 47
    feb_2022 = Counter(status_on(dt.date(2022, 2, 15)).values())
    assert sum(feb_2022.values()) == 790
    assert feb_2022["Afklaring påbegyndt"] == 92
    assert feb_2022["Job med løntilskud"] == 82


def test_outcome_figures_on_the_third_data_date() -> None:
    dec_2023 = status_on(dt.date(2023, 12, 31))
    assert len(dec_2023) == 1012
    assert Counter(CATEGORY[s] for s in dec_2023.values()) == DECEMBER_2023
    assert max(date_of(r) for r in read("forloeb.csv", "cp1252")) <= dt.date(2023, 12, 31)


def test_final_statuses_never_change_after_february_2022() -> None:
    active = {"Afklaring påbegyndt", "Praktik", "Job med løntilskud", "Frivilligt arbejde"}
    feb_2022, dec_2023 = status_on(dt.date(2022, 2, 15)), status_on(dt.date(2023, 12, 31))
    changed = [pid for pid, status in feb_2022.items() if status not in active and dec_2023[pid] != status]
    assert not changed
