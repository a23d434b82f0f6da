"""Which statuses each rule can take, and which of them the scenarios show it in.

A cell is a (rule, status) the rule can take: met, not met and unknown for every condition, waived
when it can be waived, not applicable when it has `applies_when`; a covenant over time complied,
breached and unknown, due when it has a deadline, not yet due when it arises on a date, ended when
events end it. A cell is reached when a Then step of some feature asserts the rule in that status.
The project's bar (the share of cells reached) is `min_scenario_coverage` under [tool.dealcheck] in
pyproject.toml. `dealcheck coverage` prints the table; tests/test_feature_coverage.py holds the
suite to the bar; `deal_coverage` is the typed entry point for other views (the HTML checklist).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from engine.errors import DealcheckError
from engine.results import Status

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
THRESHOLD_KEY = "min_scenario_coverage"  # per cent of the cells, under [tool.dealcheck]

# The order of the table's columns.
STATUSES = (
    Status.MET,
    Status.NOT_MET,
    Status.WAIVED,
    Status.UNKNOWN,
    Status.NOT_APPLICABLE,
    Status.COMPLIED,
    Status.BREACHED,
    Status.DUE,
    Status.NOT_YET_DUE,
    Status.ENDED,
)

# What a Then step asserts: its text and table -> the (rule id, status) pairs (tests/steps.py).
Asserts = Callable[[str, Sequence[Sequence[str]] | None], Iterable[tuple[str, Status]]]


def can_take(rule: Any, policy: Any) -> frozenset[Status]:
    """The statuses `rule` can be in, under the policy's default settings."""
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
    return frozenset(needed)


@attrs.frozen
class RuleCoverage:
    """One rule's row: the statuses it can take and those the scenarios show."""

    rule: str
    section: str
    title: str
    covenant: bool
    can_take: frozenset[Status]
    reached: frozenset[Status]

    @property
    def missing(self) -> frozenset[Status]:
        return self.can_take - self.reached

    def to_json(self) -> dict[str, Any]:
        def labels(statuses: Iterable[Status]) -> list[str]:
            return [s.label for s in STATUSES if s in set(statuses)]

        return {
            "rule": self.rule,
            "section": self.section,
            "title": self.title,
            "kind": "covenant over time" if self.covenant else "condition",
            "can_take": labels(self.can_take),
            "reached": labels(self.reached),
            "missing": labels(self.missing),
        }


@attrs.frozen
class Coverage:
    """A deal's rows, and the share of its cells the scenarios reach."""

    deal: str
    rules: tuple[RuleCoverage, ...]

    @property
    def cells(self) -> int:
        return sum(len(r.can_take) for r in self.rules)

    @property
    def cells_reached(self) -> int:
        return sum(len(r.can_take & r.reached) for r in self.rules)

    @property
    def share(self) -> Fraction:
        return Fraction(self.cells_reached, self.cells) if self.cells else Fraction(1)

    def meets(self, threshold: Fraction) -> bool:
        """`threshold` is a share (1 = every cell)."""
        return self.share >= threshold

    def missing_cells(self) -> list[str]:
        """One line per rule with a cell no scenario reaches: `spa.4.1.j (§4.1(j)): waived, unknown`."""
        return [
            f"{r.rule} (§{r.section}): no scenario shows it " + ", ".join(s.label for s in STATUSES if s in r.missing)
            for r in self.rules
            if r.missing
        ]

    def to_json(self, threshold: Fraction) -> dict[str, Any]:
        return {
            "deal": self.deal,
            "cells": self.cells,
            "cells_reached": self.cells_reached,
            "percent": percent(self.share),
            "threshold_percent": percent(threshold),
            "meets_threshold": self.meets(threshold),
            "rules": [r.to_json() for r in self.rules],
        }


def coverage(policy: Any, reached: Mapping[str, Iterable[Status]]) -> Coverage:
    rows = tuple(
        RuleCoverage(
            rule=rule.id,
            section=rule.section,
            title=rule.title,
            covenant=rule.timing is not None,
            can_take=can_take(rule, policy),
            reached=frozenset(reached.get(rule.id, ())),
        )
        for rule in policy.rules.values()
    )
    return Coverage(policy.id, rows)


def reached_statuses(features: Path, asserts: Asserts) -> dict[str, set[Status]]:
    """The statuses each rule is asserted in by the Then steps of every feature file under
    `features` (each row of a Scenario Outline's Examples on its own)."""
    from pytest_bdd.parser import FeatureParser

    found: dict[str, set[Status]] = {}
    for path in sorted(features.rglob("*.feature")):
        try:
            feature = FeatureParser(str(features), str(path.relative_to(features))).parse()
        except Exception as exc:  # noqa: BLE001 - any refusal of the parser, named with the file
            raise DealcheckError(
                f"{path}: not a feature file pytest-bdd can read ({exc})",
                fix=f"`dealcheck scenarios {path}` names the line and the fix",
            ) from None
        for template in feature.scenarios.values():
            contexts = [c for ex in template.examples for c in ex.as_contexts()] or [{}]
            for context in contexts:
                for step in template.render(context).steps:
                    if step.type == "then":
                        table = step.datatable.raw() if step.datatable else None
                        for rule, status in asserts(step.name, table):
                            found.setdefault(rule, set()).add(status)
    return found


def threshold(pyproject: Path = PYPROJECT) -> Fraction:
    """The share of cells the project requires, from [tool.dealcheck] (every cell when it is not set)."""
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Fraction(1)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DealcheckError(f"{pyproject}: cannot be read ({exc})", fix="correct the TOML") from None
    value = config.get("tool", {}).get("dealcheck", {}).get(THRESHOLD_KEY, 100)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise DealcheckError(
            f"{pyproject}: [tool.dealcheck] {THRESHOLD_KEY} = {value!r} is not a per cent",
            fix=f"write {THRESHOLD_KEY} = 100",
        )
    try:
        share = Fraction(str(value).rstrip("%")) / 100
    except ValueError:
        share = Fraction(-1)
    if not 0 <= share <= 1:
        raise DealcheckError(
            f"{pyproject}: [tool.dealcheck] {THRESHOLD_KEY} = {value!r} is not between 0 and 100",
            fix=f"write {THRESHOLD_KEY} = 100",
        )
    return share


def percent(share: Fraction) -> str:
    """100, 99.5: at most one decimal, rounded down so that a table never shows 100 for 99.96."""
    tenths = share.numerator * 1000 // share.denominator
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def deal_coverage(deal: str, policies: Path | None = None, features: Path | None = None) -> Coverage:
    """The coverage of one deal's rules by the feature files of this checkout (or `features`)."""
    from engine.policy import load_policy
    from engine.scenarios import FEATURES

    return policy_coverage(load_policy(deal, root=policies), features or FEATURES)


def policy_coverage(policy: Any, features: Path) -> Coverage:
    """The coverage of a loaded policy's rules by the feature files under `features`."""
    from engine.scenarios import step_library

    return coverage(policy, reached_statuses(features, step_library().status_assertions))


_HEADS = {Status.NOT_APPLICABLE: "n/a", Status.NOT_YET_DUE: "not yet due"}


def to_text(coverages: Sequence[Coverage], share: Fraction) -> str:
    """Per deal: the verdict against the bar, a table (yes: shown; MISSING: it can take it and no
    scenario shows it; blank: it cannot take it), then each missing cell."""
    from tabulate import tabulate

    blocks = []
    for cov in coverages:
        head = (
            f"{cov.deal}: scenarios show {cov.cells_reached} of the {cov.cells} statuses the rules can take"
            f" ({percent(cov.share)}%); the project requires {percent(share)}%"
            f" (pyproject.toml [tool.dealcheck] {THRESHOLD_KEY})"
        )
        rows = [
            [r.rule, f"§{r.section}"] + [_cell(r, s) for s in STATUSES]
            for r in sorted(cov.rules, key=lambda r: _order(r.rule))
        ]
        table = tabulate(rows, headers=["rule", "section", *(_HEADS.get(s, s.label) for s in STATUSES)])
        verdict = "meets the bar" if cov.meets(share) else "BELOW the bar"
        missing = cov.missing_cells()
        tail = ("Missing:\n" + "\n".join(f"- {m}" for m in missing)) if missing else "Every status is shown."
        blocks.append(f"{head}: {verdict}.\n\n{table}\n\n{tail}")
    return "\n\n".join(blocks)


def _cell(row: RuleCoverage, status: Status) -> str:
    if status in row.reached:
        return "yes"
    return "MISSING" if status in row.can_take else ""


def _order(rule_id: str) -> list[tuple[int, int | str]]:
    """spa.4.1.j before spa.4.1.q.ii before spa.4.2.a before spa.5.2.c.i.annual: numbers as numbers."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in rule_id.split(".")]
