"""The safety net for the house style: each rule warns with the file, the line and a Danish fix;
only the writer's own words are read."""

from __future__ import annotations

import pytest

from public_results.pages import safety_net, style_check
from public_results.pages.placeholders import tokenise

HEAD = "Title: Om enheden\nDate: 2022-02-21 10:00\nDatadato: 2022-02-15\n\n"


def warnings(body: str, quotes: str = "guillemets") -> list[tuple[int | None, str, str]]:
    return [(p.line, p.what, p.fix) for p in style_check.check(HEAD + body, "a.md", quotes)]


@pytest.mark.parametrize(
    ("body", "what", "fix"),
    [
        ("Hun kaldte det «en god dag».\n", "vender forkert i «en god dag»", "»citat«"),
        ('Han sagde "ja" til det.\n', 'citatet "ja" står i andre', "»citat«"),
        ("Et §103-tilbud.\n", "»§103« mangler et mellemrum", "»§ 103«"),
        ("Der er 5 borgere i praktik.\n", "tallet 5 står med cifre", "»fem«"),
        ("94 % føler sig forstået (n = {{ evaluering.forstået.n }}).\n", "»(n = …)«", "{{ navn.base }}"),
        ("Det er to ud af tre af de 177, der har afsluttet.\n", "»ud af tre af de«", "blandt"),
        ("Som i målingen 2021 svarede mange.\n", "»i målingen 2021«", "»i 2021-målingen«"),
    ],
)
def test_each_rule_warns_at_its_line_with_a_fix(body, what, fix):
    ((line, found_what, found_fix),) = warnings(body)
    assert line == 5 and what in found_what and fix in found_fix


def test_right_text_gives_no_warning():
    body = (
        "Enheden har fem borgere i praktik, og 94 % af de 180, der svarede, oplever håb. Det er "
        "to ud af tre blandt de 177. Den 1. februar 2022 kl. 10 talte vi om § 103, 3 % og 2021-målingen.\n"
        "Han sagde »ja«.\n\n1. Første punkt\n2. Andet punkt\n"
    )
    assert warnings(body) == []


def test_the_figures_of_placeholders_and_other_metadata_are_not_read():
    body = "{{ forløb.afklaring }} af dem er i gang, se `kode 5` og [siden](side-2.html) <!-- 3 -->.\n"
    assert warnings(body) == []  # Date: 2022-02-21 10:00 and Datadato: are not running text


def test_the_title_and_kort_fortalt_are_running_text():
    source = "Title: 3 borgere\nKort fortalt: Det er «godt».\n\nTekst.\n"
    problems = style_check.check(source, "a.md")
    assert [p.line for p in problems] == [1, 2]


def test_with_double_quotes_the_guillemets_warn():
    ((_, what, fix),) = warnings("Han sagde »ja«.\n", "double")
    assert "»ja«" in what and "\u201dcitat\u201d" in fix


def test_the_safety_net_adds_the_style_warnings_to_its_own():
    source = HEAD + "Der er 5 borgere, og {{ forløb.aktive }} er aktive.\n"
    _, references, _ = tokenise(source)
    problems = safety_net.check(source, references, {}, "a.md")
    assert [p.line for p in problems] == [5] and "tallet 5" in problems[0].what
