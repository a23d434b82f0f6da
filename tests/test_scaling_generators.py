"""The bench's synthetic deals (bench/scaling.py) are valid: their policy loads, quotes verified, and
their deal state checks, with the rows the sizes call for. No timing here: the bench measures."""

from __future__ import annotations

import sys

from engine import Engine
from helpers import ROOT

sys.path.insert(0, str(ROOT))

from bench.scaling import investor_keys, synthetic_deal, varied_portfolio  # noqa: E402


def _checked(folder, investors: int, copies: int = 1):
    policy, state = synthetic_deal(folder, investors, copies)
    with Engine.for_policy_dir(policy) as engine:
        return engine.policy, engine.check(engine.load_state(state))


def test_n_investors_give_a_row_per_investor_of_every_per_investor_rule(tmp_path) -> None:
    policy3, three = _checked(tmp_path / "three", 3)
    policy6, six = _checked(tmp_path / "six", 6)
    per_investor = sum(1 for r in policy3.rules.values() if r.for_each == "investors")
    assert len(six.results) == len(three.results) + 3 * per_investor
    assert policy6.groups["investors"] == tuple(investor_keys(6))
    assert three.ready and six.ready, six.verdict  # the new Investors pay, sign and are delivered to
    assert {r.party for r in six.results if r.rule == "spa.4.1.g"} == set(investor_keys(6))


def test_rule_copies_give_as_many_times_the_rows_with_the_same_statuses(tmp_path) -> None:
    policy_once, once = _checked(tmp_path / "once", 3)
    policy, thrice = _checked(tmp_path / "thrice", 3, copies=3)
    assert len(policy.rules) == 3 * len(policy_once.rules)
    assert len(thrice.results) == 3 * len(once.results)
    status = {(r.rule, r.party): r.status for r in once.results}
    for r in thrice.results:
        assert r.status is status[(r.rule.split("~")[0], r.party)]
        assert r.quote == policy.rules[r.rule.split("~")[0]].quote


def test_a_varied_portfolio_checks_without_an_error(tmp_path) -> None:
    paths = varied_portfolio(tmp_path, 12, variants=6)
    with Engine.for_deal("jabber-series-d") as engine:
        outcomes = engine.check_many(paths)
    assert [o.error for o in outcomes] == [None] * 12
    assert len({o.verdict for o in outcomes[:6]}) > 2


def test_many_investors_compile_to_what_the_reference_computes(tmp_path) -> None:
    """The compiled conditions find each Investor's payments through an index of the payments by
    Investor; with many Investors, one payment's amount unknown and one Investor's payment missing,
    every row agrees with the reference evaluator, which tests every payment."""
    import yaml

    from engine.yamlsource import load_yaml
    from helpers import compiled_disagreements

    policy, path = synthetic_deal(tmp_path, 8, 1)
    data = load_yaml(path).data
    del data["payments"][0]["cash"]
    data["payments"] = [p for p in data["payments"] if p["investor"] != investor_keys(8)[5]]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with Engine.for_policy_dir(policy) as engine:
        state = engine.load_state(path)
        checklist = engine.check(state)
        payment = {r.party: r.status.value for r in checklist.results if r.rule == "spa.2.3.c"}
        missing = {"FTTI", investor_keys(8)[5]}  # FTTI's cash unknown; the sixth Investor paid nothing yet
        assert {p for p, status in payment.items() if status == "unknown"} == missing
        assert {payment[p] for p in payment if p not in missing} == {"met"}
        assert compiled_disagreements(engine, state) == []
