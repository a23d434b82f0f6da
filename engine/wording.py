"""A rule's reasons and a fact's name in plain English, as the policy words them.

A rule says what it means to be met and not met in `reasons:` (see docs/policy-format.md):

    reasons:
      met: "{party} has received the legal opinion of Company counsel"
      not_met:
        - if: not documents["legal_opinion"].delivered
          say: "The legal opinion has not been delivered"
        - say: "{party} has not received the legal opinion (delivered to: {documents["legal_opinion"].delivered_to})"

A `{…}` is a value, written in the expression language and shown the way a lawyer writes it
(money, dates as "March 18, 2003", parties by their defined term, lists joined with "and"); a
bare per-party figure or fact (`{counted_at_closing}`) is shown party by party. `{{` and `}}` are
braces. The expression stays in the policy: the reason a reader sees holds only its values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from engine.values import format_money

# The statuses a rule words itself; the rest (waived, unknown, due, breached, ended, not yet due)
# are worded by the engine around them. `met` also words a covenant complied with, `not_met` one
# breached or due and not yet done.
REASON_KEYS = ("met", "not_met", "not_applicable")
NOT_KNOWN = "not known"


@attrs.frozen
class Breakdown:
    """`{figure}` of a per-party figure or fact: its value for each party of the group, in order."""

    name: str
    parts: tuple[tuple[str, Any], ...]  # (party, compiled `name[PARTY]`)


@attrs.frozen
class Template:
    """Words and the values to put in them: a str is literal text, anything else a compiled value."""

    source: str
    parts: tuple[Any, ...]


@attrs.frozen
class Saying:
    """One way of saying a status: `template`, when `condition` holds (None: always)."""

    condition: Any
    template: Template


@attrs.frozen
class SayingSwitch:
    """The wording of a status chosen by an interpretation setting, like a `when` by setting."""

    setting: str
    cases: Mapping[str, tuple[Saying, ...] | SayingSwitch]

    def pick(self, case_of: Callable[[str], str]) -> tuple[Saying, ...]:
        case = self.cases[case_of(self.setting)]
        return case.pick(case_of) if isinstance(case, SayingSwitch) else case


@attrs.frozen
class Reasons:
    """A rule's wording of each status it words itself."""

    says: Mapping[str, tuple[Saying, ...] | SayingSwitch] = attrs.field(factory=dict)

    def get(self, key: str, case_of: Callable[[str], str]) -> tuple[Saying, ...]:
        """The words for `key`; `case_of` names the case of a setting the words are chosen by (an
        unresolved setting: its default)."""
        found = self.says.get(key, ())
        return found.pick(case_of) if isinstance(found, SayingSwitch) else found


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def parse_template(
    text: str, compile_value: Callable[[str], Any], breakdown: Callable[[str], Breakdown | None]
) -> Template:
    """Split `text` into literal words and compiled values; a stray brace is an error."""
    parts: list[Any] = []
    at = 0
    for m in _PLACEHOLDER.finditer(text):
        literal = text[at : m.start()]
        if "{" in literal or "}" in literal:
            raise ValueError("a brace with no partner: write {{ or }} for a brace, {value} for a value")
        parts.append(literal)
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
        else:
            inner = m.group(1).strip()
            if not inner:
                raise ValueError("an empty {} : put a value in it, or write {{}} for braces")
            parts.append(breakdown(inner) or compile_value(inner))
        at = m.end()
    tail = text[at:]
    if "{" in tail or "}" in tail:
        raise ValueError("a brace with no partner: write {{ or }} for a brace, {value} for a value")
    parts.append(tail)
    return Template(text, tuple(p for p in parts if p != ""))


def parse_reasons(
    raw: Any,
    compile_value: Callable[[str, tuple, frozenset[str]], Any],
    compile_condition: Callable[[str, tuple, frozenset[str]], Any],
    breakdown: Callable[[str], Breakdown | None],
    cases_of: Callable[[str], tuple[Sequence[str], str | None] | None],
    fail: Callable[[str, tuple], Exception],
) -> Reasons:
    """A rule's `reasons:` block: each key a template, a list of {if, say} with the last one plain,
    or {setting, cases} choosing one of those by an interpretation setting (`cases_of` gives a
    setting's cases and its number case, None when there is no such setting). Inside a number case,
    and only there, the words may show the number: `{setting("good_standing_recent")}`."""
    if raw is None:
        return Reasons()
    if not isinstance(raw, dict):
        raise fail("`reasons` maps met, not_met and not_applicable to the words to say", ())

    def sayings(value: Any, path: tuple, numbers: frozenset[str] = frozenset()) -> tuple[Saying, ...] | SayingSwitch:
        if isinstance(value, dict) and "setting" in value:
            name, cases = str(value.get("setting")), value.get("cases")
            found = cases_of(name)
            if found is None or not isinstance(cases, dict) or set(cases) != set(found[0]):
                raise fail("words chosen by a setting need `setting:` and `cases:` for each of its choices", path)
            number_case = found[1]
            return SayingSwitch(
                name,
                {
                    str(k): sayings(v, path + ("cases", k), numbers | {name} if k == number_case else numbers)
                    for k, v in cases.items()
                },
            )
        entries = value if isinstance(value, list) else [{"say": value}]
        out: list[Saying] = []
        for i, entry in enumerate(entries):
            at = path + (i,) if isinstance(value, list) else path
            if not isinstance(entry, dict) or not isinstance(entry.get("say"), str) or set(entry) - {"if", "say"}:
                raise fail("each way of saying it is {if: a condition, say: the words}, or just the words", at)
            last = i == len(entries) - 1
            if ("if" in entry) == last:
                raise fail("every way but the last needs `if:`; the last one, said otherwise, has none", at)
            try:
                template = parse_template(
                    " ".join(entry["say"].split()), lambda t, p=at: compile_value(t, p, numbers), breakdown
                )
            except ValueError as exc:
                raise fail(str(exc), at) from None
            condition = compile_condition(entry["if"], at, numbers) if "if" in entry else None
            out.append(Saying(condition, template))
        return tuple(out)

    says: dict[str, tuple[Saying, ...] | SayingSwitch] = {}
    for key, value in raw.items():
        if key not in REASON_KEYS:
            raise fail(f'`reasons` has "{key}"; the keys are {", ".join(REASON_KEYS)}', (key,))
        says[key] = sayings(value, (key,))
    return Reasons(says)


# ------------------------------------------------------------------ values as a lawyer writes them


def plain_value(value: Any, terms: Mapping[str, str]) -> str:
    """A value in words: money, a date written out, a party by its defined term, a list joined."""
    if value is None or _is_unknown(value):
        return NOT_KNOWN
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, Fraction):
        return _fraction_words(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dt.date):
        return date_words(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [
            plain_value(v, terms) for v in (sorted(value, key=str) if isinstance(value, (set, frozenset)) else value)
        ]
        return join_words(items) if items else "none"
    if isinstance(value, str):
        return terms.get(value, value)
    return str(value)


def _fraction_words(value: Fraction) -> str:
    """Exact: a whole number; a share of one as a per cent when it is a round one (49%, 66.5%); else
    a decimal when the fraction has one (85,750,000.5); else the fraction (2/3, 3 1/3)."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    percent = value * 100
    if 0 < value <= 1 and percent.denominator in (1, 2, 4, 5, 8, 10):
        return f"{Decimal(percent.numerator) / Decimal(percent.denominator):f}".rstrip("0").rstrip(".") + "%"
    d = value.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:  # a terminating decimal, written exactly
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        whole, _, frac = f"{exact:f}".partition(".")
        return f"{int(whole):,}.{frac}" if not whole.startswith("-") else f"-{abs(int(whole)):,}.{frac}"
    whole, rest = divmod(value.numerator, value.denominator)
    return f"{whole:,} {rest}/{value.denominator}" if whole and value > 0 else f"{value.numerator}/{value.denominator}"


def date_words(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def join_words(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _is_unknown(value: Any) -> bool:
    from engine.factbase import UNKNOWN  # the factbase imports the policy, which imports this module

    return value is UNKNOWN


# ------------------------------------------------------------------ what a reason may not contain

_SYNTAX = (
    (re.compile(r"==|!=|>=|<=|&&|\|\|"), "an operator"),
    (re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"), "a name written in snake_case"),
    (re.compile(r"\b[a-z_]+\.[a-z_]{2,}\b"), "a dotted field path"),
    (re.compile(r"\w\[|\[\"|\"\]"), "an index in brackets"),
    (re.compile(r"\bis (?:true|false)\b"), '"is true" or "is false"'),
    (re.compile(r"\b(?:sum|min|max|count|ceil|floor|satisfied|earliest|latest)\("), "a function call"),
    (re.compile(r"\bsatisfies\b|\bfor \w+ in \w+\b"), "a quantifier"),
)


def syntax_in(text: str) -> str | None:
    """What in `text` reads as the expression language, or None when it reads as English."""
    for pattern, what in _SYNTAX:
        m = pattern.search(text)
        if m:
            return f"{what} ({m.group(0)!r})"
    return None
