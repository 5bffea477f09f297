"""The validated-model cache: hits skip validation, any edit misses, a broken entry is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccas_compass.model import cache as model_cache
from ccas_compass.model import loading
from tests.helpers import edit_yaml


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CCAS_COMPASS_CACHE", str(folder))
    return folder


def forbid_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise AssertionError("the model was validated again")

    monkeypatch.setattr(loading, "_build_model", boom)


def test_second_load_comes_from_the_cache(
    cache: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = loading.load_model(data_copy)
    assert len(list(cache.glob("model-*.pickle"))) == 1
    forbid_validation(monkeypatch)
    assert loading.load_model(data_copy) == first


def test_any_edit_misses_the_cache(cache: Path, data_copy: Path) -> None:
    loading.load_model(data_copy)

    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["figures"][0]["name"]["fr"] = "Programmateur de fêtes"

    edit_yaml(data_copy / "figures.yaml", change)
    assert loading.load_model(data_copy).figures[0].name.fr == "Programmateur de fêtes"


def test_an_invalid_edit_is_reported_even_after_a_cached_load(cache: Path, data_copy: Path) -> None:
    from ccas_compass.errors import ModelError

    loading.load_model(data_copy)

    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["questions"][0]["theme"] = "ailleurs"

    edit_yaml(data_copy / "questions.yaml", change)
    with pytest.raises(ModelError):
        loading.load_model(data_copy)


def test_a_corrupt_entry_is_ignored(cache: Path, data_copy: Path) -> None:
    loading.load_model(data_copy)
    (entry,) = cache.glob("model-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert len(loading.load_model(data_copy).figures) == 7
    assert entry.read_bytes() != b"not a pickle"


def test_disabled_cache(monkeypatch: pytest.MonkeyPatch, data_copy: Path, tmp_path: Path) -> None:
    monkeypatch.setenv("CCAS_COMPASS_CACHE", "")
    loading.load_model(data_copy)
    assert model_cache.get("anything") is None


def test_an_unwritable_cache_does_not_fail_the_command(
    monkeypatch: pytest.MonkeyPatch, data_copy: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CCAS_COMPASS_CACHE", str(blocker / "cache"))
    assert len(loading.load_model(data_copy).figures) == 7


def test_a_change_in_the_checking_code_misses_the_cache(tmp_path: Path) -> None:
    """A new check in model/checks.py (same version number) must not be hidden by an old cache entry."""
    folder = tmp_path / "code"
    folder.mkdir()
    package = Path(model_cache.__file__).parents[1]  # the package: CODE_FILES are relative to it
    for name in model_cache.CODE_FILES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes((package / name).read_bytes())
    before = model_cache.code_digest(folder)
    assert before == model_cache.code_digest(package)
    assert model_cache.key(b"f", b"q", before) == model_cache.key(b"f", b"q")
    with (folder / "model/checks.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a new check\n")
    after = model_cache.code_digest.__wrapped__(folder)
    assert after != before
    assert model_cache.key(b"f", b"q", after) != model_cache.key(b"f", b"q", before)
