"""Social cards: the picture a page shows when a link to it is shared (drawn with the charts).

``card_for`` gives a page's card: its file in the output (``kort/<page>.png``), its drawing key
and its texts: the page's title with its figures, the date of its data (or the site's
subtitle) and the site's name. The card itself is drawn with Pillow (``charts.social_cards``)
when every chart of the site is drawn.
"""

from __future__ import annotations

from ..charts.social_cards import FOLDER, CardText, card_key, card_name
from ..danish import words
from ..pages.placeholders import strip_placeholders
from .build import Card, Loaded


def card_for(loaded: Loaded, address: str, title: str, data_date_label: str | None) -> Card:
    """The card of the page published at ``address`` with ``title`` (its figures in)."""
    site = loaded.site
    date_line = words.CARD_DATE.format(date=data_date_label) if data_date_label else site.subtitle
    identity = (loaded.settings.municipality, loaded.settings.accent)
    text = CardText(strip_placeholders(title) or site.name, date_line, site.name, *identity)
    return Card(f"{FOLDER}/{card_name(address or title)}", card_key(text, loaded.drawing_version), text)
