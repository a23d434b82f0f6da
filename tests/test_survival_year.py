"""SPA §6.1: "for one year from the date of the last Subsequent Closing", counted in the condition
language, which adds days to a date but has no calendar-year arithmetic. The figure survival_end counts
365 days, and one more when February 29 falls within them; here it is checked against calendar-year
arithmetic (engine/time_periods.add_months, twelve months) for every day from 2003 to 2008, by the
reference evaluator and by the compiled callables alike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from engine.expression import ast
from engine.expression.compiled import Compiler, Context
from engine.expression.evaluate import SETTINGS, Evaluator
from engine.factbase import UNKNOWN, FactBase
from engine.policy import load_policy
from engine.time_periods import add_months

POLICY = load_policy("jabber-series-d")
CALENDARS = POLICY.calendars()
ENV = {SETTINGS: POLICY.default_settings()}
NODE = ast.DefRef("survival_end", None, text="survival_end")
COMPILED = Compiler(POLICY.facts, POLICY.groups, POLICY.definitions, CALENDARS).compile(NODE)


def _survival_end(last_subsequent_closing: dt.date, as_of: dt.date = dt.date(2010, 6, 1)) -> tuple:
    """(reference value, compiled value) of survival_end with one Subsequent Closing on that day."""
    facts = FactBase(
        as_of=as_of,
        records={"subsequent_closings": {"sc1": {"subsequent_closing": "sc1", "held_on": last_subsequent_closing}}},
    )
    step = Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions, CALENDARS).evaluate(NODE, ENV)
    compiled = COMPILED(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), ENV)[0]
    return step.value, compiled


DAYS = [
    dt.date(2003, 1, 1) + dt.timedelta(days=n) for n in range((dt.date(2008, 12, 31) - dt.date(2003, 1, 1)).days + 1)
]


@pytest.mark.parametrize("year", sorted({d.year for d in DAYS}))
def test_one_year_is_the_calendar_year(year: int) -> None:
    wrong = []
    for day in (d for d in DAYS if d.year == year):
        value, compiled = _survival_end(day)
        expected = add_months(day, 12)  # February 29 + 1 year: February 28 (period_month_short_end default)
        if not (value == compiled == expected):
            wrong.append(f"{day}: {value} / compiled {compiled}, expected {expected}")
    assert not wrong, "; ".join(wrong[:5])


def test_a_year_across_february_29_2004_is_366_days() -> None:
    assert _survival_end(dt.date(2003, 12, 15)) == (dt.date(2004, 12, 15), dt.date(2004, 12, 15))
    assert _survival_end(dt.date(2003, 3, 18)) == (dt.date(2004, 3, 18), dt.date(2004, 3, 18))
    assert _survival_end(dt.date(2004, 3, 18)) == (dt.date(2005, 3, 18), dt.date(2005, 3, 18))


def test_unknown_while_a_subsequent_closing_may_still_be_held() -> None:
    assert _survival_end(dt.date(2003, 12, 15), as_of=dt.date(2004, 1, 31)) == (UNKNOWN, UNKNOWN)
    assert _survival_end(dt.date(2003, 12, 15), as_of=dt.date(2004, 2, 1)) == (dt.date(2004, 12, 15),) * 2
