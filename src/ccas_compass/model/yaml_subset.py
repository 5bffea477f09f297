"""A fast reader for the plain block YAML the tool writes (answers files), exactly as libyaml reads it.

Answers files are block mappings and lists of identifiers, quoted strings and small integers. Reading
them with libyaml costs, per scalar, a call to PyYAML's Python resolver and a node object; on a
campaign of thousands of files that is most of ``batch``'s time. This reader handles only that
subset, line by line, and resolves each plain scalar with PyYAML's own table of implicit resolvers
(passed in by :mod:`ccas_compass.model.yamlio`, the module that owns PyYAML), so that a value means
what libyaml would make of it.

Flow collections are read when they hold identifiers or numbers on one line (the answers template's
``[a, b]`` and ``{a: 3, b: 2}``). Anything else — a comment after a value, a nested or quoted flow item,
a multi-line or double-quoted string with escapes, a tab, an anchor, a key given twice, a float, a
date, a non-printable character… — raises :class:`NotInSubset`, and the caller reads the text with
libyaml as before (which also words every syntax error). The subset is a fast path, never a second
YAML dialect: ``tests/test_yaml_subset.py`` compares it with libyaml on generated documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from re import Pattern
from typing import Any

Resolvers = Mapping[str | None, Sequence[tuple[str, Pattern[str]]]]
"""PyYAML's implicit resolvers: first character of a plain scalar → (tag, pattern) to try in turn."""

_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"

_BOOLS = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"), False),
}
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\Z")
"""Integers read here (the rest — octal, hexadecimal, sexagesimal, ``1_000``, huge — go to libyaml)."""

_LINE = re.compile(
    r"^( *)(- +)?(?:([A-Za-z0-9_][A-Za-z0-9_.\-]{0,200}):(?: +|$))?(.*)$", re.MULTILINE
)
"""Each line: its indent, a list item's dash, a mapping key, the rest (a value, or nothing)."""

_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` .")
"""Characters a plain scalar may not start with (YAML indicators), or that this reader leaves to libyaml
(``.``: the ``...`` document end marker, and ``.5``, ``.inf``, which are floats anyway)."""

_FLOW = re.compile(r"[\[\]{},]|: | #|:$")
"""In a plain scalar: flow indicators (allowed in block context, left to libyaml), ``: ``, a comment."""

_FLOW_ITEM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*\Z")
"""An item of a one-line flow list or mapping this reader takes: an identifier or a number (resolved)."""
_FLOW_PAIR = re.compile(r" *([A-Za-z0-9_][A-Za-z0-9_.\-]*): +([A-Za-z0-9_][A-Za-z0-9_.\-]*) *\Z")

_MEMO_SIZE = 20_000
_UNKNOWN = object()
"""Not remembered (``None`` is a remembered value: ``null``, ``~``)."""


class NotInSubset(Exception):
    """The text uses YAML this reader leaves to libyaml."""


class SubsetReader:
    """Reads the subset; remembers what each scalar's text resolved to (answers repeat the same ids)."""

    def __init__(self, resolvers: Resolvers) -> None:
        self._resolvers = resolvers
        self._memo: dict[str, Any] = {}

    def parse(self, text: str) -> Any:
        """The document libyaml would build from ``text``; :class:`NotInSubset` when unsure."""
        if "\r" in text:  # Windows line ends (a file edited in Notepad) are line ends to YAML too
            text = text.replace("\r\n", "\n")
        if "\r" in text or "\t" in text or not text.replace("\n", " ").isprintable():
            raise NotInSubset  # tabs, a lone CR, BOM, control or separator characters (YAML's \x85…)
        rows = [row for row in _LINE.findall(text) if row[1] or row[2] or row[3][:1] not in ("", "#")]
        if not rows:
            raise NotInSubset  # empty, or only comments: libyaml says what that is
        first = rows[0]
        if len(rows) == 1 and not first[1] and not first[2]:
            return self.scalar(first[3])  # a document that is one scalar
        walk = _Walk(rows, self.scalar, self._memo)
        try:
            value = walk.block(len(first[0]))
        except RecursionError:  # hundreds of nested levels: libyaml's own limits and messages
            raise NotInSubset from None
        if walk.at != len(rows):
            raise NotInSubset  # a line less indented than the first, or more after the document
        return value

    def scalar(self, text: str) -> Any:
        """What one scalar's text (plain or quoted, on one line) means; remembered."""
        memo = self._memo
        if text in memo:
            return memo[text]
        text = text.rstrip(" ")
        if text[0] == "[" and text[-1] == "]":
            return self._flow_list(text[1:-1])  # a new one each time: never shared, never remembered
        if text[0] == "{" and text[-1] == "}":
            return self._flow_mapping(text[1:-1])
        value = self._resolve(text)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[text] = value
        return value

    def _flow_list(self, inner: str) -> list[Any]:
        """``[a, b]`` on one line, of identifiers and small numbers (the answers template's lists)."""
        if not inner.strip(" "):
            return []
        items = [item.strip(" ") for item in inner.split(",")]
        if not all(_FLOW_ITEM.match(item) for item in items):
            raise NotInSubset  # quoted, nested, empty (a trailing comma)…: libyaml
        return [self.scalar(item) for item in items]

    def _flow_mapping(self, inner: str) -> dict[str, Any]:
        """``{a: 1, b: 2}`` on one line, keys and values identifiers or small numbers (allocations)."""
        out: dict[str, Any] = {}
        if not inner.strip(" "):
            return out
        for part in inner.split(","):
            found = _FLOW_PAIR.match(part)
            if found is None:
                raise NotInSubset
            key = self.scalar(found.group(1))
            if type(key) is not str or key in out:
                raise NotInSubset
            out[key] = self.scalar(found.group(2))
        return out

    def _resolve(self, text: str) -> Any:
        first = text[0]
        if first == "'":
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
                raise NotInSubset
            return inner.replace("''", "'")
        if first == '"':
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
                raise NotInSubset
            return inner
        if first in _PLAIN_START or _FLOW.search(text):
            raise NotInSubset
        resolvers = self._resolvers
        for tag, pattern in (*resolvers.get(first, ()), *resolvers.get(None, ())):
            if pattern.match(text):
                return _resolved(tag, text)
        return text


Row = tuple[str, str, str, str]
"""One line: its indent, a list item's dash (or ""), a mapping key (or ""), the rest."""


class _Walk:
    """One document's lines, read from the top (one walk per call: the reader stays re-entrant)."""

    def __init__(self, rows: list[Row], scalar: Callable[[str], Any], memo: dict[str, Any]) -> None:
        self.rows = rows
        self.at = 0
        self.scalar = scalar
        self.memo = memo
        """The reader's remembered scalars, looked up here first (most scalars are ids seen before)."""

    def block(self, indent: int) -> Any:
        row = self.rows[self.at]
        if row[1]:
            return self.sequence(indent)
        if not row[2]:
            raise NotInSubset
        return self.mapping(indent)

    def mapping(self, indent: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        rows = self.rows
        count = len(rows)
        scalar = self.scalar
        known = self.memo.get
        while self.at < count:
            spaces, dash, key_text, rest = rows[self.at]
            here = len(spaces)
            if here < indent:
                break
            if here > indent or dash or not key_text:
                raise NotInSubset
            key = known(key_text, _UNKNOWN)
            if key is _UNKNOWN:
                key = scalar(key_text)
            if type(key) is not str or key in out:
                raise NotInSubset  # a key read as a number, a boolean, null; a key given twice
            self.at += 1
            if rest:
                value = known(rest, _UNKNOWN)
                out[key] = scalar(rest) if value is _UNKNOWN else value
                continue
            if self.at < count:
                following = rows[self.at]
                deeper = len(following[0])
                if deeper > indent or (deeper == indent and following[1]):
                    out[key] = self.block(deeper)
                    continue
            out[key] = None
        return out

    def sequence(self, indent: int) -> list[Any]:
        out: list[Any] = []
        rows = self.rows
        count = len(rows)
        scalar = self.scalar
        known = self.memo.get
        while self.at < count:
            spaces, dash, key_text, rest = rows[self.at]
            here = len(spaces)
            if here < indent or (here == indent and not dash):
                break  # the end of this list (an indentless list ends at its parent's next key)
            if here > indent or key_text or not rest:
                raise NotInSubset  # a mapping or a nested block as a list item, a deeper line
            value = known(rest, _UNKNOWN)
            out.append(scalar(rest) if value is _UNKNOWN else value)
            self.at += 1
        return out


def _resolved(tag: str, text: str) -> Any:
    if tag == _NULL:
        return None
    if tag == _BOOL and text in _BOOLS:
        return _BOOLS[text]
    if tag == _INT and _DECIMAL.match(text):
        return int(text)
    raise NotInSubset  # floats, dates, octal… and the odd tags ("=", "<<")
