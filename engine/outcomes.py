"""A row's outcome from the values of its rule's parts: met or not met for a condition, and for a
covenant over time (a rule with `due`, `arises`, `ends` or `breached_on`) complied, breached, due,
not yet due or ended.

The same logic is written twice, on purpose: once over Python values (the reference) and once as
durable-rules tests (one rule per outcome), and every row checks that the two agree. A part whose
value is unknown makes the row unknown wherever the outcome turns on it.

Parts of a rule, each a condition evaluated like `when`:
- `when`: the condition (for a covenant: complied with so far);
- `applies`: `applies_when`, when given (false: not applicable);
- `ended`: one of the `ends` events has happened (on or before the as-of date);
- `arisen`: the as-of date is on or after `arises` (the obligation has arisen; before then it is
  not yet due, whatever was done early);
- `past`: the as-of date is after `due` (the deadline has passed).
"""

from __future__ import annotations

from typing import Any

from engine.errors import EngineError
from engine.expression import ast
from engine.policy import Condition, Rule
from engine.results import Status

PREFIX = {"when": "w", "applies": "p", "ended": "e", "arisen": "r", "past": "d"}  # durable field prefixes


def timing_parts(rule: Rule) -> dict[str, Condition]:
    """The conditions a covenant over time adds to `when` and `applies_when`."""
    timing = rule.timing
    if timing is None:
        return {}
    parts: dict[str, Condition] = {}
    if timing.ends:
        nodes = tuple(e.when.node for e in timing.ends)
        source = " or ".join(f"({e.when.source})" if len(nodes) > 1 else e.when.source for e in timing.ends)
        parts["ended"] = Condition(source, nodes[0] if len(nodes) == 1 else ast.Or(nodes, text=source))
    as_of = ast.AsOf(text="the as-of date")
    if timing.arises is not None:
        text = f"as_of >= {timing.arises.source}"
        parts["arisen"] = Condition(text, ast.Compare(">=", as_of, timing.arises.node, text=text))
    if timing.due is not None:
        text = f"as_of > {timing.due.source}"
        parts["past"] = Condition(text, ast.Compare(">", as_of, timing.due.node, text=text))
    return parts


def outcome(rule: Rule, values: dict[str, Any]) -> Status:
    """The row's status from its parts' values (True, False or UNKNOWN): the reference decision."""
    if values.get("applies") is False:
        return Status.NOT_APPLICABLE
    when = values["when"]
    timing = rule.timing
    if timing is None:
        return Status.MET if when is True else Status.NOT_MET if when is False else Status.UNKNOWN
    if timing.ends:
        ended = values["ended"]
        if ended is True:
            return Status.ENDED
        if ended is not False:
            return Status.UNKNOWN
    if timing.arises is not None:  # before it arises, nothing is owed yet, whatever was done early
        arisen = values["arisen"]
        if arisen is False:
            return Status.NOT_YET_DUE
        if arisen is not True:
            return Status.UNKNOWN
    if when is True:
        return Status.COMPLIED
    if when is not False:
        return Status.UNKNOWN
    if timing.due is not None:
        past = values["past"]
        if past is False:
            return Status.DUE
        if past is not True:
            return Status.UNKNOWN
    return Status.BREACHED


def outcome_tests(rule: Rule, tests: dict[str, tuple[dict, dict]]) -> dict[str, dict[str, Any]]:
    """One durable-rules test per outcome, from each part's (true test, false test): the same
    decision as outcome(). Not applicable is tested on its own and wins when it fires."""
    out: dict[str, dict[str, Any]] = {}
    if "applies" in tests:
        out["not_applicable"] = tests["applies"][1]
    when_true, when_false = tests["when"]
    if rule.timing is None:
        out["met"], out["not_met"] = when_true, when_false
        return out
    live: list[dict] = []
    if "ended" in tests:
        out["ended"] = tests["ended"][0]
        live = [tests["ended"][1]]
    if "arisen" in tests:
        out["not_yet_due"] = _all(live + [tests["arisen"][1]])
        live = live + [tests["arisen"][0]]
    out["complied"] = _all(live + [when_true])
    open_ = live + [when_false]
    if "past" in tests:
        out["due"] = _all(open_ + [tests["past"][1]])
        open_ = open_ + [tests["past"][0]]
    out["breached"] = _all(open_)
    return out


def _all(tests: list[dict]) -> dict[str, Any]:
    return tests[0] if len(tests) == 1 else {"$and": tests}


def fired_status(rule_id: str, party: str | None, fired: set[str] | frozenset[str]) -> Status | None:
    """durable-rules' outcome for a row from the names of the rules that fired (None: none did)."""
    if "not_applicable" in fired:
        return Status.NOT_APPLICABLE
    found = [name for name in fired if name != "not_applicable"]
    if len(found) > 1:
        both = " and ".join(sorted(found))
        raise EngineError(f"durable-rules found {rule_id} both {both} for {party or 'the deal'}; result withheld")
    return Status.parse(found[0]) if found else None
