"""What a mapping draft is made of (:mod:`ccas_compass.collect.mapping_draft`): the columns' values
kept while reading, the entries written, the questions they may be matched to, and how texts are
compared. Shared by the drafting by labels (``mapping_draft``) and by LimeSurvey codes (``codes``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from ccas_compass.model.core import Question

DISTINCT = 50
"""Distinct values kept per column (and distinct pieces per multiple-choice column)."""


def fold(text: str) -> str:
    """Accents stripped, case folded, punctuation collapsed: how texts are compared."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", plain.casefold()).split())


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class Value:
    """One source value of a column and what it is taken for."""

    source: str
    target: str | None
    sure: bool
    note: str = ""
    found: bool = True
    """False: no convincing candidate; written as a comment."""


@dataclass
class Entry:
    """One mapped column."""

    header: str
    target: dict[str, str]
    sure: bool
    note: str = ""
    values: list[Value] = field(default_factory=list)
    question: Question | None = None


@dataclass
class Stats:
    """What the reading keeps of one column."""

    values: dict[str, None] = field(default_factory=dict)
    more: bool = False
    pieces: dict[str, None] = field(default_factory=dict)

    def add(self, cell: str, store: dict[str, None] | None = None) -> None:
        target = self.values if store is None else store
        if cell in target:
            return
        if len(target) < DISTINCT:
            target[cell] = None
        else:
            self.more = True


@dataclass
class Draft:
    file: str
    source: str
    lang: str
    ignore: list[tuple[str, str]] = field(default_factory=list)
    require: list[tuple[str, str]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    unknown: list[tuple[str, str]] = field(default_factory=list)
    native: list[str] = field(default_factory=list)
    version: str = ""
    """The questionnaire's version (the form was copied from it)."""

    @property
    def counts(self) -> tuple[int, int, int]:
        """Columns taken as sure, columns or values to check, columns not recognised."""
        sure = sum(1 for e in self.entries if e.sure and all(v.sure for v in e.values))
        check = sum(1 for e in self.entries if not e.sure) + sum(
            1 for e in self.entries for v in e.values if not v.sure
        )
        return sure + len(self.native) + len(self.ignore), check, len(self.unknown)


@dataclass
class Target:
    """A question a column may be matched to, with its texts folded (French, English)."""

    question: Question
    profile: bool
    texts: tuple[str, str]

    @property
    def key(self) -> dict[str, str]:
        return {"profile" if self.profile else "question": self.question.id}



def joined(*parts: str) -> str:
    """Notes joined with « ; », the empty ones left out."""
    return " ; ".join(p for p in parts if p)


def short(text: str, width: int = 60) -> str:
    """A text on one line, cut at ``width`` characters with « … »."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
