"""Respondents in, packed: the batch's :class:`Collector` (a few bytes per respondent, in columns),
the key that tells organisations apart, the inputs that could not be scored. No I/O, but for the
notes' temporary file past 1 MiB (:mod:`ccas_compass.batch.storage`; :meth:`Collector.close`).

A UDCCAS may feed tens of thousands of respondents. :class:`Collector` keeps, per respondent, only
a few bytes (the chosen options packed by :class:`~ccas_compass.scoring.packing.Codec`, a packed source
reference, the role…), so that memory grows with the number of organisations rather than with what
was read; :mod:`ccas_compass.batch.teams` recomputes the numbers from those bytes when a team is
finalised, exactly as :func:`~ccas_compass.scoring.mix.score` would compute them from the answers file.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ccas_compass.batch.identity import clearly_different, normalised_name
from ccas_compass.batch.storage import CodeIndex, Column, Records, SparseTexts, Texts
from ccas_compass.errors import Problem
from ccas_compass.model.core import (
    Answers,
    Model,
    departement,
)
from ccas_compass.scoring.mix import Numbers
from ccas_compass.scoring.packing import Codec

ROW_SHIFT = 2**32


@dataclass(frozen=True)
class Failure:
    """An input that could not be scored, with why."""

    source: str
    problems: tuple[Problem, ...]


def team_key(organisation: Mapping[str, str]) -> str:
    """An organisation's key: its INSEE code and kind (a CIAS and the CCAS of its seat commune are
    two), else its normalised name. A second team under one code and kind (a clearly different name:
    see :mod:`ccas_compass.batch.identity`) has its name's core added by the :class:`Collector`."""
    insee = organisation.get("insee")
    if insee:
        kind = organisation.get("kind")
        return "insee:" + insee + (":" + kind if kind else "")
    return "nom:" + normalised_name(organisation.get("name", ""))


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
        self.territory: Any = None
        """A :class:`~ccas_compass.territory.checks.Reconciler`: today's codes and their warnings."""
        # organisations
        self.keys: dict[str, int] = {}  # teams without a code, by normalised name
        self.key_suffixes: list[str] = []
        self._by_code = CodeIndex()  # INSEE code → its first team (no object per code)
        self._more_by_code: dict[str, list[int]] = {}  # the other teams under a code (rare)
        self.merged: dict[int, int] = {}
        """Organisations merged into another (a member without a code joined by name)."""
        self.identity_warnings: list[Problem] = []
        """Doubts about who is who: two names under one code, a member joined by name, duplicates."""
        self.duplicates = 0
        self.duplicate_versions: dict[str, int] = {}
        """Identical duplicate submissions left out, per questionnaire version they were read with."""
        self._settled = 0
        self._grouping: tuple[array[int], array[int]] | None = None
        self.names = Texts()
        self.insee = Texts()  # "" when not given
        self.other_names: dict[int, list[str]] = {}
        self.choices: dict[str, array[int]] = {pid: array("B") for pid in self._choices}
        self.texts: dict[int, dict[str, str]] = {}
        # respondents
        self.org_of = Column()
        self.codes: Records | list[tuple[int, ...]] = (
            Records(self.codec.width) if self.codec.compact else []
        )
        self.sources = Column()
        self.roles = Column()
        self.dates = Column()
        self.versions = Column()
        self.notes = SparseTexts()
        """Free-text notes: in a temporary file beyond 1 MiB (see :mod:`.storage`); :meth:`close`."""
        # respondents read with an archived questionnaire version: their own codec and codes
        self.codecs: dict[str, Codec] = {model.questionnaire.version: self.codec}
        self.foreign: dict[int, tuple[Codec, tuple[int, ...]]] = {}
        self.scored_with: dict[str, int] = {}
        self.fingerprints = Column("I")  # organisation and respondent as given (duplicates)
        self._tables: dict[str, tuple[dict[str | None, int], list[str | None]]] = {
            name: ({None: 0}, [None]) for name in ("role", "date", "version")
        }

    @property
    def respondents(self) -> int:
        """Respondents counted (an identical duplicate submission once)."""
        self.grouped()
        return len(self.org_of) - self.duplicates

    @property
    def organisations(self) -> int:
        """Organisations (teams) counted: those a member without a code joined by name excepted."""
        self.settle()
        return len(self.names) - len(self.merged)

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

    def _kind(self, org: int) -> int:
        column = self.choices.get("kind")
        return column[org] if column is not None else 0

    def _kind_of(self, organisation: Mapping[str, str]) -> int:
        choices = self._choices.get("kind")
        return choices.get(organisation.get("kind", ""), 0) if choices is not None else 0

    def _same_code(self, insee: str, kind: int) -> list[int]:
        """The teams under ``insee`` whose kind fits ``kind`` (an unknown kind fits any)."""
        first = self._by_code.get(insee)
        if first is None:
            return []
        teams = [first, *self._more_by_code.get(insee, ())]
        return [org for org in teams if not kind or self._kind(org) in (0, kind)]

    def _find(self, organisation: Mapping[str, str], source: str) -> int | None:
        """The organisation a respondent belongs to (None: a new one). With a code: the team of that
        code and kind (an unknown kind fits any) whose name is not clearly different; without: the
        team of the same normalised name (for now: see :meth:`settle`)."""
        insee = organisation.get("insee")
        name = organisation.get("name", "")
        if not insee:
            org = self.keys.get(team_key(organisation))
            return None if org is None else self.merged.get(org, org)
        same_code = self._same_code(insee, self._kind_of(organisation))
        for org in same_code:
            if name == self.names[org] or not clearly_different(name, self.names[org]):
                return org
        if same_code:  # a typo'd code, most likely: two teams, and the user told
            params = {"insee": insee, "first": self.names[same_code[0]], "other": name}
            self.identity_warnings.append(Problem("team_code_conflict", params, file=source))
        return None

    def _new_org(self, organisation: Mapping[str, str]) -> int:
        org = len(self.names)
        insee = organisation.get("insee")
        name = organisation.get("name", "")
        suffix = ""
        if insee:
            if self._same_code(insee, self._kind_of(organisation)):  # told apart by its name
                suffix = ":" + normalised_name(name)
            if insee in self._by_code:
                self._more_by_code.setdefault(insee, []).append(org)
            else:
                self._by_code[insee] = org
        else:
            self.keys[team_key(organisation)] = org
        self.key_suffixes.append(suffix)
        self.names.append(name)
        self.insee.append(insee or "")
        for pid, column in self.choices.items():
            column.append(self._choices[pid].get(organisation.get(pid, ""), 0))
        return org

    def add(self, answers: Answers, path: str, row: int = 0, model: Model | None = None) -> None:
        """One checked respondent, read from ``path`` (at CSV ``row``, 1-based with the header);
        ``model``: the questionnaire version it was checked against, when not the current one."""
        given = answers.organisation
        if self.territory is not None:
            answers = self.territory.reconcile(answers, path, row)
        organisation = answers.organisation
        name = organisation.get("name", "")
        source = self.source_ref(path, row)
        org = self._find(organisation, self.source_name(source))
        if org is None:
            org = self._new_org(organisation)
        else:
            if name != self.names[org] and name not in self.other_names.get(org, ()):
                self.other_names.setdefault(org, []).append(name)
            for pid, column in self.choices.items():  # fill what earlier respondents left out
                if not column[org] and organisation.get(pid):
                    column[org] = self._choices[pid].get(organisation[pid], 0)
        for pid, value in organisation.items():
            if pid not in self._choices and pid not in ("name", "insee"):
                self.texts.setdefault(org, {}).setdefault(pid, value)
        if self.territory is not None:  # its warnings go to its own report too (issue 12)
            self.territory.attach(f"#{org}", given)
        position = len(self.org_of)
        self.org_of.append(org)
        codec = self.codec if model is None or model is self.model else self._codec_for(model)
        self.scored_with[codec.version] = self.scored_with.get(codec.version, 0) + 1
        if codec is self.codec:
            codes = self.codec.encode(answers.values)
        else:  # kept aside; a blank of the current width keeps every other respondent's offset
            self.foreign[position] = (codec, tuple(codec.encode(answers.values)))
            codes = bytes(self.codec.width) if self.codec.compact else (0,) * self.codec.width
        self.codes.append(codes)  # type: ignore[arg-type]
        self.sources.append(source)
        self.roles.append(self._index_of("role", answers.respondent.get("role")))
        self.dates.append(self._index_of("date", answers.date))
        self.versions.append(self._index_of("version", answers.questionnaire_version))
        note_ids = self.note_ids_of(codec)
        notes = {n: str(answers.values[n]) for n in note_ids if answers.values.get(n)}
        if notes:  # each text question's note kept under its own question (of its own version)
            self.notes.put(position, stored_notes(notes, note_ids))
        identity = repr((sorted(organisation.items()), sorted(answers.respondent.items())))
        digest = hashlib.blake2b(identity.encode(), digest_size=4).digest()
        self.fingerprints.append(int.from_bytes(digest, "big"))

    def close(self) -> None:
        """Delete the notes' temporary file, if any (the batch is over)."""
        self.notes.close()

    def counted_versions(self) -> dict[str, int]:
        """Respondents counted per questionnaire version (identical duplicates once, as everywhere)."""
        self.grouped()
        counts = {v: n - self.duplicate_versions.get(v, 0) for v, n in self.scored_with.items()}
        return {v: n for v, n in counts.items() if n}

    def _codec_for(self, model: Model) -> Codec:
        version = model.questionnaire.version
        codec = self.codecs.get(version)
        if codec is None:
            codec = self.codecs[version] = Codec(model)
        return codec

    def note_ids_of(self, codec: Codec) -> tuple[str, ...]:
        """The text questions of a codec's questionnaire version (its notes are stored under them)."""
        if codec is self.codec:
            return self.note_ids
        return tuple(x.id for x in codec.model.questionnaire.questions if x.type == "text")

    def codec_of(self, respondent: int) -> Codec:
        """The codec (questionnaire version) a respondent was read with."""
        foreign = self.foreign.get(respondent)
        return self.codec if foreign is None else foreign[0]

    def numbers_of(self, respondent: int, codes: Sequence[int] | None = None) -> Numbers:
        """A respondent's numbers, scored with their own version, per figure in the current order."""
        codec = self.codec_of(respondent)
        numbers = codec.numbers(self.codes_of(respondent) if codes is None else codes)
        if codec is self.codec or codec.model.figure_ids == self.model.figure_ids:
            return numbers
        return align(numbers, codec.model.figure_ids, self.model.figure_ids)

    def codes_of(self, respondent: int) -> Sequence[int]:
        foreign = self.foreign.get(respondent)
        if foreign is not None:
            return foreign[1]
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

    def settle(self) -> None:
        """Once everything is read: each team without a code joins the one coded team of the same
        normalised name (and a kind that fits), with a note; several such teams: it stays apart,
        with a warning. Idempotent; done again after new respondents."""
        if self._settled == len(self.org_of):
            return
        self._settled = len(self.org_of)
        by_name: dict[str, list[int]] = {}
        for org in range(len(self.names)):
            if self.insee[org] and org not in self.merged:
                by_name.setdefault(normalised_name(self.names[org]), []).append(org)
        moved: dict[int, int] = {}
        for org in range(len(self.names)):
            if self.insee[org] or org in self.merged:
                continue
            name = self.names[org]
            kind = self._kind(org)
            found = [t for t in by_name.get(normalised_name(name), ()) if kind in (0, self._kind(t))
                     or not self._kind(t)]
            first = self.source_name(self.sources[self.org_of.index(org)])
            if len(found) == 1:
                target = found[0]
                moved[org] = target
                params = {"name": name, "insee": self.insee[target]}
                self.identity_warnings.append(Problem("team_joined_by_name", params, file=first))
                self._absorb(org, target)
            elif len(found) > 1:
                params = {"name": name, "codes": ", ".join(self.insee[t] for t in found)}
                self.identity_warnings.append(Problem("team_name_ambiguous", params, file=first))
        if moved:
            self.merged.update(moved)
            for respondent, org in enumerate(self.org_of):
                if org in moved:
                    self.org_of[respondent] = moved[org]
        self._grouping = None

    def _absorb(self, org: int, target: int) -> None:
        """What the joining team knew that its target did not: profile answers, other names."""
        for column in self.choices.values():
            if not column[target] and column[org]:
                column[target] = column[org]
        for pid, value in self.texts.get(org, {}).items():
            self.texts.setdefault(target, {}).setdefault(pid, value)
        names = [self.names[org], *self.other_names.get(org, ())]
        for name in names:
            if name != self.names[target] and name not in self.other_names.get(target, ()):
                self.other_names.setdefault(target, []).append(name)

    def grouped(self) -> tuple[array[int], array[int]]:
        """Respondents ordered by organisation (a counting sort): ``order`` and each organisation's
        ``start`` in it (``start[org]`` to ``start[org + 1]``), reading order kept within one,
        identical duplicate submissions left out (see :meth:`_without_duplicates`).
        Computed once for both passes (the panorama's and the teams'), again after an ``add``."""
        self.settle()
        if self._grouping is None or self._grouped_at != len(self.org_of):
            self._grouping = self._group()
            self._grouped_at = len(self.org_of)
        return self._grouping

    _grouped_at = -1

    def _group(self) -> tuple[array[int], array[int]]:
        count = len(self.names)
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
        return self._without_duplicates(order, start)

    def _without_duplicates(self, order: array[int], start: array[int]) -> tuple[array[int], array[int]]:
        """Leave out, within each team, a respondent identical to an earlier one: same organisation
        and respondent as written, same date, questionnaire version, answers and notes (a file sent
        twice, a form submitted twice). Each is reported; the first is kept."""
        self.duplicates = 0
        self.duplicate_versions = {}
        self.identity_warnings = [w for w in self.identity_warnings if w.key != "duplicate_submission"]
        kept = order  # compacted in place: a respondent kept never moves after one still to read
        count = 0
        new_start = array("I", [0])
        for org in range(len(self.names)):
            seen: dict[tuple[object, ...], int] = {}
            for respondent in order[start[org] : start[org + 1]]:
                codes = self.codes_of(respondent)
                signature = (
                    self.fingerprints[respondent], self.dates[respondent], self.versions[respondent],
                    self.roles[respondent], codes if isinstance(codes, bytes) else tuple(codes),
                    self.notes.get(respondent),
                )
                first = seen.setdefault(signature, respondent)
                if first != respondent:
                    self.duplicates += 1
                    version = self.codec_of(respondent).version
                    self.duplicate_versions[version] = self.duplicate_versions.get(version, 0) + 1
                    params = {"other": self.source_name(self.sources[first])}
                    where = self.source_name(self.sources[respondent])
                    self.identity_warnings.append(Problem("duplicate_submission", params, file=where))
                else:
                    kept[count] = respondent
                    count += 1
            new_start.append(count)
        del kept[count:]
        return kept, new_start

    def report_order(self) -> array[int]:
        """Organisations in report order: by département, then name. Sorted one département at a
        time (the sort keys of one département at once, not of a national campaign's 20,000)."""
        by_departement: dict[str, array[int]] = {}
        for org in self.org_ids():
            by_departement.setdefault(departement(self.insee[org]) or "~", array("I")).append(org)
        ordered = array("I")
        for code in sorted(by_departement):
            ordered.extend(sorted(by_departement.pop(code), key=lambda org: normalised_name(self.names[org])))
        return ordered

    def org_ids(self) -> Iterator[int]:
        """Every organisation still standing on its own, in reading order."""
        self.settle()
        return (org for org in range(len(self.names)) if org not in self.merged)


def align(numbers: Numbers, from_ids: Sequence[str], to_ids: Sequence[str]) -> Numbers:
    """Numbers per figure of one version re-ordered as another version's figures (None for a figure
    the first does not know; stated profiles then dropped rather than misread)."""
    where = {fid: i for i, fid in enumerate(from_ids)}

    def pick(values: Sequence[float | None]) -> tuple[float | None, ...]:
        return tuple(values[where[f]] if f in where else None for f in to_ids)

    same = set(from_ids) == set(to_ids)

    def stated(values: tuple[float, ...] | None) -> tuple[float, ...] | None:
        return None if values is None or not same else tuple(values[where[f]] for f in to_ids)

    return Numbers(pick(numbers.shares), pick(numbers.intensities), stated(numbers.declared),
                   stated(numbers.ambition), numbers.answered)



def stored_notes(notes: Mapping[str, str], note_ids: Sequence[str]) -> str:
    """A respondent's notes as stored: the text alone when it answers the first text question (the
    common case, no byte added), else a JSON object marked by a leading NUL."""
    if len(notes) == 1 and note_ids and note_ids[0] in notes and not notes[note_ids[0]].startswith("\0"):
        return notes[note_ids[0]]
    return "\0" + json.dumps(notes, ensure_ascii=False)


def notes_of(stored: str | None, note_ids: Sequence[str]) -> dict[str, str]:
    """The notes of :func:`stored_notes`, each under its own question."""
    if stored is None:
        return {}
    if stored.startswith("\0"):
        return dict(json.loads(stored[1:]))
    return {note_ids[0]: stored}

