"""The only module that imports platformdirs: where the tool keeps its own files.

* drafts of interrupted interviews: the user data folder (``CCAS_COMPASS_HOME`` overrides it);
* the validated-model cache: the user cache folder (``CCAS_COMPASS_CACHE`` overrides it; set it to
  an empty string to disable the cache).

It also names files: :func:`slug` turns a CCAS's name into a safe file-name fragment (drafts, a
batch's per-team reports).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

APP = "ccas-compass"


def slug(text: str, fallback: str = "ccas") -> str:
    """A safe file-name fragment: ASCII letters, digits and dashes, at most 60 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return cleaned or fallback


def data_home() -> Path:
    override = os.environ.get("CCAS_COMPASS_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def drafts_dir() -> Path:
    return data_home() / "brouillons"


def cache_dir() -> Path | None:
    """Where validated models are cached, or None when caching is disabled."""
    override = os.environ.get("CCAS_COMPASS_CACHE")
    if override is not None:
        return Path(override) if override else None
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))
