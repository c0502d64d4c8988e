"""Every message the build can show is explained in the writers' guide (docs/*.md).

The messages are collected from the plugin's source with ``ast`` (no site is built):

- the ``what`` of every ``Problem(...)``, ``NotFound(...)`` and ``YamlRefused(...)`` (keyword, or the
  first positional argument of ``NotFound`` and ``YamlRefused``);
- every constant in ``danish/words.py`` whose name starts with one of ``STRING_PREFIXES`` (the warnings
  and the revision messages, with their fixes);
- the headings of the errors (``heading = …`` and ``checking_heading = …`` in ``errors.py``, followed
  like a ``what``) and the warning about real data in git (``words.REAL_DATA_IN_GIT``), which the build prints too.

A ``what`` is followed when that is easy: a plain string, an f-string (its literal parts), ``words.NAME``
or ``words.NAME.format(...)`` (split at its ``{…}`` placeholders; a message given to a placeholder, in an
f-string or to ``.format``, is followed too), ``a if … else b``, a local variable assigned in the same
function (also by tuple unpacking, ``+=``, ``:=`` and ``for … in`` over a literal list, a comprehension,
lists added together, a module-level dict's ``.items()`` or what a function returns: ``wording._rules``,
``settings.CHECKS``), a parameter of the enclosing function (followed to every call in the same module:
``fields.fail(what, fix)``, ``_unknown(…, what, fix)``, and in the modules that import the function by name:
``too_many(…, places, …)``), the first item of a tuple returned by a function of the same module
(``output_check._refused``) and ``str(error.problem)`` of PyYAML's ``ConstructorError`` (the problem given
where it is raised).

Not followed (listed in ``NOT_FOLLOWED``; a new one fails ``test_every_message_is_collected``):

- ``e.what`` / ``error.what`` / ``p.what`` / ``refused.what``: the ``what`` of a caught ``NotFound`` or
  ``YamlRefused`` or of a ``Problem`` made elsewhere, already collected where it is raised;
- ``words.PELICAN_ERROR.format(message=m)``'s ``m`` (Pelican's own English log message) and the system
  library error in ``pdf.py``: they are not ours, only their literal parts are checked.

Each literal part of at least three words (punctuation and spaces stripped at its ends) must appear in
the guide, compared case-insensitively with runs of whitespace collapsed, typographic and straight quotes
made alike and Markdown backticks removed.
"""

from __future__ import annotations

import ast
import functools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from public_results.danish import words
from support import ROOT

PLUGIN = ROOT / "plugins" / "public_results"
DOCS = ROOT / "docs"
WORDS = "danish/words.py"
WORDS_MODULES = {"words", "danish.words", "public_results.danish.words"}  # from … import X

STRING_PREFIXES = ("WORDING_", "LIX_WARNING", "REVISED", "KEEP_CHART", "DECISION_DATE", "WARNINGS_STOP")
EXTRA_STRINGS = ("REAL_DATA_IN_GIT",)  # printed by the build, not a Problem
MESSAGE_CALLS = ("Problem", "NotFound", "YamlRefused")
POSITIONAL_WHAT = ("NotFound", "YamlRefused")  # (what, fix, …): the what is the first argument
MIN_WORDS = 3
DEPTH = 8  # how many variables and calls deep a `what` is followed

# `what` expressions (or placeholders inside one) that are not followed; see the module docstring.
# By expression, not by file: the code moves between modules.
NOT_FOLLOWED = {
    "e.what",  # a caught NotFound: collected where it is raised
    "error.what",  # the same
    "p.what",  # a Problem made elsewhere (briefing pages): collected where it is made
    "refused.what",  # a caught YamlRefused (data/safe_yaml.py): collected where it is raised
    "m",  # Pelican's own log message, in words.PELICAN_ERROR.format(message=m)
    "error",  # the missing system library, inside the WeasyPrint message (pdf.py)
}

QUOTES = str.maketrans({c: '"' for c in "»«“”„‟″"} | {c: "'" for c in "‘’‚‛′"})


@dataclass(frozen=True)
class Message:
    """One message as the source writes it: its literal parts, and where it comes from."""

    parts: tuple[str, ...]
    file: str
    line: int

    def fragments(self) -> list[str]:
        """The literal parts of at least MIN_WORDS words, stripped of punctuation and spaces at the ends."""
        found = []
        for part in self.parts:
            text = re.sub(r"^[\W_]+|[\W_]+$", "", part)
            if sum(1 for word in text.split() if re.search(r"\w", word)) >= MIN_WORDS:
                found.append(text)
        return found


@dataclass
class Module:
    name: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    nodes: list[ast.AST] = field(default_factory=list)  # every node, walked once
    calls: dict[str | None, list[ast.Call]] = field(default_factory=dict)  # the calls, by the name called
    names_imported: set[str] = field(default_factory=set)  # ``imported()``, worked out once

    def __post_init__(self) -> None:
        self.nodes = list(ast.walk(self.tree))
        for node in self.nodes:
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, ast.Call):
                self.calls.setdefault(_called(node), []).append(node)
        self.names_imported = {
            alias.asname or alias.name
            for node in self.nodes
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }

    def scope(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return None

    def functions(self, name: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        return [n for n in self.nodes if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name]

    def module_values(self, name: str) -> list[ast.expr]:
        return [
            node.value
            for node in self.tree.body
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ] + [
            node.value
            for node in self.tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name
            if node.value is not None
        ]

    def imported(self) -> set[str]:
        """Names imported with ``from … import name`` (the names as this module uses them)."""
        return self.names_imported

    def strings_imports(self) -> dict[str, str]:
        """Names imported with ``from ..danish.words import X [as Y]``: Y -> X."""
        return {
            alias.asname or alias.name: alias.name
            for node in self.nodes
            if isinstance(node, ast.ImportFrom)
            and node.module in {"words", "danish.words", "public_results.danish.words"}
            for alias in node.names
        }


class Collector:
    """Finds every message in a set of modules (name -> source)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.modules = {name: Module(name, ast.parse(source, filename=name)) for name, source in sources.items()}
        self.messages: list[Message] = []
        self.not_followed: dict[str, str] = {}  # expression -> the file it is in

    # --- Sources of messages ------------------------------------------------------------------

    def collect(self) -> list[Message]:
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Call) and _called(node) in MESSAGE_CALLS:
                    what = _what(node)
                    if what is not None:
                        self.add(what, module)
            if module.name == "errors.py":
                for node in ast.walk(module.tree):
                    if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id in ("heading", "checking_heading") for t in node.targets
                    ):
                        self.add(node.value, module)
        return self.messages

    def add(self, node: ast.expr, module: Module) -> None:
        found = list(self.texts(node, module, DEPTH, template=False))
        if not found:
            self.not_followed.setdefault(ast.unparse(node), module.name)
        self.messages += found

    # --- Following an expression to its texts ---------------------------------------------------

    def texts(self, node: ast.expr, module: Module, depth: int, *, template: bool) -> Iterator[Message]:
        """Every message ``node`` can be, each as its literal parts (placeholders split them), with the
        file and line of the text."""
        if depth <= 0:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            parts = _split_template(node.value) if template else (node.value,)
            yield Message(parts, module.name, node.lineno)
        elif isinstance(node, ast.JoinedStr):
            parts = tuple(v.value if isinstance(v, ast.Constant) else "" for v in node.values)
            yield Message(parts, module.name, node.lineno)
            values = [value.value for value in node.values if isinstance(value, ast.FormattedValue)]
            yield from self.placeholder_texts(values, module, depth, template=template)
        elif isinstance(node, ast.IfExp):
            yield from self.texts(node.body, module, depth - 1, template=template)
            yield from self.texts(node.orelse, module, depth - 1, template=template)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            yield from self.texts(node.left, module, depth - 1, template=template)
            yield from self.texts(node.right, module, depth - 1, template=template)
        elif isinstance(node, ast.Call):
            yield from self.call_texts(node, module, depth)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "words":
            yield from constant_messages(node.attr)
        else:
            for value, where in self.values(node, module, depth - 1):
                yield from self.texts(value, where, depth - 1, template=template)

    def call_texts(self, node: ast.Call, module: Module, depth: int) -> Iterator[Message]:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "format":  # "… {value} …".format(value=…)
            yield from self.texts(func.value, module, depth - 1, template=True)
            yield from self.placeholder_texts([*node.args, *(k.value for k in node.keywords)], module, depth)
        elif isinstance(func, ast.Attribute) and func.attr in {"strip", "rstrip", "lstrip", "capitalize"}:
            yield from self.texts(func.value, module, depth - 1, template=False)
        elif (
            isinstance(func, ast.Name)
            and func.id == "str"
            and node.args
            and isinstance(node.args[0], ast.Attribute)
            and node.args[0].attr == "problem"
        ):  # str(error.problem) of yaml's ConstructorError(context, mark, problem, problem_mark)
            for call in ast.walk(module.tree):
                if isinstance(call, ast.Call) and _called(call) == "ConstructorError" and len(call.args) > 2:
                    yield from self.texts(call.args[2], module, depth - 1, template=False)

    def placeholder_texts(
        self, values: list[ast.expr], module: Module, depth: int, *, template: bool = False
    ) -> Iterator[Message]:
        """Messages inside the placeholders of an f-string or the arguments of ``.format(...)``:
        f"{what} (…)", ``words.UNKNOWN_VALUE.format(what=what, …)``; not a single name or number."""
        for value in values:
            inner = list(self.texts(value, module, depth - 1, template=template))
            if not inner and isinstance(value, ast.Attribute | ast.Name):
                self.note_unfollowed(value, module)
            yield from (message for message in inner if message.fragments())

    def note_unfollowed(self, node: ast.expr, module: Module) -> None:
        """A placeholder that holds no message we know of: only worth noting when it looks like one."""
        text = ast.unparse(node)
        if text.split(".")[-1] in {"what", "m", "error", "problem"}:
            self.not_followed.setdefault(text, module.name)

    # --- Following a name to the expressions it may hold ---------------------------------------

    def values(self, node: ast.expr, module: Module, depth: int) -> Iterator[tuple[ast.expr, Module]]:
        """The expressions ``node`` may stand for, followed until they are no longer a name: a variable's
        assignments, a parameter's arguments, an item of a tuple, what a function of the module returns."""
        if depth <= 0:
            return
        if isinstance(node, ast.Name):
            for value, where in self.name_values(node, module, depth):
                yield from self.values(value, where, depth - 1)
        elif isinstance(node, ast.NamedExpr):
            yield from self.values(node.value, module, depth - 1)
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            index = node.slice.value
            for value, where in self.values(node.value, module, depth - 1):
                if isinstance(value, ast.Tuple | ast.List) and isinstance(index, int) and index < len(value.elts):
                    yield from self.values(value.elts[index], where, depth - 1)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and module.functions(node.func.id):
            for function in module.functions(node.func.id):
                for result in ast.walk(function):
                    if isinstance(result, ast.Return) and result.value is not None:
                        yield from self.values(result.value, module, depth - 1)
        elif not isinstance(node, ast.Subscript):
            yield node, module

    def name_values(self, node: ast.Name, module: Module, depth: int) -> Iterator[tuple[ast.expr, Module]]:
        name, scope = node.id, module.scope(node)
        if scope is None:
            if name in module.strings_imports():
                yield ast.Attribute(ast.Name("words"), module.strings_imports()[name]), module
            for value in module.module_values(name):
                yield value, module
            return
        if assigned := list(self.assigned(scope, name, module, depth)):
            yield from ((value, module) for value in assigned)
            return
        names = [p.arg for p in (*scope.args.posonlyargs, *scope.args.args)]
        if name in names:
            yield from self.arguments(scope, names.index(name), name, module)
        else:  # a module-level name used inside a function
            yield from self.name_values(ast.Name(name), module, depth - 1)

    def assigned(self, scope: ast.AST, name: str, module: Module, depth: int) -> Iterator[ast.expr]:
        """What ``name`` is given inside ``scope``: by ``=``, ``+=``, ``:=``, ``for`` and comprehensions."""
        for child in ast.walk(scope):
            if isinstance(child, ast.Assign | ast.AugAssign | ast.AnnAssign) and child.value is not None:
                for target in child.targets if isinstance(child, ast.Assign) else [child.target]:
                    yield from _unpack(target, child.value, name)
            elif isinstance(child, ast.NamedExpr) and child.target.id == name:
                yield child.value
            elif isinstance(child, ast.For | ast.comprehension) and _binds(child.target, name):
                for item in self.items(child.iter, module, depth - 1):
                    yield from _unpack(child.target, item, name)

    def arguments(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, index: int, name: str, module: Module
    ) -> Iterator[tuple[ast.expr, Module]]:
        """The argument given for parameter ``index`` at every call of ``function`` in its module and in
        the modules that import it by name (``from .personal_data import too_many``)."""
        is_method = isinstance(module.parents.get(function), ast.ClassDef)
        callers = [module, *(m for m in self.modules.values() if m is not module and function.name in m.imported())]
        for caller in callers:
            for call in caller.calls.get(function.name, []):
                position = index - 1 if is_method and isinstance(call.func, ast.Attribute) else index
                given = call.args[: position + 1]
                if 0 <= position < len(call.args) and not any(isinstance(a, ast.Starred) for a in given):
                    yield call.args[position], caller
                for keyword in call.keywords:
                    if keyword.arg == name:
                        yield keyword.value, caller

    def items(self, node: ast.expr, module: Module, depth: int) -> Iterator[ast.expr]:
        """The items a ``for`` loop over ``node`` takes: of a literal list or comprehension, of a dict's
        ``.items()``, of lists added together, of what a function of the module returns."""
        if depth <= 0:
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "items":
            for value in self.dicts(node.func.value, module, depth - 1):
                if isinstance(value, ast.Dict):
                    yield from (ast.Tuple([k, v]) for k, v in zip(value.keys, value.values, strict=True) if k)
                elif isinstance(value, ast.DictComp):
                    yield ast.Tuple([value.key, value.value])
        elif isinstance(node, ast.List | ast.Tuple):
            yield from node.elts
        elif isinstance(node, ast.ListComp | ast.GeneratorExp):
            yield node.elt
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            yield from self.items(node.left, module, depth - 1)
            yield from self.items(node.right, module, depth - 1)
        else:
            for value, where in self.values(node, module, depth - 1):
                if value is not node:
                    yield from self.items(value, where, depth - 1)

    def dicts(self, node: ast.expr, module: Module, depth: int) -> Iterator[ast.expr]:
        if isinstance(node, ast.Dict | ast.DictComp):
            yield node
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            yield from self.dicts(node.left, module, depth)
            yield from self.dicts(node.right, module, depth)
        elif isinstance(node, ast.Name) and depth > 0:
            for value, where in self.values(node, module, depth - 1):
                yield from self.dicts(value, where, depth - 1)


def _called(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _what(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "what":
            return keyword.value
    if _called(call) in POSITIONAL_WHAT and call.args:
        return call.args[0]
    return None


def _binds(target: ast.expr, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


def _unpack(target: ast.expr, value: ast.expr, name: str) -> Iterator[ast.expr]:
    """What ``name`` is given when ``value`` is assigned to ``target`` (tuples unpacked item by item)."""
    if isinstance(target, ast.Name):
        if target.id == name:
            yield value
    elif (
        isinstance(target, ast.Tuple | ast.List)
        and isinstance(value, ast.Tuple | ast.List)
        and len(target.elts) == len(value.elts)
    ):
        for sub_target, sub_value in zip(target.elts, value.elts, strict=True):
            yield from _unpack(sub_target, sub_value, name)


def _split_template(text: str) -> tuple[str, ...]:
    """The literal parts of a ``str.format`` template: '»{word}« står ved {share}' -> ('»', '« står ved ', '')."""
    try:
        return tuple(literal for literal, *_ in string.Formatter().parse(text))
    except ValueError:
        return (text,)


def constant_messages(name: str) -> Iterator[Message]:
    """``words.NAME`` (a text, or a list of texts), split at its ``{…}`` placeholders."""
    value = getattr(words, name, None)
    values = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    line = _constant_lines().get(name, 0)
    for item in values:
        if isinstance(item, str):
            yield Message(_split_template(item), WORDS, line)


@functools.cache
def _constant_lines() -> dict[str, int]:
    tree = ast.parse((PLUGIN / WORDS).read_text(encoding="utf-8"))
    return {
        target.id: node.lineno
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def plugin_sources() -> dict[str, str]:
    return {
        path.relative_to(PLUGIN).as_posix(): path.read_text(encoding="utf-8") for path in sorted(PLUGIN.rglob("*.py"))
    }


def string_messages() -> list[Message]:
    """The constants of danish/words.py the guide must explain (warnings, revisions and their fixes)."""
    names = [n for n in _constant_lines() if n.startswith(STRING_PREFIXES) or n in EXTRA_STRINGS]
    return [message for name in names for message in constant_messages(name)]


@functools.cache
def all_messages() -> tuple[list[Message], dict[str, str]]:
    collector = Collector(plugin_sources())
    messages = collector.collect() + string_messages()
    unique = list(dict.fromkeys(messages))
    return unique, collector.not_followed


def normalise(text: str) -> str:
    text = text.replace("`", "").translate(QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def guide_text() -> str:
    return normalise("\n".join(path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md"))))


def missing(messages: Iterable[Message], guide: str) -> list[str]:
    """'file:line: »fragment«' for every fragment of a message that the guide does not hold."""
    return [
        f"{m.file}:{m.line}: »{fragment}«"
        for m in messages
        for fragment in m.fragments()
        if normalise(fragment) not in guide
    ]


# --- Tests ---------------------------------------------------------------------------------------


def test_every_message_is_explained_in_the_guide() -> None:
    messages, _ = all_messages()
    gaps = list(dict.fromkeys(missing(messages, guide_text())))
    assert not gaps, "Write these messages into docs/ (e.g. docs/beskeder.md):\n" + "\n".join(gaps)


def test_every_message_is_collected() -> None:
    _, not_followed = all_messages()
    new = sorted(set(not_followed) - NOT_FOLLOWED)
    assert not new, (
        "These `what` values cannot be followed to their text. Check that the guide explains the "
        "message, then add it to NOT_FOLLOWED:\n" + "\n".join(f"{not_followed[e]}: {e}" for e in new)
    )


def test_the_collector_finds_the_messages() -> None:
    messages, _ = all_messages()
    assert len(messages) >= 60
    fragments = {f for m in messages for f in m.fragments()}
    assert len(fragments) >= 60
    for expected in (
        "filen kan ikke læses som YAML",  # a plain string
        "findes ikke i regnearket",  # an f-string
        "står i en titel, et resumé eller midt i en tekst",  # an f-string with {{ }}
        "kan ikke læses som en dato",  # words.DECISION_DATE.format(...)
        "svaret findes ikke i svarskalaen",  # a parameter of _unknown(...)
        "skal være en liste af navne",  # settings.CHECKS, through a for loop over .items()
        "datoen ligger i fremtiden",  # a for loop over a local list of tuples
        "rådata må aldrig offentliggøres",  # the first item of a tuple _refused() returns
        "har et ukendt felt",  # fields.fail(...) in descriptor.py
        "står to gange",  # str(error.problem) of yaml's ConstructorError
        "celler i kolonnen",  # an argument of personal_data.too_many(...), inside an f-string
        "men det er ikke et flertal (det kræver over 50",  # words.WORDING_MAJORITY
        "Datafilerne har fejl",  # an error heading
    ):
        assert any(expected in f for f in fragments), expected


def test_a_message_missing_from_the_guide_is_reported_with_its_place() -> None:
    source = (
        "from ..danish import words\n"
        "def check(fields):\n"
        '    fields.fail(f"feltet »{name}« er helt forkert skrevet", "Ret det.")\n'
        "class Fields:\n"
        "    def fail(self, what, fix):\n"
        "        self.problems.append(Problem(file='x', what=what, fix=fix))\n"
        "def other():\n"
        '    raise NotFound("denne besked står ikke i guiden", "Gør noget.")\n'
        "def known():\n"
        '    raise NotFound("filen kan ikke læses som YAML", "Gør noget.")\n'
    )
    messages = Collector({"falsk.py": source}).collect()
    assert sorted(missing(messages, guide_text())) == [
        "falsk.py:3: »er helt forkert skrevet«",
        "falsk.py:8: »denne besked står ikke i guiden«",
    ]


def test_fragments_are_literal_parts_of_three_words_or_more() -> None:
    message = Message(("»", "« står ved ", ", men det er ikke et flertal (det kræver over 50 %)"), "x.py", 1)
    assert message.fragments() == ["men det er ikke et flertal (det kræver over 50"]
    assert normalise("»Tallene  er\nopdateret«") == normalise('"tallene er opdateret"')
    assert normalise("står i `{{ … }}`") == "står i {{ … }}"
