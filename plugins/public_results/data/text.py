"""Small text helpers shared by the stages."""

from __future__ import annotations

import unicodedata

from ..privacy.personal_data import mask_personal


def normalise(text: str) -> str:
    """Compare headers and labels without case, edge or repeated spaces, or Unicode form."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def shown_value(value: str) -> str:
    """A cell's value for an error message, with anything that could be personal masked."""
    return mask_personal(str(value))
