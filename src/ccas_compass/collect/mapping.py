"""Mappings: the exports of other survey tools (LimeSurvey, Google Forms, Framaforms, a spreadsheet)
read as the tool's own table (:mod:`ccas_compass.answers.columns`).

A mapping file (``ccas-compass batch --mapping MAP.yaml``; a first one is written by
``ccas-compass mapping draft``) says what each column holds and what each cell value means::

    mapping: 1                      # format of this file
    source: limesurvey              # free text
    questionnaire: "1.0"            # the questionnaire's version the survey was copied from
    ignore: [id, lastpage, startlanguage, seed]     # columns to leave aside, silently
    require: [submitdate]           # rows where one of these is empty are skipped (incomplete)
    columns:
      "Q1":                         # a column header, exactly as in the file
        question: accueil_premier_lieu
        values: {A1: guichet_bureau, A2: espace_convivial, "-oth-": null}   # null: don't know
      "Q5[SQ001]": {question: accueil_sans_rendez_vous, option: cafe_discussion}  # a tick: Y, 1, x…
      "Q9[SQ002]": {question: ambition_2050, option: radar}                   # points of an allocation
      "Quelles actions… ?": {question: actions_collectives, values: {…}, separator: ", "}
      "Nom de votre CCAS": {profile: name}
      "Horodateur": {meta: date, format: "%d/%m/%Y %H:%M:%S"}

A column of a multiple choice may hold several values in one cell: they are recognised as whole
values first (a label may itself contain the separator, as Google Forms joins labels with ", "),
then separated by ``separator`` (by default any of ``,`` ``;`` ``|`` or a line break). Cells are
compared with the mapping's values without regard to case or repeated spaces; a cell may also hold
our own option id. A value the mapping does not know is a problem of that row, naming the column
and the value: the row is not scored, the other rows are. Columns neither mapped nor ignored are read
as the tool's own layout (``name``, ``insee``, question ids…) or listed as unknown columns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ccas_compass.answers import columns as cols
from ccas_compass.errors import AnswersError, Problem
from ccas_compass.errors import Path as ProblemPath
from ccas_compass.model.core import Model, Question, Questionnaire

FORMAT = 1
TOP_KEYS = ("mapping", "source", "export", "questionnaire", "ignore", "require", "empty", "columns")
TARGET_KEYS = ("question", "profile", "meta")
ENTRY_KEYS = (*TARGET_KEYS, "option", "values", "separator", "format")
META_TARGETS = ("role", "date", "version")
SEPARATORS = re.compile(r"\s*[,;|\n]\s*")
MARK = re.compile(r"#.*(?:À VÉRIFIER :|\bCHECK:)")
"""A guess of ``mapping draft`` not yet checked (its comment still carries the mark)."""
ZONE = re.compile(r"\s*(?:UTC|GMT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\s*$")
PLACEHOLDER = "date_placeholder"
"""The problem key of LimeSurvey's 1980-01-01 placeholder date: counted, not a row's problem."""
KNOWN_SHOWN = 6
"""How many of a column's expected values an "unknown value" message quotes."""


class MappingError(AnswersError):
    """A mapping file is unreadable or does not fit the questionnaire (exit 1)."""


def canon(text: str) -> str:
    """Spaces collapsed, case folded: how cells and headers are compared with the mapping."""
    return " ".join(text.split()).casefold()


def separator_pattern(separator: str) -> re.Pattern[str]:
    """The pattern splitting a cell on ``separator`` (spaces around it allowed; blank: spaces)."""
    core = separator.strip()
    return re.compile(r"\s+" if not core else r"\s*" + re.escape(core) + r"\s*")


@dataclass(frozen=True)
class Rule:
    """One mapped column: what it holds, and how its cells translate into the tool's layout."""

    header: str
    column: cols.Column
    question: Question | None = None
    """The question (or profile question) the column answers; None for ``meta``."""
    values: Mapping[str, str | None] = field(default_factory=dict)
    """canon(source value) → our value (an option id, a text); None: "don't know"."""
    shown: tuple[str, ...] = ()
    """The source values as written in the mapping, for messages."""
    separator: re.Pattern[str] | None = None
    date_format: str | None = None

    @cached_property
    def _keys(self) -> list[tuple[str, str | None]]:
        """Every value a cell may hold (the mapping's, then our option ids and labels), longest first."""
        keys: dict[str, str | None] = {}
        if self.question is not None:
            for option in self.question.options:
                names = (option.label.en, option.label.fr, option.id)
                keys.update((canon(text), option.id) for text in names)
        keys.update(self.values)
        return sorted(keys.items(), key=lambda item: -len(item[0]))

    @cached_property
    def _lookup(self) -> dict[str, str | None]:
        return dict(self._keys)

    def translate(self, cell: str) -> tuple[str, list[Problem]]:
        """A cell of the source (stripped, not empty) as a cell of the tool's layout."""
        kind = self.column.kind
        if kind == "choice":
            return self._tick(cell)
        if kind == "points":
            return cell, []
        if kind == "meta" and self.column.target == "date":
            return self._date(cell)
        question = self.question
        if question is None or question.type not in ("single", "multiple"):
            found = self.values.get(canon(cell), cell) if self.values else cell
            return found or "", []
        if question.type == "multiple" and kind == "question":
            return self._multiple(cell)
        key = canon(cell)
        if key in self._lookup:
            return self._lookup[key] or "", []
        return "", [self.unknown(cell)]

    def unknown(self, value: str) -> Problem:
        known = [v if len(v) <= 40 else v[:39] + "…" for v in self.shown[:KNOWN_SHOWN]]
        if len(self.shown) > KNOWN_SHOWN:
            known.append("…")
        if self.question is not None and not self.shown:
            known = [o.id for o in self.question.options]
        params = {"value": value, "known": ", ".join(known) or "—"}
        return Problem("mapping_unknown_value", params, (self.header,))

    def _tick(self, cell: str) -> tuple[str, list[Problem]]:
        flag = canon(cell)
        if flag in cols.TRUE:
            return "1", []
        if flag in cols.FALSE:
            return "0", []
        if self.question is not None:  # a column per option may hold the option itself
            option = self.question.option(self.column.option)
            names = (option.id, option.label.fr, option.label.en) if option is not None else ()
            if flag in {canon(n) for n in names}:
                return "1", []
        return "", [Problem("bad_tick", {"value": cell}, (self.header,))]

    def _date(self, cell: str) -> tuple[str, list[Problem]]:
        if self.date_format is None:  # the timestamps survey tools write (collect.dates)
            from ccas_compass.collect.dates import Placeholder, iso_day

            try:
                return iso_day(cell) or cell, []
            except Placeholder:
                return "", [Problem(PLACEHOLDER, {}, (self.header,))]
        cell = ZONE.sub("", cell)  # Google's " UTC+1": strptime has no directive for it
        try:
            return dt.datetime.strptime(cell, self.date_format).date().isoformat(), []
        except ValueError:
            params = {"value": cell, "format": self.date_format}
            return "", [Problem("mapping_bad_date", params, (self.header,))]

    def _multiple(self, cell: str) -> tuple[str, list[Problem]]:
        chosen, unknown = self.split(cell)
        if unknown:
            return "", [self.unknown(piece) for piece in unknown]
        ids = [c for c in chosen if c is not None]
        return " | ".join(dict.fromkeys(ids)), []

    def split(self, cell: str) -> tuple[list[str | None], list[str]]:
        """The values of a multiple-choice cell, recognised whole first; and the pieces unknown."""
        return split_values(cell, self._keys, self.separator or SEPARATORS)


def cut(text: str, keys: Sequence[tuple[str, str | None]], separator: re.Pattern[str]) -> list[str] | None:
    """``text`` (canonical) as a sequence of whole ``keys`` (longest first) joined by ``separator``,
    or None when it is not one."""
    memo: dict[int, list[str] | None] = {}

    def solve(start: int) -> list[str] | None:
        if start in memo:
            return memo[start]
        memo[start] = None
        for key, _ in keys:
            if not key or not text.startswith(key, start):
                continue
            end = start + len(key)
            if end == len(text):
                memo[start] = [key]
                break
            gap = separator.match(text, end)
            if gap is not None and end < gap.end() < len(text):
                rest = solve(gap.end())
                if rest is not None:
                    memo[start] = [key, *rest]
                    break
        return memo[start]

    return solve(0)


def split_values(
    cell: str, keys: Sequence[tuple[str, str | None]], separator: re.Pattern[str]
) -> tuple[list[str | None], list[str]]:
    """``cell`` cut into known values (``keys``: canon(value) → target, longest first) joined by
    ``separator``; when no such cut exists, its pieces between separators, and the unknown ones."""
    lookup = dict(keys)
    found = cut(canon(cell), keys, separator)
    if found is not None:
        return [lookup[k] for k in found], []
    # Not a sequence of known values: the longest known runs of pieces, and the pieces left over.
    parts = re.split(f"({separator.pattern})", cell.strip())
    pieces, joints = parts[0::2], parts[1::2]
    chosen: list[str | None] = []
    unknown: list[str] = []
    start = 0
    while start < len(pieces):
        for end in range(len(pieces), start, -1):
            glue = [*joints[start : end - 1], ""]
            text = "".join(p + j for p, j in zip(pieces[start:end], glue, strict=True))
            if canon(text) in lookup:
                chosen.append(lookup[canon(text)])
                break
        else:
            end = start + 1
            if pieces[start].strip():
                unknown.append(pieces[start].strip())
        start = end
    return chosen, unknown


@dataclass(frozen=True)
class TableMapping:
    """A checked mapping file."""

    file: str
    source: str
    ignore: frozenset[str]
    """canon(header) of the columns to leave aside."""
    require: tuple[str, ...]
    rules: Mapping[str, Rule]
    """canon(header) → rule."""
    lines: Mapping[str, int]
    """Header → its line in the mapping file."""
    unchecked: tuple[int, ...] = ()
    """Lines still marked by ``mapping draft`` for a human to check."""
    questionnaire_version: str | None = None
    """The version of the questionnaire the survey was copied from, given to every row."""
    export: str | None = None
    """The file name of the export this mapping was drafted for (``export:``): it applies to that
    table only, so that other inputs of the same batch are read without it."""
    inputs: tuple[str, ...] = ()
    """Real paths this mapping was given for on the command line (``--mapping INPUT=MAP``)."""
    blank: frozenset[str] = frozenset()
    """canon(cell) values meaning "no answer" (``empty:``, e.g. ``n/a``)."""
    repeats: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict)
    """canon(header) → the rules of its second, third… occurrences (a list of entries in the file)."""

    def warnings(self) -> list[Problem]:
        """A warning when marks of ``mapping draft`` are left (the mapping is used all the same)."""
        if not self.unchecked:
            return []
        lines = ", ".join(str(n) for n in self.unchecked[:10]) + (", …" if len(self.unchecked) > 10 else "")
        return [Problem("mapping_unchecked", {"count": len(self.unchecked), "lines": lines}, file=self.file)]


@dataclass(frozen=True)
class Plan:
    """A mapping applied to the header of one table."""

    columns: list[cols.Column]
    """Per column, what it holds in the tool's layout (as :func:`columns.resolve` gives)."""
    rules: list[Rule | None]
    required: list[tuple[int, str]]
    warnings: list[Problem]
    header_of: dict[str, str]
    """Question or profile id → the one source column that answers it, to locate problems."""
    blank: frozenset[str] = frozenset()
    """canon(cell) values meaning "no answer" (``n/a`` of Kobo's legacy export)."""
    drafts: list[int] = field(default_factory=list)
    """Columns flagging an unfinished response (Framaforms' ``Draft``)."""
    counts: dict[str, int] = field(default_factory=dict)
    """Rows read with no date because the tool wrote a placeholder (LimeSurvey's 1980-01-01)."""

    def translate(self, row: Sequence[str]) -> tuple[list[str], list[Problem]]:
        out = list(row)
        problems: list[Problem] = []
        for index, cell in enumerate(out):
            if self.blank and canon(cell) in self.blank:
                out[index] = ""
        for index, rule in enumerate(self.rules):
            if rule is None or index >= len(out):
                continue
            cell = out[index].strip()
            if cell:
                out[index], found = rule.translate(cell)
                for problem in found:
                    if problem.key == PLACEHOLDER:
                        self.counts[PLACEHOLDER] = self.counts.get(PLACEHOLDER, 0) + 1
                    else:
                        problems.append(problem)
        return out, problems

    def incomplete(self, row: Sequence[str]) -> str | None:
        """The first required column left empty in ``row`` (an incomplete response), or the draft
        flag set, if any."""
        for index, header in self.required:
            if index >= len(row) or not row[index].strip():
                return header
        for index in self.drafts:
            if index < len(row) and canon(row[index]) in cols.TRUE:
                return "Draft"
        return None


def plan(
    mapping: TableMapping, header: Sequence[str], model: Model, table: str, base: Plan | None = None
) -> Plan:
    """How each column of ``header`` is read under ``mapping``; warnings for mapped columns absent.
    Columns the mapping neither describes nor ignores are read as ``base`` reads them (a survey
    tool's export recognised, :mod:`ccas_compass.collect.known`), else as the tool's own layout."""
    native = base.columns if base is not None else cols.resolve(header, model)
    required_keys = {canon(name) for name in mapping.require}
    columns: list[cols.Column] = []
    rules: list[Rule | None] = []
    positions: dict[str, int] = {}
    occurrences: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = canon(cell)
        positions.setdefault(key, index)
        seen = occurrences[key] = occurrences.get(key, 0) + 1
        rule = mapping.rules.get(key)
        if seen > 1 and rule is not None:  # a repeated header: its entry of that rank, if any
            more = mapping.repeats.get(key, ())
            rule = more[seen - 2] if seen - 2 < len(more) else None
            if rule is None:
                columns.append(cols.Column("unknown", cell))
                rules.append(None)
                continue
        if rule is not None:
            columns.append(rule.column)
        elif key in mapping.ignore or (key in required_keys and native[index].kind == "unknown"):
            columns.append(cols.Column("ignored"))
        else:
            columns.append(native[index])
            if base is not None:
                rule = base.rules[index]
        rules.append(rule)
    warnings = [
        Problem("mapping_column_absent", {"name": rule.header, "table": table}, file=mapping.file,
                line=mapping.lines.get(rule.header))
        for key, rule in mapping.rules.items() if key not in positions
    ]
    required = []
    for name in mapping.require:
        if canon(name) in positions:
            required.append((positions[canon(name)], name))
        else:
            warnings.append(Problem("mapping_column_absent", {"name": name, "table": table},
                                    file=mapping.file, line=mapping.lines.get(name)))
    sources: dict[str, list[str]] = {}
    for rule in rules:
        if rule is not None and rule.column.kind in ("question", "profile", "choice", "points"):
            sources.setdefault(rule.column.target, []).append(rule.header)
    header_of = {target: names[0] for target, names in sources.items() if len(names) == 1}
    if base is not None:
        required += [r for r in base.required if r[0] not in {i for i, _ in required}]
        return Plan(columns, rules, required, warnings, header_of, blank=mapping.blank | base.blank,
                    drafts=list(base.drafts))
    return Plan(columns, rules, required, warnings, header_of, blank=mapping.blank)


# ── reading and checking a mapping file ──────────────────────────────────────────────────────────


def load(path: Path, model: Model) -> TableMapping:
    """Read and check a mapping file; raise :class:`MappingError` with every located problem."""
    from ccas_compass.model import yamlio
    from ccas_compass.model.loading import read_text

    name = str(path)
    text = read_text(path, MappingError)
    try:
        data, lines, problems = yamlio.parse_with_lines(text)
    except yamlio.ParseError as err:
        raise MappingError([err.problem.located(name)]) from None
    mapping, found = check(data, model.questionnaire, name, lines)
    problems = [p.located(name) for p in problems] + [p.located(name, lines) for p in found]
    if problems or mapping is None:
        raise MappingError(problems)
    marks = tuple(n for n, line in enumerate(text.splitlines(), start=1) if MARK.search(line))
    return replace(mapping, unchecked=marks)


def check(
    data: Any, q: Questionnaire, file: str = "", lines: Mapping[ProblemPath, int] | None = None
) -> tuple[TableMapping | None, list[Problem]]:
    """The mapping a parsed document describes, or None and every problem found."""
    if not isinstance(data, Mapping):
        return None, [Problem("expected_mapping")]
    problems: list[Problem] = [Problem("extra_forbidden", {}, (str(k),)) for k in data if k not in TOP_KEYS]
    version = data.get("mapping")
    if version is None:
        problems.append(Problem("missing", {}, ("mapping",)))
    elif isinstance(version, bool) or version != FORMAT:
        problems.append(Problem("mapping_format", {"got": version, "expected": FORMAT}, ("mapping",)))
    source = data.get("source")
    if source is not None and not isinstance(source, str):
        problems.append(Problem("expected_text", {}, ("source",)))
    ignore = _names(data.get("ignore"), "ignore", problems)
    require = _names(data.get("require"), "require", problems)
    empty = _names(data.get("empty"), "empty", problems)
    export = data.get("export")
    if export is not None and not isinstance(export, str):
        problems.append(Problem("expected_text", {}, ("export",)))
        export = None
    given_version = data.get("questionnaire")
    plain = isinstance(given_version, str | int | float) and not isinstance(given_version, bool)
    if given_version is not None and not plain:
        problems.append(Problem("expected_text", {}, ("questionnaire",)))
        given_version = None
    rules: dict[str, Rule] = {}
    repeats: dict[str, tuple[Rule, ...]] = {}
    header_lines: dict[str, int] = {}
    raw = data.get("columns")
    if raw is not None and not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, ("columns",)))
    elif raw is not None:
        first: dict[str, str] = {}
        for key, entry in raw.items():
            at: ProblemPath = ("columns", str(key))
            header = _text_key(key, at, problems)
            if header is None:
                continue
            if lines and at in lines:
                header_lines[header] = lines[at]
            if canon(header) in first:
                params = {"name": header, "first": first[canon(header)]}
                problems.append(Problem("mapping_header_twice", params, at))
                continue
            first[canon(header)] = header
            repeated = isinstance(entry, list) and entry and all(isinstance(e, Mapping) for e in entry)
            entries = entry if repeated else [entry]  # a list of entries: the header repeated
            found = [_rule(header, e, (*at, i) if len(entries) > 1 else at, q, problems)
                     for i, e in enumerate(entries)]
            if all(rule is not None for rule in found):
                rules[canon(header)] = found[0]  # type: ignore[assignment]
                if len(found) > 1:
                    repeats[canon(header)] = tuple(r for r in found[1:] if r is not None)
    if problems:
        return None, problems
    for name in require:
        if lines and ("require",) in lines:
            header_lines.setdefault(name, lines[("require",)])
    version_text = None if given_version is None else str(given_version)
    mapping = TableMapping(file, source or "", frozenset(canon(x) for x in ignore), tuple(require), rules,
                           header_lines, questionnaire_version=version_text, export=export,
                           blank=frozenset(canon(x) for x in empty), repeats=repeats)
    return mapping, []


def _names(raw: Any, key: str, problems: list[Problem]) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem("expected_list", {}, (key,)))
        return []
    out = []
    for index, item in enumerate(raw):
        text = _text_key(item, (key, index), problems)
        if text is not None:
            out.append(text)
    return out


def _text_key(value: Any, at: ProblemPath, problems: list[Problem]) -> str | None:
    """A header or a source value as text (``1`` typed without quotes is the text "1")."""
    if isinstance(value, bool):
        problems.append(Problem("mapping_bool_key", {"value": str(value).lower()}, at))
        return None
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    problems.append(Problem("expected_text", {}, at))
    return None


def _rule(header: str, entry: Any, at: ProblemPath, q: Questionnaire, problems: list[Problem]) -> Rule | None:
    if not isinstance(entry, Mapping):
        problems.append(Problem("expected_mapping", {}, at))
        return None
    before = len(problems)
    problems += [Problem("extra_forbidden", {}, (*at, str(k))) for k in entry if k not in ENTRY_KEYS]
    targets = [k for k in TARGET_KEYS if entry.get(k) is not None]
    if len(targets) != 1:
        problems.append(Problem("mapping_target", {}, at))
        return None
    kind = targets[0]
    target = entry[kind]
    if not isinstance(target, str):
        problems.append(Problem("expected_text", {}, (*at, kind)))
        return None
    option = entry.get("option")
    question: Question | None = None
    if kind == "question":
        question = q.question(target)
        if question is None:
            known_profile = q.profile_question(target) is not None
            key = "mapping_profile_as_question" if known_profile else "unknown_question"
            problems.append(Problem(key, {"id": target}, (*at, kind)))
            return None
        column = cols.Column("question", question.id)
        if option is not None:
            if question.type not in ("multiple", "allocation"):
                problems.append(Problem("mapping_option_kind", {"type": question.type}, (*at, "option")))
            elif not isinstance(option, str) or question.option(option) is None:
                allowed = ", ".join(o.id for o in question.options)
                problems.append(Problem("unknown_option", {"id": str(option), "allowed": allowed},
                                        (*at, "option")))
            else:
                part = "choice" if question.type == "multiple" else "points"
                column = cols.Column(part, question.id, option)
    elif kind == "profile":
        question = q.profile_question(target)
        if question is None:
            allowed = ", ".join(x.id for x in q.profile)
            params = {"id": target, "allowed": allowed}
            problems.append(Problem("mapping_unknown_profile", params, (*at, kind)))
            return None
        column = cols.Column("profile", question.id)
    else:
        if target not in META_TARGETS:
            problems.append(Problem("mapping_meta", {"id": target, "allowed": ", ".join(META_TARGETS)},
                                    (*at, kind)))
            return None
        column = cols.Column("meta", target)
    if option is not None and kind != "question":
        problems.append(Problem("mapping_option_kind", {"type": kind}, (*at, "option")))
    values, shown = _values(entry.get("values"), column, question, (*at, "values"), problems)
    separator = entry.get("separator")
    pattern = None
    if separator is not None:
        if column.kind != "question" or question is None or question.type != "multiple":
            problems.append(Problem("mapping_separator_kind", {}, (*at, "separator")))
        elif not isinstance(separator, str) or not separator:
            problems.append(Problem("expected_text", {}, (*at, "separator")))
        else:
            pattern = separator_pattern(separator)
    date_format = entry.get("format")
    if date_format is not None:
        if column != cols.Column("meta", "date"):
            problems.append(Problem("mapping_format_kind", {}, (*at, "format")))
        elif not _valid_format(date_format):
            problems.append(Problem("mapping_date_format", {"format": str(date_format)}, (*at, "format")))
    if len(problems) > before:
        return None
    return Rule(header, column, question, values, shown, pattern, date_format)


def _values(
    raw: Any, column: cols.Column, question: Question | None, at: ProblemPath, problems: list[Problem]
) -> tuple[dict[str, str | None], tuple[str, ...]]:
    if raw is None:
        return {}, ()
    if column.kind in ("choice", "points") or (question is not None and question.type == "allocation"):
        problems.append(Problem("mapping_values_kind", {}, at))
        return {}, ()
    if not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, at))
        return {}, ()
    options = question is not None and question.type in ("single", "multiple")
    out: dict[str, str | None] = {}
    shown: list[str] = []
    for key, value in raw.items():
        path: ProblemPath = (*at, str(key))
        source = _text_key(key, path, problems)
        if source is None:
            continue
        if value is None:
            target = None
        elif options and question is not None:
            if not isinstance(value, str) or question.option(value) is None:
                allowed = ", ".join(o.id for o in question.options)
                problems.append(Problem("unknown_option", {"id": str(value), "allowed": allowed}, path))
                continue
            target = value
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            target = str(value)
        else:
            problems.append(Problem("expected_text", {}, path))
            continue
        if canon(source) in out and out[canon(source)] != target:
            problems.append(Problem("mapping_value_twice", {"value": source}, path))
            continue
        out[canon(source)] = target
        shown.append(source)
    return out, tuple(shown)


def _valid_format(text: Any) -> bool:
    """A ``strptime`` format that reads back a date it wrote (so it names day, month and year)."""
    if not isinstance(text, str) or "%" not in text:
        return False
    probe = dt.datetime(2026, 11, 28, 10, 12, 33)
    try:
        return dt.datetime.strptime(probe.strftime(text), text).date() == probe.date()
    except ValueError:
        return False
