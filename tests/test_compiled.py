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
from helpers import EXAMPLES, compiled_disagreements

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
