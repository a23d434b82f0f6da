"""Deadlines in the condition language: days_after, days_before and fixed_date on the deal's calendar.

Each expression is evaluated by the reference evaluator (with its working) and by the compiled
callables, which must give the same value. The dates are the Agreement's: §7.10 rolls the last day of
a period off a Saturday, a Sunday or a Delaware bank holiday; a fixed date rolls only under the
`period_fixed_date_roll` reading; a reading left unresolved is computed every way.
"""

from __future__ import annotations

import datetime as dt

import pytest

from engine.expression.compiled import Compiler, Context
from engine.expression.evaluate import SETTINGS, EvaluationProblem, Evaluator, working_of
from engine.expression.parser import parse_expression
from engine.expression.resolve import ResolveError, Scope, resolve
from engine.factbase import UNKNOWN, FactBase
from engine.policy import load_policy

POLICY = load_policy("jabber-series-d")


def _both(text: str, settings: dict | None = None):
    """(value by the reference evaluator, its working, value by the compiled callables)."""
    scope = Scope(POLICY.facts, frozenset(POLICY.parties), POLICY.groups, frozenset(POLICY.rules), has_party=False)
    node = resolve(parse_expression(text), scope)
    facts = FactBase(as_of=dt.date(2004, 1, 1))
    env = {SETTINGS: {**POLICY.default_settings(), **(settings or {})}}
    calendars = POLICY.calendars()
    step = Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions, calendars).evaluate(node, env)
    compiled = Compiler(POLICY.facts, POLICY.groups, POLICY.definitions, calendars).compile(node)
    value = compiled(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), env)[0]
    return step.value, working_of(step) or "", value


@pytest.mark.parametrize(
    ("text", "settings", "expected", "in_working"),
    [
        # a period of days ending on Saturday, November 1, 2003 runs to Monday, November 3
        ("days_after(2003-10-02, 30)", None, dt.date(2003, 11, 3), "2003-11-01 (Saturday) is a Saturday"),
        # ending on Veterans Day (Tuesday, November 11, 2003): a Delaware bank holiday
        ("days_after(2003-10-12, 30)", None, dt.date(2003, 11, 12), "Veterans Day"),
        # the day before a holiday stands
        ("days_after(2003-10-11, 30)", None, dt.date(2003, 11, 10), "Deadline: 2003-11-10 (Monday)"),
        # Columbus Day: a Federal Reserve holiday, not a Delaware one
        ("days_after(2003-09-13, 30)", None, dt.date(2003, 10, 14), "Columbus Day"),
        ("days_after(2003-09-13, 30)", {"bank_holiday_calendars": "delaware_only"}, dt.date(2003, 10, 13), ""),
        ("days_after(2003-09-13, 30)", {"bank_holiday_calendars": "unresolved"}, UNKNOWN, "unresolved"),
        # "by November 1, 2003": a fixed date stands unless the reading rolls it
        ("fixed_date(2003-11-01)", None, dt.date(2003, 11, 1), "not rolled"),
        ("fixed_date(2003-11-01)", {"period_fixed_date_roll": "rolled"}, dt.date(2003, 11, 3), "Saturday"),
        ("fixed_date(2003-11-01)", {"period_fixed_date_roll": "unresolved"}, UNKNOWN, "unresolved"),
        ("fixed_date(2003-11-04)", {"period_fixed_date_roll": "unresolved"}, dt.date(2003, 11, 4), "every reading"),
        # "thirty (30) days prior to" the end of fiscal 2003: Monday, December 1, 2003
        ("days_before(2003-12-31, 30)", None, dt.date(2003, 12, 1), "30 days prior to"),
        # an unknown argument leaves the deadline unknown, never a guess
        ("days_after(closing_date, 30)", None, UNKNOWN, ""),
        # calendar months and years: the same day of the month, n months or years on
        ("years_after(2003-12-15, 1)", None, dt.date(2004, 12, 15), "Period: 1 year after"),
        ("months_after(2003-03-18, 21)", None, dt.date(2004, 12, 18), "Period: 21 months after"),
        ("years_after(2003-02-28, 1)", None, dt.date(2004, 2, 28), ""),  # into a leap year: still the 28th
        ("years_after(2004-02-29, 4)", None, dt.date(2008, 2, 29), ""),  # leap year to leap year
        # from a day the end month lacks: its last day, or the first day of the next (period_month_short_end)
        ("years_after(2004-02-29, 1)", None, dt.date(2005, 2, 28), "period_month_short_end = last_day_of_month"),
        (
            "years_after(2004-02-29, 1)",
            {"period_month_short_end": "first_day_of_next_month"},
            dt.date(2005, 3, 1),
            "period_month_short_end = first_day_of_next_month",
        ),
        ("months_after(2004-01-31, 1)", None, dt.date(2004, 2, 29), ""),  # the end of February in a leap year
        ("months_after(2003-01-31, 1)", None, dt.date(2003, 2, 28), ""),
        ("months_after(2003-01-31, 1)", {"period_month_short_end": "first_day_of_next_month"}, dt.date(2003, 3, 1), ""),
        ("months_after(2003-08-31, 6)", None, dt.date(2004, 2, 29), ""),
        ("months_after(2003-08-31, 6)", {"period_month_short_end": "unresolved"}, UNKNOWN, "unresolved"),
        ("months_after(2003-08-30, 6)", {"period_month_short_end": "unresolved"}, UNKNOWN, "unresolved"),
        ("months_after(2003-08-15, 6)", {"period_month_short_end": "unresolved"}, dt.date(2004, 2, 15), "every"),
        ("months_after(2003-03-18, 0)", None, dt.date(2003, 3, 18), ""),
        # a year ending on Saturday, December 18, 2004 stands, or rolls to Monday under period_month_year_roll
        ("years_after(2003-12-18, 1)", None, dt.date(2004, 12, 18), "2004-12-18 is a Saturday, but the date stands"),
        ("years_after(2003-12-18, 1)", {"period_month_year_roll": "rolled"}, dt.date(2004, 12, 20), "Saturday"),
        ("years_after(2003-12-18, 1)", {"period_month_year_roll": "unresolved"}, UNKNOWN, "unresolved"),
        ("years_after(closing_date, 1)", None, UNKNOWN, ""),
    ],
)
def test_deadlines_follow_section_7_10_and_the_readings(text, settings, expected, in_working) -> None:
    value, working, compiled = _both(text, settings)
    assert value is expected if expected is UNKNOWN else value == expected
    assert compiled is value if value is UNKNOWN else compiled == value
    assert in_working in working, working


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("days_after(30, 2003-10-02)", "is not a date"),
        ("days_after(2003-10-02, -1)", "not a number of days"),
        ("days_before(2003-10-02, $5)", "not a number of days"),
        ("years_after(2003-10-02, -1)", "not a number of years"),
        ("months_after(2003-10-02, 1 / 2)", "not a number of months"),
        ("years_after(1, 2003-10-02)", "is not a date"),
        # past December 31, 9999: a clean problem, as date + days is
        ("years_after(9999-03-01, 1)", "past the calendar"),
        ("months_after(9999-12-31, 1)", "past the calendar"),
        ("months_after(2003-01-01, 1_000_000_000_000_000_000)", "past the calendar"),
        ("years_after(9999-12-31, 0) + 1", "past the calendar"),
    ],
)
def test_a_deadline_of_the_wrong_things_is_a_policy_problem(text: str, message: str) -> None:
    with pytest.raises(EvaluationProblem, match=message):
        _both(text)


def test_a_deadline_function_takes_its_arguments() -> None:
    with pytest.raises(ResolveError, match="days_after"):
        _both("days_after(2003-10-02)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the months whose statements §5.2(c)(ii) owes by the end of January 2004
        (
            'period_ends("month", 2003-10-01, 2004-01-31)',
            (dt.date(2003, 10, 31), dt.date(2003, 11, 30), dt.date(2003, 12, 31), dt.date(2004, 1, 31)),
        ),
        ('period_ends("month", 2004-02-01, 2004-02-28)', ()),  # February 2004 ends on the 29th (a leap year)
        ('period_ends("month", 2004-02-01, 2004-02-29)', (dt.date(2004, 2, 29),)),
        (
            'period_ends("fiscal_quarter", 2003-03-18, 2003-12-31)',
            (dt.date(2003, 3, 31), dt.date(2003, 6, 30), dt.date(2003, 9, 30), dt.date(2003, 12, 31)),
        ),
        (
            'period_ends("fiscal_year", 2003-03-18, 2006-06-30)',
            (dt.date(2003, 12, 31), dt.date(2004, 12, 31), dt.date(2005, 12, 31)),
        ),
        ('period_ends("fiscal_year", 2003-03-18, 2003-12-30)', ()),
        ('period_ends("fiscal_year", closing_date, 2004-01-01)', UNKNOWN),
    ],
)
def test_period_ends_lists_the_periods_a_recurring_covenant_owes_for(text, expected) -> None:
    value, working, compiled = _both(text)
    assert value is expected if expected is UNKNOWN else value == expected
    assert compiled is value if value is UNKNOWN else compiled == value


def test_period_ends_refuses_a_kind_it_does_not_know() -> None:
    with pytest.raises(EvaluationProblem, match="one of month, fiscal_quarter, fiscal_year"):
        _both('period_ends("week", 2003-03-18, 2003-12-31)')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('earliest(days_after(y, 30) for y in period_ends("month", 2003-10-01, 2003-12-31))', dt.date(2003, 12, 1)),
        ('latest(days_after(y, 30) for y in period_ends("month", 2003-10-01, 2003-12-31))', dt.date(2004, 1, 30)),
        (
            'earliest(y for y in period_ends("month", 2003-10-01, 2003-12-31) where y > 2003-11-30)',
            dt.date(2003, 12, 31),
        ),
        ('earliest(y for y in period_ends("month", 2003-10-01, 2003-10-30))', UNKNOWN),  # none: no date
        ("latest(n for n in [3, 1, 2])", 3),
        ("earliest(d for d in [2003-11-01, closing_date])", UNKNOWN),  # an unknown item: unknown
    ],
)
def test_earliest_and_latest_of_a_list(text, expected) -> None:
    value, working, compiled = _both(text)
    assert value is expected if expected is UNKNOWN else value == expected
    assert compiled is value if value is UNKNOWN else compiled == value


def test_earliest_of_dates_and_numbers_together_is_a_policy_problem() -> None:
    with pytest.raises(EvaluationProblem, match="cannot order 3 with 2003-11-01"):
        _both("earliest(d for d in [2003-11-01, 3])")


@pytest.mark.parametrize("text", ["9999-12-30 + 5", "0001-01-02 - 5"])
def test_date_arithmetic_past_the_calendar_is_a_clean_problem(text: str) -> None:
    """A deal state near the year 9999 makes a rule's date arithmetic overflow: a one-line problem
    (exit 2 on the command line), never an internal error."""
    with pytest.raises(EvaluationProblem, match="past the calendar"):
        _both(text)
