"""The architecture, checked: layers, no import upward, no import circle, no source file too long.

The package is layered, lowest first (data flows one way: files → model → answers → … → command
line). A module may import its own layer and the layers below it, never one above, lazily
(inside a function) or not; imports under ``if TYPE_CHECKING:`` are for the type checker only and
are not counted. Imports are read from the source with :mod:`ast`, nothing is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PKG = "ccas_compass"
SRC = Path(__file__).resolve().parents[1] / "src"
MAX_LINES = 700

LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("base", frozenset({"errors", "i18n", "paths", "typography", "output"})),
    ("model", frozenset({"model"})),
    ("answers", frozenset({"answers"})),
    ("collect", frozenset({"collect"})),
    ("territory", frozenset({"territory"})),
    ("scoring", frozenset({"scoring"})),
    ("interview", frozenset({"interview"})),
    ("batch", frozenset({"batch"})),
    ("render", frozenset({"render"})),
    ("cli", frozenset({"cli", "__main__"})),
)
"""Each layer and the top-level modules or subpackages of ``ccas_compass`` it holds."""

FACADE = PKG
"""``ccas_compass/__init__.py``, the public API (``load_model``, ``load_answers``, ``score``,
``__version__``): it reaches into several layers, lazily (one module per name, in ``__getattr__``), by
design, and belongs to none. It is left out of the circles: Python runs it before any submodule
anyway, and what a module takes from it (``__version__``) imports nothing of the package."""

TOLERATED_LENGTH: dict[str, str] = {
}
"""Files allowed over :data:`MAX_LINES` for now, each with why (the test below fails as soon as one of
them is short enough, so that the exception does not outlive its reason)."""


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    lazy: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((SRC / PKG).rglob("*.py"))}


def layer(module: str) -> int | None:
    """The index of ``module``'s layer in :data:`LAYERS` (None for the facade or an unknown name)."""
    parts = module.split(".")
    if len(parts) < 2:
        return None
    return next((i for i, (_, tops) in enumerate(LAYERS) if parts[1] in tops), None)


def _typing_only(tree: ast.Module) -> set[int]:
    """The ids of the nodes under an ``if TYPE_CHECKING:`` block (not run)."""
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                hidden.update(id(n) for n in ast.walk(child))
    return hidden


def imports(module: str, path: Path, known: set[str]) -> Iterator[Import]:
    """Every run-time import of a ``ccas_compass`` module by ``module``: ``from x import y`` counts
    as an import of ``x.y`` when that is a module, else of ``x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    top = {id(n) for n in tree.body}
    hidden = _typing_only(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for target in targets:
            while target and target not in known:  # import a.b.c of a module a.b (attribute access)
                target = target.rpartition(".")[0]
            if target.startswith(PKG) and target != module:
                yield Import(module, target, getattr(node, "lineno", 0), id(node) not in top)


def all_imports() -> list[Import]:
    found = modules()
    known = set(found)
    return [i for m, p in found.items() for i in imports(m, p, known)]


def circles(edges: list[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.source, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


# ── the checker checked, on small graphs ─────────────────────────────────────────────────────────


def _edges(*pairs: tuple[str, str]) -> list[Import]:
    return [Import(a, b, 1, False) for a, b in pairs]


def test_the_circle_finder_finds_circles_and_only_them() -> None:
    assert circles(_edges(("a", "b"), ("b", "c"), ("c", "d"))) == []
    assert circles(_edges(("a", "b"), ("b", "a"), ("b", "c"))) == [["a", "b"]]
    long_one = _edges(("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "x"), ("c", "x"))
    assert sorted(circles(long_one)) == [["a", "b", "c"], ["x", "y"]]


def test_the_import_reader_sees_lazy_and_relative_imports_and_skips_typing_ones(tmp_path: Path) -> None:
    path = tmp_path / "mod.py"
    path.write_text(
        "from typing import TYPE_CHECKING\n"
        "from ccas_compass.model import core\n"
        "import ccas_compass.scoring.mix\n"
        "if TYPE_CHECKING:\n"
        "    from ccas_compass.cli import app\n"
        "def f():\n"
        "    from ccas_compass.render.jsonout import dumps\n"
        "    from ..batch import teams\n",
        encoding="utf-8",
    )
    known = {"ccas_compass.model.core", "ccas_compass.scoring.mix", "ccas_compass.cli.app",
             "ccas_compass.render.jsonout", "ccas_compass.batch.teams", "ccas_compass.scoring"}
    found = {(i.target, i.lazy) for i in imports("ccas_compass.scoring.x", path, known)}
    assert found == {
        ("ccas_compass.model.core", False),
        ("ccas_compass.scoring.mix", False),
        ("ccas_compass.render.jsonout", True),
        ("ccas_compass.batch.teams", True),
    }
    assert layer("ccas_compass.scoring.x") == 5
    assert layer("ccas_compass.render.jsonout") > layer("ccas_compass.scoring.x")  # type: ignore[operator]


# ── the package ──────────────────────────────────────────────────────────────────────────────────


def test_every_module_is_in_a_layer() -> None:
    """A new top-level module or subpackage gets a place in :data:`LAYERS` (and in the guide)."""
    unplaced = [m for m in modules() if m != FACADE and layer(m) is None]
    assert unplaced == []


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward: set[str] = set()
    for i in all_imports():
        mine, theirs = layer(i.source), layer(i.target)
        if mine is not None and theirs is not None and theirs > mine:
            upward.add(
                f"{i.source}:{i.line} ({LAYERS[mine][0]}) imports {i.target} ({LAYERS[theirs][0]})"
                + (", lazily" if i.lazy else "")
            )
    assert sorted(upward) == []


def test_no_import_circle_even_through_a_lazy_import() -> None:
    assert circles([i for i in all_imports() if FACADE not in (i.source, i.target)]) == []


def test_no_source_file_is_too_long() -> None:
    long_files = {}
    for path in modules().values():
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES:
            long_files[path.relative_to(SRC / PKG).as_posix()] = lines
    assert sorted(set(long_files) - set(TOLERATED_LENGTH)) == []
    still_long = {name for name in TOLERATED_LENGTH if name in long_files}
    assert still_long == set(TOLERATED_LENGTH), "short enough now: remove it from TOLERATED_LENGTH"


def test_renderers_read_the_batch_and_never_compute_it() -> None:
    """A renderer takes from ``batch`` its objects and constants (``Team``, ``LEAST_CONSENSUS``…),
    never a function (``team_result``…): the caller scores once and passes the result in."""
    called = []
    for module, path in modules().items():
        if layer(module) != len(LAYERS) - 2:  # render
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{PKG}.batch"):
                called += [f"{module}:{node.lineno} {a.name}" for a in node.names if not a.name[0].isupper()]
            elif isinstance(node, ast.Import):
                called += [f"{module}:{node.lineno} {a.name}" for a in node.names
                           if a.name.startswith(f"{PKG}.batch")]
    assert called == []
