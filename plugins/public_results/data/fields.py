"""One mapping of the descriptor, read field by field, every problem remembered.

``Fields.get`` checks a field's type, ``texts`` a list of texts (a list or mapping inside it is a
problem: it would be published as »['lol', …]«), ``path`` a data file's path (it must stay inside
the data folder: ``paths.inside``). A problem names the line of its key when the YAML told it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..danish import words
from ..errors import Problem, cut
from .paths import inside
from .safe_yaml import Located

SCALARS = (str, int, float, dt.date)  # what a text in a list may be written as (bool is an int)


class Fields:
    """Reads one mapping of the YAML file and remembers every problem found."""

    def __init__(self, data: Any, where: str, file: str, problems: list[Problem]) -> None:
        self.where, self.file, self.problems = where, file, problems
        self.data = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            self.fail(words.DESCRIPTOR_NOT_FIELDS.format(where=where), words.DESCRIPTOR_SEE_README)
        self.used: set[str] = set()

    def fail(self, what: str, fix: str, name: str | None = None) -> None:
        """A problem of this mapping; with ``name``, at the line of that key."""
        lines = self.data.lines if isinstance(self.data, Located) else {}
        self.problems.append(Problem(file=self.file, what=what, fix=fix, line=lines.get(name)))

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        self.used.add(name)
        if name not in self.data:
            if default is ...:
                self.fail(
                    words.DESCRIPTOR_FIELD_MISSING.format(where=self.where, name=name),
                    words.DESCRIPTOR_FIELD_MISSING_FIX.format(name=name),
                )
            return None if default is ... else default
        value = self.data[name]
        if not isinstance(value, kind):
            self.fail(
                words.DESCRIPTOR_WRONG_TYPE.format(where=self.where, name=name, value=cut(str(value))),
                words.DESCRIPTOR_WRONG_TYPE_FIX.format(name=name),
                name,
            )
            return None if default is ... else default
        return value

    def texts(self, name: str, default: Any = ...) -> tuple[str, ...]:
        """A list of texts (numbers and dates read as written); a list or mapping in it is a problem."""
        items = self.get(name, list, default) or []
        wrong = [item for item in items if not isinstance(item, SCALARS)]
        if wrong:
            self.fail(
                words.DESCRIPTOR_NOT_TEXTS.format(where=self.where, name=name, value=cut(str(wrong[0]))),
                words.DESCRIPTOR_NOT_TEXTS_FIX,
                name,
            )
        return tuple(str(item) for item in items if isinstance(item, SCALARS))

    def text_lines(self, name: str) -> tuple[int | None, ...]:
        """The line of each text ``texts(name)`` gives (its key's line when the YAML did not tell)."""
        items = self.data.get(name)
        located = isinstance(self.data, Located)
        key_line = self.data.lines.get(name) if located else None
        item_lines = self.data.item_lines.get(name, []) if located else []
        if not isinstance(items, list):
            return ()
        return tuple(
            item_lines[i] if i < len(item_lines) else key_line
            for i, item in enumerate(items)
            if isinstance(item, SCALARS)
        )

    def path(self, name: str, folder: Path) -> str:
        """A data file's path from the data folder; one that leads out of the folder is a problem."""
        value = self.get(name, str) or ""
        if value and not inside(folder, value):
            self.fail(
                words.DESCRIPTOR_PATH_OUTSIDE.format(where=self.where, value=cut(value)),
                words.DESCRIPTOR_PATH_OUTSIDE_FIX.format(folder=folder),
                name,
            )
        return value

    def finish(self) -> None:
        for name in sorted(set(self.data) - self.used):
            self.fail(
                words.DESCRIPTOR_FIELD_UNKNOWN.format(where=self.where, name=name), words.DESCRIPTOR_FIELD_UNKNOWN_FIX
            )
