"""Board documents from the command line: assess/compare --format pdf|docx, batch --pdf --docx,
and what every report now adds (profile, dates in words, questions left unknown, appendix)."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from pypdf import PdfReader
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model
from tests.factory import departement_docs
from tests.helpers import EXAMPLE

runner = CliRunner()


def run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join((p.extract_text() or "").replace("\u00a0", " ").split()) for p in reader.pages)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_binary_format_needs_an_output(fmt: str) -> None:
    code, out, err = run("assess", "-a", str(EXAMPLE), "-f", fmt)
    assert code == 2
    assert out == b""
    assert "-o FICHIER" in err
    assert fmt.upper() in err


def _example_in(tmp_path: Path, insee: str = "37072") -> Path:
    """The example, given a real INSEE code (the shipped example is a fictional commune, without one)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "exemple-chinon.yaml"
    path.write_text(re.sub(r"(?m)^  insee: .*$", f'  insee: "{insee}"', text), encoding="utf-8")
    return path


def test_assess_pdf_and_docx_files(tmp_path: Path) -> None:
    pdf, word = tmp_path / "ca.pdf", tmp_path / "ca.docx"
    example = _example_in(tmp_path)
    assert run("assess", "-a", str(example), "-f", "pdf", "-o", str(pdf))[0] == 0
    assert run("assess", "-a", str(example), "-f", "docx", "-o", str(word))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "CCAS de Val-des-Tilleuls" in pdf_text(pdf.read_bytes())
    assert docx.Document(str(word)).paragraphs[0].text.startswith("CCAS de Val-des-Tilleuls")
    # the profile card opens on the territory: the commune, its département, its population, said
    # once (the header line above the card no longer repeats it)
    text = pdf_text(pdf.read_bytes())
    assert text.count("Chinon (37072), Indre-et-Loire,") == 1
    assert "habitants" in text[text.index("Chinon (37072)"):][:60]
    profile = [p.text for p in docx.Document(str(word)).paragraphs
               if p.style is not None and p.style.name == "No Spacing"]
    assert profile[0].startswith("Territoire\u00a0: Chinon (37072), Indre-et-Loire,")
    assert not any(p.startswith("Département") for p in profile)  # inside the territory now
    assert not (tmp_path / "ca.png").exists()  # the chart is inside, not beside
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "pdf", "-o", str(pdf))
    assert code == 2
    assert "--force" in err
    code, _, _ = run("assess", "-a", str(EXAMPLE), "-f", "pdf", "-o", str(pdf), "--no-chart", "--force")
    assert code == 0


def test_a_binary_format_is_never_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from ccas_compass.cli import common
    from ccas_compass.errors import UsageError
    from ccas_compass.render.formats import get

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    with pytest.raises(UsageError) as caught:
        common.check_binary(get("docx"), Path("-"))
    assert "terminal" in caught.value.lines("fr")[0]
    common.check_binary(get("markdown"), None)  # text formats may go to the screen


def test_pdf_to_a_pipe_with_dash(tmp_path: Path) -> None:
    code, out, _ = run("assess", "-a", str(EXAMPLE), "-f", "pdf", "-o", "-")
    assert code == 0
    assert out.startswith(b"%PDF")


def test_template_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ccas_compass.render.pdf import TEMPLATE

    custom = tmp_path / "udccas.typ"
    custom.write_text(TEMPLATE.read_text(encoding="utf-8").replace(
        "#let organisation-line = none", '#let organisation-line = "UDCCAS de Loir-et-Cher"'),
        encoding="utf-8")
    monkeypatch.setenv("CCAS_COMPASS_TEMPLATE", str(custom))
    target = tmp_path / "r.pdf"
    assert run("assess", "-a", str(EXAMPLE), "-f", "pdf", "-o", str(target))[0] == 0
    assert "UDCCAS de Loir-et-Cher" in pdf_text(target.read_bytes())
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "pdf", "-o", str(tmp_path / "x.pdf"),
                       "--template", str(tmp_path / "absent.typ"))
    assert code == 2
    assert "absent.typ" in err
    assert not (tmp_path / "x.pdf").exists()


def later_answers(tmp_path: Path, model: Model) -> Path:
    """The example two years later: another population band, one practice answer changed."""
    doc: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    question = next(q for q in model.questionnaire.practice_questions
                    if q.type == "single" and q.id in doc["answers"])
    doc["answers"][question.id] = next(o.id for o in question.options if o.id != doc["answers"][question.id])
    population = model.questionnaire.profile_question("population")
    assert population is not None
    doc["organisation"]["population"] = next(
        o.id for o in population.options if o.id != doc["organisation"]["population"])
    doc["date"] = "2028-11-20"
    path = tmp_path / "2028.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_compare_shows_profile_ambition_and_answers_in_every_format(tmp_path: Path, model: Model) -> None:
    later = later_answers(tmp_path, model)
    code, out, _ = run("compare", str(EXAMPLE), str(later), "-f", "markdown")
    assert code == 0
    markdown = out.decode("utf-8").replace("\xa0", " ")  # French non-breaking spaces read as plain ones
    titles = ("## Regard d’aujourd’hui et ambition 2050", "## Profil déclaré", "## Réponses qui ont changé")
    for title in titles:
        assert title in markdown
    assert "Population :" in markdown
    assert "→" in markdown
    assert "\n1. " in markdown  # the answer that changed
    code, out, _ = run("compare", str(EXAMPLE), str(later), "-f", "json")
    doc = json.loads(out)
    assert len(doc["answers_changed"]) == 1
    assert doc["profile"]["a"]["population"] != doc["profile"]["b"]["population"]
    pdf = tmp_path / "c.pdf"
    assert run("compare", str(EXAMPLE), str(later), "-f", "pdf", "-o", str(pdf))[0] == 0
    text = pdf_text(pdf.read_bytes())
    assert "Réponses qui ont changé" in text
    assert "20 novembre 2028" in text
    word = tmp_path / "c.docx"
    assert run("compare", str(EXAMPLE), str(later), "-f", "docx", "-o", str(word))[0] == 0
    headings = [p.text for p in docx.Document(str(word)).paragraphs
               if p.style is not None and p.style.name == "Heading 1"]
    assert "Profil déclaré" in headings


def test_a_result_file_keeps_its_answers_for_a_later_comparison(tmp_path: Path, model: Model) -> None:
    result = tmp_path / "2026.json"
    assert run("assess", "-a", str(EXAMPLE), "-f", "json", "-o", str(result))[0] == 0
    saved = json.loads(result.read_text(encoding="utf-8"))
    assert saved["given_answers"]
    assert isinstance(saved["unanswered"], list)
    code, out, _ = run("compare", str(result), str(later_answers(tmp_path, model)), "-f", "json")
    assert code == 0
    assert len(json.loads(out)["answers_changed"]) == 1
    del saved["given_answers"]  # a result written before answers were kept
    result.write_text(json.dumps(saved), encoding="utf-8")
    code, out, _ = run("compare", str(result), str(EXAMPLE), "-f", "markdown")
    assert code == 0
    assert "impossible de dire lesquelles ont changé" in out.decode("utf-8")


def test_every_report_carries_the_profile_dates_unknowns_and_points_note(tmp_path: Path) -> None:
    example = _example_in(tmp_path)
    code, out, _ = run("assess", "-a", str(example), "-f", "markdown")
    markdown = out.decode("utf-8").replace("\xa0", " ")  # French non-breaking spaces read as plain ones
    assert code == 0
    assert "réponses du 20 novembre 2026" in markdown
    assert "Département : 37 (Indre-et-Loire)" in markdown
    assert "### Questions laissées « ne sait pas » (" in markdown
    assert "Points : ce que la réponse donnée apporte à la figure" in markdown
    code, out, _ = run("assess", "-a", str(example))
    text = " ".join(out.decode("utf-8").split())
    assert "20 novembre 2026" in text
    assert "Indre-et-Loire" in text
    assert "ne sait pas" in text


def test_technical_warnings_go_to_the_appendix(tmp_path: Path) -> None:
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    doc["questionnaire"]["version"] = "0.9"
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, _ = run("assess", "-a", str(path), "-f", "markdown")
    markdown = out.decode("utf-8").replace("\xa0", " ")  # French non-breaking spaces read as plain ones
    assert code == 0
    summary, rest = markdown.split("## Le mix des figures", 1)
    assert "0.9" not in summary
    assert "voir l’annexe" in summary
    appendix = rest.split("## Annexe : avertissements techniques", 1)[1]
    assert "0.9" in appendix


def test_batch_pdf_and_docx_on_a_departement(tmp_path: Path, model: Model) -> None:
    folder = tmp_path / "in"
    for n, (_, document) in enumerate(departement_docs(model, 4, seed=2, respondents=(1, 3))):
        path = folder / f"{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", str(folder), "--out", str(out), "--pdf", "--docx")
    assert code == 0, err
    reports = sorted((out / "organisations").glob("*.md"))
    assert len(reports) == 4
    for report in reports:
        text = pdf_text(report.with_suffix(".pdf").read_bytes())
        assert "Parmi les pairs" in text
        word = docx.Document(str(report.with_suffix(".docx")))
        assert len(word.inline_shapes) == 1
    assert "Panorama" in pdf_text((out / "panorama.pdf").read_bytes())
    assert docx.Document(str(out / "panorama.docx")).tables
    team = next(r for r in reports if "L’équipe" in r.read_text(encoding="utf-8"))
    assert "L’équipe" in pdf_text(team.with_suffix(".pdf").read_bytes())
    code, _, err = run("batch", str(folder), "--pdf")
    assert code == 2
    assert "--out" in err
