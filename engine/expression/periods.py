"""Deadlines in the condition language: `days_after(d, n)`, `days_before(d, n)`, `fixed_date(d)`,
`months_after(d, n)` and `years_after(d, n)`.

Each computes its date on the deal's one calendar (engine/time_periods.py, §7.10 and the policy's
calendar.yaml) under the readings the deal state chose. A reading left `unresolved` (which holidays
count, whether a fixed date rolls, which way a "prior to" period rolls) is computed every way: the
date stands when every reading gives it, else it is unknown. Value-level, so the reference
evaluator (which shows the working) and the compiled callables (values only) compute the same.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from typing import Any

import attrs

from engine.deal_calendar import CalendarDeclaration
from engine.expression import ast
from engine.expression.evaluate import EvaluationProblem
from engine.factbase import UNKNOWN
from engine.settings import UNRESOLVED
from engine.time_periods import (
    READINGS,
    Deadline,
    PeriodReadings,
    days_after,
    days_before,
    fixed_date,
    last_day_of_month,
    months_after,
)

PERIOD_FUNCTIONS = {"days_after": 2, "days_before": 2, "fixed_date": 1, "months_after": 2, "years_after": 2}
# the §7.10 readings (settings) each one reads, besides those that choose the calendar's holidays
PERIOD_READINGS: dict[str, tuple[str, ...]] = {
    "days_after": (),  # a period of days always rolls forward
    "days_before": ("period_before_roll",),
    "fixed_date": ("period_fixed_date_roll",),
    # a period of months or years: the end of a short month, and whether the last day rolls
    "months_after": ("period_month_short_end", "period_month_year_roll"),
    "years_after": ("period_month_short_end", "period_month_year_roll"),
    "notice_given": ("notice_other_means",),  # §7.6: what a notice by a means it does not allow achieves
}
NOTICE_FIELDS = ("method", "sent_on", "received_on", "confirmed_on", "confirmation", "confirming_copy_sent_on")
NOTICE_REQUIRED = ("method", "sent_on")
PERIOD_KINDS = ("month", "fiscal_quarter", "fiscal_year")
MAX_PERIODS = 1200  # a hundred years of months: a list past this is a policy mistake, not a deal


@attrs.frozen
class Calendars:
    """A deal's calendar declaration with the choices and defaults of the settings that shape it."""

    declaration: CalendarDeclaration
    choices: Mapping[str, tuple[str, ...]]  # each calendar setting's choices
    defaults: Mapping[str, str]  # every setting's default, for a figure evaluated without the run's settings

    def settings(self) -> tuple[str, ...]:
        """The settings that choose the calendar's holidays."""
        return self.declaration.settings()

    def readings(
        self, settings: Mapping[str, Any] | None, periods: tuple[str, ...] = ()
    ) -> list[tuple[str, Any, PeriodReadings]]:
        """(label, calendar, readings) for every reading the settings leave open among those that
        choose the calendar and the §7.10 readings `periods` (those the computation reads); the label
        is empty when there is only one."""
        chosen = {**self.defaults, **(settings or {})}
        calendars = self.declaration.calendars(chosen, self.choices)
        open_periods = [n for n in READINGS if n in periods and chosen.get(n) == UNRESOLVED]
        base = {n: chosen[n] for n in READINGS if n in chosen and chosen[n] != UNRESOLVED}
        out = []
        for label, calendar in calendars.items():
            for combo in itertools.product(*(READINGS[n] for n in open_periods)):
                picked = dict(zip(open_periods, combo, strict=True))
                parts = ([label] if len(calendars) > 1 else []) + [f"{n}={c}" for n, c in picked.items()]
                out.append((", ".join(parts), calendar, PeriodReadings.from_settings({**base, **picked})))
        return out


def settings_read(node: ast.Node, definitions: Mapping[str, Any], calendars: Any) -> tuple[str, ...]:
    """The settings an expression reads, through the named figures it uses too: those it names with
    setting("..."), those that choose a figure's value (`value: {setting: ...}`), and, when it
    computes a deadline or a notice's effect on the deal's calendar (`calendars`: anything with the
    calendar's `settings()`; None leaves them out), those that choose the holidays and the §7.10
    readings that computation reads. A figure is computed once per evaluation and per choice of these."""
    names: dict[str, None] = {}
    seen: set[str] = set()
    stack = [node]
    while stack:
        for n in ast.walk(stack.pop()):
            if isinstance(n, (ast.SettingRef, ast.Switch)):
                names[n.name if isinstance(n, ast.SettingRef) else n.setting] = None
            elif isinstance(n, ast.Call) and n.func in PERIOD_READINGS and calendars is not None:
                names.update(dict.fromkeys([*calendars.settings(), *PERIOD_READINGS[n.func]]))
            elif isinstance(n, ast.DefRef) and n.name not in seen:
                seen.add(n.name)
                stack.append(definitions[n.name].node)
    return tuple(names)


def period_deadlines(
    node: ast.Call, values: list[Any], calendars: Calendars | None, settings: Mapping[str, Any] | None
) -> list[tuple[str, Deadline]]:
    """The deadline a period function gives, under each reading left open (one when none is)."""
    if calendars is None:
        raise EvaluationProblem(f"{node.text}: this policy declares no calendar (`calendar:` in deal.yaml)")
    day = values[0]
    if not isinstance(day, dt.date):
        raise EvaluationProblem(f"{node.text}: {node.args[0].text!r} is not a date")
    days = values[1] if len(values) > 1 else 0
    unit = {"months_after": "months", "years_after": "years"}.get(node.func, "days")
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise EvaluationProblem(f"{node.text}: {node.args[-1].text!r} is not a number of {unit} (0 or more)")
    found = []
    try:
        for label, calendar, readings in calendars.readings(settings, PERIOD_READINGS[node.func]):
            found.append((label, _deadline(node, day, days, calendar, readings)))
    except (OverflowError, ValueError):  # a date past 9999-12-31 (a month count that far raises ValueError)
        raise EvaluationProblem(
            f"{node.text}: {days} {unit} from {day.isoformat()} is past the calendar (years 1 to 9999)"
        ) from None
    return found


def _deadline(node: ast.Call, day: dt.date, days: int, calendar: Any, readings: PeriodReadings) -> Deadline:
    if node.func == "days_after":
        return days_after(calendar, day, days, trigger=node.args[0].text, period=f"{days} days after")
    if node.func == "days_before":
        return days_before(
            calendar, day, days, anchor=node.args[0].text, period=f"{days} days prior to", readings=readings
        )
    if node.func in ("months_after", "years_after"):
        months = days * 12 if node.func == "years_after" else days
        word = ("year" if node.func == "years_after" else "month") + ("" if days == 1 else "s")
        return months_after(
            calendar, day, months, trigger=node.args[0].text, period=f"{days} {word} after", readings=readings
        )
    return fixed_date(calendar, day, words=node.text, readings=readings)


def period_ends(node: ast.Call, values: list[Any], calendars: Calendars | None) -> tuple[dt.date, ...]:
    """`period_ends(kind, first, last)`: the last day of every month, fiscal quarter or fiscal year
    (the policy's calendar) ending on or after `first` and on or before `last`, in date order: the
    periods a recurring covenant ("within thirty (30) days after the end of each calendar month")
    has owed something for by a date."""
    if calendars is None:
        raise EvaluationProblem(f"{node.text}: this policy declares no calendar (`calendar:` in deal.yaml)")
    kind, first, last = values
    if kind not in PERIOD_KINDS:
        raise EvaluationProblem(f"{node.text}: the kind of period is one of {', '.join(PERIOD_KINDS)}, not {kind!r}")
    for arg, value in zip(node.args[1:], (first, last), strict=True):
        if not isinstance(value, dt.date):
            raise EvaluationProblem(f"{node.text}: {arg.text!r} is not a date")
    fiscal = calendars.declaration.fiscal_year
    step = {"month": 1, "fiscal_quarter": 3, "fiscal_year": 12}[kind]
    # month ends counted from the fiscal year's last month, so quarters and years fall on its ends
    month = (fiscal.end_month % step) or step if step > 1 else 1
    year = first.year - 1
    ends: list[dt.date] = []
    while True:
        end = fiscal.end(year) if kind == "fiscal_year" else last_day_of_month(year, month)
        if end > last:
            return tuple(ends)
        if end >= first:
            ends.append(end)
            if len(ends) > MAX_PERIODS:
                raise EvaluationProblem(f"{node.text}: more than {MAX_PERIODS} periods")
        if kind == "fiscal_year":
            year += 1
        else:
            month += step
            if month > 12:
                month -= 12
                year += 1


def notice_timings(
    node: ast.Call, fields: Mapping[str, Any], calendars: Calendars | None, settings: Mapping[str, Any] | None
) -> list[tuple[str, Any]]:
    """`notice_given(n)`: when the notice recorded in `n` took effect under §7.6 (engine/notices.py),
    under each reading the settings leave open (which holidays make a business day; what a notice not
    in conformity achieves). `fields` are the record's fields (NOTICE_FIELDS); a receipt or confirmation
    the record does not show is not shown (§7.6 dates a notice by what is shown), so only the method and
    the date sent must be known."""
    from engine.notices import OTHER_MEANS, Notice, notice_given

    if calendars is None:
        raise EvaluationProblem(f"{node.text}: this policy declares no calendar (`calendar:` in deal.yaml)")
    shown = {k: (None if v is UNKNOWN else v) for k, v in fields.items()}
    try:
        notice = Notice(
            method=str(shown["method"]),
            sent_on=shown["sent_on"],
            received_on=shown.get("received_on"),
            confirmed_on=shown.get("confirmed_on"),
            confirmation=shown.get("confirmation"),
            confirming_copy_sent_on=shown.get("confirming_copy_sent_on"),
        )
    except (TypeError, ValueError) as exc:
        raise EvaluationProblem(f"{node.text}: {exc}") from None
    chosen = (settings or {}).get("notice_other_means", OTHER_MEANS[0])
    means = OTHER_MEANS if chosen == UNRESOLVED else (chosen,)
    found = []
    for label, calendar, _ in calendars.readings(settings):
        for other in means:
            parts = [p for p in (label, f"notice_other_means={other}" if len(means) > 1 else "") if p]
            found.append((", ".join(parts), notice_given(calendar, notice, other_means=other)))
    return found


def notice_date(found: list[tuple[str, Any]]) -> Any:
    """The date the notice took effect under every reading, or UNKNOWN (readings differ, or not shown)."""
    dates = {t.effective_on for _, t in found}
    return dates.pop() if len(dates) == 1 and None not in dates else UNKNOWN


def notice_working(node: ast.Call, found: list[tuple[str, Any]]) -> str:
    if len(found) == 1:
        return f"{node.text}: " + "; ".join(line.strip() for line in found[0][1].working().splitlines())
    return "; ".join(
        [f"{node.text}"]
        + [f"under {label}: " + "; ".join(x.strip() for x in t.working().splitlines()) for label, t in found]
    )


def agreed_date(found: list[tuple[str, Deadline]]) -> Any:
    """The date every reading gives, or UNKNOWN when they differ."""
    finals = {d.final for _, d in found}
    return finals.pop() if len(finals) == 1 else UNKNOWN


def working(node: ast.Call, found: list[tuple[str, Deadline]]) -> str:
    """The deadline's working; under each reading, when the settings leave some open."""
    if len(found) == 1:
        return f"{node.text}: {_one_line(found[0][1])}"
    value = agreed_date(found)
    head = (
        f"{node.text} is {value.isoformat()} under every reading"
        if value is not UNKNOWN
        else f"{node.text} depends on the unresolved readings"
    )
    return "; ".join([head] + [f"under {label}: {_one_line(d)}" for label, d in found])


def _one_line(deadline: Deadline) -> str:
    """A deadline's working on one line, as every working in an explanation is."""
    return "; ".join(line.strip() for line in deadline.working().splitlines())


__all__ = [
    "PERIOD_FUNCTIONS",
    "Calendars",
    "agreed_date",
    "period_deadlines",
    "notice_date",
    "notice_timings",
    "notice_working",
    "period_ends",
    "settings_read",
    "working",
]
