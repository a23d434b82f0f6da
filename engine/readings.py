"""Rows decided under every reading of an unresolved interpretation setting.

durable-rules decides each row under the default reading (checked, as always, against the
reference evaluation). When the deal state leaves a setting `unresolved`, every row whose condition
the setting chooses is also evaluated here, by the reference evaluation, under each of its choices
(a number case with no number chosen reads the number as unknown). The same status under every
reading stands, with a note saying so; otherwise the row is unknown, and its reason quotes the
setting's question for counsel and what each reading gives.

A setting a row's parts only *read* (through a figure chosen by it) needs no such work when the row
is known: left unresolved, the figure is what every reading agrees on, else unknown, and three-valued
logic never turns an unknown into a value one reading would not give, so a status decided that way is
the status under every reading. Only a row left unknown by it is decided reading by reading.
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
    steps: dict[str, Step]  # the parts of the row decided again under this reading (when, at least)

    @property
    def when_step(self) -> Step:
        return self.steps["when"]

    @property
    def applies_step(self) -> Step | None:
        return self.steps.get("applies")

    def label(self, run: _Run) -> str:
        return reading_label(run, self.choices)


def reading_label(run: _Run, choices: tuple[tuple[str, str], ...], full: bool = False) -> str:
    """A reading in words: its case when one setting is open ("at_least"), else `setting=case` each."""
    parts = []
    for name, case in choices:
        number = run.policy.settings[name].number
        shown = f"{case} (a number of {number.unit}, none chosen)" if number and case == number.case else case
        parts.append(shown if len(choices) == 1 and not full else f"{name}={shown}")
    return ", ".join(parts)


def combinations(run: _Run, names: list[str]) -> list[tuple[tuple[str, str], ...]]:
    """Every combination of the choices of these settings, in the order settings.yaml gives them."""
    cases = (run.policy.settings[n].cases() for n in names)
    return [tuple(zip(names, combo, strict=True)) for combo in itertools.product(*cases)]


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


def unresolved_read(run: _Run, rule: Rule) -> list[str]:
    """The settings the rule's parts read (through the figures they use) that are left unresolved."""
    found: dict[str, None] = {}
    for names in rule.part_reads.values():
        found.update((n, None) for n in names if run.settings.get(n) == UNRESOLVED)
    return list(found)


def every_reading(
    run: _Run, crule: Any, party: str | None, status: Status, steps: dict[str, Step], names: list[str]
) -> tuple[Status, Step]:
    """The row's status under every reading of the unresolved settings `names`, and a step
    explaining it. With none, the row is returned as it is. Under each reading the row's `when` and
    `applies_when` are evaluated again, and any other part that reads one of the settings."""
    rule = crule.rule
    when_step = steps["when"]
    if not names:
        return status, when_step
    values = {name: step.value for name, step in steps.items()}
    open_ = set(names)
    parts = {
        part: cond.condition
        for part, cond in crule.parts().items()
        if part in ("when", "applies") or open_.intersection(rule.part_reads.get(part, ()))
    }
    defaults = {n: run.policy.settings[n].default for n in names}
    env: dict[str, Any] = {"party": party} if party else {}
    readings = []
    for choices in combinations(run, names):
        chosen = {**run.settings, **dict(choices)}
        found = {
            part: run._evaluate(rule, (rule.condition(chosen) if part == "when" else cond).node, env, chosen)
            for part, cond in parts.items()
        }
        decided = outcome(rule, {**values, **{part: step.value for part, step in found.items()}})
        readings.append(Reading(choices, decided, found))
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
        return {**steps, **r.steps}

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
            missing += [m for part in r.steps.values() for m in missing_facts(part)]
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


def note_unresolved(run: _Run, rule: Rule, party: str | None, when_step: Step | None, read: list[str]) -> None:
    """Record on the row the unresolved settings it depended on: its own (those deciding it reading
    by reading, and those it read), and, when it is unknown, those of the rows it refers to with
    satisfied() that are unknown."""
    key = (rule.id, party)
    names = list(when_step.unresolved) if isinstance(when_step, ReadingsStep) else []
    names += read
    if run.statuses[key] is Status.UNKNOWN:
        for dep in rule.depends_on:
            row = run._row_key(dep, party)  # the party's own row, or the deal's (a rule with one result)
            if run.statuses.get(row) is Status.UNKNOWN:
                names += run.results[row].unresolved
    if names:
        run.results[key] = attrs.evolve(run.results[key], unresolved=tuple(dict.fromkeys(names)))
