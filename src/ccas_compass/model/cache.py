"""A cache of validated models, so that every start does not re-parse and re-validate the YAML.

The key is the SHA-256 of both model files' bytes, of the tool's version and of the source of the
code that reads and validates the model (:data:`CODE_FILES`): any edit of the files, or of a check
(even without a new version number), misses the cache and goes through full validation again. Entries
are pickles of the frozen model, written atomically in the user's own cache folder; a corrupt,
unreadable or foreign entry is ignored (and the model validated again), never trusted partially.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from ccas_compass import __version__, paths
from ccas_compass.model.core import Model

FORMAT = b"ccas-compass-model-cache-1"
CODE_FILES = (
    "model/core.py", "model/validation.py", "model/checks.py", "model/loading.py", "model/cache.py",
    "model/yamlio.py", "errors.py",
)
"""The modules whose code decides what a validated model is (about 50 KB, hashed in well under a
millisecond, once per process)."""


@functools.cache
def code_digest(folder: Path | None = None) -> bytes:
    """SHA-256 of the source of :data:`CODE_FILES` (in ``folder``, the package's by default); a
    file that cannot be read (a frozen install) counts by its name only."""
    base = Path(__file__).parents[1] if folder is None else folder
    digest = hashlib.sha256()
    for name in CODE_FILES:
        try:
            part = (base / name).read_bytes()
        except OSError:
            part = b""
        digest.update(name.encode() + len(part).to_bytes(8, "big") + part)
    return digest.digest()


def key(figures: bytes, questions: bytes, code: bytes | None = None) -> str:
    """The cache key of a model: its files' bytes, the tool's version, the validating code."""
    digest = hashlib.sha256(FORMAT)
    for part in (__version__.encode(), code if code is not None else code_digest(), figures, questions):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _name(cache_key: str, slot: str) -> str:
    """The entry's file name: ``slot`` keeps one entry per questionnaire version (the current model
    and each archived one), so that loading one version never evicts another."""
    return f"model-{slot}-{cache_key}.pickle" if slot else f"model-{cache_key}.pickle"


def get(cache_key: str, slot: str = "") -> Model | None:
    folder = paths.cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / _name(cache_key, slot), "rb") as handle:
            model = pickle.load(handle)  # noqa: S301 - our own file, in the user's own cache
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return model if isinstance(model, Model) else None


def put(cache_key: str, model: Model, slot: str = "") -> None:
    """Store a validated model; failing to write the cache never fails the command."""
    folder = paths.cache_dir()
    if folder is None:
        return
    tmp = None
    with contextlib.suppress(OSError, pickle.PicklingError):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"model-{slot}-*.pickle" if slot else "model-*.pickle"):
            if slot or old.name.count("-") == 1:  # the current model's entries only (no slot)
                old.unlink()
        fd, tmp = tempfile.mkstemp(prefix=".model-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(model, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / _name(cache_key, slot))
        tmp = None
    if tmp is not None:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
