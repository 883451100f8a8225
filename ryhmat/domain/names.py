"""Names compared as a person reads them, the one way every look-up and match uses.

"Mäkelä" typed on a Mac (a + combining diaeresis), pasted from a web page with a
zero-width space, or written "MÄKELÄ  " is the same name. Storage keeps names as
they were written; only comparisons go through ``comparable_name``.
"""

from __future__ import annotations

import unicodedata

# Invisible characters that a paste or a word processor leaves inside a word:
# zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_WITHOUT_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))


def comparable_name(name: str) -> str:
    """``name`` for comparing: NFC, invisible characters removed, case-folded, and
    runs of whitespace made single spaces with none at either end."""
    composed = unicodedata.normalize("NFC", name.translate(_WITHOUT_INVISIBLE))
    # Case folding can decompose again (e.g. "ǰ"); compose its result once more.
    folded = unicodedata.normalize("NFC", composed.casefold())
    return " ".join(folded.split())
