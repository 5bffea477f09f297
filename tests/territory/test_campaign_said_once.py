"""A campaign's warnings said once per place: on standard error, and once in ``panorama.md``."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from ccas_compass.model.core import Model
from tests.factory import respondent
from tests.helpers import run


def test_a_poorly_represented_band_is_said_once_in_the_panorama(tmp_path: Path, model: Model) -> None:
    rng = random.Random(4)
    folder = tmp_path / "reponses"
    folder.mkdir()
    orgs = [("CCAS de Tours", "37261"), ("CCAS de Chinon", "37072"), ("CCAS de Loches", "37132")]
    for i, (name, insee) in enumerate(orgs):
        doc = respondent({"name": name, "insee": insee, "kind": "ccas"}, rng, model)
        (folder / f"r{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "resultats"
    code, _, err = run("batch", str(folder), "--out", str(out), "--no-chart", "--departement", "37")
    assert code == 0, err
    band = "« De 30 000 à 99 999 habitants »"  # Joué-lès-Tours alone in its band, and silent
    assert err.replace("\xa0", " ").count(band) == 1  # the terminal's summary keeps it
    panorama = (out / "panorama.md").read_text(encoding="utf-8").replace("\xa0", " ")
    assert panorama.count(band) == 1
    section = panorama[panorama.index("## Représentativité"):]
    assert band in section[: section.index("\n## ", 1)]  # beside its table
    doubts = panorama[panorama.index("## Points à vérifier"):]
    doubts = doubts[: doubts.index("\n## ", 1)]
    assert "voir « Représentativité » ci-dessus" in doubts  # the checklist points there


def test_a_departement_none_of_the_batch_is_in_is_said(tmp_path: Path, model: Model) -> None:
    """Trial: ``--departement 3`` typed for 37 ran without a word, « Ont répondu : 0 (0 %) »."""
    rng = random.Random(5)
    folder = tmp_path / "reponses"
    folder.mkdir()
    for i, (name, insee) in enumerate([("CCAS de Tours", "37261"), ("CCAS de Chinon", "37072")]):
        doc = respondent({"name": name, "insee": insee, "kind": "ccas"}, rng, model)
        (folder / f"r{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, _, err = run("batch", str(folder), "--format", "json", "--departement", "3")
    assert code == 0, err
    said = "aucune des 2 organisations du lot n’est parmi les communes attendues (03)"
    assert said in err.replace("\xa0", " ")
    code, _, err = run("batch", str(folder), "--format", "json", "--departement", "37")
    assert "communes attendues" not in err  # the right département: nothing said
