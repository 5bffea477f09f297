"""The fast reader of plain block YAML must read exactly what libyaml reads, or step aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass.model import yamlio
from ccas_compass.model.loading import load_model
from ccas_compass.model.yaml_subset import NotInSubset, SubsetReader
from tests.factory import departement_docs

LIBYAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
READER = SubsetReader(yaml.resolver.Resolver.yaml_implicit_resolvers)

# Scalars that mean something else to YAML, or that are close to the subset's edges.
TRICKY = [
    "oui", "non", "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "",
    "0", "7", "-3", "+5", "012", "0o7", "0x1F", "1_000", "1:30", "190:20:30", "3.5", ".inf", "-.inf",
    ".NaN", "1e3", "2026-11-21", "2026-11-21 10:00:00", "12345678901234567890", "=", "<<",
    "a: b", "a:b", "a #b", "a#b", "a:", "- a", "-a", "?a", "a, b", "[a]", "{a}", "a]", "'q'", '"q"',
    "d'Abbeville", "l''été", "  lead", "trail  ", "é à ç", "n° 3", "a\u00a0:", "a\u2028b", "x\x85y",
    "!tag", "&anchor", "*alias", "|", ">", "%x", "@x", "`x", "a # b", "\ufeffa", "---", "...",
    "[a, b]", "[ ]", "[yes, 012, ~, 1:30]", "[a,b]", "[a, b,]", "[a b]", "[a, [b]]", "[a: b]", "[a:b]",
    "{a: 1, b: 2}", "{a: 1, a: 2}", "{a:1}", "{yes: 1}", "{a: }", "{a}", "{ }", "[a] x", "[a], [b]",
    "{a: [b]}", "[-a, a-b, a.b, 1.5, .inf]", "{1: a}", "{a: null, b: 0}", "[a #b]", "['a', b]",
]
WORDS = st.sampled_from(TRICKY) | st.text(alphabet="abz_09-:#' \"é[]{},.&*!|>%@\u00a0", max_size=12)
KEYS = st.sampled_from(["a", "b", "name", "insee", "2a", "yes", "1", "null", "a-b", "a.b"]) | WORDS


def scalars() -> st.SearchStrategy[Any]:
    return st.none() | st.booleans() | st.integers(-10**20, 10**20) | WORDS | st.floats(allow_nan=False)


documents = st.recursive(
    scalars(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=15,
)


def libyaml(text: str) -> Any:
    return yaml.load(text, Loader=LIBYAML)  # noqa: S506 - a safe loader


def agrees(text: str) -> None:
    """The reader gives libyaml's document, or steps aside; never another document, never a
    document where libyaml refuses the text. With Windows line ends too."""
    if "\n" in text and "\r" not in text:
        agrees(text.replace("\n", "\r\n"))  # holds \r: checked once, not again
    try:
        libyaml(text)
    except yaml.YAMLError:
        with pytest.raises(NotInSubset):
            READER.parse(text)
        return
    try:
        ours = READER.parse(text)
    except NotInSubset:
        return
    assert repr(libyaml(text)) == repr(ours), text  # repr: True is not 1, nor 0 False, at any depth


@settings(max_examples=400, deadline=None)
@given(document=documents, flow=st.sampled_from([False, None]), indent=st.sampled_from([2, 4]))
def test_documents_dumped_by_pyyaml_read_as_libyaml_reads_them(document: Any, flow: bool | None,
                                                              indent: int) -> None:
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow, indent=indent)
    agrees(text)


LINE = st.tuples(
    st.sampled_from(["", "", " ", "  ", "   ", "    "]),
    st.sampled_from(["", "", "- ", "-  ", "-"]),
    st.sampled_from(["", "", "a:", "b: ", "a:  ", "2a:", "yes:", "a-b:", "# note", "a:#"]),
    WORDS,
)


@settings(max_examples=1500, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=8), end=st.sampled_from(["", "\n", "\n\n"]))
def test_any_text_made_of_block_lines_is_read_as_libyaml_reads_it(
    lines: list[tuple[str, str, str, str]], end: str
) -> None:
    text = "\n".join("".join(parts) for parts in lines) + end
    agrees(text)


@st.composite
def block_texts(draw: st.DrawFn) -> str:
    """Block YAML written by hand: plain or quoted scalars (tricky ones too), lists indented or
    not, comments, blank lines, trailing spaces, odd indents — mostly valid, sometimes not."""
    step = draw(st.sampled_from([1, 2, 3, 4]))
    out: list[str] = []

    def scalar() -> str:
        word = draw(WORDS)
        style = draw(st.sampled_from(["plain", "plain", "plain", "single", "double"]))
        if style == "single":
            return "'" + word.replace("'", "''") + "'"
        if style == "double":
            return '"' + word + '"'
        return word + draw(st.sampled_from(["", "", " ", "  "]))

    def block(indent: int, depth: int) -> None:
        if depth < 3 and draw(st.booleans()):
            for _ in range(draw(st.integers(1, 3))):
                out.append(" " * indent + "- " + scalar())
            return
        for _ in range(draw(st.integers(1, 4))):
            key = draw(KEYS) if draw(st.integers(0, 4)) == 0 else draw(st.sampled_from(["a", "b", "c_d"]))
            kind = draw(st.sampled_from(["value", "value", "nested", "list", "empty", "comment"]))
            if kind == "comment":
                out.append(" " * draw(st.integers(0, 6)) + "# " + draw(WORDS))
                continue
            if kind == "value" or depth >= 3:
                out.append(" " * indent + key + ": " + scalar())
            elif kind == "empty":
                out.append(" " * indent + key + ":" + draw(st.sampled_from(["", " "])))
            elif kind == "list":
                out.append(" " * indent + key + ":")
                lead = indent + draw(st.sampled_from([0, step]))
                for _ in range(draw(st.integers(1, 3))):
                    out.append(" " * lead + "-" + " " * draw(st.integers(1, 2)) + scalar())
            else:
                out.append(" " * indent + key + ":")
                if draw(st.booleans()):
                    out.append("")
                block(indent + step, depth + 1)

    block(draw(st.sampled_from([0, 0, 0, 2])), 0)
    return "\n".join(out) + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=1500, deadline=None)
@given(text=block_texts())
def test_hand_written_block_yaml_is_read_as_libyaml_reads_it(text: str) -> None:
    agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n  b: 2\n",  # a deeper line after a value
        "a:\n  - x\n- y\n",  # a dash back at the mapping's level
        "notes: un texte\n  qui continue\n",  # a plain scalar on two lines
        "a: 1\na: 2\n",  # a key given twice: libyaml's path names both lines
        "a: 'x\n  y'\n",  # a quoted scalar on two lines
        "a: &x 1\nb: *x\n",  # anchors and aliases: refused on the slow path
        "a: 1 # note\n",
        "a: 1\n---\nb: 2\n",
        "a:\tb\n",
        "a: b\rc: d\n",  # a lone CR
        "\ufeffa: b\n",
        "",
        "# only a comment\n",
        "a: [x, 'y']\n",
        "a: {x: [y]}\n",
        "a: 2026-11-21\n",
        "a: 0.5\n",
        "-\n  - x\n",
        "- a: 1\n",
        "...\n",  # a document end marker, not the string "..." (libyaml refuses it)
        "  \n...  \n",
        "# c\n...\n",
        "".join(" " * i + "a:\n" for i in range(600)),  # 600 levels: beyond this reader's recursion
    ],
)
def test_what_the_reader_leaves_to_libyaml(text: str) -> None:
    with pytest.raises(NotInSubset):
        READER.parse(text)


def test_indentless_and_indented_lists_nulls_and_quotes() -> None:
    text = (
        "# comment\nquestionnaire:\n  id: x\n  version: '2.0'\norganisation:\n  name: CCAS d'Ars\n"
        "  insee: '01001'\n  vide:\nanswers:\n  a:\n  - un\n  - deux\n  b:\n      - trois\n"
        "  c: null\n  d: []\n  e: {}\n  f: 3\n  g: \"dit\"\n  h: 'l''été'\n  i: [x, y, yes]\n"
        "  j: {a: 3, b: 0}\n\n"
    )
    assert READER.parse(text) == libyaml(text)
    assert READER.parse(text)["answers"]["h"] == "l'été"


def test_empty_collections_are_never_shared_between_documents() -> None:
    first = READER.parse("a: []\nb: []\n")
    first["a"].append(1)
    assert first["b"] == []
    assert READER.parse("a: []\n") == {"a": []}


def test_the_answers_files_the_tool_writes_take_the_fast_path() -> None:
    docs = [document for _, document in departement_docs(load_model(), 20, seed=7)]
    assert docs
    for document in docs:
        text = yamlio.dump(document)
        assert READER.parse(text) == libyaml(text) == document


def test_strict_parse_still_names_both_lines_of_a_repeated_key() -> None:
    with pytest.raises(yamlio.ParseError) as caught:
        yamlio.parse("answers:\n  a: x\n  a: y\n", strict=True)
    assert caught.value.problem.key == "duplicate_key"
    assert caught.value.problem.line == 3


def test_answers_files_filled_from_the_template_take_the_fast_path() -> None:
    """The blind corpus was filled from ``ccas-compass template`` by hand: comments, quoted names,
    one-line ``[a, b]`` lists and ``{a: 3}`` allocations."""
    files = sorted(p for p in (Path(__file__).parent / "corpus").glob("*.yaml") if p.name != "expected.yaml")
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert READER.parse(text) == libyaml(text), path.name
        windows = text.replace("\n", "\r\n")  # saved by a Windows editor
        assert READER.parse(windows) == libyaml(windows), path.name


@pytest.mark.parametrize("text", ["oui\n", "'2.0'\n", "  yes  \n", "12\n", "[a, b]\n", "{a: 1}\n", "~\n"])
def test_a_document_that_is_one_scalar(text: str) -> None:
    assert repr(READER.parse(text)) == repr(libyaml(text))


def test_a_deeply_nested_answers_file_is_read_by_libyaml_not_lost() -> None:
    text = "".join(" " * i + "a:\n" for i in range(600))
    assert yamlio.parse(text, strict=True) == libyaml(text)
