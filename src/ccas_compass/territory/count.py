"""A number that a message formats with the thousands of its language: ``{population:fr}``."""

from __future__ import annotations

from ..typography import thousands


class Count:
    """Formats as ``139 259`` with spec ``fr``, ``139,259`` with ``en``, ``?`` when unknown, so that a
    :class:`~ccas_compass.errors.Problem` rendered later, in either language, groups its digits."""

    def __init__(self, value: int | None) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if self.value is None:
            return "?"
        if spec in ("fr", "en"):
            return thousands(self.value, spec)
        return format(self.value, spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Count) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Count({self.value!r})"
