"""The interview's screens, drawn with prompt_toolkit (part of the interview layer: with
:mod:`ccas_compass.interview.asker`, the only code that imports a terminal-UI library).

Two screens: :func:`pick` (one choice, or several ticks) and :func:`allocate` (points spread over
statements). Both show the question itself above the list, so that it stays visible on a small
terminal (the list scrolls, the question does not), wrap every label to the terminal's width, and
erase themselves when done: the caller then prints the question and the answer given, whole.

Actions (don't know, back, stop) are rows below the options: Enter runs them, Space never ticks
them. ``?`` shows or hides the question's help in place. Every word shown is passed in already
translated, so that this module knows no language.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from prompt_toolkit.application import Application, get_app
from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import HSplit, Layout, ScrollOffsets, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension
from prompt_toolkit.styles import Style

STYLE = Style.from_dict(
    {
        "question": "bold",
        "help": "italic",
        "cursor": "reverse",
        "action": "",
        "status": "bold",
        "error": "bold fg:ansired",
        "keys": "fg:ansibrightblack",
    }
)


HELP = "__help__"
"""The value of the help row: Enter on it shows or hides the help, like ``?``."""


@dataclass(frozen=True)
class Item:
    """One row: an option (``action`` False) or an action such as "don't know" or "stop"."""

    label: str
    value: str
    action: bool = False


@dataclass
class Words:
    """The screen's words, already in the interview's language."""

    keys: str
    """The line of keys at the bottom (``↑↓ choisir · Entrée valider · ? aide``)."""
    help: str | None = None
    tick_something: str = ""
    total: Callable[[int, int], str] = field(default=lambda total, points: f"{total} / {points}")
    too_many: Callable[[int], str] = field(default=lambda left: str(left))
    incomplete: Callable[[int, int], str] = field(default=lambda total, points: f"{total} / {points}")


def width() -> int:
    """Columns available to the screen (the terminal's, or 80 outside a terminal)."""
    try:
        columns = get_app().output.get_size().columns
    except Exception:  # noqa: BLE001 - no running application: a sensible width
        columns = 80
    return max(20, columns - 1)


def wrap(text: str, first: str, rest: str, columns: int) -> list[str]:
    """``text`` wrapped to ``columns`` with a first-line prefix and a hanging indent (never cut
    inside a word nor at a non-breaking space)."""
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        lead = first if number == 0 else rest
        lines += textwrap.wrap(paragraph, columns, initial_indent=lead, subsequent_indent=rest,
                               break_on_hyphens=False) or [lead]
    # A non-breaking space has kept its words together; shown, it is a space (prompt_toolkit would
    # otherwise underline it in yellow)
    return [line.replace("\u00a0", " ") for line in lines]


class _Screen:
    """What :func:`pick` and :func:`allocate` share: title, help, list, status line, keys line."""

    def __init__(self, title: str, items: Sequence[Item], words: Words, cursor: int) -> None:
        self.title = title
        self.items = list(items)
        self.words = words
        self.cursor = max(0, min(cursor, len(self.items) - 1))
        self.show_help = False
        self.status: tuple[str, str] = ("", "")
        self.on_move: Callable[[], None] = lambda: None
        self.kb = KeyBindings()
        kb = self.kb

        @kb.add("up")
        @kb.add("s-tab")
        def _up(event: KeyPressEvent) -> None:
            self.cursor = (self.cursor - 1) % len(self.items)
            self.status = ("", "")
            self.on_move()

        @kb.add("down")
        @kb.add("tab")
        def _down(event: KeyPressEvent) -> None:
            self.cursor = (self.cursor + 1) % len(self.items)
            self.status = ("", "")
            self.on_move()

        @kb.add("?")
        def _help(event: KeyPressEvent) -> None:
            self.show_help = not self.show_help

        @kb.add("c-c")
        def _interrupt(event: KeyPressEvent) -> None:
            event.app.exit(exception=KeyboardInterrupt())

    # -- drawing ----------------------------------------------------------------------------------
    def title_lines(self) -> list[str]:
        lines = wrap(self.title, "", "", width())
        if self.show_help:
            lines += wrap(self.words.help or "", "  ℹ ", "    ", width())
        return lines

    def row_prefix(self, index: int) -> str:
        return ""

    def list_fragments(self) -> tuple[StyleAndTextTuples, int, int]:
        """The list's text, the line where the cursor's row starts and how many lines it takes."""
        fragments: StyleAndTextTuples = []
        cursor_line = line = cursor_size = 0
        previous_action = False
        for index, item in enumerate(self.items):
            if item.action and not previous_action and index:
                fragments.append(("", "\n"))
                line += 1
            previous_action = item.action
            prefix = self.row_prefix(index)
            mark = "❯ " if index == self.cursor else "  "
            lines = wrap(item.label, mark + prefix, " " * (len(mark) + len(prefix)), width())
            if index == self.cursor:
                cursor_line, cursor_size = line, len(lines)
            style = "class:cursor" if index == self.cursor else ("class:action" if item.action else "")
            for text in lines:
                fragments.append((style, text))
                fragments.append(("", "\n"))
                line += 1
        if fragments:
            fragments.pop()
        return fragments, cursor_line, cursor_size

    def application(self) -> Application[object]:
        def title_text() -> StyleAndTextTuples:
            fragments: StyleAndTextTuples = [("class:question", "\n".join(wrap(self.title, "", "", width())))]
            if self.show_help:
                helps = wrap(self.words.help or "", "  ℹ ", "    ", width())
                fragments += [("", "\n"), ("class:help", "\n".join(helps))]
            return fragments

        def title_height() -> Dimension:
            rows = get_app().output.get_size().rows
            count = len(self.title_lines())
            return Dimension.exact(max(1, min(count, rows - 5)))

        def list_text() -> StyleAndTextTuples:
            return self.list_fragments()[0]

        def list_cursor() -> Point:
            return Point(0, self.list_fragments()[1])

        def list_height() -> Dimension:
            fragments = self.list_fragments()[0]
            count = sum(fragment[1].count("\n") for fragment in fragments) + 1
            # the whole screen one row short of the terminal: a screen filling it would push its top
            # into the scrollback, where erasing it at the end cannot reach
            others = title_height().preferred + 1 + status_height().preferred + keys_height().preferred
            room = max(3, get_app().output.get_size().rows - 1 - others)
            return Dimension(min=min(count, 3), preferred=min(count, room), max=min(count, room))

        def status_text() -> StyleAndTextTuples:
            style, text = self.status
            return [(style, "\n".join(wrap(text, "  ", "  ", width())))] if text else []

        def status_height() -> Dimension:
            style, text = self.status
            return Dimension.exact(len(wrap(text, "  ", "  ", width())) if text else 0)

        def keys_text() -> StyleAndTextTuples:
            return [("class:keys", "\n".join(wrap(self.words.keys, "  ", "  ", width())))]

        def keys_height() -> Dimension:
            return Dimension.exact(len(wrap(self.words.keys, "  ", "  ", width())))

        body = HSplit(
            [
                Window(FormattedTextControl(title_text), height=title_height, wrap_lines=False),
                Window(height=1),
                Window(
                    FormattedTextControl(list_text, get_cursor_position=list_cursor, show_cursor=False),
                    height=list_height, wrap_lines=False,
                    # the whole row under the cursor in view, not only its first line
                    scroll_offsets=ScrollOffsets(top=0, bottom=lambda: max(0, self.list_fragments()[2] - 1)),
                ),
                Window(FormattedTextControl(status_text), height=status_height),
                Window(FormattedTextControl(keys_text), height=keys_height),
            ]
        )
        return Application(layout=Layout(body), key_bindings=self.kb, style=STYLE, erase_when_done=True)


def pick(
    title: str,
    items: Sequence[Item],
    words: Words,
    *,
    cursor: int = 0,
    multiple: bool = False,
    ticked: Sequence[str] = (),
) -> str | list[str]:
    """One option's value, an action's value, or (``multiple``) the values ticked, in order.

    With ``multiple``, Space ticks or unticks an option, Enter on an option confirms the ticks
    (refused, ticks kept, when none is ticked), Enter on an action returns that action.
    Ctrl-C raises KeyboardInterrupt.
    """
    screen = _Screen(title, items, words, cursor)
    chosen = {value for value in ticked if any(i.value == value and not i.action for i in items)}
    if multiple:
        screen.row_prefix = lambda index: (  # type: ignore[method-assign]
            "" if screen.items[index].action else ("[x] " if screen.items[index].value in chosen else "[ ] ")
        )

        @screen.kb.add(" ")
        def _tick(event: KeyPressEvent) -> None:
            item = screen.items[screen.cursor]
            if not item.action:
                chosen.symmetric_difference_update({item.value})
                screen.status = ("", "")

    @screen.kb.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        item = screen.items[screen.cursor]
        if item.value == HELP:
            screen.show_help = not screen.show_help
        elif item.action or not multiple:
            event.app.exit(result=item.value)
        elif chosen:
            event.app.exit(result=[i.value for i in screen.items if i.value in chosen and not i.action])
        else:
            screen.status = ("class:error", words.tick_something)

    result: str | list[str] = screen.application().run()  # type: ignore[assignment]
    return result


def allocate(
    title: str,
    items: Sequence[Item],
    words: Words,
    *,
    points: int,
    given: dict[str, int] | None = None,
) -> dict[str, int] | str:
    """Points per statement (summing to ``points``), or an action's value.

    ↑↓ move; a digit sets the points (two digits in a row make a number: 1 then 0 is 10); ← → or
    - + take one point away or add one; Backspace sets 0. A change that would exceed the total is
    refused at once; Enter confirms only a complete spread.
    """
    statements = [i for i in items if not i.action]
    spread = {i.value: int((given or {}).get(i.value, 0)) for i in statements}
    screen = _Screen(title, items, words, 0)
    typed: list[str] = []  # digits typed on the current row, so that "1", "0" gives 10

    def left() -> int:
        return points - sum(spread.values())

    screen.row_prefix = lambda index: (  # type: ignore[method-assign]
        "" if screen.items[index].action else f"[{spread[screen.items[index].value]:>2}] "
    )

    def show_total() -> None:
        screen.status = ("class:status", words.total(sum(spread.values()), points))

    def put(value: int) -> None:
        item = screen.items[screen.cursor]
        if item.action:
            return
        value = max(0, value)
        if value - spread[item.value] > left():
            screen.status = ("class:error", words.too_many(left()))
            typed.clear()
            return
        spread[item.value] = value
        show_total()

    def moved() -> None:
        typed.clear()
        show_total()

    screen.on_move = moved
    kb = screen.kb

    for digit in "0123456789":

        @kb.add(digit)
        def _digit(event: KeyPressEvent) -> None:
            typed.append(event.data)
            candidate = int("".join(typed))
            item = screen.items[screen.cursor]
            if len(typed) > 1 and not item.action and candidate - spread[item.value] > left():
                typed[:] = [event.data]
                candidate = int(event.data)
            put(candidate)

    @kb.add("right")
    @kb.add("+")
    def _more(event: KeyPressEvent) -> None:
        typed.clear()
        item = screen.items[screen.cursor]
        if not item.action:
            put(spread[item.value] + 1)

    @kb.add("left")
    @kb.add("-")
    def _less(event: KeyPressEvent) -> None:
        typed.clear()
        item = screen.items[screen.cursor]
        if not item.action:
            put(spread[item.value] - 1)

    @kb.add("backspace")
    def _zero(event: KeyPressEvent) -> None:
        typed.clear()
        put(0)

    @kb.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        item = screen.items[screen.cursor]
        if item.value == HELP:
            screen.show_help = not screen.show_help
        elif item.action:
            event.app.exit(result=item.value)
        elif left() == 0:
            event.app.exit(result=dict(spread))
        else:
            screen.status = ("class:error", words.incomplete(sum(spread.values()), points))

    show_total()
    result: dict[str, int] | str = screen.application().run()  # type: ignore[assignment]
    return result
