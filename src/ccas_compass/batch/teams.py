"""Many respondents → teams (one per organisation), and the panorama's input. Pure: no I/O.

The respondents come packed in a :class:`~ccas_compass.batch.collector.Collector`; the numbers are
recomputed from those bytes when a team is finalised, exactly as :func:`~ccas_compass.scoring.mix.score`
would compute them from the answers file. The aggregates across organisations are
:mod:`ccas_compass.batch.panorama`'s.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ccas_compass.batch.collector import Collector, Failure, align, notes_of, team_key
from ccas_compass.batch.panorama import Panorama, PanoramaBuilder
from ccas_compass.errors import Problem
from ccas_compass.model.core import (
    Answers,
    AnswerValue,
    DeclaredShare,
    FigureScore,
    Model,
    Result,
    coverage,
    departement,
)
from ccas_compass.scoring.mix import Numbers
from ccas_compass.scoring.packing import Codec
from ccas_compass.scoring.standing import StandingOutRule, reason_of, standing_out

__all__ = [  # Collector, Failure and team_key are re-exported: callers long imported them from here
    "AGREEMENT_LEVELS", "LEAST_CONSENSUS", "Collector", "Disagreement", "Failure", "Member", "Spread", "Team",
    "align", "build_team", "disagreements", "mean_answered", "member_result", "panorama", "standing_indexes",
    "team_key", "team_result", "teams",
]

LEAST_CONSENSUS = 5
"""How many questions of least consensus a team report lists."""
AGREEMENT_LEVELS = (5.0, 10.0)
"""Spread (max − min, in points of share) under which a team agrees strongly, then moderately."""


@dataclass(frozen=True)
class Member:
    """One respondent of a team, with their own numbers."""

    source: str
    role: str | None
    date: str | None
    questionnaire_version: str | None
    codes: Sequence[int]
    numbers: Numbers
    codec: Codec
    notes: str | None = None
    """Every note of the member, one per line (for a glance)."""
    texts: Mapping[str, str] = field(default_factory=dict)
    """Each text question's note, under its own question."""

    @property
    def values(self) -> dict[str, AnswerValue]:
        """The scored answers (decoded from the packed codes)."""
        return self.codec.decode(self.codes)

    @property
    def practice(self) -> tuple[float | None, ...]:
        return self.numbers.shares

    @property
    def answered(self) -> int:
        return self.numbers.answered


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
    ``unknown`` counts members who did not answer.
    """

    question: str
    agreement: float
    answered: int
    unknown: int
    given: tuple[int, ...]
    """The answering members' codes (see :class:`Codec`)."""
    options: tuple[str, ...]
    multiple: bool
    who: tuple[int, ...] = ()
    """The answering members (their index in the team), aligned with ``given``."""

    def chose(self, option: str) -> tuple[int, ...]:
        """The members (indexes in the team) who chose ``option``."""
        i = self.options.index(option)
        if self.multiple:
            return tuple(m for m, g in zip(self.who, self.given, strict=True) if g >> i & 1)
        return tuple(m for m, g in zip(self.who, self.given, strict=True) if g == i + 1)

    @property
    def answers(self) -> tuple[tuple[str, int], ...]:
        """How many members chose each option (options nobody chose left out)."""
        counts = [0] * (len(self.options) + 1)
        if self.multiple:
            for g in self.given:
                while g:
                    low = g & -g
                    counts[low.bit_length()] += 1  # option i is bit i: counted at i + 1
                    g ^= low
        else:
            for g in self.given:
                counts[g] += 1
        return tuple((o, n) for o, n in zip(self.options, counts[1:], strict=True) if n)


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
    standing_out: tuple[int, ...] = ()
    """Indexes of the figures that stand out of the team's mean intensities, strongest first."""
    versions: tuple[str, ...] = ()
    """The questionnaire versions its members were scored with, when more than one."""
    main_version: str | None = None
    index: int = -1
    """The organisation's index in the collector (its territory warnings are kept under it)."""
    """The version most members answered (the one the question-by-question consensus compares)."""

    @property
    def name(self) -> str:
        return self.organisation.get("name", "")

    @property
    def departement(self) -> str | None:
        return departement(self.organisation.get("insee"))

    @property
    def coverage(self) -> float:
        """The team's coverage, from its unrounded mean (:func:`~ccas_compass.model.core.coverage`)."""
        return coverage(self.answered, self.total)

    @property
    def dominant(self) -> int | None:
        """Index of the figure that stands out first (None when none does, or no practice answer)."""
        return self.standing_out[0] if self.standing_out else None

    @property
    def consensus_model(self) -> Model:
        """The questionnaire version of the questions of least consensus (the main version's)."""
        return next((m.codec.model for m in self.members if m.codec.version == self.main_version),
                    self.members[0].codec.model)

    @property
    def none_stands_out(self) -> bool:
        """Practice questions were answered (even all at 0 points), yet no figure stands out."""
        return not self.standing_out and self.answered > 0



def mean_answered(counts: Sequence[int]) -> float:
    """A team's mean number of answered practice questions (the team report's and the panorama's)."""
    return math.fsum(counts) / len(counts)


def _mean(rows: Sequence[Sequence[float | None]], width: int) -> tuple[float | None, ...]:
    """Per column, the mean of the rows (rows with None left out); None when no row has a value."""
    out: list[float | None] = []
    for i in range(width):
        column = [v for r in rows if (v := r[i]) is not None]
        out.append(math.fsum(column) / len(column) if column else None)
    return tuple(out)


def _stated_mean(rows: Sequence[tuple[float, ...] | None], width: int) -> tuple[float, ...] | None:
    given = [r for r in rows if r is not None]
    if not given:
        return None
    return tuple(math.fsum(r[i] for r in given) / len(given) for i in range(width))


def disagreements(codec: Codec, members: Sequence[Member]) -> tuple[tuple[Disagreement, ...], float | None]:
    """Per practice question answered by two members or more, their agreement; the least first."""
    found: list[tuple[float, int, Disagreement]] = []
    agreements: list[float] = []
    if len(members) < 2:
        return (), None
    width = len(codec.practice)
    columns = zip(*(m.codes[:width] for m in members), strict=True)  # per question, every member's code
    everyone = tuple(range(len(members)))
    for position, ((qid, options, multiple), column) in enumerate(zip(codec.practice, columns, strict=True)):
        if 0 in column:
            who = tuple(i for i, c in enumerate(column) if c)
            given = tuple(column[i] for i in who)
        else:  # everyone answered (the common case)
            who, given = everyone, tuple(column)
        m = len(given)
        if m < 2:
            continue
        if given.count(given[0]) == m:  # all the same answer: full agreement, nothing to list
            agreements.append(1.0)
            continue
        if multiple:
            total = 0.0
            for i in range(m):
                a = given[i]
                for j in range(i + 1, m):
                    b = given[j]
                    total += (a & b).bit_count() / (a | b).bit_count()
            agreement = total / (m * (m - 1) / 2)
        else:
            agreement = sum(c * (c - 1) for c in map(given.count, set(given))) / (m * (m - 1))
        agreements.append(agreement)
        if agreement < 1.0:
            disagreement = Disagreement(qid, agreement, m, len(members) - m, given, options, multiple, who)
            found.append((agreement, position, disagreement))
    found.sort(key=lambda item: (item[0], item[1]))
    mean = math.fsum(agreements) / len(agreements) if agreements else None
    return tuple(d for _, _, d in found), mean



def _members(collector: Collector, respondents: Sequence[int]) -> list[Member]:
    return [
        Member(
            source=collector.source_name(collector.sources[r]),
            role=collector._value("role", collector.roles[r]),
            date=collector._value("date", collector.dates[r]),
            questionnaire_version=collector._value("version", collector.versions[r]),
            codes=(codes := collector.codes_of(r)),
            numbers=collector.numbers_of(r, codes),
            codec=(codec := collector.codec_of(r)),
            texts=(texts := notes_of(collector.notes.get(r), collector.note_ids_of(codec))),
            notes="\n".join(texts.values()) or None,
        )
        for r in respondents
    ]


def build_team(collector: Collector, org: int, respondents: Sequence[int]) -> Team:
    """Score and aggregate one organisation's members."""
    model = collector.model
    width = len(model.figure_ids)
    members = _members(collector, respondents)
    spreads: list[Spread | None] = []
    for i in range(width):
        column = [s for m in members if (s := m.practice[i]) is not None]
        spreads.append(Spread(min(column), max(column)) if len(column) >= 2 else None)
    main = _main_codec(members)
    comparable = [i for i, m in enumerate(members) if m.codec is main]
    found, agreement = disagreements(main, [members[i] for i in comparable])
    if len(comparable) < len(members):  # member indexes back into the whole team
        found = tuple(replace(d, who=tuple(comparable[i] for i in d.who)) for d in found)
    intensity = _mean([m.numbers.intensities for m in members], width)
    answered = mean_answered([m.answered for m in members])
    team_coverage = coverage(answered, collector.practice_total)
    versions = sorted({m.codec.version for m in members})
    own = main.model if len(versions) == 1 else model  # a mixed team: the current version's rule
    return Team(
        key=team_key(collector.organisation(org)) + collector.key_suffixes[org],
        organisation=collector.organisation(org),
        names=(collector.names[org], *collector.other_names.get(org, ())),
        members=tuple(members),
        practice=_mean([m.practice for m in members], width),
        intensity=intensity,
        declared=_stated_mean([m.numbers.declared for m in members], width),
        ambition=_stated_mean([m.numbers.ambition for m in members], width),
        answered=answered,
        total=collector.practice_total,
        spreads=tuple(spreads),
        disagreements=found,
        agreement=agreement,
        standing_out=standing_indexes(model, intensity, team_coverage, own.questionnaire.standing_out),
        versions=tuple(versions) if len(versions) > 1 else (),
        main_version=main.version,
        index=org,
    )


def _main_codec(members: Sequence[Member]) -> Codec:
    """The codec (questionnaire version) most of a team's members were read with: only they can be
    compared question by question (the first member's on a tie)."""
    counts: dict[int, int] = {}
    for m in members:
        counts[id(m.codec)] = counts.get(id(m.codec), 0) + 1
    return max(members, key=lambda m: counts[id(m.codec)]).codec


def standing_indexes(
    model: Model, intensity: Sequence[float | None], coverage: float, rule: StandingOutRule | None = None
) -> tuple[int, ...]:
    """The figures (indexes in model order) that stand out of these intensities, strongest first
    (``rule``: the questionnaire version's own, by default the model's)."""
    ids = model.figure_ids
    found = standing_out(dict(zip(ids, intensity, strict=True)), rule or model.questionnaire.standing_out,
                         coverage)
    return tuple(ids.index(fid) for fid in found)


def teams(collector: Collector) -> Iterator[Team]:
    """Every team in report order, one at a time (nothing kept: memory stays flat while writing)."""
    order, start = collector.grouped()
    for org in collector.report_order():
        yield build_team(collector, org, order[start[org] : start[org + 1]])


def panorama(collector: Collector) -> Panorama:
    """The panorama of every organisation collected: a light pass (mean profiles only, no team
    details), since peer medians are needed before the first team is written out."""
    q = collector.model.questionnaire
    orders = {x.id: [o.id for o in x.options] for x in q.profile if x.id in PanoramaBuilder.DIMENSIONS}
    builder = PanoramaBuilder(collector.model.figure_ids, orders, rule=q.standing_out,
                              capacity=collector.organisations)
    order, start = collector.grouped()
    width = len(collector.model.figure_ids)
    for org in collector.org_ids():
        numbers = [collector.numbers_of(r) for r in order[start[org] : start[org + 1]]]
        labels = {"departement": departement(collector.insee[org] or None), **collector.organisation(org)}
        band = collector.territory.reference_band(labels) if collector.territory is not None else None
        if band is not None:  # the referential's band when the code is known, as in « Représentativité »
            labels["population"] = band
        builder.add_profile(
            len(numbers),
            _mean([n.shares for n in numbers], width),
            _stated_mean([n.declared for n in numbers], width),
            _stated_mean([n.ambition for n in numbers], width),
            labels,
            coverage(mean_answered([n.answered for n in numbers]), collector.practice_total),
            intensity=_mean([n.intensities for n in numbers], width),
        )
    return builder.build()


# ── results for the report renderers ─────────────────────────────────────────────────────────────


def member_result(model: Model, team: Team, member: Member) -> Result:
    """One member's full result (with the "why"), as ``assess`` would give it for their file (scored
    with the questionnaire version the member was read with)."""
    from ccas_compass.scoring.mix import score

    current, model = model, member.codec.model
    values: dict[str, AnswerValue] = {**member.values, **member.texts}
    answers = Answers(
        organisation=team.organisation,
        values=values,
        questionnaire_id=model.questionnaire.id,
        questionnaire_version=member.questionnaire_version,
        respondent={"role": member.role} if member.role else {},
        date=member.date,
        source=member.source,
    )
    result = score(model, answers)
    if current is not model:
        from ccas_compass.scoring.versions import Shelf, with_version_note

        result = with_version_note(result, Shelf(current, None))
    return result


def team_result(model: Model, team: Team) -> Result:
    """The team as one result: mean profiles, mean coverage; no "why" (it belongs to each member)."""
    if len(team.members) == 1:
        return member_result(model, team, team.members[0])
    from ccas_compass.scoring.mix import version_warnings

    figure_ids = model.figure_ids
    practice = tuple(
        FigureScore(fid, team.intensity[i], team.practice[i], 0, 0, 0, 0, ())
        for i, fid in enumerate(figure_ids)
    )

    def stated(values: tuple[float, ...] | None) -> tuple[DeclaredShare, ...] | None:
        if values is None:
            return None
        return tuple(DeclaredShare(f, v) for f, v in zip(figure_ids, values, strict=True))

    current = model
    if not team.versions:  # every member on one version: the team is scored with it, and says so
        model = team.members[0].codec.model
    q = model.questionnaire
    dates = [m.date for m in team.members if m.date]
    warnings: list[Problem] = []
    for member in team.members:
        probe = Answers(team.organisation, {}, q.id, member.questionnaire_version)
        for problem in version_warnings(member.codec.model.questionnaire, probe):
            if problem not in warnings:
                warnings.append(problem)
    if team.versions:
        versions = ", ".join(team.versions)
        warnings.append(Problem("team_versions_mixed", {"versions": versions, "version": team.main_version}))
    standing = tuple(figure_ids[i] for i in team.standing_out)
    result = Result(
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
        standing_out=standing,
        standing_out_rule=q.standing_out,
        standing_out_reason=reason_of({s.id: s.intensity for s in practice}, q.standing_out,
                                      coverage(team.answered, team.total), round(team.answered), standing),
        mean_answered=team.answered,
    )
    if model is current:
        return result
    from ccas_compass.scoring.versions import Shelf, with_version_note

    return with_version_note(result, Shelf(current, None))
