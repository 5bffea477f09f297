"""The interview in a terminal: the asker's prompts, the CLI through prompt_toolkit's pipe input,
and one real pseudo-terminal run (pexpect) with Ctrl-C and --resume."""

from __future__ import annotations

import io
import os
import re
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

from ccas_compass.cli.app import app
from ccas_compass.errors import Problem, UsageError
from ccas_compass.interview import asker as interview
from ccas_compass.interview.session import Move, steps
from ccas_compass.model.core import Model
from ccas_compass.model.loading import load_model
from tests.helpers import write_mini_model

UP, DOWN, ENTER, SPACE, CTRL_C = "\x1b[A", "\x1b[B", "\r", " ", "\x03"


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    return write_mini_model(tmp_path / "mini")


@pytest.fixture
def mini(mini_dir: Path) -> Model:
    return load_model(mini_dir)


@pytest.fixture
def keys() -> Iterator[Any]:
    """Keys for the interview's screens, read through a pipe instead of a terminal."""
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
    assert any("Pas d’aide" in line for line in shown)
    for line, move in (("<", Move.BACK), ("-", Move.DONT_KNOW), ("q", Move.STOP), ("", Move.DONT_KNOW)):
        assert asker([line])[0].ask(insee_step, None) is move
    assert asker([""])[0].ask(insee_step, "33522") == "33522"
    assert asker([])[0].ask(insee_step, None) is Move.STOP  # Ctrl-D


def test_allocation_on_one_screen_refuses_an_overrun_at_once(mini: Model, keys: Any) -> None:
    step = next(s for s in steps(mini.questionnaire) if s.question.type == "allocation")
    a, shown = asker([])
    keys.send_text("6" + DOWN + "9" + ENTER + "4" + ENTER)  # 9 is refused (4 left), Enter refused at 6/10
    assert a.ask(step, None) == {"radar": 6, "avocat": 4}
    assert "6 points · " in "\n".join(shown)  # the spread echoed, whole
    keys.send_text("1" + "0" + ENTER)  # two digits make 10
    assert a.ask(step, None) == {"radar": 10, "avocat": 0}
    keys.send_text(DOWN + "+" + UP + "-" + DOWN + "+" + ENTER)  # corrected in place; + refused at 10/10
    assert a.ask(step, {"radar": 9, "avocat": 1}) == {"radar": 8, "avocat": 2}
    keys.send_text(UP + ENTER)  # the actions are below the statements: the last one stops
    assert a.ask(step, None) is Move.STOP


def test_single_choice_cursor_starts_on_the_answer_given_else_on_the_first_option(
    mini: Model, keys: Any
) -> None:
    all_steps = steps(mini.questionnaire)
    kind, q1 = all_steps[2], next(s for s in all_steps if s.section == "answers")
    a, shown = asker([])
    keys.send_text(ENTER)  # profile questions too start on the first option, never on "don't know"
    assert a.ask(kind, None) == kind.question.options[0].id
    keys.send_text(ENTER)
    assert a.ask(q1, q1.question.options[1].id) == q1.question.options[1].id  # back or resumed
    keys.send_text(DOWN * len(q1.question.options) + ENTER)
    assert a.ask(q1, None) is Move.DONT_KNOW
    keys.send_text("?" + UP + UP + ENTER)  # help shown in place; back is the row before stop
    assert a.ask(q1, None) is Move.BACK
    assert "Ne sait pas / non concerné" in "\n".join(shown)  # the action echoed


def test_role_from_the_list_or_typed(mini: Model, keys: Any) -> None:
    role = next(s for s in steps(mini.questionnaire) if s.section == "respondent")
    a, shown = asker(["Directrice adjointe"])
    keys.send_text(DOWN * 3 + ENTER)
    assert a.ask(role, None) == "agent"
    keys.send_text(DOWN * len(role.question.options) + ENTER)  # "another role": typed
    assert a.ask(role, None) == "Directrice adjointe"
    keys.send_text(ENTER)  # asked again: the cursor is on what was given
    assert a.ask(role, "cadre") == "cadre"
    assert "  → cadre" in shown


def test_checkbox_actions_are_not_ticks_and_ticks_survive_an_error(keys: Any, model: Model) -> None:
    step = next(s for s in steps(model.questionnaire) if s.question.type == "multiple")
    options = step.question.options
    a, shown = asker([])
    keys.send_text(SPACE + DOWN + SPACE + ENTER)
    assert a.ask(step, None) == [options[0].id, options[1].id]
    a.notify(Problem("exclusive_with_others", {"id": "x"}))  # refused by the session: asked again,
    keys.send_text(ENTER)  # the same ticks are there
    assert a.ask(step, None) == [options[0].id, options[1].id]
    keys.send_text(ENTER + SPACE + ENTER)  # nothing ticked: refused on the screen, then one tick
    assert a.ask(step, None) == [options[0].id]
    dont_know = DOWN * len(options)
    keys.send_text(SPACE + dont_know + SPACE + ENTER)  # Space on an action ticks nothing; Enter runs it
    assert a.ask(step, None) is Move.DONT_KNOW


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
    outcome = interview.conduct(mini, "fr", Script(["ccas", "élu·e", "veille", KeyboardInterrupt()]),
                                resume=True)
    assert outcome.status == "interrupted"
    assert outcome.session.answers == {"q1": "veille"}
    assert outcome.session.respondent == {"role": "élu·e"}
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
    lines = "CCAS Mini\n2B033\n" + "Élue aux solidarités\n" + "Rien à ajouter\n"
    screens = ENTER + DOWN * 6 + ENTER + ENTER + DOWN + ENTER + ENTER * 4 + "6" + DOWN + "4" + ENTER
    result = run_cli(args, lines, screens + "2" + DOWN + "8" + ENTER)
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert document["organisation"] == {"name": "CCAS Mini", "insee": "2B033", "kind": "ccas"}
    assert document["answers"]["q2"] == "plaidoyer"
    assert document["respondent"] == {"role": "Élue aux solidarités"}
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
                     "33522\n", ENTER + ENTER + DOWN + ENTER + CTRL_C)
    assert result.exit_code == 130
    assert "ccas-compass assess --resume" in result.stderr
    (draft,) = (tmp_path / "home" / "brouillons").glob("*.json")
    assert '"q1": "plaidoyer"' in draft.read_text(encoding="utf-8")
    saved = tmp_path / "fin.yaml"
    result = run_cli(["assess", "--data", str(mini_dir), "--resume", "--save", str(saved)],
                     "\n", ENTER * 5 + ("5" + DOWN + "5" + ENTER) * 2 + DOWN + ENTER)
    assert result.exit_code == 0, result.output
    # the end: no 190-line report (not asked), the commands for the documents, the file's place last
    assert "--format pdf" in result.stdout
    assert f"ccas-compass assess --answers {saved} --format markdown -o rapport.md" in result.stdout
    assert result.stdout.rstrip().endswith(str(saved.resolve()))
    assert result.stdout.count("\n") < 60
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


LONG = {
    "fr": "Veille sociale partagée avec les partenaires du territoire, lors d'un entretien individuel ou "
          "d'une réunion de quartier, chaque fois que la situation le demande",
    "en": "Social watch shared with the partners of the territory, during an individual interview or a "
          "neighbourhood meeting, whenever the situation calls for it",
}
WORDS = {
    "fr": {"keys": "Entrée.: valider", "role": "Qui répond", "stopped": "ccas-compass assess --resume",
           "resuming": "Reprise du brouillon", "total": "Total.: ", "refused": "Refusé",
           "show": "Afficher le rapport complet", "answers": "Vos réponses sont dans le fichier"},
    "en": {"keys": "Enter: confirm", "role": "Who is answering", "stopped": "ccas-compass assess --resume",
           "resuming": "Resuming the draft", "total": "Total: ", "refused": "Refused",
           "show": "Show the full report", "answers": "Your answers are in the file"},
}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("columns", "rows"), [(60, 16), (80, 24), (120, 30)])
def test_real_terminal_interview_stopped_then_resumed_in_its_language(
    lang: str, columns: int, rows: int, mini_dir: Path, tmp_path: Path
) -> None:
    """A real pseudo-terminal: the role asked, the answer echoed whole, Ctrl-C, --resume WITHOUT --lang
    (the draft's language is kept), the allocation screen refusing an overrun, the end summary."""
    pexpect = pytest.importorskip("pexpect")
    questions = mini_dir / "questions.yaml"
    document = yaml.safe_load(questions.read_text(encoding="utf-8"))
    first = next(q for q in document["questions"] if q["type"] == "single")
    first["options"][0]["label"] = dict(LONG)
    questions.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    words = WORDS[lang]
    env = {**os.environ, "CCAS_COMPASS_HOME": str(tmp_path / "home"), "PROMPT_TOOLKIT_NO_CPR": "1",
           "COLUMNS": str(columns), "LINES": str(rows), "LANG": "C.UTF-8", "PAGER": "cat"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    base = [sys.executable, "-m", "ccas_compass", "assess", "--data", str(mini_dir)]
    transcript = io.StringIO()

    def spawn(args: list[str]) -> Any:
        child = pexpect.spawn(base[0], [*base[1:], *args], env=env, cwd=str(tmp_path), encoding="utf-8",
                              dimensions=(rows, columns), timeout=40)
        child.logfile_read = transcript
        return child

    child = spawn(["--lang", lang])
    child.expect("> ")
    child.sendline("CCAS du Terminal")
    child.expect("> ")
    child.sendline("37261")
    child.expect("Tours — Indre-et-Loire \\(37\\)")  # the commune referential names the code (issue 12)
    child.expect(words["keys"])
    child.send(ENTER)  # kind: the first option
    child.expect(words["role"])
    child.expect(words["keys"])
    child.send(DOWN * 6 + ENTER)  # another role, typed
    child.expect(": ")
    child.sendline("Directrice adjointe")
    child.expect(words["keys"])
    child.send(ENTER)  # the first practice question: the long option
    child.expect(words["keys"])
    # The keys line is drawn a moment before the screen reads the keyboard: on a loaded machine a Ctrl-C
    # sent at once can be lost. Send it again (at most three times) until the interview says it stopped.
    for _ in range(3):
        child.send(CTRL_C)
        if child.expect([words["stopped"], pexpect.TIMEOUT], timeout=10) == 0:
            break
    else:
        pytest.fail("Ctrl-C never stopped the interview")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    plain = " ".join(ANSI.sub("", transcript.getvalue()).split())
    assert "→ " + LONG[lang] in plain  # echoed whole, wrapped, never cut

    transcript.seek(0)
    transcript.truncate()
    child = spawn(["--resume", "--save", "answers.yaml"])  # no --lang: the draft's language
    child.expect(words["resuming"])
    for _ in range(5):
        child.expect(words["keys"])
        child.send(ENTER)
    child.expect(words["total"])
    child.send("6" + DOWN + "9")  # 9 would overrun 10: refused at once
    child.expect(words["refused"])
    child.send("4" + ENTER)
    child.expect(words["total"])
    child.send("5" + DOWN + "5" + ENTER)
    child.expect("> ")
    child.sendline("")
    index = child.expect([words["show"], words["answers"]])
    if index == 0:
        child.send(DOWN + ENTER)
        child.expect(words["answers"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    plain = ANSI.sub("", transcript.getvalue())
    assert plain.rstrip().endswith(str((tmp_path / "answers.yaml").resolve()))
    assert "--format docx" in plain
    saved = yaml.safe_load((tmp_path / "answers.yaml").read_text(encoding="utf-8"))
    assert saved["respondent"] == {"role": "Directrice adjointe"}
    assert saved["organisation"]["insee"] == "37261"
    assert saved["answers"]["regard_aujourdhui"] == {"radar": 6, "avocat": 4}
    assert saved["answers"][first["id"]] == first["options"][0]["id"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_keep_the_draft(
    signame: str, mini: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))
    replies: list[Any] = ["CCAS Mini", "33522", "ccas", "agent", "veille"]

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


def test_a_resumed_draft_keeps_its_language_unless_lang_is_given(
    mini: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))

    class Script:
        lang = "?"

        def __init__(self, replies: list[Any]) -> None:
            self.replies = replies

        def ask(self, step: Any, current: Any) -> Any:
            return self.replies.pop(0)

        def notify(self, problem: Any) -> None:
            pass

        def say(self, text: str) -> None:
            pass

    outcome = interview.conduct(mini, "en", Script(["CCAS Mini", Move.STOP]))
    assert outcome.draft is not None
    assert '"lang": "en"' in outcome.draft.read_text(encoding="utf-8")
    asker = Script([Move.STOP])
    outcome = interview.conduct(mini, "fr", asker, resume=True, lang_given=False)
    assert (outcome.session.lang, asker.lang) == ("en", "en")
    asker = Script([Move.STOP])
    outcome = interview.conduct(mini, "fr", asker, resume=True, lang_given=True)
    assert (outcome.session.lang, asker.lang) == ("fr", "fr")


def test_assess_offers_the_drafts_in_progress_rather_than_a_second_draft(
    mini_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interview, "is_terminal", lambda: True)
    monkeypatch.setenv("CCAS_COMPASS_HOME", str(tmp_path / "home"))
    result = run_cli(["assess", "--data", str(mini_dir)], "CCAS Mini\n33522\n", ENTER + CTRL_C)
    assert result.exit_code == 130
    drafts_dir = tmp_path / "home" / "brouillons"
    assert len(list(drafts_dir.glob("*.json"))) == 1
    # started again without --resume: the draft is offered first (Enter resumes it), no second draft
    result = run_cli(["assess", "--data", str(mini_dir)], "", ENTER + CTRL_C)
    assert result.exit_code == 130
    assert "Reprise du brouillon" in result.stdout
    assert len(list(drafts_dir.glob("*.json"))) == 1
    # "start a new interview" is the other choice
    result = run_cli(["assess", "--data", str(mini_dir)], "CCAS Deux\n33522\n", DOWN + ENTER + ENTER + CTRL_C)
    assert len(list(drafts_dir.glob("*.json"))) == 2


def test_a_refused_point_never_says_only_zero_points_are_left() -> None:
    """Trial: « Refusé : il ne reste que 0 point à donner »."""
    words = asker([])[0]._words("single_keys", None)
    assert "tous les points sont déjà donnés" in words.too_many(0)
    assert "il ne reste que 2 points" in words.too_many(2)
