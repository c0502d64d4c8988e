"""All Danish in one place: no module of the plugin but ``danish/words.py`` holds Danish text.

Every module of the plugin is parsed with ``ast``. A string literal (the literal parts of an
f-string too; docstrings are documentation, not text the plugin writes) that holds a Danish
letter (æ ø å), the quotes » «, or a common Danish word that is not also an English word fails
the test, named by file, line and text. The templates (``pages/templates/``, the theme's) hold
their own words and are not read. ``ALLOWED`` lists the few literals that are not prose, each
with its reason.
"""

from __future__ import annotations

import ast
import re

import pytest

from support import ROOT

PLUGIN = ROOT / "plugins" / "public_results"
WORDS_MODULE = "danish/words.py"

DANISH_LETTERS = re.compile(r"[æøåÆØÅ»«]")
# Common Danish words that are not English words (so English help text and code stay quiet):
# the small words of every sentence, and the nouns and verbs of the plugin's messages.
DANISH_WORDS = frozenset(
    """
    og ikke skal kan der det til fra eller med som har af er fx ud ved når hvis også igen ingen alle
    kun uden efter blandt hos hver hvert pr nye gang gange andre denne dette disse
    tal tallet tallene antal antallet andel andelen basen brøk graf grafen grafer metode metoden
    diskretion begreber datadato datadatoer datadatoen ikoner udvikling søjler skala enighed
    svarfordeling besvarelser runde rettelse fasthold kort fortalt briefinger briefingerne nøgletal
    delingsbilleder filen fil rækken række rækker kolonnen kolonne kolonner værdi værdien linje linjen
    siden sider sitet artikel artiklen artikler datasæt datasættet måling målingen svar svaret
    spørgsmål fejl advarsel advarsler borger borgere borgeren katalog billede tabel gruppe gruppen
    dato datoen forløb dansk maaling forloeb
    skriv brug ret tjek findes mangler byg bygger bygget læses vises fjern slet tilføj gem ligger
    står hent vælg sæt flyt lav kør udfyld eksportér
    forrige nyeste seneste ukendt ukendte navn navne navnet tom stoppet færdig ændret
    byggeriet stoppede opsummering forbehold ikondiagram svarprocent skriver siderne eksemplet meddelelsen
    ovenfor tid cellen overskriften telefonnummer ligner indstillingsfilen variabel etiket kode tekst
    flere flertal flertallet stigning stigningen steget stiger fald faldet falder nedgang mindsket vokset
    hovedparten procentpoint halvdelen problemer januar februar marts maj juni juli oktober
    """.split()  # noqa: SIM905  (a list of words reads best as words)
)
_WORD = re.compile(r"[^\W\d_]+")

# (module, the literal as written) -> why it is allowed outside the words module. Not prose.
ALLOWED = {
    ("pages/readability.py", '[.!?:;]+(?=\\s+[A-ZÆØÅ»\\"(\\d]|\\s*$)|\\u2029'): (
        "a regular expression: a sentence ends before a capital letter, Danish ones included, or a »"
    ),
    ("pages/safety_net.py", '(?<=[.!?])\\s+(?=[A-ZÆØÅ»\\"(])|\\n\\s*\\n'): (
        "a regular expression: a sentence ends before a capital letter, Danish ones included, or a »"
    ),
    ("settings.py", "Key figures on each briefing, e.g. 'forløb.aktive'; empty: every group and question."): (
        "English help of a setting (for the README), quoting a name from the example data"
    ),
    **{("charts/layout.py", letter): "a letter in the table of the chart font's widths" for letter in "»«æøåÆØÅ"},
}


def danish(text: str) -> str | None:
    """The first Danish letter, quote or word in ``text``; None when there is none."""
    if found := DANISH_LETTERS.search(text):
        return found.group(0)
    return next((word for word in _WORD.findall(text) if word.casefold() in DANISH_WORDS), None)


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and its functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def danish_literals(source: str, name: str) -> list[str]:
    """'file:line: »literal« (Danish: word)' for every string literal of ``source`` that holds Danish."""
    tree = ast.parse(source, filename=name)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):  # the literal parts of an f-string are Constant nodes too
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
            continue
        if (name, node.value) in ALLOWED:
            continue
        if word := danish(node.value):
            found.append(f"{name}:{node.lineno}: »{node.value}« (Danish: {word})")
    return sorted(found, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))


def plugin_modules() -> dict[str, str]:
    """Every module of the plugin but the words module: name from the plugin's folder -> source."""
    return {
        path.relative_to(PLUGIN).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PLUGIN.rglob("*.py"))
        if path.relative_to(PLUGIN).as_posix() != WORDS_MODULE
    }


def test_no_module_but_the_words_module_holds_danish() -> None:
    found = [line for name, source in plugin_modules().items() for line in danish_literals(source, name)]
    assert not found, "Move these into danish/words.py (a plain UPPER_CASE name, words.NAME.format(…)):\n" + "\n".join(
        found
    )


def test_every_allowed_literal_is_still_in_its_module() -> None:
    modules = plugin_modules()
    for name, literal in ALLOWED:
        tree = ast.parse(modules[name])
        assert any(isinstance(n, ast.Constant) and n.value == literal for n in ast.walk(tree)), (name, literal)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ('what = "filen er tom"', "filen"),  # a plain string, by its words
        ('fix = "Skriv et helt tal"', "Skriv"),
        ('what = f"tallet {name}"', "tallet"),  # the literal parts of an f-string
        ("what = f\"{count} {'gang' if count == 1 else 'times'}\"", "gang"),  # inside a placeholder
        ('FOLDER = "briefinger"', "briefinger"),  # a name a reader sees
        ('CHANGE = "ændring"', "æ"),  # a placeholder's word
        ('quoted = "»" + name', "»"),  # Danish quotes
    ],
)
def test_a_danish_literal_put_back_into_a_module_is_found(line: str, word: str) -> None:
    source = f'"""Docstrings may say »forløb« and »Tal og resultater«."""\n\n\ndef f(name, count):\n    {line}\n'
    (found,) = danish_literals(source, "figures/x.py")
    assert found.startswith("figures/x.py:5: »") and found.endswith(f"(Danish: {word})"), found


@pytest.mark.parametrize(
    "line",
    [
        'HELP = "Folder with the data files and the descriptor."',  # English help text
        'key = "results_source"',
        "CSP = \"default-src 'none'; script-src 'self'\"",
        'pattern = r"[^a-z0-9]+"',
    ],
)
def test_english_and_code_are_not_danish(line: str) -> None:
    assert danish_literals(f"def f():\n    {line}\n", "x.py") == []


def test_the_words_module_is_where_the_danish_is() -> None:
    source = (PLUGIN / WORDS_MODULE).read_text(encoding="utf-8")
    assert len(danish_literals(source, WORDS_MODULE)) > 300


def test_every_text_with_braces_is_formatted_where_it_is_used():
    """A text of ``words.py`` with braces is a template: »{{{{ enhed.navn }}}}« reads »{{ enhed.navn }}«
    only after ``.format``. Every use of such a text in the plugin formats it, so a writer never reads
    doubled braces in a message (``words.X.format(...)``, or ``words.X`` handed to code that formats it:
    ``FORMATTED_ELSEWHERE``)."""
    from public_results.danish import words  # noqa: PLC0415 - the module under test

    source = {p: p.read_text(encoding="utf-8") for p in PLUGIN.rglob("*.py") if p.name != "words.py"}
    unformatted = []
    for name, value in vars(words).items():
        if not isinstance(value, str) or "{{" not in value or name in FORMATTED_ELSEWHERE:
            continue
        for path, text in source.items():
            for found in re.finditer(rf"words\.{name}\b(?!\.format)", text):
                line = text.count("\n", 0, found.start()) + 1
                unformatted.append(f"{path.relative_to(PLUGIN)}:{line}: words.{name}")
    assert not unformatted, "used without .format (its braces would be shown doubled):\n" + "\n".join(unformatted)


FORMATTED_ELSEWHERE = {"STYLE_TYPED_BASE_FIX": "pages/style_check._each formats every fix it is given"}
