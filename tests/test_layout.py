"""The tests' own layout: no test module imports another one (shared helpers live in helper modules)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(path: Path) -> list[str]:
    """Every module an ``import`` or ``from … import`` of this file names (absolute imports)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_no_test_module_imports_another_test_module_or_the_conftest() -> None:
    offending = [
        f"{path.relative_to(TESTS)}: {name}"
        for path in sorted(TESTS.rglob("*.py"))
        for name in imported_modules(path)
        if name.startswith("tests.")
        and any(part.startswith("test_") or part == "conftest" for part in name.split(".")[1:])
    ]
    assert offending == []


def test_the_check_sees_such_an_import(tmp_path: Path) -> None:
    module = tmp_path / "test_sample.py"
    source = "def f() -> None:\n    from tests.render.test_markdown import tables\n"
    module.write_text(source, encoding="utf-8")
    assert "tests.render.test_markdown" in imported_modules(module)
