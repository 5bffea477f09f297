"""The collection's commands: ``export`` (the questionnaire for a survey tool), ``mapping draft``."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ccas_compass.cli.common import DataOpt, ForceOpt, LangOpt, emit, h, load_model, refuse_existing
from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import message, resolve_lang


class ExportKind(str, Enum):
    xlsform = "xlsform"
    limesurvey = "limesurvey"


def export_cmd(
    kind: Annotated[ExportKind, typer.Argument(help=h("help_export_kind"), metavar="xlsform|limesurvey")],
    *,
    output: Annotated[Path, typer.Option("--output", "-o", help=h("help_export_output"), dir_okay=False,
                                     metavar=h("metavar_file"))],
    force: ForceOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.output import write_bytes

    lang_ = resolve_lang(lang)
    refuse_existing([output], force)
    if kind is ExportKind.limesurvey:
        from ccas_compass.collect.limesurvey import survey_text

        write_bytes(output, survey_text(load_model(data)).encode("utf-8"), force=force)
    else:
        from ccas_compass.collect.xlsform import xlsform_bytes

        write_bytes(output, xlsform_bytes(load_model(data)), force=force)
    typer.echo(message("written", lang_, path=output), err=True)


def mapping_draft_cmd(
    file: Annotated[
        Path, typer.Argument(help=h("help_mapping_draft_file"), metavar=h("metavar_file"), dir_okay=False)
    ],
    *,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help=h("help_mapping_draft_output"), dir_okay=False,
                                   metavar=h("metavar_file"))
    ] = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    data: DataOpt = None,
) -> None:
    from ccas_compass.collect.draft import known_draft
    from ccas_compass.collect.mapping_draft import draft, render

    lang_ = resolve_lang(lang)
    refuse_existing([output] if output is not None else [], force)
    if not file.is_file():
        raise UsageError([Problem("file_missing", file=str(file))])
    model = load_model(data)
    known = known_draft(file, model, lang_)  # an export of our own questionnaire: written whole
    if known is not None:
        emit(known[0], output, force, lang_)
        typer.echo(message("mapping_draft_summary", lang_, sure=known[1], check=0, unknown=0), err=True)
        return
    result = draft(file, model, lang_)
    emit(render(result, str(output) if output is not None else None), output, force, lang_)
    sure, check, unknown = result.counts
    typer.echo(message("mapping_draft_summary", lang_, sure=sure, check=check, unknown=unknown), err=True)
