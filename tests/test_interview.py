"""The interview in a terminal: the asker's prompts, the CLI through prompt_toolkit's pipe input,
and one real pseudo-terminal run (pexpect) with Ctrl-C and --resume."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from ccas_compass import interview
from ccas_compass.cli import app
from ccas_compass.errors import UsageError
from ccas_compass.loading import load_model
from ccas_compass.model import Model
from ccas_compass.session import Move, steps
from tests.conftest import write_mini_model

UP, DOWN, ENTER, SPACE, CTRL_C = "\x1b[A", "\x1b[B", "\r", " ", "\x03"


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    return write_mini_model(tmp_path / "mini")


@pytest.fixture
def mini(mini_dir: Path) -> Model:
    return load_model(mini_dir)


@pytest.fixture
def keys() -> Iterator[Any]:
    """Keys for questionary prompts, read through a pipe instead of a terminal."""
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


def asker(lines: list[str]) -> tuple[interview.TerminalAsker, list[str]]:
    shown: list[str] = []
    feed = iter(lines)

    def read(prompt: str) -> str:
        shown.append(prompt)
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    return interview.TerminalAsker("fr", write=shown.append, read_line=read), shown


def test_text_prompt_tokens_default_and_help(mini: Model) -> None:
    name_step, insee_step = steps(mini.questionnaire)[:2]
    a, shown = asker(["", "?", "CCAS Mini"])
    a._theme = "x"
    assert a.ask(name_step, None) == "CCAS Mini"
    assert any("obligatoire" in line for line in shown)
    assert any("Pas d'aide" in line for line in shown)
    for line, move in (("<", Move.BACK), ("-", Move.DONT_KNOW), ("q", Move.STOP), ("", Move.DONT_KNOW)):
        assert asker([line])[0].ask(insee_step, None) is move
    assert asker([""])[0].ask(insee_step, "33522") == "33522"
    assert asker([])[0].ask(insee_step, None) is Move.STOP  # Ctrl-D


def test_allocation_shows_what_is_left_and_insists_on_the_total(mini: Model) -> None:
    step = next(s for s in steps(mini.questionnaire) if s.question.type == "allocation")
    a, shown = asker(["3", "douze", "3", "6", "4"])
    assert a.ask(step, None) == {"radar": 6, "avocat": 4}
    text = "\n".join(shown)
    assert "  points (reste 10) > " in shown
    assert "  points (reste 7) > " in shown
    assert "Le total fait 6 au lieu de 10" in text
    assert "nombre entier" in text
    assert asker(["", ""])[0].ask(step, {"radar": 1, "avocat": 9}) == {"radar": 1, "avocat": 9}
    assert asker(["<"])[0].ask(step, None) is Move.BACK


def test_select_and_checkbox_through_questionary(mini: Model, keys: Any) -> None:
    all_steps = steps(mini.questionnaire)
    kind, q1 = all_steps[2], all_steps[3]
    a, shown = asker([])
    keys.send_text(UP + UP + ENTER)  # profile questions start on "don't know"
    assert a.ask(kind, None) == "ccas"
    keys.send_text(ENTER)
    assert a.ask(kind, None) is Move.DONT_KNOW
    keys.send_text(DOWN + ENTER)
    assert a.ask(q1, None) == "plaidoyer"
    keys.send_text(DOWN * 4 + ENTER + ENTER)  # help, then the first option
    assert a.ask(q1, None) == "veille"
    assert "Aide 1" in "\n".join(shown)
    keys.send_text(DOWN * 5 + ENTER)
    assert a.ask(q1, None) is Move.BACK
    keys.send_text(DOWN * 6 + ENTER)
    assert a.ask(q1, None) is Move.STOP


def test_checkbox_rules(keys: Any, model: Model) -> None:
    step = next(s for s in steps(model.questionnaire) if s.question.type == "multiple")
    options = step.question.options
    a, shown = asker([])
    keys.send_text(SPACE + DOWN + SPACE + ENTER)
    assert a.ask(step, None) == [options[0].id, options[1].id]
    keys.send_text(ENTER + SPACE + ENTER)  # nothing ticked: refused, asked again
    assert a.ask(step, None) == [options[0].id]
    assert any("cochez au moins une case" in line for line in shown)
    dont_know = DOWN * len(options)
    # An answer and a move together are refused; the answer stays ticked when asked again.
    keys.send_text(SPACE + dont_know + SPACE + ENTER + SPACE + dont_know + SPACE + ENTER)
    assert a.ask(step, None) is Move.DONT_KNOW
    assert any("soit des réponses, soit une seule action" in line for line in shown)


def test_conduct_stop_then_resume(mini: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))

    class Script:
        def __init__(self, replies: list[Any]) -> None:
            self.replies = replies

        def ask(self, step: Any, current: Any) -> Any:
            reply = self.replies.pop(0)
            if isinstance(reply, BaseException):
                raise reply
            return reply

        def notify(self, problem: Any) -> None:
            pass

        def say(self, text: str) -> None:
            pass

    outcome = interview.conduct(mini, "fr", Script(["CCAS Mini", "33522", Move.STOP]))
    assert outcome.status == "stopped"
    assert outcome.draft is not None
    assert outcome.draft.exists()
    outcome = interview.conduct(mini, "fr", Script(["ccas", "veille", KeyboardInterrupt()]), resume=True)
    assert outcome.status == "interrupted"
    assert outcome.session.answers == {"q1": "veille"}
    rest = ["veille"] * 5 + [{"radar": 5, "avocat": 5}, {"radar": 5, "avocat": 5}, "Fin"]
    outcome = interview.conduct(mini, "fr", Script(rest), resume=True)
    assert outcome.status == "finished"
    assert outcome.session.organisation["insee"] == "33522"


def test_resume_without_any_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini: Model) -> None:
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "empty"))
    with pytest.raises(UsageError) as caught:
        interview.conduct(mini, "fr", None, resume=True)
    assert "aucun brouillon" in caught.value.lines("fr")[0]


def run_cli(args: list[str], lines: str, key_text: str) -> Any:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(key_text)
        return CliRunner().invoke(app, args, input=lines, catch_exceptions=False)


def test_cli_interview_end_to_end(
    mini_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interview, "is_terminal", lambda: True)
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))
    saved = tmp_path / "reponses.yaml"
    args = ["assess", "--data", str(mini_dir), "--save", str(saved), "--format", "json"]
    lines = "CCAS Mini\n2B033\n" + "6\n4\n" + "2\n8\n" + "Rien à ajouter\n"
    result = run_cli(args, lines, UP + UP + ENTER + ENTER + DOWN + ENTER + ENTER * 4)
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert document["organisation"] == {"name": "CCAS Mini", "insee": "2B033", "kind": "ccas"}
    assert document["answers"]["q2"] == "plaidoyer"
    assert document["answers"]["ambition_2050"] == {"radar": 2, "avocat": 8}
    import json

    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["organisation"]["departement"] == "2B"
    assert not list((tmp_path / "home" / "brouillons").glob("*.json"))


def test_cli_ctrl_c_keeps_the_draft_and_resume_finishes(
    mini_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interview, "is_terminal", lambda: True)
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))
    result = run_cli(["assess", "--data", str(mini_dir), "--organisation", "CCAS Mini"],
                     "33522\n", UP + UP + ENTER + DOWN + ENTER + CTRL_C)
    assert result.exit_code == 130
    assert "ccas-compass assess --resume" in result.stderr
    (draft,) = (tmp_path / "home" / "brouillons").glob("*.json")
    assert '"q1": "plaidoyer"' in draft.read_text(encoding="utf-8")
    saved = tmp_path / "fin.yaml"
    result = run_cli(["assess", "--data", str(mini_dir), "--resume", "--save", str(saved)],
                     "5\n5\n5\n5\n\n", ENTER * 5)
    assert result.exit_code == 0, result.output
    answers = yaml.safe_load(saved.read_text(encoding="utf-8"))["answers"]
    assert answers["q1"] == "plaidoyer"
    assert answers["q6"] == "veille"
    assert answers["notes"] is None
    assert not draft.exists()


def test_not_a_terminal_exits_2_without_waiting() -> None:
    result = CliRunner().invoke(app, ["assess"], input="")
    assert result.exit_code == 2
    assert "ccas-compass template" in result.stderr
    assert "Traceback" not in result.output


def test_existing_save_target_is_refused_before_the_interview(
    mini_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interview, "is_terminal", lambda: True)
    target = tmp_path / "deja.yaml"
    target.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["assess", "--data", str(mini_dir), "--save", str(target)])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")
def test_real_terminal_ctrl_c_then_resume(tmp_path: Path) -> None:
    """A real pseudo-terminal, the real questionnaire: a few answers, Ctrl-C, --resume, the end."""
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "CCAS_COMPASS_HOME": str(tmp_path / "home"), "PROMPT_TOOLKIT_NO_CPR": "1",
           "COLUMNS": "100", "LINES": "40", "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "ccas_compass", "assess", "--lang", "en"]
    child = pexpect.spawn(command[0], command[1:], env=env, cwd=str(tmp_path), encoding="utf-8",
                          dimensions=(40, 100), timeout=20)
    child.expect("Name")
    child.sendline("CCAS du Terminal")
    child.expect("INSEE")
    child.sendline("37261")
    child.expect("Tours — Indre-et-Loire \\(37\\)")
    child.expect(r"arrows, then Enter")
    child.send(UP + UP + ENTER)  # kind: CCAS
    for _ in range(4):  # population, density, QPV, staff: left empty
        child.expect(r"arrows, then Enter")
        child.send(ENTER)
    child.expect(r"arrows, then Enter")  # first practice question: first option
    child.send(ENTER)
    child.expect(r"arrows, then Enter")
    child.send(CTRL_C)
    child.expect("To continue: ccas-compass assess --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    child = pexpect.spawn(command[0], [*command[1:], "--resume", "--save", "answers.yaml"], env=env,
                          cwd=str(tmp_path), encoding="utf-8", dimensions=(40, 100), timeout=20)
    child.expect("Resuming the draft")
    patterns = [r"arrows, then Enter\)", r"Space to tick", r"Spread \d+ points",
                r"\((\d+) left\)(?: \[\d+\])? > ", r"\n> ", "Answers saved"]
    steps_seen = 0
    while True:
        index = child.expect(patterns)
        steps_seen += 1
        if index == 0:
            child.send(ENTER)
        elif index == 1:
            child.send(SPACE + ENTER)
        elif index == 3:
            child.sendline("10" if child.match.group(1) == "10" else "")
        elif index == 4:
            child.sendline("")
        elif index == 5:
            break
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    document = yaml.safe_load((tmp_path / "answers.yaml").read_text(encoding="utf-8"))
    model = load_model()
    from ccas_compass.territory.bands import band_of

    # the population band proposed from the referential (Tours, 139 259) and confirmed with Enter
    band = band_of(model.questionnaire, 139259)
    assert document["organisation"] == {"name": "CCAS du Terminal", "insee": "37261", "kind": "ccas",
                                        **({"population": band} if band else {})}
    first = model.questionnaire.questions[0]
    assert document["answers"][first.id] == first.options[0].id
    assert set(document["answers"]) == {q.id for q in model.questionnaire.questions}
    assert steps_seen > 40


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_keep_the_draft(
    signame: str, mini: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))
    replies: list[Any] = ["CCAS Mini", "33522", "ccas", "veille"]

    class Killed:
        def ask(self, step: Any, current: Any) -> Any:
            if not replies:
                os.kill(os.getpid(), getattr(signal, signame))
            return replies.pop(0)

        def notify(self, problem: Any) -> None:
            pass

        def say(self, text: str) -> None:
            pass

    before = signal.getsignal(signal.SIGTERM)
    outcome = interview.conduct(mini, "fr", Killed())
    assert outcome.status == "interrupted"
    assert outcome.draft is not None
    assert '"q1": "veille"' in outcome.draft.read_text(encoding="utf-8")
    assert signal.getsignal(signal.SIGTERM) is before
