"""The interview's pure flow, driven by a scripted asker: moves, checks, autosave, resume."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ccas_compass.errors import Problem
from ccas_compass.interview.session import Move, Session, Step, Stopped, run, steps
from ccas_compass.model.core import Model
from ccas_compass.model.loading import load_model
from tests.helpers import Scripted, write_mini_model


@pytest.fixture
def mini(tmp_path: Path) -> Model:
    return load_model(write_mini_model(tmp_path / "mini"))


FULL: list[Any] = ["CCAS Mini", "33522", "ccas", "agent", *["veille"] * 6, {"radar": 6, "avocat": 4},
        {"radar": 2, "avocat": 8}, "Rien à ajouter"]


def test_steps_number_profile_and_questions_together(mini: Model) -> None:
    all_steps = steps(mini.questionnaire)
    assert [s.number for s in all_steps] == list(range(1, 14))
    assert {s.total for s in all_steps} == {13}
    assert all_steps[0].section == "organisation"
    assert all_steps[3].section == "respondent"  # who answers, right after the organisation
    assert all_steps[3].key == "respondent.role"
    assert all_steps[4].section == "answers"
    assert all_steps[4].theme is not None
    assert all_steps[4].theme.id == "pratiques"


def test_a_whole_interview_saves_after_every_answer(mini: Model) -> None:
    saved: list[int] = []
    session = run(mini, Session.new(mini), Scripted(FULL), lambda s: saved.append(len(s.asked)))
    assert saved == list(range(1, 14))
    document = session.document()
    assert document["respondent"] == {"role": "agent"}
    assert document["organisation"] == {"name": "CCAS Mini", "insee": "33522", "kind": "ccas"}
    assert document["answers"]["q1"] == "veille"
    assert document["answers"]["ambition_2050"] == {"radar": 2, "avocat": 8}
    from ccas_compass.answers import check as answers

    parsed, problems = answers.check(document, mini.questionnaire)
    assert problems == []
    assert parsed is not None


def test_back_shows_the_previous_answer_as_default(mini: Model) -> None:
    replies = ["CCAS Mini", "33522", "ccas", "élu·e", "veille", Move.BACK, "plaidoyer", *FULL[5:]]
    asker = Scripted(replies)
    session = run(mini, Session.new(mini), asker, lambda s: None)
    assert asker.shown[5] == ("q2", None)
    assert asker.shown[6] == ("q1", "veille")
    assert session.answers["q1"] == "plaidoyer"
    back_at_start = Scripted([Move.BACK, *FULL])
    run(mini, Session.new(mini), back_at_start, lambda s: None)
    assert back_at_start.shown[0][0] == back_at_start.shown[1][0] == "name"


def test_dont_know_is_stored_as_null_and_the_name_is_required(mini: Model) -> None:
    replies = [Move.DONT_KNOW, "CCAS Mini", Move.DONT_KNOW, Move.DONT_KNOW, *FULL[3:]]
    asker = Scripted(replies)
    session = run(mini, Session.new(mini), asker, lambda s: None)
    assert asker.notes[0] == "name_required"
    assert session.organisation["insee"] is None
    assert "insee" not in session.document()["organisation"]
    assert "organisation.insee" in session.asked


def test_bad_answers_are_refused_and_asked_again(mini: Model) -> None:
    replies = ["CCAS Mini", "335", "33522", "ccas", "agent", "inventee", *FULL[4:10],
               {"radar": 3, "avocat": 3}, *FULL[10:]]
    asker = Scripted(replies)
    session = run(mini, Session.new(mini), asker, lambda s: None)
    # 33522 is Talence: the referential names it and its EPCI (issue 12)
    assert [n for n in asker.notes if not n.startswith("territory_info")] == [
        "bad_insee", "unknown_option", "allocation_total"]
    assert asker.notes[1:3] == ["territory_info_commune", "territory_info_epci"]
    assert session.answers["regard_aujourdhui"] == {"radar": 6, "avocat": 4}


def test_stop_saves_and_resume_starts_at_the_first_unasked_question(mini: Model) -> None:
    session = Session.new(mini)
    saved: list[list[str]] = []
    with pytest.raises(Stopped):
        run(mini, session, Scripted(["CCAS Mini", "33522", Move.STOP]), lambda s: saved.append(list(s.asked)))
    assert saved[-1] == ["organisation.name", "organisation.insee"]
    resumed = Scripted(FULL[2:])
    finished = run(mini, session, resumed, lambda s: None)
    assert resumed.shown[0][0] == "kind"
    assert finished.organisation["name"] == "CCAS Mini"


def test_an_interruption_keeps_every_answer_already_saved(mini: Model) -> None:
    session = Session.new(mini)
    saved: list[dict[str, Any]] = []
    with pytest.raises(KeyboardInterrupt):
        run(mini, session, Scripted([*FULL[:6], KeyboardInterrupt()]),
            lambda s: saved.append(s.document()))
    assert saved[-1]["answers"] == {"q1": "veille", "q2": "veille"}


def test_prefill_checks_and_marks_as_asked(mini: Model) -> None:
    session = Session.new(mini)
    assert session.prefill(mini, name="CCAS Mini", insee="2a004") == []
    assert session.organisation == {"name": "CCAS Mini", "insee": "2A004"}
    assert session.first_unasked(steps(mini.questionnaire)) == 2
    assert [p.key for p in Session.new(mini).prefill(mini, insee="999")] == ["bad_insee"]


def test_the_role_is_free_text_and_dont_know_leaves_it_out(mini: Model) -> None:
    replies = [*FULL[:3], "  directrice   adjointe ", *FULL[4:]]
    session = run(mini, Session.new(mini), Scripted(replies), lambda s: None)
    assert session.document()["respondent"] == {"role": "directrice adjointe"}
    replies = [*FULL[:3], Move.DONT_KNOW, *FULL[4:]]
    session = run(mini, Session.new(mini), Scripted(replies), lambda s: None)
    assert "respondent" not in session.document()
    assert "respondent.role" in session.asked


def test_a_note_registered_after_an_answer_is_shown(mini: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    from ccas_compass.interview import session as session_module

    monkeypatch.setattr(session_module, "NOTES", {})
    seen: list[Any] = []

    @session_module.after_answer("organisation.insee")
    def commune(step: Step, value: Any, session: Session) -> Problem:
        seen.append(value)
        session.proposed["organisation.kind"] = "cias"  # e.g. a population band from the commune
        return Problem("note", {"text": f"commune {value}"})

    asker = Scripted(FULL)
    run(mini, Session.new(mini), asker, lambda s: None)
    assert seen == ["33522"]
    assert asker.notes == ["note"]  # replaces the default département note
    assert asker.shown[2] == ("kind", "cias")  # the proposal is where the cursor starts


def test_a_hook_may_refuse_an_answer_once_and_keep_it_when_given_again(
    mini: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the commune referential needs (issue 12): ask again, then keep; change the stored answer."""
    from ccas_compass.interview import session as session_module
    from ccas_compass.interview.session import After

    monkeypatch.setattr(session_module, "NOTES", {})
    refused: list[Any] = []

    @session_module.after_answer("organisation.insee")
    def code(step: Step, value: Any, session: Session) -> After:
        refused.append(session.refused.get(step.key))
        if value == "33999" and session.refused.get(step.key) != value:
            return After([Problem("note", {"text": "unknown"})], retry=True)
        if value == "33000":
            session.organisation["insee"] = "33063"  # e.g. today's code for an old one
        return After()

    asker = Scripted(["CCAS Mini", "33999", "33999", Move.BACK, "33000", *FULL[2:]])
    session = run(mini, Session.new(mini), asker, lambda s: None)
    assert [q for q, _ in asker.shown[:5]] == ["name", "insee", "insee", "kind", "insee"]
    assert asker.shown[2] == ("insee", "33999")  # asked again with what was typed
    assert refused == [None, "33999", None]
    assert asker.notes == ["note"]
    assert session.organisation["insee"] == "33063"
