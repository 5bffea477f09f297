import re
import string
from pathlib import Path

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


def test_message_fills_parameters_and_survives_unknown_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CCAS_COMPASS_STRICT_MESSAGES")  # as users run it: an unknown key shows as itself
    assert message("unknown_figure", "fr", id="radr") == "figure inconnue « radr »"
    assert message("unknown_figure", "en", id="radr") == "unknown figure 'radr'"
    assert message("no_such_key", "fr") == "no_such_key"


def test_plurals_agree_with_the_number_in_each_language() -> None:
    from ccas_compass.i18n import plural

    assert [plural(n, "fr", "réponse", "réponses") for n in (0, 1, 2)] == ["réponse", "réponse", "réponses"]
    assert [plural(n, "en", "answer", "answers") for n in (0, 1, 2)] == ["answers", "answer", "answers"]
    assert message("draft_line", "fr", name="X", insee="", asked=1, updated="") == "X  — 1 réponse — "
    assert message("draft_line", "fr", name="X", insee="", asked=2, updated="") == "X  — 2 réponses — "
    summary = message("batch_summary", "fr", respondents=1, orgs=2, failed=0)
    assert summary == "1 répondant de 2 organisations analysé ; 0 entrée en erreur."
    assert not any("(s)" in text for entry in MESSAGES.values() for text in entry.values())


def test_system_errors_read_in_the_message_language(tmp_path: Path) -> None:
    from ccas_compass.errors import UsageError
    from ccas_compass.model.loading import read_text

    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        read_text(tmp_path / "file" / "x.yaml", UsageError)
    reason = "lecture impossible (un élément du chemin n’est pas un dossier)"
    assert caught.value.lines("fr")[0].endswith(reason)
    assert "Not a directory" in caught.value.lines("en")[0]
