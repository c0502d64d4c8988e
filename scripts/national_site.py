"""The national programme's whole site for ``make bench`` (``bench_national.py``): the data of
``make_programme_data.py`` split into one file per unit, a page per unit from one template, an article
per unit, and the programme's articles (one per data date, the newest comparing the units); and the
same Markdown for plain Pelican, each unit's page written out as a page.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml
from bench_site import COMMON, PROSE, ROOT, plain

UNIT_TEMPLATE = """Title: {{ enhed.navn }}

{{ enhed.navn }} i {{ enhed.kommune }} har haft {{ forløb.alle }} borgere i forløb siden start.
Lige nu er {{ forløb.aktive }} borgere i et aktivt forløb, og {{ forløb.praktik }} er i praktik.

I hele programmet er {{ forløb.aktive | enhed: programmet }} borgere i et aktivt forløb.

{{ graf: forløb.status }}

{{ metode: forløb }}
"""
UNITS_INDEX = """Title: Enhederne

Programmets jobhuse ved siden af hinanden.

{{ sammenlign: forløb.praktik }}
"""


def unit_article(key: str, name: str, day: dt.date) -> str:
    """One unit's own article (``Enhed: key``), pinned to ``day``: figures, a chart, the method box."""
    return "\n".join(
        [
            f"Title: Nyt fra {name}",
            f"Date: {day.isoformat()} 12:00",
            f"Datadato: {day.isoformat()}",
            f"Enhed: {key}",
            f"Summary: Nyt om borgernes forløb i {name}.",
            "",
            PROSE,
            "",
            "I alt har {{ forløb.alle }} borgere været i forløb. {{ forløb.placeret }} er placeret.",
            "",
            "{{ graf: forløb.aktive_fordeling }}",
            "",
            PROSE,
            "",
            "{{ metode: forløb }}",
            "",
        ]
    )


def programme_article(day: dt.date, compare: bool) -> str:
    """The programme's article at ``day``; the newest compares the units (``sammenlign``)."""
    lines = [
        f"Title: Programmet pr. {day.isoformat()}",
        f"Date: {day.isoformat()} 10:00",
        f"Datadato: {day.isoformat()}",
        "Summary: Nyt om borgernes forløb i hele programmet.",
        "",
        PROSE,
        "",
        "Programmet har haft {{ forløb.alle }} borgere i forløb; {{ forløb.aktive }} er i et aktivt forløb.",
        "",
        "{{ graf: forløb.status }}",
        "",
    ]
    if compare:
        lines += ["{{ sammenlign: forløb.praktik }}", "", "{{ sammenlign: forløb.aktive.udvikling }}", ""]
    return "\n".join([*lines, "{{ metode: forløb }}", ""])


def national_descriptor(manifest: dict) -> dict:
    """The example's descriptor made the programme's: its units, a file per unit, the start and the
    seven data dates, and the two survey rounds with each response's unit in their »Enhed« column."""
    described = yaml.safe_load((ROOT / "data" / "datasets.yaml").read_text(encoding="utf-8"))
    units = manifest["units"]
    described["units"] = {u["key"]: {"name": u["name"], "municipality": u["municipality"]} for u in units}
    outcome = described["datasets"]["forløb"]
    outcome.pop("file", None)
    laminar(outcome)
    outcome["files"] = {u["key"]: {"file": f"forloeb-{u['key']}.csv"} for u in units}
    outcome["start"] = dt.date.fromisoformat(manifest["first_day"])
    outcome["data_dates"] = [dt.date.fromisoformat(d) for d in manifest["data_dates"]]
    survey = described["datasets"]["evaluering"]
    survey["columns"] = {**survey.get("columns", {}), "unit": "Enhed"}  # each response's unit (its key)
    survey["rounds"] = [
        {"round": day[:4], "file": name, "date": dt.date.fromisoformat(day)}
        for day, name in manifest["survey_rounds"].items()
    ]
    return described


NESTED_GROUPS = ("alle", "aktive", "placeret", "løntilskud_praktik", "uddannelse_tilbud", "tilbud")


def laminar(outcome: dict) -> None:
    """The example's statuses with only its groups that are nested or disjoint (the protection across
    units needs that: »meningsfuld« and »afsluttet« overlap »aktive«), their bases and breakdowns to match."""
    outcome["groups"] = {key: outcome["groups"][key] for key in NESTED_GROUPS}
    for entry in [*outcome["categories"].values(), *outcome["groups"].values()]:
        if entry.get("base") not in (None, *NESTED_GROUPS):
            entry["base"] = "aktive" if entry is outcome["groups"]["løntilskud_praktik"] else None
            if entry["base"] is None:
                del entry["base"]
    status = {"title": "Status for alle borgere siden start", "of": "alle"}
    status["parts"] = ["aktive", "uddannelse_tilbud", "uden_beskæftigelse", "andre_årsager"]
    outcome["breakdowns"] = {"status": status, "aktive_fordeling": outcome["breakdowns"]["aktive_fordeling"]}


def split_log(log: Path, folder: Path) -> dict[str, int]:
    """The one status log (``Enhed;BorgerID;Dato;Status``) as one file per unit, the unit column
    dropped, the bytes of each line otherwise as they were; rows per unit."""
    lines = log.read_bytes().split(b"\r\n")
    header = lines[0].split(b";", 1)[1]
    parts: dict[str, list[bytes]] = {}
    for line in lines[1:]:
        if line:
            key, rest = line.split(b";", 1)
            parts.setdefault(key.decode("ascii"), []).append(rest)
    for key, rows in parts.items():
        (folder / f"forloeb-{key}.csv").write_bytes(b"\r\n".join([header, *rows, b""]))
    return {key: len(rows) for key, rows in parts.items()}


def write_national(folder: Path, data: Path, manifest: dict) -> dict[str, int]:
    """The national site in ``folder`` (emptied first) from the programme's data in ``data``
    (``make_programme_data.py``): ours (``ours.py``: content/) and plain Pelican's (``plain.py``:
    plain-content/, the same Markdown with each unit's page written out as a page). Pages written."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "data").mkdir(parents=True)
    split_log(data / "forloeb.csv", folder / "data")
    for name in manifest["survey_rounds"].values():
        shutil.copy2(data / name, folder / "data" / name)
    text = yaml.safe_dump(national_descriptor(manifest), allow_unicode=True, sort_keys=False)
    (folder / "data" / "datasets.yaml").write_text(text, encoding="utf-8")
    dates = [dt.date.fromisoformat(d) for d in manifest["data_dates"]]
    articles = {f"p{day.year}": programme_article(day, day == dates[-1]) for day in dates}
    articles |= {f"u-{u['key']}": unit_article(u["key"], u["name"], dates[-1]) for u in manifest["units"]}
    for content in ("content", "plain-content"):
        (folder / content / "articles").mkdir(parents=True)
        (folder / content / "pages").mkdir()
        for stem, article_text in articles.items():
            (folder / content / "articles" / f"{stem}.md").write_text(article_text, encoding="utf-8")
    (folder / "content" / "enheder").mkdir()
    (folder / "content" / "enheder" / "enhed.md").write_text(UNIT_TEMPLATE, encoding="utf-8")
    (folder / "content" / "enheder" / "index.md").write_text(UNITS_INDEX, encoding="utf-8")
    for unit in manifest["units"]:
        (folder / "plain-content" / "pages" / f"enhed-{unit['key']}.md").write_text(UNIT_TEMPLATE, encoding="utf-8")
    (folder / "plain-content" / "pages" / "enheder.md").write_text(UNITS_INDEX, encoding="utf-8")
    briefing = [
        "RESULTS_BRIEFING_FIGURES = ['forløb.alle', 'forløb.aktive', 'forløb.placeret', 'forløb.praktik']",
        "RESULTS_BRIEFING_CHARTS = ['forløb.status', 'forløb.alle.udvikling']",
        "RESULTS_LEAD_FIGURE = 'forløb.aktive'",
        "RESULTS_BRIEFING_PDF = True",
        "RESULTS_MAX_FILE_MB = 500",
    ]
    plugin = [f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]", "PLUGINS = ['public_results']"]
    settings = [*COMMON, *plugin, "RESULTS_DATA_PATH = 'data'", "RESULTS_LEDGER = 'ledger.json'", *briefing, ""]
    (folder / "ours.py").write_text("\n".join(settings), encoding="utf-8")
    (folder / "plain.py").write_text(
        plain(folder).replace("PATH = 'content'", "PATH = 'plain-content'"), encoding="utf-8"
    )
    return {"articles": len(articles), "unit_pages": len(manifest["units"])}
