"""Reasons a lawyer reads: the policy's own words, values written out, and no expression syntax.

The feature suite checks the reason of every row a scenario asserts (tests/steps.py `_expect_status`),
and `dealcheck coverage` holds every rule to a scenario in every status it can take. Here: every row
of every example at dates before, at and long after the Closing, every setting left unresolved, the
words a rule declares, and the policy errors a writer of `reasons:` can make."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from engine import Engine, Status
from engine.dealstate import load_deal_state_text
from engine.errors import PolicyError
from engine.policy import load_policy
from engine.reasons import Words
from engine.wording import date_words, plain_value, syntax_in
from helpers import EXAMPLES, ROOT, policy_with

DATES = ("2003-03-01", None, "2003-03-19", "2004-06-01", "2008-01-01")


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_row_of_every_example_reads_as_english(engine, example: str) -> None:
    state = engine.load_state(EXAMPLES / example)
    seen: set[Status] = set()
    for day in DATES:
        checklist = engine.check(state, dt.date.fromisoformat(day) if day else None)
        for r in checklist.results:
            seen.add(r.status)
            assert r.reason, (r.rule, r.party)
            code = syntax_in(r.reason)
            assert code is None, f"{example} as of {checklist.as_of}: {r.rule} {r.party}: {code}: {r.reason}"
            assert r.explanation and r.explanation != r.reason
    assert len(seen) >= 4


def test_every_setting_left_unresolved_reads_as_english(engine) -> None:
    """The questions for counsel and what each reading gives, for every row, with every setting open."""
    text = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
    open_all = "{" + ", ".join(f"{n}: unresolved" for n in engine.policy.settings) + "}"
    text = text.replace("as_of: 2003-03-18", f"as_of: 2003-03-18\nsettings: {open_all}", 1)
    state = load_deal_state_text(text, engine.policy, "deal.yaml")
    checklist = engine.check(state)
    questions = [r for r in checklist.results if r.reason.startswith("Depends on a question left to counsel")]
    assert questions, "some row must depend on an open question"
    for r in checklist.results:
        assert syntax_in(r.reason) is None, (r.rule, r.party, r.reason)
    for r in questions:
        assert re.search(
            r"It is (met|not met|unknown|complied|breached|due|not applicable|ended) if read as “", r.reason
        )


def test_the_minimum_investment_reads_as_the_issue_asks(engine) -> None:
    """Issue 9's own example: the total, the shortfall and each Investor's part."""
    checklist = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml"))
    reason = checklist.result("spa.4.1.p", "INTEL").reason
    assert reason.startswith("The Investors invested $7,199,999.947 at the Closing, $0.053 short of the $7,200,000")
    assert "(FTTI $3,499,995.89, Intel $2,558,004.057, Webb $1,142,000.00)" in reason
    assert "invested_at_closing" in checklist.result("spa.4.1.p", "INTEL").explanation


def test_a_waiver_a_set_aside_act_and_a_stale_judgement_are_worded_with_the_parties_terms(engine) -> None:
    review = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-review.yaml"))
    ftti = review.result("spa.4.1.j", "FTTI").reason
    assert "a waiver by the Company is set aside: the Company may not waive it for FTTI" in ftti
    assert "“any of which may be waived with respect to an Investor in writing by that Investor”" in ftti
    gaps = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml"))
    assert gaps.result("spa.4.1.j", "INTEL").reason.startswith(
        "Waived in writing by Intel on March 18, 2003; otherwise: "
    )


# ---------------------------------------------------------------- the words themselves


def test_values_are_written_as_a_lawyer_writes_them() -> None:
    from decimal import Decimal
    from fractions import Fraction

    terms = {"INTEL": "Intel", "COMPANY": "the Company"}
    assert plain_value(Decimal("7199999.95"), terms) == "$7,199,999.95"
    assert plain_value(dt.date(2003, 3, 18), terms) == "March 18, 2003" == date_words(dt.date(2003, 3, 18))
    assert plain_value(("INTEL", "COMPANY", "WEBB"), terms) == "Intel, the Company and WEBB"
    assert plain_value((), terms) == "none"
    assert plain_value(Fraction(49, 100), terms) == "49%"
    assert plain_value(Fraction(2, 3), terms) == "2/3"
    assert plain_value(True, terms) == "yes"
    assert plain_value(44_483_362, terms) == "44,483,362"


def test_an_engine_sentence_is_put_in_words_but_a_quote_is_left_as_the_agreement_has_it() -> None:
    words = Words(load_policy("jabber-series-d"))
    text = words.plain("INTEL waived it on 2003-03-18 (§4.1: “by that Investor on 2003-03-18 INTEL”)")
    assert text == "Intel waived it on March 18, 2003 (§4.1: “by that Investor on 2003-03-18 INTEL”)"
    assert words.fact("closing_date") != "closing_date"


@pytest.mark.parametrize(
    "text",
    [
        "sum(p.cash for p in payments) >= $7,200,000 is false",
        'documents["legal_opinion"].delivered_to',
        "investments[FTTI].shares",
        "closing_date == 2003-03-18",
        "qualified_public_offering_closed",
    ],
)
def test_expression_syntax_is_caught(text: str) -> None:
    assert syntax_in(text) is not None


def test_a_plain_sentence_passes() -> None:
    assert syntax_in("FTTI has not received the legal opinion (delivered to: Intel and Webb), e.g. by hand") is None


# ---------------------------------------------------------------- what a writer of `reasons:` can get wrong

J_MET = "      met: '{party} has received the legal opinion of the Company''s counsel"


@pytest.mark.parametrize(
    ("new", "needle"),
    [
        ("      met: '{party has received the legal opinion of the Company''s counsel", "a brace with no partner"),
        ("      met: '{} has received the legal opinion of the Company''s counsel", "an empty {}"),
        ("      met: '{partyy} has received the legal opinion of the Company''s counsel", "partyy"),
        ("      mett: '{party} has received the legal opinion of the Company''s counsel", '"mett"'),
    ],
)
def test_a_mistake_in_the_words_names_the_rule_file_and_line(tmp_path, new: str, needle: str) -> None:
    folder = policy_with(tmp_path, J_MET, new, "spa/article-4.yaml")
    with pytest.raises(PolicyError) as info:
        load_policy("jabber-series-d", root=folder.parent)
    message = str(info.value)
    assert "spa.4.1.j" in message and "article-4.yaml:" in message and needle in message


def test_every_way_of_saying_it_but_the_last_needs_an_if(tmp_path) -> None:
    old = "        - say: 'The legal opinion is not in the form of Exhibit I'"
    new = (
        "        - if: closing_date == closing_date\n          say: 'The legal opinion is not in the form of Exhibit I'"
    )
    folder = policy_with(tmp_path, old, new, "spa/article-4.yaml")
    with pytest.raises(PolicyError, match="the last one, said otherwise, has none"):
        load_policy("jabber-series-d", root=folder.parent)


def test_every_shipped_rule_words_each_status_it_words_itself() -> None:
    """Issue 9: each rule declares its wording. met and not met always; not applicable when the rule
    has `applies_when`. (The fact wordings are required by the loader: tests/test_wording.py.)"""
    from engine.policy import known_deals

    for deal in known_deals(ROOT / "policies"):
        policy = load_policy(deal)
        for rule in policy.rules.values():
            needed = {"met", "not_met"} | ({"not_applicable"} if rule.applies_when is not None else set())
            missing = needed - set(rule.reasons.says)
            assert not missing, f"{deal}: {rule.id} words no {', '.join(sorted(missing))} (its `reasons:`)"


def test_a_fraction_is_written_exactly_and_a_per_cent_only_for_a_share_of_one() -> None:
    from fractions import Fraction

    assert plain_value(Fraction(7, 2), {}) == "3.5"
    assert plain_value(Fraction(171_500_001, 2), {}) == "85,750,000.5"
    assert plain_value(Fraction(10, 3), {}) == "3 1/3"
    assert plain_value(Fraction(133, 200), {}) == "66.5%"
