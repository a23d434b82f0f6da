"""Exact money, ratios and dates: parsing what people write and printing it back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from engine.values import ValueProblem, format_money, parse_date, parse_money, parse_ratio, parse_value


def test_money_is_exact_decimal() -> None:
    assert parse_money("$7,200,000") == Decimal("7200000")
    assert parse_money("7,199,999.947") == Decimal("7199999.947")
    assert parse_money(Decimal("0.2855")) == Decimal("0.2855")
    assert Decimal(25_218_914) * parse_money("$0.2855") == Decimal("7199999.9470")
    assert Decimal(25_218_915) * parse_money("$0.2855") == Decimal("7200000.2325")


@pytest.mark.parametrize(
    "bad", ["7.2m", "$7,20,000", "seven", True, 1.5, "$1.1234567", "-$5.00", "-5", Decimal("-0.01")]
)
def test_bad_money_is_refused(bad) -> None:
    with pytest.raises(ValueProblem):
        parse_money(bad)


def test_ratios_are_exact() -> None:
    assert parse_ratio("2/3") == Fraction(2, 3)
    assert parse_ratio("49%") == Fraction(49, 100)
    assert parse_ratio("66.5%") == Fraction(133, 200)
    assert parse_ratio("2/3") != parse_ratio("0.6667")


def test_dates() -> None:
    assert parse_date("2003-03-18") == dt.date(2003, 3, 18)
    with pytest.raises(ValueProblem, match="not a real calendar date"):
        parse_date("2003-02-30")
    with pytest.raises(ValueProblem):
        parse_date("18/03/2003")


def test_parties_must_be_declared() -> None:
    parties = frozenset({"FTTI", "INTEL"})
    assert parse_value("parties", ["FTTI"], parties) == ("FTTI",)
    with pytest.raises(ValueProblem, match='did you mean "INTEL"'):
        parse_value("party", "INTLE", parties)


def test_money_formatting_keeps_exact_decimals() -> None:
    assert format_money(Decimal("7199999.9470")) == "$7,199,999.947"
    assert format_money(Decimal("7200000")) == "$7,200,000.00"
    assert format_money(Decimal("-5.5")) == "-$5.50"


@pytest.mark.parametrize("bad", [-1, Decimal("-3"), "-12"])
def test_negative_counts_are_refused(bad) -> None:
    with pytest.raises(ValueProblem):
        parse_value("count", bad, frozenset())
