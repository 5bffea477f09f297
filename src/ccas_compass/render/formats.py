"""The registry of output formats: a format's name → its renderer (pip-audit's ``_format`` pattern).

The command line chooses every document's format here. A new format is one module in
:mod:`ccas_compass.render._format` and one line below; the commands offer it for the documents it
declares.
"""

from __future__ import annotations

from ccas_compass.render._format import Format, Options, Rendered
from ccas_compass.render._format.board import Docx, Pdf
from ccas_compass.render._format.json import Json
from ccas_compass.render._format.markdown import Markdown
from ccas_compass.render._format.text import Text

FORMATS: dict[str, Format] = {f.name: f for f in (Text(), Markdown(), Json(), Pdf(), Docx())}

__all__ = ["FORMATS", "Format", "Options", "Rendered", "get", "names"]


def names(document: str) -> list[str]:
    """The formats that render ``document`` (``report``, ``figures``…), in the registry's order."""
    return [name for name, f in FORMATS.items() if document in f.documents]


def get(name: str) -> Format:
    """The format called ``name`` (the command line offers only registered names)."""
    return FORMATS[name]
