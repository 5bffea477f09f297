"""The command line: options in, core called, output out.

One place (:func:`handled`) turns the package's errors into messages on stderr and exit codes:
0 success, 1 invalid data (model or answers), 2 usage (missing file, existing output, no terminal),
130 interrupted. Heavy modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from ccas_compass.cli.clickfr import install as install_click_words
from ccas_compass.errors import CompassError, Problem, UsageError
from ccas_compass.i18n import message, resolve_lang

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ccas_compass.model.core import Answers, Model, Result
    from ccas_compass.scoring.versions import Shelf

F = TypeVar("F", bound=Callable[..., Any])


def _argv_lang(argv: list[str]) -> str | None:
    """``--lang en`` read early, so that ``--help`` itself is in the chosen language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


HELP_LANG = resolve_lang(_argv_lang(sys.argv))
install_click_words(HELP_LANG)  # click's usage, help headings and errors in French too


def h(key: str) -> str:
    return message(key, HELP_LANG)


app = typer.Typer(
    name="ccas-compass",
    help=h("help_app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: Typer's Rich help formatter costs ~150 ms at every start
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from ccas_compass import __version__

        typer.echo(f"ccas-compass {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help=h("help_version"), callback=_version, is_eager=True)
    ] = False,
) -> None:
    """The tool's options before any command (``--version``)."""


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


class ReportFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    pdf = "pdf"
    docx = "docx"


class SchemaKind(str, Enum):
    figures = "figures"
    questions = "questions"
    answers = "answers"
    result = "result"


LangOpt = Annotated[str | None, typer.Option("--lang", help=h("help_lang"), metavar="fr|en")]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help=h("help_data"), file_okay=False, envvar="CCAS_COMPASS_DATA"),
]
FormatOpt = Annotated[TextOrJson, typer.Option("--format", "-f", help=h("help_format"))]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help=h("help_output"))]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("help_force"))]
ReportFormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help=h("help_report_format"))]
NoChartOpt = Annotated[bool, typer.Option("--no-chart", help=h("help_no_chart"))]
TemplateOpt = Annotated[
    Path | None,
    typer.Option("--template", help=h("help_template_pdf"), dir_okay=False, envvar="CCAS_COMPASS_TEMPLATE",
                 metavar="FILE.typ"),
]


def handled(func: F) -> F:
    """Run a command; turn CompassError into its lines on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        option = kwargs.get("lang")
        lang = resolve_lang(option if _lang_known(option) else None)
        try:
            if not _lang_known(option):  # a usage error, said in the environment's language
                raise UsageError([Problem("lang_unknown", {"value": option})])
            return func(*args, **kwargs)
        except CompassError as err:
            # French typography where people read it (a terminal); piped, the plain text for scripts
            for line in err.lines(lang, terminal=sys.stderr.isatty()):
                typer.echo(line, err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo(message("interrupted", lang), err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _lang_known(option: str | None) -> bool:
    """``--lang`` absent, fr or en (``fr_FR``, ``en-GB`` accepted): anything else is refused."""
    import re

    return option is None or re.fullmatch(r"(?i)\s*(fr|en)([-_.@].*)?\s*", option) is not None


def _console(file: Any = None, width: int | None = None) -> Console:
    from rich.console import Console

    return Console(file=file, width=width, highlight=False, soft_wrap=False)


def _emit(
    content: str | RenderableType, output: Path | None, force: bool, lang: str, *, quiet: bool = False
) -> None:
    """Print to stdout, or write atomically to ``output`` (Rich content as plain text)."""
    if output is None:
        if isinstance(content, str):
            sys.stdout.write(content)
        else:
            _console().print(content)
        return
    from ccas_compass.output import write_text

    if not isinstance(content, str):
        import io

        buffer = io.StringIO()
        _console(file=buffer, width=100).print(content)
        content = buffer.getvalue()
    write_text(output, content, force=force)
    if not quiet:
        typer.echo(message("written", lang, path=output), err=True)


def _model(data: Path | None) -> Model:
    from ccas_compass.model.loading import load_model

    return load_model(data)


def _shelf(data: Path | None) -> Shelf:
    """The current model and the archived questionnaire versions beside it."""
    from ccas_compass.scoring.versions import shelf

    return shelf(data)


@app.command("figures", help=h("help_figures"))
@handled
def figures_cmd(
    *,
    fmt: FormatOpt = TextOrJson.text,
    details: Annotated[bool, typer.Option("--details", help=h("help_details"))] = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    lang_ = resolve_lang(lang)
    model = _model(data)
    if fmt is TextOrJson.json:
        from ccas_compass.render import jsonout

        _emit(jsonout.dumps(jsonout.figures(model, lang_)), None, False, lang_)
    else:
        from ccas_compass.render.text import figures_view

        _emit(figures_view(model, lang_, details), None, False, lang_)


@app.command("questions", help=h("help_questions"))
@handled
def questions_cmd(
    *, fmt: FormatOpt = TextOrJson.text, lang: LangOpt = None, data: DataOpt = None
) -> None:
    lang_ = resolve_lang(lang)
    model = _model(data)
    if fmt is TextOrJson.json:
        from ccas_compass.render import jsonout

        _emit(jsonout.dumps(jsonout.questions(model, lang_)), None, False, lang_)
    else:
        from ccas_compass.render.text import questions_view

        _emit(questions_view(model, lang_), None, False, lang_)


@app.command("template", help=h("help_template"))
@handled
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

        header = answers_header(_model(data))
        if output is None:
            sys.stdout.write(header)
            return
        from ccas_compass.output import write_text

        write_text(output, header, force=force, bom=True)
        typer.echo(message("written", lang_, path=output), err=True)
        return
    from ccas_compass.render.template import answers_template

    _emit(answers_template(_model(data), lang_), output, force, lang_)


@app.command("validate", help=h("help_validate"))
@handled
def validate_cmd(
    answers: Annotated[list[Path] | None, typer.Argument(help=h("help_validate_answers"))] = None,
    *,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help=h("help_validate_corpus"), file_okay=False, metavar="DIR")
    ] = None,
    version: Annotated[
        str | None, typer.Option("--version", help=h("help_validate_version"), metavar="X.Y")
    ] = None,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.model.checks import balance
    from ccas_compass.model.content_checks import content_checks, failed
    from ccas_compass.render.checks_view import content_view
    from ccas_compass.render.text import balance_view

    lang_ = resolve_lang(lang)
    shelf = _shelf(data)
    model = shelf.model(version) if version is not None else shelf.current
    if model is None:
        available = ", ".join(shelf.versions())
        raise UsageError([Problem("version_not_shipped", {"version": version, "available": available})])
    q = model.questionnaire
    practice = len(q.practice_questions)
    allocations = sum(1 for x in q.questions if x.type == "allocation")
    summary = message(
        "validate_ok",
        lang_,
        figures=len(model.figures),
        questions=practice + allocations,
        practice=practice,
        allocations=allocations,
        profile=len(q.profile),
    )
    console = _console()
    console.print(summary)
    console.print(balance_view(model, balance(q, model.figure_ids), lang_))
    checks = content_checks(q, model.figure_ids)
    console.print(content_view(model, checks, lang_))
    if failed(checks):  # required of the current version (a test holds it), tolerated in an archived one
        typer.echo(message("warning_line", lang_, text=message("checks_failed", lang_, count=failed(checks))),
                   err=True)
    problems, missing = _validate_answers(model, answers or [], console, lang_, shelf)
    error: type[CompassError] = UsageError if missing else CompassError  # a missing file: exit 2
    if corpus is not None:
        from ccas_compass.render.checks_view import corpus_view
        from ccas_compass.scoring import corpus as corpus_run

        outcomes = corpus_run.run(corpus, shelf)
        console.print(corpus_view(model, outcomes, str(corpus), lang_))
        bad = corpus_run.failures(outcomes)
        console.print(message("corpus_summary", lang_, passed=len(outcomes) - bad, total=len(outcomes)))
        if bad:
            problems.append(Problem("corpus_failed", {"failed": bad}, file=str(corpus)))
    if problems:
        raise error(problems)


def _validate_answers(
    model: Model, paths: list[Path], console: Console, lang: str, shelf: Shelf | None = None
) -> tuple[list[Problem], bool]:
    """Check answers files, tables and folders of them (walked as ``batch`` walks them), each answers
    file with the questionnaire version it declares when the ``shelf`` holds it; and whether an input
    was missing (exit 2, as in every command)."""
    from ccas_compass.batch.inputs import expand, read
    from ccas_compass.batch.teams import Collector

    found, problems = expand(paths)
    missing = bool(problems)
    if not found and not problems and paths:
        problems.append(Problem("no_inputs", file=", ".join(map(str, paths))))
    collector = Collector(model)
    for warning in read(found, model, collector, shelf=shelf):
        typer.echo(message("warning_line", lang, text=warning.render(lang)), err=True)
    failed = {part for f in collector.failures for part in (f.source, f.source.rsplit(":", 1)[0])}
    for item in found:
        if str(item.path) not in failed:
            console.print(message("answers_ok", lang, path=item.path))
    for failure in collector.failures:
        problems += failure.problems
    return problems, missing


@app.command("schema", help=h("help_schema"))
@handled
def schema_cmd(
    kind: Annotated[SchemaKind, typer.Argument(help=h("help_schema_kind"))],
    *,
    data: DataOpt = None,
) -> None:
    from ccas_compass.model.schemas import schema
    from ccas_compass.render.jsonout import dumps

    needs_model = kind in (SchemaKind.answers, SchemaKind.result)
    model = _model(data) if needs_model else None
    _emit(dumps(schema(kind.value, model)), None, False, "fr")


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

    if not interview.is_terminal():
        raise UsageError([Problem("not_a_terminal")])
    model = _model(data)
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
        raise typer.Exit(130 if outcome.status == "interrupted" else 0)
    parsed, target = _save_interview(model, outcome, save, force, lang)
    return model, parsed, lang, target


def _save_interview(
    model: Model, outcome: Any, save: Path | None, force: bool, lang: str
) -> tuple[Answers, Path]:
    """Write the finished interview as an answers file, then drop its draft."""
    from ccas_compass.answers import check
    from ccas_compass.errors import AnswersError
    from ccas_compass.interview.drafts import slug
    from ccas_compass.model import yamlio
    from ccas_compass.output import write_text

    document = outcome.session.document()
    target = save
    if target is None:
        prefix = "answers" if lang == "en" else "reponses"
        stem = f"{prefix}-{slug(document['organisation'].get('name', ''))}-{document['date']}"
        target, counter = Path(f"{stem}.yaml"), 2
        while target.exists():
            target, counter = Path(f"{stem}-{counter}.yaml"), counter + 1
    header = message("answers_file_header", lang, path=target) + "\n"
    write_text(target, header + yamlio.dump(document), force=force)
    if outcome.draft is not None:
        outcome.draft.unlink(missing_ok=True)
    parsed, problems = check.check(document, model.questionnaire, source=str(target))
    if parsed is None:
        raise AnswersError(problems)
    return parsed, target


@app.command("assess", help=h("help_assess"))
@handled
def assess_cmd(
    *,
    answers: Annotated[
        str | None, typer.Option("--answers", "-a", help=h("help_answers"), metavar="FILE|-")
    ] = None,
    fmt: ReportFormatOpt = ReportFormat.text,
    output: OutputOpt = None,
    force: ForceOpt = False,
    no_chart: NoChartOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
    resume: Annotated[bool, typer.Option("--resume", help=h("help_resume"))] = False,
    draft: Annotated[Path | None, typer.Option("--draft", help=h("help_draft"), dir_okay=False)] = None,
    save: Annotated[Path | None, typer.Option("--save", help=h("help_save"), dir_okay=False)] = None,
    organisation: Annotated[str | None, typer.Option("--organisation", help=h("help_organisation"))] = None,
    insee: Annotated[str | None, typer.Option("--insee", help=h("help_insee"))] = None,
    template: TemplateOpt = None,
) -> None:
    from ccas_compass.model.loading import decode
    from ccas_compass.scoring.mix import score

    lang_ = resolve_lang(lang)
    _check_binary(fmt, output)
    _refuse_existing(_report_targets(fmt, output, no_chart), force)  # before any question is asked
    saved: Path | None = None
    if answers is None:
        model, parsed, lang_, saved = _interview(
            lang_, data, resume=resume, draft=draft, save=save, force=force,
            prefill={"name": organisation, "insee": insee}, lang_given=lang is not None,
        )
        scorer = score
    else:  # scored with the questionnaire version the file declares, when the tool ships it
        shelf = _shelf(data)
        scorer = shelf.score
        if answers == "-":
            text = decode(sys.stdin.buffer.read(), "<stdin>", UsageError)
            model, parsed = shelf.load_answers("<stdin>", text=text)
        else:
            model, parsed = shelf.load_answers(answers)
    from ccas_compass.territory.checks import (  # old codes, unknown codes, names, bands
        Reconciler,
        with_warnings,
    )

    territory = Reconciler(questionnaire=model.questionnaire)
    parsed = territory.reconcile(parsed)
    result = with_warnings(scorer(model, parsed), territory.warnings)  # in the JSON and the appendix too
    for warning in result.warnings:
        typer.echo(message("warning_line", lang_, text=warning.render(lang_)), err=True)
    if saved is not None and fmt is ReportFormat.text and output is None:
        _finish_interview(model, result, saved, lang_)
        return
    if saved is not None:
        typer.echo(message("saved_answers", lang_, path=saved), err=True)
    _emit_report(model, result, fmt, output, force, no_chart, lang_, template=template)


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
    _console(file=buffer, width=min(shutil.get_terminal_size((80, 24)).columns, 100)).print(
        report_view(report, lang)
    )
    interview.finish(buffer.getvalue(), headline(report, lang), saved, lang)


def _report_targets(fmt: ReportFormat, output: Path | None, no_chart: bool) -> list[Path]:
    """The files a report writes: the output, and for Markdown its chart (PNG, SVG) beside it."""
    if output is None or (str(output) == "-" and fmt in (ReportFormat.pdf, ReportFormat.docx)):
        return []
    if fmt is ReportFormat.markdown and not no_chart:
        return [output, output.with_suffix(".png"), output.with_suffix(".svg")]
    return [output]


def _check_binary(fmt: ReportFormat, output: Path | None) -> None:
    """PDF and Word files need ``-o FILE`` (``-o -``: standard output, never a terminal)."""
    if fmt not in (ReportFormat.pdf, ReportFormat.docx):
        return
    if output is None:
        raise UsageError([Problem("binary_needs_output", {"format": fmt.value.upper()})])
    if str(output) == "-" and sys.stdout.isatty():
        raise UsageError([Problem("binary_to_terminal", {"format": fmt.value.upper()})])


def _emit_binary(content: bytes, output: Path, force: bool, lang: str) -> None:
    """A PDF or Word file to ``output`` (atomic), or to standard output for ``-o -``."""
    if str(output) == "-":
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    from ccas_compass.output import write_bytes

    write_bytes(output, content, force=force)
    typer.echo(message("written", lang, path=output), err=True)


def _refuse_existing(paths: list[Path], force: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise UsageError([Problem("output_exists", file=str(p)) for p in existing])


def _emit_report(
    model: Model, result: Result, fmt: ReportFormat, output: Path | None, force: bool,
    no_chart: bool, lang: str, *, template: Path | None = None,
) -> None:
    """One result as text (Rich), Markdown (with its chart when written to a file), JSON, PDF or Word."""
    if fmt is ReportFormat.json:
        from ccas_compass.render import jsonout

        _emit(jsonout.dumps(jsonout.result(model, result, lang)), output, force, lang)
        return
    from ccas_compass.scoring.report import build_report

    report = build_report(model, result)
    if fmt in (ReportFormat.pdf, ReportFormat.docx) and output is not None:
        from ccas_compass.render.board import report_file

        content = report_file(report, fmt.value, lang, chart=not no_chart, template=template)
        _emit_binary(content, output, force, lang)
        return
    if fmt is ReportFormat.text:
        from ccas_compass.render.report_text import report_view

        _emit(report_view(report, lang), output, force, lang)
        return
    from ccas_compass.render.markdown import report_markdown

    targets = _report_targets(fmt, output, no_chart)
    _refuse_existing(targets, force)
    chart = None
    if len(targets) == 3:
        from ccas_compass.output import write_bytes
        from ccas_compass.render.chart import chart_images

        images = chart_images(report, lang)
        for target in targets[1:]:
            write_bytes(target, images[target.suffix[1:]], force=force)
            typer.echo(message("written", lang, path=target), err=True)
        chart = targets[1].name
    _emit(report_markdown(report, lang, chart=chart), output, force, lang)


@app.command("compare", help=h("help_compare"))
@handled
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
    from ccas_compass.scoring.compare import compare, load_side

    lang_ = resolve_lang(lang)
    _check_binary(fmt, output)
    _refuse_existing(_report_targets(fmt, output, True), force)
    shelf = _shelf(data)
    model = shelf.current
    comparison = compare(load_side(a, shelf), load_side(b, shelf), model.figure_ids)
    for warning in comparison.all_warnings(lang_):
        typer.echo(message("warning_line", lang_, text=warning), err=True)
    if fmt is ReportFormat.json:
        from ccas_compass.render import jsonout

        _emit(jsonout.dumps(jsonout.comparison(model, comparison, lang_)), output, force, lang_)
    elif fmt in (ReportFormat.pdf, ReportFormat.docx) and output is not None:
        from ccas_compass.render.board import compare_file

        content = compare_file(model, comparison, fmt.value, lang_, template=template)
        _emit_binary(content, output, force, lang_)
    elif fmt is ReportFormat.markdown:
        from ccas_compass.render.markdown import compare_markdown

        _emit(compare_markdown(model, comparison, lang_), output, force, lang_)
    else:
        from ccas_compass.render.report_text import compare_view

        _emit(compare_view(model, comparison, lang_), output, force, lang_)


class ExportKind(str, Enum):
    xlsform = "xlsform"
    limesurvey = "limesurvey"


@app.command("export", help=h("help_export"))
@handled
def export_cmd(
    kind: Annotated[ExportKind, typer.Argument(help=h("help_export_kind"))],
    *,
    output: Annotated[Path, typer.Option("--output", "-o", help=h("help_export_output"), dir_okay=False)],
    force: ForceOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.collect.xlsform import xlsform_bytes
    from ccas_compass.output import write_bytes

    lang_ = resolve_lang(lang)
    _refuse_existing([output], force)
    if kind is ExportKind.limesurvey:
        from ccas_compass.collect.limesurvey import survey_text

        write_bytes(output, survey_text(_model(data)).encode("utf-8"), force=force)
    else:
        write_bytes(output, xlsform_bytes(_model(data)), force=force)
    typer.echo(message("written", lang_, path=output), err=True)


@app.command("batch", help=h("help_batch"))
@handled
def batch_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=h("help_batch_inputs"), metavar="INPUT...")],
    *,
    out: Annotated[Path | None, typer.Option("--out", help=h("help_batch_out"), metavar="DIR")] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format", "-f", help=h("help_batch_format"))] = TextOrJson.text,
    force: Annotated[bool, typer.Option("--force", help=h("help_batch_force"))] = False,
    no_chart: Annotated[bool, typer.Option("--no-chart", help=h("help_batch_no_chart"))] = False,
    mapping: Annotated[
        list[str] | None,
        typer.Option("--mapping", "-m", help=h("help_batch_mapping"), metavar="[EXPORT=]MAP.yaml"),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help=h("help_batch_jobs"), min=1, metavar="N")
    ] = None,
    departement: Annotated[
        str | None, typer.Option("--departement", help=h("help_batch_departement"), metavar="CODE")
    ] = None,
    expected_list: Annotated[
        Path | None,
        typer.Option("--expected", help=h("help_batch_expected"), metavar="LIST", dir_okay=False),
    ] = None,
    lang: LangOpt = None,
    data: DataOpt = None,
    pdf: Annotated[bool, typer.Option("--pdf", help=h("help_batch_pdf"))] = False,
    docx: Annotated[bool, typer.Option("--docx", help=h("help_batch_docx"))] = False,
    template: TemplateOpt = None,
) -> None:
    import os

    from ccas_compass.cli.batch_run import run

    lang_ = resolve_lang(lang)
    if (pdf or docx) and out is None:
        raise UsageError([Problem("batch_board_needs_out")])
    shelf = _shelf(data)  # each answers file scored with the questionnaire version it declares
    model = shelf.current
    expected = None
    if departement is not None and expected_list is not None:
        raise UsageError([Problem("campaign_both")])
    if departement is not None or expected_list is not None:  # campaign follow-up (issue 12)
        from ccas_compass.territory import campaign
        from ccas_compass.territory.referential import load as territory

        expected = (campaign.from_list(territory(), expected_list) if expected_list is not None
                    else campaign.for_departement(territory(), departement or ""))
    table_mapping = None
    if mapping:
        from ccas_compass.collect.pairs import load_all

        table_mapping = load_all(mapping, model)  # a wrong mapping stops the batch before any reading
    stream = sys.stdout if fmt is TextOrJson.json else None
    with _progress(lang_) as phase:
        outcome = run(model, inputs, lang=lang_, out=out, force=force, charts=not no_chart, stream=stream,
                      phase=phase, mapping=table_mapping, jobs=jobs or min(os.cpu_count() or 1, 4),
                      shelf=shelf,
                      board=tuple(f for f, on in (("pdf", pdf), ("docx", docx)) if on), template=template,
                      expected=expected)
    for warning in outcome.warnings:
        typer.echo(message("warning_line", lang_, text=warning.render(lang_)), err=True)
    if outcome.failures:
        typer.echo(message("batch_failures", lang_, count=len(outcome.failures)), err=True)
        for failure in outcome.failures:
            for problem in failure.problems:
                typer.echo("  " + problem.render(lang_), err=True)
    summary = message("batch_summary", lang_, respondents=outcome.respondents, orgs=outcome.organisations,
                      failed=len(outcome.failures))
    typer.echo(summary, err=stream is not None)
    tally = outcome.tally
    typer.echo(message("batch_rows", lang_, read=tally.read, scored=tally.scored, refused=tally.refused,
                       left_out=tally.left_out), err=stream is not None)
    if outcome.nothing_written:
        typer.echo(message("batch_nothing_written", lang_, path=out), err=True)
    elif out is not None:
        typer.echo(message("batch_written", lang_, path=out, files=outcome.files), err=stream is not None)
    elif stream is None:
        typer.echo(message("batch_hint_out", lang_))
    if outcome.failures:
        raise typer.Exit(1)


@app.command("commune", help=h("help_commune"))
@handled
def commune_cmd(
    query: Annotated[list[str], typer.Argument(help=h("help_commune_query"), metavar="CODE|NAME")],
    *,
    fmt: FormatOpt = TextOrJson.text,
    lang: LangOpt = None,
) -> None:
    from ccas_compass.territory import lookup
    from ccas_compass.territory.referential import load

    lang_ = resolve_lang(lang)
    ref = load()
    try:
        found = lookup.resolve(ref, " ".join(query))
    except lookup.NotFound as err:  # JSON asked: an error object on stdout too, for scripts
        if fmt is TextOrJson.json:
            from ccas_compass.render import jsonout

            _emit(jsonout.dumps(lookup.error_document(ref, err, lang_)), None, False, lang_)
        raise
    if fmt is TextOrJson.json:
        from ccas_compass.render import jsonout

        docs = [lookup.document(ref, f) for f in found]
        _emit(jsonout.dumps(docs[0] if len(docs) == 1 else docs), None, False, lang_)
    else:
        _emit(lookup.text(ref, found, lang_), None, False, lang_)


mapping_app = typer.Typer(
    name="mapping",
    help=h("help_mapping"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(mapping_app)


@mapping_app.command("draft", help=h("help_mapping_draft"))
@handled
def mapping_draft_cmd(
    file: Annotated[Path, typer.Argument(help=h("help_mapping_draft_file"), metavar="FILE", dir_okay=False)],
    *,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help=h("help_mapping_draft_output"), dir_okay=False)
    ] = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.collect.mapping_draft import draft, render

    lang_ = resolve_lang(lang)
    _refuse_existing([output] if output is not None else [], force)
    if not file.is_file():
        raise UsageError([Problem("file_missing", file=str(file))])
    model = _model(data)
    from ccas_compass.collect.draft import known_draft

    known = known_draft(file, model, lang_)  # an export of our own questionnaire: written whole
    if known is not None:
        _emit(known[0], output, force, lang_)
        typer.echo(message("mapping_draft_summary", lang_, sure=known[1], check=0, unknown=0), err=True)
        return
    result = draft(file, model, lang_)
    _emit(render(result, str(output) if output is not None else None), output, force, lang_)
    sure, check, unknown = result.counts
    typer.echo(message("mapping_draft_summary", lang_, sure=sure, check=check, unknown=unknown), err=True)


class _progress:
    """A Rich progress bar on stderr while a batch runs; nothing at all when stderr is not a terminal."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.bar: Any = None

    def __enter__(self) -> Callable[[str, int], Callable[[int], None]] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
            console=_console(file=sys.stderr), transient=True,
        )
        self.bar.start()

        def phase(key: str, total: int) -> Callable[[int], None]:
            task = self.bar.add_task(message(key, self.lang), total=total or None)
            return lambda n: self.bar.advance(task, n)

        return phase

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def main() -> None:
    """Console-script entry point."""
    app()
