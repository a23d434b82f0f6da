"""Typed fact values: parsing what people write, and formatting it back.

Money is an exact Decimal, ratios an exact Fraction, dates a datetime.date. Nothing here ever
becomes a float: 2/3 stays 2/3 and $7,199,999.947 stays below $7,200,000.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from engine import limits

SCALAR_TYPES = ("boolean", "money", "date", "count", "ratio", "party", "text")
LIST_TYPES = ("parties", "texts")
ALL_TYPES = SCALAR_TYPES + LIST_TYPES + ("records",)

_MONEY = re.compile(r"^\s*(-)?\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*$")
_RATIO = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNT = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$")


class ValueProblem(ValueError):
    """A value does not fit its declared type; the message says what was expected."""


_LONGEST_NUMBER = 4 * limits.MAX_DIGITS  # characters, with separators, signs and spaces


def _checked(value: Decimal, raw: Any) -> Decimal:
    """A Decimal within engine/limits.py, before any arithmetic or formatting expands it."""
    if problem := limits.decimal_problem(value):
        raise ValueProblem(f"{_shown(raw)} {problem}")
    return value


def _checked_int(value: int, raw: Any) -> int:
    if problem := limits.int_problem(value):
        raise ValueProblem(f"{_shown(raw)} {problem}")
    return value


def _short(raw: str) -> str:
    """A string short enough to be a number; a longer one is refused before it is parsed."""
    if len(raw) > _LONGEST_NUMBER:
        raise ValueProblem(f"{_shown(raw)} is too long to be a number (at most {limits.MAX_DIGITS} digits)")
    return raw


def _shown(raw: Any) -> str:
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**limits.MAX_DIGITS:
        return "this number"
    text = str(raw)
    return text if len(text) <= 40 else text[:20] + "..." + text[-10:]


def shown(raw: Any) -> str:
    """A value as written, for a message: a list or a mapping by its kind, never Python's repr."""
    if isinstance(raw, dict):
        return "a mapping"
    if isinstance(raw, (list, tuple)):
        return "a list"
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if raw is None:
        return "nothing"
    return repr(str(raw)) if isinstance(raw, str) else str(raw)


def expected(type_name: str) -> str:
    """A one-phrase description of what a value of this type looks like."""
    return {
        "boolean": "true or false",
        "money": 'an amount such as $7,200,000.00 or "7200000" (no floats, at most 6 decimals)',
        "date": "a date written YYYY-MM-DD, such as 2003-03-18",
        "count": "a whole number such as 25218915",
        "ratio": "an exact fraction such as 2/3, 49% or 0.5",
        "party": "a party key",
        "parties": "a list of party keys such as [COMPANY, FTTI]",
        "text": "text",
        "texts": "a list of texts",
        "records": "a list of records",
    }[type_name]


def parse_money(raw: Any) -> Decimal:
    if isinstance(raw, bool):
        raise ValueProblem("expected " + expected("money"))
    if isinstance(raw, int):
        raw = _checked_int(raw, raw)
        if raw < 0:
            raise ValueProblem(f"{raw} is negative; an amount of money is never below zero")
        return Decimal(raw)
    if isinstance(raw, Decimal):
        value = _checked(raw, raw)
    elif isinstance(raw, str):
        match = _MONEY.match(_short(raw))
        if not match:
            raise ValueProblem(f'"{raw}" is not an amount; expected {expected("money")}')
        sign, whole, frac = match.groups()
        value = _checked(Decimal((sign or "") + whole.replace(",", "") + (frac or "")), raw)
    else:
        raise ValueProblem("expected " + expected("money"))
    if value.as_tuple().exponent < -6:  # type: ignore[operator]
        raise ValueProblem(f"{raw} has more than 6 decimal places")
    if value < 0:
        raise ValueProblem(f"{raw} is negative; an amount of money is never below zero")
    return value


def parse_count(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueProblem("expected " + expected("count"))
    if isinstance(raw, int):
        if _checked_int(raw, raw) < 0:
            raise ValueProblem(f"{raw} is negative; a count is never below zero")
        return raw
    if isinstance(raw, Decimal) and _checked(raw, raw) == raw.to_integral_value():
        if raw < 0:
            raise ValueProblem(f"{raw} is negative; a count is never below zero")
        return int(raw)
    if isinstance(raw, str) and _COUNT.match(_short(raw)):
        return _checked_int(int(raw.replace(",", "")), raw)
    raise ValueProblem(f"{shown(raw)} is not {expected('count')}")


def parse_ratio(raw: Any) -> Fraction:
    if isinstance(raw, bool):
        raise ValueProblem("expected " + expected("ratio"))
    if isinstance(raw, int):
        return Fraction(_checked_int(raw, raw))
    if isinstance(raw, Decimal):
        return Fraction(_checked(raw, raw))
    if isinstance(raw, str):
        if m := _RATIO.match(_short(raw)):
            numerator = _checked_int(int(m.group(1)), raw)
            if _checked_int(int(m.group(2)), raw) == 0:
                raise ValueProblem(f'"{raw}" divides by zero')
            return Fraction(numerator, int(m.group(2)))
        if m := _PERCENT.match(raw):
            return Fraction(_checked(Decimal(m.group(1)), raw)) / 100
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            pass
        else:
            return Fraction(_checked(value, raw))
    raise ValueProblem(f"{shown(raw)} is not {expected('ratio')}")


def parse_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        raise ValueProblem("expected a date without a time: " + expected("date"))
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str) and _DATE.match(raw.strip()):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            raise ValueProblem(f'"{raw}" is not a real calendar date') from None
    raise ValueProblem(f"{shown(raw)} is not {expected('date')}")


def parse_boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise ValueProblem(f"{shown(raw)} is not {expected('boolean')}")


def parse_text(raw: Any) -> str:
    if isinstance(raw, (str, int, Decimal)) and not isinstance(raw, bool):
        return str(raw)
    raise ValueProblem(f"{shown(raw)} is not {expected('text')}")


def parse_party(raw: Any, parties: frozenset[str]) -> str:
    from engine.errors import did_you_mean

    if not isinstance(raw, str):
        raise ValueProblem(f"{shown(raw)} is not {expected('party')}")
    if raw not in parties:
        hint = did_you_mean(raw, parties)
        raise ValueProblem(
            f'"{raw}" is not a party of this deal'
            + (f"; {hint}" if hint else f"; the parties are {', '.join(sorted(parties))}")
        )
    return raw


def parse_value(type_name: str, raw: Any, parties: frozenset[str]) -> Any:
    """Parse one value of a declared scalar or list type."""
    parse = _PARSERS.get(type_name)
    if parse is not None:
        return parse(raw)
    if type_name == "party":
        return parse_party(raw, parties)
    if type_name == "text":
        return parse_text(raw)
    if type_name in ("parties", "texts"):
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise ValueProblem(f"expected {expected(type_name)}")
        item_type = "party" if type_name == "parties" else "text"
        return tuple(parse_value(item_type, item, parties) for item in raw)
    raise ValueProblem(f"unknown type {type_name}")


_PARSERS: dict[str, Any] = {
    "boolean": parse_boolean,
    "money": parse_money,
    "date": parse_date,
    "count": parse_count,
    "ratio": parse_ratio,
    "text": parse_text,
}


def format_value(value: Any) -> str:
    """Render a value the way a lawyer writes it."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return f"{value.numerator:,}"
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    return str(value)


def format_money(value: Decimal) -> str:
    """$7,200,000.00 style, keeping any extra exact decimals ($7,199,999.947)."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    exponent = value.as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    text = f"{value:,.{places}f}"
    if places > 2:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        frac = frac + "0" * (2 - len(frac)) if len(frac) < 2 else frac
        text = whole + "." + frac
    return f"{sign}${text}"
