"""Values a message formats in its own language: ``{population:fr}`` (thousands), ``{band:en}``."""

from __future__ import annotations

from ccas_compass.model.core import I18n
from ccas_compass.typography import thousands


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


class Localised:
    """A text of the model (an option's label) given in the message's language: ``{band:fr}``."""

    def __init__(self, text: I18n) -> None:
        self.text = text

    def __format__(self, spec: str) -> str:
        return self.text.get(spec or "fr")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Localised) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)
