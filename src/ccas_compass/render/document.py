"""The report as a format-neutral document: headings, paragraphs, lists, tables, quotes, a figure.

The PDF and Word reports are built from the Markdown report, read back into these blocks: the
Markdown renderer already decides the content and its order (summary first, the same sentences
from :mod:`ccas_compass.render.wording`), so every format shows the same thing by construction and a
change of wording reaches the PDF and the Word file without touching them.

Reading it back is safe and exact because the Markdown comes from this tool only, in a small
subset (``#`` headings, paragraphs, ``-``/``1.`` lists, ``>`` quotes, GFM tables, one image), and
every text that is not the tool's own was escaped by :func:`ccas_compass.render.markdown.escape`: an
unescaped ``*`` or ``|`` is always markup, an escaped one always text. Spans come out as plain
strings, with the spaces French typography wants unbreakable made so (:func:`glue`); renderers
must pass them to their engine as data, never as markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ccas_compass.typography import glue


@dataclass(frozen=True)
class Span:
    """A run of text, strong and/or emphasised."""

    text: str
    strong: bool = False
    emph: bool = False


Inline = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    """1 for the title, 2 for a section, 3 for a subsection."""
    text: Inline


@dataclass(frozen=True)
class Paragraph:
    text: Inline


@dataclass(frozen=True)
class Quote:
    """A warning or a note of the team, set apart from the body."""

    text: Inline


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]
    align: str
    """One letter per column: ``l`` (text) or ``r`` (numbers)."""


@dataclass(frozen=True)
class Image:
    """The chart; ``src`` is the name the Markdown links (the renderer embeds its own bytes)."""

    alt: str
    src: str


@dataclass(frozen=True)
class Fields:
    """Labelled values (the declared profile), laid out as a card rather than a run-on line."""

    items: tuple[tuple[str, str], ...]


Block = Heading | Paragraph | Quote | ListBlock | Table | Image | Fields


@dataclass(frozen=True)
class Document:
    blocks: tuple[Block, ...]
    lang: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    """Words for the page frame (footer, printed date), filled by the caller."""


def plain(text: Inline) -> str:
    return "".join(s.text for s in text)


_HEADING = re.compile(r"^(#{1,6}) (.*)$")
_ORDERED = re.compile(r"^(\d+)\. (.*)$")
_IMAGE = re.compile(r"^!\[(.*)\]\((.*)\)$")
_LINK_ONLY = re.compile(r"^\[(?:[^\]\\]|\\.)*\]\([^)]*\)$")
_ALIGN = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")


def inline(source: str, lang: str) -> Inline:
    """``**strong**``, ``*emph*`` and backslash escapes → spans of plain text."""
    spans: list[Span] = []
    buffer: list[str] = []
    strong = emph = False

    def flush() -> None:
        if buffer:
            spans.append(Span(glue("".join(buffer), lang), strong, emph))
            buffer.clear()

    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            buffer.append(source[i + 1])
            i += 2
            continue
        if source.startswith("**", i):
            flush()
            strong = not strong
            i += 2
            continue
        if c == "*":
            flush()
            emph = not emph
            i += 1
            continue
        buffer.append(c)
        i += 1
    flush()
    return tuple(spans)


def _cells(line: str) -> list[str]:
    """A table row split on its unescaped ``|``."""
    body = line.strip()[1:-1]
    cells, current, i = [], [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            current.append(body[i : i + 2])
            i += 2
            continue
        if body[i] == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(body[i])
        i += 1
    cells.append("".join(current).strip())
    return cells


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse(
    markdown: str, lang: str, card: tuple[str, Sequence[tuple[str, str]]] | None = None,
    header: tuple[str, str] | None = None,
) -> Document:
    """The tool's own Markdown → blocks (links other than the image, and rules, are dropped: the
    SVG link of the chart means nothing on paper). ``card``: a paragraph as the renderer wrote it
    (the profile line, :func:`ccas_compass.render.wording.profile_line`) and its (label, value)
    pairs: that paragraph becomes a :class:`Fields` block, the same words laid out as a card.
    ``header``: a paragraph as written (the report's meta line) and the text to show instead
    (the same line without what the card now shows; empty: the paragraph is left out)."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(inline(" ".join(paragraph), lang)))
            paragraph.clear()

    def end_list() -> None:
        if items:
            blocks.append(ListBlock(ordered, tuple(inline(x, lang) for x in items)))
            items.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _HEADING.match(line)
        number = _ORDERED.match(line)
        if not line.strip() or line.strip() == "---":
            end_paragraph()
            end_list()
        elif heading:
            end_paragraph()
            end_list()
            blocks.append(Heading(len(heading.group(1)), inline(heading.group(2), lang)))
        elif line.startswith("|"):
            end_paragraph()
            end_list()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            align = "".join("r" if c.endswith(":") else "l" for c in _cells(rows[1])) if (
                len(rows) > 1 and _ALIGN.match(rows[1].replace(" ", ""))) else "l" * len(_cells(rows[0]))
            body = rows[2:] if len(rows) > 1 and _ALIGN.match(rows[1].replace(" ", "")) else rows[1:]
            blocks.append(Table(
                tuple(inline(c, lang) for c in _cells(rows[0])),
                tuple(tuple(inline(c, lang) for c in _cells(r)) for r in body),
                align,
            ))
            continue
        elif line.startswith("- ") or number:
            end_paragraph()
            is_ordered = number is not None
            if items and is_ordered != ordered:
                end_list()
            ordered = is_ordered
            items.append(number.group(2) if number else line[2:])
        elif line.startswith("> "):
            end_paragraph()
            end_list()
            blocks.append(Quote(inline(line[2:], lang)))
        elif _IMAGE.match(line):
            end_paragraph()
            end_list()
            image = _IMAGE.match(line)
            assert image is not None
            blocks.append(Image(glue(_unescape(image.group(1)), lang), image.group(2)))
        elif _LINK_ONLY.match(line):
            end_paragraph()
        else:
            end_list()
            paragraph.append(line)
        i += 1
    end_paragraph()
    end_list()
    if header is not None:  # the header line, its territory moved into the card
        line, shown = (glue(" ".join(x.split()), lang) for x in header)
        blocks = [Paragraph((Span(shown),)) if isinstance(b, Paragraph) and plain(b.text) == line else b
                  for b in blocks if not (isinstance(b, Paragraph) and plain(b.text) == line and not shown)]
    if card is not None:
        line = glue(" ".join(card[0].split()), lang)
        fields = Fields(tuple((glue(label, lang), glue(value, lang)) for label, value in card[1]))
        blocks = [fields if isinstance(b, Paragraph) and plain(b.text) == line else b for b in blocks]
    title = next((plain(b.text) for b in blocks if isinstance(b, Heading) and b.level == 1), "")
    return Document(tuple(blocks), lang, title)


def _length(text: str) -> float:
    """A text's width in average characters: digits and signs are wider than the average letter."""
    return sum(1.25 if c.isdigit() or c in "%+−" else 1.0 for c in text)


def column_widths(
    table: Table, width: float, padding: float = 2.0, *, header: float = 1.15, upright: int | None = None
) -> tuple[float, ...]:
    """Column widths, as fractions of the table's width, taken from the content (the automatic table
    layout of web browsers): every column at least as wide as its longest word (header words
    included, so that no header or figure name breaks inside a word), the space left shared out in
    proportion to how much longer each column's text runs. ``width``: the text width in characters
    of the table's type; ``padding``: a cell's inner margins, in characters; ``header``: how much
    wider a header character is (bold, maybe another size); ``upright``: only the first ``upright``
    header cells are set upright (the others turned a quarter, as in a panorama's wide tables: their
    width no longer depends on their words). When even the longest words don't fit, every column
    gives way in proportion."""
    count = len(table.header)
    least = [1.0] * count
    most = [1.0] * count
    for r, row in enumerate((table.header, *table.rows)):
        bold = header if r == 0 else 1.0
        for c, cell in enumerate(row[:count]):
            if r == 0 and upright is not None and c >= upright:
                least[c] = max(least[c], TURNED)  # a turned header: a few lines of type wide
                continue
            text = plain(cell)
            longest = max((_length(word) for word in text.split(" ")), default=0)  # "20 %": one word
            least[c] = max(least[c], bold * longest)
            if r > 0:  # a header may wrap between its words: the body says how wide a column wants to be
                most[c] = max(most[c], _length(text))
    most = [max(m, x) for m, x in zip(most, least, strict=True)]
    least = [x + padding for x in least]
    most = [x + padding for x in most]
    if sum(most) <= width:  # room to spare: shared equally, numbers get air as much as names
        widths = [m + (width - sum(most)) / count for m in most]
    elif sum(least) >= width:
        widths = least
    else:
        spare = width - sum(least)
        stretch = sum(m - x for m, x in zip(most, least, strict=True)) or 1.0
        widths = [x + spare * (m - x) / stretch for m, x in zip(most, least, strict=True)]
    total = sum(widths)
    return tuple(x / total for x in widths)


TURNED = 6.0
"""A header turned a quarter is about three lines of type wide, in characters of the same type."""
KEEP_SHORT = 320
"""A paragraph up to this many characters is kept on the page of the table or list it introduces."""


def keep_with_next(blocks: Sequence[Block]) -> tuple[bool, ...]:
    """For each block, whether a page break must not fall right after it: headings, and the short
    paragraphs that introduce a table, a list or the chart (or another such paragraph: « Parts du mix
    en % … » stays with the mix table, a question with the table of its answers)."""
    keep = [False] * len(blocks)
    for i in range(len(blocks) - 2, -1, -1):
        block, after = blocks[i], blocks[i + 1]
        if isinstance(block, Heading):
            keep[i] = True
        elif isinstance(block, Paragraph) and len(plain(block.text)) <= KEEP_SHORT:
            keep[i] = isinstance(after, Table | ListBlock | Image) or (
                isinstance(after, Paragraph) and keep[i + 1])
    return tuple(keep)
