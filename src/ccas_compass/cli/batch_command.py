"""The ``batch`` command: many answers files and survey exports → a team report per CCAS/CIAS."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ccas_compass.cli.common import DataOpt, LangOpt, TemplateOpt, TextOrJson, h, load_shelf, progress, warn
from ccas_compass.errors import ExitCode, Problem, UsageError
from ccas_compass.i18n import message, resolve_lang

if TYPE_CHECKING:
    from ccas_compass.cli.batch_run import Outcome


def batch_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=h("help_batch_inputs"), metavar=h("metavar_inputs"))],
    *,
    out: Annotated[
        Path | None, typer.Option("--out", help=h("help_batch_out"), metavar=h("metavar_dir"))
    ] = None,
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
        typer.Option("--expected", help=h("help_batch_expected"), metavar=h("metavar_list"), dir_okay=False),
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
    if departement is not None and expected_list is not None:
        raise UsageError([Problem("campaign_both")])
    shelf = load_shelf(data)  # each answers file scored with the questionnaire version it declares
    model = shelf.current
    expected = None
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
    with progress(lang_) as phase:
        outcome = run(model, inputs, lang=lang_, out=out, force=force, charts=not no_chart, stream=stream,
                      phase=phase, mapping=table_mapping, jobs=jobs or min(os.cpu_count() or 1, 4),
                      shelf=shelf,
                      board=tuple(f for f, on in (("pdf", pdf), ("docx", docx)) if on), template=template,
                      expected=expected)
    warn((w.render(lang_) for w in outcome.warnings), lang_)
    _summary(outcome, out, lang_, json=stream is not None)
    if outcome.failures:
        raise typer.Exit(ExitCode.DATA)


def _summary(outcome: Outcome, out: Path | None, lang: str, *, json: bool) -> None:
    """The failures, the counts and where the files went, on stderr (stdout too for text)."""
    if outcome.failures:
        typer.echo(message("batch_failures", lang, count=len(outcome.failures)), err=True)
        for failure in outcome.failures:
            for problem in failure.problems:
                typer.echo("  " + problem.render(lang), err=True)
    summary = message("batch_summary", lang, respondents=outcome.respondents, orgs=outcome.organisations,
                      failed=len(outcome.failures))
    typer.echo(summary, err=json)
    tally = outcome.tally
    typer.echo(message("batch_rows", lang, read=tally.read, scored=tally.scored, refused=tally.refused,
                       left_out=tally.left_out), err=json)
    if outcome.nothing_written:
        typer.echo(message("batch_nothing_written", lang, path=out), err=True)
    elif out is not None:
        typer.echo(message("batch_written", lang, path=out, files=outcome.files), err=json)
    elif not json:
        typer.echo(message("batch_hint_out", lang))
