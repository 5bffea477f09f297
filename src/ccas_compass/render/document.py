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

from ..typography import NBSP

_SPACE_BEFORE = re.compile(r" (?=[:;?!»%])")
_SPACE_AFTER = re.compile(r"(?<=«) ")


def glue(text: str, lang: str) -> str:
    """French text with its existing spaces before ``: ; ? ! » %`` and after « made non-breaking.

    Unlike :func:`ccas_compass.typography.french`, no space is ever added: the tool's sentences
    already carry theirs, and a text the user typed (``width: 1cm``) must print exactly as typed.
    """
    if lang == "en":
        return text
    return _SPACE_AFTER.sub(NBSP, _SPACE_BEFORE.sub(NBSP, text))


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
    markdown: str, lang: str, card: tuple[str, Sequence[tuple[str, str]]] | None = None
) -> Document:
    """The tool's own Markdown → blocks (links other than the image, and rules, are dropped: the
    SVG link of the chart means nothing on paper). ``card``: a paragraph as the renderer wrote it
    (the profile line, :func:`ccas_compass.render.wording.profile_line`) and its (label, value)
    pairs: that paragraph becomes a :class:`Fields` block, the same words laid out as a card."""
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
    if card is not None:
        line = glue(" ".join(card[0].split()), lang)
        fields = Fields(tuple((glue(label, lang), glue(value, lang)) for label, value in card[1]))
        blocks = [fields if isinstance(b, Paragraph) and plain(b.text) == line else b for b in blocks]
    title = next((plain(b.text) for b in blocks if isinstance(b, Heading) and b.level == 1), "")
    return Document(tuple(blocks), lang, title)
