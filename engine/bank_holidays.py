"""Bank holidays: the days §7.10 calls "holiday", behind one small interface.

SPA §7.10: "A holiday for purposes of this Agreement shall mean those days on which banks in the
State of Delaware may, or are obligated to, remain closed." The text gives no list, so the list
comes from the `holidays` library (PyPI), named calendar by calendar in the deal's policy
(`calendar.yaml`): which calendar, from which source, and whether its observed dates count. Only
this module imports `holidays`; everything else asks `BankCalendar`.

Why these calendars (the reading is documented in policies/jabber-series-d/calendar.yaml):
- Delaware legal holidays (1 Del. C. § 501): § 502(b) lets "any bank or trust company" close on
  them at its option, so they are days Delaware banks "may ... remain closed". The library's
  US/DE calendar moves a Saturday holiday to the Friday before and a Sunday one to the Monday
  after, as § 501 does; those observed days are themselves legal holidays.
- Federal Reserve holidays (library market "XFED"): the days the Fed, and with it the payment
  system, is closed; whether they count (Columbus Day is not a Delaware legal holiday) is the
  setting `bank_holiday_calendars`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import attrs

WEEKEND = {5: "Saturday", 6: "Sunday"}


@attrs.frozen
class HolidaySource:
    """One calendar of the `holidays` library, as the policy names it.

    `kind` is "country" (`holidays.country_holidays(code, subdiv=subdivision)`) or "financial"
    (`holidays.financial_holidays(code)`). `observed` says whether the library's observed dates
    (a Sunday holiday kept on the Monday, ...) count; `label` is how a skipped day names it
    ("a Delaware bank holiday")."""

    name: str
    kind: str
    code: str
    subdivision: str | None
    observed: bool
    label: str
    law: str = ""
    election_day_every_even_year: bool = False  # add the general election day of every even year


@attrs.frozen
class Holiday:
    """A day banks may close, with its name and the calendar it comes from."""

    date: dt.date
    name: str
    source: str
    label: str

    def describe(self) -> str:
        return f"{self.name} ({self.label})"


ELECTION_DAY = "Election Day"


def election_day(year: int) -> dt.date:
    """The general election: the Tuesday next after the first Monday in November (2 U.S.C. § 7)."""
    first = dt.date(year, 11, 1)
    first_monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
    return first_monday + dt.timedelta(days=1)


def _library(source: HolidaySource, year: int) -> tuple[tuple[dt.date, str], ...]:
    return _library_year(source.kind, source.code, source.subdivision, source.observed, year)


def _holidays_module():
    """The `holidays` library, imported on first use: it takes tens of milliseconds to import, and a
    check that computes no deadline (the closing checklist) should not pay for it."""
    import holidays

    return holidays


@lru_cache(maxsize=256)
def _library_year(kind: str, code: str, subdivision: str | None, observed: bool, year: int) -> tuple:
    """The library's holidays of one calendar and year, as (date, name) pairs (cached: pure)."""
    if kind == "country":
        found = _holidays_module().country_holidays(code, subdiv=subdivision, years=year, observed=observed)
    elif kind == "financial":
        found = _holidays_module().financial_holidays(code, years=year, observed=observed)
    else:  # the policy loader refuses any other kind
        raise ValueError(f"unknown holiday calendar kind {kind!r}")
    return tuple(sorted((d, name) for d, names in found.items() for name in names.split("; ")))


def library_version() -> str:
    """The `holidays` release the calendars come from, for the record of a computation."""
    return str(_holidays_module().__version__)


def check_source(source: HolidaySource) -> str | None:
    """What is wrong with a declared calendar, or None: the library must know it."""
    if source.kind == "country":
        supported = _holidays_module().list_supported_countries()
        if source.code not in supported:
            return f"the holidays library has no country {source.code!r}"
        if source.subdivision is not None and source.subdivision not in supported[source.code]:
            return f"the holidays library has no subdivision {source.subdivision!r} of {source.code}"
        return None
    if source.kind == "financial":
        if source.code not in _holidays_module().list_supported_financial():
            return f"the holidays library has no financial calendar {source.code!r}"
        return None
    return f"kind is {source.kind!r}; it is country or financial"


@attrs.frozen
class BankCalendar:
    """The §7.10 calendar of a deal: Saturdays, Sundays, and the holidays of its sources.

    A business day (§7.6 "the next business day", undefined in the Agreement) is read as a day
    that is none of these, the same set (catalog §0.2, INFERENCE)."""

    sources: tuple[HolidaySource, ...]

    def holidays_on(self, day: dt.date) -> tuple[Holiday, ...]:
        """Every holiday of the sources that falls on `day` (several calendars may name it)."""
        out: list[Holiday] = []
        for s in self.sources:
            found = [Holiday(d, name, s.name, s.label) for d, name in _library(s, day.year) if d == day]
            if s.election_day_every_even_year and day.year % 2 == 0 and day == election_day(day.year):
                if not any(h.name == ELECTION_DAY for h in found):
                    found.append(Holiday(day, ELECTION_DAY, s.name, s.label))
            out += found
        return tuple(out)

    def holidays_in(self, year: int) -> tuple[Holiday, ...]:
        """Every holiday of a year, in date order."""
        day, out = dt.date(year, 1, 1), []
        while day.year == year:
            out += self.holidays_on(day)
            day += dt.timedelta(days=1)
        return tuple(out)

    def is_holiday(self, day: dt.date) -> bool:
        return bool(self.holidays_on(day))

    def why_closed(self, day: dt.date) -> str | None:
        """Why `day` is not a business day ("a Saturday", "Veterans Day (a Delaware bank
        holiday)"), or None when it is one."""
        reasons = [f"a {WEEKEND[day.weekday()]}"] if day.weekday() in WEEKEND else []
        labels: dict[str, list[str]] = {}  # holiday name -> the calendars' labels, in order
        for h in self.holidays_on(day):
            if h.label not in labels.setdefault(h.name, []):
                labels[h.name].append(h.label)
        reasons += [f"{name} ({' and '.join(found)})" for name, found in labels.items()]
        return " and ".join(reasons) if reasons else None

    def is_business_day(self, day: dt.date) -> bool:
        return self.why_closed(day) is None
