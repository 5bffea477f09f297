"""The interactive interview in a terminal (with :mod:`ccas_compass.interview.screens`, the interview layer:
the only code that imports prompt_toolkit).

Choice questions, ticks and the 10 points are prompt_toolkit screens of our own
(:mod:`ccas_compass.interview.screens`); free-text answers are read line by line, so that the first question
(the organisation's name) appears while prompt_toolkit is still being imported in the background.
Every answer is saved to the draft before the next question; Ctrl-C, SIGTERM or a closed terminal
(SIGHUP) leave the draft intact.

The starting cursor follows one rule on every screen: on the answer already given (going back,
resuming, or after a refused answer) or proposed (``Session.proposed``), otherwise on the first option.
Never on "don't know".
"""

from __future__ import annotations

import contextlib
import importlib
import shutil
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import message
from ccas_compass.interview import drafts
from ccas_compass.interview.session import Move, Session, Step, Stopped, run
from ccas_compass.model.core import Model, Question
from ccas_compass.typography import date_time

_DONT_KNOW, _BACK, _STOP, _OTHER = "__dont_know__", "__back__", "__stop__", "__other__"
_MOVES = {_DONT_KNOW: Move.DONT_KNOW, _BACK: Move.BACK, _STOP: Move.STOP}
_TOKENS = {"<": Move.BACK, "-": Move.DONT_KNOW, "q": Move.STOP, "Q": Move.STOP}


def is_terminal() -> bool:
    """Both ends of the conversation are a terminal (not a pipe, a file or /dev/null)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


_preloading: list[threading.Thread] = []


def preload() -> None:
    """Import the screens (prompt_toolkit) in the background while the user types the first answer.

    Started only once the first prompt is on screen, so that it does not compete with start-up.
    """
    name = f"{__package__}.screens"
    if not _preloading and name not in sys.modules:
        thread = threading.Thread(target=importlib.import_module, args=(name,), daemon=True)
        _preloading.append(thread)
        thread.start()


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 100) - 1)


class TerminalAsker:
    """Shows steps in the terminal and returns answers or moves (see :class:`session.Asker`)."""

    def __init__(
        self,
        lang: str,
        write: Callable[[str], None] | None = None,
        read_line: Callable[[str], str] = input,
    ) -> None:
        self.lang = lang
        self.write = write or (lambda text: print(text, flush=True))
        self.read_line = read_line
        self._theme: str | None = "\0"
        self._last: tuple[str, Any] | None = None
        self._refused: tuple[str, Any] | None = None
        """The step and reply last refused: asked again, the screen starts from that reply."""

    def m(self, key: str, **params: object) -> str:
        """A message of the catalogue, with French typography in French."""
        return self.t(message(key, self.lang, **params))

    def t(self, text: str) -> str:
        from ccas_compass.typography import typeset

        return typeset(text, self.lang)

    # -- output ---------------------------------------------------------------------------------
    def say(self, text: str, indent: str = "", first: str | None = None) -> None:
        """Print wrapped to the terminal, with French typography in French; ``first`` (e.g. a
        bullet) replaces the first indent."""
        from ccas_compass.typography import typeset

        for paragraph in typeset(text, self.lang).split("\n"):
            wrapped = textwrap.wrap(
                paragraph, _width(), initial_indent=indent if first is None else first,
                subsequent_indent=indent, break_on_hyphens=False,
                break_long_words=False,  # a path longer than the line stays whole, to be copied
            )
            self.write("\n".join(wrapped) if wrapped else "")

    def notify(self, problem: Problem) -> None:
        mark = "→" if problem.key in ("insee_ok", "note") or problem.key.startswith("territory_info") else "!"
        if mark == "!":
            self._refused = self._last  # asked again, the screen keeps what was given (ticks…)
        self.say(f"{mark} {problem.render(self.lang)}", "  ")

    def _header(self, step: Step, question: bool = True) -> None:
        theme_id = step.theme.id if step.theme else step.section
        if step.section == "respondent":
            theme_id = "organisation"
        if theme_id != self._theme:
            self._theme = theme_id
            title = step.theme.title.get(self.lang) if step.theme else self.m("profile_theme")
            self.write("")
            self.write(f"══ {title} " + "═" * max(3, _width() - len(title) - 4))
            if step.theme and step.theme.intro:
                self.say(step.theme.intro.get(self.lang))
        theme = step.theme.title.get(self.lang) if step.theme else self.m("profile_theme")
        self.write("")
        self.say(self.m("step_header", number=step.number, total=step.total, theme=theme))
        if question:
            self.say(step.question.text.get(self.lang))

    def _help(self, question: Question) -> None:
        self.say(self._help_text(question), "  ℹ ")

    def _help_text(self, question: Question) -> str:
        return question.help.get(self.lang) if question.help else self.m("no_help")

    def _echo(self, step: Step, lines: list[str]) -> None:
        """The question, then the answer given, whole (wrapped, never cut)."""
        self.say(step.question.text.get(self.lang))
        for line in lines:
            self.say(line, "    ", first="  → ")

    # -- asking -----------------------------------------------------------------------------------
    def ask(self, step: Step, current: Any) -> Any:
        if self._refused is not None and self._refused[0] == step.key:
            current = self._refused[1]
        self._refused = None
        kind = step.question.type
        if step.section == "respondent":
            self._header(step, question=False)
            reply = self._role(step, current)
        elif kind == "text":
            self._header(step)
            reply = self._text(step, current)
        else:
            self._header(step, question=False)
            if kind == "allocation":
                reply = self._allocation(step, current)
            else:
                reply = self._choice(step, current)
        self._last = None if isinstance(reply, Move) else (step.key, reply)
        return reply

    def _line(self, prompt: str) -> Any:
        """One line of input; a token (<, -, q, ?) becomes a move; EOF (Ctrl-D) means stop."""
        preload()
        try:
            return self.read_line(prompt).strip()
        except EOFError:
            return Move.STOP

    def _text(self, step: Step, current: Any) -> Any:
        keep = self.m("keep_current", current=current) if current else ""
        self.say(self.m("text_keys", keep=keep), "  ")
        while True:
            line = self._line("> ")
            if isinstance(line, Move):
                return line
            if line == "?":
                self._help(step.question)
                continue
            if line in _TOKENS:
                return _TOKENS[line]
            if not line:
                if current:
                    return current
                if step.question.required:
                    self.notify(Problem("name_required"))
                    continue
                return Move.DONT_KNOW
            return line

    def _actions(self, step: Step) -> list[Any]:
        from ccas_compass.interview.screens import HELP, Item

        actions = [Item(self.m("choice_dont_know"), _DONT_KNOW, action=True)]
        if step.question.help is not None:
            actions.append(Item(self.m("choice_help"), HELP, action=True))
        if step.number > 1:
            actions.append(Item(self.m("choice_back"), _BACK, action=True))
        actions.append(Item(self.m("choice_stop"), _STOP, action=True))
        return actions

    def _words(self, keys: str, question: Question | None) -> Any:
        from ccas_compass.interview.screens import Words

        return Words(
            keys=self.m(keys),
            help=self._help_text(question) if question is not None else None,
            tick_something=self._tick_something(question) if question is not None else "",
            total=lambda total, points: self.m("allocation_total_line", total=total, points=points,
                                               left=points - total),
            too_many=lambda left: self.m("allocation_too_many", left=left) if left > 0
            else self.m("allocation_none_left"),  # never « il ne reste que 0 point »
            incomplete=lambda total, points: self.m("allocation_incomplete", left=points - total),
        )

    def _tick_something(self, question: Question) -> str:
        option = question.exclusive_option
        label = option.label.get(self.lang) if option else self.m("choice_dont_know")
        return Problem("tick_something", {"none": label}).render(self.lang)

    def _action_echo(self, step: Step, value: str) -> Any:
        labels = {_DONT_KNOW: "choice_dont_know", _BACK: "choice_back", _STOP: "choice_stop"}
        self._echo(step, [self.m(labels[value])])
        return _MOVES[value]

    def _choice(self, step: Step, current: Any) -> Any:
        from ccas_compass.interview.screens import Item, pick

        question = step.question
        multiple = question.type == "multiple"
        options = [Item(self.t(o.label.get(self.lang)), o.id) for o in question.options]
        items = options + self._actions(step)
        previous = [current] if isinstance(current, str) else list(current or ())
        cursor = next((i for i, o in enumerate(options) if o.value in previous), 0)
        picked = pick(
            self.t(question.text.get(self.lang)), items,
            self._words("multiple_keys" if multiple else "single_keys", question),
            cursor=cursor, multiple=multiple, ticked=previous,
        )
        if isinstance(picked, str) and picked in _MOVES:
            return self._action_echo(step, picked)
        chosen = picked if isinstance(picked, list) else [picked]
        self._echo(step, [o.label for o in options if o.value in chosen])
        return picked

    def _role(self, step: Step, current: Any) -> Any:
        from ccas_compass.interview.screens import Item, pick

        question = step.question
        options = [Item(o.label.get(self.lang), o.label.get(self.lang)) for o in question.options]
        other = Item(self.m("role_other"), _OTHER)
        known = [o.value for o in options]
        cursor = known.index(current) if current in known else (len(options) if current else 0)
        picked = pick(self.t(question.text.get(self.lang)), [*options, other, *self._actions(step)],
                      self._words("single_keys", question), cursor=cursor)
        assert isinstance(picked, str)
        if picked in _MOVES:
            return self._action_echo(step, picked)
        if picked == _OTHER:
            self.say(question.text.get(self.lang))
            keep = self.m("keep_current", current=current) if current and current not in known else ""
            self.say(self.m("role_other_keys", keep=keep), "  ")
            line = self._line(self.m("role_other_prompt") + " ")
            if isinstance(line, Move):
                return line
            if line in _TOKENS:
                return _TOKENS[line]
            return line or (current if current and current not in known else Move.DONT_KNOW)
        self._echo(step, [picked])
        return picked

    def _allocation(self, step: Step, current: Any) -> Any:
        from ccas_compass.interview.screens import Item, allocate

        question = step.question
        points = question.points or 0
        statements = [Item(self.t(o.label.get(self.lang)), o.id) for o in question.options]
        title = self.t(question.text.get(self.lang)) + "\n" + self.m("allocation_intro", points=points)
        given = dict(current) if isinstance(current, dict) else None
        spread = allocate(title, statements + self._actions(step),
                          self._words("allocation_keys", question), points=points, given=given)
        if isinstance(spread, str):
            return self._action_echo(step, spread)
        self._echo(step, [self.m("allocation_echo", points=spread[o.value], label=o.label)
                          for o in statements if spread.get(o.value)])
        return spread


def pick_one(lang: str, title: str, labels: list[tuple[str, str]], keys: str = "end_keys") -> str:
    """One of ``labels`` (value, label) picked on a screen; Ctrl-C raises KeyboardInterrupt."""
    from ccas_compass.interview.screens import Item, Words, pick
    from ccas_compass.typography import typeset

    items = [Item(typeset(label, lang), value) for value, label in labels]
    picked = pick(typeset(title, lang), items, Words(keys=typeset(message(keys, lang), lang)))
    assert isinstance(picked, str)
    return picked


@dataclass
class Outcome:
    session: Session
    draft: Path | None
    status: str
    """``finished``, ``stopped`` (the user chose to) or ``interrupted`` (Ctrl-C, SIGTERM, SIGHUP)."""


def _draft_label(lang: str, d: drafts.DraftInfo) -> str:
    updated = date_time(d.updated, lang)  # 29 novembre 2026 à 19 h 33, not 2026-11-29T19:33:05
    return message("draft_line", lang, name=d.name, insee=d.insee, asked=d.asked, updated=updated)


def choose_draft(lang: str, explicit: Path | None) -> Path:
    """The draft to resume: the one given, the only one, or the one the user picks."""
    if explicit is not None:
        return explicit
    from ccas_compass import paths

    found = drafts.listing()
    if not found:
        raise UsageError([Problem("no_draft", {"folder": str(paths.drafts_dir())})])
    if len(found) == 1:
        return found[0].path
    labels = [(str(d.path), _draft_label(lang, d)) for d in found]
    return Path(pick_one(lang, message("pick_draft", lang), labels))


def offer_resume(lang: str) -> Path | None:
    """Drafts in progress: offer to resume one rather than start a second draft silently."""
    found = drafts.listing()
    if not found:
        return None
    labels = [(str(d.path), message("resume_this", lang, draft=_draft_label(lang, d))) for d in found]
    labels.append(("", message("start_new", lang)))
    picked = pick_one(lang, message("drafts_in_progress", lang, count=len(found)), labels)
    return Path(picked) if picked else None


class _Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, turned into the same path as Ctrl-C."""


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Interrupted

    names = ("SIGTERM", "SIGHUP")
    previous = {}
    for name in names:
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def conduct(
    model: Model,
    lang: str,
    asker: Any,
    *,
    draft: Path | None = None,
    resume: bool = False,
    prefill: dict[str, str | None] | None = None,
    lang_given: bool = True,
    offer: bool = False,
) -> Outcome:
    """Run (or resume) the interview; return the session, its draft and whether it finished.

    A resumed draft keeps its own language unless ``lang_given`` (``--lang`` on the command line).
    With ``offer``, drafts in progress are offered for resuming before a new interview starts.
    """
    q = model.questionnaire
    if not resume and offer and draft is None and not any((prefill or {}).values()):
        draft = offer_resume(lang)
        resume = draft is not None
    if resume:
        draft = choose_draft(lang, draft)
        session = drafts.load(draft)
        if lang_given:
            session.lang = lang
        else:
            lang = session.lang
        if hasattr(asker, "lang"):
            asker.lang = lang
        asker.say(message("resuming", lang, path=draft, asked=len(session.asked)))
    else:
        session = Session.new(model, lang)
        problems = session.prefill(model, **(prefill or {}))
        if problems:
            raise UsageError(problems)
        from ccas_compass.interview.session import steps

        asker.say(message("welcome", lang, title=q.title.get(lang), count=len(steps(q))))
    path = draft

    def save(current: Session) -> None:
        nonlocal path
        if not current.asked:
            return
        if path is None:
            path = drafts.new_path(current)
        drafts.save(current, path)

    with _signals_interrupt():
        try:
            run(model, session, asker, save)
        except Stopped:
            return Outcome(session, path, "stopped")
        except KeyboardInterrupt:
            return Outcome(session, path, "interrupted")
    return Outcome(session, path, "finished")


def report_commands(answers: Path, lang: str) -> list[tuple[str, str]]:
    """(format, command) for the Markdown, PDF and Word reports of an answers file."""
    import shlex

    lang_option = " --lang en" if lang == "en" else ""
    stem = "report" if lang == "en" else "rapport"
    return [
        (key, f"ccas-compass assess --answers {shlex.quote(str(answers))} --format {fmt}"
              f" -o {stem}.{suffix}{lang_option}")
        for key, fmt, suffix in (("end_markdown", "markdown", "md"), ("end_pdf", "pdf", "pdf"),
                                 ("end_docx", "docx", "docx"))
    ]


def finish(report_text: str, headline: str, answers: Path, lang: str,
           write: Callable[[str], None] | None = None) -> None:
    """The end of an interview: the full report when it fits on screen (or in a pager when asked),
    then a short summary: the headline, the commands for the documents to share and, last, where
    the answers file is."""
    out = write or (lambda text: print(text, flush=True))
    asker = TerminalAsker(lang, write=out)
    rows = shutil.get_terminal_size((80, 24)).lines
    if report_text.count("\n") + 12 <= rows:
        out(report_text.rstrip("\n"))
    else:
        yes = pick_one(lang, message("end_show_report", lang),
                       [("yes", message("end_show_yes", lang)), ("no", message("end_show_no", lang))],
                       keys="end_keys")
        if yes == "yes":
            import pydoc

            pydoc.pager(report_text)
    out("")
    title = message("end_title", lang)
    out(f"══ {title} " + "═" * max(3, _width() - len(title) - 4))
    asker.say(headline)
    out("")
    asker.say(message("end_reports", lang))
    for key, command in report_commands(answers, lang):
        out("  " + message("end_report_line", lang, what=message(key, lang)))
        out("    " + command)  # never wrapped: it is copied as a whole
    out("")
    out(message("end_answers", lang, path=answers.resolve()))
