"""Time periods under SPA §7.10: every deadline of the deal, computed one way, with its working.

§7.10: "In computing the number of days for any purpose of this Agreement, all days shall be
counted including Saturdays, Sundays and holidays, except that if the last day of any period
occurs on a Saturday, Sunday or holiday, the period will be deemed extended to the end of the next
succeeding day which is not a Saturday, Sunday or holiday."

So a period of N days after a day ends N calendar days later (the day it runs from is not counted:
catalog §0.2), and is then rolled forward past Saturdays, Sundays and holidays (`BankCalendar`).
What the text leaves open is a reading (`PeriodReadings`, one setting each in settings.yaml):

- `period_fixed_date_roll`: does a fixed date ("by November 1, 2003") roll? §7.10 speaks of
  "computing the number of days", so by default it does not (catalog ROLL_FIXED_DATES = false).
- `period_month_year_roll`: does a period of months or years roll? Not by default: it is not a
  number of days (catalog ROLL_MONTH_YEAR_PERIODS = false).
- `period_month_short_end`: a period of months from a day the end month lacks (August 31 plus six
  months): the last day of that month (default), or the first day of the next.
- `period_before_roll`: a period measured backwards ("thirty (30) days prior to each fiscal
  year-end"): rolled forward as the text says (default, catalog), back to the business day
  before (so the lead time is kept), or not at all.

Dates only, never the clock: every function takes the dates it works from.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Callable, Mapping

import attrs

from engine.bank_holidays import BankCalendar

ONE_DAY = dt.timedelta(days=1)

# Each reading the text leaves open: setting name -> its choices, the default (catalog) first.
READINGS: dict[str, tuple[str, ...]] = {
    "period_fixed_date_roll": ("not_rolled", "rolled"),
    "period_month_year_roll": ("not_rolled", "rolled"),
    "period_month_short_end": ("last_day_of_month", "first_day_of_next_month"),
    "period_before_roll": ("forward", "back", "not_rolled"),
}


@attrs.frozen
class PeriodReadings:
    """The choices for the readings §7.10 leaves open; the defaults are the catalog's."""

    period_fixed_date_roll: str = "not_rolled"
    period_month_year_roll: str = "not_rolled"
    period_month_short_end: str = "last_day_of_month"
    period_before_roll: str = "forward"

    def __attrs_post_init__(self) -> None:
        for name, choices in READINGS.items():
            if getattr(self, name) not in choices:
                raise ValueError(f"{name} is {getattr(self, name)!r}; it is one of {', '.join(choices)}")

    @classmethod
    def from_settings(cls, chosen: Mapping[str, object]) -> PeriodReadings:
        """The readings a deal state chose (other settings ignored; an absent one is its default)."""
        return cls(**{name: str(chosen[name]) for name in READINGS if name in chosen})


@attrs.frozen
class SkippedDay:
    """A day the end of a period moved past, and why ("2003-11-01 is a Saturday")."""

    date: dt.date
    why: str

    def text(self) -> str:
        return f"{self.date.isoformat()} ({self.date:%A}) is {self.why}"


@attrs.frozen
class Deadline:
    """A computed deadline: what it runs from, the period, the end before any roll, each day
    skipped and why, and the final date. `working()` is the text a lawyer checks."""

    trigger: str  # what the period runs from, in words
    trigger_date: dt.date
    period: str  # the period, in the Agreement's words
    raw_end: dt.date
    skipped: tuple[SkippedDay, ...]
    final: dt.date
    roll: str  # how §7.10 was applied, and under which reading
    section: str = "7.10"

    def working(self) -> str:
        lines = [
            f"Trigger: {self.trigger} ({self.trigger_date.isoformat()}, {self.trigger_date:%A})",
            f"Period: {self.period}",
            f"End of the period before §{self.section}: {self.raw_end.isoformat()} ({self.raw_end:%A})",
            f"§{self.section}: {self.roll}",
            *(f"  skipped: {s.text()}" for s in self.skipped),
            f"Deadline: {self.final.isoformat()} ({self.final:%A})",
        ]
        return "\n".join(lines)

    def met_by(self, day: dt.date) -> bool:
        """Whether an act done on `day` is in time ("within", "by", "no later than": on or before)."""
        return day <= self.final


# ---------------------------------------------------------------- rolling


def roll_forward(cal: BankCalendar, day: dt.date) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    """§7.10: the next day that is not a Saturday, Sunday or holiday, with each day passed."""
    skipped: list[SkippedDay] = []
    while (why := cal.why_closed(day)) is not None:
        skipped.append(SkippedDay(day, why))
        day += ONE_DAY
    return day, tuple(skipped)


def roll_back(cal: BankCalendar, day: dt.date) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    """The business day on or before `day` (a reading for periods measured backwards)."""
    skipped: list[SkippedDay] = []
    while (why := cal.why_closed(day)) is not None:
        skipped.append(SkippedDay(day, why))
        day -= ONE_DAY
    return day, tuple(skipped)


def _rolled(cal: BankCalendar, raw: dt.date, how: str, reading: str) -> tuple[dt.date, tuple[SkippedDay, ...], str]:
    if how == "forward":
        final, skipped = roll_forward(cal, raw)
        said = "the last day is a business day, so it stands" if not skipped else "extended to the next business day"
        return final, skipped, f"{said} ({reading})"
    if how == "back":
        final, skipped = roll_back(cal, raw)
        said = (
            "the last day is a business day, so it stands" if not skipped else "moved back to the business day before"
        )
        return final, skipped, f"{said} ({reading})"
    why = cal.why_closed(raw)
    note = f"; {raw.isoformat()} is {why}, but the date stands" if why else ""
    return raw, (), f"not rolled ({reading}){note}"


# ---------------------------------------------------------------- periods


def days_after(cal: BankCalendar, trigger_date: dt.date, days: int, *, trigger: str, period: str) -> Deadline:
    """'within N days after X': X + N calendar days (X itself not counted), rolled forward."""
    if days < 0:
        raise ValueError("a period has a number of days of 0 or more")
    raw = trigger_date + dt.timedelta(days=days)
    final, skipped, roll = _rolled(cal, raw, "forward", "a period of days")
    return Deadline(trigger, trigger_date, period, raw, skipped, final, roll)


def days_before(
    cal: BankCalendar, anchor_date: dt.date, days: int, *, anchor: str, period: str, readings: PeriodReadings
) -> Deadline:
    """'N days prior to X': X - N calendar days, then as `period_before_roll` reads §7.10."""
    if days < 0:
        raise ValueError("a period has a number of days of 0 or more")
    raw = anchor_date - dt.timedelta(days=days)
    how = readings.period_before_roll
    final, skipped, roll = _rolled(cal, raw, how, f"period_before_roll = {how}")
    return Deadline(anchor, anchor_date, period, raw, skipped, final, roll)


def fixed_date(cal: BankCalendar, date: dt.date, *, words: str, readings: PeriodReadings) -> Deadline:
    """A date the Agreement names ('by November 1, 2003'): rolled only if `period_fixed_date_roll`."""
    how = "forward" if readings.period_fixed_date_roll == "rolled" else "none"
    final, skipped, roll = _rolled(cal, date, how, f"period_fixed_date_roll = {readings.period_fixed_date_roll}")
    return Deadline("the date the Agreement names", date, words, date, skipped, final, roll)


def add_months(day: dt.date, months: int, short_end: str = "last_day_of_month") -> dt.date:
    """`day` plus a number of months. When the end month lacks the day (August 31 + 6 months),
    `last_day_of_month` gives its last day (February 29, 2004) and `first_day_of_next_month` the
    day after it (March 1, 2004)."""
    if short_end not in READINGS["period_month_short_end"]:
        raise ValueError(f"period_month_short_end is {short_end!r}")
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _stdlib_calendar.monthrange(year, month + 1)[1]
    if day.day <= last:
        return dt.date(year, month + 1, day.day)
    end = dt.date(year, month + 1, last)
    return end if short_end == "last_day_of_month" else end + ONE_DAY


def months_after(
    cal: BankCalendar, trigger_date: dt.date, months: int, *, trigger: str, period: str, readings: PeriodReadings
) -> Deadline:
    """'N months after X' (a year is 12 months): month arithmetic as `period_month_short_end`
    reads it, rolled only if `period_month_year_roll`."""
    raw = add_months(trigger_date, months, readings.period_month_short_end)
    how = "forward" if readings.period_month_year_roll == "rolled" else "none"
    reading = f"period_month_year_roll = {readings.period_month_year_roll}"
    if trigger_date.day != raw.day:
        reading += f"; period_month_short_end = {readings.period_month_short_end}"
    final, skipped, roll = _rolled(cal, raw, how, reading)
    return Deadline(trigger, trigger_date, period, raw, skipped, final, roll)


def last_day_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def days_after_month_end(cal: BankCalendar, year: int, month: int, days: int, *, period: str) -> Deadline:
    """'within N days after the end of each calendar month': from the month's last day (the day
    not counted), so the first day counted is the 1st of the next month (catalog §5.2(c)(ii))."""
    end = last_day_of_month(year, month)
    return days_after(cal, end, days, trigger=f"the end of {end:%B %Y}", period=period)


@attrs.frozen
class FiscalYear:
    """The Company's fiscal year, ending on a month and day (declared in the policy with its words)."""

    end_month: int = 12
    end_day: int = 31

    def end(self, year: int) -> dt.date:
        """The last day of fiscal year `year` (the one ending in that calendar year)."""
        return dt.date(year, self.end_month, self.end_day)

    def start(self, year: int) -> dt.date:
        return self.end(year - 1) + ONE_DAY


def days_after_fiscal_year_end(cal: BankCalendar, fiscal: FiscalYear, year: int, days: int, *, period: str) -> Deadline:
    """'within N days after the end of each fiscal year'."""
    return days_after(cal, fiscal.end(year), days, trigger=f"the end of fiscal year {year}", period=period)


def days_before_fiscal_year_end(
    cal: BankCalendar, fiscal: FiscalYear, year: int, days: int, *, period: str, readings: PeriodReadings
) -> Deadline:
    """'within N days prior to each fiscal year-end' (read as: no later than N days before it)."""
    return days_before(
        cal, fiscal.end(year), days, anchor=f"the end of fiscal year {year}", period=period, readings=readings
    )


def next_business_day(cal: BankCalendar, day: dt.date) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    """The first business day after `day` (§7.6 courier delivery), with the days passed."""
    return roll_forward(cal, day + ONE_DAY)


# ---------------------------------------------------------------- readings left open


def under_each_reading(
    name: str, chosen: Mapping[str, object], compute: Callable[[PeriodReadings], Deadline]
) -> dict[str, Deadline]:
    """A deadline under every choice of the reading `name` (the other readings as chosen): what a
    rule shows when a deal state leaves that setting `unresolved`."""
    if name not in READINGS:
        raise ValueError(f"{name} is not a reading of §7.10; the readings are {', '.join(READINGS)}")
    base = {k: v for k, v in chosen.items() if k in READINGS and v != "unresolved"}
    return {choice: compute(PeriodReadings.from_settings({**base, name: choice})) for choice in READINGS[name]}


def agreed(deadlines: Mapping[str, Deadline]) -> dt.date | None:
    """The final date when every reading gives the same one, else None (the row is unknown)."""
    finals = {d.final for d in deadlines.values()}
    return finals.pop() if len(finals) == 1 else None
