"""Every column a survey tool may write for our questionnaire, matched to it in column order.

The tool wrote the form (``export xlsform``, ``export limesurvey``) or the analyst copied our
questions into it (Google Forms, Framaforms), so every header such an export may carry is known in
advance, in French and in English:

* KoboToolbox's labels exports (formpack ``src/formpack/schema/fields.py``): a field's label, or
  its group labels and its own joined by the group separator chosen (``/`` by default, ``.``…); a
  select_multiple's summary column (labels joined by spaces) and one ``label{sep}choice label``
  column of 1/0 per choice; a field with no label (a calculate) under its name;
* LimeSurvey (``viewHelper::getFieldCode``, ``Writer.php``): the codes of ``export limesurvey``
  (``code``, ``code[SQ]`` or ``code_SQ``) or the full question texts (``text [sub-question]``);
* Google Forms: the question titles, and ``Title [Row]`` per row of a grid;
* Framaforms (webform ``webform.report.inc``): the labels, the titles of multi-column components
  on the header row above them (read by :mod:`ccas_compass.collect.tabular`).

Several columns may bear the same header (an option label under two allocations, two grids with
the same title): each header takes the first column of the questionnaire it names that comes after
the previous one matched, so the column order decides, as the tool wrote it. The metadata columns of
each tool are ignored, its timestamp read as the date, and LimeSurvey's unfinished responses (empty
``submitdate``) and Framaforms' drafts are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ccas_compass.answers import columns as cols
from ccas_compass.collect import limesurvey as ls
from ccas_compass.collect.mapping import Plan, Rule, canon
from ccas_compass.collect.xlsform import LANGUAGES, _survey
from ccas_compass.i18n import LANGS
from ccas_compass.model.core import Model, Question

GROUP_SEPARATORS = ("/", ".", "-", ":", "|", ">", "\\", "_", " / ", " > ", " - ", " . ", " | ", " ")
"""Separators an analyst may choose between group labels in a Kobo labels export."""
CHOICES_SEPARATOR = re.compile(r"\s*[,;|\n]\s*|\s+")
"""Several labels in one cell: Kobo joins them with spaces, Google Forms with ", ", Framaforms
(compact) with ","; labels are recognised whole first (they may contain these characters)."""
BRACKETS = re.compile(r"^(.*?)\s*\[([^\[\]]+)\]$")
BLANKS = frozenset({"n/a"})
"""Cells that mean "no answer": Kobo's legacy CSV export, LimeSurvey's full answers."""

DONT_KNOW = ("ne sait pas", "je ne sais pas", "nsp", "non concerné", "non concernée",
             "ne sait pas / non concerné", "je ne sais pas / non concerné", "sans objet", "don't know",
             "i don't know", "not applicable", "not concerned")
"""An option "don't know" an analyst may add to a copied question: read as no answer."""

IGNORE, DATE, SUBMIT, DRAFT = "ignore", "date", "submit", "draft"
METADATA = {
    # KoboToolbox (formpack export.py, kpi); ``_submission_time`` is the date
    "start": IGNORE, "end": IGNORE, "today": IGNORE, "deviceid": IGNORE, "_submission_time": DATE,
    "meta/instanceid": IGNORE, "meta/rootuuid": IGNORE, "meta/deprecatedid": IGNORE, "__version__": IGNORE,
    # LimeSurvey (SurveyObj.php, English and French headings)
    "id": IGNORE, "submitdate": SUBMIT, "lastpage": IGNORE, "startlanguage": IGNORE, "seed": IGNORE,
    "startdate": IGNORE, "datestamp": IGNORE, "token": IGNORE, "ipaddr": IGNORE, "refurl": IGNORE,
    "response id": IGNORE, "date submitted": SUBMIT, "last page": IGNORE, "start language": IGNORE,
    "date started": IGNORE, "date last action": IGNORE, "ip address": IGNORE, "referrer url": IGNORE,
    "id de la réponse": IGNORE, "date de soumission": SUBMIT, "dernière page": IGNORE,
    "langue de départ": IGNORE, "tête de série": IGNORE, "date de lancement": IGNORE,
    "date de la dernière action": IGNORE, "adresse ip": IGNORE, "url de provenance": IGNORE,
    # Google Forms
    "horodateur": DATE, "timestamp": DATE, "adresse e-mail": IGNORE, "email address": IGNORE,
    "adresse courriel": IGNORE, "score": IGNORE, "note": IGNORE,
    # Framaforms (Drupal webform 7.x-4.x webform.report.inc)
    "serial": IGNORE, "sid": IGNORE, "submitted time": DATE, "completed time": IGNORE,
    "modified time": IGNORE, "draft": DRAFT, "uid": IGNORE, "username": IGNORE, "time": DATE,
    "numéro de série": IGNORE, "heure de soumission": DATE, "date de la soumission": DATE,
    "brouillon": DRAFT, "nom d'utilisateur": IGNORE, "heure de fin": IGNORE, "heure de modification": IGNORE,
}
META_GROUP = re.compile(r"^(?:meta|formhub)[^0-9a-z]+[0-9a-z]+$", re.IGNORECASE)
"""A metadata field under a Kobo group separator of the analyst's choice (``meta.instanceID``)."""


@dataclass(frozen=True)
class Slot:
    """One column our questionnaire may have in an export."""

    column: cols.Column
    question: Question | None = None


@dataclass
class Known:
    """The columns of our questionnaire in form order, and every header naming each."""

    slots: list[Slot] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)
    options: dict[str, list[int]] = field(default_factory=dict)
    """canon(option label) → the choice and points columns of that option (for ``Title [Row]``)."""

    def add(self, slot: Slot, names: set[str]) -> int:
        index = len(self.slots)
        self.slots.append(slot)
        for name in names:
            if name:
                self.names.setdefault(canon(name), []).append(index)
        return index


def _labels(row: dict[str, str]) -> dict[str, str]:
    """A survey row's label per language; its name when it has none (as formpack does)."""
    return {lang: row.get(f"label::{LANGUAGES[lang]}") or row["name"] for lang in LANGS}


def _paths(label: dict[str, str], groups: Sequence[dict[str, str]]) -> set[str]:
    """A field's headers: its label, and its group labels and its own joined by any separator."""
    out: set[str] = set()
    for lang in LANGS:
        out.add(label[lang])
        parts = [g[lang] for g in groups] + [label[lang]]
        out.update(sep.join(parts) for sep in GROUP_SEPARATORS)
    return out


_CACHE: dict[int, tuple[Model, Known]] = {}


def _known_for(model: Model) -> Known:
    q = model.questionnaire
    known = Known()
    codes = ls.question_codes(model)
    survey, _ = _survey(model)
    groups: list[dict[str, str]] = []
    for row in survey:
        kind, name = row["type"], row["name"]
        if kind == "begin_group":
            groups.append(_labels(row))
            continue
        if kind == "end_group":
            groups.pop()
            continue
        label = _labels(row)
        names = _paths(label, groups) | {name}
        question = q.question(name) or q.profile_question(name)
        if name == "questionnaire_version":
            # LimeSurvey's full heading of its equation question is its text: the version itself
            known.add(Slot(cols.Column("meta", "version")), names | {ls.VERSION_CODE, str(q.version)})
        elif name == "role":
            known.add(Slot(cols.Column("meta", "role")), names | {ls.ROLE_CODE})
        elif question is not None:
            section = "profile" if q.profile_question(name) is not None else "question"
            code = codes[question.id]
            known.add(Slot(cols.Column(section, question.id), question), names | {code})
            if question.type == "multiple":
                for option in question.options:
                    extra = {f"{base}{sep}{option.label.get(lang)}" for base in names
                             for sep in GROUP_SEPARATORS for lang in LANGS}
                    _option(known, question, option.id, "choice", code, extra)
        elif kind == "integer" and (owner := _allocation_of(q.questions, name)) is not None:
            option_id = name[len(owner.id) + 1:]
            _option(known, owner, option_id, "points", codes[owner.id], names)
        else:  # the total of an allocation, a note: no answer in them
            known.add(Slot(cols.Column("ignored")), names)
    return known


def _allocation_of(questions: Sequence[Question], name: str) -> Question | None:
    for question in questions:
        if question.type == "allocation" and any(name == f"{question.id}_{o.id}" for o in question.options):
            return question
    return None


def _option(known: Known, question: Question, option_id: str, part: str, code: str, names: set[str]) -> None:
    """The column of one option (a 1/0 tick or points): besides ``names``, ``text [option]``
    (LimeSurvey's full headings, Google's grids), the option's label alone (Kobo without groups,
    Framaforms), LimeSurvey's ``code[SQ]`` and ``code_SQ``, our XML names."""
    option = question.option(option_id)
    assert option is not None
    sub = ls.sub_codes(question)[option_id]
    more = {f"{question.id}_{option_id}", f"{question.id}/{option_id}", f"{code}[{sub}]", f"{code}_{sub}"}
    for lang in LANGS:
        more.add(option.label.get(lang))
        more.add(f"{question.text.get(lang)} [{option.label.get(lang)}]")
    index = known.add(Slot(cols.Column(part, question.id, option_id), question), names | more)
    for lang in LANGS:
        known.options.setdefault(canon(option.label.get(lang)), []).append(index)


def known_columns(model: Model) -> Known:
    """Every column our questionnaire may have in an export (computed once per model)."""
    cached = _CACHE.get(id(model))
    if cached is None or cached[0] is not model:
        cached = _CACHE[id(model)] = (model, _known_for(model))
    return cached[1]


@dataclass(frozen=True)
class Recognised:
    """An export's header read against :func:`known_columns`: the plan and how much it covers."""

    plan: Plan
    matched: int
    unknown: int


def recognise(header: Sequence[str], model: Model, titles: Sequence[str] = ()) -> Recognised:
    """Each column of ``header`` (``titles``: the row above it, Framaforms') as the tool wrote it."""
    known = known_columns(model)
    native = cols.resolve(header, model)
    used: set[int] = set()
    after = 0
    title = ""
    columns: list[cols.Column] = []
    rules: list[Rule | None] = []
    required: list[tuple[int, str]] = []
    drafts: list[int] = []
    dated = False
    matched = unknown = 0
    for index, cell in enumerate(header):
        name = canon(cell)
        above = canon(titles[index]) if index < len(titles) else ""
        if above:
            title = above
        action = METADATA.get(name) or (IGNORE if META_GROUP.match(name) else None)
        candidates = [f"{title} [{name}]"] if title else []
        candidates.append(name)
        slot = None
        for candidate in candidates:
            slot = _take(known, candidate, used, after)
            if slot is not None:
                break
            if candidate is not candidates[-1] and not above:
                title = ""  # the multi-column component above has ended
        if slot is None and action is None and (found := BRACKETS.match(name)) is not None:
            slot = _pick(known.options.get(found.group(2), []), used, after)
        if slot is not None:
            used.add(slot)
            after = slot + 1
            matched += 1
            found_slot = known.slots[slot]
            columns.append(found_slot.column)
            rules.append(_rule(cell, found_slot) if found_slot.column.kind != "ignored" else None)
            continue
        if action in (DATE, SUBMIT) and not dated:
            dated = True
            columns.append(cols.Column("meta", "date"))
            rules.append(Rule(cell, cols.Column("meta", "date")))
            if action == SUBMIT:
                required.append((index, cell))
            continue
        if action is not None:
            columns.append(cols.Column("ignored"))
            rules.append(None)
            if action == DRAFT:
                drafts.append(index)
            continue
        column = native[index]
        if column.kind == "unknown":
            unknown += 1
        columns.append(column)
        rules.append(None)
    plan = Plan(columns, rules, required, [], {}, blank=BLANKS, drafts=drafts)
    return Recognised(plan, matched, unknown)


def _take(known: Known, name: str, used: set[int], after: int) -> int | None:
    return _pick(known.names.get(name, []), used, after)


def _pick(slots: Sequence[int], used: set[int], after: int) -> int | None:
    """The first free slot at or after ``after``; else the first free one."""
    free = [s for s in slots if s not in used]
    later = [s for s in free if s >= after]
    return later[0] if later else (free[0] if free else None)


def _rule(header: str, slot: Slot) -> Rule:
    question = slot.question
    values: dict[str, str | None] = {}
    if question is not None and question.type == "single":
        values = {canon(ls.answer_code(question, o.id)): o.id for o in question.options}
    shown = tuple(values)
    if question is not None and question.type in ("single", "multiple") and slot.column.kind == "question":
        known = {canon(text) for o in question.options for text in (o.id, o.label.fr, o.label.en)}
        values |= {canon(v): None for v in DONT_KNOW if canon(v) not in known}
    separator = CHOICES_SEPARATOR if question is not None and question.type == "multiple" else None
    return Rule(header, slot.column, question, values, shown, separator)
