"""How much dealcheck will read, checked before the work is done.

Deal states arrive as email attachments and from other people's systems, so a file may be huge,
endless, deeply nested, an alias bomb or a number with a billion-digit exponent. Each limit is far
above any real deal state (the shipped examples are about 300 lines, nested 5 deep, with no list
longer than 20 entries) and each, when exceeded, is one line naming the file, the line and the fix.
README.md ("Limits") lists them; change them here and nowhere else.
"""

from __future__ import annotations

from decimal import Decimal

MAX_FILE_BYTES = 5 * 1024 * 1024  # one deal-state or policy file (characters, for text given directly)
MAX_DEPTH = 64  # mappings and lists inside one another
MAX_ALIASES = 1_000  # uses of `*name` in one file
MAX_NODES = 200_000  # values in one file, counting what every alias repeats
MAX_ITEMS = 10_000  # entries of one list (records, payments, waivers, ...)
MAX_KEYS = 10_000  # keys of one mapping
MAX_SCALAR_CHARS = 100_000  # characters of one value
MAX_DIGITS = 30  # significant digits of one number
MAX_EXPONENT = 30  # a number's power of ten, either way: 1e30 and 1e-30 are the extremes

NUMBER_FIX = (
    f"write a plain number of at most {MAX_DIGITS} digits, such as 7200000.00, 2/3 or 49%; "
    "not an exponent, infinity or NaN"
)


def decimal_problem(value: Decimal) -> str | None:
    """Why a Decimal is refused as a number (None when it is fine): it must be finite, of at most
    MAX_DIGITS digits, with a power of ten within MAX_EXPONENT. Checking this before any arithmetic
    or formatting is what keeps `1e999999999` (20 bytes) from expanding to a billion digits."""
    if not value.is_finite():
        return "is not a finite number"
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_DIGITS:
        return f"has more than {MAX_DIGITS} digits"
    if not -MAX_EXPONENT <= exponent <= MAX_EXPONENT:
        return f"has an exponent beyond what dealcheck accepts (at most {MAX_EXPONENT} either way)"
    return None


def int_problem(value: int) -> str | None:
    """Why an int is refused as a number (None when it is fine)."""
    if abs(value) >= 10**MAX_DIGITS:
        return f"has more than {MAX_DIGITS} digits"
    return None
