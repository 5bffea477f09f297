"""Shared fixtures: the shipped model and a writable copy of it; helpers live in tests/helpers.py."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ccas_compass.model.core import Model
from ccas_compass.model.loading import default_data_dir, load_model

# An unknown message key raises in the tests (and in the commands they start): see i18n.message.
os.environ.setdefault("CCAS_COMPASS_STRICT_MESSAGES", "1")


def pytest_configure(config: pytest.Config) -> None:
    """Keep the tests away from the user's real cache and drafts folders (removed at the end)."""
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="ccas-compass-tests-"))
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))
    os.environ["CCAS_COMPASS_CACHE"] = str(home / "cache")
    os.environ["CCAS_COMPASS_HOME"] = str(home / "home")
    # The same interface language (the default, French) whatever the machine's locale: the tool reads
    # LANGUAGE, LC_ALL, LC_MESSAGES and LANG; tests that want English ask for it. C.UTF-8 exists on
    # every Linux, so subprocesses keep a UTF-8 locale.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(var, None)
    os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(scope="session")
def model() -> Model:
    return load_model()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the model files, to break them on purpose."""
    target = tmp_path / "data"
    shutil.copytree(default_data_dir(), target)
    return target
