"""Small text helpers shared by the stages."""

from __future__ import annotations

import re
import unicodedata

# Shapes that may be personal data: a CPR number (DDMMYY-XXXX or 10 digits), an e-mail
# address, a Danish phone number. Used to mask values in error messages; the full
# personal-data guard on inputs is a separate stage.
PERSONAL = re.compile(r"\b\d{6}-?\d{4}\b|[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+45[ ]?)?\b\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}\b")


def normalise(text: str) -> str:
    """Compare headers and labels without case, edge or repeated spaces, or Unicode form."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def mask(value: str) -> str:
    """A value that could point to a person, shown so it can be found but not read: 'PK*****'."""
    value = str(value)
    keep = 2 if len(value) > 4 else 0
    return value[:keep] + "*" * (len(value) - keep)


def shown_value(value: str) -> str:
    """A cell's value for an error message: masked when it could be personal."""
    return mask(value) if PERSONAL.search(str(value)) else str(value)
