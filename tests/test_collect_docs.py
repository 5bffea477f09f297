"""docs/collecte-en-ligne.md stays true: the exports it lists as verified are the ones the tests
build, and the commands and options it names are the ones the fixtures use."""

from __future__ import annotations

import re
from pathlib import Path

from tests import tools
from tests.helpers import VARIANTS

DOC = Path(__file__).resolve().parent.parent / "docs" / "collecte-en-ligne.md"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(title)
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def test_the_verified_exports_listed_are_the_ones_the_tests_build() -> None:
    listed = re.findall(r"^\| `([a-z0-9-]+)` \|", _section("## Exports vérifiés"), re.MULTILINE)
    assert sorted(listed) == sorted(VARIANTS)


def test_each_tool_section_names_the_options_the_fixtures_use() -> None:
    kobo = _section("## 1. KoboToolbox")
    assert "**Libellés**" in kobo
    assert "**XLS**" in kobo
    assert "**CSV (ancien)**" in kobo
    assert "`/` par défaut, `.`" in kobo
    assert "`_submission_time`" in kobo
    odk = _section("## 2. ODK Central")
    assert ".zip" in odk
    assert "`FormVersion`" in odk
    lime = _section("## 3. LimeSurvey")
    assert "ccas-compass export limesurvey" in lime
    for option in ("**Texte complet de la question**", "**Code de question**", "**Réponses complètes**",
                   "**Codes de réponse**", "**virgule**", "**point-virgule**", "1980-01-01"):
        assert option in lime
    assert set(tools.LS_META) == {"en", "fr"}
    google = _section("## 4. Google Forms")
    assert "**Télécharger les réponses (.csv)**" in google
    assert "`Horodateur`" in google
    assert "UTC+1" in google
    assert "18/11/2026 09:00:00" in google
    frama = _section("## 5. Framaforms")
    for option in ("**Tabulation**", "**virgule**", "**colonnes séparées**", "**compact**", "`Draft`"):
        assert option in frama
    assert any(k.startswith("framaforms-tsv") for k in VARIANTS)
    assert any("compact" in k for k in VARIANTS)
    assert any("comma" in k for k in VARIANTS)
