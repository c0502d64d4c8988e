"""Social cards: the picture a page shows when a link to it is shared (drawn with the charts).

``card_for`` gives a page's card: its file in the output (``kort/<page>.png``), its drawing key
and its spec, made from the page's title with its figures, the date of its data (or the site's
subtitle) and the site's name. Kept in the page memo: an unchanged card is not made again.
"""

from __future__ import annotations

import json

from ..charts.drawing import drawing_key
from ..charts.social_cards import FOLDER, card_name, card_spec
from ..danish import words
from ..pages.placeholders import strip_placeholders
from .build import Card, Loaded


def card_for(loaded: Loaded, address: str, title: str, data_date_label: str | None) -> Card:
    """The card of the page published at ``address`` with ``title`` (its figures in)."""
    site = loaded.site
    date_line = words.CARD_DATE.format(date=data_date_label) if data_date_label else site.subtitle
    name = f"{FOLDER}/{card_name(address or title)}"
    parts = (strip_placeholders(title) or site.name, date_line, site.name, loaded.settings.chart_font)

    def make() -> tuple[str, str]:
        """Drawing key and spec as JSON: kept in the page memo, and one text is read back much faster
        than the spec's hundreds of objects (it is needed only to draw)."""
        spec = card_spec(*parts)
        return drawing_key(spec, loaded.drawing_version), json.dumps(spec, ensure_ascii=False)

    key, spec = loaded.page_memo.get(("card", *parts, loaded.drawing_version), make)
    return Card(name, key, spec)
