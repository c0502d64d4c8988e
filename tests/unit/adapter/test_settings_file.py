"""The settings file read before a build: a folder it names that is not there is a Danish problem
with its fix, not Pelican's English error and a request to write to the developers."""

from __future__ import annotations

import pytest

from public_results.adapter import preview
from public_results.adapter.settings_file import missing_folders, pelican_settings
from public_results.danish import words
from public_results.errors import BuildFailed
from support import ROOT

SETTINGS = """\
PATH = {path!r}
THEME = {theme!r}
JINJA_ENVIRONMENT = {{"autoescape": True}}
"""


def settings_file(tmp_path, path="content", theme=str(ROOT / "theme")):
    (tmp_path / "content").mkdir(exist_ok=True)
    file = tmp_path / "pelicanconf.py"
    file.write_text(SETTINGS.format(path=path, theme=theme), encoding="utf-8")
    return file


@pytest.mark.parametrize(
    ("path", "theme", "name", "fix"),
    [
        ("indhold", str(ROOT / "theme"), "PATH", words.SETTING_FOLDER_FIX_CONTENT),
        ("content", "temaet", "THEME", words.SETTING_FOLDER_FIX_THEME),
    ],
)
def test_a_missing_folder_is_named_with_where_it_was_looked_for_and_the_fix(tmp_path, path, theme, name, fix):
    file = settings_file(tmp_path, path, theme)
    with pytest.raises(BuildFailed) as raised:
        pelican_settings(file, {})
    [problem] = raised.value.problems
    value = path if name == "PATH" else theme
    assert problem.file == str(file) and problem.fix == fix
    assert problem.what == words.SETTING_FOLDER_MISSING.format(name=name, value=value, folder=tmp_path / value)


def test_folders_that_are_there_and_pelicans_own_themes_are_no_problem(tmp_path):
    assert missing_folders(settings_file(tmp_path), {}) == []
    assert missing_folders(settings_file(tmp_path, theme="simple"), {}) == []  # one of Pelican's, by name
    assert pelican_settings(settings_file(tmp_path), {})["PATH"] == str(tmp_path / "content")


def test_the_preview_watches_the_paths_as_written_when_a_folder_is_missing(tmp_path):
    file = settings_file(tmp_path, theme="temaet")
    watched = preview.watched_paths(file)  # no error: the build has said what is wrong
    assert tmp_path / "temaet" in watched and tmp_path / "content" in watched and file.resolve() in watched
