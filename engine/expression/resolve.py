"""Resolve names in a parsed condition against the deal's declarations.

`a.b[k].c` chains become FactRef nodes; quantifier variables, `party`, groups and rule ids are
checked here, so a typo in a policy is reported when the policy loads, not when a deal is checked.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from engine.errors import did_you_mean
from engine.expression import ast
from engine.facts import FactCatalog

FUNCTIONS = {
    "sum": 1,
    "count": 1,
    # the least / greatest date or number, and the product (evaluate.ordered_value: of nothing,
    # earliest() and latest() are unknown and product() is 1)
    "earliest": 1,
    "latest": 1,
    "product": 1,
    "satisfied": 1,
    "min": 2,
    "max": 2,
    "to_cents": 1,
    "ceil": 1,
    "floor": 1,
    # deadlines on the deal's calendar (engine/expression/periods.py)
    "days_after": 2,
    "days_before": 2,
    "fixed_date": 1,
    "months_after": 2,  # months_after(d, n): n calendar months after d (period_month_short_end, period_month_year_roll)
    "years_after": 2,  # years_after(d, n): n years (12 n months) after d: "for one year from the date of"
    "period_ends": 3,  # period_ends("month" | "fiscal_quarter" | "fiscal_year", first, last): their last days
    "notice_given": 1,  # notice_given(n): the date the notice record n took effect under §7.6
}
AGGREGATES = ("sum", "count", "earliest", "latest", "product")  # also written `f(x.a for x in list where …)`
FIRST_VALUE = ("earliest", "latest")  # `latest(first, x.a for x in list where …)`: the first value counts too
# One spelling for one idea: min() and max() take two values; over a list they are earliest() and latest()
ONE_SPELLING = {"max": "latest", "min": "earliest"}


AS_OF = "as_of"  # the date the deal is checked as of: the deal state's as_of, or --as-of; never the clock


class ResolveError(ValueError):
    def __init__(self, message: str, column: int = 1, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column
        self.fix = fix


@attrs.frozen
class Scope:
    facts: FactCatalog
    parties: frozenset[str]
    groups: dict[str, tuple[str, ...]]
    rule_ids: frozenset[str]
    has_party: bool
    variables: frozenset[str] = frozenset()
    definitions: dict[str, str | None] = attrs.field(factory=dict)  # name -> the group it is for each of
    settings: dict[str, tuple[str, str] | None] = attrs.field(factory=dict)  # name -> (number case, unit)
    numbers: frozenset[str] = frozenset()  # settings whose number is chosen here (inside their number case)


def resolve(node: ast.Node, scope: Scope, on_rule_ref: Callable[[str], None] | None = None) -> ast.Node:
    """Return the resolved tree; raise ResolveError naming the first unknown name."""
    return _Resolver(scope, on_rule_ref).go(node, scope.variables)


class _Resolver:
    def __init__(self, scope: Scope, on_rule_ref: Callable[[str], None] | None) -> None:
        self.scope = scope
        self.on_rule_ref = on_rule_ref

    def go(self, node: ast.Node, bound: frozenset[str]) -> ast.Node:
        if isinstance(node, (ast.Name, ast.Attr, ast.Index)):
            return self.chain(node, bound)
        if isinstance(node, ast.PartyLit):
            if node.party not in self.scope.parties:
                raise ResolveError(
                    f'"{node.party}" is not a party of this deal',
                    node.column,
                    did_you_mean(node.party, self.scope.parties) or None,
                )
            return node
        if isinstance(node, ast.Literal):
            return node
        if isinstance(node, ast.ListLit):
            return attrs.evolve(node, items=tuple(self.go(i, bound) for i in node.items))
        if isinstance(node, (ast.Not, ast.Neg)):
            return attrs.evolve(node, operand=self.go(node.operand, bound))
        if isinstance(node, (ast.And, ast.Or)):
            return attrs.evolve(node, operands=tuple(self.go(o, bound) for o in node.operands))
        if isinstance(node, ast.Compare):
            return attrs.evolve(node, left=self.go(node.left, bound), right=self.go(node.right, bound))
        if isinstance(node, ast.Arith):
            return attrs.evolve(
                node,
                first=self.go(node.first, bound),
                rest=tuple((op, self.go(o, bound)) for op, o in node.rest),
            )
        if isinstance(node, ast.In):
            return attrs.evolve(node, item=self.go(node.item, bound), collection=self.go(node.collection, bound))
        if isinstance(node, ast.Call) and node.func == "setting":
            return self.setting(node)
        if isinstance(node, ast.Call):
            return self.call(node, bound)
        if isinstance(node, ast.If):
            return attrs.evolve(
                node,
                cond=self.go(node.cond, bound),
                then=self.go(node.then, bound),
                other=self.go(node.other, bound),
            )
        if isinstance(node, ast.Aggregate):
            if node.func in ONE_SPELLING:
                other = ONE_SPELLING[node.func]
                raise ResolveError(
                    f"{node.func}() takes two values, not a list: the {'greatest' if other == 'latest' else 'least'}"
                    f" of a list is {other}(… for x in list where …), with a first value when it needs one"
                    f" ({other}(first, … for x in list where …))",
                    node.column,
                    f"write {other}( instead of {node.func}(",
                )
            if node.func not in AGGREGATES:
                raise ResolveError(
                    f'"{node.func}( … for … in …)" is not an aggregate; use {", ".join(AGGREGATES)}',
                    node.column,
                )
            if node.func not in FIRST_VALUE and node.start is not None:
                raise ResolveError(f"{node.func}( … for … in …) takes no first value", node.column)
            self._check_var(node)
            inner = bound | {node.var}
            return attrs.evolve(
                node,
                expr=self.go(node.expr, inner),
                collection=self.go(node.collection, bound),
                where=self.go(node.where, inner) if node.where is not None else None,
                start=self.go(node.start, bound) if node.start is not None else None,
            )
        if isinstance(node, ast.Quant):
            self._check_var(node)
            inner = bound | {node.var}
            return attrs.evolve(
                node,
                collection=self.go(node.collection, bound),
                where=self.go(node.where, inner) if node.where is not None else None,
                body=self.go(node.body, inner),
            )
        raise ResolveError(f"cannot use {node.text!r} here", node.column)

    def _check_var(self, node: ast.Quant | ast.Aggregate) -> None:
        if node.var in ("party", AS_OF):
            raise ResolveError(f'the variable "{node.var}" hides the word "{node.var}" of the language', node.column)
        if node.var in self.scope.facts.specs or node.var in self.scope.groups:
            raise ResolveError(f'the variable "{node.var}" hides a fact or group of the same name', node.column)

    def call(self, node: ast.Call, bound: frozenset[str]) -> ast.Node:
        if node.func not in FUNCTIONS and node.func in self.scope.definitions:
            raise ResolveError(f"{node.func} is a figure; index it with [ ], as in {node.func}[party]", node.column)
        if node.func not in FUNCTIONS:
            raise ResolveError(
                f'"{node.func}" is not a function of the language',
                node.column,
                did_you_mean(node.func, FUNCTIONS) or f"use one of {', '.join(FUNCTIONS)}",
            )
        if len(node.args) != FUNCTIONS[node.func]:
            n = FUNCTIONS[node.func]
            raise ResolveError(f"{node.func}() takes {n} argument{'s' if n > 1 else ''}", node.column)
        if node.func == "satisfied":
            arg = node.args[0]
            if not isinstance(arg, ast.Literal) or not isinstance(arg.value, str):
                raise ResolveError('satisfied() takes a rule id in quotes: satisfied("spa.4.1.a")', node.column)
            if arg.value not in self.scope.rule_ids:
                raise ResolveError(
                    f'satisfied("{arg.value}") names no rule of this deal',
                    node.column,
                    did_you_mean(arg.value, self.scope.rule_ids) or None,
                )
            if self.on_rule_ref:
                self.on_rule_ref(arg.value)
            return node
        return attrs.evolve(node, args=tuple(self.go(a, bound) for a in node.args))

    def definition(self, head: str, steps: list, node: ast.Node, bound: frozenset[str], span: dict) -> ast.Node:
        per = self.scope.definitions[head]
        if per is None:
            if steps:
                raise ResolveError(f"{head} is one figure for the deal; it takes no index or field", node.column)
            return ast.DefRef(head, None, **span)
        if len(steps) != 1 or steps[0][0] != "index":
            raise ResolveError(f"{head} has one figure per party of {per}; index it, as in {head}[party]", node.column)
        return ast.DefRef(head, self.go(steps[0][1], bound), **span)  # type: ignore[arg-type]

    def setting(self, node: ast.Call) -> ast.Node:
        """`setting("name")`: the number chosen for a setting, known only in its number case."""
        arg = node.args[0] if len(node.args) == 1 else None
        if not isinstance(arg, ast.Literal) or not isinstance(arg.value, str):
            raise ResolveError('setting() takes a setting name in quotes: setting("good_standing_recent")', node.column)
        name = arg.value
        if name not in self.scope.settings:
            raise ResolveError(
                f'setting("{name}") names no interpretation setting of this deal',
                node.column,
                did_you_mean(name, self.scope.settings) or "declare it in settings.yaml",
            )
        number = self.scope.settings[name]
        if number is None:
            raise ResolveError(
                f'setting("{name}"): {name} takes no number',
                node.column,
                f"give {name} a `number:` in settings.yaml, or choose the condition with `when: {{setting: {name}}}`",
            )
        case, unit = number
        if name not in self.scope.numbers:
            raise ResolveError(
                f'setting("{name}") is only known in the `{case}` case of a `when` (or a figure\'s `value`)'
                f" chosen by {name}",
                node.column,
                f"write it under `when: {{setting: {name}, cases: {{{case}: ...}}}}`",
            )
        return ast.SettingRef(name, unit, text=node.text, column=node.column)

    def chain(self, node: ast.Node, bound: frozenset[str]) -> ast.Node:
        steps: list[tuple[str, object]] = []
        cur = node
        while not isinstance(cur, ast.Name):
            if isinstance(cur, ast.Attr):
                steps.append(("attr", cur.name))
                cur = cur.base
            elif isinstance(cur, ast.Index):
                steps.append(("index", cur.key))
                cur = cur.base
            else:
                raise ResolveError(f"cannot take a field of {cur.text!r}", cur.column)
        steps.reverse()
        head = cur.name
        span = {"text": node.text, "column": node.column}
        if head in bound:
            if not steps:
                return ast.Var(head, **span)
            if len(steps) == 1 and steps[0][0] == "attr":
                return ast.VarField(head, str(steps[0][1]), **span)
            raise ResolveError(f"{node.text!r}: a variable takes one field, as in {head}.cash", node.column)
        if head == AS_OF and head not in bound:
            if steps:
                raise ResolveError(f'"{AS_OF}" (the date the deal is checked as of) has no fields', node.column)
            return ast.AsOf(**span)
        if head == "party":
            if not self.scope.has_party:
                raise ResolveError(
                    '"party" is only known in a rule with `for_each`', node.column, "add for_each to the rule"
                )
            if steps:
                raise ResolveError('"party" has no fields', node.column)
            return ast.Var("party", **span)
        if head in self.scope.groups and not steps:
            return ast.Group(head, **span)
        if head in self.scope.definitions:
            return self.definition(head, steps, node, bound, span)
        # Longest dotted prefix that is a declared fact.
        name = head
        consumed = 0
        facts = self.scope.facts
        spec = facts.get(name)
        while spec is None and consumed < len(steps) and steps[consumed][0] == "attr":
            name = f"{name}.{steps[consumed][1]}"
            consumed += 1
            spec = facts.get(name)
        if spec is None:
            hint = facts.suggest(name) or did_you_mean(name, list(self.scope.groups) + ["party"])
            raise ResolveError(f'"{name}" is not a declared fact', node.column, hint or "declare it in facts.yaml")
        rest = steps[consumed:]
        key: ast.Node | None = None
        fieldname: str | None = None
        project: str | None = None
        if spec.many and rest and rest[0][0] == "index":
            raise ResolveError(
                f"{spec.name} has several records per {spec.key}; sum or filter them, as in"
                f" sum(x.amount for x in {spec.name} where x.{spec.key} == party)",
                node.column,
            )
        if spec.per or spec.is_records:
            if rest and rest[0][0] == "index":
                key = self.go(rest[0][1], bound)  # type: ignore[arg-type]
                rest = rest[1:]
        if spec.is_records and rest and rest[0][0] == "attr":
            fname = str(rest[0][1])
            if fname not in spec.fields:
                raise ResolveError(
                    f'"{fname}" is not a field of {spec.name}',
                    node.column,
                    did_you_mean(fname, spec.fields) or f"fields: {', '.join(spec.fields)}",
                )
            if key is None:
                project = fname
            else:
                fieldname = fname
            rest = rest[1:]
        if rest:
            raise ResolveError(f"{node.text!r} goes past the end of fact {spec.name}", node.column)
        if spec.per and key is None:
            raise ResolveError(f"{spec.name} has one value per party; index it, as in {spec.name}[party]", node.column)
        return ast.FactRef(spec.name, key, fieldname, project, **span)
