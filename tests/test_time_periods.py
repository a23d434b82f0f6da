"""§7.10 time periods on the Jabber calendar: the holidays of 2003-2008, and real deadlines.

Holiday sources (each pinned date below names its own):
- DE: 1 Del. C. § 501 (Delaware legal holidays; a Saturday holiday is kept the Friday before, a
  Sunday one the Monday after) as the `holidays` library gives it, country US, subdivision DE.
- FED: the Federal Reserve holiday schedule ("Holidays Observed by the Federal Reserve", K.8), as the
  `holidays` library gives it, market XFED (a Sunday holiday on the Monday; a Saturday one not moved).
Deadline examples are the catalog's (/work/shared/catalog/jabber-series-d.md) unless noted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from engine.bank_holidays import election_day
from engine.policy import load_policy
from engine.time_periods import (
    PeriodReadings,
    add_months,
    agreed,
    days_after,
    days_after_fiscal_year_end,
    days_after_month_end,
    days_before_fiscal_year_end,
    fixed_date,
    months_after,
    next_business_day,
    under_each_reading,
)

D = dt.date


@pytest.fixture(scope="module")
def policy():
    return load_policy("jabber-series-d")


@pytest.fixture(scope="module")
def cal(policy):
    """The default calendar: Delaware legal holidays and Federal Reserve holidays."""
    return policy.calendar.calendar(policy.default_settings())


@pytest.fixture(scope="module")
def de_only(policy):
    return policy.calendar.calendar({**policy.default_settings(), "bank_holiday_calendars": "delaware_only"})


# ---------------------------------------------------------------- pinned holidays, 2003-2008

# (date, name the working shows, source)
PINNED = [
    # Observed dates of holidays on a weekend
    (D(2004, 7, 5), "Independence Day (observed)", "DE and FED: July 4, 2004 is a Sunday"),
    (D(2004, 12, 24), "Christmas Day (observed)", "DE only: § 501 keeps a Saturday holiday on the Friday"),
    (D(2004, 12, 31), "New Year's Day (observed)", "DE only: January 1, 2005 is a Saturday; the Fed stays open"),
    (D(2005, 12, 26), "Christmas Day (observed)", "DE and FED: December 25, 2005 is a Sunday"),
    (D(2006, 1, 2), "New Year's Day (observed)", "DE and FED: January 1, 2006 is a Sunday"),
    (D(2006, 11, 10), "Veterans Day (observed)", "DE only: November 11, 2006 is a Saturday"),
    (D(2007, 11, 12), "Veterans Day (observed)", "DE and FED: November 11, 2007 is a Sunday"),
    # Monday holidays: MLK (third Monday of January)
    (D(2003, 1, 20), "Martin Luther King Jr. Day", "DE and FED"),
    (D(2004, 1, 19), "Martin Luther King Jr. Day", "DE and FED"),
    (D(2005, 1, 17), "Martin Luther King Jr. Day", "DE and FED"),
    (D(2006, 1, 16), "Martin Luther King Jr. Day", "DE and FED"),
    (D(2007, 1, 15), "Martin Luther King Jr. Day", "DE and FED"),
    (D(2008, 1, 21), "Martin Luther King Jr. Day", "DE and FED"),
    # Presidents' Day (third Monday of February; a Delaware holiday until 2009 per the library)
    (D(2003, 2, 17), "Presidents' Day", "DE and FED (Washington's Birthday)"),
    (D(2004, 2, 16), "Presidents' Day", "DE and FED"),
    (D(2005, 2, 21), "Presidents' Day", "DE and FED"),
    (D(2006, 2, 20), "Presidents' Day", "DE and FED"),
    (D(2007, 2, 19), "Presidents' Day", "DE and FED"),
    (D(2008, 2, 18), "Presidents' Day", "DE and FED"),
    # Memorial Day (last Monday of May; § 501(b))
    (D(2003, 5, 26), "Memorial Day", "DE and FED"),
    (D(2004, 5, 31), "Memorial Day", "DE and FED"),
    (D(2005, 5, 30), "Memorial Day", "DE and FED"),
    (D(2006, 5, 29), "Memorial Day", "DE and FED"),
    (D(2007, 5, 28), "Memorial Day", "DE and FED"),
    (D(2008, 5, 26), "Memorial Day", "DE and FED"),
    # Labor Day (first Monday of September)
    (D(2003, 9, 1), "Labor Day", "DE and FED"),
    (D(2004, 9, 6), "Labor Day", "DE and FED"),
    (D(2005, 9, 5), "Labor Day", "DE and FED"),
    (D(2006, 9, 4), "Labor Day", "DE and FED"),
    (D(2007, 9, 3), "Labor Day", "DE and FED"),
    (D(2008, 9, 1), "Labor Day", "DE and FED"),
    # Columbus Day (second Monday of October): FED only, not in § 501
    (D(2003, 10, 13), "Columbus Day", "FED only"),
    (D(2004, 10, 11), "Columbus Day", "FED only"),
    (D(2005, 10, 10), "Columbus Day", "FED only"),
    (D(2006, 10, 9), "Columbus Day", "FED only"),
    (D(2007, 10, 8), "Columbus Day", "FED only"),
    (D(2008, 10, 13), "Columbus Day", "FED only"),
    # Good Friday: DE only (§ 501 lists it; the Fed is open)
    (D(2003, 4, 18), "Good Friday", "DE only"),
    (D(2004, 4, 9), "Good Friday", "DE only"),
    (D(2005, 3, 25), "Good Friday", "DE only"),
    (D(2006, 4, 14), "Good Friday", "DE only"),
    (D(2007, 4, 6), "Good Friday", "DE only"),
    (D(2008, 3, 21), "Good Friday", "DE only"),
    # Veterans Day, Thanksgiving and the day after (DE only for the Friday), Christmas, New Year
    (D(2003, 11, 11), "Veterans Day", "DE and FED"),
    (D(2003, 11, 27), "Thanksgiving Day", "DE and FED"),
    (D(2003, 11, 28), "Day After Thanksgiving", "DE only"),
    (D(2003, 12, 25), "Christmas Day", "DE and FED"),
    (D(2004, 1, 1), "New Year's Day", "DE and FED"),
    (D(2007, 11, 23), "Day After Thanksgiving", "DE only"),
    # Election Day: DE in even years; the library from 2008 (setting delaware_election_day)
    (D(2008, 11, 4), "Election Day", "DE (the library, 2008 on)"),
]

FED_ONLY = {d for d, _, source in PINNED if source == "FED only"}


@pytest.mark.parametrize(("day", "name", "source"), PINNED, ids=[str(p[0]) for p in PINNED])
def test_pinned_holidays(cal, de_only, day: dt.date, name: str, source: str) -> None:
    assert day.weekday() < 5, "pinned holidays are weekdays: a weekend day is closed anyway"
    why = cal.why_closed(day)
    assert why is not None and name in why, (day, why, source)
    assert not cal.is_business_day(day)
    assert de_only.is_business_day(day) is (day in FED_ONLY)


def test_labels_name_each_calendar(cal) -> None:
    assert cal.why_closed(D(2003, 11, 11)) == "Veterans Day (a Delaware bank holiday and a Federal Reserve holiday)"
    assert cal.why_closed(D(2003, 4, 18)) == "Good Friday (a Delaware bank holiday)"
    assert cal.why_closed(D(2003, 10, 13)) == "Columbus Day (a Federal Reserve holiday)"
    assert cal.why_closed(D(2003, 11, 1)) == "a Saturday"
    assert cal.why_closed(D(2004, 12, 25)).startswith("a Saturday and Christmas Day")
    assert cal.why_closed(D(2003, 11, 10)) is None


def test_ordinary_days_are_business_days(cal) -> None:
    for day in (D(2003, 3, 18), D(2003, 11, 10), D(2003, 11, 26), D(2005, 12, 27), D(2007, 4, 2)):
        assert cal.is_business_day(day), day


def test_each_year_has_its_holidays(cal) -> None:
    for year in range(2003, 2009):
        dates = {h.date for h in cal.holidays_in(year)}
        assert {d for d, _, _ in PINNED if d.year == year} <= dates


def test_election_day_before_2008_is_a_setting(policy) -> None:
    # 1 Del. C. § 501: "the day of the General Election as it biennially occurs"
    assert election_day(2004) == D(2004, 11, 2) and election_day(2006) == D(2006, 11, 7)
    assert election_day(2008) == D(2008, 11, 4)
    library = policy.calendar.calendar(policy.default_settings())
    every = policy.calendar.calendar({**policy.default_settings(), "delaware_election_day": "every_general_election"})
    for day in (D(2004, 11, 2), D(2006, 11, 7)):
        assert library.is_business_day(day)
        assert every.why_closed(day) == "Election Day (a Delaware bank holiday)"
    assert every.why_closed(D(2008, 11, 4)) == "Election Day (a Delaware bank holiday)"  # not twice


def test_unresolved_calendar_settings_give_every_calendar(policy) -> None:
    chosen = {**policy.default_settings(), "bank_holiday_calendars": "unresolved"}
    choices = {name: tuple(s.choices) for name, s in policy.settings.items()}
    calendars = policy.calendar.calendars(chosen, choices)
    assert sorted(calendars) == [
        "bank_holiday_calendars=delaware_and_federal_reserve, delaware_election_day=holidays_library",
        "bank_holiday_calendars=delaware_only, delaware_election_day=holidays_library",
    ]
    # a deadline on Columbus Day 2003: rolled under one reading, not under the other
    finals = {k: days_after(c, D(2003, 9, 13), 30, trigger="t", period="p").final for k, c in calendars.items()}
    assert sorted(finals.values()) == [D(2003, 10, 13), D(2003, 10, 14)]
    with pytest.raises(ValueError, match="not chosen"):
        policy.calendar.calendar(chosen)


# ---------------------------------------------------------------- periods of days


def test_a_deadline_on_a_saturday_rolls_to_monday(cal) -> None:
    # §5.2(c)(i): FY2006 ends 2006-12-31; + 90 days = Saturday 2007-03-31 -> Monday 2007-04-02 (catalog)
    d = days_after_fiscal_year_end(
        cal, load_policy("jabber-series-d").calendar.fiscal_year, 2006, 90, period="within ninety (90) days after"
    )
    assert (d.raw_end, d.final) == (D(2007, 3, 31), D(2007, 4, 2))
    assert [s.text() for s in d.skipped] == ["2007-03-31 (Saturday) is a Saturday", "2007-04-01 (Sunday) is a Sunday"]
    text = d.working()
    assert "Trigger: the end of fiscal year 2006 (2006-12-31, Sunday)" in text
    assert "End of the period before §7.10: 2007-03-31 (Saturday)" in text
    assert "Deadline: 2007-04-02 (Monday)" in text
    assert d.met_by(D(2007, 4, 2)) and not d.met_by(D(2007, 4, 3))


@pytest.mark.parametrize(
    ("year", "raw", "final"),
    [
        (2003, D(2004, 3, 30), D(2004, 3, 30)),  # Tuesday
        (2004, D(2005, 3, 31), D(2005, 3, 31)),  # Thursday
        (2006, D(2007, 3, 31), D(2007, 4, 2)),  # Saturday -> Monday
        (2007, D(2008, 3, 30), D(2008, 3, 31)),  # Sunday -> Monday
    ],
)
def test_annual_statements_within_ninety_days_after_each_fiscal_year(policy, cal, year, raw, final) -> None:
    d = days_after_fiscal_year_end(cal, policy.calendar.fiscal_year, year, 90, period="90 days")
    assert (d.raw_end, d.final) == (raw, final)


def test_a_deadline_on_a_delaware_bank_holiday(cal) -> None:
    d = days_after(cal, D(2003, 10, 12), 30, trigger="the notice", period="thirty (30) days after")
    assert (d.raw_end, d.final) == (D(2003, 11, 11), D(2003, 11, 12))
    assert d.skipped[0].text() == (
        "2003-11-11 (Tuesday) is Veterans Day (a Delaware bank holiday and a Federal Reserve holiday)"
    )
    # Good Friday is a Delaware bank holiday although the Fed is open
    g = days_after(cal, D(2004, 3, 10), 30, trigger="t", period="p")
    assert (g.raw_end, g.final) == (D(2004, 4, 9), D(2004, 4, 12))
    assert "Good Friday (a Delaware bank holiday)" in g.working()


def test_a_deadline_on_the_day_before_a_holiday_stands(cal) -> None:
    d = days_after(cal, D(2003, 10, 11), 30, trigger="t", period="p")
    assert (d.raw_end, d.final, d.skipped) == (D(2003, 11, 10), D(2003, 11, 10), ())
    assert "the last day is a business day, so it stands" in d.working()
    # the Wednesday before Thanksgiving
    assert days_after(cal, D(2003, 10, 27), 30, trigger="t", period="p").final == D(2003, 11, 26)


def test_a_holiday_then_a_weekend_is_skipped_day_by_day(cal) -> None:
    # Friday 2004-12-31 (New Year's Day 2005 observed, Delaware), Saturday, Sunday -> Monday 2005-01-03
    d = days_after(cal, D(2004, 12, 1), 30, trigger="t", period="p")
    assert d.final == D(2005, 1, 3)
    assert [s.date for s in d.skipped] == [D(2004, 12, 31), D(2005, 1, 1), D(2005, 1, 2)]
    assert d.skipped[0].why == "New Year's Day (observed) (a Delaware bank holiday)"
    # Thanksgiving, the day after, and the weekend
    assert days_after(cal, D(2003, 10, 28), 30, trigger="t", period="p").final == D(2003, 12, 1)


def test_zero_and_negative_periods(cal) -> None:
    assert days_after(cal, D(2003, 3, 18), 0, trigger="t", period="p").final == D(2003, 3, 18)
    with pytest.raises(ValueError):
        days_after(cal, D(2003, 3, 18), -1, trigger="t", period="p")


# ---------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("year", "month", "raw", "final"),
    [
        (2003, 10, D(2003, 11, 30), D(2003, 12, 1)),  # Sunday -> Monday (catalog)
        (2005, 4, D(2005, 5, 30), D(2005, 5, 31)),  # Memorial Day -> Tuesday (catalog)
        (2004, 1, D(2004, 3, 1), D(2004, 3, 1)),  # 2004 is a leap year (catalog)
        (2003, 1, D(2003, 3, 2), D(2003, 3, 3)),  # not a leap year: Sunday -> Monday
        (2004, 12, D(2005, 1, 30), D(2005, 1, 31)),  # Sunday -> Monday (catalog)
        (2003, 2, D(2003, 3, 30), D(2003, 3, 31)),  # February's end is the 28th
    ],
)
def test_within_thirty_days_after_the_end_of_each_month(cal, year, month, raw, final) -> None:
    d = days_after_month_end(
        cal, year, month, 30, period="within thirty (30) days after the end of each calendar month"
    )
    assert (d.raw_end, d.final) == (raw, final)


def test_month_arithmetic_at_the_end_of_a_month() -> None:
    assert add_months(D(2003, 8, 31), 6) == D(2004, 2, 29)
    assert add_months(D(2003, 8, 31), 6, "first_day_of_next_month") == D(2004, 3, 1)
    assert add_months(D(2004, 2, 29), 12) == D(2005, 2, 28)
    assert add_months(D(2004, 2, 29), 12, "first_day_of_next_month") == D(2005, 3, 1)
    assert add_months(D(2003, 1, 31), 1) == D(2003, 2, 28)
    assert add_months(D(2003, 4, 1), 21) == D(2005, 1, 1)  # §5.2(l): 21 months from April 1, 2003
    assert add_months(D(2003, 11, 15), 2) == D(2004, 1, 15)
    assert add_months(D(2004, 3, 31), -1) == D(2004, 2, 29)


def test_a_year_period_rolls_only_under_its_setting(cal) -> None:
    # a year, as in §6.1 "for one year from the date of the last Subsequent Closing"
    d = months_after(cal, D(2003, 11, 1), 12, trigger="t", period="one year", readings=PeriodReadings())
    assert (d.raw_end, d.final) == (D(2004, 11, 1), D(2004, 11, 1))  # a Monday: nothing to roll
    sat = months_after(cal, D(2003, 1, 31), 12, trigger="t", period="one year", readings=PeriodReadings())
    assert (sat.raw_end, sat.final) == (D(2004, 1, 31), D(2004, 1, 31))  # a Saturday: not rolled by default
    assert "not rolled (period_month_year_roll = not_rolled); 2004-01-31 is a Saturday" in sat.working()
    rolled = months_after(
        cal,
        D(2003, 1, 31),
        12,
        trigger="t",
        period="one year",
        readings=PeriodReadings(period_month_year_roll="rolled"),
    )
    assert rolled.final == D(2004, 2, 2)
    short = months_after(cal, D(2003, 8, 31), 6, trigger="t", period="six months", readings=PeriodReadings())
    assert short.raw_end == D(2004, 2, 29) and "period_month_short_end = last_day_of_month" in short.roll


# ---------------------------------------------------------------- fixed dates and periods counted backwards


def test_by_november_1_2003_a_saturday(cal) -> None:
    words = "by November 1, 2003"
    default = fixed_date(cal, D(2003, 11, 1), words=words, readings=PeriodReadings())
    assert default.final == D(2003, 11, 1) and default.skipped == ()
    assert "not rolled (period_fixed_date_roll = not_rolled); 2003-11-01 is a Saturday" in default.working()
    rolled = fixed_date(cal, D(2003, 11, 1), words=words, readings=PeriodReadings(period_fixed_date_roll="rolled"))
    assert rolled.final == D(2003, 11, 3)
    assert [s.why for s in rolled.skipped] == ["a Saturday", "a Sunday"]
    # January 31, 2004 (§2.3(b)) is a Saturday too
    jan = fixed_date(cal, D(2004, 1, 31), words="no later than January 31, 2004", readings=PeriodReadings("rolled"))
    assert jan.final == D(2004, 2, 2)


def test_unresolved_fixed_date_roll_is_computed_under_each_reading(cal) -> None:
    deadlines = under_each_reading(
        "period_fixed_date_roll",
        {"period_fixed_date_roll": "unresolved"},
        lambda r: fixed_date(cal, D(2003, 11, 1), words="by November 1, 2003", readings=r),
    )
    assert {k: d.final for k, d in deadlines.items()} == {"not_rolled": D(2003, 11, 1), "rolled": D(2003, 11, 3)}
    assert agreed(deadlines) is None
    weekday = under_each_reading(
        "period_fixed_date_roll",
        {},
        lambda r: fixed_date(cal, D(2003, 11, 3), words="by November 3, 2003", readings=r),
    )
    assert agreed(weekday) == D(2003, 11, 3)
    with pytest.raises(ValueError, match="not a reading"):
        under_each_reading("no_such", {}, lambda r: None)


def test_thirty_days_prior_to_each_fiscal_year_end(policy, cal) -> None:
    fy = policy.calendar.fiscal_year
    period = "within thirty (30) days prior to each fiscal year-end"
    by = {
        how: days_before_fiscal_year_end(
            cal, fy, 2007, 30, period=period, readings=PeriodReadings(period_before_roll=how)
        )
        for how in ("forward", "back", "not_rolled")
    }
    assert {k: d.raw_end for k, d in by.items()} == dict.fromkeys(by, D(2007, 12, 1))  # a Saturday
    assert by["forward"].final == D(2007, 12, 3)  # catalog: roll forward, as the text says
    assert by["back"].final == D(2007, 11, 30)
    assert by["not_rolled"].final == D(2007, 12, 1)
    assert days_before_fiscal_year_end(cal, fy, 2003, 30, period=period, readings=PeriodReadings()).final == D(
        2003, 12, 1
    )  # a Monday


def test_readings_from_settings_and_bad_choices() -> None:
    chosen = {"period_fixed_date_roll": "rolled", "ft_license_commitment": "exactly"}
    assert PeriodReadings.from_settings(chosen) == PeriodReadings(period_fixed_date_roll="rolled")
    with pytest.raises(ValueError, match="period_before_roll"):
        PeriodReadings(period_before_roll="sideways")
    with pytest.raises(ValueError):
        add_months(D(2003, 1, 31), 1, "nearest")


def test_next_business_day(cal) -> None:
    assert next_business_day(cal, D(2003, 11, 7))[0] == D(2003, 11, 10)  # Friday -> Monday
    assert next_business_day(cal, D(2003, 11, 10))[0] == D(2003, 11, 12)  # over Veterans Day
    assert next_business_day(cal, D(2003, 3, 17))[0] == D(2003, 3, 18)


def test_every_setting_the_module_reads_is_declared(policy) -> None:
    from engine.notices import OTHER_MEANS
    from engine.time_periods import READINGS

    for name, choices in READINGS.items():
        setting = policy.settings[name]
        assert tuple(setting.choices) == choices and setting.default == choices[0], name
    assert tuple(policy.settings["notice_other_means"].choices) == OTHER_MEANS
    assert policy.settings["notice_other_means"].default == OTHER_MEANS[0]
