"""``mapping draft`` for an export of our own questionnaire that a survey tool wrote: every column is
known (:mod:`.known`), so the mapping is written whole, with nothing to check.

The mapping names the export it was drafted for (``export:``), so that ``batch`` applies it to that
file only. A header the tool wrote several times (an option label under two allocations, two grids
titled alike) gets one entry per occurrence, in column order.
"""

from __future__ import annotations

import json
from pathlib import Path

from ccas_compass.answers import columns as cols
from ccas_compass.collect.known import BLANKS, DONT_KNOW, METADATA, SUBMIT, recognise
from ccas_compass.collect.limesurvey import answer_code
from ccas_compass.collect.mapping import canon
from ccas_compass.collect.tabular import open_table
from ccas_compass.i18n import message
from ccas_compass.model.core import Model


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _source(header: list[str], titles: tuple[str, ...]) -> str:
    names = {canon(h) for h in header}
    if titles:
        return "framaforms"
    if "_submission_time" in names:
        return "kobotoolbox"
    if names & {"submitdate", "date de soumission", "date submitted"}:
        return "limesurvey"
    if names & {"horodateur", "timestamp"}:
        return "google-forms"
    return "export"


def known_draft(path: Path, model: Model, lang: str) -> tuple[str, int] | None:
    """The mapping of an export whose every column is known (its text and the number of columns
    recognised); None when some column is not, or when our own layout reads it as it is."""
    table = open_table(path)
    header, titles = list(table.header), table.titles
    seen: dict[int, set[str]] = {}  # per column, the "don't know" answers it holds
    dont_know = {canon(v): v for v in DONT_KNOW}
    for _, row in table.rows:
        for index, cell in enumerate(row):
            text = canon(cell)
            if text in dont_know:  # as the export writes it
                seen.setdefault(index, set()).add(cell.strip())
            elif text and any(k in text for k in dont_know):  # one of several choices
                seen.setdefault(index, set()).update(v for k, v in dont_know.items() if k in text)
    native = cols.resolve(header, model)
    if not titles and not any(c.kind == "unknown" for c in native):
        return None
    found = recognise(header, model, titles)
    if found.unknown or not found.matched:
        return None
    plan = found.plan
    source = _source(header, titles)
    ignore: list[str] = []
    require = [h for i, h in plan.required]
    entries: dict[str, list[str]] = {}
    versioned = False
    for index, name in enumerate(header):
        column, rule = plan.columns[index], plan.rules[index]
        if not name:
            continue
        if column.kind == "ignored" or rule is None:
            if column.kind in ("ignored", "unknown") or METADATA.get(canon(name)) not in (None, SUBMIT):
                if canon(name) not in {canon(x) for x in ignore}:
                    ignore.append(name)
            continue
        target = {"profile": {"profile": column.target}, "meta": {"meta": column.target}}.get(
            column.kind, {"question": column.target})
        if column.option:
            target["option"] = column.option
        versioned = versioned or column == cols.Column("meta", "version")
        parts = [f"{k}: {_q(v)}" for k, v in target.items()]
        question = rule.question
        if question is not None and column.kind == "question" and question.type == "multiple" \
                and source == "kobotoolbox":
            parts.append('separator: " "')  # Kobo joins the chosen labels with spaces
        values: dict[str, str | None] = {}
        if question is not None and question.type == "single" and source == "limesurvey":
            values |= {answer_code(question, o.id): o.id for o in question.options}
        if question is not None and question.type in ("single", "multiple") and column.kind == "question":
            known = {canon(t) for o in question.options for t in (o.id, o.label.fr, o.label.en)}
            values |= {v: None for v in sorted(seen.get(index, ())) if canon(v) not in known}  # don't know
        if values:
            shown = ", ".join(f"{_q(k)}: {'null' if v is None else _q(v)}" for k, v in values.items())
            parts.append(f"values: {{{shown}}}")
        entries.setdefault(name, []).append("{" + ", ".join(parts) + "}")
    intro = message("draft_known_intro", lang, file=path.name, tool=source)
    lines = [f"# {line}" for line in intro.split("\n")]
    lines += ["mapping: 1", f"source: {_q(source)}", f"export: {_q(path.name)}"]
    if not versioned:
        lines.append(f"questionnaire: {_q(model.questionnaire.version)}")
    lines.append("ignore: [" + ", ".join(_q(h) for h in ignore) + "]")
    if require:
        lines.append("require: [" + ", ".join(_q(h) for h in require) + "]")
    lines.append("empty: [" + ", ".join(_q(b) for b in sorted(BLANKS)) + "]")
    lines.append("columns:")
    for name, given in entries.items():
        if len(given) == 1:
            lines.append(f"  {_q(name)}: {given[0]}")
        else:
            lines.append(f"  {_q(name)}:")
            lines += [f"    - {entry}" for entry in given]
    return "\n".join(lines) + "\n", found.matched
