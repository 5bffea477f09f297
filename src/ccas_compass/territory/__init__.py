"""The territory: the official commune referential (COG, via Etalab's *découpage administratif*),
what it tells an interview, an answers file or a batch, and a UDCCAS campaign's follow-up.

Nothing here is imported by ``--help`` or by the first question of the interview: the referential
is read from the package only when a command needs it (:func:`referential.load`).
"""
