"""Many respondents → teams (one per organisation) → a panorama. Pure: no I/O, no printing.

A UDCCAS may feed tens of thousands of respondents. :class:`Collector` keeps, per respondent, only
a few bytes (the chosen options packed by :class:`Codec`, a packed source reference, the role), so
that memory grows with the number of organisations rather than with what was read; the numbers are
recomputed from those bytes by :class:`~ccas_compass.scoring.Scorer` when a team is finalised,
exactly as :func:`~ccas_compass.scoring.score` would compute them from the answers file.

Privacy rule of the panorama: a group (département, density level, population band) of fewer than
:data:`MIN_GROUP` organisations is never shown on its own; such groups are merged into "autres",
itself hidden if still too small, so that no single CCAS can be read out of an aggregate.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .errors import Problem
from .model import Answers, AnswerValue, DeclaredShare, FigureScore, Model, Result, departement
from .scoring import Numbers, Scorer

MIN_GROUP = 3
"""Smallest number of organisations an aggregate may show (peer medians included)."""
LEAST_CONSENSUS = 5
"""How many questions of least consensus a team report lists."""
AGREEMENT_LEVELS = (5.0, 10.0)
"""Spread (max − min, in points of share) under which a team agrees strongly, then moderately."""
OTHERS = "autres"
UNKNOWN = "non_renseigne"
ROW_SHIFT = 2**32


@dataclass(frozen=True)
class Failure:
    """An input that could not be scored, with why."""

    source: str
    problems: tuple[Problem, ...]


class Codec:
    """A respondent's scored answers packed into bytes and back, losslessly.

    One byte per practice question (0 unanswered; single: option index + 1; multiple: a bit per
    option), then one byte per allocation statement (points, 255 meaning unanswered). A model whose
    questions do not fit (more than 8 options in a multiple choice…) is packed into a tuple instead.
    """

    def __init__(self, model: Model) -> None:
        q = model.questionnaire
        self.practice = [
            (x.id, tuple(o.id for o in x.options), x.type == "multiple") for x in q.practice_questions
        ]
        self.allocations = [
            (x.id, tuple(o.id for o in x.options)) for x in q.questions if x.type == "allocation"
        ]
        self._index = {
            x.id: {o.id: i for i, o in enumerate(x.options)}
            for x in q.questions
            if x.type != "text"
        }
        fits = all(
            len(options) <= (8 if multiple else 255) for _, options, multiple in self.practice
        ) and all((x.points or 0) < 255 for x in q.questions if x.type == "allocation")
        self.compact = fits

    def encode(self, values: Mapping[str, AnswerValue]) -> bytes | tuple[int, ...]:
        codes: list[int] = []
        for qid, _, multiple in self.practice:
            value = values.get(qid)
            index = self._index[qid]
            if value is None:
                codes.append(0)
            elif multiple:
                codes.append(sum(1 << index[o] for o in value))
            else:
                codes.append(index[value] + 1)  # type: ignore[index]
        for qid, options in self.allocations:
            given = values.get(qid)
            if not isinstance(given, Mapping):
                codes += [255] * len(options)
            else:
                codes += [given.get(o, 0) for o in options]
        return bytes(codes) if self.compact else tuple(codes)

    def decode(self, codes: Sequence[int]) -> dict[str, AnswerValue]:
        values: dict[str, AnswerValue] = {}
        position = 0
        for qid, options, multiple in self.practice:
            code = codes[position]
            position += 1
            if not code:
                continue
            if multiple:
                values[qid] = tuple(o for i, o in enumerate(options) if code >> i & 1)
            else:
                values[qid] = options[code - 1]
        for qid, options in self.allocations:
            part = codes[position : position + len(options)]
            position += len(options)
            if part[0] != 255:
                values[qid] = {o: p for o, p in zip(options, part, strict=True) if p}
        return values

    @property
    def width(self) -> int:
        return len(self.practice) + sum(len(options) for _, options in self.allocations)


def normalised_name(name: str) -> str:
    """A name reduced for matching: no accents, no case, no punctuation (``C.C.A.S.`` is ``ccas``)."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"[.'’]", "", ascii_text.lower())).strip()


def team_key(organisation: Mapping[str, str]) -> str:
    """Respondents of one organisation share its INSEE code, else its normalised name."""
    insee = organisation.get("insee")
    if insee:
        return "insee:" + insee
    return "nom:" + normalised_name(organisation.get("name", ""))


class _Org:
    """What the collector keeps of one organisation while reading: a few bytes per respondent."""

    __slots__ = ("codes", "dates", "key", "names", "notes", "profile", "roles", "sources", "versions")

    def __init__(self, key: str, profile: list[str | None], compact: bool) -> None:
        self.key = key
        self.profile = profile
        self.names: list[str] = []
        self.sources = array("q")
        self.codes: bytearray | list[tuple[int, ...]] = bytearray() if compact else []
        self.roles: list[str | None] = []
        self.dates: list[str | None] = []
        self.notes: dict[int, str] | None = None
        self.versions: list[str | None] = []


class Collector:
    """Respondents in (in any order), teams and panorama out. Memory: O(organisations)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.codec = Codec(model)
        self.scorer = Scorer(model)
        q = model.questionnaire
        self.profile_ids = tuple(x.id for x in q.profile)
        self.note_ids = tuple(x.id for x in q.questions if x.type == "text")
        self.inputs: list[str] = []
        self._input_index: dict[str, int] = {}
        self.orgs: dict[str, _Org] = {}
        self.failures: list[Failure] = []
        self.respondents = 0
        self._strings: dict[str, str] = {}

    def _intern(self, text: str | None) -> str | None:
        if text is None:
            return None
        return self._strings.setdefault(text, text)

    def source_ref(self, path: str, row: int = 0) -> int:
        index = self._input_index.get(path)
        if index is None:
            index = self._input_index[path] = len(self.inputs)
            self.inputs.append(path)
        return index * ROW_SHIFT + row

    def source_name(self, ref: int) -> str:
        index, row = divmod(ref, ROW_SHIFT)
        return f"{self.inputs[index]}:{row}" if row else self.inputs[index]

    def fail(self, source: str, problems: Iterable[Problem]) -> None:
        self.failures.append(Failure(source, tuple(problems)))

    def add(self, answers: Answers, path: str, row: int = 0) -> None:
        """One checked respondent, read from ``path`` (at CSV ``row``, 1-based with the header)."""
        organisation = answers.organisation
        key = team_key(organisation)
        org = self.orgs.get(key)
        if org is None:
            profile = [self._intern(organisation.get(p)) for p in self.profile_ids]
            org = self.orgs[key] = _Org(key, profile, self.codec.compact)
        else:
            for i, pid in enumerate(self.profile_ids):  # fill what earlier respondents left out
                if org.profile[i] is None and organisation.get(pid):
                    org.profile[i] = self._intern(organisation.get(pid))
        name = organisation.get("name", "")
        if name not in org.names:
            org.names.append(name)
        position = len(org.roles)
        org.sources.append(self.source_ref(path, row))
        codes = self.codec.encode(answers.values)
        if isinstance(codes, bytes) and isinstance(org.codes, bytearray):
            org.codes += codes
        else:
            assert isinstance(org.codes, list)
            assert isinstance(codes, tuple)
            org.codes.append(codes)
        org.roles.append(self._intern(answers.respondent.get("role")))
        org.dates.append(self._intern(answers.date))
        org.versions.append(self._intern(answers.questionnaire_version))
        notes = [str(answers.values[n]) for n in self.note_ids if answers.values.get(n)]
        if notes:
            if org.notes is None:
                org.notes = {}
            org.notes[position] = "\n".join(notes)
        self.respondents += 1

    def member_codes(self, org: _Org) -> Iterator[Sequence[int]]:
        if isinstance(org.codes, bytearray):
            width = self.codec.width
            for start in range(0, len(org.codes), width):
                yield org.codes[start : start + width]
        else:
            yield from org.codes


# ── teams ────────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Member:
    """One respondent of a team, with their own numbers."""

    source: str
    role: str | None
    date: str | None
    questionnaire_version: str | None
    values: Mapping[str, AnswerValue]
    numbers: Numbers
    notes: str | None = None

    @property
    def practice(self) -> tuple[float | None, ...]:
        return self.numbers[0]

    @property
    def answered(self) -> int:
        return self.numbers[4]


@dataclass(frozen=True)
class Spread:
    """How far apart the members' practice shares of one figure are (in points of share)."""

    low: float
    high: float

    @property
    def range(self) -> float:
        return self.high - self.low

    @property
    def level(self) -> str:
        strong, moderate = AGREEMENT_LEVELS
        if self.range < strong:
            return "strong"
        return "moderate" if self.range < moderate else "weak"


@dataclass(frozen=True)
class Disagreement:
    """A question the members answered differently.

    ``agreement`` (0–1) is the mean, over pairs of members who answered, of the share of the two
    answers they have in common (Jaccard): 1 for a single choice when both chose the same option.
    ``answers`` counts each option chosen; ``unknown`` counts members who did not answer.
    """

    question: str
    agreement: float
    answered: int
    unknown: int
    answers: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Team:
    """One organisation: its members, its mean profiles, how much its members agree."""

    key: str
    organisation: Mapping[str, str]
    names: tuple[str, ...]
    members: tuple[Member, ...]
    practice: tuple[float | None, ...]
    intensity: tuple[float | None, ...]
    declared: tuple[float, ...] | None
    ambition: tuple[float, ...] | None
    answered: float
    total: int
    spreads: tuple[Spread | None, ...]
    disagreements: tuple[Disagreement, ...]
    agreement: float | None
    """Mean agreement over the questions answered by at least two members (None if none)."""

    @property
    def name(self) -> str:
        return self.organisation.get("name", "")

    @property
    def departement(self) -> str | None:
        return departement(self.organisation.get("insee"))

    @property
    def coverage(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 0.0

    @property
    def dominant(self) -> int | None:
        """Index of the figure with the largest practice share (the first in model order on a tie)."""
        if not self.practice or self.practice[0] is None:
            return None
        shares = [s or 0.0 for s in self.practice]
        return shares.index(max(shares))


def _mean(rows: Sequence[Sequence[float | None]], width: int) -> tuple[float | None, ...]:
    """Per column, the mean of the rows (rows with None left out); None when no row has a value."""
    out: list[float | None] = []
    for i in range(width):
        column = [r[i] for r in rows if r[i] is not None]
        out.append(math.fsum(column) / len(column) if column else None)  # type: ignore[arg-type]
    return tuple(out)


def _stated_mean(rows: Sequence[tuple[float, ...] | None], width: int) -> tuple[float, ...] | None:
    given = [r for r in rows if r is not None]
    if not given:
        return None
    return tuple(math.fsum(r[i] for r in given) / len(given) for i in range(width))


def disagreements(
    model: Model, members: Sequence[Member]
) -> tuple[tuple[Disagreement, ...], float | None]:
    """Per practice question answered by two members or more, their agreement; the least first."""
    found: list[tuple[int, Disagreement]] = []
    agreements: list[float] = []
    for position, question in enumerate(model.questionnaire.practice_questions):
        given = [m.values.get(question.id) for m in members]
        chosen = [frozenset((v,) if isinstance(v, str) else v) for v in given if v is not None]
        m = len(chosen)
        if m < 2:
            continue
        total = 0.0
        for i in range(m):
            for j in range(i + 1, m):
                union = chosen[i] | chosen[j]
                total += len(chosen[i] & chosen[j]) / len(union) if union else 1.0
        agreement = total / (m * (m - 1) / 2)
        agreements.append(agreement)
        if agreement < 1.0:
            counts = tuple(
                (o.id, n) for o in question.options if (n := sum(1 for c in chosen if o.id in c))
            )
            found.append((position, Disagreement(question.id, agreement, m, len(given) - m, counts)))
    found.sort(key=lambda item: (item[1].agreement, item[0]))
    mean = math.fsum(agreements) / len(agreements) if agreements else None
    return tuple(d for _, d in found), mean


def build_team(collector: Collector, org: _Org) -> Team:
    """Decode, score and aggregate one organisation's members."""
    model = collector.model
    width = len(model.figure_ids)
    members = []
    notes = org.notes or {}
    for position, codes in enumerate(collector.member_codes(org)):
        values = collector.codec.decode(codes)
        members.append(
            Member(
                source=collector.source_name(org.sources[position]),
                role=org.roles[position],
                date=org.dates[position],
                questionnaire_version=org.versions[position],
                values=values,
                numbers=collector.scorer.numbers(values),
                notes=notes.get(position),
            )
        )
    spreads: list[Spread | None] = []
    for i in range(width):
        column = [s for m in members if (s := m.practice[i]) is not None]
        spreads.append(Spread(min(column), max(column)) if len(column) >= 2 else None)
    found, agreement = disagreements(model, members)
    organisation = {p: v for p, v in zip(collector.profile_ids, org.profile, strict=True) if v is not None}
    return Team(
        key=org.key,
        organisation=organisation,
        names=tuple(org.names),
        members=tuple(members),
        practice=_mean([m.practice for m in members], width),
        intensity=_mean([m.numbers[1] for m in members], width),
        declared=_stated_mean([m.numbers[2] for m in members], width),
        ambition=_stated_mean([m.numbers[3] for m in members], width),
        answered=math.fsum(m.answered for m in members) / len(members),
        total=collector.scorer.total,
        spreads=tuple(spreads),
        disagreements=found,
        agreement=agreement,
    )


def team_order(collector: Collector) -> list[str]:
    """Organisations in report order: by département, then name, then key."""

    def sort_key(key: str) -> tuple[str, str, str]:
        org = collector.orgs[key]
        insee_at = collector.profile_ids.index("insee") if "insee" in collector.profile_ids else None
        insee = org.profile[insee_at] if insee_at is not None else None
        return (departement(insee) or "~", normalised_name(org.names[0] if org.names else ""), key)

    return sorted(collector.orgs, key=sort_key)


def teams(collector: Collector) -> Iterator[Team]:
    """Every team, one at a time (nothing is kept: memory stays flat while writing them out)."""
    for key in team_order(collector):
        yield build_team(collector, collector.orgs[key])


# ── panorama ─────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Distribution:
    """Quartiles of a share across organisations (inclusive method), in points of share."""

    q1: float
    median: float
    q3: float
    count: int


def distribution(values: Sequence[float]) -> Distribution | None:
    if not values:
        return None
    if len(values) == 1:
        return Distribution(values[0], values[0], values[0], 1)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Distribution(q1, median, q3, len(values))


@dataclass(frozen=True)
class Group:
    """Aggregates over a set of organisations (a département, a density level, everyone…)."""

    dimension: str
    """``all``, ``departement``, ``densite`` or ``population``."""
    value: str
    organisations: int
    respondents: int
    practice: tuple[Distribution | None, ...]
    declared: tuple[Distribution | None, ...]
    ambition: tuple[Distribution | None, ...]
    dominant: tuple[int, ...]
    """Per figure, the organisations whose practices lean most toward it."""
    no_practice: int
    """Organisations without any practice answer (no dominant figure)."""


@dataclass(frozen=True)
class Panorama:
    figure_ids: tuple[str, ...]
    organisations: int
    respondents: int
    overall: Group | None
    groups: Mapping[str, tuple[Group, ...]]
    """Per dimension (``departement``, ``densite``, ``population``), the groups that may be shown."""
    hidden: Mapping[str, int] = field(default_factory=dict)
    """Per dimension, organisations left out because even "autres" stays below :data:`MIN_GROUP`."""

    def group_of(self, dimension: str, value: str | None) -> Group | None:
        for group in self.groups.get(dimension, ()):
            if group.value == (value or UNKNOWN):
                return group
        others = [g for g in self.groups.get(dimension, ()) if g.value == OTHERS]
        return others[0] if others else None


class PanoramaBuilder:
    """Team profiles in, one row each (a few floats), quartiles per group out."""

    DIMENSIONS = ("departement", "densite", "population")

    def __init__(self, figure_ids: Sequence[str]) -> None:
        self.figure_ids = tuple(figure_ids)
        self.width = len(figure_ids)
        self.values = array("d")  # per team: practice, declared, ambition shares (NaN: none)
        self.respondents = array("l")
        self.dominant = array("b")
        self.labels: dict[str, list[str]] = {d: [] for d in self.DIMENSIONS}

    def add(self, team: Team) -> None:
        nan = math.nan
        self.values.extend(nan if v is None else v for v in team.practice)
        self.values.extend(team.declared if team.declared is not None else (nan,) * self.width)
        self.values.extend(team.ambition if team.ambition is not None else (nan,) * self.width)
        self.respondents.append(len(team.members))
        dominant = team.dominant
        self.dominant.append(-1 if dominant is None else dominant)
        self.labels["departement"].append(team.departement or UNKNOWN)
        self.labels["densite"].append(team.organisation.get("densite") or UNKNOWN)
        self.labels["population"].append(team.organisation.get("population") or UNKNOWN)

    def _group(self, dimension: str, value: str, members: Sequence[int]) -> Group:
        w = self.width
        stride = 3 * w

        def column(offset: int) -> tuple[Distribution | None, ...]:
            out = []
            for i in range(w):
                data = sorted(
                    v for v in (self.values[t * stride + offset + i] for t in members) if not math.isnan(v)
                )
                out.append(distribution(data))
            return tuple(out)

        dominant = [0] * w
        none = 0
        for t in members:
            d = self.dominant[t]
            if d < 0:
                none += 1
            else:
                dominant[d] += 1
        return Group(
            dimension=dimension,
            value=value,
            organisations=len(members),
            respondents=sum(self.respondents[t] for t in members),
            practice=column(0),
            declared=column(w),
            ambition=column(2 * w),
            dominant=tuple(dominant),
            no_practice=none,
        )

    def build(self) -> Panorama:
        count = len(self.respondents)
        everyone = list(range(count))
        overall = self._group("all", "all", everyone) if count >= MIN_GROUP else None
        groups: dict[str, tuple[Group, ...]] = {}
        hidden: dict[str, int] = {}
        for dimension in self.DIMENSIONS:
            by_value: dict[str, list[int]] = {}
            for t, label in enumerate(self.labels[dimension]):
                by_value.setdefault(label, []).append(t)
            shown = []
            others: list[int] = []
            for value in sorted(by_value):
                members = by_value[value]
                if len(members) >= MIN_GROUP:
                    shown.append(self._group(dimension, value, members))
                else:
                    others += members
            if others and len(others) >= MIN_GROUP:
                shown.append(self._group(dimension, OTHERS, sorted(others)))
            elif others:
                hidden[dimension] = len(others)
            groups[dimension] = tuple(shown)
        return Panorama(
            figure_ids=self.figure_ids,
            organisations=count,
            respondents=sum(self.respondents),
            overall=overall,
            groups=groups,
            hidden=hidden,
        )


@dataclass(frozen=True)
class Peers:
    """The medians an organisation is set beside: its département's, else everyone's."""

    dimension: str
    value: str
    organisations: int
    practice: tuple[float | None, ...]
    ambition: tuple[float | None, ...]


def peers(panorama: Panorama, team: Team) -> Peers | None:
    """The peer group of a team: its own département when shown on its own, else all organisations
    (a merged "autres" group is no peer group); None when even that is below :data:`MIN_GROUP`."""
    group = None
    for candidate in panorama.groups.get("departement", ()):
        if candidate.value == (team.departement or UNKNOWN) and candidate.value not in (OTHERS, UNKNOWN):
            group = candidate
    if group is None:
        group = panorama.overall
    if group is None:
        return None

    def medians(items: tuple[Distribution | None, ...]) -> tuple[float | None, ...]:
        return tuple(None if d is None else d.median for d in items)

    return Peers(group.dimension, group.value, group.organisations, medians(group.practice),
                 medians(group.ambition))


# ── results for the report renderers ─────────────────────────────────────────────────────────────


def member_result(model: Model, team: Team, member: Member) -> Result:
    """One member's full result (with the "why"), as ``assess`` would give it for their file."""
    from .scoring import score

    values = dict(member.values)
    if member.notes:
        note_ids = [x.id for x in model.questionnaire.questions if x.type == "text"]
        if note_ids:
            values[note_ids[0]] = member.notes
    answers = Answers(
        organisation=team.organisation,
        values=values,
        questionnaire_id=model.questionnaire.id,
        questionnaire_version=member.questionnaire_version,
        respondent={"role": member.role} if member.role else {},
        date=member.date,
        source=member.source,
    )
    return score(model, answers)


def team_result(model: Model, team: Team) -> Result:
    """The team as one result: mean profiles, mean coverage; no "why" (it belongs to each member)."""
    if len(team.members) == 1:
        return member_result(model, team, team.members[0])
    from .scoring import version_warnings

    figure_ids = model.figure_ids
    practice = tuple(
        FigureScore(fid, team.intensity[i], team.practice[i], 0, 0, 0, 0, ())
        for i, fid in enumerate(figure_ids)
    )

    def stated(values: tuple[float, ...] | None) -> tuple[DeclaredShare, ...] | None:
        if values is None:
            return None
        return tuple(DeclaredShare(f, v) for f, v in zip(figure_ids, values, strict=True))

    q = model.questionnaire
    dates = [m.date for m in team.members if m.date]
    warnings: list[Problem] = []
    for version in sorted({m.questionnaire_version or "" for m in team.members}):
        probe = Answers(team.organisation, {}, q.id, version or None)
        for problem in version_warnings(q, probe):
            if problem not in warnings:
                warnings.append(problem)
    return Result(
        model_id=q.id,
        model_version=q.version,
        model_sha256=q.sha256,
        answers=Answers(team.organisation, {}, q.id, q.version, {}, max(dates) if dates else None, None),
        practice=practice,
        declared=stated(team.declared),
        ambition=stated(team.ambition),
        answered=round(team.answered),
        total=team.total,
        warnings=tuple(warnings),
    )
