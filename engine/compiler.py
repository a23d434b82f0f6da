"""Compile a policy's conditions onto durable-rules' dict ruleset form.

A condition's and/or/not structure is compiled; everything below it is an *atom*. A comparison
atom becomes two integer (or text) fields, `cN_l` and `cN_r`, that we compute exactly in Python
(money, ratios and dates cross-multiplied or turned into day numbers), and durable-rules compares
them. Any other atom (membership, quantifiers, sums, satisfied()) becomes a boolean field `aN`
computed by us: durable-rules cannot join or sum safely (research §5.1), so we derive first.

For every rule we emit `<id>#met` (matches when the condition is definitely true),
`<id>#not_met` (definitely false) and, with `applies_when`, `<id>#not_applicable`. A missing atom
field matches neither, which is how "unknown" stays unknown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from engine.errors import PolicyError
from engine.expression import ast
from engine.expression.compiled import Compiler, Context, need_bool, truth_valued
from engine.expression.evaluate import (
    _COMPARE,
    EvaluationProblem,
    bound_decides,
    comparable,
    kleene_and,
    kleene_or,
)
from engine.factbase import UNKNOWN
from engine.outcomes import PREFIX, outcome_tests, timing_parts
from engine.policy import Condition, Policy, Rule, SettingSwitch

MAX_ATOMS_PER_RULE = 60  # durable-rules fails with error 303 past 64 sibling tests
MAX_RULES_PER_RULESET = 300  # well inside 512 tests under one node and 4,096 rules per ruleset
_EXACT_LIMIT = 2**53  # durable-rules compares numbers as doubles: exact below this
_RATIONAL = (int, Decimal)  # exact types (not bool: type() is never int for a bool)
_NEGATE = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
_DURABLE_OP = {"==": "$eq", "!=": "$neq", "<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte"}


@attrs.frozen
class Atom:
    """A leaf of a condition's logic: a comparison (two fields) or a boolean (one field)."""

    index: int
    node: ast.Node
    prefix: str = "w"

    @property
    def is_comparison(self) -> bool:
        return isinstance(self.node, ast.Compare)

    @property
    def fields(self) -> tuple[str, ...]:
        if self.is_comparison:
            return (f"{self.prefix}c{self.index}_l", f"{self.prefix}c{self.index}_r")
        return (f"{self.prefix}a{self.index}",)


@attrs.frozen
class CompiledCondition:
    condition: Condition
    atoms: tuple[Atom, ...]
    true_test: dict[str, Any]
    false_test: dict[str, Any]
    depends_on_party: bool  # False: the same value for every row, so computed once per evaluation
    # (ctx, env) -> (the condition's value, the fields durable-rules tests)
    values: Callable[[Context, dict], tuple[Any, dict[str, Any]]]
    facts_read: frozenset[str]  # every fact it may read, through named figures too


@attrs.frozen
class CompiledRule:
    rule: Rule
    when: CompiledCondition
    applies: CompiledCondition | None
    ruleset_index: int
    timed: dict[str, CompiledCondition] = attrs.field(factory=dict)  # ended, arisen, past (engine/outcomes.py)
    # a covenant's deadline and date of breach as values: (ctx, env) -> (value, lower bound)
    due: Callable[[Context, dict], tuple[Any, Any]] | None = None
    breached_on: Callable[[Context, dict], tuple[Any, Any]] | None = None
    arises: Callable[[Context, dict], tuple[Any, Any]] | None = None
    # per end event: (has it happened, its date or None)
    ends: tuple[
        tuple[Callable[[Context, dict], tuple[Any, Any]], Callable[[Context, dict], tuple[Any, Any]] | None], ...
    ] = ()

    def parts(self) -> dict[str, CompiledCondition]:
        """Every condition of the row, by part name (when, applies, ended, arisen, past)."""
        out = {"when": self.when}
        if self.applies is not None:
            out["applies"] = self.applies
        out.update(self.timed)
        return out


@attrs.frozen
class CompiledPolicy:
    """A policy compiled under one choice of interpretation settings."""

    policy: Policy
    settings: dict[str, str]
    rules: dict[str, CompiledRule]
    rulesets: tuple[dict[str, dict[str, Any]], ...]
    label: str
    compiler: Any = attrs.field(default=None, eq=False, repr=False)  # for the values a reason shows
    said: dict[int, Any] = attrs.field(factory=dict, eq=False, repr=False)  # id(node) -> its callable

    def words_fn(self, node: Any) -> Any:
        """The compiled callable of a value or `if:` in a rule's `reasons:` (None if it cannot be
        compiled), built once: the reference evaluator traces every step, which a reason never shows."""
        key = id(node)
        if key not in self.said:
            try:
                self.said[key] = self.compiler.compile(node) if self.compiler is not None else None
            except EvaluationProblem:
                self.said[key] = None
        return self.said[key]


def compile_policy(policy: Policy, settings: dict[str, str], max_rules: int = MAX_RULES_PER_RULESET) -> CompiledPolicy:
    compiled: dict[str, CompiledRule] = {}
    rulesets: list[dict[str, dict[str, Any]]] = [{}]
    compiler = Compiler(policy.facts, policy.groups, policy.definitions, policy.calendars())
    for rule in policy.rules.values():
        when = compile_condition(rule, rule.condition(settings), "when", compiler)
        applies = compile_condition(rule, rule.applies_when, "applies", compiler) if rule.applies_when else None
        timed = {name: compile_condition(rule, c, name, compiler) for name, c in timing_parts(rule).items()}
        parts = {"when": when, **({"applies": applies} if applies else {}), **timed}
        tests = outcome_tests(rule, {name: (c.true_test, c.false_test) for name, c in parts.items()})
        durable_rules = {f"{rule.id}#{name}": _rule(rule.id, test) for name, test in tests.items()}
        if len(rulesets[-1]) + len(durable_rules) > max_rules:
            rulesets.append({})
        rulesets[-1].update(durable_rules)
        timing = rule.timing
        compiled[rule.id] = CompiledRule(
            rule,
            when,
            applies,
            len(rulesets) - 1,
            timed,
            compiler.compile(timing.due.node) if timing and timing.due else None,
            compiler.compile(_chosen(timing.breached_on, settings).node) if timing and timing.breached_on else None,
            compiler.compile(timing.arises.node) if timing and timing.arises else None,
            tuple(
                (compiler.compile(e.when.node), compiler.compile(_chosen(e.on, settings).node) if e.on else None)
                for e in timing.ends
            )
            if timing
            else (),
        )
    digest = hashlib.sha256(json.dumps(rulesets, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return CompiledPolicy(policy, dict(settings), compiled, tuple(rulesets), f"{policy.id}@{digest}", compiler)


def _chosen(condition: Condition | SettingSwitch, settings: dict[str, str]) -> Condition:
    return condition if isinstance(condition, Condition) else condition.pick(settings)


def _rule(rule_id: str, test: dict[str, Any]) -> dict[str, Any]:
    # The first test is always a positive discriminator on `kind`, a field the session's hidden
    # state fact never has (research §9.2), so no rule can match the state fact and loop.
    return {"all": [{"m": {"$and": [{"kind": rule_id}, test]}}]}


def atoms_of(node: ast.Node) -> list[ast.Node]:
    if isinstance(node, (ast.And, ast.Or)):
        return [a for o in node.operands for a in atoms_of(o)]
    if isinstance(node, ast.Not):
        return atoms_of(node.operand)
    return [node]


def compile_condition(rule: Rule, condition: Condition, key: str, compiler: Compiler) -> CompiledCondition:
    """Atoms and durable tests of one condition (a part of the rule: `when` fields start with w,
    `applies_when` with p, and so on, engine/outcomes.PREFIX)."""
    leaves = atoms_of(condition.node)
    if len(leaves) > MAX_ATOMS_PER_RULE:
        raise PolicyError(
            f"rule {rule.id}: `{key}` has {len(leaves)} terms; durable-rules allows at most {MAX_ATOMS_PER_RULE}",
            rule.file,
            rule.line,
            fix="split the rule into parts and combine them with satisfied()",
        )
    prefix = PREFIX[key]
    atoms = tuple(Atom(i, node, prefix) for i, node in enumerate(leaves))
    by_id = {id(a.node): a for a in atoms}
    return CompiledCondition(
        condition,
        atoms,
        _test(condition.node, True, by_id),
        _test(condition.node, False, by_id),
        _uses_party(condition.node),
        _values(condition.node, atoms, by_id, compiler),
        facts_read(condition.node, compiler.definitions),
    )


def facts_read(node: ast.Node, definitions: dict[str, Any]) -> frozenset[str]:
    """The facts a condition may read: its own references and those of the named figures it uses."""
    found: set[str] = set()
    seen: set[str] = set()
    stack = [node]
    while stack:
        for n in ast.walk(stack.pop()):
            if isinstance(n, ast.FactRef):
                found.add(n.fact)
            elif isinstance(n, ast.DefRef) and n.name not in seen:
                seen.add(n.name)
                stack.append(definitions[n.name].node)
    return frozenset(found)


def _values(
    node: ast.Node, atoms: tuple[Atom, ...], by_id: dict[int, Atom], compiler: Compiler
) -> Callable[[Context, dict], tuple[Any, dict[str, Any]]]:
    """The condition as one callable: every atom's value and durable fields, then the logic over them
    (three-valued, as the reference evaluator: every operand computed, each checked to be true or false)."""
    parts: list[tuple[tuple[str, ...], Any, Any, str]] = []
    for atom in atoms:
        if atom.is_comparison:
            cmp = atom.node
            parts.append((atom.fields, compiler.compile(cmp.left), compiler.compile(cmp.right), cmp.op))  # type: ignore[attr-defined]
        else:
            parts.append((atom.fields, compiler.compile(atom.node), None, ""))
    logic = _logic(node, {key: atoms.index(a) for key, a in by_id.items()})

    def values(ctx: Context, env: dict) -> tuple[Any, dict[str, Any]]:
        found: list[Any] = []
        fields: dict[str, Any] = {}
        for names, first, second, op in parts:
            if second is None:
                value = first(ctx, env)[0]
                if value is not UNKNOWN:
                    fields[names[0]] = bool(value)
                found.append(value)
                continue
            lv, llow = first(ctx, env)
            rv, rlow = second(ctx, env)
            if lv is UNKNOWN or rv is UNKNOWN:
                if not bound_decides(op, lv, llow, rv, rlow):
                    found.append(UNKNOWN)
                    continue
                lv = lv if lv is not UNKNOWN else llow  # decided by a known lower bound
                rv = rv if rv is not UNKNOWN else rlow
            value, fields[names[0]], fields[names[1]] = compare_encoded(op, lv, rv)
            found.append(value)
        return logic(found), fields

    return values


def _logic(node: ast.Node, index: dict[int, int]) -> Callable[[list[Any]], Any]:
    """and/or/not over the atoms' values, in three-valued logic, checking each operand is a truth value."""
    if isinstance(node, ast.Not):
        inner, operand = _logic(node.operand, index), node.operand

        def negated(values: list[Any]) -> Any:
            value = inner(values)
            need_bool(operand, value)
            return UNKNOWN if value is UNKNOWN else not value

        return negated
    if isinstance(node, (ast.And, ast.Or)):
        subs = [(_logic(o, index), o) for o in node.operands]
        combine = kleene_and if isinstance(node, ast.And) else kleene_or
        if all(truth_valued(o) for o in node.operands):
            fns = [sub for sub, _ in subs]
            return lambda values: combine([f(values) for f in fns])

        def combined(values: list[Any]) -> Any:
            found = []
            for sub, operand in subs:
                value = sub(values)
                need_bool(operand, value)
                found.append(value)
            return combine(found)

        return combined
    i = index[id(node)]
    return lambda values: values[i]


def compare_encoded(op: str, lv: Any, rv: Any) -> tuple[bool, Any, Any]:
    """`lv op rv`, exactly, and the two fields that make durable-rules decide it the same way.
    Integers and Decimals (counts and money) go straight to their integer ratios, in lowest terms as
    Fraction would give them; anything else through comparable()."""
    if type(lv) in _RATIONAL and type(rv) in _RATIONAL:
        ln, ld = lv.as_integer_ratio()
        rn, rd = rv.as_integer_ratio()
        left, right = ln * rd, rn * ld  # denominators are positive: the same order as lv and rv
        return _COMPARE[op](left, right), *_within_doubles(left, right)
    a, b = comparable(lv, rv, op)
    return _COMPARE[op](a, b), *encode_pair(a, b)


def encode_pair(a: Any, b: Any) -> tuple[Any, Any]:
    """Two comparable values as durable-rules fields that compare exactly like the originals."""
    if isinstance(a, Fraction):
        left, right = a.numerator * b.denominator, b.numerator * a.denominator
    elif isinstance(a, dt.date):
        left, right = a.toordinal(), b.toordinal()
    elif isinstance(a, bool):
        left, right = int(a), int(b)
    else:
        return a, b  # text: == and != only
    return _within_doubles(left, right)


def _within_doubles(left: int, right: int) -> tuple[int, int]:
    if abs(left) >= _EXACT_LIMIT or abs(right) >= _EXACT_LIMIT:
        # durable-rules compares doubles, inexact past 2**53: give it two small numbers in the same
        # order (we know it exactly), so that every comparison operator still decides the same way
        return (0, 0) if left == right else ((0, 1) if left < right else (1, 0))
    return left, right


def _uses_party(node: ast.Node) -> bool:
    """Whether a condition reads the row's party (directly, or through satisfied())."""
    if isinstance(node, ast.Var) and node.name == "party":
        return True
    if isinstance(node, ast.Call) and node.func == "satisfied":
        return True
    for value in attrs.astuple(node, recurse=False):
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, tuple):
                item = item[1] if len(item) == 2 and isinstance(item[1], ast.Node) else None
            if isinstance(item, ast.Node) and _uses_party(item):
                return True
    return False


def _test(node: ast.Node, want: bool, atoms: dict[int, Atom]) -> dict[str, Any]:
    """A single-fact durable-rules test matching exactly when `node` is definitely `want`."""
    if isinstance(node, ast.Not):
        return _test(node.operand, not want, atoms)
    if isinstance(node, (ast.And, ast.Or)):
        parts = [_test(o, want, atoms) for o in node.operands]
        conjunctive = isinstance(node, ast.And) == want
        return parts[0] if len(parts) == 1 else {"$and" if conjunctive else "$or": parts}
    atom = atoms[id(node)]
    if atom.is_comparison:
        left, right = atom.fields
        op = node.op if want else _NEGATE[node.op]  # type: ignore[attr-defined]
        # Guard both fields: a comparison with a missing field is undefined (research fact B).
        return {
            "$and": [
                {"$ex": {left: 1}},
                {"$ex": {right: 1}},
                {_DURABLE_OP[op]: {left: {"$m": right}}},
            ]
        }
    return {atom.fields[0]: want}
