"""Which waivers in a deal state are effective, for which rows, and which must be refused.

A waiver given by someone the agreement does not entitle to give it is refused with the reason
(WaiverRefused, exit 2): reporting the condition as waived would be wrong, and silently ignoring
the waiver would hide a mistake in the deal state.
"""

from __future__ import annotations

import datetime as dt

from engine.dealstate import DealState, WaiverRecord
from engine.errors import WaiverRefused
from engine.policy import Policy, Rule

RowKey = tuple[str, str | None]


def rows_of(rule: Rule, policy: Policy) -> list[str | None]:
    """The parties a rule has a result for: its for_each group, or one row without a party."""
    return list(policy.groups[rule.for_each]) if rule.for_each else [None]


def effective_waivers(
    policy: Policy, state: DealState, settings: dict[str, str], as_of: dt.date
) -> tuple[dict[RowKey, WaiverRecord], dict[RowKey, list[str]]]:
    """Waivers in force as of `as_of`, by (rule, party), and notes on those not yet in force."""
    effective: dict[RowKey, WaiverRecord] = {}
    notes: dict[RowKey, list[str]] = {}
    for w in state.waivers:
        rule = policy.rules[w.rule]
        spec = rule.waiver_spec(settings)
        rows = rows_of(rule, policy)

        def refuse(message: str, fix: str, _w: WaiverRecord = w, _rule: Rule = rule) -> WaiverRefused:
            return WaiverRefused(
                f"waiver of {_w.rule} ({_rule.section}) refused: {message}", state.file, _w.line, None, fix
            )

        if spec.by == "nobody":
            raise refuse("the agreement gives no one a right to waive it", "remove this waiver")
        if spec.in_writing and not w.in_writing:
            quote = f" (“{spec.quote}”)" if spec.quote else ""
            raise refuse(f"it must be in writing{quote}", "record a written waiver and set in_writing: true")
        if spec.by == "beneficiary":
            targets = [p for p in w.by if p in rows]
            outsiders = [p for p in w.by if p not in rows]
            if outsiders:
                quote = f" (“{spec.quote}”)" if spec.quote else ""
                raise refuse(
                    f"{', '.join(outsiders)} may not waive it; only the party whose obligation it"
                    f" conditions may waive it, for itself{quote}",
                    "have " + " or ".join(str(r) for r in rows) + " give the waiver",
                )
        else:
            strangers = [p for p in w.by if p not in spec.by]
            if strangers:
                raise refuse(
                    f"{', '.join(strangers)} is not among the parties whose consent it needs ({', '.join(spec.by)})",
                    "remove " + ", ".join(strangers) + " from the waiver",
                )
            missing = [p for p in spec.by if p not in w.by]
            if missing:
                raise refuse(
                    f"it needs the written consent of each of {', '.join(spec.by)}; {', '.join(missing)} did not join",
                    "record the consent of every party the setting requires",
                )
            targets = rows
        for party in targets:
            key = (w.rule, party)
            if w.dated is not None and w.dated > as_of:
                notes.setdefault(key, []).append(
                    f"a waiver by {', '.join(w.by)} dated {w.dated.isoformat()} is not yet in force"
                )
                continue
            effective[key] = w
    return effective, notes
