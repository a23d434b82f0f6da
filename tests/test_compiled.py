"""The compiled conditions compute what the reference evaluator computes, row by row.

A check runs every row on compiled callables (engine/expression/compiled.py) and builds the
reference evaluator's trace only for an explanation, or for a row whose trace decides something
(an assertion that may be set aside, an unresolved setting). Here every row of every example, as
of dates before, on and after the Closing and under every choice of every setting, is computed both
ways: the condition's value and the fields durable-rules is given must be identical. Every Gherkin
scenario makes the same comparison (tests/steps.py), and the golden test proves the explanations.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from engine import Engine
from helpers import EXAMPLES, FIXTURES, compiled_disagreements

STATES = sorted(EXAMPLES.glob("jabber-series-d-*.yaml"))
DATES = [dt.date(2003, 2, 1), dt.date(2003, 3, 14), dt.date(2003, 3, 18), dt.date(2003, 6, 30)]


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as engine:
        yield engine


def _choices(engine: Engine) -> list[tuple[str, object]]:
    found = []
    for name, setting in engine.policy.settings.items():
        found += [(name, choice) for choice in setting.choices]
        if setting.number is not None:
            found += [(name, 0), (name, 1), (name, 30)]
    return found


@pytest.mark.parametrize("path", STATES, ids=lambda p: p.stem.removeprefix("jabber-series-d-"))
@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_every_row_of_the_examples_agrees(engine, path, as_of) -> None:
    state = engine.load_state(path)
    assert compiled_disagreements(engine, state, as_of) == []


@pytest.mark.parametrize("path", STATES, ids=lambda p: p.stem.removeprefix("jabber-series-d-"))
def test_every_row_agrees_under_every_setting(engine, path) -> None:
    state = engine.load_state(path)
    for name, choice in _choices(engine):
        chosen = attrs.evolve(state, settings={**state.settings, name: choice})
        assert compiled_disagreements(engine, chosen) == [], (name, choice)


AFTER_CLOSING = FIXTURES / "jabber-series-d-after-closing.yaml"  # offerings, holdings, approvals, acts
LATER = [dt.date(2004, 1, 11), dt.date(2004, 3, 1), dt.date(2004, 6, 30), dt.date(2004, 7, 1), dt.date(2004, 12, 31)]


def test_every_row_after_the_closing_agrees(engine) -> None:
    """The rules about the time after the Closing (nested generators, earliest/latest/product, records
    that drop out as of earlier dates, unknowns that may or may not count) computed both ways, as of
    dates between the events and under every choice of every setting."""
    state = engine.load_state(AFTER_CLOSING)
    for as_of in LATER:
        assert compiled_disagreements(engine, state, as_of) == [], as_of
    for name, choice in _choices(engine):
        chosen = attrs.evolve(state, settings={**state.settings, name: choice})
        assert compiled_disagreements(engine, chosen) == [], (name, choice)


def test_the_after_closing_fixture_decides_its_rows(engine) -> None:
    """Not everything unknown: the fixture gives the rows real outcomes to agree on, the day before its
    Qualified Public Offering, and after it (the covenants ended, a breach before the end still dated)."""
    rules = (
        "spa.1.1.aa",
        "spa.5.2.c.threshold",
        "spa.5.2.k.i",
        "spa.5.2.k.ii",
        "spa.5.2.k.iii",
        "spa.5.3.a",
        "spa.5.4",
    )
    state = engine.load_state(AFTER_CLOSING)
    before = engine.check(state, as_of=dt.date(2004, 6, 29))
    assert {(r.rule, r.party): r.status.value for r in before.results if r.rule in rules} == {
        ("spa.1.1.aa", None): "not_met",  # the $0.70 offering closes on June 30
        ("spa.5.2.c.threshold", "FTTI"): "met",  # its sale to Intel (July 1) is not yet
        ("spa.5.2.c.threshold", "INTEL"): "met",
        ("spa.5.2.c.threshold", "WEBB"): "met",
        ("spa.5.2.k.i", None): "complied",  # exactly two thirds: Intel counted once, with the most Shares it stated
        ("spa.5.2.k.ii", None): "breached",  # no approval of Investors holding two thirds
        ("spa.5.2.k.iii", None): "complied",  # the Exchange Act registration (June 30) is not yet
        ("spa.5.3.a", "FTTI"): "breached",  # Webb approved after the purchase
        ("spa.5.3.a", "INTEL"): "complied",
        ("spa.5.3.a", "WEBB"): "complied",
        ("spa.5.4", None): "unknown",  # Webb's own approval is undated
    }
    assert before.result("spa.5.3.a", "FTTI").timing.breached_on == dt.date(2004, 1, 10)
    after = engine.check(state)  # December 31, 2004
    assert after.result("spa.1.1.aa").status.value == "met"  # the $0.70 offering, after the stock dividend
    assert after.result("spa.5.2.c.threshold", "FTTI").status.value == "not_met"  # one Share short of 15%
    for rule, party in (("spa.5.2.k.ii", None), ("spa.5.3.a", "FTTI"), ("spa.5.4", None)):
        row = after.result(rule, party)
        assert row.status.value == "ended" and row.timing.ended_on == dt.date(2004, 6, 30)
    assert after.result("spa.5.3.a", "FTTI").timing.breached_on == dt.date(2004, 1, 10)  # before it ended


@pytest.mark.parametrize("path", STATES, ids=lambda p: p.stem.removeprefix("jabber-series-d-"))
def test_the_checklist_is_the_same_with_every_row_traced(engine, path, monkeypatch) -> None:
    """Rows reading an assertion that may be set aside are traced, the rest compiled: the checklist,
    explanations included, is the same as when every row is traced."""
    from engine.evaluation import _Run

    state = engine.load_state(path)
    mixed = engine.check(state).to_json()
    monkeypatch.setattr(_Run, "_reads_at_risk", lambda self, crule: True)
    traced = engine.check(state).to_json()
    assert mixed == traced
