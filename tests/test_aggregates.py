"""earliest(), latest() and product(): the aggregates that pick or multiply, in both evaluators.

Each expression is evaluated by the reference evaluator (with its working) and by the compiled
callables, which must give the same value. earliest() and latest() give the least and the greatest
date (or number) of a generator, exactly; a value that counts and is unknown leaves them unknown, and an
item whose scope is unknown counts only where it could change the result. Of nothing they are unknown
("none": never a made-up date), and `count(...) > 0` tells none apart. product() multiplies exact numbers
(the ratios of Series D splits); the product of nothing is 1. A property test checks both evaluators
against a model of those rules on random offerings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import load_deal_state_text
from engine.expression.compiled import Compiler, Context
from engine.expression.evaluate import SETTINGS, EvaluationProblem, Evaluator, missing_facts, working_of
from engine.expression.parser import parse_expression
from engine.expression.resolve import ResolveError, Scope, resolve
from engine.factbase import UNKNOWN
from engine.policy import load_policy

POLICY = load_policy("jabber-series-d")
D = dt.date


def _offering(name: str, closed_on: str | None, price: str = "$1.50", firm: bool | None = True) -> dict:
    record = {
        "offering": name,
        "underwritten": True,
        "registration_statement_effective": True,
        "common_stock_sold_by_company": True,
        "price_per_share": price,
        "gross_proceeds_company": "$25,000,000.00",
        "gross_proceeds_selling_stockholders": "$0",
    }
    if closed_on is not None:
        record["closed_on"] = closed_on
    if firm is not None:
        record["firm_commitment"] = firm
    return record


THREE = [
    _offering("A", "2004-06-30", "$1.50"),
    _offering("B", "2004-03-31", "$3.00", firm=False),
    _offering("C", "2004-09-30", "$2.00"),
]


def _facts(offerings: list | None = THREE, splits: list | None = None, as_of: str = "2004-12-31"):
    data: dict = {"deal": "jabber-series-d", "as_of": as_of}
    if offerings is not None:
        data["public_offerings"] = offerings
    if splits is not None:
        data["stock_splits"] = splits
    return load_deal_state_text(yaml.safe_dump(data), POLICY).facts


def _both(text: str, facts=None, settings: dict | None = None):
    """(value by the reference evaluator, its working, value by the compiled callables, the step)."""
    figures = {name: d.for_each for name, d in POLICY.definitions.items()}
    scope = Scope(POLICY.facts, frozenset(POLICY.parties), POLICY.groups, frozenset(), False, definitions=figures)
    node = resolve(parse_expression(text), scope)
    facts = _facts() if facts is None else facts
    env = {SETTINGS: {**POLICY.default_settings(), **(settings or {})}}
    calendars = POLICY.calendars()
    step = Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions, calendars).evaluate(node, env)
    compiled = Compiler(POLICY.facts, POLICY.groups, POLICY.definitions, calendars).compile(node)
    value = compiled(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), env)[0]
    return step.value, working_of(step) or "", value, step


def _same(value, compiled) -> bool:
    return compiled is value if value is UNKNOWN else (compiled == value and type(compiled) is type(value))


FIRM = "o.firm_commitment"


@pytest.mark.parametrize(
    ("text", "expected", "in_working"),
    [
        ("earliest(o.closed_on for o in public_offerings)", D(2004, 3, 31), "earliest of 2004-06-30 (A)"),
        ("latest(o.closed_on for o in public_offerings)", D(2004, 9, 30), "= 2004-09-30"),
        # the best-efforts offering B is left out, with why
        (f"earliest(o.closed_on for o in public_offerings where {FIRM})", D(2004, 6, 30), "left out: B"),
        (f"latest(o.closed_on for o in public_offerings where {FIRM})", D(2004, 9, 30), ""),
        # numbers too, exactly, and the value keeps its kind (an amount stays an amount)
        ("earliest(o.price_per_share for o in public_offerings)", Decimal("1.50"), "= $1.50"),
        ("latest(o.price_per_share for o in public_offerings)", Decimal("3.00"), "= $3.00"),
        # the list forms
        ("earliest(public_offerings.closed_on)", D(2004, 3, 31), "public_offerings[B].closed_on"),
        ("latest(public_offerings.closed_on)", D(2004, 9, 30), ""),
        ("earliest([3, $2.50, 4])", Decimal("2.50"), ""),
        ("product([2, 3])", 6, "= 6"),
        ("product([2, 1 / 10])", Fraction(1, 5), "= 1/5"),
    ],
)
def test_earliest_latest_and_product_of_known_values(text, expected, in_working) -> None:
    value, working, compiled, _ = _both(text)
    assert value == expected and type(value) is type(expected)
    assert _same(value, compiled)
    assert in_working in working, working


def test_earliest_of_nothing_is_unknown_never_a_made_up_date() -> None:
    text = 'earliest(o.closed_on for o in public_offerings where o.offering == "none such")'
    value, working, compiled, step = _both(text)
    assert value is UNKNOWN and compiled is UNKNOWN
    assert "none: there is nothing to take it from" in working and "left out: A" in working
    assert missing_facts(step) == []  # no fact would give it a value: there is none
    for text in ("latest(public_offerings.closed_on)", "earliest([])"):
        value, working, compiled, _ = _both(text, _facts([]))
        assert value is UNKNOWN and compiled is UNKNOWN and "none" in working


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `count(...) > 0` is the guard: with no offering, false and unknown is false
        (
            "count(o for o in public_offerings) > 0 and earliest(o.closed_on for o in public_offerings) <= 2004-12-31",
            False,
        ),
        (
            "count(o for o in public_offerings) == 0 or earliest(o.closed_on for o in public_offerings) > 2004-12-31",
            True,
        ),
        ("earliest(o.closed_on for o in public_offerings) <= 2004-12-31", UNKNOWN),
        ("product(o.price_per_share for o in public_offerings)", 1),
        ("some o in public_offerings satisfies o.firm_commitment", False),
    ],
)
def test_none_is_told_apart_with_count(text, expected) -> None:
    value, _, compiled, _ = _both(text, _facts([]))
    assert value is expected if expected is UNKNOWN else value == expected
    assert _same(value, compiled)


def test_an_absent_list_leaves_them_unknown() -> None:
    for text in ("earliest(o.closed_on for o in public_offerings)", "product(s.ratio for s in stock_splits)"):
        value, _, compiled, step = _both(text, _facts(None))
        assert value is UNKNOWN and compiled is UNKNOWN
        assert missing_facts(step)  # the list itself


@pytest.mark.parametrize(
    ("offerings", "func", "expected"),
    [
        # a value that counts is unknown: unknown, whatever the others
        ([_offering("A", None), _offering("C", "2004-09-30")], "earliest", UNKNOWN),
        ([_offering("A", None), _offering("C", "2004-09-30")], "latest", UNKNOWN),
        # whether B counts is unknown (firm commitment unknown), but it closed later: the earliest stands
        ([_offering("A", "2004-06-30"), _offering("B", "2004-09-30", firm=None)], "earliest", D(2004, 6, 30)),
        # ... but it could be the latest
        ([_offering("A", "2004-06-30"), _offering("B", "2004-09-30", firm=None)], "latest", UNKNOWN),
        # B closed earlier: it could be the earliest
        ([_offering("A", "2004-06-30"), _offering("B", "2004-03-31", firm=None)], "earliest", UNKNOWN),
        ([_offering("A", "2004-06-30"), _offering("B", "2004-03-31", firm=None)], "latest", D(2004, 6, 30)),
        # the same date cannot change it
        ([_offering("A", "2004-06-30"), _offering("B", "2004-06-30", firm=None)], "earliest", D(2004, 6, 30)),
        # B may count and its date is unknown
        ([_offering("A", "2004-06-30"), _offering("B", None, firm=None)], "earliest", UNKNOWN),
        # only B, which may or may not count: perhaps none at all
        ([_offering("B", "2004-03-31", firm=None)], "earliest", UNKNOWN),
    ],
)
def test_unknowns_count_only_where_they_could_change_the_result(offerings, func, expected) -> None:
    text = f"{func}(o.closed_on for o in public_offerings where {FIRM})"
    value, working, compiled, step = _both(text, _facts(offerings))
    assert value is expected if expected is UNKNOWN else value == expected
    assert _same(value, compiled)
    if expected is not UNKNOWN and len(offerings) > 1:
        assert "whether B counts is unknown, and it would not change that" in working
    if expected is UNKNOWN:
        assert missing_facts(step)


def test_product_of_split_ratios_adjusts_a_price_exactly() -> None:
    splits = [
        {"kind": "split", "effective_on": "2004-01-15", "ratio": "2"},
        {"kind": "stock_dividend", "effective_on": "2004-02-15", "ratio": "11/10"},
    ]
    facts = _facts([], splits)
    value, working, compiled, _ = _both('$0.70 * product(s.ratio for s in stock_splits where s.kind == "split")', facts)
    assert value == Decimal("1.40") and type(value) is Decimal and _same(value, compiled)
    assert working.endswith("= $0.70 * 2 = $1.40")
    value, _, compiled, _ = _both("product(s.ratio for s in stock_splits)", facts)
    assert value == Fraction(11, 5) and _same(value, compiled)
    value, working, compiled, _ = _both('product(s.ratio for s in stock_splits where s.kind == "combination")', facts)
    assert value == 1 and _same(value, compiled) and "product of nothing = 1" in working
    # a split whose date is unknown may or may not be after the Closing: the product is unknown
    unsure = [{"kind": "split", "ratio": "2"}]
    value, _, compiled, _ = _both(
        "product(s.ratio for s in stock_splits where s.effective_on > closing_date)", _facts([], unsure)
    )
    assert value is UNKNOWN and compiled is UNKNOWN


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("earliest([2004-01-01, 5])", "cannot order"),
        ('latest(["a", "b"])', "takes dates or numbers"),
        ("earliest(o.offering for o in public_offerings)", "takes dates or numbers"),
        ("product([2004-01-01])", "cannot compute"),
    ],
)
def test_values_that_cannot_be_ordered_or_multiplied_are_a_policy_problem(text, message) -> None:
    facts = _facts()
    figures = {name: d.for_each for name, d in POLICY.definitions.items()}
    scope = Scope(POLICY.facts, frozenset(POLICY.parties), POLICY.groups, frozenset(), False, definitions=figures)
    node = resolve(parse_expression(text), scope)
    with pytest.raises(EvaluationProblem, match=message):
        Evaluator(facts, POLICY.facts, POLICY.groups, None, POLICY.definitions).evaluate(node, {})
    with pytest.raises(EvaluationProblem, match=message):
        compiled = Compiler(POLICY.facts, POLICY.groups, POLICY.definitions).compile(node)
        compiled(Context(facts, POLICY.facts, POLICY.groups, lambda r, p: UNKNOWN), {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # one spelling for one idea: the greatest or least of a list is latest() or earliest()
        ("max(o.closed_on for o in public_offerings)", "max() takes two values, not a list"),
        ("max(2004-01-01, o.closed_on for o in public_offerings)", "is latest(… for x in list where …)"),
        ("min($0, o.price_per_share for o in public_offerings)", "the least of a list is earliest("),
        ("first(o.closed_on for o in public_offerings)", "use sum, count, earliest, latest, product"),
        ("product(1, s.ratio for s in stock_splits)", "product( … for … in …) takes no first value"),
        ("earliest(public_offerings.closed_on, 2004-01-01)", "earliest() takes 1 argument"),
    ],
)
def test_the_language_names_its_aggregates(text, message) -> None:
    with pytest.raises(ResolveError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _both(text)


def test_the_first_qualified_public_offering_is_a_figure_under_each_reading() -> None:
    splits = [{"kind": "stock_dividend", "effective_on": "2004-01-15", "ratio": "2"}]
    offerings = [_offering("A", "2004-06-30", "$0.70"), _offering("C", "2004-09-30", "$1.40")]
    facts = _facts(offerings, splits)
    value, _, compiled, _ = _both("qualified_public_offering_date", facts)
    assert value == D(2004, 6, 30) and _same(value, compiled)  # the dividend adjusts $1.40 to $0.70
    value, working, compiled, _ = _both("qualified_public_offering_date", facts, {"qpo_stock_dividend": "not_adjusted"})
    assert value == D(2004, 9, 30) and _same(value, compiled)
    assert "= 2004-09-30, under qpo_stock_dividend = not_adjusted, qpo_gross_proceeds = company_only" in working
    # left to counsel: the readings disagree, so the figure is unknown and its working says what each gives
    value, working, compiled, _ = _both("qualified_public_offering_date", facts, {"qpo_stock_dividend": "unresolved"})
    assert value is UNKNOWN and compiled is UNKNOWN
    assert "2004-06-30 under adjusts; 2004-09-30 under not_adjusted" in working, working
    # ... and when they agree, it is the date they agree on
    agreed = _facts([_offering("C", "2004-09-30", "$1.40")], splits)
    value, working, compiled, _ = _both("qualified_public_offering_date", agreed, {"qpo_stock_dividend": "unresolved"})
    assert value == D(2004, 9, 30) and _same(value, compiled)
    assert "the same under every reading of qpo_stock_dividend" in working, working
    value, _, compiled, _ = _both("qualified_public_offering_date", _facts([], splits))
    assert value is UNKNOWN and compiled is UNKNOWN
    value, _, compiled, _ = _both("qualified_public_offering_closed", _facts([], splits))
    assert value is False and compiled is False


# ------------------------------------------------------------------ both evaluators against a model

dates = st.one_of(st.none(), st.dates(dt.date(2004, 1, 1), dt.date(2004, 1, 10)).map(dt.date.isoformat))
offerings = st.lists(st.tuples(dates, st.sampled_from([True, False, None])), max_size=5)


def _model(func: str, items: list) -> object:
    """What earliest()/latest() must give: the docstring of evaluate.ordered_value, written out."""
    counted = [d for d, firm in items if firm is True]
    maybe = [d for d, firm in items if firm is None]
    if any(d is None for d in counted):
        return UNKNOWN
    if not counted:
        return UNKNOWN
    pick = min if func == "earliest" else max
    best = pick(counted)
    for d in maybe:
        if d is None or (d < best if func == "earliest" else d > best):
            return UNKNOWN
    return dt.date.fromisoformat(best)


@settings(max_examples=100, deadline=None)
@given(items=offerings, func=st.sampled_from(["earliest", "latest"]))
def test_both_evaluators_follow_the_rules_on_random_offerings(items, func) -> None:
    records = [_offering(f"O{i}", d, firm=firm) for i, (d, firm) in enumerate(items)]
    value, _, compiled, _ = _both(f"{func}(o.closed_on for o in public_offerings where {FIRM})", _facts(records))
    expected = _model(func, items)
    assert value is expected if expected is UNKNOWN else value == expected
    assert _same(value, compiled)
