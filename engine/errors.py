"""The errors a user can cause, each rendered as one line naming the file, the line and the fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import attrs


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
            where = self.file
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        text = where + self.message.rstrip(".") + "."
        if self.fix:
            text += " Fix: " + self.fix.rstrip(".") + "."
        return text


class PolicyError(DealcheckError):
    """A policy file (deal, facts, settings, rules) is malformed."""


class DealStateError(DealcheckError):
    """A deal-state file is malformed or names something the policy does not declare."""


class EngineError(DealcheckError):
    """The rules engine misbehaved; the result is withheld rather than shown incomplete."""


def did_you_mean(word: str, choices: Iterable[str], n: int = 3) -> str:
    """Return 'did you mean X?' for the nearest known names, or '' when nothing is near."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=n, cutoff=0.6)
    if not close:
        return ""
    return "did you mean " + " or ".join(f'"{c}"' for c in close) + "?"
