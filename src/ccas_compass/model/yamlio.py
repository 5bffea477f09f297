"""The only module that imports PyYAML: safe parsing, with line numbers for error messages.

Uses libyaml's C loader when it is available (much faster for batch), the pure-Python safe loader
otherwise. Only ``safe`` loaders are ever used: a YAML file cannot run code.
"""

from __future__ import annotations

from typing import Any

import yaml

from ccas_compass.errors import Path, Problem
from ccas_compass.model.yaml_subset import NotInSubset, SubsetReader

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it, the pure-Python safe loader otherwise."""

_SUBSET = SubsetReader(yaml.resolver.Resolver.yaml_implicit_resolvers)
"""The fast reader of plain block YAML, resolving scalars with PyYAML's own table (see
:mod:`.yaml_subset`)."""

Lines = dict[Path, int]


def syntax_problem(err: yaml.YAMLError, text: str | None = None) -> Problem:
    """The syntax error in the user's words, on the line to look at (see :mod:`.yaml_errors`)."""
    from ccas_compass.model.yaml_errors import describe

    return describe(err, text)


def parse(text: str, *, strict: bool = False) -> Any:
    """Parse one YAML document safely; raise :class:`ParseError` with the line on bad syntax.

    ``strict`` (answers files): anchors and aliases are refused before anything is built (an
    "alias bomb" of a few lines would otherwise expand into millions of items), and a key repeated
    in one mapping is refused with both lines rather than silently keeping the last.
    """
    if strict:
        try:
            return _SUBSET.parse(text)  # the block YAML the tool writes: read without libyaml
        except NotInSubset:
            pass  # anything else: libyaml, with every check below
        if "&" in text or "*" in text:  # no anchor/alias without these characters: skip the scan
            refuse_aliases(text)
        try:
            try:
                return _build_plain(text)
            except _Unusual:  # a tag the fast path does not build: PyYAML's safe constructor does
                return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a safe loader
        except _RepeatedKey as err:
            problems = parse_with_lines(text)[2] or [err.problem]  # with their paths when found
            raise ParseError(*problems) from None
        except yaml.YAMLError as err:
            raise ParseError(syntax_problem(err, text)) from None
        except (ValueError, RecursionError, MemoryError) as err:  # an integer of 5,000 digits…
            raise ParseError(Problem("yaml_syntax", {"detail": type(err).__name__})) from None
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - Loader is a safe loader
    except yaml.YAMLError as err:
        raise ParseError(syntax_problem(err, text)) from None


def refuse_aliases(text: str) -> None:
    """Raise :class:`ParseError` at the first anchor (``&a``) or alias (``*a``), scanning the
    parser's events only: nothing is composed or built, so a bomb is refused at once."""
    try:
        for event in yaml.parse(text, Loader=Loader):
            anchor = getattr(event, "anchor", None)  # aliases and anchored nodes carry one
            if anchor is not None:
                line = event.start_mark.line + 1 if event.start_mark is not None else None
                raise ParseError(Problem("yaml_alias", {"name": str(anchor)}, line=line))
    except yaml.YAMLError as err:
        raise ParseError(syntax_problem(err, text)) from None


_STR, _MAP, _SEQ, _NULL = (f"tag:yaml.org,2002:{t}" for t in ("str", "map", "seq", "null"))


class _Unusual(Exception):
    """A node :func:`_build_plain` leaves to PyYAML (a set, a merge key, a custom tag…)."""


def _build_plain(text: str) -> Any:
    """The document, as :class:`_StrictLoader` would build it, for plain YAML (mappings, lists,
    scalars: an answers file): libyaml composes the nodes, a direct walk builds them — about three
    times faster than PyYAML's generic constructor, which batch feels. Raises :class:`_Unusual`
    for anything else, :class:`_RepeatedKey` for a key given twice. No aliases may be present."""
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        constructors = loader.yaml_constructors

        def build(node: yaml.Node) -> Any:
            tag = node.tag
            if tag == _STR:
                return node.value
            if tag == _MAP:
                out: dict[Any, Any] = {}
                for key_node, value_node in node.value:
                    key = build(key_node)
                    try:
                        repeated = key in out
                    except TypeError:  # an unhashable key: PyYAML says so, with its line
                        raise _Unusual from None
                    if repeated:
                        line = key_node.start_mark.line + 1
                        first = next(k.start_mark.line + 1 for k, _ in node.value if build(k) == key)
                        params = {"key": str(key), "first": first}
                        raise _RepeatedKey(Problem("duplicate_key", params, line=line))
                    out[key] = build(value_node)
                return out
            if tag == _SEQ:
                return [build(item) for item in node.value]
            if tag == _NULL:
                return None
            if type(node) is yaml.ScalarNode and tag in constructors:  # int, float, bool, date…
                return constructors[tag](loader, node)
            raise _Unusual

        return build(node)
    finally:
        loader.dispose()


class _RepeatedKey(Exception):
    """A mapping with a key twice (both lines named)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.key)
        self.problem = problem


class _StrictLoader(Loader):  # type: ignore[misc]
    """The safe loader, refusing a key repeated within one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        if len(mapping) != len(node.value):  # rare: find the repeated key and its two lines
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node)
                line = key_node.start_mark.line + 1
                if key in seen:
                    params = {"key": str(key), "first": seen[key]}
                    raise _RepeatedKey(Problem("duplicate_key", params, line=line))
                seen[key] = line
        return mapping


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
    except (ParseError, RecursionError):
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
    """Bad YAML syntax; carries the located problem (and any further ones: repeated keys)."""

    def __init__(self, problem: Problem, *more: Problem) -> None:
        super().__init__(problem.key)
        self.problem = problem
        self.problems = (problem, *more)
