"""The questionnaire as an XLSForm workbook, for online collection with KoboToolbox, ODK or Ona.

The workbook itself is written by :mod:`ccas_compass.collect.xlsx` (the only module that imports openpyxl,
and only when a workbook is built), so that ``--help`` and the other commands never pay for it.

Sheets ``survey``, ``choices`` and ``settings``; every text in French (the default language) and in
English (``label::Français (fr)``, ``label::English (en)``…). The choices made:

* **Names.** Every field is named by our question id, so that an export (``organisation/insee``,
  ``espaces/accueil_premier_lieu``, or plain XML names) maps back to our answers once the group
  prefix is stripped. The profile sits in a group ``organisation``, the questions in one group per
  theme (named by the theme id; a theme met again later in the file gets ``_2``, ``_3``…). All names
  of the form, groups included, must be unique, since an importer strips the group paths: a clash
  is a :class:`~ccas_compass.errors.ModelError`.
* **Theme intros.** A theme with an intro opens its group with a note ``{group}_intro`` showing it
  (the first theme's says that the statutory core is no lack: online respondents must read it too).
* **"Don't know".** Our answers represent "ne sait pas / non concerné" by a missing answer, so a
  practice question is simply not required: a skipped question is the faithful mapping, and no
  "ne sait pas" choice is invented. Only the profile keeps its ``required`` flag from the model.
* **Patterns.** A text with a ``pattern`` (the INSEE code) gets ``regex(., '…')``. Our answers check
  the pattern with :func:`re.fullmatch`, while ODK's ``regex()`` searches: a pattern not already
  anchored as a whole is wrapped in ``^(?:…)$``. The pattern must use the syntax shared by Python,
  Java (ODK Collect) and JavaScript (Enketo), as ``[0-9]{3}``, ``(?:…)`` and ``|`` are.
* **Exclusive options** ("aucune") of a multiple-choice question: the constraint
  ``not(selected(., 'aucune') and count-selected(.) > 1)``.
* **Allocations** ("répartissez 10 points"): a ``field-list`` group named by the question id holds
  a note ``{question}_instructions`` (the question's help as its hint: ODK shows no hint on a group),
  one ``integer`` field ``{question}_{option}`` per option with the constraint
  ``. >= 0 and . <= N``, a ``calculate`` ``{question}_total`` and a note ``{question}_total_note``
  showing that running total.
  The sum is enforced on *every* integer field, whose constraint is
  ``. >= 0 and . <= N and coalesce(${b}, 0) + … + . = N`` (the other fields, then the field's own
  value). ODK evaluates a constraint only on a filled field, and again on every filled field when
  the form is finalised: the whole group may be left empty ("don't know"), but once a point is
  given, a total other than N is refused whichever fields were left blank (a blank field counts 0,
  as it does in ``batch``). No field is ``required``: a requirement naming the other fields makes a
  cycle in ODK's dependency graph, which ODK Validate (and so KoboToolbox and ODK Central) refuses.
  Enketo may flag the first fields while the respondent is still typing; the running total is shown
  under them.
* **Cells** are written as strings with ``data_type = "s"``: a text starting with ``=`` stays text,
  never a formula. (pyxform itself reads ``${name}`` in a label as a reference to another field: the
  model's texts must not contain ``${``.)
* **Reproducible bytes.** The document properties carry a fixed date (openpyxl's ``save`` would
  stamp the current time) and the zip entries a fixed timestamp: two exports of the same model are
  byte-identical (with the same openpyxl and zlib).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ccas_compass.errors import ModelError, Problem, dotted
from ccas_compass.errors import Path as ProblemPath
from ccas_compass.i18n import LANGS, message
from ccas_compass.model.core import I18n, Model, Question

LANGUAGES = {"fr": "Français (fr)", "en": "English (en)"}
"""XLSForm language names (``label::Français (fr)``), in the order of :data:`ccas_compass.i18n.LANGS`."""
DEFAULT_LANGUAGE = LANGUAGES["fr"]
PROFILE_GROUP = "organisation"
INTRO_SUFFIX = "_intro"
"""A theme's intro is a note ``{group}_intro`` opening its group (a note holds no data)."""
RESERVED = frozenset({"meta"})
"""Names ODK adds itself (the group ``meta`` of ``meta/instanceID``)."""


def _columns(base: str) -> list[str]:
    return [f"{base}::{LANGUAGES[lang]}" for lang in LANGS]


SURVEY_COLUMNS = [
    "type", "name", *_columns("label"), *_columns("hint"), "required", *_columns("required_message"),
    "constraint", *_columns("constraint_message"), "relevant", "appearance", "calculation",
]
ALWAYS = frozenset(["type", "name", *_columns("label"), *_columns("hint"), "required", "constraint",
                    *_columns("constraint_message")])
"""Survey columns written even when no row uses them; the others only when used."""
CHOICES_COLUMNS = ["list_name", "name", *_columns("label")]
SETTINGS_COLUMNS = ["form_title", "form_id", "version", "default_language"]

Row = dict[str, str]


@dataclass
class _Names:
    """Every name of the form, with where it comes from, to refuse clashes."""

    seen: dict[str, str]
    problems: list[Problem]

    def add(self, name: str, origin: ProblemPath) -> str:
        where = dotted(origin)
        if name.lower() in RESERVED or name.lower().startswith("xml"):
            self.problems.append(Problem("xlsform_reserved_name", {"name": name}, origin))
        elif name in self.seen:
            self.problems.append(Problem("xlsform_name_clash", {"name": name, "first": self.seen[name]},
                                         origin))
        else:
            self.seen[name] = where
        return name


def _msg(key: str, **params: object) -> I18n:
    """A catalogue message in both languages."""
    return I18n(fr=message(key, "fr", **params), en=message(key, "en", **params))


def _texts(row: Row, base: str, text: I18n | None) -> None:
    if text is None:
        return
    for lang in LANGS:
        row[f"{base}::{LANGUAGES[lang]}"] = text.get(lang)


def _row(kind: str, name: str, label: I18n | None = None, hint: I18n | None = None, **cells: str) -> Row:
    row: Row = {"type": kind, "name": name}
    _texts(row, "label", label)
    _texts(row, "hint", hint)
    row.update({k: v for k, v in cells.items() if v})
    return row


def _xpath_literal(text: str, origin: ProblemPath, problems: list[Problem]) -> str:
    """``text`` as an XPath 1.0 string literal (which has no escapes: pick the other quote)."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    problems.append(Problem("xlsform_pattern_quotes", {}, origin))
    return "''"


def _full_match(pattern: str) -> str:
    """The pattern, anchored at both ends as a whole (``^a|b$`` is not: it becomes ``^(?:^a|b$)$``)."""
    return pattern if _anchored(pattern) else f"^(?:{pattern})$"


def _anchored(pattern: str) -> bool:
    """``^…$`` with no ``|`` outside brackets and parentheses, and a final ``$`` that is not escaped."""
    if not pattern.startswith("^") or not pattern.endswith("$"):
        return False
    depth, i, end = 0, 0, len(pattern) - 1
    while i < end:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 2 if pattern[i + 1:i + 2] == "]" else 1  # "[]…]": the first "]" is literal
            while i < end and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        i += 1
    return i == end  # False when the "$" was escaped (consumed with its backslash)


def _choice_rows(question: Question) -> list[Row]:
    rows = []
    for option in question.options:
        row: Row = {"list_name": question.id, "name": option.id}
        _texts(row, "label", option.label)
        rows.append(row)
    return rows


def _text_rows(question: Question, origin: ProblemPath, problems: list[Problem], *,
               multiline: bool) -> list[Row]:
    row = _row("text", question.id, question.text, question.help,
               required="yes" if question.required else "",
               appearance="multiline" if multiline else "")
    if question.pattern is not None:
        pattern = _xpath_literal(_full_match(question.pattern), (*origin, "pattern"), problems)
        row["constraint"] = f"regex(., {pattern})"
        key = "xlsform_insee_constraint" if question.id == "insee" else "xlsform_pattern_constraint"
        _texts(row, "constraint_message", _msg(key))
    return [row]


def _select_rows(question: Question) -> list[Row]:
    kind = "select_one" if question.type == "single" else "select_multiple"
    row = _row(f"{kind} {question.id}", question.id, question.text, question.help,
               required="yes" if question.required else "")
    exclusive = question.exclusive_option
    if question.type == "multiple" and exclusive is not None:
        row["constraint"] = f"not(selected(., '{exclusive.id}') and count-selected(.) > 1)"
        text = I18n(*(message("xlsform_exclusive_constraint", lang, option=exclusive.label.get(lang))
                      for lang in LANGS))
        _texts(row, "constraint_message", text)
    return [row]


def _allocation_rows(question: Question, names: _Names, origin: ProblemPath) -> list[Row]:
    points = question.points or 0
    qid = question.id
    fields = [names.add(f"{qid}_{o.id}", (*origin, "options", j, "id"))
              for j, o in enumerate(question.options)]
    total = names.add(f"{qid}_total", (*origin, "id"))
    rows = [
        _row("begin_group", qid, question.text, appearance="field-list"),
        _row("note", names.add(f"{qid}_instructions", (*origin, "id")),
             _msg("xlsform_allocation_hint", points=points), question.help),
    ]
    # Every field checks the group's total: a constraint is evaluated on a filled field only and is
    # not part of ODK's dependency graph (a ``required`` naming the other fields is a cycle). The
    # field itself is ``.``, the value being checked (JavaRosa checks a candidate value before it is
    # stored, so the calculated total could still hold the field's previous value).
    for field, option in zip(fields, question.options, strict=True):
        summed = " + ".join([*(f"coalesce(${{{f}}}, 0)" for f in fields if f != field), "."])
        row = _row("integer", field, option.label,
                   constraint=f". >= 0 and . <= {points} and {summed} = {points}")
        _texts(row, "constraint_message", _msg("xlsform_allocation_sum", points=points))
        rows.append(row)
    rows += [
        _row("calculate", total, calculation=" + ".join(f"coalesce(${{{f}}}, 0)" for f in fields)),
        _row("note", names.add(f"{qid}_total_note", (*origin, "id")),
             _msg("xlsform_allocation_total", total=f"${{{total}}}", points=points)),
        _row("end_group", qid),
    ]
    return rows


def _question_rows(
    question: Question, names: _Names, origin: ProblemPath, problems: list[Problem]
) -> tuple[list[Row], list[Row]]:
    """Survey rows and choice rows of one question (its own name is already registered).

    A text of the questionnaire is a note to write (several lines); one of the profile is a short
    field (a name, a code).
    """
    if question.type == "text":
        return _text_rows(question, origin, problems, multiline=origin[0] == "questions"), []
    if question.type == "allocation":
        return _allocation_rows(question, names, origin), []
    return _select_rows(question), _choice_rows(question)


def _survey(model: Model) -> tuple[list[Row], list[Row]]:
    q = model.questionnaire
    problems: list[Problem] = []
    names = _Names({}, problems)
    survey: list[Row] = []
    choices: list[Row] = []
    # Question ids first, so that a clash names the generated field (allocation, group) as the second.
    for section, questions in (("profile", q.profile), ("questions", q.questions)):
        for i, question in enumerate(questions):
            names.add(question.id, (section, i, "id"))

    # the questionnaire's version travels with every submission (Kobo replaces the form's own
    # version with its own), so that batch can warn about answers given to another version
    version = _xpath_literal(str(q.version), ("version",), problems)
    survey.append(_row("calculate", names.add("questionnaire_version", ("version",)), calculation=version))
    survey.append(_row("begin_group", names.add(PROFILE_GROUP, ("profile",)), _msg("xlsform_organisation")))
    for i, question in enumerate(q.profile):
        rows, options = _question_rows(question, names, ("profile", i), problems)
        survey += rows
        choices += options
    survey.append(_row("text", names.add("role", ("respondent", "role")), _msg("xlsform_role"),
                       _msg("xlsform_role_hint")))
    survey.append(_row("end_group", PROFILE_GROUP))

    group: str | None = None  # the open theme group's name
    theme_id: str | None = None  # and its theme
    runs: dict[str, int] = {}
    for i, question in enumerate(q.questions):
        if question.theme != theme_id:
            if group is not None:
                survey.append(_row("end_group", group))
                group = None
            theme_id = question.theme
            theme = q.theme(theme_id)
            if theme is not None:
                runs[theme.id] = runs.get(theme.id, 0) + 1
                group = theme.id if runs[theme.id] == 1 else f"{theme.id}_{runs[theme.id]}"
                survey.append(_row("begin_group", names.add(group, ("questions", i, "theme")), theme.title))
                if theme.intro is not None:  # what the interview says first (e.g. "the core is no lack")
                    intro = names.add(f"{group}{INTRO_SUFFIX}", ("questions", i, "theme"))
                    survey.append(_row("note", intro, theme.intro))
        rows, options = _question_rows(question, names, ("questions", i), problems)
        survey += rows
        choices += options
    if group is not None:
        survey.append(_row("end_group", group))
    if problems:
        raise ModelError(problems)
    return survey, choices


def _sheet(columns: list[str], rows: Iterable[Row]) -> list[Sequence[str | None]]:
    """A header row of column names, then each row's cells in that order."""
    return [columns, *([row.get(c) for c in columns] for row in rows)]


def xlsform_bytes(model: Model) -> bytes:
    """The questionnaire as an XLSForm workbook (.xlsx bytes); ModelError if its names clash."""
    from ccas_compass.collect.xlsx import workbook_bytes

    survey, choices = _survey(model)
    q = model.questionnaire
    columns = [c for c in SURVEY_COLUMNS if c in ALWAYS or any(c in row for row in survey)]
    settings: Row = {
        "form_title": q.title.fr,
        "form_id": q.id,
        "version": str(q.version),
        "default_language": DEFAULT_LANGUAGE,
    }

    return workbook_bytes(
        [("survey", _sheet(columns, survey)), ("choices", _sheet(CHOICES_COLUMNS, choices)),
         ("settings", _sheet(SETTINGS_COLUMNS, [settings]))],
        title=q.title.fr,
    )
