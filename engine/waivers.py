"""What the deal's waivers do to each row: waive it, leave it to be decided, or be set aside.

A waiver is a fact about the deal. One given by a party the agreement does not empower, not in
writing, before the agreement was made or after the date by which the conditions must be
satisfied does not count; the checklist says so on the row ("waiver by X set aside: why") and keeps
checking. Exit 2 is only for a waiver that is malformed (an unknown rule or party, a wrong type).

The routes a rule may be waived by add up: under §4.1 an Investor waives for its own row, and
under §7.9 the written consent of each Investor and the Company waives for every row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from engine.dealstate import DealState, WaiverRecord
from engine.factbase import UNKNOWN
from engine.policy import Policy, Rule, WaiverRoute, WaiverSpec
from engine.results import SetAside
from engine.settings import UNRESOLVED

RowKey = tuple[str, str | None]


def rows_of(rule: Rule, policy: Policy) -> list[str | None]:
    """The parties a rule has a result for: its for_each group, or one row without a party."""
    return list(policy.groups[rule.for_each]) if rule.for_each else [None]


@attrs.frozen
class RowWaiver:
    """The waivers' effect on one row."""

    effective: WaiverRecord | None = None
    pending: tuple[str, ...] = ()  # a waiver that counts only if something unknown is so: the row is unknown
    set_aside: tuple[SetAside, ...] = ()
    notes: tuple[str, ...] = ()  # waivers not yet in force on the as-of date


DeadlineOf = Callable[[Rule], Any]  # the date a rule's acts must meet (UNKNOWN when not known), or None


def waivers_by_row(
    policy: Policy, state: DealState, settings: dict[str, str], as_of: dt.date, deadline_of: DeadlineOf
) -> dict[RowKey, RowWaiver]:
    """Every row some waiver touches, with what it does there."""
    found: dict[RowKey, dict[str, list]] = {}
    for w in state.waivers:
        for rule_id in w.rules:
            rule = policy.rules[rule_id]
            if w.blanket and rule.waiver_setting is None and not _spec(rule, settings, None).waivable:
                continue  # "all §4.1 conditions" reaches the waivable ones only
            rows = rows_of(rule, policy)
            for row in rows:
                if not _claims(w, row, rows):
                    continue
                outcome = _judge_all(policy, w, rule, row, rows, settings, as_of, deadline_of)
                if outcome is None:
                    continue
                kind, payload = outcome
                slot = found.setdefault((rule_id, row), {"effective": [], "pending": [], "set_aside": [], "notes": []})
                slot[kind].append(payload)
    return {
        key: RowWaiver(
            effective=v["effective"][0] if v["effective"] else None,
            pending=tuple(dict.fromkeys(v["pending"])),
            set_aside=tuple(dict.fromkeys(v["set_aside"])),
            notes=tuple(dict.fromkeys(v["notes"])),
        )
        for key, v in found.items()
    }


def _claims(w: WaiverRecord, row: str | None, rows: list[str | None]) -> bool:
    """A waiver speaks for a row when the row's party signed it, or when someone signed it who is
    not a party the rule protects (so it can only be meant for others' rows too)."""
    return row in w.by or any(s not in rows for s in w.by)


def _spec(rule: Rule, settings: dict[str, str], choice: str | None) -> WaiverSpec:
    if rule.waiver_setting is None:
        return rule.waiver[None]
    return rule.waiver[choice or settings[rule.waiver_setting]]


def _judge_all(policy, w, rule, row, rows, settings, as_of, deadline_of) -> tuple[str, Any] | None:
    """Judge under the chosen reading, or under every reading when who may waive is unresolved."""
    name = rule.waiver_setting
    if name is None or settings.get(name) != UNRESOLVED:
        return _judge(policy, w, rule, _spec(rule, settings, None), row, as_of, deadline_of)
    outcomes = {c: _judge(policy, w, rule, _spec(rule, settings, c), row, as_of, deadline_of) for c in rule.waiver}
    kinds = {(o[0] if o else None) for o in outcomes.values()}
    if len(kinds) == 1:
        return next(iter(outcomes.values()))
    setting = policy.settings[name]
    counts = [c for c, o in outcomes.items() if o and o[0] == "effective"]
    return (
        "pending",
        f"the waiver by {', '.join(w.by)} counts only under {', '.join(counts) or 'no reading'} of the unresolved"
        f" setting {name}: {setting.question}",
    )


def _judge(
    policy: Policy, w: WaiverRecord, rule: Rule, spec: WaiverSpec, row: str | None, as_of: dt.date, deadline_of
) -> tuple[str, Any] | None:
    def set_aside(why: str, clause: str | None) -> tuple[str, SetAside]:
        return "set_aside", SetAside("waiver", w.by, rule.id, why, clause, w.dated, w.line)

    if w.dated is not None and w.dated > as_of:
        return "notes", f"a waiver by {', '.join(w.by)} dated {w.dated.isoformat()} is not yet in force"
    if not spec.waivable:
        return set_aside(
            "the agreement gives no one a right to waive it; releasing it would be an amendment", rule_clause(rule)
        )
    signed = [r for r in spec.routes if _signers_suffice(r, w, row)]
    if not signed:
        return set_aside(_who_may(spec, w, row), "; ".join(r.clause() for r in spec.routes))
    written = [r for r in signed if w.in_writing or not r.in_writing]
    if not written:
        return set_aside("it must be in writing", signed[0].clause())
    agreement = policy.agreements[rule.agreement]
    deadline = deadline_of(rule)
    window = _window_text(agreement.dated, rule, deadline)
    if w.dated is None:
        return "pending", f"the waiver by {', '.join(w.by)} is undated; it counts only if given {window}"
    if agreement.dated is not None and w.dated < agreement.dated:
        return set_aside(
            f"dated {w.dated.isoformat()}, before the Agreement was made on {agreement.dated.isoformat()}", None
        )
    if rule.satisfied_by is not None:
        if deadline is UNKNOWN or deadline is None:
            return "pending", (
                f"the waiver by {', '.join(w.by)} counts only if given {window},"
                f" and {rule.satisfied_by.fact} is unknown"
            )
        if w.dated > deadline:
            return set_aside(
                f"dated {w.dated.isoformat()}, after the {_label(rule)} ({deadline.isoformat()})",
                f"“{rule.satisfied_by.quote}”",
            )
    return "effective", w


def _signers_suffice(route: WaiverRoute, w: WaiverRecord, row: str | None) -> bool:
    if route.by == "beneficiary":
        return row is not None and row in w.by
    return set(route.by) <= set(w.by)


def _who_may(spec: WaiverSpec, w: WaiverRecord, row: str | None) -> str:
    ways = []
    missing: list[str] = []
    for r in spec.routes:
        if r.by == "beneficiary":
            ways.append(f"by {row} itself" if row else "by the party it protects")
        else:
            ways.append("with the written consent of each of " + ", ".join(r.by))
            missing += [p for p in r.by if p not in w.by and p not in missing]
    signers = ", ".join(w.by)
    target = f" for {row}" if row else ""
    text = f"{signers} may not waive it{target}; it may be waived only " + " or ".join(ways)
    if missing:
        text += f", and {', '.join(missing)} did not join"
    return text


def _label(rule: Rule) -> str:
    fact = rule.satisfied_by.fact if rule.satisfied_by else "deadline"
    return fact.replace("_", " ").title()


def _window_text(agreement_date: dt.date | None, rule: Rule, deadline: Any) -> str:
    parts = []
    if agreement_date is not None:
        parts.append(f"on or after {agreement_date.isoformat()} (the date of the Agreement)")
    if rule.satisfied_by is not None:
        shown = deadline.isoformat() if isinstance(deadline, dt.date) else "unknown"
        parts.append(f"{rule.satisfied_by.quote} ({shown})")
    return " and ".join(parts) or "in time"


def rule_clause(rule: Rule) -> str:
    return f"§{rule.section}: “{rule.quote}”"
