"""Judgements go stale: a judgement records the values it was made on, and when one has changed
since, it must be re-confirmed before it counts again.

The policy declares what each judgement rests on (`judgement.rests_on` in facts.yaml); an
assertion records them under `basis:` (written by `dealcheck confirm`, or by hand).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

from engine import values
from engine.errors import DealStateError
from engine.expression.evaluate import Evaluator
from engine.factbase import UNKNOWN, FactBase
from engine.policy import Policy
from engine.results import SetAside


def stale_judgements(policy: Policy, facts: FactBase, evaluator: Evaluator, file: str) -> dict:
    """(fact, key) -> the re-confirmation needed, for every judgement whose basis has changed."""
    out: dict[tuple[str, str | None], SetAside] = {}
    for (name, key), prov in facts.provenance.items():
        nodes = policy.rests_on.get(name)
        if not nodes or not prov.asserted_by:
            continue
        basis = prov.basis or {}
        changes = []
        for label, value in current_basis(policy, name, key, evaluator).items():
            if label not in basis:
                changes.append(f"its basis does not record {label} (now {values.format_value(value)})")
                continue
            then = parse_like(value, basis[label], file, prov.line, label)
            if then != value:
                changes.append(f"{label} changed from {values.format_value(then)} to {values.format_value(value)}")
        if changes:
            when = f" on {prov.on.isoformat()}" if prov.on else ""
            shown = name if key is None else f"{name}[{key}]"
            why = "; ".join(changes) + f" since {prov.asserted_by} asserted it{when}"
            out[(name, key)] = SetAside(
                "stale judgement", (prov.asserted_by,), shown, why, prov.clause, prov.on, prov.line
            )
    return out


def current_basis(policy: Policy, name: str, key: str | None, evaluator: Evaluator) -> dict[str, Any]:
    """The values a judgement of `name` (for `key`) rests on, as they stand now."""
    env = {"party": key} if key is not None else {}
    out = {}
    for label, node in policy.rests_on.get(name, {}).items():
        value = evaluator.evaluate(node, env).value
        out[label] = None if value is UNKNOWN else value
    return out


def parse_like(current: Any, raw: Any, file: str, line: int | None, label: str) -> Any:
    """A recorded basis value, read as the same kind of value as the current one."""
    if raw is None or current is None:
        return raw if raw is None else _loose(raw)
    try:
        if isinstance(current, bool):
            return values.parse_boolean(raw)
        if isinstance(current, dt.date):
            return values.parse_date(raw)
        if isinstance(current, Decimal):
            return values.parse_money(raw)
        if isinstance(current, Fraction):
            return values.parse_ratio(raw)
        if isinstance(current, int):
            return values.parse_count(raw)
        if isinstance(current, tuple):
            if not isinstance(raw, list):
                raise values.ValueProblem("expected a list")
            return tuple(str(v) for v in raw)
        return values.parse_text(raw)
    except values.ValueProblem as exc:
        raise DealStateError(
            f"basis {label}: {exc}", file, line, fix="write the value as the fact is written"
        ) from None


def _loose(raw: Any) -> Any:
    return tuple(str(v) for v in raw) if isinstance(raw, list) else raw
