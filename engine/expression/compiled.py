"""Conditions compiled once into plain Python callables: values only, no trace.

`evaluate.Evaluator` is the reference semantics, and it builds the trace an explanation needs. This
module computes the same values, and the same known lower bounds, with closures built once per
condition and none of the trace: it is what a check runs on every row, and the reference evaluator
runs only when a row's explanation is asked for. Both share the value-level helpers of evaluate.py
(comparison, arithmetic, bounds, rounding), and tests/test_compiled.py proves they agree on every
atom of every row of every example, scenario and generated deal state.

A compiled node is `fn(ctx, env) -> (value, lower)`: `lower` is a known lower bound when the value
is unknown (amounts and counts are never negative), else None.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from engine.expression import ast
from engine.expression.evaluate import (
    _COMPARE,
    _ZERO,
    INDEXED,
    ORDERED,
    SETTINGS,
    WINDOW,
    EvaluationProblem,
    add_up,
    agreed,
    arith,
    arith_lower,
    as_of_value,
    bound_decides,
    comparable,
    extreme,
    index_by,
    indexable_equality,
    is_number,
    kleene_and,
    kleene_or,
    notice_fields,
    ordered_value,
    record_keys,
    rounded,
    sums_money,
)
from engine.expression.periods import (
    NOTICE_FIELDS,
    NOTICE_REQUIRED,
    PERIOD_FUNCTIONS,
    agreed_date,
    notice_date,
    notice_timings,
    period_deadlines,
    period_ends,
    settings_read,
)
from engine.factbase import UNKNOWN, FactBase
from engine.facts import FactCatalog
from engine.settings import UNRESOLVED, is_number_choice
from engine.values import format_value

Fn = Callable[["Context", dict], tuple[Any, Any]]
_UNKNOWN = (UNKNOWN, None)


class Context:
    """One evaluation's facts, as compiled conditions read them: values only, memoised per evaluation."""

    __slots__ = (
        "facts",
        "groups",
        "catalog",
        "status_value",
        "figures",
        "_fields",
        "_keys",
        "_items",
        "_lists",
        "indexes",
    )

    def __init__(
        self,
        facts: FactBase,
        catalog: FactCatalog,
        groups: dict[str, tuple[str, ...]],
        status_value: Callable[[str, str | None], Any],
    ) -> None:
        self.facts = facts
        self.catalog = catalog
        self.groups = groups
        self.status_value = status_value  # (rule id, party) -> True | False | UNKNOWN
        self.figures: dict[tuple, tuple[Any, Any]] = {}
        self._fields: dict[tuple, Any] = {}
        self._keys: dict[str, list[str] | None] = {}
        self._items: dict[tuple[str, str], dict] = {}
        self._lists: dict[str, tuple | None] = {}
        self.indexes: dict[tuple[int, int], Any] = {}  # (scope node, window) -> its where-index

    def plain(self, name: str, window: Any) -> Any:
        f = self.facts
        if name in f.plain:
            return f.plain[name] if f.stands(f.provenance.get((name, None)), (name, None), window) else UNKNOWN
        if name in f.defaults:
            return f.defaults[name][0]
        return UNKNOWN

    def per_party(self, name: str, party: str, window: Any) -> Any:
        f = self.facts
        values = f.per_party.get(name)
        if values is None or party not in values:
            return UNKNOWN
        return values[party] if f.stands(f.provenance.get((name, party)), (name, party), window) else UNKNOWN

    def record(self, name: str, key: str) -> Any:
        f = self.facts
        recs = f.records.get(name)
        if recs is None or key not in recs or not f._record_visible(name, key):
            return UNKNOWN
        return recs[key]

    def field(self, name: str, key: str, field: str, window: Any) -> Any:
        memo = (name, key, field, id(window))
        if memo in self._fields:
            return self._fields[memo]
        record = self.record(name, key)
        value = UNKNOWN
        if record is not UNKNOWN:
            value = record.get(field, UNKNOWN)
            f = self.facts
            qualified = (f"{name}.{field}", key)
            if not f.stands(f.provenance.get(qualified), qualified, window):
                value = UNKNOWN
        self._fields[memo] = value
        return value

    def record_keys(self, spec: Any) -> list[str] | None:
        """The records to go through (evaluate.record_keys), once per evaluation."""
        if spec.name not in self._keys:
            self._keys[spec.name] = record_keys(spec, self.groups, self.facts)
        return self._keys[spec.name]

    def records(self, spec: Any) -> tuple | None:
        """The records of a fact as loop variables see them, one tuple per evaluation (None: absent)."""
        if spec.name not in self._lists:
            keys = self.record_keys(spec)
            self._lists[spec.name] = None if keys is None else tuple(self.item(spec.name, k) for k in keys)
        return self._lists[spec.name]

    def item(self, fact: str, key: str) -> dict:
        """As Evaluator._record_item: the record as a loop variable sees it."""
        memo = (fact, key)
        if memo in self._items:
            return self._items[memo]
        spec = self.catalog.specs[fact]
        value = self.record(fact, key)
        if value is UNKNOWN:
            item = {"__key__": key, "__keyfield__": spec.key, "__absent__": "", "__fact__": fact}
        else:
            item = {**value, "__key__": key, "__fact__": fact}
        self._items[memo] = item
        return item


def need_bool(node: ast.Node, value: Any) -> None:
    if value is not UNKNOWN and not isinstance(value, bool):
        raise EvaluationProblem(f"{node.text!r} is {format_value(value)}, not true or false")


_TRUTH_VALUED = (ast.Compare, ast.And, ast.Or, ast.Not, ast.In, ast.Quant)


def truth_valued(node: ast.Node) -> bool:
    """Whether a node can only be true, false or unknown (so need_bool has nothing to check)."""
    return isinstance(node, _TRUTH_VALUED) or (isinstance(node, ast.Call) and node.func == "satisfied")


def _mentions(node: ast.Node, var: str) -> bool:
    return any(
        isinstance(n, (ast.Var, ast.VarField)) and getattr(n, "var", getattr(n, "name", None)) == var
        for n in ast.walk(node)
    )


def _index(ctx: Context, env: dict, items: tuple, var: str, field_fn: Fn) -> tuple[dict, list, type] | None:
    """The items indexed by their value of the field (evaluate.index_by)."""
    return index_by([field_fn(ctx, {**env, var: item})[0] for item in items])


class Compiler:
    """Builds the callables of one policy's conditions (catalog, groups and named figures)."""

    def __init__(
        self,
        catalog: FactCatalog,
        groups: dict[str, tuple[str, ...]],
        definitions: dict[str, Any],
        calendars: Any = None,
    ):
        self.catalog = catalog
        self.groups = groups
        self.definitions = definitions
        self.calendars = calendars  # the deal's calendar, for deadlines (engine/expression/periods.py)
        self._figures: dict[str, Fn] = {}

    def compile(self, node: ast.Node) -> Fn:
        method = getattr(self, "_" + type(node).__name__, None)
        if method is None:
            raise EvaluationProblem(f"{node.text!r}: cannot compile a {type(node).__name__}")
        return method(node)

    # leaves

    def _Literal(self, node: ast.Literal) -> Fn:
        out = (node.value, None)
        return lambda ctx, env: out

    def _PartyLit(self, node: ast.PartyLit) -> Fn:
        out = (node.party, None)
        return lambda ctx, env: out

    def _Group(self, node: ast.Group) -> Fn:
        out = (self.groups[node.name], None)
        return lambda ctx, env: out

    def _Var(self, node: ast.Var) -> Fn:
        name = node.name
        return lambda ctx, env: (env[name], None)

    def _VarField(self, node: ast.VarField) -> Fn:
        var, field, catalog = node.var, node.field, self.catalog

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            record = env[var]
            if not isinstance(record, dict):
                raise EvaluationProblem(f"{node.text}: {var} is not a record")
            if "__absent__" in record:
                if field == record.get("__keyfield__"):
                    return record["__key__"], None
                value = UNKNOWN
            elif "__fact__" in record:
                value = ctx.field(record["__fact__"], record["__key__"], field, env.get(WINDOW))
            else:
                value = record.get(field, UNKNOWN)
            if value is not UNKNOWN:
                return value, None
            fact = record.get("__fact__")
            spec = catalog.specs[fact].fields.get(field) if fact else None
            return UNKNOWN, _ZERO.get(spec.type if spec is not None else None)

        return fn

    def _FactRef(self, node: ast.FactRef) -> Fn:
        spec = self.catalog.specs[node.fact]
        name = node.fact
        if node.project is not None:
            project = node.project

            def projected(ctx: Context, env: dict) -> tuple[Any, Any]:
                keys = ctx.record_keys(spec)
                if keys is None:
                    return _UNKNOWN
                window = env.get(WINDOW)
                return tuple(ctx.field(name, k, project, window) for k in keys), None

            return projected
        kind = spec.fields[node.field].type if node.field else spec.type
        unknown = (UNKNOWN, _ZERO.get(kind))
        if node.key is not None:
            key_fn = self.compile(node.key)
            field = node.field

            def keyed(ctx: Context, env: dict) -> tuple[Any, Any]:
                key = key_fn(ctx, env)[0]
                if key is UNKNOWN:
                    return unknown
                if not isinstance(key, str):
                    raise EvaluationProblem(f"{node.text}: the index must be a party or a text")
                if spec.per:
                    value = ctx.per_party(name, key, env.get(WINDOW))
                elif field is not None:
                    value = ctx.field(name, key, field, env.get(WINDOW))
                else:
                    value = ctx.record(name, key)
                    if value is not UNKNOWN:
                        value = {**value, "__key__": key, "__fact__": name}
                return (value, None) if value is not UNKNOWN else unknown

            return keyed
        if spec.is_records:

            def records(ctx: Context, env: dict) -> tuple[Any, Any]:
                found = ctx.records(spec)
                return unknown if found is None else (found, None)

            return records

        def plain(ctx: Context, env: dict) -> tuple[Any, Any]:
            value = ctx.plain(name, env.get(WINDOW))
            return (value, None) if value is not UNKNOWN else unknown

        return plain

    def _ListLit(self, node: ast.ListLit) -> Fn:
        items = [self.compile(i) for i in node.items]
        return lambda ctx, env: (tuple(f(ctx, env)[0] for f in items), None)

    def _AsOf(self, node: ast.AsOf) -> Fn:
        return lambda ctx, env: (as_of_value(ctx.facts), None)

    def _SettingRef(self, node: ast.SettingRef) -> Fn:
        name = node.name

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            chosen = (env.get(SETTINGS) or {}).get(name)
            return (chosen, None) if isinstance(chosen, int) and not isinstance(chosen, bool) else _UNKNOWN

        return fn

    # logic

    def _Not(self, node: ast.Not) -> Fn:
        inner, operand = self.compile(node.operand), node.operand

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            value = inner(ctx, env)[0]
            need_bool(operand, value)
            return (UNKNOWN if value is UNKNOWN else not value), None

        return fn

    def _And(self, node: ast.And) -> Fn:
        return self._logic(node, kleene_and)

    def _Or(self, node: ast.Or) -> Fn:
        return self._logic(node, kleene_or)

    def _logic(self, node: ast.And | ast.Or, combine: Callable[[list[Any]], Any]) -> Fn:
        parts = [(self.compile(o), o) for o in node.operands]
        if all(truth_valued(o) for o in node.operands):
            fns = [f for f, _ in parts]
            return lambda ctx, env: (combine([f(ctx, env)[0] for f in fns]), None)

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            values = []
            for f, operand in parts:
                value = f(ctx, env)[0]
                need_bool(operand, value)
                values.append(value)
            return combine(values), None

        return fn

    def _Compare(self, node: ast.Compare) -> Fn:
        left, right, op = self.compile(node.left), self.compile(node.right), node.op
        compare = _COMPARE[op]

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            lv, llow = left(ctx, env)
            rv, rlow = right(ctx, env)
            if lv is UNKNOWN or rv is UNKNOWN:
                return (True, None) if bound_decides(op, lv, llow, rv, rlow) else _UNKNOWN
            a, b = comparable(lv, rv, op)
            return compare(a, b), None

        return fn

    def _In(self, node: ast.In) -> Fn:
        item_fn, coll_fn, negated = self.compile(node.item), self.compile(node.collection), node.negated

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            item = item_fn(ctx, env)[0]
            coll = coll_fn(ctx, env)[0]
            if item is UNKNOWN or coll is UNKNOWN:
                return _UNKNOWN
            if not isinstance(coll, tuple):
                raise EvaluationProblem(f"{node.collection.text!r} is not a list")
            if item in [v for v in coll if v is not UNKNOWN]:
                found: Any = True
            elif any(v is UNKNOWN for v in coll):
                return _UNKNOWN
            else:
                found = False
            return (not found if negated else found), None

        return fn

    # arithmetic

    def _Neg(self, node: ast.Neg) -> Fn:
        inner = self.compile(node.operand)

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            value = inner(ctx, env)[0]
            if value is UNKNOWN:
                return _UNKNOWN
            if not is_number(value):
                raise EvaluationProblem(f"cannot negate {node.operand.text!r}")
            return -value, None

        return fn

    def _Arith(self, node: ast.Arith) -> Fn:
        first = self.compile(node.first)
        rest = [(op, self.compile(o)) for op, o in node.rest]
        text = node.text

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            results = [first(ctx, env)] + [f(ctx, env) for _, f in rest]
            if any(v is UNKNOWN for v, _ in results):
                return UNKNOWN, arith_lower(node, [v if v is not UNKNOWN else lo for v, lo in results])
            value = results[0][0]
            for (op, _), (v, _) in zip(rest, results[1:], strict=True):
                value = arith(op, value, v, text)
            return value, None

        return fn

    # functions

    def _Call(self, node: ast.Call) -> Fn:
        if node.func == "satisfied":
            rule_id = node.args[0].value  # type: ignore[attr-defined]
            return lambda ctx, env: (ctx.status_value(rule_id, env.get("party")), None)
        if node.func in ("min", "max"):
            args = [self.compile(a) for a in node.args]

            def picked(ctx: Context, env: dict) -> tuple[Any, Any]:
                results = [f(ctx, env) for f in args]
                value, lower, _ = extreme(node, [v for v, _ in results], [lo for _, lo in results])
                return value, lower

            return picked
        if node.func in PERIOD_FUNCTIONS:
            args, calendars = [self.compile(a) for a in node.args], self.calendars

            def deadline(ctx: Context, env: dict) -> tuple[Any, Any]:
                values = [f(ctx, env)[0] for f in args]
                if any(v is UNKNOWN for v in values):
                    return _UNKNOWN
                return agreed_date(period_deadlines(node, values, calendars, env.get(SETTINGS))), None

            return deadline
        if node.func == "notice_given":
            arg, calendars, catalog = node.args[0], self.calendars, self.catalog
            if not isinstance(arg, ast.Var):
                raise EvaluationProblem(f"{node.text}: notice_given() takes a notice record, as in notice_given(n)")
            readers = {f: self.compile(ast.VarField(arg.name, f, text=f"{arg.name}.{f}")) for f in NOTICE_FIELDS}

            def notice(ctx: Context, env: dict) -> tuple[Any, Any]:
                record = env.get(arg.name)
                if not isinstance(record, dict):
                    raise EvaluationProblem(f"{node.text}: notice_given() takes a notice record, as in notice_given(n)")
                values = {f: readers[f](ctx, env)[0] for f in notice_fields(catalog, record, node)}
                if any(values[f] is UNKNOWN for f in NOTICE_REQUIRED):
                    return _UNKNOWN
                return notice_date(notice_timings(node, values, calendars, env.get(SETTINGS))), None

            return notice
        if node.func == "period_ends":
            args, calendars = [self.compile(a) for a in node.args], self.calendars

            def ends(ctx: Context, env: dict) -> tuple[Any, Any]:
                values = [f(ctx, env)[0] for f in args]
                if any(v is UNKNOWN for v in values):
                    return _UNKNOWN
                return period_ends(node, values, calendars), None

            return ends
        arg = self.compile(node.args[0])
        func = node.func
        if func in ("to_cents", "ceil", "floor"):

            def rounding(ctx: Context, env: dict) -> tuple[Any, Any]:
                value = arg(ctx, env)[0]
                if value is UNKNOWN:
                    return _UNKNOWN
                if not is_number(value):
                    raise EvaluationProblem(f"{node.text}: {node.args[0].text!r} is not a number")
                return rounded(func, value), None

            return rounding

        def aggregate(ctx: Context, env: dict) -> tuple[Any, Any]:
            items = arg(ctx, env)[0]
            if items is UNKNOWN:
                return _UNKNOWN
            if not isinstance(items, tuple):
                raise EvaluationProblem(f"{func}() needs a list, and {node.args[0].text!r} is not one")
            if func == "count":
                return len(items), None
            if any(v is UNKNOWN for v in items):
                return _UNKNOWN
            if func in ORDERED:
                return ordered_value(func, list(items), [], node.text), None
            return add_up(list(items), node.text), None

        return aggregate

    def _If(self, node: ast.If) -> Fn:
        cond, then, other = self.compile(node.cond), self.compile(node.then), self.compile(node.other)

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            c = cond(ctx, env)[0]
            need_bool(node.cond, c)
            if c is UNKNOWN:
                bounds = [v if v is not UNKNOWN else lo for v, lo in (then(ctx, env), other(ctx, env))]
                return UNKNOWN, (min(bounds) if all(is_number(b) for b in bounds) else None)
            return (then if c else other)(ctx, env)

        return fn

    def _DefRef(self, node: ast.DefRef) -> Fn:
        definition = self.definitions[node.name]
        name, windowed = node.name, definition.windowed
        reads = settings_read(definition.node, self.definitions, self.calendars)
        key_fn = self.compile(node.key) if node.key is not None else None
        if name not in self._figures:
            self._figures[name] = self.compile(definition.node)
        figures = self._figures

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            key = None
            if key_fn is not None:
                key = key_fn(ctx, env)[0]
                if key is UNKNOWN:
                    return _UNKNOWN
            window = env.get(WINDOW) if windowed else None
            chosen = env.get(SETTINGS) or {}
            memo = (name, key, id(window), tuple(chosen.get(n) for n in reads)) if reads else (name, key, id(window))
            if memo not in ctx.figures:
                inner: dict[str, Any] = {"party": key} if key is not None else {}
                if window is not None:
                    inner[WINDOW] = window
                if reads:
                    inner[SETTINGS] = chosen
                ctx.figures[memo] = figures[name](ctx, inner)
            return ctx.figures[memo]

        return fn

    def _Switch(self, node: ast.Switch) -> Fn:
        """As Evaluator._Switch: the case the settings choose; left unresolved, what every case agrees on."""
        cases = {case: self.compile(n) for case, n in node.cases}
        setting, default, number_case = node.setting, node.default, node.number_case

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            chosen = (env.get(SETTINGS) or {}).get(setting, default)
            if chosen == UNRESOLVED:
                results = [f(ctx, env) for f in cases.values()]
                return agreed([v for v, _ in results], [lo for _, lo in results])
            if number_case is not None and is_number_choice(chosen):
                chosen = number_case
            return cases[chosen](ctx, env)

        return fn

    def _scope(self, node: ast.Quant | ast.Aggregate) -> Callable[[Context, dict], list | None]:
        """The items of `x in list where cond`, each as (environment, whether its scope is unknown);
        None when the list itself is unknown."""
        coll_fn = self.compile(node.collection)
        where = self.compile(node.where) if node.where is not None else None
        var = node.var
        matching = self._matching(node)

        def scope(ctx: Context, env: dict) -> list | None:
            coll = coll_fn(ctx, env)[0]
            if coll is UNKNOWN:
                return None
            if not isinstance(coll, tuple):
                raise EvaluationProblem(f"{node.collection.text!r} is not a list")
            candidates = matching(ctx, env, coll) if matching is not None else None
            if candidates is None:
                candidates = coll  # every record is tested
            # else only the records the index leaves in play: for the others `where` is false
            items = []
            for item in candidates:
                inner = {**env, var: item}
                if where is not None:
                    w = where(ctx, inner)[0]
                    need_bool(node.where, w)  # type: ignore[arg-type]
                    if w is False:
                        continue
                    if w is UNKNOWN:
                        items.append((inner, True))
                        continue
                items.append((inner, False))
            return items

        return scope

    def _matching(self, node: ast.Quant | ast.Aggregate) -> Callable[[Context, dict, tuple], tuple | None] | None:
        """For `x in records where x.field == v ...` (v not about x; alone or the first term of an
        `and`): the records that may pass, found through an index of the records by that field,
        built once per evaluation, instead of testing every record for every row (with N Investors,
        N * N). For every other record the equality, so the whole `where`, is false. The records
        keep their order; None (test them all) whenever the index cannot say the same."""
        found = indexable_equality(node, self.catalog)
        if found is None:
            return None
        field_fn, other_fn = self.compile(found[0]), self.compile(found[1])
        var, key = node.var, id(node)

        def matching(ctx: Context, env: dict, items: tuple) -> tuple | None:
            target = other_fn(ctx, env)[0]
            if type(target) not in INDEXED:
                return None
            memo = (key, id(env.get(WINDOW)))
            if memo not in ctx.indexes:
                ctx.indexes[memo] = _index(ctx, env, items, var, field_fn)
            index = ctx.indexes[memo]
            if index is None or type(target) is not index[2]:
                return None
            by_value, unknown, _ = index
            return tuple(items[i] for i in sorted(by_value.get(target, []) + unknown))

        return matching

    def _Aggregate(self, node: ast.Aggregate) -> Fn:
        scope, expr, func = self._scope(node), self.compile(node.expr), node.func
        if func in ORDERED:
            return self._ordered(node, scope, expr)
        money = sums_money(self.catalog, node)

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            items = scope(ctx, env)
            if items is None:
                return _UNKNOWN
            values, bounds = [], []
            for inner, unknown_scope in items:
                value, lower = expr(ctx, inner)
                bound = value if value is not UNKNOWN else lower
                if unknown_scope:  # may or may not count: it adds at least min(0, its own bound)
                    values.append(UNKNOWN)
                    bounds.append(min(0, bound) if is_number(bound) else None)
                else:
                    values.append(value)
                    bounds.append(bound)
            if any(v is UNKNOWN for v in values):
                if func == "sum" and all(b is not None for b in bounds):
                    return UNKNOWN, add_up(bounds, node.text)
                return _UNKNOWN
            if func == "count":
                return len(values), None
            if not values and money:
                return Decimal("0.00"), None
            return add_up(values, node.text), None

        return fn

    def _ordered(self, node: ast.Aggregate, scope: Callable, expr: Fn) -> Fn:
        """earliest(...), latest(...) and product(...) of a generator (evaluate.ordered_value), from a
        first value when given (latest(first, … for x in list))."""
        func, text = node.func, node.text
        start = self.compile(node.start) if node.start is not None else None

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            items = scope(ctx, env)
            if items is None:
                return _UNKNOWN
            values, maybe = ([start(ctx, env)[0]] if start is not None else []), []
            for inner, unknown_scope in items:
                (maybe if unknown_scope else values).append(expr(ctx, inner)[0])
            if any(v is UNKNOWN for v in values):
                return _UNKNOWN
            return ordered_value(func, values, maybe, text), None

        return fn

    def _Quant(self, node: ast.Quant) -> Fn:
        scope, body = self._scope(node), self.compile(node.body)
        combine = kleene_and if node.kind == "every" else kleene_or

        def fn(ctx: Context, env: dict) -> tuple[Any, Any]:
            items = scope(ctx, env)
            if items is None:
                return _UNKNOWN
            values = []
            for inner, unknown_scope in items:
                if unknown_scope:
                    values.append(UNKNOWN)
                    continue
                value = body(ctx, inner)[0]
                need_bool(node.body, value)
                values.append(value)
            return combine(values), None

        return fn


__all__ = ["Compiler", "Context", "Fn", "need_bool", "truth_valued"]
