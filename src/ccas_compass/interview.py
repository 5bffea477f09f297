"""The interactive interview in a terminal: the only module that imports questionary.

Choice questions use questionary (arrow keys); free-text answers and allocation points are read
line by line, so that the first question (the organisation's name) appears while questionary is
still being imported in the background. Every answer is saved to the draft before the next
question; Ctrl-C, SIGTERM or a closed terminal (SIGHUP) leave the draft intact.
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

from . import drafts
from .errors import Problem, UsageError
from .i18n import message
from .model import Model, Question
from .session import Move, Session, Step, Stopped, run

_DONT_KNOW, _HELP, _BACK, _STOP = "__dont_know__", "__help__", "__back__", "__stop__"
_MOVES = {_DONT_KNOW: Move.DONT_KNOW, _BACK: Move.BACK, _STOP: Move.STOP}
_TOKENS = {"<": Move.BACK, "-": Move.DONT_KNOW, "q": Move.STOP, "Q": Move.STOP}


def is_terminal() -> bool:
    """Both ends of the conversation are a terminal (not a pipe, a file or /dev/null)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


_preloading: list[threading.Thread] = []


def preload() -> None:
    """Import questionary in the background while the user types the first (text) answer.

    Started only once the first prompt is on screen, so that it does not compete with start-up.
    """
    if not _preloading and "questionary" not in sys.modules:
        thread = threading.Thread(target=importlib.import_module, args=("questionary",), daemon=True)
        _preloading.append(thread)
        thread.start()


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 100) - 1)


def _choice_title(label: str, indent: int) -> str:
    """A choice label wrapped to the terminal: questionary would cut long lines at the edge."""
    lines = textwrap.wrap(label, _width() - indent - 1) or [label]
    return ("\n" + " " * indent).join(lines)


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

    # -- output ---------------------------------------------------------------------------------
    def say(self, text: str, indent: str = "", first: str | None = None) -> None:
        """Print wrapped to the terminal; ``first`` (e.g. a bullet) replaces the first indent."""
        for paragraph in text.split("\n"):
            wrapped = textwrap.wrap(
                paragraph, _width(), initial_indent=indent if first is None else first,
                subsequent_indent=indent,
            )
            self.write("\n".join(wrapped) if wrapped else "")

    def notify(self, problem: Problem) -> None:
        mark = "→" if problem.key == "insee_ok" or problem.key.startswith("territory_info") else "!"
        self.say(f"{mark} {problem.render(self.lang)}", "  ")

    def _header(self, step: Step) -> None:
        theme_id = step.theme.id if step.theme else step.section
        if theme_id != self._theme:
            self._theme = theme_id
            title = step.theme.title.get(self.lang) if step.theme else message("profile_theme", self.lang)
            self.write("")
            self.write(f"══ {title} " + "═" * max(3, _width() - len(title) - 4))
            if step.theme and step.theme.intro:
                self.say(step.theme.intro.get(self.lang))
        theme = step.theme.title.get(self.lang) if step.theme else message("profile_theme", self.lang)
        self.write("")
        self.say(message("step_header", self.lang, number=step.number, total=step.total, theme=theme))
        self.say(step.question.text.get(self.lang))

    def _help(self, question: Question) -> None:
        text = question.help.get(self.lang) if question.help else message("no_help", self.lang)
        self.say(text, "  ℹ ")

    # -- asking -----------------------------------------------------------------------------------
    def ask(self, step: Step, current: Any) -> Any:
        self._header(step)
        kind = step.question.type
        if kind == "single":
            return self._select(step, current)
        if kind == "multiple":
            return self._checkbox(step, current)
        if kind == "allocation":
            return self._allocation(step, current)
        return self._text(step, current)

    def _line(self, prompt: str) -> Any:
        """One line of input; a token (<, -, q, ?) becomes a move; EOF (Ctrl-D) means stop."""
        preload()
        try:
            return self.read_line(prompt).strip()
        except EOFError:
            return Move.STOP

    def _text(self, step: Step, current: Any) -> Any:
        keep = message("keep_current", self.lang, current=current) if current else ""
        self.say(message("text_keys", self.lang, keep=keep), "  ")
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

    def _move_choices(self, step: Step) -> list[Any]:
        import questionary

        choices: list[Any] = [questionary.Separator(" ")]
        choices.append(questionary.Choice(message("choice_dont_know", self.lang), _DONT_KNOW))
        if step.question.help is not None:
            choices.append(questionary.Choice(message("choice_help", self.lang), _HELP))
        if step.number > 1:
            choices.append(questionary.Choice(message("choice_back", self.lang), _BACK))
        choices.append(questionary.Choice(message("choice_stop", self.lang), _STOP))
        return choices

    def _select(self, step: Step, current: Any) -> Any:
        import questionary

        options = [
            questionary.Choice(_choice_title(o.label.get(self.lang), 3), o.id)
            for o in step.question.options
        ]
        default = current if current else (_DONT_KNOW if step.section == "organisation" else None)
        while True:
            picked = questionary.select(
                message("your_answer", self.lang),
                choices=options + self._move_choices(step),
                default=default,
                instruction=message("select_instruction", self.lang),
                qmark="",
            ).unsafe_ask()
            if picked == _HELP:
                self._help(step.question)
                continue
            return _MOVES.get(picked, picked)

    def _checkbox(self, step: Step, current: Any) -> Any:
        import questionary

        chosen = set(current or ())
        question = step.question
        while True:
            options = [
                questionary.Choice(_choice_title(o.label.get(self.lang), 5), o.id, checked=o.id in chosen)
                for o in question.options
            ]
            picked = questionary.checkbox(
                message("your_answer", self.lang),
                choices=options + self._move_choices(step),
                instruction=message("checkbox_instruction", self.lang),
                qmark="",
            ).unsafe_ask()
            moves = [p for p in picked if p in (_DONT_KNOW, _HELP, _BACK, _STOP)]
            answers = [p for p in picked if p not in moves]
            if moves and (answers or len(moves) > 1):
                self.notify(Problem("move_alone"))
                chosen = set(answers)
                continue
            if moves == [_HELP]:
                self._help(question)
                continue
            if moves:
                return _MOVES[moves[0]]
            if not answers:
                none = question.exclusive_option.id if question.exclusive_option else "-"
                label = question.exclusive_option.label.get(self.lang) if question.exclusive_option else none
                self.notify(Problem("tick_something", {"none": label}))
                continue
            return answers

    def _allocation(self, step: Step, current: Any) -> Any:
        question = step.question
        points = question.points or 0
        given: dict[str, int] = dict(current or {})
        self.say(message("allocation_intro", self.lang, points=points), "  ")
        self.say(message("text_keys", self.lang, keep=""), "  ")
        while True:
            spread: dict[str, int] = {}
            for option in question.options:
                left = points - sum(spread.values())
                self.say(option.label.get(self.lang), "    ", first="  • ")
                prompt = "  " + message("allocation_prompt", self.lang, left=left)
                while True:
                    default = given.get(option.id)
                    line = self._line(f"{prompt} [{default}] > " if default is not None else f"{prompt} > ")
                    if isinstance(line, Move):
                        return line
                    if line == "?":
                        self._help(question)
                        continue
                    if line in _TOKENS:
                        return _TOKENS[line]
                    if not line and default is not None:
                        spread[option.id] = default
                        break
                    if not line:
                        spread[option.id] = 0
                        break
                    if line.isdigit() and int(line) <= points:
                        spread[option.id] = int(line)
                        break
                    self.notify(Problem("not_a_number", {"points": points}))
            total = sum(spread.values())
            if total == points:
                return spread
            self.say(message("allocation_retry", self.lang, total=total, points=points), "  ! ")
            given = spread


@dataclass
class Outcome:
    session: Session
    draft: Path | None
    status: str
    """``finished``, ``stopped`` (the user chose to) or ``interrupted`` (Ctrl-C, SIGTERM, SIGHUP)."""


def choose_draft(lang: str, explicit: Path | None) -> Path:
    """The draft to resume: the one given, the only one, or the one the user picks."""
    if explicit is not None:
        return explicit
    from . import paths

    found = drafts.listing()
    if not found:
        raise UsageError([Problem("no_draft", {"folder": str(paths.drafts_dir())})])
    if len(found) == 1:
        return found[0].path
    import questionary

    choices = [
        questionary.Choice(
            message("draft_line", lang, name=d.name, insee=d.insee, asked=d.asked, updated=d.updated),
            str(d.path),
        )
        for d in found
    ]
    picked = questionary.select(message("pick_draft", lang), choices=choices, qmark="").unsafe_ask()
    return Path(picked)


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
) -> Outcome:
    """Run (or resume) the interview; return the session, its draft and whether it finished."""
    q = model.questionnaire
    if resume:
        draft = choose_draft(lang, draft)
        session = drafts.load(draft)
        asker.say(message("resuming", lang, path=draft, asked=len(session.asked)))
    else:
        session = Session.new(model)
        problems = session.prefill(model, **(prefill or {}))
        if problems:
            raise UsageError(problems)
        count = len(q.profile) + len(q.questions)
        asker.say(message("welcome", lang, title=q.title.get(lang), count=count))
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
