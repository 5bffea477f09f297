import re
import string

import pytest

from ccas_compass.i18n import LANGS, MESSAGES, message, resolve_lang


def fields(text: str) -> set[str]:
    text = re.sub(r"\{(\w+)\|[^{}]*\}", r"{\1}", text)  # a plural marker names its field
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_with_the_same_fields(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert fields(entry["fr"]) == fields(entry["en"])


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, {}, "fr"),
        ("en", {}, "en"),
        ("EN", {"LANG": "fr_FR.UTF-8"}, "en"),
        ("de", {}, "fr"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {"LANG": "fr_FR.UTF-8"}, "fr"),
        (None, {"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        (None, {"LANGUAGE": "fr:en", "LC_ALL": "en_US.UTF-8"}, "fr"),
        (None, {"LANG": "C.UTF-8"}, "fr"),
    ],
)
def test_resolve_lang(option: str | None, env: dict[str, str], expected: str) -> None:
    assert resolve_lang(option, env) == expected


def test_message_fills_parameters_and_survives_unknown_keys() -> None:
    assert message("unknown_figure", "fr", id="radr") == "figure inconnue « radr »"
    assert message("unknown_figure", "en", id="radr") == "unknown figure 'radr'"
    assert message("no_such_key", "fr") == "no_such_key"
