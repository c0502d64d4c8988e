"""Named exceptions. Each problem says what is wrong, where, and how to fix it.

Messages are in plain Danish for the communications staff who run the build.
The plugin collects problems and raises them together, so one build shows
every mistake at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .danish import words
from .plain_data import keepable

SHOWN_CHARACTERS = 60  # a value in a message is cut to this many characters
COLUMN_CHARACTERS = 200  # a column's header too (a survey's headers are whole questions)


def cut(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` as a message shows it: at most ``limit`` characters, the last of them »…« when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@keepable
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
    more_lines: tuple[int, ...] = ()  # the same cause on further lines (one problem per cause)

    def __post_init__(self) -> None:
        """A value or column is cut (``cut``): a cell of 490 MB is never printed whole."""
        for name, limit in (("value", SHOWN_CHARACTERS), ("column", COLUMN_CHARACTERS)):
            text = getattr(self, name)
            if text is not None and len(text) > limit:
                object.__setattr__(self, name, cut(text, limit))

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None and self.more_lines:
            *first, last = (str(n) for n in (self.line, *self.more_lines))
            where.append(words.PROBLEM_LINES.format(lines=", ".join(first) + words.JOIN_AND + last))
        elif self.line is not None:
            where.append(words.PROBLEM_LINE.format(line=self.line))
        if self.row is not None:
            where.append(words.PROBLEM_ROW.format(row=self.row))
        if self.column is not None:
            where.append(words.PROBLEM_COLUMN.format(column=self.column))
        text = ", ".join(where) + f": {self.what}"
        if self.value is not None:
            text += words.PROBLEM_VALUE.format(value=self.value)
        return words.PROBLEM_FIX.format(problem=text, fix=self.fix)


class ResultsError(Exception):
    """Base class: one or more problems the user can fix."""

    heading = words.ERRORS_HEADING
    checking_heading: str | None = None  # the heading for ``make check``, when ``heading`` speaks of building

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.report())

    def report(self, *, checking: bool = False) -> str:
        """The heading with the number of problems, then every problem numbered.

        ``checking``: for ``make check``, which checks and never builds (its own heading, if any).
        """
        count = len(self.problems)
        noun = words.PROBLEMS_ONE if count == 1 else words.PROBLEMS_MANY
        title = (self.checking_heading if checking else None) or self.heading
        lines = [f"{title}: {count} {noun}."]
        lines += [f"{n}. {problem}" for n, problem in enumerate(self.problems, 1)]
        return "\n".join(lines)


class DescriptorError(ResultsError):
    """The descriptor (datasets.yaml) is missing, malformed or inconsistent."""

    heading = words.DESCRIPTOR_ERRORS_HEADING


class IdentityError(ResultsError):
    """The site's identity in the settings cannot be used: an accent colour with too little
    contrast, or a logo that is missing, remote, not SVG, unsafe or without a text alternative."""

    heading = words.IDENTITY_ERRORS_HEADING


class DataError(ResultsError):
    """A data file cannot be read or does not match its descriptor."""

    heading = words.DATA_ERRORS_HEADING


class ContentError(ResultsError):
    """An article or page refers to a figure, chart, dataset or date that does not exist."""

    heading = words.CONTENT_ERRORS_HEADING


class BuildFailed(ResultsError):
    """All problems of a build, of every kind, raised together at the end."""

    heading = words.BUILD_FAILED_HEADING
    checking_heading = words.CHECK_FAILED_HEADING


class NotFound(Exception):
    """A name in content that points at nothing; the caller adds file and line."""

    def __init__(self, what: str, fix: str) -> None:
        self.what, self.fix = what, fix
        super().__init__(what)


class PdfUnavailable(ResultsError):
    """The PDF tool (WeasyPrint) cannot run: a system library is missing."""

    heading = words.PDF_UNAVAILABLE_HEADING


class BuildBusy(ResultsError):
    """Another build holds the output folder's lock: one build at a time per folder."""

    heading = words.BUILD_BUSY_HEADING


class OutputNotWritable(ResultsError):
    """The output folder (or a folder beside it that the build works in) cannot be written."""

    heading = words.OUTPUT_NOT_WRITABLE_HEADING
