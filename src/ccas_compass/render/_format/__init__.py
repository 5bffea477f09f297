"""The output formats, one module each; :mod:`ccas_compass.render.formats` is their registry.

A format renders the documents it knows (``documents``) and returns them, never prints: a string, bytes
(PDF, Word) or a Rich renderable (the terminal's text, printed by the command line at its width). Each
module imports its renderers inside the methods, so that the registry stays cheap to import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ccas_compass.model.core import Model, Result
    from ccas_compass.scoring.compare import Comparison

Body = Any
"""``str``, ``bytes`` or a Rich renderable (``Any``: Rich is imported only when text is shown)."""


@dataclass(frozen=True)
class Options:
    """How to render a report or a comparison."""

    lang: str
    chart: bool = True
    """A chart in the document, when the format has one."""
    output: Path | None = None
    """The file the document goes to (``None``: standard output); companion files go beside it."""
    template: Path | None = None
    """A Typst template for the PDF."""


@dataclass(frozen=True)
class Rendered:
    """A rendered document, and the files that go beside it (suffix → content), e.g. its chart."""

    body: Body
    beside: Mapping[str, bytes] = field(default_factory=dict)


class Format:
    """Base of the formats: a name, the documents it renders, whether its output is binary."""

    name: ClassVar[str]
    documents: ClassVar[frozenset[str]]
    """Among ``figures``, ``questions``, ``report``, ``comparison``, ``commune``."""
    binary: ClassVar[bool] = False
    """Bytes, written to a file (``-o FILE``) or a pipe (``-o -``), never to a terminal."""

    def beside(self, document: str, options: Options) -> tuple[str, ...]:
        """The suffixes of the files written beside ``options.output`` (to refuse existing ones first)."""
        return ()

    def figures(self, model: Model, lang: str, details: bool) -> Body:
        raise NotImplementedError(self.name)

    def questions(self, model: Model, lang: str) -> Body:
        raise NotImplementedError(self.name)

    def report(self, model: Model, result: Result, options: Options) -> Rendered:
        raise NotImplementedError(self.name)

    def comparison(self, model: Model, comparison: Comparison, options: Options) -> Rendered:
        raise NotImplementedError(self.name)

    def commune(self, ref: Any, found: Any, lang: str) -> Body:
        """Communes found in the territory referential (``ref``, ``found``: see
        :mod:`ccas_compass.territory.lookup`)."""
        raise NotImplementedError(self.name)
