"""The report's commands: ``assess`` (an interview or an answers file → a report), ``compare``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ccas_compass.cli.common import (
    DataOpt,
    ForceOpt,
    LangOpt,
    NoChartOpt,
    OutputOpt,
    ReportFormat,
    ReportFormatOpt,
    TemplateOpt,
    check_binary,
    console,
    emit_rendered,
    h,
    load_model,
    load_shelf,
    refuse_existing,
    targets,
    warn,
)
from ccas_compass.errors import ExitCode, Problem, UsageError
from ccas_compass.i18n import message, resolve_lang

if TYPE_CHECKING:
    from ccas_compass.model.core import Answers, Model, Result


def assess_cmd(
    *,
    answers: Annotated[
        str | None,
        typer.Option("--answers", "-a", help=h("help_answers"), metavar=h("metavar_file_or_stdin")),
    ] = None,
    fmt: ReportFormatOpt = ReportFormat.text,
    output: OutputOpt = None,
    force: ForceOpt = False,
    no_chart: NoChartOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
    resume: Annotated[bool, typer.Option("--resume", help=h("help_resume"))] = False,
    draft: Annotated[
        Path | None, typer.Option("--draft", help=h("help_draft"), dir_okay=False, metavar=h("metavar_file"))
    ] = None,
    save: Annotated[
        Path | None, typer.Option("--save", help=h("help_save"), dir_okay=False, metavar=h("metavar_file"))
    ] = None,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help=h("help_organisation"), metavar=h("metavar_text"))
    ] = None,
    insee: Annotated[str | None, typer.Option("--insee", help=h("help_insee"), metavar="CODE")] = None,
    template: TemplateOpt = None,
) -> None:
    from ccas_compass.model.loading import decode
    from ccas_compass.render.formats import Options, get
    from ccas_compass.scoring.mix import score
    from ccas_compass.territory.checks import Reconciler, with_warnings

    lang_ = resolve_lang(lang)
    format_ = get(fmt.value)
    check_binary(format_, output)
    refuse_existing(targets(format_, "report", output, not no_chart), force)  # before any question
    saved: Path | None = None
    if answers is None:
        model, parsed, lang_, saved = _interview(
            lang_, data, resume=resume, draft=draft, save=save, force=force,
            prefill={"name": organisation, "insee": insee}, lang_given=lang is not None,
        )
        scorer = score
    else:  # scored with the questionnaire version the file declares, when the tool ships it
        shelf = load_shelf(data)
        scorer = shelf.score
        if answers == "-":
            text = decode(sys.stdin.buffer.read(), "<stdin>", UsageError)
            model, parsed = shelf.load_answers("<stdin>", text=text)
        else:
            model, parsed = shelf.load_answers(answers)
    territory = Reconciler(questionnaire=model.questionnaire)  # old codes, unknown codes, names, bands
    parsed = territory.reconcile(parsed)
    result = with_warnings(scorer(model, parsed), territory.warnings)  # in the JSON and the appendix too
    warn((w.render(lang_) for w in result.warnings), lang_)
    if saved is not None and fmt is ReportFormat.text and output is None:
        _finish_interview(model, result, saved, lang_)
        return
    if saved is not None:
        typer.echo(message("saved_answers", lang_, path=saved), err=True)
    options = Options(lang_, chart=not no_chart, output=output, template=template)
    refuse_existing(targets(format_, "report", output, not no_chart), force)
    emit_rendered(format_.report(model, result, options), output, force, lang_)


def _interview(
    lang: str,
    data: Path | None,
    *,
    resume: bool,
    draft: Path | None,
    save: Path | None,
    force: bool,
    prefill: dict[str, str | None],
    lang_given: bool = True,
) -> tuple[Model, Answers, str, Path]:
    """Run the interactive interview; save the answers file; return what to score, the interview's
    language (a resumed draft keeps its own) and the answers file."""
    from ccas_compass.interview import asker as interview
    from ccas_compass.interview.saving import save_answers

    if not interview.is_terminal():
        raise UsageError([Problem("not_a_terminal")])
    model = load_model(data)
    if save is not None and save.exists() and not force:
        raise UsageError([Problem("output_exists", file=str(save))])
    outcome = interview.conduct(
        model, lang, interview.TerminalAsker(lang), draft=draft, resume=resume, prefill=prefill,
        lang_given=lang_given, offer=draft is None and not resume,
    )
    lang = outcome.session.lang
    if outcome.status != "finished":
        if outcome.draft is not None:
            option = f" --draft {outcome.draft}" if draft is not None else ""
            typer.echo(message("stopped", lang, path=outcome.draft, draft_option=option), err=True)
        else:
            typer.echo(message("nothing_saved", lang), err=True)
        raise typer.Exit(ExitCode.INTERRUPTED if outcome.status == "interrupted" else ExitCode.OK)
    parsed, target = save_answers(model, outcome.session.document(), save, force, lang, draft=outcome.draft)
    return model, parsed, lang, target


def _finish_interview(model: Model, result: Result, saved: Path, lang: str) -> None:
    """The end of an interview in the terminal: the report if asked, a summary, the file's place."""
    import io
    import shutil

    from ccas_compass.interview import asker as interview
    from ccas_compass.render.report_text import report_view
    from ccas_compass.render.wording import headline
    from ccas_compass.scoring.report import build_report

    report = build_report(model, result)
    buffer = io.StringIO()
    console(file=buffer, width=min(shutil.get_terminal_size((80, 24)).columns, 100)).print(
        report_view(report, lang)
    )
    interview.finish(buffer.getvalue(), headline(report, lang), saved, lang)


def compare_cmd(
    a: Annotated[str, typer.Argument(help=h("help_compare_a"), metavar="A")],
    b: Annotated[str, typer.Argument(help=h("help_compare_b"), metavar="B")],
    *,
    fmt: ReportFormatOpt = ReportFormat.text,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
    template: TemplateOpt = None,
) -> None:
    from ccas_compass.render.formats import Options, get
    from ccas_compass.scoring.compare import compare, load_side

    lang_ = resolve_lang(lang)
    format_ = get(fmt.value)
    check_binary(format_, output)
    refuse_existing(targets(format_, "comparison", output, False), force)
    shelf = load_shelf(data)
    model = shelf.current
    comparison = compare(load_side(a, shelf), load_side(b, shelf), model.figure_ids)
    warn(comparison.all_warnings(lang_), lang_)
    rendered = format_.comparison(model, comparison, Options(lang_, output=output, template=template))
    emit_rendered(rendered, output, force, lang_)
