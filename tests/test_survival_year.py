"""SPA §6.1: "for one year from the date of the last Subsequent Closing", counted with years_after()
(engine/time_periods.add_months, twelve months, under period_month_short_end and period_month_year_roll).
The figure survival_end is checked against calendar-year arithmetic for every day from 2003 to 2008, by
the reference evaluator and by the compiled callables alike, under every reading of the short month end.
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


def _survival_end(last_subsequent_closing: dt.date, as_of: dt.date = dt.date(2010, 6, 1), env=ENV) -> tuple:
    """(reference value, compiled value) of survival_end with one Subsequent Closing on that day."""
    facts = FactBase(
        as_of=as_of,
        records={"subsequent_closings": {"sc1": {"subsequent_closing": "sc1", "held_on": last_subsequent_closing}}},
    )
    step = Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions, CALENDARS).evaluate(NODE, env)
    compiled = COMPILED(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), env)[0]
    return step.value, compiled


DAYS = [
    dt.date(2003, 1, 1) + dt.timedelta(days=n) for n in range((dt.date(2008, 12, 31) - dt.date(2003, 1, 1)).days + 1)
]


@pytest.mark.parametrize("short_end", ["last_day_of_month", "first_day_of_next_month"])
@pytest.mark.parametrize("year", sorted({d.year for d in DAYS}))
def test_one_year_is_the_calendar_year(year: int, short_end: str) -> None:
    env = {SETTINGS: {**ENV[SETTINGS], "period_month_short_end": short_end}}
    wrong = []
    for day in (d for d in DAYS if d.year == year):
        value, compiled = _survival_end(day, env=env)
        expected = add_months(day, 12, short_end)  # February 29 + 1 year: February 28, or March 1
        if not (value == compiled == expected):
            wrong.append(f"{day}: {value} / compiled {compiled}, expected {expected}")
    assert not wrong, "; ".join(wrong[:5])


def test_a_year_across_february_29_2004_ends_on_the_same_day() -> None:
    assert _survival_end(dt.date(2003, 12, 15)) == (dt.date(2004, 12, 15), dt.date(2004, 12, 15))
    assert _survival_end(dt.date(2003, 3, 18)) == (dt.date(2004, 3, 18), dt.date(2004, 3, 18))
    assert _survival_end(dt.date(2004, 3, 18)) == (dt.date(2005, 3, 18), dt.date(2005, 3, 18))


def test_unknown_while_a_subsequent_closing_may_still_be_held() -> None:
    assert _survival_end(dt.date(2003, 12, 15), as_of=dt.date(2004, 1, 31)) == (UNKNOWN, UNKNOWN)
    assert _survival_end(dt.date(2003, 12, 15), as_of=dt.date(2004, 2, 1)) == (dt.date(2004, 12, 15),) * 2


def test_a_year_from_february_29_follows_the_reading_of_the_short_month() -> None:
    assert _survival_end(dt.date(2004, 2, 29)) == (dt.date(2005, 2, 28),) * 2
    env = {SETTINGS: {**ENV[SETTINGS], "period_month_short_end": "first_day_of_next_month"}}
    assert _survival_end(dt.date(2004, 2, 29), env=env) == (dt.date(2005, 3, 1),) * 2
    env = {SETTINGS: {**ENV[SETTINGS], "period_month_short_end": "unresolved"}}
    assert _survival_end(dt.date(2004, 2, 29), env=env) == (UNKNOWN, UNKNOWN)  # the readings differ
    assert _survival_end(dt.date(2004, 2, 28), env=env) == (dt.date(2005, 2, 28),) * 2  # they agree
