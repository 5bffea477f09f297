"""French typography for every text the tool writes in French: non-breaking spaces where French
puts a space that must not break (before ``: ; ? !``, inside « », between a number and ``%``) and
thousands grouped with a non-breaking space (``139 259``).

U+00A0 (non-breaking space) is used throughout rather than the narrow U+202F: it exists in every
console code page (cp1252 included), so a Windows terminal never shows a replacement character.
English text is returned unchanged.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_BEFORE = re.compile(r"[ \u202f\u00a0]*([:;?!»%])")
_AFTER = re.compile(r"«[ \u202f\u00a0]*")
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\b[A-Za-z]:\\\S*")


def _fix(part: str) -> str:
    def before(m: re.Match[str]) -> str:
        mark = m.group(1)
        start = m.start()
        # a colon between digits (18:30) or a mark that opens the text stays glued
        if mark == ":" and start > 0 and part[start - 1].isdigit() and part[m.end() : m.end() + 1].isdigit():
            return m.group(0)
        spaced = m.group(0) != mark
        if not spaced and (start == 0 or part[start - 1] in "\n("):
            return m.group(0)
        return NBSP + mark

    part = _AFTER.sub("«" + NBSP, part)
    return _BEFORE.sub(before, part)


def french(text: str) -> str:
    """``text`` with French non-breaking spaces; URLs and Windows paths are left as they are."""
    out: list[str] = []
    last = 0
    for m in _URL.finditer(text):
        out.append(_fix(text[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_fix(text[last:]))
    return "".join(out)


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def apostrophes(text: str) -> str:
    """French apostrophes: a straight ``'`` between two letters (``l'aide``, ``aujourd'hui``)
    becomes ``’``. Only the tool's own French wording goes through it (the catalogue's messages,
    the questionnaire's texts), never a value put into it: a file name, a path or what the user
    typed keeps its ``'``. A quote that is not between letters (``'x'``, code) is left alone."""
    return _APOSTROPHE.sub("\u2019", text)


def typeset(text: str, lang: str) -> str:
    """French typography in French, the text unchanged in English."""
    return text if lang == "en" else french(text)


def thousands(value: int, lang: str) -> str:
    """``139 259`` (non-breaking space) in French, ``139,259`` in English."""
    grouped = f"{value:,}"
    return grouped if lang == "en" else grouped.replace(",", NBSP)


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
"""Month names written here rather than taken from the locale: a report reads the same on every
computer, whatever its language settings."""


def long_date(value: object, lang: str) -> str:
    """``2026-11-29`` as ``29 novembre 2026`` (``1er décembre``), ``29 November 2026`` in English;
    any other text is returned as it is."""
    import datetime

    if isinstance(value, datetime.datetime):
        value = value.date()
    if not isinstance(value, datetime.date):
        try:
            value = datetime.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return str(value)
    day = "1er" if value.day == 1 and lang == "fr" else str(value.day)
    return f"{day} {MONTHS['en' if lang == 'en' else 'fr'][value.month - 1]} {value.year}"


def date_time(value: object, lang: str) -> str:
    """``2026-11-29T21:05:33`` as ``29 novembre 2026 à 21 h 05`` (non-breaking spaces around the
    ``h``), ``29 November 2026 at 21:05`` in English: a draft's last save as people say it. A date
    alone gives :func:`long_date`; any other text is returned as it is."""
    import datetime

    text = str(value).strip()
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) <= 10:  # a date alone: no midnight invented
        return long_date(moment, lang)
    if lang == "en":
        return f"{long_date(moment, lang)} at {moment.hour}:{moment.minute:02d}"
    return f"{long_date(moment, lang)} à {moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"


MINUS = "\u2212"


def decimal(value: float, lang: str, digits: int = 1, sign: bool = False) -> str:
    """A number as people write it: no trailing ``.0``, a true minus sign (U+2212), a decimal comma
    in French (``-2.0`` → ``−2``, ``6.25`` → ``6,2`` with one digit)."""
    text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("+-") == "0":
        text = "0"
    text = text.replace("-", MINUS)
    return text if lang == "en" else text.replace(".", ",")


def percent(value: float, lang: str, digits: int = 1, sign: bool = False) -> str:
    """``−2 %`` (non-breaking space) in French, ``−2%`` in English."""
    return decimal(value, lang, digits, sign) + ("%" if lang == "en" else NBSP + "%")


_SPACE_BEFORE = re.compile(r" (?=[:;?!»%]|[–—] )")
"""Also the space before a dash between words (« Amboise — le mix ») : a dash never opens a line.
Not before a minus: « Vu aujourd'hui − pratiques » would become one unbreakable word in a header."""
_SPACE_AFTER = re.compile(r"(?<=«) ")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
"""The space between groups of digits (« 29 999 habitants »): a number never breaks across lines."""


def glue(text: str, lang: str) -> str:
    """French text with its existing spaces before ``: ; ? ! » %`` and a spaced dash (not a minus),
    after « and between groups of digits (« 29 999 ») made non-breaking.

    Unlike :func:`french`, no space is ever added: the tool's sentences already carry theirs, and a
    text the user typed (``width: 1cm``) must print exactly as typed.
    """
    if lang == "en":
        return text
    return _THOUSANDS.sub(NBSP, _SPACE_AFTER.sub(NBSP, _SPACE_BEFORE.sub(NBSP, text)))


_MD_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}")
_MD_VERBATIM = re.compile(r"(`[^`]*`|\]\([^)]*\)|<[^>\s]+>|https?://\S+)")


def glue_markdown(text: str, lang: str) -> str:
    """:func:`glue` over a Markdown document, leaving its syntax alone: table delimiter rows, fenced
    code, inline code, link targets and URLs are kept as written."""
    if lang == "en":
        return text
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        if fenced or line.startswith("```") or _MD_DELIMITER.match(line):
            out.append(line)
            continue
        parts = _MD_VERBATIM.split(line)
        out.append("".join(part if i % 2 else glue(part, lang) for i, part in enumerate(parts)))
    return "\n".join(out)
