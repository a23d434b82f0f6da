"""Syntax tree of the condition language. Every node keeps its source text for explanations."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class Node:
    text: str = attrs.field(kw_only=True, eq=False, repr=False)
    column: int = attrs.field(kw_only=True, eq=False, repr=False, default=1)


@attrs.frozen
class Literal(Node):
    value: Any


@attrs.frozen
class PartyLit(Node):
    party: str


@attrs.frozen
class Name(Node):
    name: str


@attrs.frozen
class Attr(Node):
    base: Node
    name: str


@attrs.frozen
class Index(Node):
    base: Node
    key: Node


@attrs.frozen
class ListLit(Node):
    items: tuple[Node, ...]


@attrs.frozen
class Not(Node):
    operand: Node


@attrs.frozen
class Neg(Node):
    operand: Node


@attrs.frozen
class And(Node):
    operands: tuple[Node, ...]


@attrs.frozen
class Or(Node):
    operands: tuple[Node, ...]


@attrs.frozen
class Compare(Node):
    op: str
    left: Node
    right: Node


@attrs.frozen
class Arith(Node):
    """Left-associative chain: first (op operand)*."""

    first: Node
    rest: tuple[tuple[str, Node], ...]


@attrs.frozen
class In(Node):
    item: Node
    collection: Node
    negated: bool


@attrs.frozen
class Call(Node):
    func: str
    args: tuple[Node, ...]


@attrs.frozen
class Aggregate(Node):
    """sum(expr for x in list where cond) or count(x for x in list where cond); earliest and latest may
    take a first value, which counts too and stands when nothing is in scope: latest(start, expr for …)."""

    func: str
    expr: Node
    var: str
    collection: Node
    where: Node | None
    start: Node | None = None


@attrs.frozen
class If(Node):
    """if cond then a else b: unknown when cond is unknown."""

    cond: Node
    then: Node
    other: Node


@attrs.frozen
class DefRef(Node):
    """A named definition of the policy (a figure such as purchase_price[FTTI]), optionally indexed."""

    name: str
    key: Node | None = None


@attrs.frozen
class Quant(Node):
    kind: str  # "every" | "some"
    var: str
    collection: Node
    where: Node | None
    body: Node


# Resolved references (produced by resolve.py from Name/Attr/Index chains)


@attrs.frozen
class FactRef(Node):
    """A declared fact, optionally indexed (per-party or record key) and with a record field.

    `project` is set when a records fact is used as a list of one field of every record.
    """

    fact: str
    key: Node | None = None
    field: str | None = None
    project: str | None = None


@attrs.frozen
class Var(Node):
    name: str


@attrs.frozen
class VarField(Node):
    var: str
    field: str


@attrs.frozen
class Group(Node):
    name: str


@attrs.frozen
class AsOf(Node):
    """`as_of`: the date the deal is checked as of (never the clock)."""


@attrs.frozen
class SettingRef(Node):
    """`setting("name")`: the number a deal state chose for an interpretation setting."""

    name: str
    unit: str


@attrs.frozen
class Switch(Node):
    """A figure's value chosen by an interpretation setting (`value: {setting, cases}` in a rules
    file): one expression per case of the setting, a case perhaps itself a switch. Built by the
    policy loader from the YAML, never parsed from text; `text` is the figure's name."""

    setting: str
    cases: tuple[tuple[str, Node], ...]  # (case, its expression), in the setting's order
    default: str  # the setting's default: the case when the settings do not name it
    number_case: str | None = None  # the case a number selects, if the setting takes one


def walk(node: Node):
    """Every node of a tree, the node itself first."""
    yield node
    for value in attrs.astuple(node, recurse=False):
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, tuple):  # Arith.rest: (op, node) pairs
                item = item[1] if len(item) == 2 else None
            if isinstance(item, Node):
                yield from walk(item)
