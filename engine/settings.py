"""Interpretation settings as a deal state chooses them: a named choice, or left unresolved.

"unresolved" is a choice every setting accepts: the rows that depend on the reading are then
decided under every choice, and are unknown where the choices disagree, with the question for
counsel.

A setting may also take a number (`number:` in settings.yaml, e.g. a number of days): the deal
state writes the number itself, a `when` chosen by the setting selects its number case, and the
condition there reads the number as `setting("name")`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engine.policy import Policy, Setting

UNRESOLVED = "unresolved"


def is_number_choice(value: Any) -> bool:
    """A number a deal state chose for a setting (never a boolean)."""
    return isinstance(value, int) and not isinstance(value, bool)


class BadChoice(ValueError):
    """A deal state's value for a setting that is not one of its choices."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix


def allowed(setting: Setting) -> str:
    """The values a deal state may write for a setting, for error messages."""
    out = [*setting.choices, UNRESOLVED]
    if setting.number is not None:
        out.append(f"a whole number of {setting.number.unit} ({setting.number.minimum} or more)")
    return ", ".join(out)


def parse_choice(setting: Setting, raw: Any) -> str | int:
    """A deal state's value for a setting: a choice, `unresolved`, or a number where it takes one."""
    if isinstance(raw, str) and (raw in setting.choices or raw == UNRESOLVED):
        return raw
    fix = f"choose one of {allowed(setting)}"
    number = setting.number
    if isinstance(raw, str) and re.fullmatch(r"-?[0-9]{1,30}", raw.strip()) and number is not None:
        raw = int(raw.strip())  # ASCII digits only, and few of them: never int() of "²" or of 5,000 digits
    if is_number_choice(raw) or isinstance(raw, float):
        if number is None:
            raise BadChoice(f"{setting.name} takes no number, so it cannot be {raw!r}", fix)
        if not is_number_choice(raw):
            raise BadChoice(f"{setting.name} cannot be {raw!r}: it is a whole number of {number.unit}", fix)
        if raw < number.minimum:
            raise BadChoice(f"{setting.name} cannot be {raw}: it is at least {number.minimum} {number.unit}", fix)
        return raw
    raise BadChoice(f"{setting.name} cannot be {raw!r}", fix)


def for_compiling(policy: Policy, chosen: dict[str, Any]) -> dict[str, str]:
    """The named cases the rules are compiled under: an unresolved setting as its default, a
    number as its number case (the number itself is read by the reference evaluation)."""
    return {name: policy.settings[name].case_of(value) for name, value in chosen.items()}
