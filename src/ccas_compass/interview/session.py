"""The interview as a pure state machine: which question comes next, and what each move does.

No terminal here. An :class:`Asker` (the terminal in :mod:`ccas_compass.interview.asker`, a scripted fake
in the tests) shows a :class:`Step` and returns an answer or a :class:`Move`; the session checks the
answer with the same rules as an answers file, stores it, and calls ``save`` after every answer so
that an interruption loses nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal, Protocol

from ccas_compass.answers import check
from ccas_compass.errors import Problem
from ccas_compass.model.core import I18n, Model, Option, Question, Questionnaire, Theme

Section = Literal["organisation", "respondent", "answers"]

ROLES = ("elu", "direction", "cadre", "agent", "administrateur", "equipe")
"""The roles offered for "who answers?" (any other text may be typed)."""


def role_question() -> Question:
    """"Who answers?": a text stored in ``respondent.role``, with the usual roles as suggestions."""
    from ccas_compass.i18n import message

    def both(key: str) -> I18n:
        return I18n(message(key, "fr"), message(key, "en"))

    options = tuple(Option(role, both(f"role_{role}")) for role in ROLES)
    return Question("role", "text", both("role_question"), help=both("role_help"), options=options)


class Move(Enum):
    BACK = "back"
    DONT_KNOW = "dont_know"
    STOP = "stop"


@dataclass(frozen=True)
class Step:
    """One prompt: a profile or scored question, its place in the interview and its theme."""

    section: Section
    question: Question
    number: int
    total: int
    theme: Theme | None
    questionnaire: Questionnaire | None = field(default=None, repr=False, compare=False)
    """The questionnaire the step belongs to (what a hook may need: the population bands…)."""

    @property
    def key(self) -> str:
        return f"{self.section}.{self.question.id}"


@dataclass
class After:
    """What a hook says after an answer, when a single note is not enough."""

    notes: list[Problem] = field(default_factory=list)
    retry: bool = False
    """Ask the same step again (e.g. an unknown INSEE code, refused once): the answer stays stored and
    lands in ``session.refused``, so that the hook can keep it when it is given again."""


Note = Callable[[Step, Any, "Session"], "Problem | After | None"]
"""Called after an answer is stored, with the step, the value and the session: returns a note to show
(e.g. the commune an INSEE code names), an :class:`After` (several notes, or ask again) or None. It may
change the stored answer (today's code for an old one), and propose answers for later steps through
``session.proposed`` (e.g. the population band of that commune), which start as the cursor's place."""

NOTES: dict[str, Note] = {}
"""Per step key (``organisation.insee``), a hook called after the answer is stored: what it returns
is shown to the user. Other modules register theirs (see :func:`after_answer`); a profile question
without one gets the commune referential's (:func:`_territory_note`)."""


def after_answer(key: str) -> Callable[[Note], Note]:
    """Register ``note`` to run after the answer to step ``key`` (``organisation.insee``…)."""

    def register(note: Note) -> Note:
        NOTES[key] = note
        return note

    return register


class Asker(Protocol):
    def ask(self, step: Step, current: Any) -> Any:
        """Show the step (with ``current`` as the default) and return an answer or a Move."""

    def notify(self, problem: Problem) -> None:
        """Tell the user something (an answer refused, the département of a code…)."""


class Stopped(Exception):
    """The user chose to stop; the draft holds every answer given so far."""


def steps(q: Questionnaire) -> list[Step]:
    """Profile questions first, then who answers, then the questionnaire in file order, numbered
    together."""
    items: list[tuple[Section, Question]] = [("organisation", x) for x in q.profile]
    items.append(("respondent", role_question()))
    items += [("answers", x) for x in q.questions]
    total = len(items)
    return [
        Step(section, question, number, total, q.theme(question.theme), q)
        for number, (section, question) in enumerate(items, start=1)
    ]


@dataclass
class Session:
    """Answers given so far, in the shape of an answers file, and which steps were asked."""

    questionnaire_id: str
    questionnaire_version: str
    organisation: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)
    respondent: dict[str, str] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    lang: str = "fr"
    """The interview's language, kept in the draft so that it resumes in the same language."""
    proposed: dict[str, Any] = field(default_factory=dict)
    """Answers proposed by a note (per step key), shown as the default until the step is asked."""
    refused: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """Answers a hook refused once in this run (per step key); not kept in the draft."""

    @classmethod
    def new(cls, model: Model, lang: str = "fr") -> Session:
        q = model.questionnaire
        return cls(q.id, q.version, lang=lang)

    def _target(self, step: Step) -> dict[str, Any]:
        if step.section == "respondent":
            return self.respondent
        return self.organisation if step.section == "organisation" else self.answers

    def value(self, step: Step) -> Any:
        return self._target(step).get(step.question.id)

    def store(self, step: Step, value: Any) -> None:
        target = self._target(step)
        if value is None and step.section == "respondent":
            target.pop(step.question.id, None)
        else:
            target[step.question.id] = value
        if step.key not in self.asked:
            self.asked.append(step.key)

    def prefill(self, model: Model, **values: str | None) -> list[Problem]:
        """Profile answers given on the command line (``--organisation``, ``--insee``)."""
        problems: list[Problem] = []
        for step in steps(model.questionnaire):
            given = values.get(step.question.id)
            if step.section == "organisation" and given is not None:
                path = ("organisation", step.question.id)
                checked = check.check_profile_value(given, step.question, path, problems)
                if checked is not None:
                    self.store(step, checked)
        if self.organisation.get("insee") and not problems:  # today's code, the band to propose
            from ccas_compass.territory.profile import review

            verdict = review(model.questionnaire, "insee", self.organisation, self.organisation["insee"])
            self.take(verdict.updates, "insee")  # as in the interview: a band proposed, not answered
        return problems

    def take(self, updates: dict[str, Any], answered: str) -> None:
        """A review's updates: today's code in place of the profile answer ``answered``; any other
        (a population band) proposed as its question's default, for the team to confirm — a CIAS
        answered later can then propose its EPCI's band instead."""
        for key, proposed in updates.items():
            if key == answered:
                self.organisation[key] = proposed
            else:
                self.proposed[f"organisation.{key}"] = proposed

    def first_unasked(self, all_steps: list[Step]) -> int:
        for index, step in enumerate(all_steps):
            if step.key not in self.asked:
                return index
        return len(all_steps)

    def document(self, today: dt.date | None = None) -> dict[str, Any]:
        """The answers file this session amounts to (``null`` where the answer was "don't know")."""
        return {
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "organisation": {k: v for k, v in self.organisation.items() if v is not None},
            **({"respondent": dict(self.respondent)} if self.respondent else {}),
            "date": (today or dt.date.today()).isoformat(),
            "answers": {k: _plain(v) for k, v in self.answers.items()},
        }


def _territory_note(step: Step, value: Any, session: Session) -> After:
    """The default hook after a profile answer, what the commune referential says (issue 12): the
    review's notes; an unknown code asked again once (given again, it is kept); today's code stored
    in place of an old one; a band proposed as the population question's default (never over a band
    the team already gave)."""
    from ccas_compass.territory.profile import review

    if step.questionnaire is None:
        return After()
    prefix = "organisation."
    asked = frozenset(k[len(prefix):] for k in session.asked if k != step.key and k.startswith(prefix))
    verdict = review(step.questionnaire, step.question.id, session.organisation,
                     session.refused.get(step.key), asked=asked)
    session.take(verdict.updates, step.question.id)
    return After(verdict.notes, retry=verdict.retry)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def run(
    model: Model,
    session: Session,
    asker: Asker,
    save: Callable[[Session], None],
    *,
    start: int | None = None,
) -> Session:
    """Ask every step from ``start`` (default: the first not yet asked) to the end.

    Raises :class:`Stopped` when the user stops; ``save`` has been called after every answer.
    """
    all_steps = steps(model.questionnaire)
    index = session.first_unasked(all_steps) if start is None else start
    while index < len(all_steps):
        step = all_steps[index]
        current = session.value(step)
        if current is None and step.key not in session.asked:
            current = session.proposed.get(step.key)
        reply = asker.ask(step, current)
        if reply is Move.STOP:
            save(session)
            raise Stopped
        if reply is Move.BACK:
            index = max(0, index - 1)
            continue
        if reply is Move.DONT_KNOW:
            if step.question.required:
                asker.notify(Problem("name_required" if step.question.id == "name" else "missing"))
                continue
            session.store(step, None)
        else:
            problems: list[Problem] = []
            path = (step.section, step.question.id)
            if step.section == "respondent":
                value: Any = " ".join(str(reply).split())[:80] or None
            elif step.section == "organisation":
                value = check.check_profile_value(reply, step.question, path, problems)
            else:
                value = check.check_value(reply, step.question, path, problems)
            if problems or value is None:
                for problem in problems or [Problem("missing", {}, path)]:
                    asker.notify(problem)
                continue
            session.store(step, value)
            hook = NOTES.get(step.key, _territory_note if step.section == "organisation" else None)
            said = hook(step, value, session) if hook is not None else None
            after = said if isinstance(said, After) else After([said] if said is not None else [])
            for note in after.notes:
                asker.notify(note)
            if after.retry:  # refused once: the answer stays, typed again a hook may keep it
                session.refused[step.key] = value
                continue
            session.refused.pop(step.key, None)
        save(session)
        index += 1
    return session
