"""Names of the French départements (and overseas départements and collectivities), by INSEE code.

Reference data for the reader of a panorama ("Département 37 (Indre-et-Loire)"). The names come from
the commune referential (:mod:`ccas_compass.territory.referential`, INSEE's COG): the hand-kept list
that used to live here is gone. A code missing there is simply shown without a name.
"""

from __future__ import annotations


def name(code: str) -> str | None:
    """The département's name, or None for a code not listed."""
    from ccas_compass.territory.referential import load

    return load().departement_name(code)
