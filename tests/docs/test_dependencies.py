"""Split dependencies (issue 20): the build needs only requirements.txt, the tests add requirements-test.txt,
and pyproject.toml builds the plugin with its theme as a package another site can ``pip install``.

Offline and cheap, except building the wheel (about 5 s): with setuptools 70.1 or later, or the
``wheel`` package, in the venv it builds without a package index; otherwise pip fetches setuptools
for an isolated build, and the test is skipped where no index can be reached.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from support import ROOT, make_dry_run

RUNTIME = ROOT / "requirements.txt"
TEST_TOOLS = ROOT / "requirements-test.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PLUGIN = ROOT / "plugins" / "public_results"
THEME = ROOT / "theme"
NEVER_AT_RUNTIME = {"pytest", "pytest-xdist", "playwright", "hypothesis", "ruff", "import-linter", "frictionless"}


def _requirements(path: Path) -> list[Requirement]:
    """The requirements a pip requirements file names itself (comments and ``-r`` lines left out)."""
    lines = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [Requirement(line) for line in lines if line and not line.startswith("-")]


def _closure(requirements: list[Requirement]) -> set[str]:
    """Every installed distribution the requirements bring, following their metadata (markers, extras)."""
    extras_of: dict[str, set[str]] = {}
    todo = list(requirements)
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in extras_of and set(requirement.extras) <= extras_of[name]:
            continue
        extras_of[name] = extras_of.get(name, set()) | set(requirement.extras)
        try:
            required = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            pytest.fail(f"{name} (needed by the requirements) is not installed in this venv")
        for text in required:
            needed = Requirement(text)
            wanted = {"", *extras_of[name]}
            if needed.marker is None or any(needed.marker.evaluate({"extra": extra}) for extra in wanted):
                todo.append(needed)
    return set(extras_of)


def _pins(requirements: list[Requirement]) -> dict[str, str]:
    """Name -> the requirement as written, normalised (``pelican[markdown]==4.12.0``)."""
    return {canonicalize_name(r.name): str(r) for r in requirements}


def test_the_runtime_brings_no_test_tool_and_the_test_file_brings_them_all() -> None:
    runtime = _closure(_requirements(RUNTIME))
    assert {"pelican", "pandas", "weasyprint", "pagefind-bin-extended", "jinja2", "numpy"} <= runtime
    assert runtime.isdisjoint(NEVER_AT_RUNTIME), runtime & NEVER_AT_RUNTIME
    tools = _requirements(TEST_TOOLS)
    assert set(_pins(tools)) >= NEVER_AT_RUNTIME, NEVER_AT_RUNTIME - set(_pins(tools))
    assert {"pluggy", "execnet", "greenlet"} <= _closure(tools)  # the closure follows the metadata


def test_every_requirement_is_pinned_once_and_the_test_file_includes_the_runtime() -> None:
    runtime, tools = _requirements(RUNTIME), _requirements(TEST_TOOLS)
    for requirement in (*runtime, *tools):
        assert re.fullmatch(r"==[\w.]+", str(requirement.specifier)), f"{requirement} is not pinned with =="
    assert len(_pins(runtime)) == len(runtime) and len(_pins(tools)) == len(tools)
    assert set(_pins(runtime)).isdisjoint(_pins(tools)), "a package is in both requirement files"
    assert "-r requirements.txt" in TEST_TOOLS.read_text(encoding="utf-8").splitlines()
    assert _pins(tools)["frictionless"] == "frictionless==5.21.0"
    assert _pins(runtime)["pagefind"] == "pagefind[extended]==1.5.2"


def test_pyproject_dependencies_are_the_runtime_pins() -> None:
    declared = _pins([Requirement(text) for text in PYPROJECT["project"]["dependencies"]])
    assert declared == _pins(_requirements(RUNTIME))


def test_every_package_folder_of_the_plugin_is_listed_in_pyproject() -> None:
    setuptools = PYPROJECT["tool"]["setuptools"]
    folders = {
        ".".join(init.parent.relative_to(ROOT / "plugins").parts)
        for init in PLUGIN.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(setuptools["packages"])
    assert folders | {"public_results.theme"} == listed, f"add to [tool.setuptools] packages: {folders - listed}"
    assert setuptools["package-dir"] == {"": "plugins", "public_results.theme": "theme"}


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["html", "check", "publish", "figures"])
def test_building_installs_the_runtime_requirements_only(target: str, tmp_path: Path) -> None:
    commands = make_dry_run(target, tmp_path / "venv")
    assert f"{tmp_path}/venv/bin/python -m pip install --quiet -r requirements.txt" in commands
    assert "requirements-test.txt" not in commands


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["test", "lint", "audit", "screenshots"])
def test_testing_installs_the_test_tools_after_the_runtime(target: str, tmp_path: Path) -> None:
    commands = make_dry_run(target, tmp_path / "venv")
    runtime = commands.index("pip install --quiet -r requirements.txt")
    assert commands.index("pip install --quiet -r requirements-test.txt") > runtime
    assert f"touch {tmp_path}/venv/.installed-test" in commands


def _tasks(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, list[str]]:
    """tasks.py with its venv in ``root`` and its commands recorded instead of run."""
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    assert spec and spec.loader
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    ran: list[str] = []
    venv = root / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    monkeypatch.setattr(tasks, "ROOT", root)
    monkeypatch.setattr(tasks, "VENV", venv)
    monkeypatch.setattr(tasks, "STAMP", venv / ".installed")
    monkeypatch.setattr(tasks, "TEST_STAMP", venv / ".installed-test")
    monkeypatch.setattr(tasks, "venv_python", lambda: venv / "bin" / "python")
    monkeypatch.setattr(tasks, "run", lambda *command, plugins=False: ran.append(" ".join(map(str, command))))
    return tasks, ran


def test_tasks_py_installs_the_test_tools_only_for_the_tests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("requirements.txt", "requirements-test.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    tasks, ran = _tasks(tmp_path, monkeypatch)
    tasks.setup()
    assert [c.rsplit(" ", 1)[1] for c in ran if " -r " in c] == [str(tmp_path / "requirements.txt")]
    ran.clear()
    tasks.setup(tests=True)
    assert [c.rsplit(" ", 1)[1] for c in ran if " -r " in c] == [str(tmp_path / "requirements-test.txt")]
    ran.clear()
    tasks.setup(tests=True)
    assert ran == []  # both stamps are newer than both files
    newer = tasks.TEST_STAMP.stat().st_mtime + 10
    os.utime(tmp_path / "requirements-test.txt", (newer, newer))
    tasks.setup(tests=True)
    assert [c.rsplit(" ", 1)[1] for c in ran if " -r " in c] == [str(tmp_path / "requirements-test.txt")]


def _can_build_offline() -> bool:
    """setuptools 70.1 and later make wheels themselves; older ones need the ``wheel`` package."""
    setuptools = Version(importlib.metadata.version("setuptools"))
    return setuptools >= Version("70.1") or importlib.util.find_spec("wheel") is not None


def _wheel_command(source: Path, into: Path) -> list[str]:
    """pip's command that builds the wheel, skipping the test where it cannot be built here."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    command = [*pip, "wheel", "--no-deps", "--quiet", "-w", str(into), str(source)]
    if _can_build_offline():
        return [*command, "--no-build-isolation"]
    fetched = into / "setuptools"
    index = subprocess.run([*pip, "download", "--no-deps", "--quiet", "-d", str(fetched), "setuptools>=70.1"],
                           capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    if index.returncode:
        pytest.skip(
            "the wheel cannot be built here: the venv's setuptools is older than 70.1 and has no wheel package, "
            "and no package index can be reached to fetch a newer setuptools for an isolated build"
        )
    return [*command, "--no-index", "--find-links", str(fetched)]  # the isolated build takes the one fetched


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built from a copy of the repository (with its tests, data and caches beside it)."""
    source = tmp_path_factory.mktemp("source")
    shutil.copy(ROOT / "pyproject.toml", source)
    for name in ("plugins", "theme", "tests", "data", "content"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns(".pytest_cache"))
    (source / "plugins" / "public_results" / "__pycache__").mkdir(exist_ok=True)
    (source / "plugins" / "public_results" / "__pycache__" / "settings.cpython-311.pyc").write_bytes(b"x")
    into = tmp_path_factory.mktemp("wheel")
    subprocess.run(_wheel_command(source, into), check=True, capture_output=True, timeout=300)
    (built,) = into.glob("public_results_site-*.whl")
    return built


def test_the_wheel_holds_the_plugin_and_the_theme_and_nothing_else(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {name.split("/", 1)[0] for name in names} == {"public_results", "public_results_site-0.1.0.dist-info"}
    plugin = {f"public_results/{name}" for name in _files(PLUGIN)}
    theme = {f"public_results/theme/{name}" for name in _files(THEME)}
    package = {name for name in names if name.startswith("public_results/")}
    assert package == plugin | theme, (plugin | theme) ^ package
    assert {"public_results/theme/templates/base.html", "public_results/pages/templates/chart.html"} <= package
    assert not [name for name in names if re.search(r"(^|/)(tests?|node_modules|__pycache__)/|\.pyc$", name)]


def test_the_wheel_asks_for_the_runtime_pins(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read("public_results_site-0.1.0.dist-info/METADATA").decode("utf-8")
    required = re.findall(r"^Requires-Dist: (.+)$", metadata, flags=re.M)
    assert _pins([Requirement(text) for text in required]) == _pins(_requirements(RUNTIME))


def test_the_installed_package_finds_its_own_theme(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site" / "packages"
    zipfile.ZipFile(wheel).extractall(target)
    (tmp_path / "site" / "theme" / "templates").mkdir(parents=True)  # the site's own theme beside the packages
    code = "import public_results.locations as l; print(l.theme_folder()); print(l.plugin_folder())"
    done = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(target)}, cwd=tmp_path,
                          capture_output=True, text=True, check=True)  # fmt: skip
    theme, plugin = map(Path, done.stdout.split())
    assert theme == target / "public_results" / "theme"
    assert (theme / "templates" / "base.html").is_file() and (theme / "fonts" / "OFL.txt").is_file()
    assert plugin == target
