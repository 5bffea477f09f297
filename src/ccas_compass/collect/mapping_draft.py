"""``ccas-compass mapping draft``: a first mapping written from an export's header and values.

The export is streamed once; only its header and, per column, up to :data:`DISTINCT` distinct values
are kept. Then:

* columns the tool reads by itself (our ids, KoboToolbox/ODK exports of our XLSForm, metadata) are
  left out of the mapping;
* metadata of survey tools (LimeSurvey's ``id``, ``lastpage``…, a Google Forms timestamp…) go to
  ``ignore`` (a timestamp becomes the date of the answers, with the format its values show);
* LimeSurvey code headings (``Q1``, ``Q1[SQ001]``, ``Q1_SQ001``) carry no text: they are matched to
  our questions by their order and the kind of their values (answer codes, Y ticks, numbers), or by
  their code when it is our id without its ``_``; answer codes ``A1``/``AO01`` are taken as the
  options in order. Such a match is a guess: every one is marked for a human to check;
* other headings (Google Forms, Framaforms, a spreadsheet) are compared with our questions' texts in
  French and English (case, accents and punctuation aside; difflib's ratio for near matches), and
  ``Question [Option]`` headings with the question then its options; values with our option ids and
  labels. Only an identical text is taken as sure: a near match is marked, with the candidates
  considered, and a column or value with no convincing candidate is written as a comment, never
  picked silently.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ccas_compass.answers import columns as cols
from ccas_compass.collect.codes import CODE, FREE_TEXT_SUBS, align_codes
from ccas_compass.collect.draft_parts import (
    DISTINCT,
    Draft,
    Entry,
    Stats,
    Target,
    Value,
    fold,
    joined,
    short,
    similarity,
)
from ccas_compass.collect.mapping import SEPARATORS, canon, cut, split_values
from ccas_compass.collect.tabular import open_table
from ccas_compass.i18n import message
from ccas_compass.model.core import Model, Question

NEAR = 0.6
"""Least similarity for a candidate to be proposed (marked for checking)."""
SHOWN = 3
"""Candidates listed in a comment."""
LIMESURVEY_META = ("id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate",
                   "datestamp", "ipaddr", "refurl")
TIMESTAMPS = frozenset({"horodateur", "horodatage", "timestamp", "date de soumission", "submitted",
                        "submitted on", "completed", "soumis le", "date de reponse", "submission date"})
FORM_META = frozenset({"adresse e mail", "adresse email", "e mail", "email", "email address", "score",
                       "serial", "sid", "time", "draft", "ip address", "uid", "username", "n de serie",
                       "numero de serie", "heure", "brouillon", "adresse ip", "nom d utilisateur",
                       "utilisateur", "langue", "language"})
ROLE_WORDS = ("fonction", "role", "qualite", "poste", "fonction du repondant", "votre role", "your role")
"""Headings of the respondent's role (beside the label of our own XLSForm's role field)."""
DONT_KNOW = frozenset({"ne sait pas", "je ne sais pas", "ne sais pas", "nsp", "non concerne",
                       "non concernee", "ne sait pas non concerne", "je ne sais pas non concerne",
                       "sans objet", "don t know", "dont know", "do not know", "i don t know",
                       "not applicable", "n a", "na", "not concerned"})
DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M",
                "%m/%d/%Y %H:%M", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y")
BRACKETS = re.compile(r"(.*\S)\s*\[([^\]]+)\]")




# ── drafting ─────────────────────────────────────────────────────────────────────────────────────


def draft(path: Path, model: Model, lang: str) -> Draft:
    """Read ``path`` (CSV or .xlsx) and propose a mapping for it."""
    q = model.questionnaire
    roles = {fold(message("xlsform_role", "fr")), fold(message("xlsform_role", "en")), *ROLE_WORDS}
    targets = [Target(x, True, (fold(x.text.fr), fold(x.text.en))) for x in q.profile]
    targets += [Target(x, False, (fold(x.text.fr), fold(x.text.en))) for x in q.questions]
    table = open_table(path)
    header = table.header
    lower = {h.lower() for h in header}
    limesurvey = len(lower & {"lastpage", "startlanguage", "seed", "submitdate"}) >= 2
    out = Draft(str(path), _source(header, lower, limesurvey), lang, version=q.version)
    native = cols.resolve(header, model)
    pending: list[int] = []  # columns to match once their values are known
    label_entries: dict[int, Entry] = {}
    unmatched: list[int] = []  # headings that are no question's text: their values may tell
    for index, name in enumerate(header):
        folded = fold(name)
        kind = native[index].kind
        if not name:
            continue
        if limesurvey and name.lower() in LIMESURVEY_META and kind != "stamp":
            out.ignore.append((name, message("draft_meta", lang, tool="LimeSurvey")))
        elif kind != "unknown":
            out.native.append(name)
        elif folded in TIMESTAMPS:
            pending.append(index)
        elif folded in roles:
            label_entries[index] = Entry(name, {"meta": "role"}, True, message("draft_role", lang))
        elif folded in FORM_META:
            out.ignore.append((name, message("draft_meta", lang, tool=out.source)))
        elif limesurvey and CODE.fullmatch(name):
            pending.append(index)
        else:
            entry = _label_entry(name, targets, lang)
            if entry is None:
                unmatched.append(index)
            else:
                label_entries[index] = entry
    if limesurvey and "submitdate" in lower:
        submit = next(h for h in header if h.lower() == "submitdate")
        out.require.append((submit, message("draft_require", lang)))

    stats = [Stats() for _ in header]
    keys = {i: _label_keys(e.question) for i, e in label_entries.items()
            if e.question is not None and e.question.type == "multiple" and "option" not in e.target}
    for _, row in table.rows:
        for index, raw in enumerate(row[: len(header)]):
            cell = raw.strip()
            if not cell:
                continue
            stats[index].add(cell)
            if index in keys:
                for piece in _pieces(cell, keys[index]):
                    stats[index].add(piece, stats[index].pieces)

    by_index: dict[int, Entry] = dict(label_entries)
    unknown: dict[int, tuple[str, str]] = {}
    for index in unmatched:
        entry = _value_entry(header[index], stats[index], targets, lang)
        if entry is None:
            unknown[index] = (header[index], _candidates_note(header[index], targets, lang))
            continue
        by_index[index] = entry
        question_keys = _label_keys(entry.question)
        if entry.question is not None and entry.question.type == "multiple":
            keys[index] = question_keys
            for cell in stats[index].values:
                for piece in _pieces(cell, question_keys):
                    stats[index].add(piece, stats[index].pieces)
    codes = [i for i in pending if fold(header[i]) not in TIMESTAMPS]
    for index in pending:
        if index not in codes:
            by_index[index] = _timestamp(header[index], stats[index], lang)
    if codes:
        aligned, not_aligned = align_codes(header, codes, stats, targets, lang)
        by_index.update(aligned)
        unknown.update(not_aligned)
        out.ignore += [(header[i], message("draft_free_text", lang)) for i in codes
                       if i not in aligned and _free_text_sub(header[i])]
    for index, entry in sorted(by_index.items()):
        question = entry.question
        if question is not None and not entry.values and "option" not in entry.target and question.options:
            seen = stats[index].pieces if index in keys else stats[index].values
            entry.values = _in_option_order([_match_value(v, question, lang) for v in seen], question)
            if stats[index].more:
                entry.note = joined(entry.note, message("draft_more_values", lang, count=DISTINCT))
        out.entries.append(entry)
    out.unknown = [unknown[i] for i in sorted(unknown)]
    _mark_duplicates(out.entries, lang)
    return out


def _source(header: Sequence[str], lower: set[str], limesurvey: bool) -> str:
    if limesurvey:
        return "limesurvey"
    if "_uuid" in lower or "_submission_time" in lower:
        return "kobotoolbox"
    if header and fold(header[0]) in ("horodateur", "timestamp", "horodatage"):
        return "google-forms"
    if {"sid", "serial"} & {fold(h) for h in header}:
        return "framaforms"
    return "tableur"




def _ranked(name: str, targets: Iterable[Target]) -> list[tuple[float, Target]]:
    folded = fold(name)
    exact = [(1.0, target) for target in targets if folded in target.texts]
    if exact:  # the heading is a question's text: no need to weigh the others
        return exact
    scored = [(max(similarity(folded, t) for t in target.texts), target) for target in targets]
    for rule_score, target in _keywords(folded, targets):
        scored.append((rule_score, target))
    best: dict[str, tuple[float, Target]] = {}
    for score, target in scored:
        if score > best.get(target.question.id, (-1.0, target))[0]:
            best[target.question.id] = (score, target)
    return sorted(best.values(), key=lambda item: -item[0])


def _keywords(folded: str, targets: Iterable[Target]) -> list[tuple[float, Target]]:
    """Short profile headings a spreadsheet may use (``Code INSEE``, ``Nom du CCAS``…)."""
    words = set(folded.split())
    found = []
    for target in targets:
        qid = target.question.id
        if qid == "insee" and "insee" in words:
            found.append((0.9, target))
        elif qid == "name" and words & {"nom", "name"} and (
            len(words) == 1 or words & {"ccas", "cias", "organisation", "structure", "organization"}
        ):
            found.append((0.9, target))
    return found


def _candidates(ranked: Sequence[tuple[float, Target]]) -> str:
    return ", ".join(f"{t.question.id} ({round(100 * s)} %)" for s, t in ranked[:SHOWN] if s >= NEAR / 2)


def _candidates_note(name: str, targets: Sequence[Target], lang: str) -> str:
    shown = _candidates(_ranked(name, targets))
    return message("draft_unknown_column", lang, candidates=shown or "—")


def _label_entry(name: str, targets: Sequence[Target], lang: str) -> Entry | None:
    """A column whose heading is a question's text (or ``text [option]``), or None."""
    brackets = BRACKETS.fullmatch(name)
    if brackets is not None:
        entry = _bracket_entry(name, brackets.group(1), brackets.group(2), targets, lang)
        if entry is not None:
            return entry
    ranked = _ranked(name, targets)
    if not ranked or ranked[0][0] < NEAR:
        return None
    score, target = ranked[0]
    exact = score >= 1.0 and (len(ranked) < 2 or ranked[1][0] < 1.0)
    entry = Entry(name, target.key, exact, question=target.question)  # the heading is the text: no note
    if not exact:
        entry.note = message("draft_near", lang, score=round(100 * score), candidates=_candidates(ranked),
                             text=short(target.question.text.get(lang)))
    return entry


def _bracket_entry(name: str, base: str, sub: str, targets: Sequence[Target], lang: str) -> Entry | None:
    """``Question text [Option label]``: a tick of a multiple choice, or points of an allocation."""
    fit = [t for t in targets if t.question.type in ("multiple", "allocation") and not t.profile]
    ranked = _ranked(base, fit)
    if not ranked or ranked[0][0] < NEAR:
        return None
    score, target = ranked[0]
    question = target.question
    options = sorted(
        ((max(similarity(fold(sub), fold(o.label.fr)), similarity(fold(sub), fold(o.label.en)),
              1.0 if sub.strip() == o.id else 0.0), i) for i, o in enumerate(question.options)),
        key=lambda item: -item[0],
    )
    if not options or options[0][0] < NEAR:
        return None
    option_score, at = options[0]
    option = question.options[at]
    exact = score >= 1.0 and option_score >= 1.0 and (len(ranked) < 2 or ranked[1][0] < 1.0)
    entry = Entry(name, {"question": question.id, "option": option.id}, exact, short(option.label.get(lang)),
                  question=question)
    if not exact:
        others = ", ".join(f"{question.options[o].id} ({round(100 * s)} %)" for s, o in options[1:SHOWN]
                           if s >= NEAR / 2)
        entry.note = message("draft_near", lang, score=round(100 * min(score, option_score)),
                             candidates=joined(_candidates(ranked), others), text=entry.note)
    return entry


def _value_entry(name: str, stats: Stats, targets: Sequence[Target], lang: str) -> Entry | None:
    """A column whose heading says nothing, taken for the one question whose options its values are
    (a heading reworded in the form, the labels kept); always to check."""
    cells = [c for c in stats.values if fold(c) not in DONT_KNOW]
    if not cells:
        return None
    fits: list[tuple[float, Target]] = []
    for target in targets:
        question = target.question
        if question.type not in ("single", "multiple") or not question.options:
            continue
        keys = _label_keys(question)
        lookup = dict(keys)
        if question.type == "single":
            found = sum(1 for c in cells if canon(c) in lookup)
        else:
            found = sum(1 for c in cells if cut(canon(c), keys, SEPARATORS) is not None)
        fits.append((found / len(cells), target))
    fits.sort(key=lambda item: -item[0])
    if not fits or fits[0][0] < 0.8 or (len(fits) > 1 and fits[1][0] >= fits[0][0]):
        return None
    share, target = fits[0]
    text = short(target.question.text.get(lang))
    candidates = ", ".join(f"{t.question.id} ({round(100 * s)} %)" for s, t in fits[:SHOWN] if s > 0)
    note = message("draft_by_values", lang, share=round(100 * share), text=text, candidates=candidates)
    return Entry(name, target.key, False, note, question=target.question)


def _label_keys(question: Question | None) -> list[tuple[str, str | None]]:
    """The values a cell of a multiple choice may hold: our ids and labels (both languages), each
    canonical key leading to the text as the questionnaire writes it."""
    keys: dict[str, str | None] = {}
    if question is not None:
        for option in question.options:
            for text in (option.id, option.label.fr, option.label.en):
                keys.setdefault(canon(text), text)
    return sorted(keys.items(), key=lambda item: -len(item[0]))


def _pieces(cell: str, keys: Sequence[tuple[str, str | None]]) -> list[str]:
    """The values in a multiple-choice cell: whole labels first; else the pieces between separators."""
    found = cut(canon(cell), keys, SEPARATORS)
    if found is not None:
        lookup = dict(keys)
        return [lookup[k] or k for k in found]
    chosen, unknown = split_values(cell, keys, SEPARATORS)
    return [*(c for c in chosen if c is not None), *unknown]


def _match_value(value: str, question: Question, lang: str) -> Value:
    """A value of a column (an option id, a label, a "don't know") matched to an option."""
    stripped = value.strip()
    if question.option(stripped) is not None:
        return Value(value, stripped, True)
    by_id = next((o for o in question.options if canon(o.id) == canon(stripped)), None)
    if by_id is not None:  # "CCAS" for the option "ccas": batch reads ids in any case
        return Value(value, by_id.id, True)
    folded = fold(value)
    for option in question.options:
        if folded in (fold(option.label.fr), fold(option.label.en)):
            return Value(value, option.id, True)  # the value is the label: no note
    if folded in DONT_KNOW:
        return Value(value, None, True, message("draft_dont_know", lang))
    ranked = sorted(
        ((max(similarity(folded, fold(o.label.fr)), similarity(folded, fold(o.label.en))), o.id)
         for o in question.options),
        reverse=True,
    )
    candidates = ", ".join(f"{o} ({round(100 * s)} %)" for s, o in ranked[:SHOWN] if s >= NEAR / 2)
    if ranked and ranked[0][0] >= NEAR and (len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= 0.05):
        best = question.option(ranked[0][1])
        label = short(best.label.get(lang), 40) if best is not None else ""
        return Value(value, ranked[0][1], False,
                     message("draft_near", lang, score=round(100 * ranked[0][0]), candidates=candidates,
                             text=label))
    return Value(value, None, False, message("draft_unknown_value", lang, candidates=candidates or "—"),
                 found=False)


def _in_option_order(values: list[Value], question: Question) -> list[Value]:
    """Values in the order of the options they are taken for ("don't know" then unknown ones last)."""
    order = {o.id: i for i, o in enumerate(question.options)}
    return sorted(values, key=lambda v: (not v.found, order.get(v.target or "", len(order))))


def _timestamp(name: str, stats: Stats, lang: str) -> Entry:
    """A submission timestamp: the date of the answers, read with the format its values show."""
    values = list(stats.values)
    if not values or all(re.match(r"\d{4}-\d{2}-\d{2}", v) for v in values):
        return Entry(name, {"meta": "date"}, True, message("draft_timestamp", lang))
    if not any(DAY_FIRST.match(v) for v in values) and all(_read_by_batch(v) for v in values):
        # year first (Google Forms' "2026/11/18 9:00:00 AM UTC+1"): batch reads it without a format
        return Entry(name, {"meta": "date"}, True, message("draft_timestamp", lang))
    fits = [f for f in DATE_FORMATS if all(_parses(v, f) for v in values)]
    if len(fits) == 1:
        return Entry(name, {"meta": "date", "format": fits[0]}, True, message("draft_timestamp", lang))
    if not fits:
        return Entry(name, {"meta": "date"}, False, message("draft_date_unknown", lang, example=values[0]))
    preferred = next((f for f in fits if f.startswith("%d")), fits[0]) if lang == "fr" else fits[0]
    return Entry(name, {"meta": "date", "format": preferred}, False,
                 message("draft_date_ambiguous", lang, formats=" | ".join(fits)))


DAY_FIRST = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}")
"""``18/11/2026`` or ``11/18/2026``: the draft names the format, so that every row is read one way."""


def _read_by_batch(value: str) -> bool:
    """True when ``batch`` reads the timestamp with no format (:mod:`ccas_compass.collect.dates`)."""
    from ccas_compass.collect.dates import Placeholder, iso_day

    try:
        return iso_day(value) is not None
    except Placeholder:  # LimeSurvey's "no date": read, and warned about, by batch
        return True


def _parses(value: str, fmt: str) -> bool:
    try:
        dt.datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def _free_text_sub(name: str) -> bool:
    found = CODE.fullmatch(name)
    sub = (found.group(2) or found.group(3) or "") if found else ""
    return sub.lower().endswith(FREE_TEXT_SUBS)


def _mark_duplicates(entries: list[Entry], lang: str) -> None:
    """Two columns taken for the same question (or the same option): both are marked."""
    seen: dict[tuple[tuple[str, str], ...], Entry] = {}
    for entry in entries:
        key = tuple(sorted((k, v) for k, v in entry.target.items() if k != "format"))
        other = seen.get(key)
        if other is None:
            seen[key] = entry
            continue
        for one, two in ((entry, other), (other, entry)):
            one.sure = False
            one.note = joined(one.note, message("draft_twice", lang, other=two.header))


# ── writing ──────────────────────────────────────────────────────────────────────────────────────


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return "  # " + " ".join(text.split()) if text else ""


SHELL_SAFE = re.compile(r"[\w./:+-]+")
"""A command-line argument that needs no quotes in a POSIX shell, PowerShell or cmd."""


def shell_arg(text: str) -> str:
    """``text`` as one argument of a command to copy: as it is when plain, else in double quotes
    (understood by POSIX shells, PowerShell and cmd), or single quotes when it holds a character
    special inside double quotes (``$``, a backquote, ``"``, ``!``); a Windows path's backslashes stay
    as they are inside double quotes."""
    if SHELL_SAFE.fullmatch(text):
        return text
    if not re.search(r'[$`"!]', text):
        return f'"{text}"'
    return "'" + text.replace("'", "'\"'\"'") + "'"


def batch_command(export: str, mapping: str | None, lang: str) -> str:
    """The ``batch`` command to run with the checked draft, every path quoted for the shell."""
    mapping = mapping or ("correspondance.yaml" if lang == "fr" else "mapping.yaml")
    out = "resultats/" if lang == "fr" else "results/"
    return f"ccas-compass batch {shell_arg(export)} --mapping {shell_arg(mapping)} --out {out}"


def render(result: Draft, mapping: str | None = None) -> str:
    """The draft as a YAML mapping file, each guess marked with the word to check; its header names
    the ``batch`` command to run with it (``mapping``: the path the draft is written to, if known)."""
    lang = result.lang
    check = message("draft_check", lang)

    def note(sure: bool, text: str) -> str:
        return _comment(text if sure else f"{check} : {text}" if lang == "fr" else f"{check}: {text}")

    name = Path(result.file).name
    command = batch_command(result.file, mapping, lang)
    intro = message("draft_intro", lang, file=name, check=check, command=command)
    lines = [f"# {line}" for line in intro.split("\n")]
    lines += ["mapping: 1", f"source: {_q(result.source)}"]
    if result.version:
        lines.append(f"questionnaire: {_q(result.version)}{_comment(message('draft_version', lang))}")
    lines.append("ignore:" if result.ignore else "ignore: []")
    lines += [f"  - {_q(h)}{_comment(why)}" for h, why in result.ignore]
    if result.require:
        lines.append("require:")
        lines += [f"  - {_q(h)}{_comment(why)}" for h, why in result.require]
    lines.append("columns:" if result.entries else "columns: {}")
    for entry in result.entries:
        target = ", ".join(f"{k}: {_q(v)}" for k, v in entry.target.items())
        if not entry.values:
            lines.append(f"  {_q(entry.header)}: {{{target}}}{note(entry.sure, entry.note)}")
            continue
        lines.append(f"  {_q(entry.header)}:{note(entry.sure, entry.note)}")
        lines += [f"    {k}: {_q(v)}" for k, v in entry.target.items()]
        lines.append("    values:")
        for value in entry.values:
            if not value.found:
                lines.append(f"      # {_q(value.source)}: ?{note(False, value.note)}")
            else:
                shown = "null" if value.target is None else _q(value.target)
                lines.append(f"      {_q(value.source)}: {shown}{note(value.sure, value.note)}")
    if result.unknown:
        lines.append("# " + message("draft_unknown_title", lang, check=check))
        lines += [f"#   {_q(h)}:{note(False, why)}" for h, why in result.unknown]
    if result.native:
        shown = ", ".join(result.native[:12]) + (", …" if len(result.native) > 12 else "")
        lines.append("# " + message("draft_native", lang, count=len(result.native), names=shown))
    return "\n".join(lines) + "\n"
