"""The message catalogues: one key in one catalogue, both languages, short files, no unknown key."""

from __future__ import annotations

import ast
import pkgutil
from importlib import import_module
from pathlib import Path

import pytest

import ccas_compass
import ccas_compass.i18n as i18n

SRC = Path(ccas_compass.__file__).resolve().parent


def catalogues() -> dict[str, dict[str, dict[str, str]]]:
    return {
        info.name: import_module(f"ccas_compass.i18n.{info.name}").MESSAGES
        for info in pkgutil.iter_modules(i18n.__path__)
    }


def test_every_key_is_in_exactly_one_catalogue() -> None:
    seen: dict[str, str] = {}
    for name, messages in catalogues().items():
        for key in messages:
            assert key not in seen, f"{key!r} is in both {seen[key]} and {name}"
            seen[key] = name
    assert set(seen) == set(i18n.MESSAGES)


def test_every_message_speaks_every_language() -> None:
    for key, entry in i18n.MESSAGES.items():
        assert set(entry) == set(i18n.LANGS), key


def test_an_unknown_key_fails_in_the_tests() -> None:
    with pytest.raises(KeyError, match="no_such_key"):
        i18n.message("no_such_key", "fr")


def test_every_literal_key_used_in_the_code_exists() -> None:
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in i18n.MESSAGES
            ):
                missing.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.args[0].value}")
    assert missing == []
