"""``ccas-compass batch`` on a generated département: files, folders, CSV, corrupt and hostile inputs."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model
from tests.factory import csv_text, departement_docs, respondent
from tests.helpers import tables

runner = CliRunner()
HOSTILE = ('=HYPERLINK("x")', "../../etc", "Les | Pins", "+33 CCAS", "@SUM(A1)", "-Tours", "CCAS\tTab")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def dump(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def departement(tmp_path: Path, model: Model) -> dict[str, Any]:
    """55 organisations (1–6 respondents) as files, 8 more as CSV rows, hostile names, bad inputs."""
    root = tmp_path / "collecte"
    valid: list[str] = []
    docs = list(departement_docs(model, 55, seed=3, departements=("37", "37", "37", "41", "2A")))
    for n, (index, document) in enumerate(docs):
        path = root / f"org{index:03d}" / f"r{n}.yaml"
        dump(path, document)
        valid.append(str(path))
    rng = random.Random(5)
    for k, name in enumerate(HOSTILE):
        org = {"name": name, "insee": f"370{90 + k}", "kind": "ccas"}
        for r in range(2):
            path = root / "hostiles" / f"h{k}-{r}.yaml"
            dump(path, respondent(org, rng, model))
            valid.append(str(path))
    # two CCAS of the same name in two communes: two teams, two reports
    for k, insee in enumerate(("37100", "37200")):
        path = root / "homonymes" / f"{k}.yaml"
        dump(path, respondent({"name": "CCAS de Sainte-Maure", "insee": insee}, rng, model))
        valid.append(str(path))
    # bad inputs: every one must be listed, none may stop the batch
    bad = root / "bad"
    bad.mkdir()
    (bad / "syntaxe.yaml").write_text("organisation: {name: [\n", encoding="utf-8")
    (bad / "vide.yaml").write_text("", encoding="utf-8")
    (bad / "latin1.yaml").write_bytes("organisation: {name: CCAS de Bléré}\n".encode("latin-1"))
    wrong = respondent({"name": "CCAS de Mauvaise-Option", "insee": "37300"}, rng, model)
    first_single = next(x.id for x in model.questionnaire.practice_questions if x.type == "single")
    wrong["answers"][first_single] = "n_existe_pas"
    dump(bad / "option.yaml", wrong)
    (root / "notes.txt").write_text("not an answers file: skipped in a folder\n", encoding="utf-8")
    # a CSV of 8 organisations (same département), one bad row
    csv_docs = [d for _, d in departement_docs(model, 8, seed=11, departements=("18",), respondents=(1, 1))]
    broken = dict(csv_docs[3], organisation={**csv_docs[3]["organisation"], "insee": "XYZ"})
    table = tmp_path / "export.csv"
    table.write_text(csv_text(model, [*csv_docs, broken]), encoding="utf-8-sig")
    valid += [f"{table}:{line}" for line in range(2, 10)]
    return {"root": root, "csv": table, "valid": valid, "bad": 5, "orgs": 55 + len(HOSTILE) + 2 + 8}


def test_a_departement_is_scored_once_per_respondent_with_every_failure_listed(
    tmp_path: Path, model: Model, departement: dict[str, Any]
) -> None:
    before = tree(tmp_path)
    out = tmp_path / "resultats"
    code, stdout, stderr = run("batch", str(departement["root"]), str(departement["csv"]), "--out", str(out),
                               "--no-chart")
    assert code == 1, stderr
    # every failure named with its file (and line for a CSV row), each once
    for name in ("syntaxe.yaml", "vide.yaml", "latin1.yaml", "option.yaml"):
        assert len(re.findall(re.escape(name) + r"\b", stderr)) == 1, (name, stderr)
    assert f"{departement['csv']}:10 insee:" in stderr
    assert "Traceback" not in stderr
    assert re.search(r"\d+ entrées? en erreur", stdout)
    # nothing written outside the results folder
    assert tree(tmp_path) - before == {"resultats"} | {f"resultats/{p}" for p in tree(out)}
    organisations = sorted((out / "organisations").glob("*.json"))
    assert len(organisations) == departement["orgs"]
    documents = [json.loads(f.read_text(encoding="utf-8")) for f in organisations]
    sources = [m["source"] for d in documents for m in d["members"]]
    assert sorted(sources) == sorted(departement["valid"])  # every valid respondent, once
    panorama = json.loads((out / "panorama.json").read_text(encoding="utf-8"))
    assert panorama["panorama"]["respondents"] == len(departement["valid"])
    assert len(panorama["failures"]) == departement["bad"]
    for groups in panorama["panorama"]["groups"].values():
        assert all(g["organisations"] >= 3 for g in groups)
    # each organisation has its markdown and JSON report, names safe, homonyms kept apart
    stems = {f.stem for f in organisations}
    assert {f.stem for f in (out / "organisations").glob("*.md")} == stems
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in stems)
    assert {"37100-ccas-de-sainte-maure", "37200-ccas-de-sainte-maure"} <= stems
    assert "37091-etc" in stems


def cells_of(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_resultats_csv_is_safe_for_a_spreadsheet(tmp_path: Path, departement: dict[str, Any]) -> None:
    out = tmp_path / "r"
    run("batch", str(departement["root"]), "--out", str(out), "--no-chart")
    rows = cells_of(out / "resultats.csv")
    header, body = rows[0], rows[1:]
    assert len(body) == departement["orgs"] - 8
    assert all(len(r) == len(header) for r in body)
    number = re.compile(r"-?\d+(,\d)?")
    names = {r[0] for r in body}
    for name in HOSTILE:
        flat = " ".join(name.split())
        assert (f"'{flat}" if flat[0] in "=+-@" or name[0] in "\t" else flat) in names
    for row in body:
        for cell in row:
            if cell and cell[0] in "=+-@\t\r\n":
                assert number.fullmatch(cell), cell  # only numbers may start with "-"
    shares = header.index("pratiques_radar")
    assert all(number.fullmatch(r[shares]) for r in body)  # numbers stay numbers (decimal comma)


def test_markdown_tables_stay_whole_with_hostile_names(tmp_path: Path, departement: dict[str, Any]) -> None:
    out = tmp_path / "r"
    root = departement["root"]
    run("batch", str(root / "hostiles"), str(root / "org000"), "--out", str(out), "--no-chart")
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    for path in [out / "panorama.md", *(out / "organisations").glob("*.md")]:
        tokens = parser.parse(path.read_text(encoding="utf-8"))
        found = tables(tokens)
        assert found, path
        for rows in found:
            assert len(set(rows)) == 1, (path, rows)
        kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
        assert not kinds & {"html_block", "html_inline"}


def test_an_existing_results_folder_is_not_mixed_without_force(
    tmp_path: Path, departement: dict[str, Any]
) -> None:
    out = tmp_path / "r"
    first = departement["root"] / "org000"
    assert run("batch", str(first), "--out", str(out), "--no-chart")[0] == 0
    old = tree(out)
    code, _, stderr = run("batch", str(departement["root"] / "org001"), "--out", str(out), "--no-chart")
    assert code == 2
    assert "--force" in stderr
    assert tree(out) == old
    (out / "mes-notes.txt").write_text("à garder", encoding="utf-8")
    code, _, stderr = run("batch", str(departement["root"] / "org001"), "--out", str(out), "--no-chart",
                          "--force")
    assert code == 0, stderr
    reports = {p.name for p in (out / "organisations").iterdir()}
    assert len(reports) == 2  # the old organisation's report is gone, the new one is there
    assert not any("0000" in r for r in reports)
    assert (out / "mes-notes.txt").read_text(encoding="utf-8") == "à garder"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_json_to_stdout_for_scripts(tmp_path: Path, departement: dict[str, Any]) -> None:
    code, stdout, stderr = run("batch", str(departement["csv"]), "--format", "json")
    assert code == 1  # the bad row
    document = json.loads(stdout)
    assert len(document["organisations"]) == 8
    assert document["panorama"]["organisations"] == 8
    assert document["failures"][0]["source"] == f"{departement['csv']}:10"
    assert document["questionnaire"]["id"] == "ccas-compass-2050"
    first = document["organisations"][0]
    assert sum(f["share"] for f in first["figures"]) == pytest.approx(100.0)
    assert first["peers"] == {"group": "departement", "value": "18", "organisations": 8}
    assert "respondent(s)" not in stdout


def test_charts_are_drawn_for_each_organisation_and_the_panorama(tmp_path: Path, model: Model) -> None:
    folder = tmp_path / "in"
    for n, (_, document) in enumerate(departement_docs(model, 3, respondents=(1, 2))):
        dump(folder / f"{n}.yaml", document)
    out = tmp_path / "out"
    code, _, stderr = run("batch", str(folder), "--out", str(out), "--lang", "en")
    assert code == 0, stderr
    assert (out / "panorama.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (out / "panorama.svg").read_bytes()
    pngs = list((out / "organisations").glob("*.png"))
    assert len(pngs) == 3
    for png in pngs:
        markdown = png.with_suffix(".md").read_text(encoding="utf-8")
        assert f"]({png.name})" in markdown
    assert "![" in (out / "panorama.md").read_text(encoding="utf-8")


def test_no_input_found_and_missing_input(tmp_path: Path) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    code, _, stderr = run("batch", str(empty))
    assert code == 2
    assert "aucun fichier" in stderr
    code, _, stderr = run("batch", str(tmp_path / "absent.yaml"), "--format", "json")
    assert code == 2  # a missing input is a usage error in every command, found before any reading
    assert "absent.yaml: fichier introuvable" in stderr
    # a mistyped name leaves no results folder behind (which would block the next run)
    code, _, stderr = run("batch", str(tmp_path / "absent.yaml"), str(empty), "--out", str(tmp_path / "r"))
    assert code == 2
    assert "absent.yaml: fichier introuvable" in stderr
    assert not (tmp_path / "r").exists()


def test_template_csv_writes_the_header_batch_reads(tmp_path: Path, model: Model) -> None:
    target = tmp_path / "modele.csv"
    code, _, stderr = run("template", "--csv", "-o", str(target))
    assert code == 0, stderr
    (header,) = cells_of(target)
    assert header[:2] == ["name", "insee"]
    assert set(header) >= {x.id for x in model.questionnaire.questions}
    with target.open("a", encoding="utf-8", newline="") as handle:
        handle.write("CCAS de Test;37001;ccas" + ";" * (len(header) - 3) + "\r\n")
    code, stdout, stderr = run("batch", str(target), "--format", "json")
    assert code == 0, stderr
    assert json.loads(stdout)["organisations"][0]["organisation"]["name"] == "CCAS de Test"
    code, stdout, _ = run("batch", str(target))  # a summary, and the way to the reports
    assert code == 0
    assert "1 répondant de 1 organisation analysé" in stdout
    assert "--out DOSSIER" in stdout


def test_reading_in_parallel_gives_exactly_the_same_result(
    tmp_path: Path, model: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccas_compass.batch import inputs

    pools: list[int] = []
    parallel = inputs._parallel

    def counted(files: Any, model: Model, jobs: int) -> Any:
        pools.append(jobs)
        return parallel(files, model, jobs)

    monkeypatch.setattr(inputs, "_parallel", counted)
    folder = tmp_path / "in"
    for n, (_, document) in enumerate(departement_docs(model, 30, respondents=(2, 4))):
        dump(folder / f"{n:03d}.yaml", document)
    (folder / "050-casse.yaml").write_text("organisation: [\n", encoding="utf-8")
    assert len(list(folder.iterdir())) >= 64  # enough files for the workers to start
    one = run("batch", str(folder), "--format", "json", "--jobs", "1")
    two = run("batch", str(folder), "--format", "json", "--jobs", "2")
    assert one[0] == two[0] == 1
    assert pools == [2]  # the second run read through two worker processes, the first did not
    assert one[1] == two[1]
    assert "050-casse.yaml:2" in two[2]


def test_a_sheet_typed_the_french_excel_way_is_understood(tmp_path: Path, model: Model) -> None:
    """Capitalised ids, dates as 20/11/2026; a code that lost its zero is named as such."""
    q = model.questionnaire
    from ccas_compass.answers.columns import header_row

    header = header_row(model)
    single = next(x for x in q.practice_questions if x.type == "single")
    multiple = next(x for x in q.practice_questions if x.type == "multiple" and len(x.options) > 2)
    allocation = next(x for x in q.questions if x.type == "allocation")

    def row(**cells: str) -> str:
        return ";".join(cells.get(c, "") for c in header) + "\r\n"

    first, second = (o.id for o in multiple.options[:2])
    points = f"{allocation.options[0].id.upper()}:4 | {allocation.options[1].id}: 6"
    text = ";".join(header) + "\r\n" + row(
        name="CCAS de Bléré", insee="37027", kind="CCAS", qpv="Oui", date="20/11/2026",
        **{single.id: single.options[0].id.upper(), multiple.id: f"{first.title()}, {second}",
           allocation.id: points},
    ) + row(name="CCAS d'Ambérieu", insee="1004", date="31/02/2026")
    table = tmp_path / "saisie.csv"
    table.write_text(text, encoding="utf-8-sig")
    code, stdout, stderr = run("batch", str(table), "--format", "json")
    assert code == 1
    (team,) = json.loads(stdout)["organisations"]
    assert team["organisation"]["kind"] == "ccas"
    assert team["organisation"]["qpv"] == "oui"
    member = team["members"][0]
    assert member["date"] == "2026-11-20"
    assert team["coverage"] == pytest.approx(100 * 2 / len(q.practice_questions), abs=0.1)
    assert team["ambition" if allocation.profile == "ambition" else "declared"] is not None
    assert f"{table}:3 insee: code INSEE « 1004 » invalide" in stderr
    assert "zéro initial (01004)" in stderr
    assert "« 31/02/2026 » n’est pas une date" in stderr


def test_a_file_given_twice_is_read_once(tmp_path: Path, model: Model) -> None:
    folder = tmp_path / "in"
    for n, (_, document) in enumerate(departement_docs(model, 2, respondents=(1, 1))):
        dump(folder / f"{n}.yaml", document)
    (tmp_path / "lien.yaml").symlink_to(folder / "0.yaml")
    inputs = [str(folder), str(folder / "0.yaml"), str(folder), str(tmp_path / "lien.yaml")]
    code, stdout, stderr = run("batch", *inputs, "--format", "json")
    assert code == 0, stderr
    assert json.loads(stdout)["panorama"]["respondents"] == 2


def test_resultats_xlsx_keeps_codes_as_text_and_shares_as_numbers(tmp_path: Path, model: Model) -> None:
    import openpyxl

    folder = tmp_path / "in"
    for n, (_, document) in enumerate(departement_docs(model, 3, departements=("01",), respondents=(1, 2))):
        dump(folder / f"{n}.yaml", document)
    hostile = respondent({"name": '=HYPERLINK("x")', "insee": "01999"}, random.Random(1), model)
    dump(folder / "h.yaml", hostile)
    out = tmp_path / "out"
    assert run("batch", str(folder), "--out", str(out), "--no-chart")[0] == 0
    sheet = openpyxl.load_workbook(out / "resultats.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("organisation", "code_insee")
    assert {r[1] for r in rows[1:]} >= {"01001", "01999"}  # the leading zero kept
    shares = header.index("pratiques_radar")
    assert all(isinstance(r[shares], float | int) for r in rows[1:])
    assert '=HYPERLINK("x")' in {r[0] for r in rows[1:]}
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert sheet.freeze_panes == "B2"
