"""Small text helpers shared by the stages."""

from __future__ import annotations

import unicodedata

from ..errors import SHOWN_CHARACTERS, cut
from ..privacy.personal_data import mask_personal

SEARCHED = 4 * SHOWN_CHARACTERS  # of a long cell only its start is searched, masked and shown


def normalise(text: str) -> str:
    """Compare headers and labels without case, edge or repeated spaces, or Unicode form."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def shown_value(value: str) -> str:
    """A cell's value for an error message, cut (``errors.cut``), with anything that could be personal
    masked. Only the start is searched: anything personal that crosses SEARCHED is cut off anyway."""
    return cut(mask_personal(str(value)[:SEARCHED]))
