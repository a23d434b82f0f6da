"""Every date a deal's policy names, in date order, with its working: `dealcheck calendar`.

Two kinds of date are listed. A named figure of the policy (`definitions:` in a rules file, with its
section and quote) whose value is a date; and the deadline of each covenant over time (a rule with
`due:`), per party, with the covenant's status as of the evaluation (due, breached, complied, not yet
due; an ended, waived or inapplicable covenant, or one whose deadline is not known, has no date to
list). A date figure that is a covenant's deadline as written is listed once, with the covenant. Each
is computed on the deal's calendar under the deal state's readings (engine/expression/periods.py):
its working shows the trigger, the period, each day skipped and why, and the date. A figure that
reads a setting left unresolved (a figure chosen by it, a date it rolls or not) is computed under
each reading: listed once when every reading gives the same date, else once per reading, labelled.
A date not known is listed last. The iCalendar file is written with `icalendar`, which only this
module imports.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from engine.errors import PolicyError
from engine.expression import ast
from engine.expression.evaluate import SETTINGS, EvaluationProblem, working_of
from engine.expression.periods import PERIOD_FUNCTIONS
from engine.factbase import UNKNOWN
from engine.readings import combinations, reading_label
from engine.results import Status
from engine.settings import UNRESOLVED

if TYPE_CHECKING:
    from engine.evaluation import _Run


@attrs.frozen
class DeadlineEntry:
    """One date the policy names, as of the evaluation: `date` None when it is unknown."""

    name: str
    title: str
    agreement: str
    section: str
    quote: str
    party: str | None
    date: dt.date | None
    working: tuple[str, ...]
    rule: str | None = None  # a covenant's deadline: the rule
    status: str | None = None  # and its status as of the evaluation
    reading: str | None = None  # the reading it is listed under, when readings left open give different dates

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rule": self.rule,
            "status": self.status,
            "title": self.title,
            "agreement": self.agreement,
            "section": self.section,
            "quote": self.quote,
            "party": self.party,
            "date": self.date.isoformat() if self.date else None,
            "working": list(self.working),
            "reading": self.reading,
        }


def _is_deadline(node: ast.Node) -> bool:
    """A figure that is a deadline as written (a period function), whatever setting chooses it."""
    if isinstance(node, ast.Switch):
        return any(_is_deadline(case) for _, case in node.cases)
    return isinstance(node, ast.Call) and node.func in PERIOD_FUNCTIONS


def deadlines_of(run: _Run) -> list[DeadlineEntry]:
    """Every date-valued figure of the run's policy, per party where it is for each, in date order.
    A figure that reads a setting the deal state leaves unresolved is computed under each of its
    readings: listed once when they give the same date, else once per reading, labelled."""
    policy = run.policy
    found = []
    owed = _covenant_figures(policy)  # listed with the covenant that owes them, and its status
    for name, definition in policy.definitions.items():
        if name in owed or not definition.calendar:
            continue
        parties = policy.groups[definition.for_each] if definition.for_each else (None,)
        open_ = [n for n in run.evaluator.settings_read(name) if run.settings.get(n) == UNRESOLVED]
        readings = combinations(run, open_) if open_ else [()]
        for party in parties:
            key = ast.PartyLit(party, text=party) if party else None
            steps = [(choices, _figure(run, definition, key, choices)) for choices in readings]
            first = steps[0][1].value
            same = all(type(s.value) is type(first) and s.value == first for _, s in steps)
            if same:  # one date (or none) under every reading: listed once
                steps = steps[:1]
            for choices, step in steps:
                value = step.value
                if not isinstance(value, dt.date) and not (value is UNKNOWN and _is_deadline(definition.node)):
                    continue
                workings = list(run.engine._explainer.for_party(party).workings(step))
                label = reading_label(run, choices, full=True) if choices and not same else None
                if choices and same:
                    workings.append(f"the same under every reading of {', '.join(open_)} (unresolved)")
                found.append(
                    DeadlineEntry(
                        name,
                        definition.title,
                        definition.agreement,
                        definition.section,
                        definition.quote,
                        party,
                        value if isinstance(value, dt.date) else None,
                        tuple(dict.fromkeys(workings)),
                        reading=label,
                    )
                )
    found += covenant_deadlines(run)
    return sorted(
        found, key=lambda d: (d.date is None, d.date or dt.date.max, d.section, d.party or "", d.reading or "")
    )


def _figure(run: _Run, definition: Any, key: ast.Node | None, choices: tuple[tuple[str, str], ...]) -> Any:
    """The figure's step under the run's settings, with these choices for settings left unresolved."""
    try:
        return run.evaluator.evaluate(
            ast.DefRef(definition.name, key, text=definition.name), {SETTINGS: {**run.settings, **dict(choices)}}
        )
    except EvaluationProblem as exc:
        raise PolicyError(
            f"definition {definition.name}: {exc}",
            definition.file,
            definition.line,
            fix="correct the figure's `value:` in its rules file",
        ) from None


def _covenant_figures(policy: Any) -> frozenset[str]:
    """Date figures that are a covenant's deadline as written (`due: webb_asset_purchase_deadline`)."""
    return frozenset(
        rule.timing.due.node.name
        for rule in policy.rules.values()
        if rule.timing is not None and rule.timing.due is not None and isinstance(rule.timing.due.node, ast.DefRef)
    )


_NO_DEADLINE_LEFT = frozenset({Status.ENDED, Status.NOT_APPLICABLE, Status.WAIVED})


def covenant_deadlines(run: _Run) -> list[DeadlineEntry]:
    """The deadline of each covenant over time, per row, with the row's status and working."""
    found = []
    for result in run.checklist().results:
        rule = run.policy.rules[result.rule]
        if rule.timing is None or rule.timing.due is None or result.status in _NO_DEADLINE_LEFT:
            continue
        deadline = result.timing.deadline if result.timing else None
        if deadline is None:  # nothing owed now (not yet due, or every period in), or not known: no date to list
            continue
        found.append(
            DeadlineEntry(
                rule.id,
                rule.title,
                rule.agreement,
                rule.section,
                rule.quote,
                result.party,
                deadline,
                _deadline_working(run, rule, result.party, deadline)
                or (
                    f"Deadline: {deadline.isoformat()} ({deadline:%A}), the day §{rule.section} gives"
                    " (not a period of days, so §7.10 does not move it)",
                ),
                rule=rule.id,
                status=result.status.label,
            )
        )
    return found


def _deadline_working(run: _Run, rule: Any, party: str | None, deadline: dt.date) -> tuple[str, ...]:
    """The working of the day that is the covenant's deadline: the §7.10 computation that gives it
    (the period, its trigger, each day skipped), not the rest of the rule's arithmetic."""
    step = run._evaluate(rule, rule.timing.due.node, {"party": party} if party else {})
    found: list[str] = []
    stack = [step]
    while stack:
        s = stack.pop()
        if isinstance(s.node, ast.Call) and s.node.func in PERIOD_FUNCTIONS and s.value == deadline:
            text = working_of(s)  # an item of a list's working is labelled already
            if text:
                found.append(text)
            continue
        if isinstance(s.node, ast.DefRef) and s.value == deadline:
            stack.extend(s.children)
            continue
        stack.extend(reversed(s.children))
    return tuple(dict.fromkeys(found))


def between(entries: list[DeadlineEntry], start: dt.date | None, end: dt.date | None) -> list[DeadlineEntry]:
    """The deadlines on or after `start` and on or before `end`; unknown dates are always kept."""
    return [
        d for d in entries if d.date is None or ((start is None or d.date >= start) and (end is None or d.date <= end))
    ]


def to_text(entries: list[DeadlineEntry], deal: str, as_of: dt.date) -> str:
    lines = [f"{deal}: deadlines as of {as_of.isoformat()}", ""]
    if not entries:
        lines.append("no deadline in this period")
    for d in entries:
        when = f"{d.date.isoformat()} {d.date:%a}" if d.date else "unknown       "
        who = f" ({d.party})" if d.party else ""
        status = f" [{d.status}]" if d.status else ""
        reading = f" (under {d.reading})" if d.reading else ""
        lines.append(f"{when}  §{d.section}  {d.title}{who}{status}{reading}")
        lines += [f"    {w}" for w in d.working]
    return "\n".join(lines)


def to_ics(entries: list[DeadlineEntry], deal: str) -> bytes:
    """An iCalendar file a lawyer imports: one all-day event per known deadline, its working inside."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//dealcheck//deadlines//EN")
    calendar.add("version", "2.0")
    for d in entries:
        if d.date is None:
            continue
        event = icalendar.Event()
        who = f" ({d.party})" if d.party else ""
        reading = f".{d.reading}" if d.reading else ""
        event.add("uid", f"{deal}.{d.name}{'.' + d.party if d.party else ''}{reading}@dealcheck")
        status = f" [{d.status} as of the check]" if d.status else ""
        under = f" (under {d.reading})" if d.reading else ""
        event.add("summary", f"§{d.section} {d.title}{who}{status}{under}")
        event.add("dtstart", d.date)
        event.add("dtend", d.date + dt.timedelta(days=1))
        event.add("description", "\n".join([f"“{d.quote}”", *d.working]))
        event.add("dtstamp", dt.datetime.combine(d.date, dt.time(), tzinfo=dt.UTC))  # never the clock
        calendar.add_component(event)
    return calendar.to_ical()


__all__ = ["DeadlineEntry", "between", "deadlines_of", "to_ics", "to_text"]
