"""A LimeSurvey response export (BOM, ";", every field quoted, CRLF, metadata, code headings, answer
codes, Y ticks, incomplete responses): ``mapping draft`` → a human checks the draft → ``batch
--mapping`` scores exactly as the same answers given as answers files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ccas_compass.cli.app import app
from ccas_compass.model import yamlio
from ccas_compass.model.core import Model
from tests.exports import (
    SWAPPED,
    batch_json,
    limesurvey_codes,
    limesurvey_table,
    marked,
    plain,
    results,
    runner,
    write_answers,
    write_csv,
)
from tests.factory import departement_docs


@pytest.fixture(scope="module")
def survey(model: Model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("limesurvey")
    docs = plain([doc for _, doc in departement_docs(model, 9, seed=5)])
    header, rows, truth = limesurvey_table(model, docs)
    export = write_csv(root / "results-survey123456.csv", header, rows, bom=True, crlf=True)
    code, expected, stderr = batch_json(str(write_answers(root / "reponses", docs)))
    assert code == 0, stderr
    return {"root": root, "docs": docs, "export": export, "header": header, "rows": rows, "truth": truth,
            "expected": expected}


def test_the_export_is_shaped_as_limesurvey_writes_it(survey: dict[str, Any], model: Model) -> None:
    raw = survey["export"].read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf"id";"submitdate";"lastpage";"startlanguage";"seed";"Q1";"Q2";"Q3"')
    assert b'\r\n"1";"2026-11-' in raw
    first_multiple = next(x for x in model.questionnaire.questions if x.type == "multiple")
    ticks = f'"{limesurvey_codes(model)[first_multiple.id]}[SQ001]"'.encode()
    for piece in (ticks, b'"Y"', b'"A2"', b'.0000000000"'):
        assert piece in raw
    assert len(survey["docs"]) >= 20


def draft(survey: dict[str, Any], *extra: str) -> tuple[str, str]:
    target = survey["root"] / "correspondance.yaml"
    result = runner.invoke(app, ["mapping", "draft", str(survey["export"]), "-o", str(target), "--force",
                                 *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8"), result.stderr


def test_the_draft_marks_every_guess_and_a_human_check_makes_it_score_right(
    survey: dict[str, Any], model: Model
) -> None:
    text, stderr = draft(survey)
    truth: dict[str, tuple[str, ...]] = survey["truth"]
    data = yamlio.parse(text)
    assert data["mapping"] == 1
    assert data["source"] == "limesurvey"
    assert data["ignore"] == ["id", "lastpage", "startlanguage", "seed"]
    assert data["require"] == ["submitdate"]  # incomplete responses have none
    assert "submitdate" not in data["columns"]  # read natively as the date of the answers

    # Code headings carry no text: every column is a guess, and so is every answer code; only the
    # Y/N of a yes/no question is sure. The extra question of the union stays a comment to decide.
    flagged = marked(text)
    codes = limesurvey_codes(model)
    q = model.questionnaire
    most = max(len(x.options) for x in (*q.profile, *q.questions) if x.type == "single")
    answer_codes = {f"A{n}" for n in range(1, most + 1)}
    assert set(flagged) == set(truth) | {"Q99"} | answer_codes
    yes_no = (f'  "{codes["qpv"]}":  # À VÉRIFIER', '      "Y": "oui"  # Oui\n', '      "N": "non"  # Non\n')
    for line in yes_no:
        assert line in text
    assert re.search(r'# +"Q99":  # À VÉRIFIER : ', text)
    assert "1 colonne non reconnue" in stderr

    # The human check: each marked column compared with the survey's structure, fixed when wrong.
    wrong = []
    for header, expected in truth.items():
        entry = data["columns"].get(header) or {}
        want = {expected[0]: expected[1], **({"option": expected[2]} if len(expected) > 2 else {})}
        if {k: v for k, v in entry.items() if k != "values"} != want:
            wrong.append(header)
            right = q.question(expected[1]) or q.profile_question(expected[1])
            assert right is not None
            codes_of = {f"A{n}": o.id for n, o in enumerate(right.options, start=1)}
            data["columns"][header] = {**want, **({"values": codes_of} if "values" in entry else {})}
    # the two questions the union swapped (same shape, 5 options each) were guessed the other way round
    assert sorted(wrong) == sorted(codes[qid] for qid in SWAPPED)
    assert set(wrong) <= set(flagged)  # nothing wrong went unmarked
    for header, entry in data["columns"].items():
        question = q.question(entry.get("question", "")) or q.profile_question(entry.get("profile", ""))
        assert question is not None
        if "values" in entry and header != codes["qpv"]:
            assert entry["values"] == {f"A{n}": o.id for n, o in enumerate(question.options, start=1)}
    data["ignore"].append("Q99")  # the union's own question: not ours
    checked = survey["root"] / "correspondance-verifiee.yaml"
    checked.write_text(yamlio.dump(data), encoding="utf-8")

    code, document, stderr = batch_json(str(survey["export"]), "--mapping", str(checked))
    assert code == 0, stderr
    n = len(survey["docs"])
    assert document["warnings"] == [
        f"{survey['export']}:{line}: réponse incomplète (colonne « submitdate » vide) : ligne non analysée, "
        "comme le demande la correspondance (require)"
        for line in (n + 2, n + 3)
    ]
    assert results(document) == results(survey["expected"])


def test_the_unchecked_draft_is_used_with_a_warning(survey: dict[str, Any]) -> None:
    text, _ = draft(survey)
    path = survey["root"] / "correspondance.yaml"
    code, document, _ = batch_json(str(survey["export"]), "--mapping", str(path))
    assert code == 1  # the union's own question holds answers no rule reads
    assert document["failures"][0]["problems"][0].startswith(
        f"{survey['export']}:1: la colonne « Q99 » contient des réponses qu’aucune règle ne lit")
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if "# À VÉRIFIER :" in line]
    first = ", ".join(str(n) for n in lines[:10])
    assert document["warnings"][0] == (
        f"{path}: la correspondance porte encore {len(lines)} marques « À VÉRIFIER » / « CHECK » "
        f"(lignes {first}, …) : vérifiez ces lignes, puis effacez les marques")
    # two guesses were wrong (the union swapped two questions): a draft is not to be used unchecked
    assert results(document) != results(survey["expected"])


def test_an_unknown_answer_code_fails_its_row_the_others_are_scored(
    survey: dict[str, Any], model: Model
) -> None:
    text, _ = draft(survey)
    mapping = survey["root"] / "correspondance.yaml"
    rows = [list(r) for r in survey["rows"]]
    header: list[str] = survey["header"]
    code_of = limesurvey_codes(model)
    at = header.index(code_of["accueil_premier_lieu"])
    rows[3][at] = "A9"
    tick = header.index(f"{code_of['accueil_sans_rendez_vous']}[SQ002]")
    rows[5][tick] = "Peut-être"
    export = write_csv(survey["root"] / "avec-erreurs.csv", header, rows, bom=True, crlf=True)
    code, document, stderr = batch_json(str(export), "--mapping", str(mapping))
    assert code == 1
    q = code_of["accueil_premier_lieu"]
    assert document["failures"][-1]["source"] == str(export)  # Q99: answers no rule reads
    assert document["failures"][:-1] == [
        {"source": f"{export}:5", "problems": [
            f"{export}:5 {q}: valeur « A9 » absente de la correspondance pour cette colonne "
            "(prévues : A1, A2, A3, A4, A5)"]},
        {"source": f"{export}:7", "problems": [
            f"{export}:7 {code_of['accueil_sans_rendez_vous']}[SQ002]: « Peut-être » n’est ni 1 (cochée) "
            "ni 0 (non cochée)"]},
    ]
    assert f"  {export}:5 {q}: valeur « A9 »" in stderr
    assert sum(t["respondents"] for t in document["organisations"]) == len(survey["docs"]) - 2


def test_the_draft_in_english_marks_with_check(survey: dict[str, Any]) -> None:
    text, stderr = draft(survey, "--lang", "en")
    assert "# CHECK: code without text, matched by its place and its values to" in text
    assert "À VÉRIFIER" not in text
    assert re.search(r"\d+ lines? to check", stderr)
    assert yamlio.parse(text)["require"] == ["submitdate"]


def test_a_limesurvey_export_with_our_ids_as_codes_is_matched_surely(tmp_path: Path, model: Model) -> None:
    """A survey built with our ids (without their "_", as LimeSurvey codes allow) as question codes."""
    docs = plain([doc for _, doc in departement_docs(model, 3, seed=8)])
    header, rows, truth = limesurvey_table(model, docs, extra=False, incomplete=0)
    codes = limesurvey_codes(model)
    renamed = {code: qid.replace("_", "") for qid, code in codes.items()}

    def rename(name: str) -> str:
        base, bracket, rest = name.partition("[")
        return renamed.get(base, base) + bracket + rest

    export = write_csv(tmp_path / "ls.csv", [rename(h) for h in header], rows, bom=True, crlf=True)
    result = runner.invoke(app, ["mapping", "draft", str(export)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = yamlio.parse(result.stdout)
    assert data["columns"]["accueilpremierlieu"]["question"] == "accueil_premier_lieu"
    assert "accueilpremierlieu" not in marked(result.stdout)  # the code names the question: sure
    assert "A1" in marked(result.stdout)  # its answer codes are still a guess
    assert "name" not in data["columns"]  # "name" and "insee" are our own ids: read natively
