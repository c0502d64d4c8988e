"""Named exceptions. Each problem says what is wrong, where, and how to fix it.

Messages are in plain Danish for the communications staff who run the build.
The plugin collects problems and raises them together, so one build shows
every mistake at once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One mistake in one place of one file."""

    file: str
    what: str
    fix: str
    row: int | None = None  # as the spreadsheet shows it (header = row 1)
    column: str | None = None
    value: str | None = None  # already masked when it could be personal
    line: int | None = None  # for Markdown and YAML files

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"linje {self.line}")
        if self.row is not None:
            where.append(f"række {self.row}")
        if self.column is not None:
            where.append(f"kolonne «{self.column}»")
        text = ", ".join(where) + f": {self.what}"
        if self.value is not None:
            text += f" (værdi: «{self.value}»)"
        return f"{text}\n    Sådan retter du det: {self.fix}"


class ResultsError(Exception):
    """Base class: one or more problems the user can fix."""

    heading = "Byggeriet stoppede"

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problemer"
        lines = [f"{self.heading}: {count} {noun}."]
        lines += [f"{n}. {problem}" for n, problem in enumerate(self.problems, 1)]
        return "\n".join(lines)


class DescriptorError(ResultsError):
    """The descriptor (datasets.yaml) is missing, malformed or inconsistent."""

    heading = "Beskrivelsen af datafilerne har fejl"


class DataError(ResultsError):
    """A data file cannot be read or does not match its descriptor."""

    heading = "Datafilerne har fejl"


class ContentError(ResultsError):
    """An article or page refers to a figure, chart, dataset or date that does not exist."""

    heading = "Artiklerne har fejl"


class BuildFailed(ResultsError):
    """All problems of a build, of every kind, raised together at the end."""

    heading = "Siden blev ikke bygget"


class NotFound(Exception):
    """A name in content that points at nothing; the caller adds file and line."""

    def __init__(self, what: str, fix: str) -> None:
        self.what, self.fix = what, fix
        super().__init__(what)


class PdfUnavailable(ResultsError):
    """The PDF tool (WeasyPrint) cannot run: a system library is missing."""

    heading = "Briefingernes PDF kan ikke laves"
