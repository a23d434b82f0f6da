"""notice_given(n) in the condition language: when a recorded notice took effect under SPA §7.6,
by its method, on the deal's calendar, with its working; compiled and traced alike.

A test rule in a copy of the Jabber policy reads the notice "claim" of the deal state and asks whether
it took effect by a date, so that durable-rules decides it and the reference evaluator explains it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from engine import Engine, Status
from helpers import ROOT, compiled_disagreements, policy_with

EXAMPLE = ROOT / "examples" / "jabber-series-d-closing.yaml"
SETOFF_END = "(spa.2.3.c), shown with its arithmetic (catalog spa.7.1.setoff).\n"
TEST_RULE = """
  - id: test.notice_in_time
    section: "7.6"
    title: The claim notice took effect by October 14, 2003 (a test rule)
    kind: condition
    binds: [INTEL]
    waiver: {by: nobody}
    quote: "shall be effective upon the earlier of actual receipt or deemed delivery"
    when: some n in notices where n.notice == "claim" satisfies notice_given(n) <= 2003-10-14
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = policy_with(tmp_path_factory.mktemp("policy"), SETOFF_END, SETOFF_END + TEST_RULE, "spa/article-7.yaml")
    with Engine.for_policy_dir(folder) as engine:
        yield engine


def _row(engine, tmp_path: Path, notice: str, settings: str = ""):
    path = tmp_path / "state.yaml"
    text = EXAMPLE.read_text().replace("waivers: []\n", f"waivers: []\n{settings}", 1)
    assert "\nnotices: []" in text
    path.write_text(text.replace("\nnotices: []", f"\nnotices:\n  - {notice}\n", 1))
    state = engine.load_state(path)
    day = dt.date(2003, 10, 31)
    assert compiled_disagreements(engine, state, day) == []
    return engine.check(state, as_of=day).result("test.notice_in_time")


@pytest.mark.parametrize(
    ("notice", "status", "in_working"),
    [
        # overnight courier sent Friday, October 10, 2003: the next business day is Tuesday the 14th,
        # Monday the 13th being Columbus Day (a Federal Reserve holiday under the default calendar)
        (
            "{notice: claim, from: INTEL, to: COMPANY, method: overnight_courier, sent_on: 2003-10-10}",
            Status.MET,
            "deemed delivered the next business day: 2003-10-14 (Tuesday)",
        ),
        # sent on Tuesday the 14th by courier: deemed delivered Wednesday the 15th, too late
        (
            "{notice: claim, from: INTEL, to: COMPANY, method: overnight_courier, sent_on: 2003-10-14}",
            Status.NOT_MET,
            "deemed delivered the next business day: 2003-10-15",
        ),
        # ... unless it was actually received earlier: "the earlier of actual receipt or deemed delivery"
        (
            "{notice: claim, from: INTEL, to: COMPANY, method: overnight_courier, sent_on: 2003-10-14,"
            " received_on: 2003-10-14}",
            Status.MET,
            "actual receipt",
        ),
        # an e-mail with no confirmation and no receipt shown has not been shown to take effect
        (
            "{notice: claim, from: INTEL, to: COMPANY, method: email, sent_on: 2003-10-01}",
            Status.UNKNOWN,
            "",
        ),
        # by mail (not a §7.6 method), received on the 9th: effective on receipt (notice_other_means default)
        (
            "{notice: claim, from: INTEL, to: COMPANY, method: mail, sent_on: 2003-10-06, received_on: 2003-10-09}",
            Status.MET,
            "not in conformity with §7.6",
        ),
    ],
)
def test_a_notice_takes_effect_as_section_7_6_says(engine, tmp_path, notice, status, in_working) -> None:
    row = _row(engine, tmp_path, notice)
    assert row.status is status, row.explanation
    assert in_working in " ".join([row.explanation, *row.working])


def test_by_mail_under_the_reading_that_such_a_notice_is_not_given(engine, tmp_path) -> None:
    notice = "{notice: claim, from: INTEL, to: COMPANY, method: mail, sent_on: 2003-10-06, received_on: 2003-10-09}"
    assert _row(engine, tmp_path, notice, "settings: {notice_other_means: not_given}\n").status is Status.UNKNOWN
    unresolved = _row(engine, tmp_path, notice, "settings: {notice_other_means: unresolved}\n")
    assert unresolved.status is Status.UNKNOWN  # decided under each reading: they differ
    assert "met under on_actual_receipt, unknown under not_given" in unresolved.explanation, unresolved.explanation
    assert unresolved.unresolved == ("notice_other_means",)
    assert "notice_other_means = not_given" in " ".join(unresolved.working)


def test_a_notice_without_its_method_is_unknown(engine, tmp_path) -> None:
    row = _row(engine, tmp_path, "{notice: claim, from: INTEL, to: COMPANY, sent_on: 2003-10-06}")
    assert row.status is Status.UNKNOWN
    assert "notices[claim].method" in row.missing
