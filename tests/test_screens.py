"""The interview's screens drawn on a small terminal: the question stays on top, the list scrolls."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.application.current import set_app
from prompt_toolkit.data_structures import Size
from prompt_toolkit.layout.mouse_handlers import MouseHandlers
from prompt_toolkit.layout.screen import Screen, WritePosition
from prompt_toolkit.output import DummyOutput

from ccas_compass.interview.screens import Item, Words, _Screen

QUESTION = ("Lorsqu'une personne s'adresse à votre CCAS/CIAS pour la première fois, où est-elle reçue "
            "le plus souvent ?")
LABEL = "Dans un espace aménagé comme un lieu de vie (coin café, salon), où l'on vient aussi sans démarche"


class SmallOutput(DummyOutput):
    def __init__(self, rows: int, columns: int) -> None:
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


def draw(screen: _Screen, rows: int, columns: int) -> list[str]:
    """The rows the screen would occupy, as text (what a terminal of that size would show)."""
    with create_app_session(output=SmallOutput(rows, columns)):
        app: Any = screen.application()
        with set_app(app):
            container = app.layout.container
            height = container.preferred_height(columns, rows).preferred
            canvas = Screen()
            where = WritePosition(0, 0, columns, min(height, rows))
            container.write_to_screen(canvas, MouseHandlers(), where, "", False, None)
            return ["".join(canvas.data_buffer[y][x].char for x in range(columns)).rstrip()
                    for y in range(min(height, rows))]


@pytest.mark.parametrize(("rows", "columns"), [(16, 60), (24, 80), (30, 120)])
def test_the_question_stays_visible_and_the_list_scrolls_to_the_cursor(rows: int, columns: int) -> None:
    items = [Item(f"{n}. {LABEL}", f"o{n}") for n in range(1, 8)]
    items += [Item("Ne sait pas / non concerné", "dk", action=True), Item("Enregistrer et arrêter", "stop",
                                                                          action=True)]
    screen = _Screen(QUESTION, items, Words(keys="↑↓ : choisir · Entrée : valider · ? : aide"), cursor=6)
    shown = draw(screen, rows, columns)
    assert len(shown) <= rows - 1  # one row to spare: nothing pushed into the scrollback
    text = " ".join(" ".join(shown).split())
    assert text.startswith(QUESTION)  # the whole question, on top
    assert "❯ 7. " + LABEL in text  # the cursor's option visible, whole
    assert shown[-1].strip().startswith("↑↓")  # the keys at the bottom
    assert all(len(line) <= columns for line in shown)
