"""Mappings: a label-headed export (Google Forms / Framaforms) through a drafted-then-checked
mapping; the mapping file's checks, each a located one-liner; values and ticks read through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ccas_compass.answers.columns import Column
from ccas_compass.cli.app import app
from ccas_compass.collect.mapping import (
    SEPARATORS,
    MappingError,
    Rule,
    canon,
    check,
    load,
    separator_pattern,
    split_values,
)
from ccas_compass.errors import Problem
from ccas_compass.model import yamlio
from ccas_compass.model.core import Model
from tests.exports import (
    DONT_KNOW,
    batch_json,
    google_table,
    marked,
    plain,
    results,
    runner,
    write_answers,
    write_csv,
)
from tests.factory import departement_docs

RENAMED = {
    "name": "Nom de votre CCAS / CIAS",
    "actions_collectives": "Quelles actions collectives avez-vous menées ces 12 derniers mois ?",
}
GUICHET = "A l'accueil ou dans un bureau du CCAS/CIAS ou de la mairie, en entretien"
RELABELLED = {("accueil_premier_lieu", "guichet_bureau"): GUICHET}


@pytest.fixture(scope="module")
def google(model: Model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("google")
    docs = plain([doc for _, doc in departement_docs(model, 9, seed=13)])
    header, rows = google_table(model, docs, renamed=RENAMED, relabelled=RELABELLED)
    name = "Questionnaire CCAS (réponses).csv"
    export = write_csv(root / name, header, rows, delimiter=",", quote_all=False)
    code, expected, stderr = batch_json(str(write_answers(root / "reponses", docs)))
    assert code == 0, stderr
    return {"root": root, "docs": docs, "export": export, "header": header, "rows": rows,
            "expected": expected}


def test_the_export_holds_labels_with_commas_joined_by_commas(google: dict[str, Any]) -> None:
    text = google["export"].read_text(encoding="utf-8")
    assert text.startswith("Horodateur,Adresse e-mail,Nom de votre CCAS / CIAS,Code officiel géographique")
    # two labels that themselves hold ", ", joined by ", " in one cell
    assert "Prendre un café et discuter, sans avoir de démarche à faire, " in text or \
        ", Prendre un café et discuter, sans avoir de démarche à faire" in text
    assert DONT_KNOW in text
    assert len(google["docs"]) >= 20


def test_a_label_headed_export_scores_right_through_a_drafted_then_checked_mapping(
    google: dict[str, Any], model: Model
) -> None:
    target = google["root"] / "correspondance.yaml"
    result = runner.invoke(app, ["mapping", "draft", str(google["export"]), "-o", str(target)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    data = yamlio.parse(text)
    assert data["source"] == "google-forms"
    assert data["questionnaire"] == model.questionnaire.version
    assert data["ignore"] == ["Adresse e-mail"]
    assert data["columns"]["Horodateur"] == {"meta": "date", "format": "%d/%m/%Y %H:%M:%S"}
    # exact question texts and labels are sure; the reworded heading, the retyped label, the heading
    # recognised by its values only, and the column that is none of ours are the lines to check
    assert sorted(marked(text)) == sorted([RENAMED["name"], GUICHET, RENAMED["actions_collectives"],
                                           "Commentaire sur ce questionnaire"])
    assert result.stderr.endswith("3 lignes à vérifier ; 1 colonne non reconnue.\n")
    columns = data["columns"]
    assert columns[RENAMED["name"]] == {"profile": "name"}
    assert columns[RENAMED["actions_collectives"]]["question"] == "actions_collectives"
    first_place = model.questionnaire.question("accueil_premier_lieu")
    assert first_place is not None
    assert columns[first_place.text.fr]["values"][GUICHET] == "guichet_bureau"
    kind = columns["Type de structure"]
    assert kind == {"profile": "kind", "values": {"CCAS (centre communal d'action sociale)": "ccas",
                                                  "CIAS (centre intercommunal d'action sociale)": "cias"}}
    single = next(v for k, v in columns.items() if "values" in v and DONT_KNOW in v["values"])
    assert single["values"][DONT_KNOW] is None
    ambition = model.questionnaire.question("ambition_2050")
    assert ambition is not None
    grid = f"{ambition.text.fr} [{ambition.options[2].label.fr}]"
    assert columns[grid] == {"question": "ambition_2050", "option": "radar"}

    # The human check: the three guesses are right; the comment column goes to ignore.
    data["ignore"].append("Commentaire sur ce questionnaire")
    checked = google["root"] / "correspondance-verifiee.yaml"
    checked.write_text(yamlio.dump(data), encoding="utf-8")
    code, document, stderr = batch_json(str(google["export"]), "--mapping", str(checked))
    assert code == 0, stderr
    assert document["warnings"] == []
    assert results(document) == results(google["expected"])
    # the version given once in the mapping reaches every respondent: no "version unknown" warning
    members = [m for t in document["organisations"] for m in t["members"]]
    assert {m["questionnaire_version"] for m in members} == {model.questionnaire.version}
    assert all(t["warnings"] == [] for t in document["organisations"])


def test_an_unknown_value_fails_its_row_named_by_line_and_column(
    google: dict[str, Any], model: Model
) -> None:
    target = google["root"] / "brouillon.yaml"
    result = runner.invoke(app, ["mapping", "draft", str(google["export"]), "-o", str(target)],
                           catch_exceptions=False)
    assert result.exit_code == 0
    rows = [list(r) for r in google["rows"]]
    header: list[str] = google["header"]
    multiple = model.questionnaire.question("accueil_sans_rendez_vous")
    assert multiple is not None
    at = header.index(multiple.text.fr)
    rows[2][at] = "Prendre un café et discuter, sans avoir de démarche à faire, Autre : jouer aux cartes"
    export = write_csv(google["root"] / "avec-autre.csv", header, rows, delimiter=",", quote_all=False)
    code, document, stderr = batch_json(str(export), "--mapping", str(target))
    assert code == 1
    known = ", ".join(o.label.fr if len(o.label.fr) <= 40 else o.label.fr[:39] + "…"
                      for o in multiple.options[:6])
    unused = [f for f in document["failures"] if f["source"] == str(export)]  # the comment column
    assert ["« Commentaire sur ce questionnaire » contient des réponses" in p
            for f in unused for p in f["problems"]] == [True]
    assert [f for f in document["failures"] if f not in unused] == [{"source": f"{export}:4", "problems": [
        f"{export}:4 {multiple.text.fr}: valeur « Autre : jouer aux cartes » absente de la correspondance "
        f"pour cette colonne (prévues : {known}, …)"]}]
    assert sum(t["respondents"] for t in document["organisations"]) == len(google["docs"]) - 1


def test_the_draft_never_overwrites_a_file_without_force(google: dict[str, Any]) -> None:
    target = google["root"] / "existant.yaml"
    target.write_text("# mine\n", encoding="utf-8")
    result = runner.invoke(app, ["mapping", "draft", str(google["export"]), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"{target}: le fichier existe déjà ; ajoutez --force pour le remplacer\n"
    assert target.read_text(encoding="utf-8") == "# mine\n"
    result = runner.invoke(app, ["mapping", "draft", str(google["export"]), "-o", str(target), "--force"])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Correspondance pour Questionnaire CCAS")
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".existant")] == []


def test_drafting_a_missing_or_broken_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mapping", "draft", str(tmp_path / "absent.csv")])
    assert (result.exit_code, result.stderr) == (2, f"{tmp_path / 'absent.csv'}: fichier introuvable\n")
    broken = tmp_path / "export.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    result = runner.invoke(app, ["mapping", "draft", str(broken)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{broken}: classeur .xlsx illisible : ")
    assert result.stderr.count("\n") == 1


# ── the mapping file's own checks ────────────────────────────────────────────────────────────────

BAD = """\
mapping: 2
source: 12
ignore: id
columns:
  "Q1": {question: accueil_premier_lieux}
  "Q2": {question: accueil_premier_lieu, values: {A1: guichet, A2: espace_convivial}}
  "Q3": {question: accueil_premier_lieu, option: guichet_bureau}
  "Q4": {question: accueil_sans_rendez_vous, option: cafe}
  "Q5": {profile: kind, question: accueil_premier_lieu}
  "Q6": {profile: nom}
  "Q7": {meta: role, format: "%d"}
  "Q8": {question: regard_aujourdhui, option: radar, values: {A1: radar}}
  "Q9": {question: insee}
  "Q10": {question: accueil_premier_lieu, values: {yes: guichet_bureau}}
  "q10": {profile: name}
  "Q11": {meta: when}
  "Q12": {meta: date, format: "%H:%M"}
  "Q13": {question: accueil_premier_lieu, separator: ","}
  "Q14": [question, accueil_premier_lieu]
  "Q15": {question: accueil_premier_lieu, value: {}}
"""


def test_every_problem_of_a_mapping_file_is_a_located_line(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(BAD, encoding="utf-8")
    table = write_csv(tmp_path / "t.csv", ["name", "Q1"], [["CCAS de Tours", "A1"]])
    result = runner.invoke(app, ["batch", str(table), "--mapping", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    m = str(path)
    first_place = model.questionnaire.question("accueil_premier_lieu")
    assert first_place is not None
    options = ", ".join(o.id for o in first_place.options)
    profile = ", ".join(x.id for x in model.questionnaire.profile)
    question = model.questionnaire.question("accueil_sans_rendez_vous")
    assert question is not None
    multiple = ", ".join(o.id for o in question.options)
    assert result.stderr.splitlines() == [
        f"{m}:1 mapping: format de correspondance 2 inconnu (attendu : mapping: 1)",
        f"{m}:2 source: un texte est attendu",
        f"{m}:3 ignore: une liste est attendue",
        f"{m}:5 columns.Q1.question: question inconnue « accueil_premier_lieux »",
        f"{m}:6 columns.Q2.values.A1: option inconnue « guichet » (possibles : {options})",
        f"{m}:7 columns.Q3.option: option ne s’emploie qu’avec une question à choix multiples (colonne "
        "cochée ou non) ou de répartition de points (points de l’option), pas ici (single)",
        f"{m}:8 columns.Q4.option: option inconnue « cafe » (possibles : {multiple})",
        f"{m}:9 columns.Q5: indiquez une et une seule cible : question, profile ou meta",
        f"{m}:10 columns.Q6.profile: question du profil « nom » inconnue (connues : {profile})",
        f"{m}:11 columns.Q7.format: format ne s’emploie qu’avec meta: date",
        f"{m}:12 columns.Q8.values: values ne s’emploie pas pour une case à cocher ni pour des points",
        f"{m}:13 columns.Q9.question: « insee » est une question du profil : écrivez profile: insee",
        f"{m}:14 columns.Q10.values.True: « true » est lu comme un booléen en YAML : écrivez-le entre "
        "guillemets",
        f"{m}:15 columns.q10: colonne « q10 » déjà décrite (comme « Q10 ») : majuscules et espaces ne "
        "comptent pas",
        f"{m}:16 columns.Q11.meta: meta « when » inconnue (connues : role, date, version)",
        f"{m}:17 columns.Q12.format: format de date « %H:%M » invalide : il doit nommer le jour, le mois et "
        "l’année, par exemple \"%d/%m/%Y %H:%M:%S\"",
        f"{m}:18 columns.Q13.separator: separator ne s’emploie qu’avec une question à choix multiples lue "
        "dans une seule colonne",
        f"{m}:19 columns.Q14: une table (clé: valeur) est attendue",
        f"{m}:20 columns.Q15.value: champ inconnu",
    ]


def test_a_mapping_with_bad_yaml_or_a_repeated_key_is_refused(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "map.yaml"
    path.write_text('mapping: 1\ncolumns:\n  "Q1": {profile: name\n', encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load(path, model)
    # the line where the unclosed brace opens
    assert [p.render("fr").split(" ", 1)[0] for p in caught.value.problems] == [f"{path}:3:"]
    path.write_text('mapping: 1\ncolumns:\n  "Q1": {profile: name}\n  "Q1": {profile: insee}\n',
                    encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "--mapping", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"{path}:4 columns: clé « Q1 » répétée (déjà vue ligne 3)\n"
    result = runner.invoke(app, ["batch", str(path), "--mapping", str(tmp_path / "absent.yaml")])
    assert (result.exit_code, result.stderr) == (2, f"{tmp_path / 'absent.yaml'}: fichier introuvable\n")


def test_a_good_mapping_is_read_as_written(model: Model) -> None:
    data = yamlio.parse("""
mapping: 1
source: tableur
ignore: [Horodatage, 12]
require: [Envoyé]
columns:
  Commune: {profile: name}
  Type: {profile: kind, values: {CCAS: ccas, CIAS: cias, "?": null}}
  Fonction: {meta: role, values: {DG: directrice}}
  Quand: {meta: date, format: "%d/%m/%Y"}
  Actions: {question: actions_collectives, separator: " / "}
  Café: {question: accueil_sans_rendez_vous, option: cafe_discussion}
  Radar: {question: ambition_2050, option: radar}
""")
    mapping, problems = check(data, model.questionnaire, "m.yaml")
    assert problems == []
    assert mapping is not None
    assert mapping.ignore == frozenset({"horodatage", "12"})
    assert mapping.require == ("Envoyé",)
    kind = mapping.rules["type"]
    assert kind.translate("ccas ") == ("ccas", [])  # case and spaces aside
    assert kind.translate("cias") == ("cias", [])  # our own id is always understood
    assert kind.translate("?") == ("", [])  # null: don't know
    value, problems = kind.translate("CCIAS")
    assert value == ""
    assert [p.render("en") for p in problems] == [
        "Type: value 'CCIAS' is not in the mapping for this column (expected: CCAS, CIAS, ?)"]
    assert mapping.rules["fonction"].translate("DG") == ("directrice", [])
    assert mapping.rules["fonction"].translate("Élu") == ("Élu", [])
    assert mapping.rules["quand"].translate("28/11/2026") == ("2026-11-28", [])
    assert mapping.rules["quand"].translate("2026-11-28")[1][0].key == "mapping_bad_date"
    actions = mapping.rules["actions"]
    both: tuple[str, list[Problem]] = ("fetes_ouvertes | ateliers_pratiques", [])
    assert actions.translate("fetes_ouvertes / ateliers_pratiques") == both
    cafe = mapping.rules["café"]
    for ticked in ("Y", "1", "oui", "X", "Prendre un café et discuter, sans avoir de démarche à faire"):
        assert cafe.translate(ticked) == ("1", [])
    assert cafe.translate("N") == ("0", [])
    assert cafe.translate("peut-être")[1][0].key == "bad_tick"
    assert mapping.rules["radar"].translate("4.0000000000") == ("4.0000000000", [])  # read as 4 later


def test_several_choices_are_cut_on_whole_labels_first(model: Model) -> None:
    keys = sorted({canon("a, b"): "ab", canon("a"): "a", canon("b"): "b", canon("c, d, e"): "cde"}.items(),
                  key=lambda item: -len(item[0]))
    assert split_values("A, B", keys, SEPARATORS) == (["ab"], [])
    assert split_values("A, B, c, d, e", keys, SEPARATORS) == (["ab", "cde"], [])
    assert split_values("b; a, b", keys, SEPARATORS) == (["b", "ab"], [])
    assert split_values("c, d", keys, SEPARATORS) == ([], ["c", "d"])
    assert split_values("a, zz", keys, SEPARATORS) == (["a"], ["zz"])
    assert split_values("a b", keys, separator_pattern(" ")) == (["a", "b"], [])
    question = model.questionnaire.question("accueil_sans_rendez_vous")
    assert question is not None
    rule = Rule("Q", Column("question", question.id), question)
    labels = [o.label.fr for o in question.options]
    assert rule.translate(", ".join(labels[:3])) == (" | ".join(o.id for o in question.options[:3]), [])
    assert rule.translate(" | ".join(o.id for o in question.options[:2]))[0] == " | ".join(
        o.id for o in question.options[:2])
    value, problems = rule.translate(f"{labels[0]}, Autre : belote, {labels[2]}")
    assert value == ""
    assert [p.params["value"] for p in problems] == ["Autre : belote"]


def test_absent_mapped_columns_and_a_required_column_are_reported(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(
        'mapping: 1\nrequire: [Envoyé]\ncolumns:\n  "Commune": {profile: name}\n  "Absente": {meta: role}\n',
        encoding="utf-8",
    )
    table = write_csv(tmp_path / "t.csv", ["Commune", "Envoyé", "accueil_premier_lieu"],
                      [["CCAS de Tours", "oui", "guichet_bureau"], ["CCAS de Blois", "", "guichet_bureau"]])
    code, document, stderr = batch_json(str(table), "--mapping", str(path))
    assert code == 0, stderr
    assert document["warnings"] == [
        f"{path}:5: colonne « Absente » absente de {table}",
        f"{table}:3: réponse incomplète (colonne « Envoyé » vide) : ligne non analysée, comme le demande la "
        "correspondance (require)",
    ]
    assert [t["organisation"]["name"] for t in document["organisations"]] == ["CCAS de Tours"]


def test_the_role_field_of_our_own_form_is_recognised(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Horodateur;Nom de votre CCAS ou CIAS;Votre fonction\r\n"
                      "20/11/2026 10:00:00;CCAS de Bléré;directrice\r\n", encoding="utf-8-sig")
    result = runner.invoke(app, ["mapping", "draft", str(export)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "Votre fonction" in x)
    assert '{meta: "role"}' in line
    assert "VÉRIFIER" not in line


def test_the_draft_takes_what_batch_reads_google_timestamps_and_ids_in_capitals(
    google: dict[str, Any], model: Model
) -> None:
    """Google's real timestamp needs no format, and an option id typed in capitals (``CCAS``) is the
    option: the draft marks neither, and batch scores the export with it as the answers files."""
    import datetime as dt

    header: list[str] = google["header"]
    rows = [list(r) for r in google["rows"]]
    kind = model.questionnaire.profile_question("kind")
    assert kind is not None
    stamp_at, kind_at = header.index("Horodateur"), header.index(kind.text.fr)
    ids = {o.label.fr: o.id for o in kind.options}
    for row in rows:
        when = dt.datetime.strptime(row[stamp_at], "%d/%m/%Y %H:%M:%S")
        hour = when.hour % 12 or 12
        row[stamp_at] = f"{when:%Y/%m/%d} {hour}:{when:%M:%S} {'AM' if when.hour < 12 else 'PM'} UTC+1"
        row[kind_at] = ids[row[kind_at]].upper() if row[kind_at] else ""
    export = write_csv(google["root"] / "Google (majuscules).csv", header, rows, delimiter=",",
                       quote_all=False)
    target = google["root"] / "carte majuscules.yaml"
    result = runner.invoke(app, ["mapping", "draft", str(export), "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    data = yamlio.parse(text)
    assert data["columns"]["Horodateur"] == {"meta": "date"}
    assert data["columns"][kind.text.fr] == {"profile": "kind",
                                             "values": {o.id.upper(): o.id for o in kind.options}}
    assert "Horodateur" not in marked(text)
    assert not set(marked(text)) & {o.id.upper() for o in kind.options}

    data["ignore"].append("Commentaire sur ce questionnaire")  # the human check, as above
    checked = google["root"] / "carte-majuscules-verifiee.yaml"
    checked.write_text(yamlio.dump(data), encoding="utf-8")
    code, document, stderr = batch_json(str(export), "--mapping", str(checked))
    assert code == 0, stderr
    assert results(document) == results(google["expected"])  # dates included


def test_the_command_in_the_draft_header_is_quoted_for_the_shell(google: dict[str, Any]) -> None:
    import shlex

    target = google["root"] / "ma correspondance (v2).yaml"
    result = runner.invoke(app, ["mapping", "draft", str(google["export"]), "-o", str(target)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    header = target.read_text(encoding="utf-8").split("\nmapping:", 1)[0]
    command = header.split("Puis : ", 1)[1].strip()
    assert " (" in str(google["export"])  # "Questionnaire CCAS (réponses).csv"
    assert shlex.split(command) == ["ccas-compass", "batch", str(google["export"]), "--mapping", str(target),
                                    "--out", "resultats/"]
    assert f'"{google["export"]}"' in command  # double quotes: POSIX shells, PowerShell and cmd alike


@pytest.mark.parametrize(("path", "shown"), [
    ("export.csv", "export.csv"),
    ("réponses/export-2026.csv", "réponses/export-2026.csv"),
    ("Questionnaire CCAS (réponses).csv", '"Questionnaire CCAS (réponses).csv"'),
    (r"C:\Users\udccas\Mes documents\export.csv", r'"C:\Users\udccas\Mes documents\export.csv"'),
    ("coût $HOME.csv", "'coût $HOME.csv'"),
    ("l'export & co.csv", "\"l'export & co.csv\""),
])
def test_a_path_is_quoted_only_when_the_shell_needs_it(path: str, shown: str) -> None:
    import shlex

    from ccas_compass.collect.mapping_draft import shell_arg

    assert shell_arg(path) == shown
    if "\\" not in path:
        assert shlex.split(shell_arg(path)) == [path]
