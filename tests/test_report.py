"""The report's content, before any wording: leanings, main gaps, levers, the why."""

from __future__ import annotations

from ccas_compass.answers.loading import load_answers
from ccas_compass.model.core import Model
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import GROW_THRESHOLD, build_report, leaning, main_gaps, shorten
from tests.helpers import EXAMPLE, answers_of


def example(model: Model, digits: int = 0):  # type: ignore[no-untyped-def]
    return build_report(model, score(model, load_answers(EXAMPLE, model)), digits=digits)


def test_rounded_profiles_add_up_and_gaps_match_the_printed_shares(model: Model) -> None:
    report = example(model)
    for kind in ("practice", "declared", "ambition"):
        assert sum(getattr(r, kind) for r in report.rows) == 100
    for gap in report.gaps:
        row = report.row(gap.figure)
        assert gap.delta == row.gap(gap.kind)


def test_example_leanings_gaps_and_levers(model: Model) -> None:
    report = example(model)
    assert report.practice_lean == ("convivialites",)
    # 3, 2, 2, 1, 1, 1 points: convivialites alone reaches 25 % with a 5-point lead on the next
    assert report.ambition_lean == ("convivialites",)
    assert report.ambition_spread[:3] == ("convivialites", "radar", "lieux_partages")
    assert [(g.figure, g.kind, g.delta) for g in report.gaps] == [
        ("convivialites", "ambition", -42),
        ("lieux_partages", "ambition", 15),
        ("convivialites", "declared", -32),
    ]
    levers = [lever.figure.id for lever in report.levers]
    assert levers == ["lieux_partages", "radar", "formateur", "potentialites"]
    assert all(lever.delta >= GROW_THRESHOLD for lever in report.levers)
    assert not report.low_coverage


def test_the_why_keeps_question_and_options(model: Model) -> None:
    reasons = example(model).reasons["convivialites"]
    assert len(reasons) == 3
    assert reasons[0].question.id == "actions_collectives"
    assert [o.id for o in reasons[0].options] == ["fetes_ouvertes"]
    assert (reasons[0].points, reasons[0].attainable) == (3, 4)


def test_nothing_answered_gives_an_empty_but_valid_report(model: Model) -> None:
    report = build_report(model, score(model, answers_of(model, {})))
    assert report.practice_lean == ()
    assert report.ambition_lean == ()
    assert report.gaps == ()
    assert report.levers == ()
    assert report.low_coverage


def test_leaning_and_gap_selection() -> None:
    assert leaning({"a": 50.0, "b": 30.0, "c": 20.0}) == ("a", "b")
    assert leaning({"a": 40.0, "b": 30.0, "c": 30.0}) == ("a", "b", "c")
    assert leaning({"a": 100.0, "b": 0.0}) == ("a",)
    assert leaning({"a": None}) == ()
    # a flat ambition leans toward nothing (it "se répartit entre" its figures)
    assert leaning({"a": 20.0, "b": 20.0, "c": 20.0, "d": 20.0, "e": 10.0, "f": 10.0}) == ()
    assert leaning(dict.fromkeys("abcde", 20.0)) == ()
    # at most three are named; a share under 25 % never leads
    assert leaning({"a": 30.0, "b": 30.0, "c": 30.0, "d": 10.0}) == ("a", "b", "c")
    assert leaning({"a": 25.0, "b": 25.0, "c": 25.0, "d": 25.0}) == ()
    assert leaning({"a": 20.0, "b": 10.0}) == ()
    from ccas_compass.scoring.report import Row

    rows = [Row("a", 50, 10, 52, 47), Row("b", 50, 10, 48, 53)]
    assert main_gaps(rows) == ()  # below the threshold: no gap worth a sentence


def test_shorten() -> None:
    assert shorten("un  texte\ncourt", 40) == "un texte court"
    cut = shorten("Au cours des 12 derniers mois, lesquelles de ces actions", 30)
    assert len(cut) <= 30
    assert cut.endswith("…")
    assert " " not in cut[-2:]
