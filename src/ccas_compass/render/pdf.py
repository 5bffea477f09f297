"""The report as a PDF, typeset by Typst: A4, French hyphenation and spacing, vector chart, fonts embedded.

The only module that imports ``typst`` (the compiler and its fonts ship in the wheel; imported
only when a PDF is made). The layout is a text file, ``templates/rapport.typ``, that a union can
copy and restyle (colours, logo, fonts) and pass with ``--template``. The report reaches the
template as JSON data in ``sys.inputs`` and the chart as SVG text: nothing a user typed is ever
spliced into Typst markup, so ``Les #Pins $x$ *gras* <b> @ref %fin`` prints as typed.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import message
from ccas_compass.render.document import (
    Document,
    Fields,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    column_widths,
    keep_with_next,
)

TEMPLATE = Path(__file__).resolve().parent / "templates" / "rapport.typ"
"""The layout shipped with the tool."""
WIDE_TABLE = 7
"""Tables of more columns (the panorama's, one column per figure) are set in the smaller type, their
headers but the first turned a quarter (read upwards), so that no figure's name is hyphenated."""
TABLE_CHARS = {"normal": 106.0, "small": 128.0}
"""The text width (16.6 cm) in average characters of DejaVu Sans at 8.5 pt and at 7 pt (the
template's table sizes): the measure :func:`~.document.column_widths` shares out."""
CELL_PADDING_CHARS = 1.8


def _spans(text: Any) -> list[dict[str, Any]]:
    return [asdict(s) for s in text]


def blocks_json(document: Document) -> dict[str, Any]:
    """The document as the template reads it: ``meta`` (title, footer…) and ``blocks``."""
    out: list[dict[str, Any]] = []
    for b, keep in zip(document.blocks, keep_with_next(document.blocks), strict=True):
        if isinstance(b, Heading):
            out.append({"kind": "heading", "level": b.level, "text": _spans(b.text)})
        elif isinstance(b, Paragraph):
            out.append({"kind": "paragraph", "text": _spans(b.text), "keep": keep})
        elif isinstance(b, Quote):
            out.append({"kind": "quote", "text": _spans(b.text)})
        elif isinstance(b, ListBlock):
            out.append({"kind": "list", "ordered": b.ordered, "items": [_spans(i) for i in b.items]})
        elif isinstance(b, Table):
            small = len(b.header) > WIDE_TABLE
            widths = column_widths(b, TABLE_CHARS["small" if small else "normal"], CELL_PADDING_CHARS,
                                   upright=1 if small else None)
            out.append({"kind": "table", "align": b.align, "small": small, "widths": list(widths),
                        "header": [_spans(c) for c in b.header],
                        "rows": [[_spans(c) for c in row] for row in b.rows]})
        elif isinstance(b, Image):
            out.append({"kind": "image", "alt": b.alt})
        elif isinstance(b, Fields):
            out.append({"kind": "fields", "items": [list(pair) for pair in b.items]})
    meta = {"title": document.title, "lang": document.lang, "footer": "", "printed": "",
            "page": message("report_page", document.lang), **document.meta}
    return {"meta": meta, "blocks": out}


def _font_dirs() -> list[str]:
    """DejaVu Sans, the chart's own font, from matplotlib's data (found without importing it)."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return []
    fonts = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return [str(fonts)] if fonts.is_dir() else []


@functools.lru_cache(maxsize=4)
def _compiler(path: Path, custom: bool) -> Any:
    """One Typst compiler per layout, kept for the process: a batch loads the fonts once."""
    import typst

    return typst.Compiler(
        str(path), root=str(path.parent), font_paths=[*_font_dirs(), str(path.parent)],
        ignore_system_fonts=not custom,  # the tool's layout looks the same on every computer
    )


def pdf_bytes(document: Document, chart_svg: bytes | None = None, template: Path | None = None) -> bytes:
    """Typeset ``document`` with ``template`` (the tool's own by default)."""
    import typst

    custom = template is not None
    path = (template or TEMPLATE).resolve()
    if not path.is_file():
        raise UsageError([Problem("template_missing", file=str(template or path))])
    inputs = {"data": json.dumps(blocks_json(document), ensure_ascii=False)}
    if chart_svg is not None:
        inputs["chart"] = chart_svg.decode("utf-8")
    try:
        result = _compiler(path, custom).compile(format="pdf", sys_inputs=inputs)
    except (typst.TypstError, RuntimeError) as err:
        detail = " ".join(str(getattr(err, "message", err)).split())
        raise UsageError([Problem("pdf_failed", {"detail": detail}, file=str(path))]) from None
    if not isinstance(result, bytes):  # pragma: no cover - one PDF, one bytes object
        raise TypeError("typst returned no PDF")
    return result
