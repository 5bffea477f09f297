"""Many respondents → teams (one per organisation) → a panorama. Pure: no I/O, no printing.

A UDCCAS may feed tens of thousands of respondents. :class:`Collector` keeps, per respondent, only
a few bytes (the chosen options packed by :class:`Codec`, a packed source reference, the role), so
that memory grows with the number of organisations rather than with what was read; the numbers are
recomputed from those bytes by :meth:`Codec.numbers` when a team is finalised,
exactly as :func:`~ccas_compass.scoring.score` would compute them from the answers file.

Privacy rule of the panorama: a group (département, density level, population band) of fewer than
:data:`MIN_GROUP` organisations is never shown on its own; such groups are merged into "autres",
itself hidden if still too small, so that no single CCAS can be read out of an aggregate.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .errors import Problem
from .model import Answers, AnswerValue, DeclaredShare, FigureScore, Model, Result, departement
from .scoring import Numbers, mix_values

MIN_GROUP = 3
"""Smallest number of organisations an aggregate may show (peer medians included)."""
LEAST_CONSENSUS = 5
"""How many questions of least consensus a team report lists."""
AGREEMENT_LEVELS = (5.0, 10.0)
"""Spread (max − min, in points of share) under which a team agrees strongly, then moderately."""
OTHERS = "autres"
UNKNOWN = "non_renseigne"
ROW_SHIFT = 2**32
FIELD = 24
"""Bits per counter in the packed scoring tables of :class:`Codec`."""


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
        self._compile(model)

    def _compile(self, model: Model) -> None:
        """Tables to score packed answers directly, with :func:`~ccas_compass.scoring.score`'s arithmetic.

        Each (question, code) is turned once into one integer that packs, in fields of
        :data:`FIELD` bits, the points it gives each figure, the most it could give each figure and
        a 1 for "answered": scoring a respondent is then one integer sum over the questions, the
        fields unpacked at the end. The integer sums are those of :func:`score`, so are the floats.
        """
        figure = {fid: i for i, fid in enumerate(model.figure_ids)}
        n = self.figures = len(figure)

        def packed(obtained: Sequence[int], attainable: Sequence[int]) -> int:
            value = 1 << (FIELD * 2 * n)  # answered
            for i in range(n):
                value |= obtained[i] << (FIELD * i) | attainable[i] << (FIELD * (n + i))
            return value

        self._tables: list[tuple[int, ...]] = []
        for question in model.questionnaire.practice_questions:
            best = [0] * n
            for f, b in question.attainable.items():
                if f in figure:
                    best[figure[f]] = b
            gives = []
            for o in question.options:
                vector = [0] * n
                for f, w in o.weights.items():
                    if f in figure:
                        vector[figure[f]] += w
                gives.append(vector)
            if question.type == "multiple":
                table = []
                for code in range(1 << len(gives)):
                    ticked = [g for bit, g in enumerate(gives) if code >> bit & 1]
                    table.append(packed([sum(g[i] for g in ticked) for i in range(n)], best))
            else:
                table = [packed(g, best) for g in gives]
                table.insert(0, 0)
            table[0] = 0  # unanswered
            self._tables.append(tuple(table))
        total_best = sum(question.attainable.get(f, 0) for question in model.questionnaire.practice_questions
                         for f in figure)
        if total_best >= 1 << FIELD:  # pragma: no cover - a model a thousand times larger than ours
            raise ValueError("model too large for packed scoring")
        self._stated: list[tuple[str | None, tuple[tuple[tuple[int, int, int], ...], ...]]] = []
        for question in model.questionnaire.questions:
            if question.type != "allocation":
                continue
            parts = []
            for o in question.options:
                weight_sum = sum(w for f, w in o.weights.items() if f in figure)
                parts.append(
                    tuple((figure[f], w, weight_sum) for f, w in o.weights.items() if f in figure)
                    if weight_sum else ()
                )
            self._stated.append((question.profile, tuple(parts)))

    def numbers(self, codes: Sequence[int]) -> Numbers:
        """The numbers :func:`~ccas_compass.scoring.score` gives for the decoded answers, computed
        from the codes (the same sums, in the same order)."""
        n = self.figures
        total = 0
        for table, code in zip(self._tables, codes, strict=False):
            total += table[code]
        mask = (1 << FIELD) - 1
        obtained = [total >> (FIELD * i) & mask for i in range(n)]
        attainable = [total >> (FIELD * (n + i)) & mask for i in range(n)]
        answered = total >> (FIELD * 2 * n)
        intensities = [100.0 * obtained[i] / attainable[i] if attainable[i] else None for i in range(n)]
        shares = mix_values(intensities)
        stated: dict[str | None, tuple[list[float], list[float]]] = {
            "declared": ([0.0] * n, [0.0]), "ambition": ([0.0] * n, [0.0]),
        }
        position = len(self._tables)
        for profile, parts in self._stated:
            given_all = codes[position : position + len(parts)]
            position += len(parts)
            if profile not in stated or given_all[0] == 255:
                continue
            points, total_points = stated[profile]
            for given, option_parts in zip(given_all, parts, strict=True):
                if not given:
                    continue
                for i, w, weight_sum in option_parts:
                    points[i] += given * w / weight_sum
                total_points[0] += given

        def shares_of(profile: str) -> tuple[float, ...] | None:
            points, total_points = stated[profile]
            if total_points[0] <= 0:
                return None
            return tuple(100.0 * p / total_points[0] for p in points)

        return shares, tuple(intensities), shares_of("declared"), shares_of("ambition"), answered

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


class Texts:
    """Many strings kept as one UTF-8 blob with their end offsets: no Python object per string."""

    def __init__(self) -> None:
        self._blob = bytearray()
        self._ends = array("Q")

    def append(self, text: str) -> None:
        self._blob += text.encode("utf-8")
        self._ends.append(len(self._blob))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        start = self._ends[index - 1] if index else 0
        return self._blob[start : self._ends[index]].decode("utf-8")


class SparseTexts:
    """Texts for a few of many positions (the notes of the respondents who wrote one)."""

    def __init__(self) -> None:
        self._positions = array("Q")
        self._texts = Texts()

    def put(self, position: int, text: str) -> None:
        """Store ``text`` at ``position`` (positions come in increasing order)."""
        self._positions.append(position)
        self._texts.append(text)

    def get(self, position: int) -> str | None:
        at = bisect.bisect_left(self._positions, position)
        if at < len(self._positions) and self._positions[at] == position:
            return self._texts[at]
        return None


class Collector:
    """Respondents in (in any order), teams out. Memory: a few bytes per respondent, in columns.

    Per respondent: its organisation (index), its packed answers, its source (packed file index and
    row), its role, date and questionnaire version (indexes into tables of distinct values). Per
    organisation: its key, name, INSEE code and the option index of each profile answer.
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self.codec = Codec(model)
        self.practice_total = len(model.questionnaire.practice_questions)
        q = model.questionnaire
        self.profile_ids = tuple(x.id for x in q.profile)
        self._choices = {
            x.id: {o.id: i + 1 for i, o in enumerate(x.options)} for x in q.profile if x.type == "single"
        }
        self.note_ids = tuple(x.id for x in q.questions if x.type == "text")
        self.inputs: list[str] = []
        self._input_index: dict[str, int] = {}
        self.failures: list[Failure] = []
        # organisations
        self.keys: dict[str, int] = {}
        self.names = Texts()
        self.insee = Texts()  # "" when not given
        self.other_names: dict[int, list[str]] = {}
        self.choices: dict[str, array[int]] = {pid: array("B") for pid in self._choices}
        self.texts: dict[int, dict[str, str]] = {}
        # respondents
        self.org_of = array("I")
        self.codes: bytearray | list[tuple[int, ...]] = bytearray() if self.codec.compact else []
        self.sources = array("q")
        self.roles = array("I")
        self.dates = array("I")
        self.versions = array("I")
        self.notes = SparseTexts()
        self._tables: dict[str, tuple[dict[str | None, int], list[str | None]]] = {
            name: ({None: 0}, [None]) for name in ("role", "date", "version")
        }

    @property
    def respondents(self) -> int:
        return len(self.org_of)

    @property
    def organisations(self) -> int:
        return len(self.names)

    def _index_of(self, table: str, value: str | None) -> int:
        index, values = self._tables[table]
        found = index.get(value)
        if found is None:
            found = index[value] = len(values)
            values.append(value)
        return found

    def _value(self, table: str, position: int) -> str | None:
        return self._tables[table][1][position]

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
        insee = organisation.get("insee")
        name = organisation.get("name", "")
        key = insee or "\0" + normalised_name(name)  # what team_key says, in fewer bytes
        org = self.keys.get(key)
        if org is None:
            org = self.keys[key] = len(self.names)
            self.names.append(name)
            self.insee.append(insee or "")
            for pid, column in self.choices.items():
                column.append(self._choices[pid].get(organisation.get(pid, ""), 0))
        else:
            if name != self.names[org] and name not in self.other_names.get(org, ()):
                self.other_names.setdefault(org, []).append(name)
            for pid, column in self.choices.items():  # fill what earlier respondents left out
                if not column[org] and organisation.get(pid):
                    column[org] = self._choices[pid].get(organisation[pid], 0)
        for pid, value in organisation.items():
            if pid not in self._choices and pid not in ("name", "insee"):
                self.texts.setdefault(org, {}).setdefault(pid, value)
        position = len(self.org_of)
        self.org_of.append(org)
        codes = self.codec.encode(answers.values)
        if isinstance(self.codes, bytearray):
            self.codes += codes  # type: ignore[arg-type]
        else:
            self.codes.append(codes)  # type: ignore[arg-type]
        self.sources.append(self.source_ref(path, row))
        self.roles.append(self._index_of("role", answers.respondent.get("role")))
        self.dates.append(self._index_of("date", answers.date))
        self.versions.append(self._index_of("version", answers.questionnaire_version))
        notes = [str(answers.values[n]) for n in self.note_ids if answers.values.get(n)]
        if notes:
            self.notes.put(position, "\n".join(notes))

    def codes_of(self, respondent: int) -> Sequence[int]:
        if isinstance(self.codes, bytearray):
            width = self.codec.width
            return self.codes[respondent * width : (respondent + 1) * width]
        return self.codes[respondent]

    def organisation(self, org: int) -> dict[str, str]:
        """The profile of an organisation, as option ids and texts."""
        out: dict[str, str] = {"name": self.names[org]}
        insee = self.insee[org] or None
        if insee:
            out["insee"] = insee
        for pid, column in self.choices.items():
            if column[org]:
                out[pid] = self.model.questionnaire.profile_question(pid).options[column[org] - 1].id  # type: ignore[union-attr]
        out.update(self.texts.get(org, {}))
        return {pid: out[pid] for pid in self.profile_ids if pid in out}

    def grouped(self) -> tuple[array[int], array[int]]:
        """Respondents ordered by organisation (a counting sort): ``order`` and each organisation's
        ``start`` in it (``start[org]`` to ``start[org + 1]``), reading order kept within one."""
        count = self.organisations
        start = array("I", bytes(4 * (count + 1)))
        for org in self.org_of:
            start[org + 1] += 1
        for org in range(count):
            start[org + 1] += start[org]
        fill = array("I", start)
        order = array("I", bytes(4 * len(self.org_of)))
        for respondent, org in enumerate(self.org_of):
            order[fill[org]] = respondent
            fill[org] += 1
        return order, start

    def report_order(self) -> list[int]:
        """Organisations in report order: by département, then name."""
        return sorted(
            range(self.organisations),
            key=lambda org: f"{departement(self.insee[org]) or '~'}\0{normalised_name(self.names[org])}",
        )


# ── teams ────────────────────────────────────────────────────────────────────────────────────────


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

    @property
    def values(self) -> dict[str, AnswerValue]:
        """The scored answers (decoded from the packed codes)."""
        return self.codec.decode(self.codes)

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
        if self.multiple:
            counts = [sum(1 for g in self.given if g >> i & 1) for i in range(len(self.options))]
        else:
            counts = [sum(1 for g in self.given if g == i + 1) for i in range(len(self.options))]
        return tuple((o, n) for o, n in zip(self.options, counts, strict=True) if n)


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
        return dominant(self.practice)


def dominant(practice: Sequence[float | None]) -> int | None:
    if not practice or practice[0] is None:
        return None
    shares = [s or 0.0 for s in practice]
    return shares.index(max(shares))


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
    for position, ((qid, options, multiple), column) in enumerate(zip(codec.practice, columns, strict=True)):
        who = tuple(i for i, c in enumerate(column) if c)
        given = tuple(column[i] for i in who)
        m = len(given)
        if m < 2:
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
            counts = [0] * (len(options) + 1)
            for g in given:
                counts[g] += 1
            agreement = sum(c * (c - 1) for c in counts) / (m * (m - 1))
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
            numbers=collector.codec.numbers(codes),
            codec=collector.codec,
            notes=collector.notes.get(r),
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
    found, agreement = disagreements(collector.codec, members)
    return Team(
        key=_key(collector, org),
        organisation=collector.organisation(org),
        names=(collector.names[org], *collector.other_names.get(org, ())),
        members=tuple(members),
        practice=_mean([m.practice for m in members], width),
        intensity=_mean([m.numbers[1] for m in members], width),
        declared=_stated_mean([m.numbers[2] for m in members], width),
        ambition=_stated_mean([m.numbers[3] for m in members], width),
        answered=math.fsum(m.answered for m in members) / len(members),
        total=collector.practice_total,
        spreads=tuple(spreads),
        disagreements=found,
        agreement=agreement,
    )


def _key(collector: Collector, org: int) -> str:
    insee = collector.insee[org]
    return "insee:" + insee if insee else "nom:" + normalised_name(collector.names[org])  # = team_key


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
    builder = PanoramaBuilder(collector.model.figure_ids, orders)
    order, start = collector.grouped()
    width = len(collector.model.figure_ids)
    for org in range(collector.organisations):
        numbers = [collector.codec.numbers(collector.codes_of(r)) for r in order[start[org] : start[org + 1]]]
        labels = {"departement": departement(collector.insee[org] or None), **collector.organisation(org)}
        total = collector.practice_total
        coverage = 100.0 * math.fsum(n[4] for n in numbers) / len(numbers) / total if total else 0.0
        builder.add_profile(
            len(numbers),
            _mean([n[0] for n in numbers], width),
            _stated_mean([n[2] for n in numbers], width),
            _stated_mean([n[3] for n in numbers], width),
            labels,
            coverage,
        )
    return builder.build()


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
    low_coverage: int = 0
    """Organisations whose respondents answered, on average, less than the report's low-coverage
    threshold of the practice questions: their shares rest on few answers."""


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

    def __init__(self, figure_ids: Sequence[str], orders: Mapping[str, Sequence[str]] | None = None) -> None:
        """``orders``: per dimension, its values in reading order (the questionnaire's options:
        population bands from small to large…); other values follow in alphabetical order."""
        self.figure_ids = tuple(figure_ids)
        self.orders = {d: {v: i for i, v in enumerate(values)} for d, values in (orders or {}).items()}
        self.width = len(figure_ids)
        self.values = array("d")  # per team: practice, declared, ambition shares (NaN: none)
        self.respondents = array("l")
        self.dominant = array("b")
        self.low = array("b")
        self.labels: dict[str, array[int]] = {d: array("I") for d in self.DIMENSIONS}
        self._label_ids: dict[str, dict[str, int]] = {d: {} for d in self.DIMENSIONS}

    def add(self, team: Team) -> None:
        labels = {"departement": team.departement, **team.organisation}
        self.add_profile(len(team.members), team.practice, team.declared, team.ambition, labels,
                         team.coverage)

    def add_profile(
        self,
        respondents: int,
        practice: Sequence[float | None],
        declared: Sequence[float] | None,
        ambition: Sequence[float] | None,
        labels: Mapping[str, str | None],
        coverage: float = 100.0,
    ) -> None:
        """One organisation: its number of respondents, mean profiles, group labels and coverage."""
        from .report import LOW_COVERAGE

        self.low.append(1 if coverage < LOW_COVERAGE else 0)
        nan = math.nan
        self.values.extend(nan if v is None else v for v in practice)
        self.values.extend(declared if declared is not None else (nan,) * self.width)
        self.values.extend(ambition if ambition is not None else (nan,) * self.width)
        self.respondents.append(respondents)
        lead = dominant(practice)
        self.dominant.append(-1 if lead is None else lead)
        for dimension in self.DIMENSIONS:
            ids = self._label_ids[dimension]
            label = labels.get(dimension) or UNKNOWN
            self.labels[dimension].append(ids.setdefault(label, len(ids)))

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
            low_coverage=sum(self.low[t] for t in members),
        )

    def build(self) -> Panorama:
        count = len(self.respondents)
        overall = self._group("all", "all", range(count)) if count >= MIN_GROUP else None
        groups: dict[str, tuple[Group, ...]] = {}
        hidden: dict[str, int] = {}
        for dimension in self.DIMENSIONS:
            by_value: dict[str, array[int]] = {}
            names = {i: label for label, i in self._label_ids[dimension].items()}
            for t, label_id in enumerate(self.labels[dimension]):
                by_value.setdefault(names[label_id], array("I")).append(t)
            shown: list[tuple[str, array[int]]] = []
            others = array("I")
            rank = self.orders.get(dimension, {})
            for value in sorted(by_value, key=lambda v: (v == UNKNOWN, rank.get(v, len(rank)), v)):
                members = by_value[value]
                if len(members) >= MIN_GROUP:
                    shown.append((value, members))
                else:
                    others += members
            # "autres" must itself reach MIN_GROUP, or everyone minus the groups shown would single out
            # the organisations left: merge the smallest groups into it until it does
            while others and len(others) < MIN_GROUP and shown:
                smallest = min(range(len(shown)), key=lambda i: (len(shown[i][1]), -i))
                others += shown.pop(smallest)[1]
            if others and len(others) < MIN_GROUP:
                hidden[dimension] = len(others)
            elif others and shown:
                shown.append((OTHERS, array("I", sorted(others))))
            # (everything merged: one group of everyone, which the overall figures already show)
            groups_built = [self._group(dimension, value, members) for value, members in shown]
            groups[dimension] = tuple(groups_built)
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
    own = team.departement or UNKNOWN
    for candidate in panorama.groups.get("departement", ()):
        if candidate.value == own and own not in (OTHERS, UNKNOWN):
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
