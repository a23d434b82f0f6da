"""Every rule is proved by the behaviour suite in each status it can take.

The Then steps of every feature (Scenario Outlines expanded) are read; a rule that is never shown
met, not met, unknown, waived (if it can be waived) or not applicable (if it has applies_when)
fails this test by name. A covenant over time must be shown complied, breached, unknown, and due,
not yet due and ended where it has a deadline, a date it arises and end events.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd.parser import FeatureParser

from engine import Status
from engine.policy import load_policy, policies_root
from steps import (
    VOCABULARY,
    then_breached_on,
    then_due_on,
    then_ended_by,
    then_outcomes,
    then_status,
    then_status_all,
    then_status_for,
)

TIMED = {then_due_on: Status.DUE, then_breached_on: Status.BREACHED, then_ended_by: Status.ENDED}

FEATURES = Path(__file__).resolve().parent.parent / "features"
DEALS = sorted(p.name for p in policies_root().glob("*") if (p / "deal.yaml").is_file())


def asserted_statuses() -> dict[str, set[Status]]:
    patterns = {v.func: re.compile(v.pattern) for v in VOCABULARY}
    found: dict[str, set[Status]] = {}
    for path in sorted(FEATURES.rglob("*.feature")):
        feature = FeatureParser(str(FEATURES), str(path.relative_to(FEATURES))).parse()
        for template in feature.scenarios.values():
            contexts = [c for ex in template.examples for c in ex.as_contexts()] or [{}]
            for context in contexts:
                for step in template.render(context).steps:
                    if step.type != "then":
                        continue
                    for func in (then_status, then_status_for, then_status_all):
                        m = patterns[func].fullmatch(step.name)
                        if m:
                            found.setdefault(m["rule"], set()).add(Status.parse(m["status"]))
                    for func, status in TIMED.items():
                        m = patterns[func].fullmatch(step.name)
                        if m:
                            found.setdefault(m["rule"], set()).add(status)
                    if patterns[then_outcomes].fullmatch(step.name) and step.datatable:
                        for row in step.datatable.raw()[1:]:
                            found.setdefault(row[0].strip(), set()).add(Status.parse(row[2]))
    return found


def required_statuses(rule, policy) -> set[Status]:
    timing = rule.timing
    if timing is None:
        needed = {Status.MET, Status.NOT_MET, Status.UNKNOWN}
    else:  # a covenant over time
        needed = {Status.COMPLIED, Status.BREACHED, Status.UNKNOWN}
        needed |= {Status.DUE} if timing.due else set()
        needed |= {Status.NOT_YET_DUE} if timing.arises else set()
        needed |= {Status.ENDED} if timing.ends else set()
    if rule.waiver_spec(policy.default_settings()).waivable:
        needed.add(Status.WAIVED)
    if rule.applies_when is not None:
        needed.add(Status.NOT_APPLICABLE)
    return needed


@pytest.mark.parametrize("deal", DEALS)
def test_every_rule_is_shown_in_every_status(deal: str) -> None:
    policy = load_policy(deal)
    found = asserted_statuses()
    gaps = []
    for rule in policy.rules.values():
        missing = required_statuses(rule, policy) - found.get(rule.id, set())
        if missing:
            gaps.append(
                f"{rule.id} ({rule.section}): no scenario shows it " + ", ".join(sorted(s.label for s in missing))
            )
    assert not gaps, "\n".join(gaps)


def test_no_feature_names_an_unknown_rule() -> None:
    known = {rid for deal in DEALS for rid in load_policy(deal).rules}
    unknown = sorted(set(asserted_statuses()) - known)
    assert not unknown, f"features assert rules that do not exist: {unknown}"


def test_no_two_scenarios_of_a_feature_share_a_name() -> None:
    """pytest-bdd keeps one scenario per name in a feature file: a second of the same name would
    silently never run."""
    clashes = []
    for path in sorted(FEATURES.rglob("*.feature")):
        names: dict[str, int] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = re.match(r"\s*Scenario(?: Outline)?:\s*(.*?)\s*$", line)
            if m:
                if m[1] in names:
                    clashes.append(f"{path.relative_to(FEATURES)}:{number}: {m[1]!r} (also line {names[m[1]]})")
                names.setdefault(m[1], number)
    assert not clashes, "rename one of each: " + "; ".join(clashes)
