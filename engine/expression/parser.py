"""Parse condition text into the syntax tree, with lark (LALR). Errors name line and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lark

from engine.expression import ast


class ExpressionSyntaxError(ValueError):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@cache
def _parser() -> lark.Lark:
    import lark  # here, not at import: a policy served from the cache is never parsed

    grammar = resources.files("engine.expression").joinpath("grammar.lark").read_text()
    return lark.Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=True, cache=True)


_EXPECTED_NAMES = {
    "NAME": "a fact name",
    "PARTY": "a party",
    "NUMBER": "a number",
    "MONEY": "an amount",
    "STRING": "a quoted text",
    "RPAR": '")"',
    "RSQB": '"]"',
    "COMP_OP": "a comparison",
}


def parse_expression(text: str) -> ast.Node:
    """Parse one condition. Raises ExpressionSyntaxError with a plain-English message."""
    import lark

    try:
        tree = _parser().parse(text)
    except lark.UnexpectedCharacters as exc:
        raise ExpressionSyntaxError(f"unexpected character {text[exc.pos_in_stream]!r}", exc.line, exc.column) from None
    except lark.UnexpectedToken as exc:
        if exc.token.type == "$END":
            message = "the condition ends too early"
        else:
            message = f"unexpected {exc.token.value!r}"
        wanted = sorted({_EXPECTED_NAMES.get(t, "") for t in exc.expected} - {""})
        if wanted and len(wanted) <= 4:
            message += "; expected " + " or ".join(wanted)
        raise ExpressionSyntaxError(message, exc.line or 1, exc.column or 1) from None
    except lark.UnexpectedEOF:
        raise ExpressionSyntaxError("the condition ends too early", 1, len(text)) from None
    return _Build(text).build(tree)


class _Build:
    def __init__(self, source: str) -> None:
        self.source = source

    def span(self, item: lark.Tree | lark.Token) -> dict:
        import lark

        meta = item if isinstance(item, lark.Token) else item.meta
        start = getattr(meta, "start_pos", None)
        end = getattr(meta, "end_pos", None)
        text = self.source[start:end] if start is not None and end is not None else ""
        return {"text": " ".join(text.split()), "column": getattr(meta, "column", 1) or 1}

    def build(self, item: lark.Tree | lark.Token) -> ast.Node:
        import lark

        if isinstance(item, lark.Token):
            raise ExpressionSyntaxError(f"unexpected {item.value!r}", item.line or 1, 1)
        method = getattr(self, "t_" + item.data.rstrip("_"))
        return method(item, item.children)

    def t_money(self, tree, ch):
        return ast.Literal(Decimal(ch[0].value[1:].replace(",", "")), **self.span(tree))

    def t_date(self, tree, ch):
        try:
            value = dt.date.fromisoformat(ch[0].value)
        except ValueError:
            raise ExpressionSyntaxError(f"{ch[0].value} is not a real date", ch[0].line, ch[0].column) from None
        return ast.Literal(value, **self.span(tree))

    def t_percent(self, tree, ch):
        return ast.Literal(Fraction(Decimal(ch[0].value[:-1])) / 100, **self.span(tree))

    def t_number(self, tree, ch):
        raw = ch[0].value.replace("_", "")
        value = Fraction(Decimal(raw)) if "." in raw else int(raw)
        return ast.Literal(value, **self.span(tree))

    def t_string(self, tree, ch):
        return ast.Literal(ch[0].value[1:-1], **self.span(tree))

    def t_true(self, tree, ch):
        return ast.Literal(True, **self.span(tree))

    def t_false(self, tree, ch):
        return ast.Literal(False, **self.span(tree))

    def t_party(self, tree, ch):
        return ast.PartyLit(ch[0].value, **self.span(tree))

    def t_name(self, tree, ch):
        return ast.Name(ch[0].value, **self.span(tree))

    def t_attr(self, tree, ch):
        return ast.Attr(self.build(ch[0]), ch[1].value, **self.span(tree))

    def t_index(self, tree, ch):
        return ast.Index(self.build(ch[0]), self.build(ch[1]), **self.span(tree))

    def t_call(self, tree, ch):
        args = tuple(self.build(c) for c in ch[1:] if c is not None)
        return ast.Call(ch[0].value, args, **self.span(tree))

    def t_aggregate(self, tree, ch):
        return self._aggregate(tree, *ch, None)

    def t_aggregate_from(self, tree, ch):
        func, start, *rest = ch  # latest(first, expr for x in list where cond)
        return self._aggregate(tree, func, *rest, start)

    def _aggregate(self, tree, func, expr, var, collection, where, start):
        return ast.Aggregate(
            func.value,
            self.build(expr),
            var.value,
            self.build(collection),
            self.build(where) if where is not None else None,
            self.build(start) if start is not None else None,
            **self.span(tree),
        )

    def t_list(self, tree, ch):
        return ast.ListLit(tuple(self.build(c) for c in ch if c is not None), **self.span(tree))

    def t_not(self, tree, ch):
        return ast.Not(self.build(ch[0]), **self.span(tree))

    def t_neg(self, tree, ch):
        return ast.Neg(self.build(ch[0]), **self.span(tree))

    def t_and(self, tree, ch):
        if len(ch) == 1:
            return self.build(ch[0])
        return ast.And(tuple(self.build(c) for c in ch), **self.span(tree))

    def t_or(self, tree, ch):
        if len(ch) == 1:
            return self.build(ch[0])
        return ast.Or(tuple(self.build(c) for c in ch), **self.span(tree))

    def t_compare(self, tree, ch):
        return ast.Compare(ch[1].value, self.build(ch[0]), self.build(ch[2]), **self.span(tree))

    def t_in(self, tree, ch):
        return ast.In(self.build(ch[0]), self.build(ch[1]), False, **self.span(tree))

    def t_not_in(self, tree, ch):
        return ast.In(self.build(ch[0]), self.build(ch[1]), True, **self.span(tree))

    def t_arith(self, tree, ch):
        first = self.build(ch[0])
        if len(ch) == 1:
            return first
        rest = tuple((ch[i].value, self.build(ch[i + 1])) for i in range(1, len(ch), 2))
        return ast.Arith(first, rest, **self.span(tree))

    def t_if(self, tree, ch):
        return ast.If(self.build(ch[0]), self.build(ch[1]), self.build(ch[2]), **self.span(tree))

    def t_every(self, tree, ch):
        return self._quant("every", tree, ch)

    def t_some(self, tree, ch):
        return self._quant("some", tree, ch)

    def _quant(self, kind, tree, ch):
        var, collection, where, body = ch
        return ast.Quant(
            kind,
            var.value,
            self.build(collection),
            self.build(where) if where is not None else None,
            self.build(body),
            **self.span(tree),
        )
