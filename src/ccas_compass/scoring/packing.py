"""A respondent's scored answers packed into a few bytes, and scored straight from them.

A batch keeps tens of thousands of respondents: one byte per question instead of a dictionary of
strings. :meth:`Codec.numbers` scores packed answers with the arithmetic of
:func:`~ccas_compass.scoring.mix.score` (a test checks they agree to the last bit).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ccas_compass.model.core import AnswerValue, Model
from ccas_compass.scoring.mix import Numbers, mix_values

FIELD = 24
"""Bits per counter in the packed scoring tables of :class:`Codec`."""


class Codec:
    """A respondent's scored answers packed into bytes and back, losslessly.

    One byte per practice question (0 unanswered; single: option index + 1; multiple: a bit per
    option), then one byte per allocation statement (points, 255 meaning unanswered). A model whose
    questions do not fit (more than 8 options in a multiple choice…) is packed into a tuple instead.
    """

    def __init__(self, model: Model) -> None:
        q = model.questionnaire
        self.model = model
        self.version = q.version
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
        """Tables to score packed answers directly, with :func:`~ccas_compass.scoring.mix.score`'s arithmetic.

        Each (question, code) is turned once into one integer that packs, in fields of
        :data:`FIELD` bits, the points it gives each figure, the most it could give each figure and
        a 1 for "answered": scoring a respondent is then one integer sum over the questions, the
        fields unpacked at the end. The integer sums are those of :func:`score`, so are the floats.

        A single choice has a table of its options; a multiple choice, the packed points of each
        option (linear in the number of options, never a table of the 2ⁿ combinations): a
        combination's integer is computed from its ticks the first time it is seen, then remembered.
        """
        figure = {fid: i for i, fid in enumerate(model.figure_ids)}
        n = self.figures = len(figure)

        def packed(obtained: Sequence[int], attainable: Sequence[int]) -> int:
            value = 1 << (FIELD * 2 * n)  # answered
            for i in range(n):
                value |= obtained[i] << (FIELD * i) | attainable[i] << (FIELD * (n + i))
            return value

        self._tables: list[tuple[int, ...] | _Ticks] = []
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
                base = packed([0] * n, best)  # answered, and the most it could give
                ticks = tuple(packed(g, [0] * n) - packed([0] * n, [0] * n) for g in gives)
                self._tables.append(_Ticks(base, ticks))
            else:
                self._tables.append((0, *(packed(g, best) for g in gives)))  # 0: unanswered
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
        """The numbers :func:`~ccas_compass.scoring.mix.score` gives for the decoded answers, computed
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

        return Numbers(shares, tuple(intensities), shares_of("declared"), shares_of("ambition"), answered)

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


class _Ticks(dict[int, int]):
    """A multiple choice's scoring "table": code (a bit per option) → packed integer, each computed
    from the options' packed points on first use (a few distinct codes per question in practice)."""

    def __init__(self, base: int, ticks: tuple[int, ...]) -> None:
        super().__init__({0: 0})  # unanswered
        self.base = base
        self.ticks = ticks

    def __missing__(self, code: int) -> int:
        value = self.base
        for bit, points in enumerate(self.ticks):
            if code >> bit & 1:
                value += points
        self[code] = value
        return value

    def __reduce__(self) -> tuple[type[_Ticks], tuple[int, tuple[int, ...]]]:
        return (_Ticks, (self.base, self.ticks))
