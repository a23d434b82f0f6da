"""The errors a user can cause, each rendered as one line naming the file, the line and the fix.

Every message passes through `safe()`: control characters, newlines, ANSI escape sequences and
bidirectional overrides written in a deal state (a key, a value, a file name) are shown escaped
(`\\x1b`, `\\n`, `\\u202e`), so no input can paint a line of its own on a terminal.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import os
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

# A message longer than this keeps its head and its tail and says how much was left out.
MAX_MESSAGE = 1000


# Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional marks and
# overrides, each mapped to its escape as repr() writes it (\n, \t, \x1b, \u202e), for str.translate.
_ESCAPES = {
    code: chr(code).encode("unicode_escape").decode("ascii")
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x2028, 0x202F)]
    + [*range(0x2066, 0x206A)]
}


def safe(text: object) -> str:
    """`text` with every control character, line break and bidi override escaped: one line, inert."""
    return str(text).translate(_ESCAPES)


def safe_keep_lines(text: str) -> str:
    """Like `safe`, for text dealcheck laid out itself in lines: keeps "\\n", escapes the rest."""
    return "\n".join(safe(line) for line in text.split("\n"))


def clip(text: str, limit: int, more: str = "") -> str:
    """At most `limit` characters of `text`, then "… (N more characters[; more])"."""
    if len(text) <= limit:
        return text
    extra = f"; {more}" if more else ""
    return f"{text[:limit]}… ({len(text) - limit:,} more characters{extra})"


def _middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head, tail = limit * 3 // 4, limit // 4
    return f"{text[:head]} … ({len(text) - head - tail:,} characters left out) … {text[-tail:]}"


@attrs.define(eq=False)
class DealcheckError(Exception):
    """Base of every error dealcheck reports to a person: one line, no traceback."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = str(self.file)
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        text = where + _sentence(_middle(str(self.message), MAX_MESSAGE))
        if self.fix:
            text += " Fix: " + _sentence(_middle(str(self.fix), MAX_MESSAGE))
        return safe(text)


def _sentence(text: str) -> str:
    """End a message with one full stop, unless it already ends as a question ("did you mean …?")."""
    text = text.rstrip(".")
    return text if text.endswith("?") else text + "."


class PolicyError(DealcheckError):
    """A policy file (deal, facts, settings, rules) is malformed."""


class DealStateError(DealcheckError):
    """A deal-state file is malformed or names something the policy does not declare."""


class EngineError(DealcheckError):
    """The rules engine misbehaved; the result is withheld rather than shown incomplete."""


class UsageError(DealcheckError):
    """The Python API was called with an argument of the wrong kind (a string for a date, ...)."""


class InternalError(DealcheckError):
    """A bug in dealcheck itself, not in the input. The original exception is its __cause__."""


def did_you_mean(word: str, choices: Iterable[str], n: int = 3) -> str:
    """Return 'did you mean X?' for the nearest known names, or '' when nothing is near."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=n, cutoff=0.6)
    if not close:
        return ""
    return "did you mean " + " or ".join(f'"{c}"' for c in close) + "?"


# ---------------------------------------------------------------- the API's boundary

F = TypeVar("F", bound=Callable[..., Any])


def api_boundary(func: F) -> F:
    """What a public API function raises: a DealcheckError, always. A file the system cannot read
    names the file; anything else is a bug, an InternalError whose __cause__ holds the trace."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DealcheckError:
            raise
        except OSError as exc:
            name = exc.filename if isinstance(exc.filename, str) else None
            raise DealcheckError(f"cannot read the file ({exc.strerror or exc})", file=name) from exc
        except RecursionError as exc:
            raise DealcheckError("the input is nested too deeply to read", fix="flatten it") from exc
        except Exception as exc:  # noqa: BLE001 - the boundary: a bug, reported as one
            raise InternalError(f"{type(exc).__name__}: {exc}", fix="report it with the trace") from exc

    return wrapper  # type: ignore[return-value]


def need_path(value: Any, what: str) -> str | os.PathLike:
    """`value` as a path argument of the API: a str or os.PathLike naming text, never bytes."""
    if isinstance(value, bytes) or not isinstance(value, (str, os.PathLike)):
        raise UsageError(f"{what} must be a str or pathlib.Path, not {_shown(value)}")
    if isinstance(os.fspath(value), bytes):
        raise UsageError(f"{what} must be a str or pathlib.Path, not {_shown(value)}")
    if not os.fspath(value):
        raise UsageError(f"{what} is empty", fix="give the path of a file")
    return value


def need_date(value: Any, what: str) -> dt.date:
    """`value` as a date argument of the API: a datetime.date (not a datetime, not a string)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        fix = "pass datetime.date.fromisoformat(...)" if isinstance(value, str) else "pass a datetime.date"
        raise UsageError(f"{what} must be a datetime.date, not {_shown(value)}", fix=fix)
    return value


def _shown(value: Any) -> str:
    return clip(repr(value), 200)
