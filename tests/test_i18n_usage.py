"""Every message key of the catalogues is used by the code: a message nobody can see is dead weight
that translators would still keep up to date.

A key is used when the source (outside the catalogues) holds it as a string literal, or when it
belongs to one of the dynamic families below: keys the code builds from a prefix and a value
(``f"role_{role}"``). Each family is checked in turn, so that the allow-list cannot outlive the code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ccas_compass
import ccas_compass.i18n as i18n

SRC = Path(ccas_compass.__file__).resolve().parent
CATALOGUES = SRC / "i18n"

# Families of keys built at run time: prefix -> where the code builds them (for the reader; the test
# checks that the prefix really opens an f-string or a ``"prefix" + ...`` concatenation in the code).
DYNAMIC: dict[str, str] = {
    "type_": "render/text.py, render/template.py: f'type_{question.type}'",
    "role_": "interview/session.py: f'role_{role}' (the respondent's role)",
    "profile_": "render/wording.py: f'profile_{question.id}' and f'profile_runs_{question.id}'",
    "report_gap_": "render/wording.py: f'report_gap_{gap.kind}'",
    "report_mix_indicative_": "render/wording.py: f'report_mix_indicative_{report.reason}'",
    "report_headline_broad_mix": "render/wording.py: 'report_headline_broad_mix' + ('' | '_one')",
    "compare_reason_": "render/wording.py: f'compare_reason_{side.standing_out_reason}'",
    "axis_": "render/wording.py: 'axis_' + axis_id",
    "agreement_": "render/batch_markdown.py: f'agreement_{spread.level}'",
    "pano_none_": "render/batch_markdown.py: f'pano_none_{key}'",
    "pano_by_": "render/batch_markdown.py: f'pano_by_{dimension}'",
    "csv_": "render/csvout.py: f'csv_{key}' (the CSV's fixed columns)",
    "territory_info_alias_": "territory/profile.py, territory/lookup.py: f'territory_info_alias_{kind}'",
    "territory_kind_": "territory/lookup.py: f'territory_kind_{kind}'",
}


def _source_strings() -> tuple[set[str], set[str]]:
    """The string literals of the code outside the catalogues, and the literal heads of the strings it
    builds (an f-string's first part, the left side of ``"..." + x``)."""
    literals: set[str] = set()
    heads: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        if path.parent == CATALOGUES and path.name != "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    heads.add(first.value)
            elif (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Add)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
            ):
                heads.add(node.left.value)
    return literals, heads


LITERALS, HEADS = _source_strings()


def test_every_key_is_used_by_the_code() -> None:
    unused = sorted(
        key
        for key in i18n.MESSAGES
        if key not in LITERALS and not any(key.startswith(prefix) for prefix in DYNAMIC)
    )
    assert unused == [], f"message keys no code uses (delete them, or list their family in DYNAMIC): {unused}"


def test_every_dynamic_family_is_still_built_by_the_code() -> None:
    stale = sorted(prefix for prefix in DYNAMIC if prefix not in HEADS)
    assert stale == [], f"no code builds keys from these prefixes any more: {stale}"


def test_every_dynamic_family_has_keys() -> None:
    empty = sorted(p for p in DYNAMIC if not any(key.startswith(p) for key in i18n.MESSAGES))
    assert empty == []
