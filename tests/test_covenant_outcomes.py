"""A covenant over time: complied, breached (with its date), due (with its deadline), not yet due,
ended (by which event), waived, unknown: decided by durable-rules, checked against the reference.

The rule is a test rule added to a copy of the Jabber policy, so that the engine's outcomes are
proved on their own; the Agreement's covenants have their scenarios under features/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from engine import Engine, Status
from engine.errors import PolicyError
from helpers import ROOT, compiled_disagreements, policy_with

EXAMPLE = ROOT / "examples" / "jabber-series-d-closing.yaml"
SETOFF_END = "(spa.2.3.c), shown with its arithmetic (catalog spa.7.1.setoff).\n"
TEST_RULE = """
  - id: test.pay_within_30_days
    section: "7.1"
    title: Each Investor pays some cash within thirty days of the Closing (a test covenant)
    kind: covenant
    binds: [FTTI, INTEL, WEBB]
    for_each: investors
    waiver:
      by: [COMPANY, FTTI, INTEL, WEBB]
      in_writing: true
      section: "7.9"
      quote: "only with the written consent of each Investor and the written consent of the Company"
    quote: >-
      Such reimbursement may be withheld by the applicable Investor from the amount to be delivered to
      the Company in payment for its Shares.
    when: >-
      count(p for p in payments
            where p.investor == party and p.cash > $0 and p.paid_on <= days_after(closing_date, 30)) > 0
    arises: closing_date
    due: days_after(closing_date, 30)
    ends:
      - event: the cancellation of other indebtedness
        section: "7.4"
        quote: "upon the consummation of a Qualified Public Offering"
        when: count(p for p in payments where p.investor == party and p.other_indebtedness_cancelled > $0) > 0
        on: 2003-05-01
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = policy_with(tmp_path_factory.mktemp("policy"), SETOFF_END, SETOFF_END + TEST_RULE, "spa/article-7.yaml")
    with Engine.for_policy_dir(folder) as engine:
        yield engine


def _state(engine, tmp_path: Path, extra: str = "", drop: str | None = None):
    text = EXAMPLE.read_text()
    if drop:
        assert drop in text
        text = text.replace(drop, "")
    path = tmp_path / "state.yaml"
    path.write_text(text + extra)
    return engine.load_state(path)


def _row(engine, state, as_of: str, party: str = "WEBB"):
    day = dt.date.fromisoformat(as_of)
    assert compiled_disagreements(engine, state, day) == []
    return engine.check(state, as_of=day).result("test.pay_within_30_days", party)


def test_before_it_arises_the_covenant_is_not_yet_due_whatever_was_done_early(engine, tmp_path) -> None:
    state = _paying(
        engine,
        tmp_path,
        "{investor: FTTI, paid_on: 2003-03-05, cash: $1.00, webb_note_cancelled: $0,"
        " other_indebtedness_cancelled: $0, expenses_withheld: $0}",
    )
    row = _row(engine, state, "2003-03-10", "FTTI")
    assert row.status is Status.NOT_YET_DUE
    assert row.timing.arises == dt.date(2003, 3, 18)
    assert row.explanation == "not yet due: it arises on 2003-03-18"
    assert _row(engine, state, "2003-03-18", "FTTI").status is Status.COMPLIED


def test_performed_in_time_is_complied_and_not_performed_is_due_until_the_deadline(engine, tmp_path) -> None:
    state = _state(engine, tmp_path)
    assert _row(engine, state, "2003-03-18", "FTTI").status is Status.COMPLIED
    webb = _row(engine, state, "2003-04-17")  # Webb paid by cancelling the Webb Note: no cash
    assert webb.status is Status.DUE
    assert webb.timing.deadline == dt.date(2003, 4, 17)  # 30 days after Tuesday, March 18: a Thursday
    assert webb.explanation.startswith("due by 2003-04-17: not yet done:")
    assert any("2003-04-17" in w for w in webb.working)  # the deadline's §7.10 working


def test_the_day_after_the_deadline_it_is_breached_and_a_late_performance_does_not_cure_it(engine, tmp_path) -> None:
    webb = _row(engine, _state(engine, tmp_path), "2003-04-18")
    assert webb.status is Status.BREACHED
    assert webb.timing.breached_on == dt.date(2003, 4, 18)
    assert webb.explanation.startswith("breached on 2003-04-18:")
    assert "the deadline was 2003-04-17" in webb.explanation
    state = _paying(
        engine,
        tmp_path,
        "{investor: WEBB, paid_on: 2003-04-20, cash: $10.00, webb_note_cancelled: $0,"
        " other_indebtedness_cancelled: $0, expenses_withheld: $0}",
    )
    assert _row(engine, state, "2003-05-01").status is Status.BREACHED


def _paying(engine, tmp_path: Path, payment: str):
    """The example with one more payment (a record of `payments`)."""
    text = EXAMPLE.read_text().replace("expense_reimbursement:", f"  - {payment}\nexpense_reimbursement:", 1)
    (tmp_path / "state.yaml").write_text(text)
    return engine.load_state(tmp_path / "state.yaml")


def test_an_end_event_ends_the_covenant_from_its_date(engine, tmp_path) -> None:
    state = _paying(
        engine,
        tmp_path,
        "{investor: WEBB, paid_on: 2003-05-01, cash: $0, webb_note_cancelled: $0,"
        " other_indebtedness_cancelled: $1.00, expenses_withheld: $0}",
    )
    assert _row(engine, state, "2003-04-30").status is Status.BREACHED  # before the event
    row = _row(engine, state, "2003-05-01")
    assert row.status is Status.ENDED
    assert row.timing.ended_by == "the cancellation of other indebtedness (§7.4)"
    assert row.timing.ended_on == dt.date(2003, 5, 1)
    assert row.explanation.startswith("ended by the cancellation of other indebtedness (§7.4) on 2003-05-01:")
    # Webb's breach of April 18 came first: it stays on the record
    assert row.timing.breached_on == dt.date(2003, 4, 18)
    assert "it was breached on 2003-04-18, before it ended (the deadline was 2003-04-17)" in row.explanation
    ftti = _row(engine, state, "2003-05-01", "FTTI")
    assert ftti.status is Status.COMPLIED  # FTTI's own row: no end event for it


def test_a_breach_is_waived_only_by_everyone_section_7_9_names(engine, tmp_path) -> None:
    waiver = (
        "waivers:\n  - {rule: test.pay_within_30_days, by: [COMPANY, FTTI, INTEL, WEBB], in_writing: true,"
        " dated: 2003-04-20}\n"
    )
    (tmp_path / "state.yaml").write_text(EXAMPLE.read_text().replace("waivers: []\n", waiver, 1))
    state = engine.load_state(tmp_path / "state.yaml")
    assert _row(engine, state, "2003-04-25").status is Status.WAIVED
    assert _row(engine, state, "2003-04-18").status is Status.BREACHED  # the waiver is later


def test_a_missing_fact_leaves_the_covenant_unknown_naming_it(engine, tmp_path) -> None:
    payments = EXAMPLE.read_text().split("payments:", 1)[1].split("expense_reimbursement:", 1)[0]
    state = _state(engine, tmp_path, drop="payments:" + payments)
    row = _row(engine, state, "2003-04-18")
    assert row.status is Status.UNKNOWN
    assert "payments" in " ".join(row.missing)


def test_the_json_contract_carries_the_deadline_and_the_date_of_breach(engine, tmp_path) -> None:
    state = _state(engine, tmp_path)
    doc = engine.check(state, as_of=dt.date(2003, 4, 18)).to_json()
    assert doc["schema"] == "dealcheck.checklist/2"
    row = next(r for r in doc["results"] if r["rule"] == "test.pay_within_30_days" and r["party"] == "WEBB")
    assert row["status"] == "breached"
    assert row["timing"] == {
        "deadline": "2003-04-17",
        "breached_on": "2003-04-18",
        "arises": "2003-03-18",
        "ended_by": None,
        "ended_on": None,
    }
    other = next(r for r in doc["results"] if r["rule"] == "spa.4.1.j")
    assert other["timing"] is None  # a condition to closing has no timing


def test_a_deadline_key_is_only_for_a_covenant(tmp_path) -> None:
    rule = TEST_RULE.replace("kind: covenant", "kind: condition")
    folder = policy_with(tmp_path, SETOFF_END, SETOFF_END + rule, "spa/article-7.yaml")
    with pytest.raises(PolicyError, match="for a rule of kind covenant"):
        Engine.for_policy_dir(folder)


def test_an_end_event_needs_its_quote_and_the_quote_must_be_the_agreements(tmp_path) -> None:
    rule = TEST_RULE.replace(
        'quote: "upon the consummation of a Qualified Public Offering"', 'quote: "upon any public offering"'
    )
    folder = policy_with(tmp_path, SETOFF_END, SETOFF_END + rule, "spa/article-7.yaml")
    with pytest.raises(PolicyError, match="ends: the cancellation of other indebtedness.*quote is not in the text"):
        Engine.for_policy_dir(folder)


@pytest.mark.parametrize("as_of", ["2003-03-10", "2003-03-18", "2003-04-17", "2003-04-18"])
def test_traced_rows_give_the_same_checklist(engine, tmp_path, monkeypatch, as_of) -> None:
    """A covenant's row traced (an assertion that may be set aside, an unresolved reading) is decided
    and explained as the compiled row is."""
    from engine.evaluation import _Run

    state = _state(engine, tmp_path)
    day = dt.date.fromisoformat(as_of)
    mixed = engine.check(state, as_of=day).to_json()
    monkeypatch.setattr(_Run, "_reads_at_risk", lambda self, crule: True)
    assert engine.check(state, as_of=day).to_json() == mixed


def test_an_unresolved_holiday_reading_that_does_not_move_the_deadline_leaves_the_outcome(engine, tmp_path) -> None:
    text = EXAMPLE.read_text().replace("waivers: []\n", "waivers: []\nsettings: {bank_holiday_calendars: unresolved}\n")
    (tmp_path / "state.yaml").write_text(text)
    state = engine.load_state(tmp_path / "state.yaml")
    row = _row(engine, state, "2003-04-18")
    assert row.status is Status.BREACHED
    assert row.timing.deadline == dt.date(2003, 4, 17)


def test_the_calendar_lists_each_covenants_deadline_with_its_status(engine, tmp_path) -> None:
    state = _state(engine, tmp_path)
    entries = [d for d in engine.deadlines(state, as_of=dt.date(2003, 4, 18)) if d.rule == "test.pay_within_30_days"]
    assert [(d.party, d.date, d.status) for d in entries] == [
        ("FTTI", dt.date(2003, 4, 17), "complied"),
        ("INTEL", dt.date(2003, 4, 17), "complied"),
        ("WEBB", dt.date(2003, 4, 17), "breached"),
    ]
    assert any("2003-04-17" in w for w in entries[2].working)
    assert entries[2].to_json()["rule"] == "test.pay_within_30_days"
