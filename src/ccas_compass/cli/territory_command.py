"""The ``commune`` command: a commune of the territory referential, by INSEE code or name."""

from __future__ import annotations

from typing import Annotated

import typer

from ccas_compass.cli.common import FormatOpt, LangOpt, TextOrJson, emit, h
from ccas_compass.i18n import resolve_lang


def commune_cmd(
    query: Annotated[
        list[str], typer.Argument(help=h("help_commune_query"), metavar=h("metavar_code_or_name"))
    ],
    *,
    fmt: FormatOpt = TextOrJson.text,
    lang: LangOpt = None,
) -> None:
    from ccas_compass.render.formats import get
    from ccas_compass.territory import lookup
    from ccas_compass.territory.referential import load

    lang_ = resolve_lang(lang)
    ref = load()
    try:
        found = lookup.resolve(ref, " ".join(query))
    except lookup.NotFound as err:  # JSON asked: an error object on stdout too, for scripts
        if fmt is TextOrJson.json:
            from ccas_compass.render import jsonout

            emit(jsonout.dumps(lookup.error_document(ref, err, lang_)), None, False, lang_)
        raise
    emit(get(fmt.value).commune(ref, found, lang_), None, False, lang_)
