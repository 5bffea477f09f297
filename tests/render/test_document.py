"""The Markdown report read back into blocks: same headings, tables and words, user text inert."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ccas_compass.model.core import Model
from ccas_compass.render.document import (
    Fields,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
    column_widths,
    inline,
    keep_with_next,
    parse,
    plain,
)
from ccas_compass.render.markdown import escape, table
from ccas_compass.typography import glue
from tests.helpers import HOSTILE, example_markdown

NBSP = "\u00a0"


@given(st.text())
def test_any_escaped_text_reads_back_as_typed(text: str) -> None:
    """escape() then inline() gives the text back (on one line), whatever it contains: markup
    characters never become bold, italics or anything else."""
    spans = inline(escape(text), "en")
    assert plain(spans) == " ".join(text.split())
    assert not any(s.strong or s.emph for s in spans)


def test_hostile_texts_read_back_literally_in_a_table() -> None:
    rows = [[escape(h), "1 %"] for h in HOSTILE]
    blocks = parse("\n".join(table(["Nom", "Part"], rows, "lr")) + "\n", "fr").blocks
    assert len(blocks) == 1
    assert isinstance(blocks[0], Table)
    assert blocks[0].align == "lr"
    read = [plain(r[0]).replace(NBSP, " ") for r in blocks[0].rows]  # French spacing made unbreakable
    assert read == [" ".join(h.split()) for h in HOSTILE]


def test_glue_never_adds_a_space() -> None:
    assert glue("width: 1cm ; 20 % « Radar »", "fr") == f"width: 1cm{NBSP}; 20{NBSP}% «{NBSP}Radar{NBSP}»"
    assert glue("a : b", "en") == "a : b"


def test_the_example_report_keeps_its_structure(model: Model) -> None:
    markdown = example_markdown(model, "fr")
    document = parse(markdown, "fr")
    headings = [
        (b.level, plain(b.text).replace(NBSP, " ")) for b in document.blocks if isinstance(b, Heading)
    ]
    expected = [
        (len(line.split(" ", 1)[0]), line.split(" ", 1)[1].replace("\\", "").replace(NBSP, " "))
        for line in markdown.splitlines() if line.startswith("#")
    ]
    assert headings == expected
    assert document.title == plain(document.blocks[0].text)  # type: ignore[union-attr]
    tables = sum(1 for line in markdown.splitlines() if line.startswith("|:--"))
    assert sum(isinstance(b, Table) for b in document.blocks) == tables
    assert sum(isinstance(b, Image) for b in document.blocks) == 1
    assert any(isinstance(b, Quote) for b in document.blocks)  # the team's notes
    assert any(isinstance(b, ListBlock) and not b.ordered for b in document.blocks)
    summary = next(b for b in document.blocks if isinstance(b, Paragraph) and any(s.strong for s in b.text))
    assert "«\u00a0" in plain(summary.text)  # French spacing kept unbreakable
    # the SVG link means nothing on paper
    assert not any("SVG" in plain(b.text) for b in document.blocks if isinstance(b, Paragraph))


def test_the_profile_line_becomes_a_card(model: Model) -> None:
    from ccas_compass.answers.loading import load_answers
    from ccas_compass.render.board import profile_card
    from ccas_compass.scoring.mix import score
    from ccas_compass.scoring.report import build_report
    from tests.helpers import EXAMPLE

    report = build_report(model, score(model, load_answers(EXAMPLE, model)))
    line, items, header = profile_card(report, "fr")
    assert header is None  # the example's commune is fictional: no territory to move into the card
    document = parse(example_markdown(model, "fr"), "fr", (line, items))
    cards = [b for b in document.blocks if isinstance(b, Fields)]
    assert len(cards) == 1
    assert [label for label, _ in cards[0].items] == [label for label, _ in items]
    assert not any(isinstance(b, Paragraph) and "Effectif" in plain(b.text) for b in document.blocks)
    without = parse(example_markdown(model, "fr"), "fr")
    assert not any(isinstance(b, Fields) for b in without.blocks)  # the same words, as a paragraph


def _table(header: list[str], *rows: list[str]) -> Table:
    return Table(tuple((Span(h),) for h in header), tuple(tuple((Span(c),) for c in r) for r in rows),
                 "l" + "r" * (len(header) - 1))


def test_column_widths_keep_every_word_whole_and_give_the_rest_to_long_texts() -> None:
    table = _table(["Figure", "Pratiques", "Vu aujourd'hui − pratiques"],
                   ["Co-organisateur des lieux à partager", "5 %", "+15"],
                   ["Radar", "7 %", "+13"])
    widths = column_widths(table, 60.0, padding=2.0, header=1.15)
    assert abs(sum(widths) - 1) < 1e-9
    # each column at least its longest word (bold header words included) and its padding
    assert widths[1] * 60 >= 1.15 * len("Pratiques") + 2
    assert widths[2] * 60 >= 1.15 * len("aujourd'hui") + 2
    assert widths[0] * 60 >= len("Co-organisateur") + 2
    # the names column, whose text runs longest, gets the most
    assert widths[0] == max(widths)


def test_column_widths_with_room_to_spare_and_with_too_little() -> None:
    table = _table(["A", "B"], ["un", "deux"])
    roomy = column_widths(table, 100.0, padding=2.0)
    assert abs(sum(roomy) - 1) < 1e-9
    assert min(roomy) > 0.3  # the spare room shared, not all to one
    crowded = _table(["Organisations"] + ["Programmateur"] * 9, ["8"] * 10)
    tight = column_widths(crowded, 50.0, padding=1.0)
    assert abs(sum(tight) - 1) < 1e-9  # every column gives way in proportion
    turned = column_widths(crowded, 50.0, padding=1.0, upright=1)
    assert turned[0] > tight[0]  # turned headers no longer claim their words' width


def test_headings_and_the_lines_that_introduce_a_table_stay_with_it() -> None:
    blocks = (
        Heading(2, (Span("Le mix"),)),
        Paragraph((Span("Mix indicatif."),)),
        Paragraph((Span("Parts du mix en %."),)),
        _table(["Figure", "Part"], ["Radar", "7 %"]),
        Paragraph((Span("x" * 400),)),
        ListBlock(False, ((Span("un"),),)),
        Paragraph((Span("Fin."),)),
    )
    assert keep_with_next(blocks) == (True, True, True, False, False, False, False)


def test_the_header_line_gives_its_territory_to_the_card() -> None:
    territory = "Tours (37261), Indre-et-Loire, 139 259 habitants"
    markdown = f"# Titre\n\n{territory} · Questionnaire x\n\nStructure : CCAS\n"
    card = ("Structure : CCAS", [("Territoire", "Tours (37261), Indre-et-Loire, 139 259 habitants")])
    header = ("Tours (37261), Indre-et-Loire, 139 259 habitants · Questionnaire x", "Questionnaire x")
    document = parse(markdown, "fr", card, header)
    paragraphs = [plain(b.text) for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["Questionnaire x"]
    fields = [b for b in document.blocks if isinstance(b, Fields)]
    assert fields[0].items[0][1] == "Tours (37261), Indre-et-Loire, 139\u00a0259 habitants"  # never split
