"""The condition language for figures over time: `as_of`, `floor()`, the earlier or later of two
dates, `latest(first, … for x in list)` and `earliest(first, …)` over records (min and max take two
values: over a list they are refused, one spelling for one idea), and an amount times a percentage kept
an amount (83.333% of $3,000,000.00 is $2,499,990.00, exactly).

Each expression is evaluated by the reference evaluator (with its working) and by the compiled
callables, which must give the same value.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from engine.expression.compiled import Compiler, Context
from engine.expression.evaluate import SETTINGS, EvaluationProblem, Evaluator, as_decimal, working_of
from engine.expression.parser import parse_expression
from engine.expression.resolve import ResolveError, Scope, resolve
from engine.factbase import UNKNOWN, FactBase
from engine.policy import load_policy

POLICY = load_policy("jabber-series-d")
PURCHASES = {
    "Acme Ventures#1": {
        "purchaser": "Acme Ventures",
        "subsequent_closing": "sc1",
        "purchased_on": dt.date(2003, 10, 15),
        "amount_paid": Decimal("3000000.00"),
    },
    "WEBB#1": {"purchaser": "WEBB", "subsequent_closing": "sc1", "purchased_on": dt.date(2003, 10, 15)},
    "Acme Ventures#2": {
        "purchaser": "Acme Ventures",
        "subsequent_closing": "sc2",
        "purchased_on": dt.date(2003, 12, 10),
        "amount_paid": Decimal("1200000.00"),
    },
}


def _both(text: str, as_of: dt.date = dt.date(2003, 12, 31), records: dict | None = None):
    """(value by the reference evaluator, its working, value by the compiled callables)."""
    scope = Scope(POLICY.facts, frozenset(POLICY.parties), POLICY.groups, frozenset(POLICY.rules), has_party=False)
    node = resolve(parse_expression(text), scope)
    facts = FactBase(
        as_of=as_of, records={"subsequent_closing_purchases": dict(PURCHASES)} if records is None else records
    )
    env = {SETTINGS: POLICY.default_settings()}
    calendars = POLICY.calendars()
    step = Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions, calendars).evaluate(node, env)
    compiled = Compiler(POLICY.facts, POLICY.groups, POLICY.definitions, calendars).compile(node)
    value = compiled(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), env)[0]
    return step.value, working_of(step) or "", value


@pytest.mark.parametrize(
    ("text", "expected", "in_working"),
    [
        # the date the deal is checked as of, never the clock
        ("as_of", dt.date(2003, 12, 31), ""),
        ("as_of <= fixed_date(2004-01-31)", True, ""),
        # 83.333% exactly as written: an amount times a percentage stays an amount, to the fraction of a cent
        ("$3,000,000.00 * 83.333%", Decimal("2499990.00"), "= $2,499,990.00"),
        ("$3,000,000.01 * 83.333%", Decimal("2499990.0083333"), "= $2,499,990.0083333"),
        ("$3,000,000.00 * 83.333% == $2,499,990", True, ""),
        # a third is no decimal: it stays an exact fraction
        ("$1.00 * (1 / 3)", Fraction(1, 3), "1/3"),
        # whole Shares: down to the whole number, never rounded up
        ("floor($2,499,990.00 / $0.2855)", 8_756_532, "floor(4999980000/571) = 8,756,532"),
        ("floor($1,000,000 / $0.50)", 2_000_000, ""),
        # the earlier and the later of two dates
        ("min(2004-03-31, fixed_date(2004-01-31))", dt.date(2004, 1, 31), "min(2004-03-31, 2004-01-31)"),
        ("max(fixed_date(2003-11-01), 2003-12-15)", dt.date(2003, 12, 15), ""),
        # the latest of a first date and of each record's
        (
            "latest(2003-11-01, p.purchased_on for p in subsequent_closing_purchases)",
            dt.date(2003, 12, 10),
            "latest of 2003-11-01 (first), 2003-10-15 (Acme Ventures#1), 2003-10-15 (WEBB#1),"
            " 2003-12-10 (Acme Ventures#2) = 2003-12-10",
        ),
        # nothing in scope: the first value, and the working names what was left out and why
        (
            'latest(2003-11-01, p.purchased_on for p in subsequent_closing_purchases where p.purchaser == "Beta")',
            dt.date(2003, 11, 1),
            "left out: Acme Ventures#1",
        ),
        (
            "earliest($2,500,000, p.amount_paid for p in subsequent_closing_purchases where p.purchaser != WEBB)",
            Decimal("1200000.00"),
            "",
        ),
        # one amount in scope is unknown: so is the largest
        ("latest($0, p.amount_paid for p in subsequent_closing_purchases)", UNKNOWN, ""),
        # the first value unknown: unknown
        ("latest(closing_date, p.purchased_on for p in subsequent_closing_purchases)", UNKNOWN, ""),
        # an item whose scope is unknown counts only if it could change the result
        (
            "latest(2004-01-01, p.purchased_on for p in subsequent_closing_purchases where p.amount_paid > $0)",
            dt.date(2004, 1, 1),
            "whether WEBB#1 counts is unknown, and it would not change that",
        ),
        (  # ... and leaves it unknown when it could: WEBB#1's purchase, if it counts, is the earliest
            "earliest(2003-12-31, p.purchased_on for p in subsequent_closing_purchases"
            " where p.amount_paid < $2,000,000)",
            UNKNOWN,
            "",
        ),
    ],
)
def test_figures_over_time_and_amounts(text, expected, in_working) -> None:
    value, working, compiled = _both(text)
    if expected is UNKNOWN:
        assert value is UNKNOWN and compiled is UNKNOWN
    else:
        assert value == expected and type(value) is type(expected)
        assert compiled == value and type(compiled) is type(value)
    assert in_working in working, working


def test_the_as_of_date_is_unknown_when_there_is_none() -> None:
    value, _, compiled = _both("as_of", as_of=dt.date.max)
    assert value is UNKNOWN and compiled is UNKNOWN


def test_records_absent_leave_the_latest_unknown_and_an_empty_list_gives_the_first() -> None:
    text = "latest(2003-11-01, p.purchased_on for p in subsequent_closing_purchases)"
    value, _, compiled = _both(text, records={})
    assert value is UNKNOWN and compiled is UNKNOWN
    value, _, compiled = _both(text, records={"subsequent_closing_purchases": {}})
    assert value == compiled == dt.date(2003, 11, 1)


def test_as_decimal_is_exact_or_leaves_the_fraction() -> None:
    assert as_decimal(Fraction(83333, 100000)) == Decimal("0.83333")
    assert as_decimal(Fraction(1, 8)) == Decimal("0.125")
    assert as_decimal(Fraction(1, 3)) == Fraction(1, 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max(p.purchased_on for p in subsequent_closing_purchases)", r"max\(\) takes two values, not a list"),
        ("max(2003-11-01, p.purchased_on for p in subsequent_closing_purchases)", r"\(latest\(first, "),
        ("min($0, p.amount_paid for p in subsequent_closing_purchases)", r"the least of a list is earliest\("),
        ("sum($0, p.amount_paid for p in subsequent_closing_purchases)", "takes no first value"),
        ("every as_of in subsequent_closing_purchases satisfies true", "hides"),
        ("as_of.date", "has no fields"),
        ("floor(1, 2)", "takes 1 argument"),
    ],
)
def test_the_language_refuses_what_it_cannot_mean(text: str, message: str) -> None:
    with pytest.raises(ResolveError, match=message):
        _both(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "latest(2003-11-01, p.amount_paid for p in subsequent_closing_purchases where p.purchaser != WEBB)",
            "cannot order",
        ),
        ("min(2003-11-01, $5)", "is not a number"),
    ],
)
def test_dates_and_amounts_do_not_mix(text: str, message: str) -> None:
    with pytest.raises(EvaluationProblem, match=message):
        _both(text)


def test_max_over_a_list_in_a_policy_is_refused_in_one_line_with_the_fix(tmp_path) -> None:
    """One spelling for one idea: a policy that still writes max(first, … for …) is refused when it loads
    (exit 2, one line naming the file, the line and the fix), never read as latest()."""
    from helpers import EXAMPLES, policy_with, run_cli

    folder = policy_with(tmp_path, "latest(webb_option_expiry,", "max(webb_option_expiry,", "spa/article-2.yaml")
    result = run_cli("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), policies=folder.parent)
    assert result.returncode == 2 and result.stdout == ""
    err = result.stderr
    assert err.count("\n") == 1 and "spa/article-2.yaml:" in err and "webb_option_notice_date" in err, err
    assert "max() takes two values, not a list" in err and "write latest( instead of max(" in err, err
