"""LimeSurvey code headings in a mapping draft (``Q1``, ``Q1[SQ001]``, ``Q1_SQ001``): they carry no
text, so columns grouped by code are aligned with our questions in order (the longest chain of
plausible fits: the kind of their values — answer codes, Y ticks, numbers — against each question's
type), or matched by their code when it is our id without its ``_``. Answer codes ``A1``/``AO01``
are taken as the options in order. Every such match is a guess, marked for a human to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ccas_compass.collect.draft_parts import Entry, Stats, Target, Value, fold, joined, short
from ccas_compass.i18n import message
from ccas_compass.model.core import Question

CODE = re.compile(r"([A-Za-z][A-Za-z0-9]*)(?:\[([^\]]+)\]|_([A-Za-z0-9]+))?")
ANSWER_CODE = re.compile(r"[A-Za-z]{0,4}0*(\d{1,4})")
TICKS = frozenset({"y", "n", "1", "0", "oui", "non", "yes", "no", "x"})
NUMBER = re.compile(r"\d{1,6}(?:[.,]0+)?")
FREE_TEXT_SUBS = ("other", "comment")


@dataclass
class _Group:
    code: str
    members: list[tuple[int, str]]
    """(column index, subquestion code) — or a single column with an empty code."""
    kind: str = "text"
    top: int = 0


def align_codes(
    header: Sequence[str], indexes: Sequence[int], stats: Sequence[Stats], targets: Sequence[Target],
    lang: str,
) -> tuple[dict[int, Entry], dict[int, tuple[str, str]]]:
    groups: dict[str, _Group] = {}
    for index in indexes:
        found = CODE.fullmatch(header[index])
        assert found is not None
        code, sub = found.group(1), found.group(2) or found.group(3) or ""
        if sub.lower().endswith(FREE_TEXT_SUBS):
            continue
        groups.setdefault(code, _Group(code, [])).members.append((index, sub))
    ordered = list(groups.values())
    for group in ordered:
        _infer(group, stats)
    n, m = len(ordered), len(targets)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            fit = _fit(ordered[i - 1], targets[j - 1].question)
            best = max(score[i - 1][j], score[i][j - 1])
            if fit > 0:
                best = max(best, score[i - 1][j - 1] + fit)
            score[i][j] = best
    pairs: dict[int, Target] = {}
    i, j = n, m
    while i > 0 and j > 0:
        fit = _fit(ordered[i - 1], targets[j - 1].question)
        if fit > 0 and score[i][j] == score[i - 1][j - 1] + fit:
            pairs[i - 1] = targets[j - 1]
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    entries: dict[int, Entry] = {}
    unknown: dict[int, tuple[str, str]] = {}
    for position, group in enumerate(ordered):
        target = pairs.get(position)
        if target is None:
            for index, _ in group.members:
                unknown[index] = (header[index], message("draft_code_unmatched", lang))
            continue
        entries.update(_code_entries(header, group, target, stats, lang))
    return entries, unknown


def _infer(group: _Group, stats: Sequence[Stats]) -> None:
    values = {v for index, _ in group.members for v in stats[index].values}
    if len(group.members) > 1 or group.members[0][1]:
        if values and all(v.lower() in TICKS for v in values):
            group.kind = "ticks"
        elif values and all(NUMBER.fullmatch(v) for v in values):
            group.kind = "numbers"
        else:
            group.kind = "other"
        return
    if values and values <= {"Y", "N"}:
        group.kind = "yesno"
    elif values and all(ANSWER_CODE.fullmatch(v) or v == "-oth-" for v in values):
        group.kind = "codes"
        group.top = max((int(f.group(1)) for v in values if (f := ANSWER_CODE.fullmatch(v))), default=0)
    elif values and all(re.fullmatch(r"(?:[0-9]{2}|2[AB])[0-9]{3}", v) for v in values):
        group.kind = "insee"
    else:
        group.kind = "text"


def _same_code(code: str, identifier: str) -> bool:
    """A LimeSurvey code (letters and digits only) that is our id without its underscores."""
    return code.lower() == identifier.replace("_", "").lower()


def _fit(group: _Group, question: Question) -> float:
    """How well a group of code columns fits a question (0: not at all)."""
    if _same_code(group.code, question.id):
        return 10.0
    count = len(group.members)
    options = len(question.options)
    kind = group.kind
    if kind == "ticks" and question.type == "multiple":
        return 3.0 if count == options else (1.0 if count < options else 0.0)
    if kind == "numbers" and question.type == "allocation":
        return 3.0 if count == options else 0.0
    if kind == "yesno" and question.type == "single" and options == 2:
        return 2.0
    if kind == "codes" and question.type == "single" and group.top <= options:
        return 1.5 if group.top == options else 1.0
    if kind == "insee" and question.id == "insee":
        return 3.0
    if kind == "text" and question.type == "text" and question.id != "insee":
        return 1.0
    return 0.0


def _code_entries(
    header: Sequence[str], group: _Group, target: Target, stats: Sequence[Stats], lang: str
) -> dict[int, Entry]:
    question = target.question
    sure = _same_code(group.code, question.id)
    guess = "" if sure else message("draft_by_position", lang, text=short(question.text.get(lang)))
    out: dict[int, Entry] = {}
    if len(group.members) == 1 and not group.members[0][1]:
        index = group.members[0][0]
        entry = Entry(header[index], target.key, sure,
                      guess or short(question.text.get(lang)), question=question)
        if group.kind in ("codes", "yesno"):
            entry.values = [_code_value(v, question, lang) for v in _all_codes(stats[index].values, question)]
        out[index] = entry
        return out
    for position, (index, sub) in enumerate(group.members):
        option = next((o for o in question.options if _same_code(sub, o.id)), None)
        exact = option is not None
        if option is None:
            number = ANSWER_CODE.fullmatch(sub)
            at = int(number.group(1)) - 1 if number else position
            option = question.options[at] if 0 <= at < len(question.options) else None
        if option is None:
            continue
        note = message("draft_option_guess", lang, n=question.options.index(option) + 1,
                       text=short(option.label.get(lang), 40))
        out[index] = Entry(header[index], {"question": question.id, "option": option.id}, sure and exact,
                           joined(guess, "" if sure and exact else note), question=question)
    return out


def _all_codes(seen: Iterable[str], question: Question) -> list[str]:
    """The answer codes seen, completed with those of the options nobody chose yet, in the way the
    codes seen are written (``A1``… or ``AO01``…)."""
    seen = list(seen)
    shapes: dict[tuple[str, int], int] = {}
    for value in seen:
        found = re.fullmatch(r"([A-Za-z]{0,4})(\d{1,4})", value)
        if found is not None:
            shape = (found.group(1), len(found.group(2)))
            shapes[shape] = shapes.get(shape, 0) + 1
    codes: list[str] = []
    if shapes:
        prefix, width = max(shapes, key=lambda shape: shapes[shape])
        codes = [f"{prefix}{n:0{width}d}" for n in range(1, len(question.options) + 1)]
    return codes + sorted(v for v in seen if v not in codes)


def _code_value(value: str, question: Question, lang: str) -> Value:
    """An answer code: ``A2``/``AO02`` the second option, ``Y``/``N`` yes/no; always to check."""
    if value == "-oth-":
        return Value(value, None, False, message("draft_other_answer", lang))
    if value in ("Y", "N"):
        wanted = {"Y": ("oui", "yes"), "N": ("non", "no")}[value]
        option = next((o for o in question.options if fold(o.label.fr) in wanted
                       or fold(o.label.en) in wanted), None)
        if option is not None:
            return Value(value, option.id, True, short(option.label.get(lang), 40))
    found = ANSWER_CODE.fullmatch(value)
    if found is not None and 1 <= int(found.group(1)) <= len(question.options):
        n = int(found.group(1))
        nth = question.options[n - 1]
        return Value(value, nth.id, False,
                     message("draft_option_guess", lang, n=n, text=short(nth.label.get(lang), 40)))
    return Value(value, None, False, message("draft_unknown_value", lang, candidates="—"), found=False)

