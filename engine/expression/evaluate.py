"""Three-valued (Kleene) evaluation of resolved conditions, keeping a trace for explanations.

This is the reference semantics. The engine computes the value of every atom of a condition
here, asserts those values into durable-rules, which decides met or not met, and then checks
durable-rules' answer against this evaluator before anything is reported.
"""

from __future__ import annotations

import datetime as dt
import decimal
import operator
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from engine.expression import ast
from engine.factbase import UNKNOWN, FactBase, Read
from engine.facts import FactCatalog
from engine.settings import UNRESOLVED, is_number_choice
from engine.values import format_value


class EvaluationProblem(ValueError):
    """A condition cannot be computed (for example, a date compared with an amount)."""


@attrs.frozen
class Step:
    """The value of one node, the facts it read itself, its sub-steps and its working."""

    node: ast.Node
    value: Any
    reads: tuple[Read, ...] = ()
    children: tuple[Step, ...] = ()
    working: str | Callable[[], str] | None = None  # built only when an explanation asks (working_of)
    label: str | None = None
    lower: Any = None  # when the value is unknown: a known lower bound (amounts are never negative), else None


_COMPARE = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

_EXACT = decimal.Context(prec=80, traps=[decimal.Inexact, decimal.InvalidOperation])

StatusLookup = Callable[[str, str | None], Any]
_ZERO = {"money": Decimal("0.00"), "count": 0}
LEFT_OUT_SHOWN = 6  # a sum's working names this many records it left out, then counts the rest
WINDOW = "__window__"  # env key: the Window acts must meet for the rule being evaluated, if any
SETTINGS = "__settings__"  # env key: the interpretation settings chosen (a number for setting("name"))


def never_negative(catalog: FactCatalog, node: ast.Node, env: dict[str, Any]) -> Any:
    """A missing amount or count is unknown, but never below zero (the deal state refuses
    negatives): its zero, $0.00 or 0, as a lower bound; None for anything else."""
    kind = None
    if isinstance(node, ast.FactRef) and node.project is None:
        spec = catalog.specs[node.fact]
        kind = spec.fields[node.field].type if node.field else spec.type
    elif isinstance(node, ast.VarField):
        record = env.get(node.var)
        fact = record.get("__fact__") if isinstance(record, dict) else None
        field = catalog.specs[fact].fields.get(node.field) if fact else None
        kind = field.type if field is not None else None
    return _ZERO.get(kind)


def kleene_and(values: list[Any]) -> Any:
    if any(v is False for v in values):
        return False
    if any(v is UNKNOWN for v in values):
        return UNKNOWN
    return True


def kleene_or(values: list[Any]) -> Any:
    if any(v is True for v in values):
        return True
    if any(v is UNKNOWN for v in values):
        return UNKNOWN
    return False


def is_number(value: Any) -> bool:
    return isinstance(value, (int, Decimal, Fraction)) and not isinstance(value, bool)


def comparable(left: Any, right: Any, op: str) -> tuple[Any, Any]:
    """Bring two known values to a common exact form, or explain why they cannot be compared."""
    if is_number(left) and is_number(right):
        return Fraction(left), Fraction(right)
    if isinstance(left, dt.date) and isinstance(right, dt.date):
        return left, right
    if isinstance(left, bool) and isinstance(right, bool) and op in ("==", "!="):
        return left, right
    if isinstance(left, str) and isinstance(right, str) and op in ("==", "!="):
        return left, right
    raise EvaluationProblem(f"cannot compare {format_value(left)} with {format_value(right)} using {op}")


class Evaluator:
    """Evaluates resolved conditions over one fact base, for one row's party."""

    def __init__(
        self,
        facts: FactBase,
        catalog: FactCatalog,
        groups: dict[str, tuple[str, ...]],
        statuses: StatusLookup | None = None,
        definitions: dict[str, Any] | None = None,
        calendars: Any = None,
    ) -> None:
        self.facts = facts
        self.catalog = catalog
        self.groups = groups
        self.statuses = statuses
        self.definitions = definitions or {}  # name -> Definition (engine.policy)
        self.calendars = calendars  # the deal's calendar, for deadlines (engine/expression/periods.py)
        self._figures: dict[tuple, Step] = {}
        self._indexes: dict[tuple, Any] = {}  # where-indexes of records, per quantifier and window
        self._reads: dict[str, tuple[str, ...]] = {}
        self._methods: dict[type, Callable[..., Step]] = {}  # node type -> its evaluation method

    def evaluate(self, node: ast.Node, env: dict[str, Any]) -> Step:
        kind = type(node)
        method = self._methods.get(kind)
        if method is None:
            method = self._methods[kind] = getattr(self, "_" + kind.__name__)
        step = method(node, env)
        if step.value is UNKNOWN and step.lower is None:
            zero = self._never_negative(node, env)
            if zero is not None:
                return _with(step, lower=zero)
        return step

    def _never_negative(self, node: ast.Node, env: dict[str, Any]) -> Any:
        return never_negative(self.catalog, node, env)

    # leaves

    def _Literal(self, node: ast.Literal, env):
        return Step(node, node.value)

    def _PartyLit(self, node: ast.PartyLit, env):
        return Step(node, node.party)

    def _Group(self, node: ast.Group, env):
        return Step(node, self.groups[node.name])

    def _Var(self, node: ast.Var, env):
        return Step(node, env[node.name])

    def _VarField(self, node: ast.VarField, env):
        record = env[node.var]
        if not isinstance(record, dict):
            raise EvaluationProblem(f"{node.text}: {node.var} is not a record")
        label = record.get("__key__", node.var)
        shown = f"{record.get('__fact__', node.var)}[{label}]"
        if "__absent__" in record:
            if node.field == record.get("__keyfield__"):
                return Step(node, record["__key__"], reads=(Read(f"{shown}.{node.field}", record["__key__"]),))
            return Step(node, UNKNOWN, reads=(Read(shown, UNKNOWN, note=record["__absent__"]),))
        if "__fact__" in record:
            read = self.facts.read_field(record["__fact__"], record["__key__"], node.field, env.get(WINDOW))
            named = Read(f"{shown}.{node.field}", read.value, read.provenance, read.note, read.set_aside)
            return Step(node, read.value, reads=(named,))
        value = record.get(node.field, UNKNOWN)
        return Step(node, value, reads=(Read(f"{shown}.{node.field}", value),))

    def _FactRef(self, node: ast.FactRef, env):
        facts = self.facts
        spec = self.catalog.specs[node.fact]
        if node.key is not None:
            key_step = self.evaluate(node.key, env)
            key = key_step.value
            if key is UNKNOWN:
                return Step(node, UNKNOWN, children=(key_step,))
            if not isinstance(key, str):
                raise EvaluationProblem(f"{node.text}: the index must be a party or a text")
            if spec.per:
                read = facts.read_per_party(node.fact, key, env.get(WINDOW))
            elif node.field is not None:
                read = facts.read_field(node.fact, key, node.field, env.get(WINDOW))
            else:
                read = facts.read_record(node.fact, key)
                if read.value is not UNKNOWN:
                    read = attrs.evolve(read, value=self._record_value(node.fact, key, read.value))
            return Step(node, read.value, reads=(read,))
        if node.project is not None:
            keys = self._record_keys(spec)
            if keys is None:
                return Step(node, UNKNOWN, reads=(Read(node.fact, UNKNOWN),))
            reads = tuple(facts.read_field(node.fact, k, node.project, env.get(WINDOW)) for k in keys)
            hidden = facts.hidden_records(node.fact)
            working = "; ".join(f"{node.fact}[{k}] disregarded: {why}" for k, why in hidden) or None
            return Step(node, tuple(r.value for r in reads), reads=reads, working=working)
        if spec.is_records:
            keys = self._record_keys(spec)
            if keys is None:
                return Step(node, UNKNOWN, reads=(Read(node.fact, UNKNOWN),))
            items = tuple(self._record_item(spec.name, k) for k in keys)
            return Step(node, items, reads=(Read(node.fact, f"{len(items)} records"),))
        read = facts.read_plain(node.fact, env.get(WINDOW))
        return Step(node, read.value, reads=(read,))

    @staticmethod
    def _record_value(fact: str, key: str, record: dict) -> dict:
        return {**record, "__key__": key, "__fact__": fact}

    def _record_keys(self, spec) -> list[str] | None:
        return record_keys(spec, self.groups, self.facts)

    def _record_item(self, fact: str, key: str) -> dict:
        read = self.facts.read_record(fact, key)
        if read.value is UNKNOWN and self.catalog.specs[fact].many:
            hidden = [why for k, why in self.facts.hidden_records(fact) if k.rsplit("#", 1)[0] == key]
            keyfield = self.catalog.specs[fact].key
            note = "; ".join(hidden) if hidden else "no record"
            return {"__key__": key, "__keyfield__": keyfield, "__absent__": note, "__fact__": fact}
        if read.value is UNKNOWN:
            keyfield = self.catalog.specs[fact].key
            return {"__key__": key, "__keyfield__": keyfield, "__absent__": read.note or "no record", "__fact__": fact}
        return self._record_value(fact, key, read.value)

    def _ListLit(self, node: ast.ListLit, env):
        steps = tuple(self.evaluate(i, env) for i in node.items)
        return Step(node, tuple(s.value for s in steps), children=steps)

    def _AsOf(self, node: ast.AsOf, env):
        value = as_of_value(self.facts)
        return Step(node, value, reads=(Read("as_of", value),))

    def _SettingRef(self, node: ast.SettingRef, env):
        chosen = (env.get(SETTINGS) or {}).get(node.name)
        value = chosen if isinstance(chosen, int) and not isinstance(chosen, bool) else UNKNOWN
        read = Read(f"settings.{node.name}", value)
        working = f"settings.{node.name} = {format_value(value)} {node.unit}" if value is not UNKNOWN else None
        return Step(node, value, reads=(read,), working=working)

    # logic

    def _Not(self, node: ast.Not, env):
        inner = self.evaluate(node.operand, env)
        value = inner.value
        self._need_bool(node.operand, value)
        return Step(node, UNKNOWN if value is UNKNOWN else not value, children=(inner,))

    def _And(self, node: ast.And, env):
        steps = tuple(self.evaluate(o, env) for o in node.operands)
        for s in steps:
            self._need_bool(s.node, s.value)
        return Step(node, kleene_and([s.value for s in steps]), children=steps)

    def _Or(self, node: ast.Or, env):
        steps = tuple(self.evaluate(o, env) for o in node.operands)
        for s in steps:
            self._need_bool(s.node, s.value)
        return Step(node, kleene_or([s.value for s in steps]), children=steps)

    @staticmethod
    def _need_bool(node: ast.Node, value: Any) -> None:
        if value is not UNKNOWN and not isinstance(value, bool):
            raise EvaluationProblem(f"{node.text!r} is {format_value(value)}, not true or false")

    def _Compare(self, node: ast.Compare, env):
        left = self.evaluate(node.left, env)
        right = self.evaluate(node.right, env)
        if left.value is UNKNOWN or right.value is UNKNOWN:
            decided = _decided_by_bound(node.op, left, right)
            if decided is not None:
                value, working = decided
                return Step(node, value, children=(left, right), working=working)
            return Step(node, UNKNOWN, children=(left, right))
        a, b = comparable(left.value, right.value, node.op)
        return Step(node, _COMPARE[node.op](a, b), children=(left, right))

    def _In(self, node: ast.In, env):
        item = self.evaluate(node.item, env)
        coll = self.evaluate(node.collection, env)
        if item.value is UNKNOWN or coll.value is UNKNOWN:
            return Step(node, UNKNOWN, children=(item, coll))
        if not isinstance(coll.value, tuple):
            raise EvaluationProblem(f"{node.collection.text!r} is not a list")
        if item.value in [v for v in coll.value if v is not UNKNOWN]:
            found: Any = True
        elif any(v is UNKNOWN for v in coll.value):
            found = UNKNOWN
        else:
            found = False
        if found is not UNKNOWN and node.negated:
            found = not found
        return Step(node, found, children=(item, coll))

    # arithmetic

    def _Neg(self, node: ast.Neg, env):
        inner = self.evaluate(node.operand, env)
        if inner.value is UNKNOWN:
            return Step(node, UNKNOWN, children=(inner,))
        if not is_number(inner.value):
            raise EvaluationProblem(f"cannot negate {node.operand.text!r}")
        return Step(node, -inner.value, children=(inner,))

    def _Arith(self, node: ast.Arith, env):
        steps = [self.evaluate(node.first, env)]
        steps += [self.evaluate(o, env) for _, o in node.rest]
        if any(s.value is UNKNOWN for s in steps):
            return Step(node, UNKNOWN, children=tuple(steps), lower=_arith_lower(node, steps))
        value = steps[0].value
        for (op, _), step in zip(node.rest, steps[1:], strict=True):
            value = arith(op, value, step.value, node.text)

        def working(steps=steps, value=value) -> str:
            shown = [format_value(steps[0].value)]
            shown += [f"{op} {format_value(st.value)}" for (op, _), st in zip(node.rest, steps[1:], strict=True)]
            return f"{node.text} = {' '.join(shown)} = {format_value(value)}"

        return Step(node, value, children=tuple(steps), working=working)

    # functions

    def _Call(self, node: ast.Call, env):
        if node.func == "satisfied":
            rule_id = node.args[0].value  # type: ignore[attr-defined]
            if self.statuses is None:
                raise EvaluationProblem("satisfied() is only available while checking a deal")
            value, status, missing = self.statuses(rule_id, env.get("party"))
            party = env.get("party")
            shown = f"{rule_id}" + (f" for {party}" if party else "")
            reads = (Read(shown, status),)
            if value is UNKNOWN:
                reads += tuple(Read(m, UNKNOWN) for m in missing) or (Read(shown, UNKNOWN),)
            return Step(node, value, reads=reads)
        if node.func in ("min", "max"):
            return self._extreme(node, env)
        if node.func in ("to_cents", "ceil", "floor"):
            return self._rounded(node, env)
        if node.func in ("days_after", "days_before", "fixed_date", "months_after", "years_after"):
            return self._deadline(node, env)
        if node.func == "period_ends":
            return self._period_ends(node, env)
        if node.func == "notice_given":
            return self._notice_given(node, env)
        arg = self.evaluate(node.args[0], env)
        if arg.value is UNKNOWN:
            return Step(node, UNKNOWN, children=(arg,))
        if not isinstance(arg.value, tuple):
            raise EvaluationProblem(f"{node.func}() needs a list, and {node.args[0].text!r} is not one")
        if node.func in ORDERED:
            return self._ordered_list(node, arg)
        if node.func == "count":
            return Step(node, len(arg.value), children=(arg,))
        items = arg.value
        if any(v is UNKNOWN for v in items):
            return Step(node, UNKNOWN, children=(arg,))  # a projection's unknown items have no bound
        total = add_up(list(items), node.text)

        def working(arg=arg, items=items, total=total) -> str:
            labels = [r.name for r in arg.reads] if len(arg.reads) == len(items) else []
            if labels:
                parts = " + ".join(f"{format_value(v)} ({n})" for v, n in zip(items, labels, strict=True))
            else:
                parts = " + ".join(format_value(v) for v in items) or "nothing"
            return f"{node.text} = {parts} = {format_value(total)}"

        return Step(node, total, children=(arg,), working=working)

    def _sums_money(self, node: ast.Aggregate) -> bool:
        return sums_money(self.catalog, node)

    def _extreme(self, node: ast.Call, env):
        """min(a, b) and max(a, b), exact; a known lower bound survives an unknown operand."""
        steps = tuple(self.evaluate(a, env) for a in node.args)
        value, lower, by_bound = extreme(node, [s.value for s in steps], [s.lower for s in steps])
        if by_bound:
            return Step(
                node,
                value,
                children=steps,
                working=lambda v=value: f"{node.text} = {format_value(v)}, since the unknown operand is at least that",
            )
        if value is UNKNOWN:
            return Step(node, UNKNOWN, children=steps, lower=lower)

        def working(steps=steps, value=value) -> str:
            shown = ", ".join(format_value(s.value) for s in steps)
            return f"{node.text} = {node.func}({shown}) = {format_value(value)}"

        return Step(node, value, children=steps, working=working)

    def _deadline(self, node: ast.Call, env):
        """A deadline on the deal's calendar, with its working (trigger, period, days skipped, date)."""
        from engine.expression import periods  # periods uses this module's EvaluationProblem

        steps = tuple(self.evaluate(a, env) for a in node.args)
        if any(s.value is UNKNOWN for s in steps):
            return Step(node, UNKNOWN, children=steps)
        found = periods.period_deadlines(node, [s.value for s in steps], self.calendars, env.get(SETTINGS))
        value = periods.agreed_date(found)
        return Step(node, value, children=steps, working=lambda: periods.working(node, found))

    def _notice_given(self, node: ast.Call, env):
        """When a recorded notice took effect under §7.6, with its working (engine/notices.py)."""
        from engine.expression import periods

        arg = node.args[0]
        if not isinstance(arg, ast.Var) or not isinstance(env.get(arg.name), dict):
            raise EvaluationProblem(f"{node.text}: notice_given() takes a notice record, as in notice_given(n)")
        steps = {}
        for field in notice_fields(self.catalog, env[arg.name], node):
            steps[field] = self.evaluate(ast.VarField(arg.name, field, text=f"{arg.name}.{field}"), env)
        children = tuple(steps.values())
        if any(steps[f].value is UNKNOWN for f in periods.NOTICE_REQUIRED):
            return Step(node, UNKNOWN, children=children)
        found = periods.notice_timings(node, {f: s.value for f, s in steps.items()}, self.calendars, env.get(SETTINGS))
        value = periods.notice_date(found)
        return Step(node, value, children=children, working=lambda: periods.notice_working(node, found))

    def _period_ends(self, node: ast.Call, env):
        """The ends of the months, fiscal quarters or fiscal years between two dates."""
        from engine.expression import periods

        steps = tuple(self.evaluate(a, env) for a in node.args)
        if any(s.value is UNKNOWN for s in steps):
            return Step(node, UNKNOWN, children=steps)
        ends = periods.period_ends(node, [s.value for s in steps], self.calendars)
        shown = ", ".join(format_value(d) for d in ends) or "none"
        return Step(node, ends, children=steps, working=lambda: f"{node.text} = {shown}")

    def _rounded(self, node: ast.Call, env):
        """to_cents(x): an amount payable in cents, half a cent up; ceil(x) and floor(x): whole numbers."""
        arg = self.evaluate(node.args[0], env)
        if arg.value is UNKNOWN:
            return Step(node, UNKNOWN, children=(arg,))
        if not is_number(arg.value):
            raise EvaluationProblem(f"{node.text}: {node.args[0].text!r} is not a number")
        value = rounded(node.func, arg.value)
        return Step(
            node,
            value,
            children=(arg,),
            working=lambda a=arg.value, v=value: f"{node.text} = {node.func}({format_value(a)}) = {format_value(v)}",
        )

    def _If(self, node: ast.If, env):
        cond = self.evaluate(node.cond, env)
        self._need_bool(node.cond, cond.value)
        if cond.value is UNKNOWN:
            then, other = self.evaluate(node.then, env), self.evaluate(node.other, env)
            bounds = [s.value if s.value is not UNKNOWN else s.lower for s in (then, other)]
            lower = min(bounds) if all(is_number(b) for b in bounds) else None
            return Step(node, UNKNOWN, children=(cond,), lower=lower)
        branch = self.evaluate(node.then if cond.value else node.other, env)
        return Step(node, branch.value, children=(cond, branch), lower=branch.lower)

    def _DefRef(self, node: ast.DefRef, env):
        """A named figure of the policy (purchase_price[FTTI]): evaluated once per key and evaluation."""
        definition = self.definitions[node.name]
        key: Any = None
        children: tuple[Step, ...] = ()
        if node.key is not None:
            key_step = self.evaluate(node.key, env)
            key = key_step.value
            children = (key_step,)
            if key is UNKNOWN:
                return Step(node, UNKNOWN, children=children)
        window = env.get(WINDOW) if definition.windowed else None  # most figures read no judgement
        reads = self.settings_read(node.name)
        chosen = env.get(SETTINGS) or {}
        cache_key = (node.name, key, id(window), tuple(chosen.get(n) for n in reads))
        if cache_key not in self._figures:
            inner_env = {"party": key} if key is not None else {}
            if window is not None:
                inner_env[WINDOW] = window
            if reads:
                inner_env[SETTINGS] = chosen
            inner = self.evaluate(definition.node, inner_env)
            shown = node.name + (f"[{key}]" if key is not None else "")
            label = f"{shown} ({definition.citation})"

            def working(label=label, inner=inner) -> str:
                if inner.value is UNKNOWN:
                    bound = f"at least {format_value(inner.lower)}" if inner.lower is not None else "unknown"
                    text = f"{label} = {bound}"
                else:
                    text = f"{label} = {format_value(inner.value)}"
                reading = reading_words(inner)  # a figure chosen by a setting says under which reading
                return f"{text}, {reading}" if reading else text

            self._figures[cache_key] = Step(
                node, inner.value, children=(inner,), working=working, label=shown, lower=inner.lower
            )
        figure = self._figures[cache_key]
        return _with(figure, children=children + figure.children) if children else figure

    def _Switch(self, node: ast.Switch, env):
        """A figure's value chosen by a setting: the case the settings choose (a number chosen selects
        the number case); left unresolved, every case, and their value when they all agree."""
        chosen = (env.get(SETTINGS) or {}).get(node.setting, node.default)
        if chosen == UNRESOLVED:
            steps = tuple(_with(self.evaluate(n, env), label=case) for case, n in node.cases)
            value, lower = agreed([s.value for s in steps], [s.lower for s in steps])
            reads = (Read(f"settings.{node.setting}", UNKNOWN, note=UNRESOLVED),) if value is UNKNOWN else ()
            return Step(node, value, reads=reads, children=steps, lower=lower, label=UNRESOLVED)
        case = node.number_case if node.number_case is not None and is_number_choice(chosen) else chosen
        inner = self.evaluate(dict(node.cases)[case], env)
        return Step(node, inner.value, children=(inner,), lower=inner.lower, label=case)

    def settings_read(self, name: str) -> tuple[str, ...]:
        """The settings a named figure reads (cached: the policy does not change)."""
        if name not in self._reads:
            from engine.expression.periods import settings_read  # periods uses this module

            self._reads[name] = settings_read(self.definitions[name].node, self.definitions, self.calendars)
        return self._reads[name]

    def _ordered_list(self, node: ast.Call, arg: Step) -> Step:
        """earliest(list), latest(list), product(list): as their generator forms, on a list's items."""
        items = list(arg.value)
        if any(v is UNKNOWN for v in items):
            return Step(node, UNKNOWN, children=(arg,))
        value = ordered_value(node.func, items, [], node.text)
        labels = [r.name for r in arg.reads] if len(arg.reads) == len(items) else [""] * len(items)

        def working(value=value) -> str:
            shown = ", ".join(
                f"{format_value(v)} ({n})" if n else format_value(v) for v, n in zip(items, labels, strict=True)
            )
            if value is UNKNOWN:
                return f"{node.text}: {NONE_WORDING}"
            return f"{node.text} = {node.func} of {shown or 'nothing'} = {format_value(value)}"

        return Step(node, value, children=(arg,), working=working)

    def _Aggregate(self, node: ast.Aggregate, env):
        coll, scoped = self._scope(node, env)
        if scoped is None:
            return coll
        if node.func in ORDERED:
            return self._ordered(node, env, coll, scoped)
        steps: list[Step] = [coll]
        values: list[Any] = []
        for label, inner, unknown_scope in scoped.items:
            if unknown_scope is not None:  # may or may not count: it adds at least min(0, its own bound)
                est = self.evaluate(node.expr, inner)
                bound = est.value if est.value is not UNKNOWN else est.lower
                floor = min(0, bound) if is_number(bound) else None
                steps.append(_with(unknown_scope, lower=floor))
                values.append(UNKNOWN)
                continue
            step = self.evaluate(node.expr, inner)
            working = (
                (lambda step=step, label=label: f"{label}: {working_of(step).replace(node.var + '.', '')}")
                if step.working
                else None
            )
            steps.append(_with(step, label=label, working=working))
            values.append(step.value)
        if any(v is UNKNOWN for v in values):
            lower = None
            bounds = [s.value if s.value is not UNKNOWN else s.lower for s in steps[1:]]
            if node.func == "sum" and all(b is not None for b in bounds):
                lower = add_up(bounds, node.text)

                def at_least(steps=steps, lower=lower) -> str:
                    parts = [
                        f"{format_value(s.value)} ({s.label})"
                        if s.value is not UNKNOWN
                        else f"at least {format_value(s.lower)} ({s.label or '?'})"
                        for s in steps[1:]
                    ]
                    return f"{node.text} is at least {' + '.join(parts)} = {format_value(lower)}"

                return Step(node, UNKNOWN, children=tuple(steps), lower=lower, working=at_least)
            return Step(node, UNKNOWN, children=tuple(steps))
        total = len(values) if node.func == "count" else add_up(values, node.text)
        if node.func == "sum" and not values and self._sums_money(node):
            total = Decimal("0.00")  # nothing to add up, in dollars

        def working(steps=steps, total=total, left_out=scoped.left_out) -> str:
            shown = [f"{format_value(s.value)} ({s.label})" for s in steps[1:]]
            text = f"{node.text} = {' + '.join(shown) or 'nothing'} = {format_value(total)}"
            if left_out:
                shown = [f"{label} ({describe_reads(w)})" for label, w in left_out[:LEFT_OUT_SHOWN]]
                more = len(left_out) - LEFT_OUT_SHOWN
                text += "; left out: " + ", ".join(shown) + (f" and {more} more" if more > 0 else "")
            return text

        return Step(node, total, children=tuple(steps), working=working)

    def _ordered(self, node: ast.Aggregate, env, coll: Step, scoped: _Scoped) -> Step:
        """earliest(...), latest(...) and product(...) of a generator, with their working (values as
        ordered_value computes them; an item whose scope is unknown counts only where it could change
        the result; earliest() and latest() of nothing are unknown, never a made-up date, unless they
        start from a first value: latest(first, … for x in list), which counts like any item)."""
        counted: list[Step] = []
        if node.start is not None:
            counted.append(_with(self.evaluate(node.start, env), label="first"))
        undecided: list[Step] = []  # for each item that may or may not count: its scope, then its value
        maybe: list[Any] = []
        for label, inner, unknown_scope in scoped.items:
            step = _with(self.evaluate(node.expr, inner), label=label)
            if unknown_scope is not None:
                undecided += [_with(unknown_scope, label=label), step]
                maybe.append(step.value)
            else:
                counted.append(step)
        values = [s.value for s in counted]
        children = (coll, *counted, *undecided)
        if any(v is UNKNOWN for v in values):
            return Step(node, UNKNOWN, children=children)
        value = ordered_value(node.func, values, maybe, node.text)
        if value is UNKNOWN and (values or maybe):
            return Step(node, UNKNOWN, children=children)

        def working(value=value, left_out=scoped.left_out) -> str:
            shown = ", ".join(f"{format_value(s.value)} ({s.label})" for s in counted)
            if value is UNKNOWN:
                text = f"{node.text}: {NONE_WORDING}"
            else:
                text = f"{node.text} = {node.func} of {shown or 'nothing'} = {format_value(value)}"
            if undecided:
                labels = ", ".join(str(s.label) for s in undecided[::2])
                text += f"; whether {labels} counts is unknown, and it would not change that"
            if left_out:
                parts = [f"{label} ({describe_reads(w)})" for label, w in left_out[:LEFT_OUT_SHOWN]]
                more = len(left_out) - LEFT_OUT_SHOWN
                text += "; left out: " + ", ".join(parts) + (f" and {more} more" if more > 0 else "")
            return text

        return Step(node, value, children=children, working=working)

    # quantifiers

    def _Quant(self, node: ast.Quant, env):
        coll, scoped = self._scope(node, env)
        if scoped is None:
            return coll
        item_steps: list[Step] = []
        values: list[Any] = []
        for label, inner, unknown_scope in scoped.items:
            if unknown_scope is not None:
                item_steps.append(unknown_scope)
                values.append(UNKNOWN)
                continue
            body = self.evaluate(node.body, inner)
            self._need_bool(node.body, body.value)
            item_steps.append(_with(body, label=label))
            values.append(body.value)
        value = kleene_and(values) if node.kind == "every" else kleene_or(values)
        return Step(node, value, children=(coll, *item_steps))

    def _scope(self, node: ast.Quant | ast.Aggregate, env) -> tuple[Step, _Scoped | None]:
        """The items of `x in list where cond`: each with its label and environment, or, when
        whether it is in scope is unknown, the step saying so. None when the list itself is unknown."""
        coll = self.evaluate(node.collection, env)
        if coll.value is UNKNOWN:
            return Step(node, UNKNOWN, children=(coll,)), None
        if not isinstance(coll.value, tuple):
            raise EvaluationProblem(f"{node.collection.text!r} is not a list")
        scoped = _Scoped()
        keep = self._candidates(node, env, coll.value) if isinstance(node, ast.Quant) else None
        for i, item in enumerate(coll.value):
            if keep is not None and i not in keep:
                continue  # its field is not the value sought: `where` is false (no left-out list for a quantifier)
            inner = {**env, node.var: item}
            label = str(item.get("__key__") if isinstance(item, dict) else format_value(item))
            if node.where is not None:
                w = self.evaluate(node.where, inner)
                self._need_bool(node.where, w.value)
                if w.value is False:
                    scoped.left_out.append((label, w))
                    continue
                if w.value is UNKNOWN:
                    scoped.items.append((label, inner, Step(node.where, UNKNOWN, children=(w,), label=label)))
                    continue
            scoped.items.append((label, inner, None))
        return coll, scoped

    def _candidates(self, node: ast.Quant, env, items: tuple) -> frozenset[int] | None:
        """The positions a quantifier's `where` may keep, through an index of the records by the field
        its first equality tests (as the compiled conditions do); None: test every record."""
        found = indexable_equality(node, self.catalog)
        if found is None:
            return None
        target = self.evaluate(found[1], env).value
        if type(target) not in INDEXED:
            return None
        key = (id(node), id(env.get(WINDOW)))  # a quantifier's list is always the same fact
        if key not in self._indexes:
            field = found[0]
            self._indexes[key] = index_by([self.evaluate(field, {**env, node.var: item}).value for item in items])
        index = self._indexes[key]
        if index is None or type(target) is not index[2]:
            return None
        return frozenset(index[0].get(target, []) + index[1])


@attrs.define
class _Scoped:
    items: list[tuple[str, dict[str, Any], Step | None]] = attrs.field(factory=list)
    left_out: list[tuple[str, Step]] = attrs.field(factory=list)  # (label, the where-step that left it out)


def _with(step: Step, **changes: Any) -> Step:
    """A copy of a step with some fields changed (attrs.evolve, without its introspection: hot path)."""
    return Step(
        changes.get("node", step.node),
        changes.get("value", step.value),
        changes.get("reads", step.reads),
        changes.get("children", step.children),
        changes.get("working", step.working),
        changes.get("label", step.label),
        changes.get("lower", step.lower),
    )


def agreed(values: list[Any], lowers: list[Any]) -> tuple[Any, Any]:
    """The value every reading gives (the same value of the same kind), else UNKNOWN with the least
    of their known lower bounds, when every reading has one: what a figure chosen by a setting left
    unresolved is worth wherever it is not decided reading by reading."""
    first = values[0]
    if first is not UNKNOWN and all(v is not UNKNOWN and type(v) is type(first) and v == first for v in values):
        return first, None
    bounds = [v if v is not UNKNOWN else lo for v, lo in zip(values, lowers, strict=True)]
    return UNKNOWN, (min(bounds) if all(is_number(b) for b in bounds) else None)


def reading_words(step: Step) -> str:
    """Under which reading a figure chosen by a setting was taken ("under qpo_stock_dividend =
    adjusts, qpo_gross_proceeds = company_only"), or what each reading left open gives; empty for a
    figure no setting chooses."""
    node = step.node
    if not isinstance(node, ast.Switch):
        return ""
    if step.label != UNRESOLVED:
        inner = reading_words(step.children[0]).removeprefix("under ")
        return f"under {node.setting} = {step.label}" + (f", {inner}" if inner else "")
    if step.value is not UNKNOWN:
        return f"the same under every reading of {node.setting} (unresolved)"
    shown = "; ".join(
        f"{'unknown' if c.value is UNKNOWN else format_value(c.value)} under {c.label}" for c in step.children
    )
    return f"unknown: {node.setting} is unresolved, and its readings differ: {shown}"


def notice_fields(catalog: FactCatalog, record: dict, node: ast.Node) -> list[str]:
    """The §7.6 fields a notice record's fact declares: method and sent_on at least."""
    from engine.expression.periods import NOTICE_FIELDS, NOTICE_REQUIRED

    spec = catalog.specs.get(record.get("__fact__", ""))
    declared = [f for f in NOTICE_FIELDS if spec is not None and f in spec.fields]
    if not all(f in declared for f in NOTICE_REQUIRED):
        raise EvaluationProblem(f"{node.text}: a notice record has the fields method and sent_on")
    return declared


INDEXED = (str, dt.date)  # field values a where-index may hold: text, or dates (never a datetime)


def indexable_equality(node: ast.Quant | ast.Aggregate, catalog: FactCatalog) -> tuple[ast.Node, ast.Node] | None:
    """For `x in records where x.field == v ...` (v not about x; alone or the first term of an `and`):
    (x.field, v). For every record whose field is not v the whole `where` is false, so an index of the
    records by that field finds the rest. None when the condition is of another shape."""
    cond, coll = node.where, node.collection
    if isinstance(cond, ast.And):
        cond = cond.operands[0]
    if not (isinstance(cond, ast.Compare) and cond.op == "==" and isinstance(coll, ast.FactRef)):
        return None
    if coll.key is not None or coll.project is not None or not catalog.specs[coll.fact].is_records:
        return None
    pairs = [(cond.left, cond.right), (cond.right, cond.left)]
    found = [(f, o) for f, o in pairs if isinstance(f, ast.VarField) and f.var == node.var]
    if not found or any(
        isinstance(n, (ast.Var, ast.VarField)) and getattr(n, "var", getattr(n, "name", None)) == node.var
        for n in ast.walk(found[0][1])
    ):
        return None
    return found[0]


def index_by(values: list[Any]) -> tuple[dict[Any, list[int]], list[int], type] | None:
    """Positions of the items by their field values (UNKNOWN apart), all text or all dates; None for
    other or mixed kinds, where a scan decides as it always has (it reports text compared with a date)."""
    by_value: dict[Any, list[int]] = {}
    unknown: list[int] = []
    kind: type | None = None
    for i, value in enumerate(values):
        if value is UNKNOWN:
            unknown.append(i)
            continue
        found = next((t for t in INDEXED if type(value) is t), None)
        if found is None or (kind is not None and found is not kind):
            return None
        kind = found
        by_value.setdefault(value, []).append(i)
    return by_value, unknown, kind or str


def sums_money(catalog: FactCatalog, node: ast.Aggregate) -> bool:
    """Whether sum(...) adds up amounts of money: an empty sum of money is $0.00, not the number 0."""
    coll = node.collection
    if not isinstance(coll, ast.FactRef) or not catalog.specs[coll.fact].is_records:
        return False
    fields = catalog.specs[coll.fact].fields
    return any(
        isinstance(n, ast.VarField) and n.var == node.var and fields.get(n.field) and fields[n.field].type == "money"
        for n in ast.walk(node.expr)
    )


def _arith_lower(node: ast.Arith, steps: list[Step]) -> Any:
    return arith_lower(node, [s.value if s.value is not UNKNOWN else s.lower for s in steps])


def arith_lower(node: ast.Arith, bounds: list[Any]) -> Any:
    """A lower bound for a + b (+ ...) or a * b when some operand is unknown but bounded below by >= 0
    (`bounds`: each operand's value, or its lower bound when unknown)."""
    ops = [op for op, _ in node.rest]
    if any(b is None or not is_number(b) for b in bounds) or any(op in ("-", "/") for op in ops):
        return None
    if any(b < 0 for b in bounds):
        return None
    value = bounds[0]
    for op, b in zip(ops, bounds[1:], strict=True):
        value = arith(op, value, b, node.text)
    return value


def bound_decides(op: str, lv: Any, llow: Any, rv: Any, rlow: Any) -> tuple[Any, Any, bool] | None:
    """`x >= T` is true when x is unknown but already at least T (and `T <= x` likewise): the bound,
    the threshold and whether the bounded side is the left, when that decides it; else None."""
    if lv is UNKNOWN and rv is not UNKNOWN and llow is not None and is_number(rv):
        holds = (op == ">=" and llow >= rv) or (op == ">" and llow > rv)
        return (llow, rv, True) if holds else None
    if rv is UNKNOWN and lv is not UNKNOWN and rlow is not None and is_number(lv):
        holds = (op == "<=" and lv <= rlow) or (op == "<" and lv < rlow)
        return (rlow, lv, False) if holds else None
    return None


def _decided_by_bound(op: str, left: Step, right: Step) -> tuple[bool, str] | None:
    """`x >= T` is true when x is unknown but already at least T (and `T <= x` likewise)."""
    decided = bound_decides(op, left.value, left.lower, right.value, right.lower)
    if decided is None:
        return None
    bound, threshold, on_left = decided
    side = left if on_left else right
    return True, (
        f"{side.node.text} is at least {format_value(bound)}, which already reaches {format_value(threshold)};"
        " the result does not depend on the unknown amounts"
    )


# earliest(...), latest(...) and product(...): the aggregates that pick or multiply (sum and count add).
ORDERED = ("earliest", "latest", "product")
NONE_WORDING = "none: there is nothing to take it from, so it has no value (unknown; no date is made up)"


def ordered_value(func: str, values: list[Any], maybe: list[Any], where: str) -> Any:
    """earliest / latest / product of the values that certainly count (`values`, all known), given
    those whose scope is unknown (`maybe`: each counts or not).

    earliest() is the least, latest() the greatest, of dates or of numbers (never both, never text),
    exactly. An item that may or may not count leaves the result unknown unless it is known and could
    not change it (not earlier than the earliest, not later than the latest). earliest() and latest()
    of nothing are UNKNOWN: the language has no "none" value, and a made-up date would be a fact
    nobody stated; a condition that must tell "none" from "unknown" guards with count(...) > 0 (false
    when there is none, and `false and unknown` is false). product() multiplies exact numbers (a
    split's ratios); the product of nothing is 1 (nothing to adjust by), and an item that may or may
    not count leaves it unknown."""
    if func == "product":
        if maybe:
            return UNKNOWN
        total: Any = 1
        for v in values:
            total = arith("*", total, v, where)
        if isinstance(total, Fraction) and total.denominator == 1:
            return total.numerator  # a whole ratio stays a whole number: $0.70 * 2 is $1.40, not 7/5
        return total
    best = None
    for v in values:
        if not (is_number(v) or isinstance(v, dt.date)):
            raise EvaluationProblem(f"{where}: {func}() takes dates or numbers, not {format_value(v)}")
        if best is None or _before(func, v, best, where):
            best = v
    if best is None:
        return UNKNOWN
    for v in maybe:
        if v is UNKNOWN or _before(func, v, best, where):
            return UNKNOWN
    return best


def _before(func: str, candidate: Any, best: Any, where: str) -> bool:
    """Whether `candidate` comes first: earlier (or less) for earliest(), later (or more) for latest()."""
    try:
        a, b = comparable(candidate, best, "<")
    except EvaluationProblem:
        raise EvaluationProblem(
            f"{where}: {func}() cannot order {format_value(candidate)} with {format_value(best)}"
        ) from None
    return a < b if func == "earliest" else a > b


def extreme(node: ast.Call, values: list[Any], lowers: list[Any]) -> tuple[Any, Any, bool]:
    """min/max of operand values (each with its lower bound when unknown): (value, lower bound,
    whether a bound decided it: min(0, x) with x never below zero is 0, whatever x is). Two numbers,
    or two dates (the earlier or the later)."""
    pick = min if node.func == "min" else max
    if any(v is UNKNOWN for v in values):
        bounds = [v if v is not UNKNOWN else lo for v, lo in zip(values, lowers, strict=True)]
        known = [v for v in values if v is not UNKNOWN and is_number(v)]
        if node.func == "min" and known and all(b is not None and b >= min(known) for b in bounds):
            return min(known), None, True
        lower = None
        if node.func == "min" and all(b is not None for b in bounds):
            lower = pick(bounds)
        elif node.func == "max":
            present = [b for b in bounds if b is not None]
            lower = pick(present) if present else None
        return UNKNOWN, lower, False
    if all(isinstance(v, dt.date) for v in values):
        return pick(values), None, False  # the earlier or later of two dates
    for v, arg in zip(values, node.args, strict=True):
        if not is_number(v):
            raise EvaluationProblem(f"{node.text}: {arg.text!r} is not a number (nor are both dates)")
    return pick(values), None, False


def record_keys(spec: Any, groups: dict[str, tuple[str, ...]], facts: FactBase) -> list[str] | None:
    """The records to go through: one per party of `one_per` (absent ones unknown), else those written.
    With `many`, each party's records in the order written, or the party alone when it has none."""
    if spec.one_per and not spec.many:
        return list(groups[spec.one_per])
    written = facts.record_keys(spec.name)
    return keys_per_member(groups[spec.one_per], written) if spec.one_per else written


def keys_per_member(members: tuple[str, ...], written: list[str] | None) -> list[str]:
    """Each member's records (`MEMBER#n`) in the order written, or the member alone when it has none:
    grouped in one pass, so a deal with many parties and many records costs no more per record."""
    own: dict[str, list[str]] = {}
    for k in written or []:
        own.setdefault(k.rsplit("#", 1)[0], []).append(k)
    keys: list[str] = []
    for member in members:
        keys += own.get(member) or [member]
    return keys


def rounded(func: str, value: Any) -> Any:
    """to_cents(x): an amount payable in cents, half a cent up; ceil(x): the next whole number;
    floor(x): the whole number at or below x (the whole Shares an amount buys)."""
    exact = Fraction(value)
    if func == "ceil":
        return -((-exact.numerator) // exact.denominator)
    if func == "floor":
        return exact.numerator // exact.denominator
    return Decimal((exact * 100 + Fraction(1, 2)).__floor__()) / 100


def add_up(values: list[Any], where: str) -> Any:
    total: Any = 0
    for v in values:
        total = arith("+", total, v, where)
    return total


def arith(op: str, a: Any, b: Any, where: str) -> Any:
    """Exact arithmetic: integers and Decimals stay exact, division gives a Fraction."""
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        if op in "+-" and isinstance(a, dt.date) and isinstance(b, int) and not isinstance(b, bool):
            try:
                return a + dt.timedelta(days=b) if op == "+" else a - dt.timedelta(days=b)
            except OverflowError:
                raise EvaluationProblem(
                    f"{where!r}: {format_value(a)} {op} {b} days is past the calendar (years 1 to 9999)"
                ) from None
        if op == "-" and isinstance(a, dt.date) and isinstance(b, dt.date):
            return (a - b).days
        raise EvaluationProblem(f"{where!r}: cannot compute {format_value(a)} {op} {format_value(b)}")
    if not (is_number(a) and is_number(b)):
        raise EvaluationProblem(f"{where!r}: cannot compute {format_value(a)} {op} {format_value(b)}")
    if op == "/":
        if b == 0:
            raise EvaluationProblem(f"{where!r}: division by zero")
        return Fraction(a) / Fraction(b)
    if isinstance(a, Fraction) or isinstance(b, Fraction):
        fa, fb = Fraction(a), Fraction(b)
        exact = {"+": fa + fb, "-": fa - fb, "*": fa * fb}[op]
        if isinstance(a, Decimal) or isinstance(b, Decimal):
            return as_decimal(exact)  # an amount times a percentage is an amount: 83.333% of $3,000,000.00
        return exact
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        da, db = Decimal(a), Decimal(b)
        fn = {"+": _EXACT.add, "-": _EXACT.subtract, "*": _EXACT.multiply}[op]
        return fn(da, db)
    return {"+": a + b, "-": a - b, "*": a * b}[op]


def as_decimal(value: Fraction) -> Any:
    """A Fraction with a finite decimal expansion as the exact Decimal (so an amount stays an amount,
    shown in dollars), else the Fraction itself: never rounded."""
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return value
    places = max(twos, fives)
    return _EXACT.divide(Decimal(value.numerator * 10**places // value.denominator), Decimal(10) ** places)


def as_of_value(facts: FactBase) -> Any:
    """The as-of date of an evaluation; unknown when there is none (date.max stands for none)."""
    return UNKNOWN if facts.as_of == dt.date.max else facts.as_of


def working_of(step: Step) -> str | None:
    """A step's working, built now if it was deferred."""
    w = step.working
    return w() if callable(w) else w


def missing_facts(step: Step) -> list[str]:
    """The unknown facts that would decide an unknown step (only those that matter)."""
    if step.value is not UNKNOWN:
        return []
    return list(dict.fromkeys(_missing(step)))


def _missing(step: Step) -> list[str]:
    found: list[str] = [r.name for r in step.reads if r.value is UNKNOWN]
    for child in step.children:
        value = child.value
        if value is UNKNOWN or (isinstance(value, tuple) and any(v is UNKNOWN for v in value)):
            found += _missing(child)
    return found


def describe_reads(step: Step) -> str:
    """The facts a step read, as `name = value; …`."""
    return "; ".join(f"{r.name} = {format_value(r.value)}" for r in all_reads(step))


def all_reads(step: Step) -> list[Read]:
    """Every fact read anywhere under a step, first reading first."""
    out: dict[str, Read] = {}
    stack = [step]
    while stack:
        s = stack.pop(0)
        for r in s.reads:
            out.setdefault(r.name, r)
        stack.extend(s.children)
    return list(out.values())
