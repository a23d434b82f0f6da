"""Rows decided under every reading of an unresolved interpretation setting.

durable-rules decides each row under the default reading (checked, as always, against the
reference evaluation). When the deal state leaves a setting `unresolved`, every row whose condition
the setting chooses is also evaluated here, by the reference evaluation, under each of its choices
(a number case with no number chosen reads the number as unknown). The same status under every
reading stands, with a note saying so; otherwise the row is unknown, and its reason quotes the
setting's question for counsel and what each reading gives.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import attrs

from engine.expression.evaluate import Step, missing_facts
from engine.factbase import UNKNOWN, Read
from engine.outcomes import outcome
from engine.policy import Rule
from engine.results import Status
from engine.settings import UNRESOLVED

if TYPE_CHECKING:
    from engine.evaluation import _Run


@attrs.frozen
class Reading:
    """One combination of choices of the unresolved settings, and what the row is under it."""

    choices: tuple[tuple[str, str], ...]  # (setting, case)
    status: Status
    when_step: Step
    applies_step: Step | None

    def label(self, run: _Run) -> str:
        parts = []
        for name, case in self.choices:
            number = run.policy.settings[name].number
            shown = f"{case} (a number of {number.unit}, none chosen)" if number and case == number.case else case
            parts.append(shown if len(self.choices) == 1 else f"{name}={shown}")
        return ", ".join(parts)


@attrs.frozen
class ReadingsStep(Step):
    """The row's `when` as decided under every reading; the default reading's step is a child."""

    readings: tuple[Reading, ...] = ()
    unresolved: tuple[str, ...] = ()
    agreed: bool = True
    default: Reading | None = None


def unresolved_for(run: _Run, rule: Rule) -> list[str]:
    """The settings choosing the rule's condition that the deal state leaves unresolved."""
    return [name for name in rule.condition_settings() if run.settings.get(name) == UNRESOLVED]


def every_reading(
    run: _Run, rule: Rule, party: str | None, status: Status, steps: dict[str, Step]
) -> tuple[Status, Step]:
    """The row's status under every reading of its unresolved settings, and a step explaining it.
    Rows that depend on no unresolved setting are returned as they are. The settings choose only
    `when`; a covenant's other parts (its deadline, its end) are the row's own."""
    when_step = steps["when"]
    names = unresolved_for(run, rule)
    if not names:
        return status, when_step
    values = {name: step.value for name, step in steps.items()}
    defaults = {n: run.policy.settings[n].default for n in names}
    readings = []
    for combo in itertools.product(*(run.policy.settings[n].cases() for n in names)):
        chosen = {**run.settings, **dict(zip(names, combo, strict=True))}
        env: dict[str, Any] = {"party": party} if party else {}
        w = run._evaluate(rule, rule.condition(chosen).node, env, chosen)
        a = run._evaluate(rule, rule.applies_when.node, env, chosen) if rule.applies_when else None
        found = outcome(rule, {**values, "when": w.value, "applies": a.value if a is not None else None})
        readings.append(Reading(tuple(zip(names, combo, strict=True)), found, w, a))
    default = next(r for r in readings if dict(r.choices) == defaults)
    statuses = {r.status for r in readings}
    agreed = len(statuses) == 1
    final = default.status if agreed else Status.UNKNOWN
    step = ReadingsStep(
        when_step.node,
        default.when_step.value if agreed else UNKNOWN,
        reads=tuple(Read(f"settings.{n}", UNRESOLVED) for n in names),
        children=tuple(r.when_step for r in readings),
        readings=tuple(readings),
        unresolved=tuple(names),
        agreed=agreed,
        default=default,
    )
    return final, step


def explain_readings(run: _Run, status: Status, steps: dict[str, Step], party: str | None, timing: Any = None) -> tuple:
    """Reason, missing facts, facts consulted and working of a row decided under every reading."""
    step = steps["when"]
    assert isinstance(step, ReadingsStep)
    names = ", ".join(step.unresolved)
    assert step.default is not None

    def of(r: Reading) -> dict[str, Step]:
        return {**steps, "when": r.when_step, **({"applies": r.applies_step} if r.applies_step else {})}

    if step.agreed:
        d = step.default
        reason, missing, facts, working = run.explain(status, of(d), party, None, timing)
        return f"{reason} (the same under every reading of {names})", missing, facts, working
    by_status: dict[Status, list[str]] = {}
    missing: list[str] = [f"settings.{n}" for n in step.unresolved]
    working: list[str] = []
    ex = run.engine._explainer.for_party(party)
    for r in step.readings:
        by_status.setdefault(r.status, []).append(r.label(run))
        if r.status is Status.UNKNOWN:
            missing += missing_facts(r.when_step)
        shown = run.explain(r.status, of(r), party, None, timing)[0]
        working.append(f"under {r.label(run)}: {shown}")
        working += ex.workings(r.when_step)
    questions = "; ".join(f"{n} — {run.policy.settings[n].question.strip()}" for n in step.unresolved)
    joiner = "; " if len(step.unresolved) > 1 else ", "
    outcomes = joiner.join(f"{s.label} under {' and '.join(labels)}" for s, labels in by_status.items())
    word = "readings" if len(step.unresolved) > 1 else "reading"
    reason = f"unknown: depends on the unresolved {word} {questions} — {outcomes}"
    facts = ex.facts_used(step, *(r.applies_step for r in step.readings))
    return reason, tuple(dict.fromkeys(missing)), facts, tuple(dict.fromkeys(working))


def note_unresolved(run: _Run, rule: Rule, party: str | None, when_step: Step) -> None:
    """Record on the row the unresolved settings it depended on: its own, and, when it is unknown,
    those of the rows it refers to with satisfied() that are unknown."""
    key = (rule.id, party)
    names = list(when_step.unresolved) if isinstance(when_step, ReadingsStep) else []
    if run.statuses[key] is Status.UNKNOWN:
        for dep in rule.depends_on:
            if run.statuses.get((dep, party)) is Status.UNKNOWN:
                names += run.results[(dep, party)].unresolved
    if names:
        run.results[key] = attrs.evolve(run.results[key], unresolved=tuple(dict.fromkeys(names)))
