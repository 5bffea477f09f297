"""A campaign folder as a UDCCAS keeps it: earlier results inside, a typo'd code, a CIAS beside its
seat commune's CCAS, a member without a code, a file sent twice. Every team right, every doubt said;
a team's result JSON compared with ``compare``."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model
from tests.factory import respondent

runner = CliRunner()


def dump(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def campaign(root: Path, model: Model) -> None:
    rng = random.Random(14)
    orgs = {
        "angers": {"name": "CCAS d'Angers", "insee": "49007", "kind": "ccas"},
        "cholet": {"name": "CCAS de Cholet", "insee": "49099", "kind": "ccas"},
        "bauge": {"name": "CCAS de Baugé-en-Anjou", "insee": "49018", "kind": "ccas"},
        "cias": {"name": "CIAS Baugeois-Vallée", "insee": "49018", "kind": "cias"},
        "aubin": {"name": "CCAS de Saint-Aubin-de-Luigné", "insee": "49269", "kind": "ccas"},
        "saumur": {"name": "CCAS de Saumur", "insee": "49269", "kind": "ccas"},  # Saint-Aubin's code
    }
    for key, org in orgs.items():
        for n in range(2):
            dump(root / key / f"r{n}.yaml", respondent(org, rng, model))
    no_code = {"name": "CCAS de Baugé-en-Anjou", "kind": "ccas"}
    dump(root / "bauge" / "sans-code.yaml", respondent(no_code, rng, model))
    shutil.copy(root / "cholet" / "r0.yaml", root / "cholet" / "r0-copie.yaml")


def test_a_campaign_folder_run_again_as_a_new_user_would(tmp_path: Path, model: Model) -> None:
    root = tmp_path / "campagne"
    campaign(root, model)
    first = runner.invoke(app, ["batch", str(root), "--out", str(root / "resultats"), "--no-chart"])
    assert first.exit_code == 0, first.stderr
    # the next week: the folder now holds last week's results, and batch is run on it again
    again = runner.invoke(app, ["batch", str(root), "--out", str(root / "resultats-2"), "--no-chart"])
    assert again.exit_code == 0, again.stderr
    err = again.stderr
    assert f"{root / 'resultats'}: dossier de résultats d’un précédent batch, ignoré" in err
    assert "code INSEE 49269 donné par deux organisations aux noms différents, " \
           "« CCAS de Saint-Aubin-de-Luigné » et « CCAS de Saumur »" in err
    assert f"{root / 'bauge' / 'sans-code.yaml'}: « CCAS de Baugé-en-Anjou » sans code INSEE : " \
           "rattaché à l’équipe du même nom (code 49018)" in err
    assert f"{root / 'cholet' / 'r0.yaml'}: réponses identiques à celles de" in err \
        or f"{root / 'cholet' / 'r0-copie.yaml'}: réponses identiques à celles de" in err
    assert "13 répondants de 6 organisations" in again.stdout
    # the doubts are in the panorama too, for whoever reads the results rather than the terminal
    panorama = (root / "resultats-2" / "panorama.md").read_text(encoding="utf-8")
    doubts = panorama.split("## Points à vérifier", 1)[1].split("##", 1)[0]
    # the four doubts of who is who, and the referential's: 49269 is not Saint-Aubin's code (nor Saumur's)
    assert doubts.count("\n- ") == 4 + 2
    assert doubts.count("ne semble pas être le CCAS/CIAS de") == 2
    for said in ("dossier de résultats d’un précédent batch", "donné par deux organisations",
                 "rattaché à l’équipe du même nom", "réponses identiques à celles de"):
        assert said in doubts
    teams = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in (root / "resultats-2" / "organisations").glob("*.json")
    }
    members = {doc["organisation"]["name"]: doc["respondents"] for doc in teams.values()}
    assert members == {
        "CCAS d'Angers": 2, "CCAS de Cholet": 2, "CCAS de Baugé-en-Anjou": 3, "CIAS Baugeois-Vallée": 2,
        "CCAS de Saint-Aubin-de-Luigné": 2, "CCAS de Saumur": 2,
    }
    # compare reads a team result written by batch, beside an answers file
    bauge = next(p for p in (root / "resultats-2" / "organisations").glob("*.json")
                 if teams[p.stem]["organisation"]["name"] == "CCAS de Baugé-en-Anjou")
    angers = str(root / "angers" / "r0.yaml")
    compared = runner.invoke(app, ["compare", str(bauge), angers, "--format", "json"])
    assert compared.exit_code == 0, compared.stderr
    assert json.loads(compared.stdout)["a"]["name"] == "CCAS de Baugé-en-Anjou"
