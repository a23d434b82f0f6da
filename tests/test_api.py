"""The Python API apps embed: load once, check many, nothing leaking between calls."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from engine import Engine, Status
from helpers import EXAMPLES, without_block

STATUSES = {s.value for s in Status}


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


# rules about the time after the Closing (§1.1(aa), §2.4, Articles 5, 6, and §7.2, §7.4, §7.8, §7.9)
AFTER_THE_CLOSING = ("1.", "2.4", "5.", "6.", "7.2", "7.4", "7.8", "7.9")


def test_closing_example_is_ready_and_everything_met(engine) -> None:
    """Every row of the Closing is met; the example says nothing of the time after it, so the rows about
    that time (a Qualified Public Offering, holdings, approvals) are unknown, never met or not met."""
    checklist = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-closing.yaml"))
    assert checklist.ready
    # §1.1(aa) is a definition shown as an outcome: no Qualified Public Offering has closed
    assert checklist.result("spa.1.1.aa").status is Status.NOT_MET
    later = [
        r
        for r in checklist.results
        if (r.section.startswith(AFTER_THE_CLOSING) or r.rule.startswith("spa.2.3.b.")) and r.rule != "spa.1.1.aa"
    ]
    at_the_closing = [r for r in checklist.results if r not in later and r.rule != "spa.1.1.aa"]
    # a condition is met; a covenant due by the Closing Date (§2.1: the Shares authorized) is complied with
    assert {r.status for r in at_the_closing if r.timing is None} == {Status.MET}
    assert {r.status for r in at_the_closing if r.timing is not None} == {Status.COMPLIED}
    # on the Closing Date nothing after it is breached or failed: complied, not yet due, due later,
    # not applicable (no Subsequent Closing yet), met (the Webb Option lives until November 1, 2003), or unknown
    allowed = {Status.COMPLIED, Status.NOT_YET_DUE, Status.DUE, Status.UNKNOWN, Status.NOT_APPLICABLE, Status.MET}
    assert later and {r.status for r in later} <= allowed
    assert checklist.result("spa.5.2.l.assets").status is Status.DUE
    assert checklist.result("spa.2.3.b.webb_option.expiry", "WEBB").status is Status.MET
    assert checklist.verdict.startswith("closing ready: yes")


def test_gaps_example_is_per_party(engine) -> None:
    checklist = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml"))
    assert not checklist.ready
    assert checklist.result("spa.4.1.j", "INTEL").status is Status.WAIVED
    assert checklist.result("spa.4.1.j", "FTTI").status is Status.NOT_MET
    assert checklist.result("spa.4.1.j", "WEBB").status is Status.NOT_MET
    assert checklist.result("spa.4.2.b").status is Status.NOT_MET
    p = checklist.result("spa.4.1.p", "FTTI")
    assert p.status is Status.NOT_MET
    assert any("$7,199,999.947" in w for w in p.working)
    assert checklist.result("spa.4.1.lead", "INTEL").status is Status.NOT_MET
    assert "outstanding for FTTI" in checklist.verdict


def test_evaluations_do_not_leak_into_each_other(engine) -> None:
    closing = engine.load_state(EXAMPLES / "jabber-series-d-closing.yaml")
    gaps = engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml")
    first = engine.check(closing).to_json()
    engine.check(gaps)
    assert engine.check(closing).to_json() == first


def test_as_of_is_explicit_and_never_the_clock(engine) -> None:
    state = engine.load_state(EXAMPLES / "jabber-series-d-closing.yaml")
    before = engine.check(state, as_of=dt.date(2003, 3, 10))
    assert before.as_of == dt.date(2003, 3, 10)
    assert not before.ready  # payments and deliveries recorded on March 18 are not yet there
    p = before.result("spa.4.1.p", "FTTI")
    assert p.status is Status.UNKNOWN  # as of March 10 no payment is recorded yet
    assert "payments[FTTI]" in p.missing
    assert any(f.note and "after the as-of date" in f.note for f in p.facts)


def test_json_contract(engine) -> None:
    data = json.loads(json.dumps(engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml")).to_json()))
    assert {"deal", "as_of", "ready", "results", "verdict", "settings"} <= set(data)
    assert data["deal"] == "jabber-series-d" and data["as_of"] == "2003-03-18" and data["ready"] is False
    for row in data["results"]:
        assert {"rule", "section", "title", "party", "status", "reason", "missing"} <= set(row)
        assert row["status"] in STATUSES
        assert isinstance(row["missing"], list)


def test_missing_fact_is_unknown_and_named(engine) -> None:
    from engine import load_deal_state_text

    text = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
    state = load_deal_state_text(without_block(text, "legal_investment"), engine.policy)
    result = engine.check(state).result("spa.4.2.c")
    assert result.status is Status.UNKNOWN
    assert "legal_investment.permitted_at_closing" in result.missing


def test_rulesets_split_to_stay_inside_durable_limits_give_the_same_answers() -> None:
    with Engine.for_deal("jabber-series-d") as whole, Engine(whole.policy, max_rules_per_ruleset=10) as split:
        state = whole.load_state(EXAMPLES / "jabber-series-d-gaps.yaml")
        _, names = split.compiled(whole.policy.default_settings())
        assert len(names) >= 9
        assert split.check(state).to_json() == whole.check(state).to_json()


def test_close_unregisters_rulesets() -> None:
    engine = Engine.for_deal("jabber-series-d")
    _, names = engine.compiled(engine.policy.default_settings())
    directory = engine._host._host._ruleset_directory
    assert all(n in directory for n in names)
    engine.close()
    assert not any(n in directory for n in names)


def test_review_example_sets_aside_acts_and_leaves_the_unresolved_reading_unknown(engine) -> None:
    checklist = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-review.yaml"))
    data = checklist.to_json()
    kinds = {(s["kind"], s["subject"]) for s in data["set_aside"]}
    assert ("waiver", "spa.4.1.j") in kinds
    assert ("assertion", "closing_proceedings.reasonably_satisfactory[FTTI]") in kinds
    assert ("stale judgement", "good_standing.as_of_recent_date") in kinds
    b = checklist.result("spa.4.2.b")
    assert b.status is Status.UNKNOWN and b.unresolved == ("bridge_notes_meaning",)
    setoff = checklist.result("spa.7.1.setoff", "INTEL")
    assert setoff.status is Status.NOT_MET and setoff.caused_by == ("INTEL",)
    assert checklist.result("spa.2.3.c", "FTTI").status is Status.MET


def test_gaps_example_reports_the_companys_waiver_set_aside(engine) -> None:
    checklist = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml"))
    row = checklist.result("spa.4.1.j", "FTTI")
    assert row.status is Status.NOT_MET
    assert any(s.kind == "waiver" and s.by == ("COMPANY",) for s in row.set_aside)


def test_amounts_beyond_double_precision_still_compare_exactly(engine) -> None:
    """durable-rules compares doubles; an amount past 2**53 cents must not change the answer."""
    from engine import load_deal_state_text

    text = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
    text = text.replace("purchase_commitment: $3,000,000", 'purchase_commitment: "$1,000,000,000,000,000,000,000.01"')
    checklist = engine.check(load_deal_state_text(text, engine.policy))
    assert checklist.result("spa.4.1.w", "FTTI").status is Status.MET
    exactly = text.replace(
        "deal: jabber-series-d\n", "deal: jabber-series-d\nsettings: {ft_license_commitment: exactly}\n", 1
    )
    assert engine.check(load_deal_state_text(exactly, engine.policy)).result("spa.4.2.h").status is Status.NOT_MET
