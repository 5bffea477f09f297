from pathlib import Path

import pytest

from ccas_compass import paths
from ccas_compass.errors import AnswersError
from ccas_compass.interview import drafts
from ccas_compass.interview.session import Session


def sample() -> Session:
    return Session(
        "ccas-compass-2050", "1.0",
        organisation={"name": "CCAS de Saint-Étienne-du-Bois", "insee": "01340"},
        answers={"q": ("a", "b"), "r": {"radar": 10}},
        asked=["organisation.name", "organisation.insee", "answers.q", "answers.r"],
        proposed={"organisation.population": "pop_moins_1500"},
    )


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    drafts.save(sample(), path)
    loaded = drafts.load(path)
    assert loaded.organisation == sample().organisation
    assert loaded.answers == {"q": ["a", "b"], "r": {"radar": 10}}
    assert loaded.asked == sample().asked
    assert loaded.proposed == sample().proposed  # a band proposed from the commune survives a resume
    assert "Saint-Étienne" in path.read_text(encoding="utf-8")


def test_paths_are_safe_and_never_clobber(tmp_path: Path) -> None:
    first = drafts.new_path(sample(), tmp_path)
    assert first.name == "ccas-de-saint-etienne-du-bois-01340.json"
    first.write_text("{}", encoding="utf-8")
    assert drafts.new_path(sample(), tmp_path).name == "ccas-de-saint-etienne-du-bois-01340-2.json"
    hostile = Session("x", "1", organisation={"name": "../../etc/passwd"})
    assert drafts.new_path(hostile, tmp_path).parent == tmp_path
    assert paths.slug("") == "ccas"


def test_listing_most_recent_first_and_skips_foreign_files(tmp_path: Path) -> None:
    drafts.save(sample(), tmp_path / "a.json")
    other = sample()
    other.organisation = {"name": "CIAS du Val"}
    drafts.save(other, tmp_path / "b.json")
    (tmp_path / "c.json").write_text('{"not": "a draft"}', encoding="utf-8")
    (tmp_path / "d.json").write_text("{broken", encoding="utf-8")
    found = drafts.listing(tmp_path)
    assert sorted(d.name for d in found) == ["CCAS de Saint-Étienne-du-Bois", "CIAS du Val"]
    assert found[0].asked == 4


def test_loading_something_else_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(AnswersError) as caught:
        drafts.load(path)
    assert "not a ccas-compass draft" in caught.value.lines("en")[0]
