import pytest

from ccas_compass.model import yamlio


def test_lines_point_at_keys_and_list_items() -> None:
    text = "a: 1\nitems:\n  - id: x\n    weights:\n      radar: 2\n  - id: y\n"
    data, lines, problems = yamlio.parse_with_lines(text)
    assert data == {"a": 1, "items": [{"id": "x", "weights": {"radar": 2}}, {"id": "y"}]}
    assert problems == []
    assert lines[("a",)] == 1
    assert lines[("items", 0)] == 3
    assert lines[("items", 0, "weights", "radar")] == 5
    assert lines[("items", 1, "id")] == 6


def test_repeated_keys_are_reported_not_silently_dropped() -> None:
    _, _, problems = yamlio.parse_with_lines("a: 1\nb: 2\na: 3\n")
    assert [(p.key, p.line, p.params["first"]) for p in problems] == [("duplicate_key", 3, 1)]


def test_syntax_error_carries_its_line() -> None:
    with pytest.raises(yamlio.ParseError) as caught:
        yamlio.parse("a: 1\nb: [unclosed\nc: 2\n")
    assert caught.value.problem.key == "yaml_flow_list"
    assert caught.value.problem.line == 2  # where the list opens


def test_loading_is_safe() -> None:
    with pytest.raises(yamlio.ParseError):
        yamlio.parse("!!python/object/apply:os.system ['echo hacked']\n")


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('organisation:\n  name: "CCAS\n  insee: 37261\nanswers:\n' + "  a: 1\n" * 80,
         "yaml_unclosed_quote", 2),
        ("organisation:\n\tname: x\n", "yaml_tab", 2),
        ("a: b: c\n", "yaml_colon", 1),
        ("a:\n  b: 1\n c: 2\n", "yaml_indentation", 3),
        ("x: 1\nanswers:\n  a: [un, deux\n  b: oui\n", "yaml_flow_list", 3),  # trial: English leaked
        ("answers:\n  a: {x: 3, y: 2\n", "yaml_flow_mapping", 2),
        ("answers:\n  a: @x\n", "yaml_bad_start", 2),
    ],
)
def test_syntax_errors_in_words_on_the_right_line(text: str, key: str, line: int) -> None:
    from ccas_compass.model.yamlio import ParseError, parse, parse_with_lines

    readers = (parse, parse_with_lines, lambda t: parse(t, strict=True))  # strict: answers files
    for reader in readers:
        with pytest.raises(ParseError) as caught:
            reader(text)
        assert (caught.value.problem.key, caught.value.problem.line) == (key, line)
        for lang in ("fr", "en"):
            words = caught.value.problem.render(lang)
            assert "found" not in words
            assert "did not" not in words
