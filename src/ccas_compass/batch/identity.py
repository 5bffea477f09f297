"""Which respondents are one organisation: names compared once the generic words are set aside.

A team is an organisation: its kind (CCAS, CIAS…) and its INSEE code. Two names given under one code
are the same organisation unless they are *clearly different*: once reduced to their *core* (accents,
case and punctuation removed, then the generic words of :data:`GENERIC_WORDS` — "ccas", "centre
communal d'action sociale", "de", "la"… — left out), both cores are non-empty, neither's words are
all in the other's ("Baugé" and "Baugé-en-Anjou" agree) and the two cores are less than
:data:`SIMILAR` alike letter by letter ("Saumr" is a typo of "Saumur"; "Saumur" and "Saint-Aubin"
are two places).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

GENERIC_WORDS = frozenset(
    """ccas cias ccias centre centres communal communale intercommunal intercommunale action actions
    sociale social sociales sociaux de d du des la le les l et en a au aux ville commune communaute
    communes mairie service services""".split()
)
"""Words that say what kind of body it is, not which one (compared without accents, in lower case)."""
SIMILAR = 0.8
"""Two cores at least this alike (difflib's ratio) are taken for one name, typed twice."""


def normalised_name(name: str) -> str:
    """A name reduced for matching: no accents, no case, no punctuation (``C.C.A.S.`` is ``ccas``)."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"[.'’]", "", ascii_text.lower())).strip()


@functools.lru_cache(maxsize=4096)
def name_core(name: str) -> str:
    """The words that name the place: "CCAS de Saint-Aubin" → "saint aubin"."""
    words = re.sub(r"[^a-z0-9]+", " ", _ascii(name).lower().replace(".", "")).split()
    return " ".join(w for w in words if w not in GENERIC_WORDS)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=4096)
def clearly_different(a: str, b: str) -> bool:
    """True when two names given under one INSEE code cannot be one organisation (see the module)."""
    core_a, core_b = name_core(a), name_core(b)
    if not core_a or not core_b or core_a == core_b:
        return False
    words_a, words_b = set(core_a.split()), set(core_b.split())
    if words_a <= words_b or words_b <= words_a:
        return False
    return SequenceMatcher(None, core_a, core_b).ratio() < SIMILAR
