"""The model's commands: ``figures``, ``questions``, ``template``, ``validate``, ``schema``."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ccas_compass.cli.common import (
    DataOpt,
    ForceOpt,
    FormatOpt,
    LangOpt,
    OutputOpt,
    TextOrJson,
    console,
    emit,
    h,
    load_model,
    load_shelf,
    warn,
)
from ccas_compass.errors import CompassError, Problem, UsageError
from ccas_compass.i18n import message, resolve_lang

if TYPE_CHECKING:
    from ccas_compass.model.core import Model
    from ccas_compass.scoring.versions import Shelf


class SchemaKind(str, Enum):
    figures = "figures"
    questions = "questions"
    answers = "answers"
    result = "result"


def figures_cmd(
    *,
    fmt: FormatOpt = TextOrJson.text,
    details: Annotated[bool, typer.Option("--details", help=h("help_details"))] = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.render.formats import get

    lang_ = resolve_lang(lang)
    emit(get(fmt.value).figures(load_model(data), lang_, details), None, False, lang_)


def questions_cmd(
    *, fmt: FormatOpt = TextOrJson.text, lang: LangOpt = None, data: DataOpt = None
) -> None:
    from ccas_compass.render.formats import get

    lang_ = resolve_lang(lang)
    emit(get(fmt.value).questions(load_model(data), lang_), None, False, lang_)


def template_cmd(
    *,
    output: OutputOpt = None,
    force: ForceOpt = False,
    csv: Annotated[bool, typer.Option("--csv", help=h("help_template_csv"))] = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    lang_ = resolve_lang(lang)
    if csv:
        from ccas_compass.render.csvout import answers_header

        header = answers_header(load_model(data))
        if output is None:
            sys.stdout.write(header)
            return
        from ccas_compass.output import write_text

        write_text(output, header, force=force, bom=True)  # a BOM: Excel reads the accents
        typer.echo(message("written", lang_, path=output), err=True)
        return
    from ccas_compass.render.template import answers_template

    emit(answers_template(load_model(data), lang_), output, force, lang_)


def validate_cmd(
    answers: Annotated[
        list[Path] | None, typer.Argument(help=h("help_validate_answers"), metavar=h("metavar_files"))
    ] = None,
    *,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help=h("help_validate_corpus"), file_okay=False, metavar=h("metavar_dir")),
    ] = None,
    version: Annotated[
        str | None, typer.Option("--version", help=h("help_validate_version"), metavar="X.Y")
    ] = None,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.batch.check import check_inputs
    from ccas_compass.model.checks import balance, sizes
    from ccas_compass.model.content_checks import content_checks, failed
    from ccas_compass.render.checks_view import content_view
    from ccas_compass.render.text import balance_view

    lang_ = resolve_lang(lang)
    shelf = load_shelf(data)
    model = shelf.model(version) if version is not None else shelf.current
    if model is None:
        available = ", ".join(shelf.versions())
        raise UsageError([Problem("version_not_shipped", {"version": version, "available": available})])
    q = model.questionnaire
    screen = console()
    screen.print(message("validate_ok", lang_, figures=len(model.figures), **sizes(q)._asdict()))
    screen.print(balance_view(model, balance(q, model.figure_ids), lang_))
    checks = content_checks(q, model.figure_ids)
    screen.print(content_view(model, checks, lang_))
    if failed(checks):  # required of the current version (a test holds it), tolerated in an archived one
        warn([message("checks_failed", lang_, count=failed(checks))], lang_)
    checked = check_inputs(model, answers or [], shelf)
    warn((w.render(lang_) for w in checked.warnings), lang_)
    for path in checked.passed:
        screen.print(message("answers_ok", lang_, path=path))
    problems = checked.problems
    if corpus is not None:
        problems += _corpus(corpus, model, shelf, lang_)
    if problems:
        raise (UsageError if checked.missing else CompassError)(problems)  # a missing file: exit 2


def _corpus(corpus: Path, model: Model, shelf: Shelf, lang: str) -> list[Problem]:
    """Run the validation corpus, show its outcomes; a problem when a case fails."""
    from ccas_compass.render.checks_view import corpus_view
    from ccas_compass.scoring import corpus as corpus_run

    outcomes = corpus_run.run(corpus, shelf)
    screen = console()
    screen.print(corpus_view(model, outcomes, str(corpus), lang))
    bad = corpus_run.failures(outcomes)
    screen.print(message("corpus_summary", lang, passed=len(outcomes) - bad, total=len(outcomes)))
    return [Problem("corpus_failed", {"failed": bad}, file=str(corpus))] if bad else []


def schema_cmd(
    kind: Annotated[
        SchemaKind, typer.Argument(help=h("help_schema_kind"), metavar="figures|questions|answers|result")
    ],
    *,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.model.schemas import schema
    from ccas_compass.render.jsonout import dumps

    needs_model = kind in (SchemaKind.answers, SchemaKind.result)
    model = load_model(data) if needs_model else None
    emit(dumps(schema(kind.value, model)), None, False, "fr")
