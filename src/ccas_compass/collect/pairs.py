"""``batch --mapping``: each mapping file, alone (it names the export it was drafted for) or as
``EXPORT=MAP.yaml`` (it applies to that export, or to every table in that folder)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ccas_compass.collect.mapping import TableMapping, load
from ccas_compass.errors import Problem, UsageError
from ccas_compass.model.core import Model


def load_all(values: Sequence[str], model: Model) -> list[TableMapping]:
    """Every ``--mapping`` value read and checked (a wrong one raises before any input is read)."""
    out: list[TableMapping] = []
    for value in values:
        target, sep, map_path = value.rpartition("=")
        if sep and (not target or not map_path):
            raise UsageError([Problem("mapping_pair", {"value": value})])
        if sep and Path(map_path).suffix.lower() not in (".yaml", ".yml") and Path(value).exists():
            target, map_path = "", value  # a mapping file whose name holds "="
        mapping = load(Path(map_path if sep else value), model)
        if target:
            mapping = replace(mapping, inputs=(*mapping.inputs, os.path.realpath(target)))
        out.append(mapping)
    return out
