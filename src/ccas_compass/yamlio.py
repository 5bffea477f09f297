"""The only module that imports PyYAML: safe parsing, with line numbers for error messages.

Uses libyaml's C loader when it is available (much faster for batch), the pure-Python safe loader
otherwise. Only ``safe`` loaders are ever used: a YAML file cannot run code.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import Path, Problem

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it, the pure-Python safe loader otherwise."""

Lines = dict[Path, int]


def syntax_problem(err: yaml.YAMLError, text: str | None = None) -> Problem:
    """The syntax error in the user's words, on the line to look at (see :mod:`.yaml_errors`)."""
    from .yaml_errors import describe

    return describe(err, text)


def parse(text: str) -> Any:
    """Parse one YAML document safely; raise :class:`ParseError` with the line on bad syntax."""
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - Loader is a safe loader
    except yaml.YAMLError as err:
        raise ParseError(syntax_problem(err, text)) from None


def parse_with_lines(text: str) -> tuple[Any, Lines, list[Problem]]:
    """Parse one YAML document; also return the line of every path, and repeated keys.

    Lines are 1-based and point at a mapping key (or a list item). PyYAML silently keeps the last
    of two identical keys; here each repetition is reported as a problem.
    """
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        raise ParseError(syntax_problem(err, text)) from None
    finally:
        loader.dispose()
    lines: Lines = {}
    problems: list[Problem] = []
    if node is not None:
        _walk(node, (), lines, problems)
    return data, lines, problems


def lines_of(text: str) -> Lines:
    """Only the line map of a document (used on the error path, after a fast :func:`parse`)."""
    try:
        return parse_with_lines(text)[1]
    except ParseError:
        return {}


def _walk(node: yaml.Node, path: Path, lines: Lines, problems: list[Problem]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(
                    Problem("duplicate_key", {"key": key, "first": seen[key]}, path, line=line)
                )
                continue
            seen[key] = line
            child = path + (key,)
            lines[child] = line  # the key's line, not the value's (which may start below)
            _walk(value_node, child, lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), lines, problems)


def dump(document: Any) -> str:
    """YAML as people read it: accents kept, keys in the given order, block style."""
    return str(yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100))


class ParseError(Exception):
    """Bad YAML syntax; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.key)
        self.problem = problem
