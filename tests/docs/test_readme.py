"""The README documents every setting and the two commands."""

from __future__ import annotations

import ast
import re

from public_results.settings import DEFAULTS
from support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_has_a_readme_section_with_its_default() -> None:
    for name, (default, _) in DEFAULTS.items():
        section = re.search(rf"^### {name}\n(.+?)(?=^#)", README, flags=re.S | re.M)
        assert section, f"README has no section for {name}"
        assert f"Default `{default!r}`".replace("'", '"') in section.group(1), name


def test_the_readme_shows_the_two_commands_and_ci_calls_make_test() -> None:
    assert "make html" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_make_target_in_the_readme_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.M))
    for target in ("html", "test", "devserver", "publish", "clean", "help", "serve", "lint", "data"):
        assert target in targets
    mentioned = set(re.findall(r"`make ([a-z-]+)", README))  # `make html`, `make lint`, …
    assert len(mentioned) >= 9, mentioned
    assert mentioned <= targets, mentioned - targets


def test_every_documented_make_target_has_a_command_in_tasks_py() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([a-z-]+):.*## ", makefile, flags=re.M)) - {"help"}
    tasks = (ROOT / "tasks.py").read_text(encoding="utf-8")
    choices = set(re.findall(r'^    "([a-z-]+)": ', tasks.split("COMMANDS = {", 1)[1].split("}", 1)[0], flags=re.M))
    assert documented <= choices, documented - choices
    for target in documented:
        assert f"python tasks.py {target}" in README, target


PLUGIN = ROOT / "plugins" / "public_results"


def _tree() -> dict[str, str]:
    """The README's folder tree under "How it works": entry -> its line."""
    section = README.split("## How it works", 1)[1].split("\n## ", 1)[0]
    block = section.split("```\nplugins/public_results/\n", 1)[1].split("```", 1)[0]
    found = {}
    for line in block.splitlines():
        name, _, text = line.removeprefix("├── ").removeprefix("└── ").partition(" ")
        found[name] = text.strip()
    return found


def test_the_readme_tree_is_the_packages_and_each_line_is_the_package_docstring() -> None:
    packages = sorted(p.parent.name for p in PLUGIN.glob("*/__init__.py") if p.parent.name != "__pycache__")
    tree = _tree()
    assert sorted(name.removesuffix("/") for name in tree if name.endswith("/")) == packages
    for package in packages:
        docstring = ast.get_docstring(ast.parse((PLUGIN / package / "__init__.py").read_text(encoding="utf-8")))
        assert docstring, f"{package}/__init__.py has no docstring"
        first, _, rest = docstring.partition("\n\n")
        assert tree[f"{package}/"] == first, package
        assert "Takes" in rest and "gives" in rest, f"{package}/__init__.py: say what it takes and gives"
    root_modules = sorted(p.name for p in PLUGIN.glob("*.py") if p.name != "__init__.py")
    assert sorted(name for name in tree if name.endswith(".py")) == root_modules
