"""Lines for a terminal: cells cut to a width, paragraphs wrapped to it, colour only on a terminal.

The one place dealcheck uses rich (https://rich.readthedocs.io). Everything shown is built as a rich
Text from plain strings, never parsed as markup: a deal state's "[red]x[/red]" shows as written, and
the callers escape control characters before (engine/errors.py `safe`). Without colour the page is
plain text: no control code at all. rich is imported on first use, so that the JSON, Markdown and
HTML outputs do not pay for it.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, TextIO, Union

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

DEFAULT_WIDTH = 100  # when the output is not a terminal and COLUMNS is not set
MIN_WIDTH = 60  # narrower, and the grid of statuses cannot fit beside a title

# The styles by name: the report says what a piece is, this module how it looks.
STYLES = {
    "good": "green",
    "bad": "bold red",
    "unknown": "bold yellow",
    "due": "yellow",
    "waived": "cyan",
    "quiet": "dim",
    "head": "bold",
    "strong": "bold",
}

Piece = Union["Text", str, tuple[str, str | None]]  # a Text, plain text, or (text, style name)


def output_settings(stream: TextIO, to_file: bool, environ=None) -> tuple[int, bool]:
    """The width and colour of a page written to `stream` (or to a file): the width from COLUMNS, else
    the terminal's, else 100 columns (never under 60); colour only on a terminal, never with NO_COLOR
    set or TERM=dumb."""
    env = os.environ if environ is None else environ
    terminal = not to_file and _is_terminal(stream)
    width = _columns(env.get("COLUMNS", ""))
    if width is None and terminal:
        try:
            width = os.get_terminal_size(stream.fileno()).columns or None
        except (OSError, ValueError, AttributeError):
            width = None
    width = max(width or DEFAULT_WIDTH, MIN_WIDTH)
    colour = terminal and not env.get("NO_COLOR") and env.get("TERM") != "dumb"
    return width, colour


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdecimal() and 0 < len(text) <= 5 and int(text) > 0 else None


def width_of(text: str) -> int:
    """How many terminal columns `text` takes (a wide character takes two)."""
    from rich.cells import cell_len

    return cell_len(text)


def piece(part: Piece) -> Text:
    from rich.text import Text

    if isinstance(part, Text):
        return part
    if isinstance(part, str):
        return Text(part)
    text, style = part
    return Text(text, style=STYLES.get(style, "") if style else "")


def joined(*parts: Piece) -> Text:
    """Pieces side by side, as one Text."""
    from rich.text import Text

    return Text().join(piece(p) for p in parts)


def cell(part: Piece, width: int) -> Text:
    """`part` in exactly `width` columns: cut with an ellipsis when longer, padded when shorter."""
    text = piece(part).copy()
    text.truncate(width, overflow="ellipsis", pad=True)
    return text


class Page:
    """Lines no wider than `width` columns, rendered plain or in colour."""

    def __init__(self, width: int) -> None:
        self.width = width
        self._lines: list[Text] = []
        self._console = _console(width, colour=False)

    def line(self, *parts: Piece) -> None:
        """One line of pieces side by side, cut to the width (with an ellipsis) if it is wider."""
        text = joined(*parts)
        text.rstrip()
        if text.cell_len > self.width:
            text.truncate(self.width, overflow="ellipsis")
        self._lines.append(text)

    def blank(self) -> None:
        if self._lines and self._lines[-1].plain:
            self._lines.append(joined())

    def paragraph(self, *parts: Piece, indent: int = 0, hang: int = 2) -> None:
        """`parts` as one paragraph wrapped to the width: its first line `indent` columns in, the
        others `indent + hang`. A word longer than a line is folded."""
        text = joined(*parts)
        room = max(self.width - indent - hang, 10)
        for n, line in enumerate(text.wrap(self._console, room, overflow="fold")):
            line.rstrip()
            self._lines.append(joined(" " * (indent if n == 0 else indent + hang), line))

    def render(self, colour: bool) -> str:
        """The page as text: ANSI colour codes only when `colour`."""
        if not colour:
            return "\n".join(line.plain for line in self._lines)
        console = _console(self.width, colour=True)
        with console.capture() as captured:
            for line in self._lines:
                console.print(line, soft_wrap=True, crop=False)
        return captured.get().rstrip("\n")


def _console(width: int, colour: bool) -> Console:
    """A rich console of our own, never the environment's: it reads no markup, emoji or highlighting
    into the text, and writes colour codes only when `colour`."""
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=colour,
        color_system="standard" if colour else None,
        no_color=not colour,
        force_jupyter=False,
        highlight=False,
        markup=False,
        emoji=False,
    )
