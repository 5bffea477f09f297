"""JSON read strictly for answers files: a key given twice in one object is refused, both lines named.

:func:`json.loads` keeps the last of two identical keys without a word; here an ``object_pairs_hook``
notices the repetition (cheap: one length comparison per object) and, on that rare path only, a small
scanner finds the lines of both occurrences and the path of the object that holds them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ccas_compass.errors import Path, Problem

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]')


class RepeatedKeys(Exception):
    """Raised by :func:`loads` when an object holds a key twice."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise RepeatedKeys
    return out


def loads(text: str) -> Any:
    """:func:`json.loads`, raising :class:`RepeatedKeys` when an object repeats a key."""
    return json.loads(text, object_pairs_hook=_pairs)


def repeated_keys(text: str) -> list[Problem]:
    """Every key repeated within one object, at the line of its repetition, with the first line.

    Only called on well-formed JSON (the fast parse succeeded but for the repetition): a string
    followed by ``:`` is a key of the innermost open object.
    """
    problems: list[Problem] = []
    # per open container: its path, and for an object the line of each key seen, and the key pending
    stack: list[tuple[Path, dict[str, int] | None]] = []
    path: Path = ()
    index_stack: list[int] = []
    pending: str | None = None
    tokens = list(_TOKEN.finditer(text))
    for i, match in enumerate(tokens):
        token = match.group()
        if token in "{[":
            child = path
            if stack:
                parent_path, keys = stack[-1]
                child = parent_path + ((pending or "",) if keys is not None else (index_stack[-1],))
            stack.append((child, {} if token == "{" else None))
            index_stack.append(0)
            pending = None
        elif token in "}]":
            stack.pop()
            index_stack.pop()
        elif token == ",":
            if index_stack:
                index_stack[-1] += 1
        elif token.startswith('"') and i + 1 < len(tokens) and tokens[i + 1].group() == ":" and stack:
            key = str(json.loads(token))
            line = text.count("\n", 0, match.start()) + 1
            where, keys = stack[-1]
            if keys is not None:
                if key in keys:
                    params = {"key": key, "first": keys[key]}
                    problems.append(Problem("duplicate_key", params, where, line=line))
                else:
                    keys[key] = line
            pending = key
    return problems
