"""The condition language: parsing, name resolution, and three-valued evaluation on durable-rules.

The property test writes random conditions into a real policy, fires them on durable-rules and
checks every status against Kleene's three-valued logic computed by hand here.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import Engine, PolicyError, Status, load_deal_state_text, load_policy
from engine.expression import ast
from engine.expression.parser import ExpressionSyntaxError, parse_expression
from helpers import FIXTURES


def test_precedence_and_before_or_and_arithmetic() -> None:
    node = parse_expression("a or b and not c")
    assert isinstance(node, ast.Or) and isinstance(node.operands[1], ast.And)
    node = parse_expression("a + b * 2 >= $7,200,000")
    assert isinstance(node, ast.Compare) and isinstance(node.left, ast.Arith)


@pytest.mark.parametrize(
    "text, column",
    [("a and or b", 7), ("a == ", 4), ("a & b", 3), ("x == 2003-02-30", 6)],
)
def test_syntax_errors_name_the_column(text: str, column: int) -> None:
    with pytest.raises(ExpressionSyntaxError) as err:
        parse_expression(text)
    assert abs(err.value.column - column) <= 3


def _toy_copy(tmp_path: Path, when: str) -> Path:
    folder = tmp_path / "policies" / "toy-deal"
    shutil.copytree(FIXTURES / "toy-deal", folder)
    rules = folder / "toy.yaml"
    quoted = yaml.safe_dump(when, default_style='"').strip()
    text = rules.read_text().replace("when: budget_approved[party]", f"when: {quoted}")
    rules.write_text(text)
    return folder


def test_unknown_fact_in_a_policy_names_file_line_and_suggestion(tmp_path: Path) -> None:
    folder = _toy_copy(tmp_path, "budget_aproved[party]")
    with pytest.raises(PolicyError) as err:
        load_policy(folder)
    message = str(err.value)
    assert "toy.yaml:" in message and "budget_aproved" in message and 'did you mean "budget_approved"' in message


def test_syntax_error_in_a_policy_is_one_line(tmp_path: Path) -> None:
    folder = _toy_copy(tmp_path, "budget_approved[party] and and")
    with pytest.raises(PolicyError) as err:
        load_policy(folder)
    assert "\n" not in str(err.value) and "toy.yaml:" in str(err.value)


# ------------------------------------------------------------------ Kleene on durable-rules

ATOMS = ["b0", "b1", "b2", "n0 >= $100", "n1 < n0", "d0 == 2020-02-01"]


def kleene(node, values):
    kind = node[0]
    if kind == "atom":
        return values[node[1]]
    if kind == "not":
        v = kleene(node[1], values)
        return None if v is None else not v
    parts = [kleene(p, values) for p in node[1]]
    if kind == "and":
        return False if False in parts else (None if None in parts else True)
    return True if True in parts else (None if None in parts else False)


def render(node) -> str:
    kind = node[0]
    if kind == "atom":
        return ATOMS[node[1]]
    if kind == "not":
        return f"not ({render(node[1])})"
    return "(" + f" {kind} ".join(render(p) for p in node[1]) + ")"


formulas = st.recursive(
    st.integers(0, len(ATOMS) - 1).map(lambda i: ("atom", i)),
    lambda inner: st.one_of(
        inner.map(lambda n: ("not", n)),
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: ("and", xs)),
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: ("or", xs)),
    ),
    max_leaves=8,
)
truth = st.sampled_from([True, False, None])


def _facts_policy(tmp_path: Path, formula) -> Path:
    folder = tmp_path / f"p{hashlib.sha1(render(formula).encode()).hexdigest()[:10]}"
    if folder.exists():
        return folder
    shutil.copytree(FIXTURES / "toy-deal", folder)
    facts = yaml.safe_load((folder / "facts.yaml").read_text())
    for i in range(3):
        facts[f"b{i}"] = {"type": "boolean", "description": "test", "wording": f"whether test {i} holds"}
    for i in range(2):
        facts[f"n{i}"] = {"type": "money", "description": "test", "wording": f"the test amount {i}"}
    facts["d0"] = {"type": "date", "description": "test", "wording": "the test date"}
    (folder / "facts.yaml").write_text(yaml.safe_dump(facts))
    text = (
        (folder / "toy.yaml")
        .read_text()
        .replace(
            "when: budget_approved[party]",
            "when: " + yaml.safe_dump(render(formula), default_style='"').strip(),
        )
    )
    (folder / "toy.yaml").write_text(text)
    return folder


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(formula=formulas, values=st.lists(truth, min_size=len(ATOMS), max_size=len(ATOMS)))
def test_durable_rules_agrees_with_kleene_logic(tmp_path: Path, formula, values) -> None:
    lines = ["deal: toy-deal", "as_of: 2020-02-01"]
    for i, v in enumerate(values[:3]):
        if v is not None:
            lines.append(f"b{i}: {'true' if v else 'false'}")
    # n0 >= $100 ; n1 < n0 ; d0 == closing date (2020-02-01)
    if values[3] is not None:
        lines.append(f'n0: "{150 if values[3] else 50}"')
    if values[4] is not None:
        if values[3] is None:
            lines.append('n0: "75"')
        lines.append(f'n1: "{(1 if values[4] else 10_000)}"')
    if values[5] is not None:
        lines.append(f"d0: {'2020-02-01' if values[5] else '2020-01-31'}")
    expected_values = list(values)
    if values[4] is not None and values[3] is None:
        expected_values[3] = False  # n0 = 75 is below $100
    policy_dir = _facts_policy(tmp_path, formula)
    with Engine(load_policy(policy_dir)) as engine:
        state = load_deal_state_text("\n".join(lines), engine.policy)
        checklist = engine.check(state)
        got = checklist.result("toy.1.1.c", "ALPHA").status
    want = {True: Status.MET, False: Status.NOT_MET, None: Status.UNKNOWN}[kleene(formula, expected_values)]
    assert got is want, f"{render(formula)} with {expected_values}: {got} != {want}"
