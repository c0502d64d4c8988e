"""Other libraries' warnings during a build go to the debug log; those that matter are kept to be said in Danish."""

from __future__ import annotations

import logging
import warnings

from public_results.adapter.library_messages import captured

OPENPYXL = "Data Validation extension is not supported and will be removed"
PANDAS = "Could not infer format, so each element will be parsed individually, falling back to `dateutil`."


def test_a_warning_that_does_not_matter_goes_to_the_debug_log_only(capfd, caplog) -> None:
    found: list[str] = []
    with caplog.at_level(logging.DEBUG), captured(found):
        warnings.warn(OPENPYXL, UserWarning, stacklevel=1)
    assert found == []
    assert capfd.readouterr().err == ""
    assert [r.levelno for r in caplog.records if OPENPYXL in r.getMessage()] == [logging.DEBUG]


def test_a_pandas_warning_about_dates_is_kept_to_be_said_in_danish() -> None:
    found: list[str] = []
    with captured(found):
        warnings.warn(PANDAS, UserWarning, stacklevel=1)
    assert found == [PANDAS]


def test_a_library_log_line_below_error_never_reaches_the_terminal_but_an_error_does(caplog) -> None:
    with caplog.at_level(logging.WARNING), captured([]):
        logging.getLogger("openpyxl.reader").warning("Workbook contains no default style")
        logging.getLogger("weasyprint").error("Failed to load font")
    assert [r.getMessage() for r in caplog.records] == ["Failed to load font"]
    assert logging.getLogger("openpyxl").propagate  # put back as it was
