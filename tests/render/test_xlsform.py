"""The XLSForm export, converted offline by pyxform (the tool KoboToolbox and ODK use) and read back."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pyxform.validators import odk_validate
from pyxform.xls2xform import convert

from ccas_compass.collect.xlsform import xlsform_bytes
from ccas_compass.errors import ModelError
from ccas_compass.model.core import Model, Question
from ccas_compass.model.loading import load_model
from tests.helpers import edit_yaml, write_mini_model

NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "x": "http://www.w3.org/2002/xforms",
    "jr": "http://openrosa.org/javarosa",
}
JR_CONSTRAINT_MSG = "{http://openrosa.org/javarosa}constraintMsg"
JR_REQUIRED_MSG = "{http://openrosa.org/javarosa}requiredMsg"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class XForm:
    """The XForm pyxform made of an exported workbook, with the look-ups the tests need."""

    def __init__(self, workbook: bytes, tmp_path: Path) -> None:
        path = tmp_path / "form.xlsx"
        path.write_bytes(workbook)
        result = convert(xlsform=str(path), validate=False)
        self.warnings: list[str] = list(result.warnings)
        self.root = ET.fromstring(result.xform)
        model = self.root.find("h:head/x:model", NS)
        assert model is not None
        self.model = model
        main = model.find("x:instance", NS)
        assert main is not None
        self.data = main[0]
        self.binds = {b.get("nodeset", ""): b for b in model.findall("x:bind", NS)}

    def paths(self) -> dict[str, str]:
        """Every node of the main instance: name → path (``/data/espaces/accueil_premier_lieu``)."""
        out: dict[str, str] = {}

        def walk(node: ET.Element, prefix: str) -> None:
            for child in node:
                name = _local(child.tag)
                path = f"{prefix}/{name}"
                assert name not in out, f"{name} appears twice"
                out[name] = path
                walk(child, path)

        walk(self.data, f"/{_local(self.data.tag)}")
        return out

    def bind(self, name: str) -> ET.Element:
        return self.binds[self.paths()[name]]

    def choices(self, list_name: str) -> list[str]:
        for instance in self.model.findall("x:instance", NS):
            if instance.get("id") == list_name:
                return [item.findtext("x:name", "", NS) for item in instance.iter(f"{{{NS['x']}}}item")]
        raise AssertionError(f"no choice list {list_name}")

    def texts(self, lang: str) -> dict[str, str]:
        """The itext of one language: id → text (``<output/>`` references dropped)."""
        for translation in self.model.iter(f"{{{NS['x']}}}translation"):
            if translation.get("lang") == lang:
                return {
                    t.get("id", ""): "".join(t.find("x:value", NS).itertext()).strip()  # type: ignore[union-attr]
                    for t in translation.findall("x:text", NS)
                }
        raise AssertionError(f"no translation {lang}")

    def control(self, name: str) -> ET.Element:
        path = self.paths()[name]
        for element in self.root.iter():
            if element.get("ref") == path and element.tag != f"{{{NS['x']}}}group":
                return element
        raise AssertionError(f"no control for {name}")


@pytest.fixture(scope="module")
def xform(tmp_path_factory: pytest.TempPathFactory) -> XForm:
    return XForm(xlsform_bytes(load_model()), tmp_path_factory.mktemp("xlsform"))


def _workbook(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def _sheet_rows(data: bytes, sheet: str) -> list[dict[str, Any]]:
    rows = list(_workbook(data)[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def holds(constraint: str, values: dict[str, int], dot: int) -> bool:
    """Evaluate an allocation constraint of the XForm (``coalesce( /data/…/x , 0)``, ``.``, ``=``)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1).rsplit("/", 1)[-1]
        return str(values.get(name, 0))

    expr = re.sub(r"coalesce\(\s*(\S+)\s*,\s*0\)", value, constraint)
    expr = re.sub(r"(?<![\w/])\.(?![\w/])", str(dot), expr)
    expr = re.sub(r"(?<![<>!=])=", "==", expr)
    assert re.fullmatch(r"[\d\s<>=+andor()]+", expr), expr
    return bool(eval(expr))


# --- the shipped questionnaire -----------------------------------------------------------------------


def test_pyxform_converts_the_questionnaire_without_warnings(xform: XForm) -> None:
    assert xform.warnings == []


@pytest.mark.skipif(shutil.which("java") is None, reason="ODK Validate needs Java")
def test_odk_validate_accepts_the_form(tmp_path: Path) -> None:
    """The real ODK Validate (JavaRosa, bundled with pyxform) parses the form and its logic.

    It is what KoboToolbox and ODK Central run on upload: it refuses, for instance, requirements
    that refer to each other (« Cycle detected in form's relevant and calculation logic! »).
    """
    path = tmp_path / "form.xlsx"
    path.write_bytes(xlsform_bytes(load_model()))
    jar = Path(odk_validate.__file__).parent / "bin" / "ODK_Validate.jar"
    assert jar.is_file()  # shipped in pyxform's wheel: the check below really runs
    result = convert(xlsform=str(path), validate=True)  # raises ODKValidateError when refused
    assert result.warnings == []


@pytest.mark.skipif(shutil.which("javac") is None or shutil.which("java") is None,
                    reason="filling the form with JavaRosa needs a JDK")
def test_javarosa_refuses_a_wrong_total_whichever_field_is_blank(tmp_path: Path, model: Model) -> None:
    """ODK Collect's engine (JavaRosa, in ODK Validate's jar) fills and finalises the form: an
    allocation left empty passes ("don't know"); N − 1 points are refused whichever field is left
    blank; N points pass with blank fields (they count 0); all zeros are refused."""
    form = tmp_path / "form.xml"
    workbook = tmp_path / "form.xlsx"
    workbook.write_bytes(xlsform_bytes(model))
    form.write_text(convert(xlsform=str(workbook), validate=False).xform, encoding="utf-8")
    jar = Path(odk_validate.__file__).parent / "bin" / "ODK_Validate.jar"
    source = Path(__file__).with_name("FillForm.java")
    subprocess.run(["javac", "-nowarn", "-cp", str(jar), "-d", str(tmp_path), str(source)], check=True,
                   capture_output=True)
    scenarios: list[tuple[str, str]] = [("-", "ACCEPTED")]
    for question in _allocations(model):
        points = question.points or 0
        fields = [f"{question.id}_{o.id}" for o in question.options]
        for blank in fields:
            filled = [f for f in fields if f != blank]
            short = ",".join(f"{f}={points - 1 if i == 0 else 0}" for i, f in enumerate(filled))
            scenarios.append((short, "REFUSED constraint"))
            exact = ",".join(f"{f}={points if i == 0 else 0}" for i, f in enumerate(filled))
            scenarios.append((exact, "ACCEPTED"))
        scenarios.append((f"{fields[-1]}={points - 1}", "REFUSED constraint"))  # one field, the rest blank
        scenarios.append((f"{fields[1]}={points}", "ACCEPTED"))
        scenarios.append((",".join(f"{f}=0" for f in fields), "REFUSED constraint"))
        scenarios.append((f"{fields[0]}={points},{fields[1]}=1", "REFUSED constraint"))
    done = subprocess.run(["java", "-cp", f"{jar}{os.pathsep}{tmp_path}", "FillForm", str(form),
                           *(s for s, _ in scenarios)], check=True, capture_output=True, text=True)
    outcomes = [line.rsplit(" ", 1)[0] if line.startswith("REFUSED") else line
                for line in done.stdout.splitlines()]
    assert list(zip((s for s, _ in scenarios), outcomes, strict=True)) == [(s, o) for s, o in scenarios]


def test_form_id_version_and_title(xform: XForm, model: Model) -> None:
    q = model.questionnaire
    assert xform.data.get("id") == q.id
    assert xform.data.get("version") == q.version
    assert xform.root.findtext("h:head/h:title", None, NS) == q.title.fr


def test_every_question_is_a_field_named_by_its_id_in_its_group(xform: XForm, model: Model) -> None:
    paths = xform.paths()
    q = model.questionnaire
    for question in q.profile:
        assert paths[question.id] == f"/data/organisation/{question.id}"
    for question in q.questions:
        assert paths[question.id] == f"/data/{question.theme}/{question.id}"


def test_every_option_is_a_choice_of_its_question_list(xform: XForm, model: Model) -> None:
    q = model.questionnaire
    selects = [x for x in (*q.profile, *q.questions) if x.type in ("single", "multiple")]
    assert selects
    for question in selects:
        assert xform.choices(question.id) == [o.id for o in question.options]
        control = xform.control(question.id)
        assert control.tag.endswith("select1" if question.type == "single" else "select")


def test_insee_constraint_is_the_model_pattern(xform: XForm, model: Model) -> None:
    insee = model.questionnaire.profile_question("insee")
    assert insee is not None
    assert insee.pattern
    bind = xform.bind("insee")
    constraint = bind.get("constraint", "")
    match = re.fullmatch(r"regex\(\., '(.+)'\)", constraint)
    assert match, constraint
    assert insee.pattern in match.group(1)
    pattern = re.compile(match.group(1))
    for good in ("33522", "2A004", "2B033", "97411"):
        assert pattern.search(good), good
    for bad in ("3352", "335222", "2C004", "a33522", "33 522"):
        assert not pattern.search(bad), bad
    assert bind.get(JR_CONSTRAINT_MSG)
    fr, en = xform.texts("Français (fr)"), xform.texts("English (en)")
    assert "INSEE" in fr["/data/organisation/insee:jr:constraintMsg"]
    assert "postcode" in en["/data/organisation/insee:jr:constraintMsg"]


def test_exclusive_options_cannot_be_ticked_with_others(xform: XForm, model: Model) -> None:
    multiples = [x for x in model.questionnaire.questions if x.type == "multiple"]
    with_exclusive = [x for x in multiples if x.exclusive_option is not None]
    assert with_exclusive
    for question in multiples:
        constraint = xform.bind(question.id).get("constraint")
        if question.exclusive_option is None:
            assert constraint is None
        else:
            option = question.exclusive_option.id
            assert constraint == f"not(selected(., '{option}') and count-selected(.) > 1)"


def test_only_the_profile_can_be_required(xform: XForm, model: Model) -> None:
    q = model.questionnaire
    for question in q.profile:
        expected = "true()" if question.required else None
        assert xform.bind(question.id).get("required") == expected, question.id
    assert any(x.required for x in q.profile)
    for question in q.questions:
        if question.type != "allocation":
            assert xform.bind(question.id).get("required") is None, question.id


def test_no_invented_dont_know_choice(xform: XForm, model: Model) -> None:
    for question in model.questionnaire.practice_questions:
        assert len(xform.choices(question.id)) == len(question.options)


def _allocations(model: Model) -> list[Question]:
    found = [x for x in model.questionnaire.questions if x.type == "allocation"]
    assert found
    return found


def test_allocation_fields_and_sum_constraint(xform: XForm, model: Model) -> None:
    paths = xform.paths()
    for question in _allocations(model):
        points = question.points
        assert points
        fields = [f"{question.id}_{o.id}" for o in question.options]
        for name in fields:
            assert paths[name] == f"{paths[question.id]}/{name}"
            bind = xform.bind(name)
            assert bind.get("type") == "int"
            assert bind.get("constraint", "").startswith(f". >= 0 and . <= {points}")
        # every field checks the whole total, so whichever field is left blank, a wrong total is
        # refused as soon as one field holds a value; an empty group ("don't know") has nothing to check
        for name in fields:
            bind = xform.bind(name)
            assert bind.get("required") is None, name  # a requirement naming the others is a cycle
            assert bind.get(JR_CONSTRAINT_MSG), name
            constraint = bind.get("constraint", "")
            assert sorted(p for p in paths.values() if f"coalesce( {p} , 0)" in constraint) == sorted(
                paths[f] for f in fields if f != name), name
            for blank in (f for f in fields if f != name):
                # this field filled, another left blank, the rest 0: N − 1 points refused, N accepted
                zeros = {f: 0 for f in fields if f not in (blank, name)}
                assert not holds(constraint, zeros, points - 1), (name, blank)
                assert holds(constraint, zeros, points), (name, blank)
                assert not holds(constraint, {**zeros, blank: 1}, points)  # a later 1 breaks it again
        constraint = xform.bind(fields[-1]).get("constraint", "")
        first, others = fields[0], fields[1:-1]
        spread = {first: points - 3, **dict.fromkeys(others, 0)}
        assert holds(constraint, spread, 3)
        assert not holds(constraint, spread, 2)
        assert not holds(constraint, spread, 4)
        assert not holds(constraint, {}, 0)  # zero everywhere is not an answer
        assert holds(constraint, {}, points)
        assert not holds(constraint, {first: points + 1}, 0)
        total = xform.bind(f"{question.id}_total")
        assert total.get("calculate", "").count("coalesce(") == len(fields)
        assert xform.control(question.id + "_total_note") is not None


def test_labels_in_french_and_english(xform: XForm, model: Model) -> None:
    q = model.questionnaire
    fr, en = xform.texts("Français (fr)"), xform.texts("English (en)")
    translation = next(xform.model.iter(f"{{{NS['x']}}}translation"))
    assert translation.get("lang") == "Français (fr)"
    assert translation.get("default") == "true()"
    paths = xform.paths()
    for question in (*q.profile, *q.questions):
        key = f"{paths[question.id]}:label"
        assert fr[key] == question.text.fr
        assert en[key] == question.text.en
        if question.help is not None:
            # an allocation group shows its help under the instructions note (ODK shows no group hint)
            hinted = f"{question.id}_instructions" if question.type == "allocation" else question.id
            assert fr[f"{paths[hinted]}:hint"] == question.help.fr
            assert en[f"{paths[hinted]}:hint"] == question.help.en
        if question.type == "allocation":
            for option in question.options:
                assert en[f"{paths[question.id + '_' + option.id]}:label"] == option.label.en
    question = q.practice_questions[0]
    option = question.options[0]
    choice_texts = set(fr.values())
    assert option.label.fr in choice_texts
    assert option.label.en in set(en.values())
    for theme in q.themes:
        assert fr[f"/data/{theme.id}:label"] == theme.title.fr


def test_questionnaire_notes_are_multiline_and_profile_texts_are_not(xform: XForm, model: Model) -> None:
    notes = [x for x in model.questionnaire.questions if x.type == "text"]
    assert notes
    for question in notes:
        assert xform.control(question.id).get("appearance") == "multiline"
    assert xform.control("name").get("appearance") is None


# --- the workbook itself -----------------------------------------------------------------------------


def test_sheets_columns_and_settings(model: Model) -> None:
    data = xlsform_bytes(model)
    book = _workbook(data)
    assert book.sheetnames == ["survey", "choices", "settings"]
    header = [c.value for c in book["survey"][1]]
    assert header[:6] == [
        "type", "name", "label::Français (fr)", "label::English (en)",
        "hint::Français (fr)", "hint::English (en)",
    ]
    assert "constraint_message::English (en)" in header
    assert "relevant" not in header
    (settings,) = _sheet_rows(data, "settings")
    q = model.questionnaire
    assert settings == {
        "form_title": q.title.fr, "form_id": q.id, "version": q.version,
        "default_language": "Français (fr)",
    }
    version_cell = book["settings"]["C2"]
    assert version_cell.data_type == "s"
    choices = _sheet_rows(data, "choices")
    assert {(c["list_name"], c["name"]) for c in choices} == {
        (x.id, o.id) for x in (*q.profile, *q.questions) if x.type in ("single", "multiple")
        for o in x.options
    }


def test_export_is_byte_identical_with_fixed_dates(model: Model) -> None:
    first = xlsform_bytes(model)
    assert xlsform_bytes(model) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert core.count("1980-01-01T00:00:00Z") == 2  # created and modified, not "now"


def test_openpyxl_is_imported_only_when_exporting() -> None:
    code = "import sys, ccas_compass.collect.xlsform; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- smaller models ------------------------------------------------------------------------------------


def test_hostile_texts_stay_text_cells(tmp_path: Path) -> None:
    folder = write_mini_model(tmp_path / "data")
    formula, label, hint = "=HYPERLINK(\"http://x\";\"clic\")", "=1+1", "+33 1 23 45 67 89"

    def change(doc: Any) -> None:
        doc["questions"][0]["text"]["fr"] = formula
        doc["questions"][0]["options"][0]["label"]["en"] = label
        doc["questions"][0]["help"]["fr"] = hint

    edit_yaml(folder / "questions.yaml", change)
    data = xlsform_bytes(load_model(folder))
    book = _workbook(data)
    cells = {c.value: c for sheet in book for row in sheet.iter_rows() for c in row if c.value}
    for text in (formula, label, hint):
        assert cells[text].data_type == "s", text
    assert not any(c.data_type == "f" for c in cells.values())
    xform = XForm(data, tmp_path)
    assert xform.warnings == []
    assert xform.texts("Français (fr)")["/data/pratiques/q1:label"] == formula


@pytest.mark.parametrize("pattern", ["[0-9]{5}|2[AB][0-9]{3}", "^[0-9]{5}|2[AB][0-9]{3}$"])
def test_a_pattern_must_match_the_whole_value(tmp_path: Path, pattern: str) -> None:
    """Our answers use re.fullmatch while ODK's regex() searches: the export anchors the pattern."""
    folder = write_mini_model(tmp_path / "data")

    def change(doc: Any) -> None:
        doc["profile"][1]["pattern"] = pattern

    edit_yaml(folder / "questions.yaml", change)
    xform = XForm(xlsform_bytes(load_model(folder)), tmp_path)
    match = re.fullmatch(r"regex\(\., '(.+)'\)", xform.bind("insee").get("constraint", ""))
    assert match
    exported = re.compile(match.group(1))
    for value in ("33522", "2A004", "335222", "x33522", "2A0045", "x2A004", "3352"):
        assert bool(exported.search(value)) == bool(re.fullmatch(pattern, value)), value


def test_a_theme_met_again_gets_a_second_group(tmp_path: Path) -> None:
    folder = write_mini_model(tmp_path / "data")
    edit_yaml(folder / "questions.yaml", lambda doc: doc["questions"].append(doc["questions"].pop(0)))
    xform = XForm(xlsform_bytes(load_model(folder)), tmp_path)
    paths = xform.paths()
    assert paths["q1"] == "/data/pratiques_2/q1"
    assert paths["q2"] == "/data/pratiques/q2"
    assert paths["notes"] == "/data/regard/notes"


@pytest.mark.parametrize(
    ("change", "name"),
    [
        # a question named like a generated allocation field
        (lambda doc: doc["questions"].append(
            {"id": "ambition_2050_radar", "theme": "regard", "type": "text",
             "text": {"fr": "Texte", "en": "Text"}}), "ambition_2050_radar"),
        # a theme named like the profile group
        (lambda doc: (doc["themes"].append({"id": "organisation", "title": {"fr": "O", "en": "O"}}),
                      doc["questions"][-1].update(theme="organisation")), "organisation"),
        # a theme named like a question
        (lambda doc: (doc["themes"].append({"id": "q1", "title": {"fr": "Q", "en": "Q"}}),
                      doc["questions"][-1].update(theme="q1")), "q1"),
    ],
)
def test_clashing_names_are_refused(tmp_path: Path, change: Any, name: str) -> None:
    folder = write_mini_model(tmp_path / "data")
    edit_yaml(folder / "questions.yaml", change)
    model = load_model(folder)
    with pytest.raises(ModelError) as caught:
        xlsform_bytes(model)
    problems = caught.value.problems
    assert [(p.key, p.params["name"]) for p in problems] == [("xlsform_name_clash", name)]


def test_reserved_names_are_refused(tmp_path: Path) -> None:
    folder = write_mini_model(tmp_path / "data")

    def change(doc: Any) -> None:
        doc["themes"].append({"id": "meta", "title": {"fr": "M", "en": "M"}})
        doc["questions"][-1]["theme"] = "meta"

    edit_yaml(folder / "questions.yaml", change)
    with pytest.raises(ModelError) as caught:
        xlsform_bytes(load_model(folder))
    assert [p.key for p in caught.value.problems] == ["xlsform_reserved_name"]


# --- the form's exports, as the tools write them from the converted form -------------------------


def _labels_header(xform: XForm, lang: str, sep: str | None) -> list[str]:
    """A KoboToolbox labels export's header made from the XForm pyxform wrote (not from our code):
    formpack (``src/formpack/schema/fields.py``) heads each field by its label (its name without one),
    with its groups' labels joined by ``sep`` when groups are included, and a select_multiple by a
    summary column then one ``label{sep}choice label`` column per choice. Notes are left out."""
    texts = xform.texts(lang)
    header: list[str] = []

    def walk(node: ET.Element, path: str, groups: list[str]) -> None:
        for child in node:
            name = _local(child.tag)
            child_path = f"{path}/{name}"
            label = texts.get(f"{child_path}:label", name)
            if len(child):
                walk(child, child_path, [*groups, label])
                continue
            if name == "meta" or xform.binds.get(child_path, ET.Element("b")).get("readonly") == "true()":
                continue  # notes; meta/instanceID is metadata
            shown = (sep or "/").join([*groups, label]) if sep else label
            header.append(shown)
            control = next((e for e in xform.root.iter() if e.get("ref") == child_path), None)
            if control is not None and _local(control.tag) == "select":
                itemset = control.find("x:itemset", NS)
                assert itemset is not None
                list_name = itemset.get("nodeset", "").split("'")[1]
                for instance in xform.model.findall("x:instance", NS):
                    if instance.get("id") == list_name:
                        for item in instance.iter(f"{{{NS['x']}}}item"):
                            header.append(f"{shown}{sep or '/'}{texts[item.findtext('x:itextId', '', NS)]}")

    walk(xform.data, f"/{_local(xform.data.tag)}", [])
    return header


@pytest.mark.parametrize("lang", ["Français (fr)", "English (en)"])
@pytest.mark.parametrize("sep", ["/", ".", None])
def test_every_field_of_a_kobo_labels_export_of_the_form_is_recognised(
    xform: XForm, model: Model, lang: str, sep: str | None
) -> None:
    from ccas_compass.collect.known import recognise

    header = ["start", "end", *_labels_header(xform, lang, sep), "_id", "_uuid", "_submission_time",
              "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
    found = recognise(header, model)
    assert found.unknown == 0
    kinds = [c.kind for c in found.plan.columns]
    assert "unknown" not in kinds
    q = model.questionnaire
    targets = {(c.kind, c.target, c.option) for c in found.plan.columns}
    for question in q.questions:  # every question and every option is read from its own column
        if question.type == "allocation":
            assert {("points", question.id, o.id) for o in question.options} <= targets
        else:
            assert ("question", question.id, "") in targets
        if question.type == "multiple":
            assert {("choice", question.id, o.id) for o in question.options} <= targets
    assert {("profile", x.id, "") for x in q.profile} <= targets


@pytest.mark.parametrize("groups", [True, False])
def test_every_field_of_an_odk_central_export_of_the_form_is_read(
    xform: XForm, model: Model, groups: bool
) -> None:
    from ccas_compass.answers import columns as cols

    paths = list(xform.paths().values())
    leaves = [p for p in paths if not any(o.startswith(p + "/") for o in paths)
              and (p.endswith("/instanceID")
                   or xform.binds.get(p, ET.Element("b")).get("readonly") != "true()")]
    names = [("-".join(p.split("/")[2:]) if groups else p.rsplit("/", 1)[-1]) for p in leaves]
    header = ["SubmissionDate", *names,
              "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
              "ReviewState", "DeviceID", "Edits", "FormVersion"]
    resolved = cols.resolve(header, model)
    assert [h for h, c in zip(header, resolved, strict=True) if c.kind == "unknown"] == []
    assert cols.Column("meta", "version") not in resolved[-1:]  # FormVersion is not the questionnaire's


def test_each_theme_group_opens_with_its_intro_in_both_languages(xform: XForm, model: Model) -> None:
    q = model.questionnaire
    fr, en = xform.texts("Français (fr)"), xform.texts("English (en)")
    paths = xform.paths()
    with_intro = [t for t in q.themes if t.intro is not None and any(x.theme == t.id for x in q.questions)]
    assert with_intro
    for theme in with_intro:
        assert theme.intro is not None
        group = xform.root.find(f".//x:group[@ref='/data/{theme.id}']", NS)
        assert group is not None, theme.id
        first = next(c for c in group if _local(c.tag) != "label")
        assert first.get("ref") == paths[f"{theme.id}_intro"] == f"/data/{theme.id}/{theme.id}_intro"
        assert xform.bind(f"{theme.id}_intro").get("readonly") == "true()"  # a note: no data
        assert fr[f"{paths[f'{theme.id}_intro']}:label"] == theme.intro.fr
        assert en[f"{paths[f'{theme.id}_intro']}:label"] == theme.intro.en
