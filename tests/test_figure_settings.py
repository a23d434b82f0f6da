"""A figure chosen by an interpretation setting (`value: {setting, cases}`): one figure whose working
names the reading it was taken under; the results that use it name the setting; left unresolved, the
figure is what every reading agrees on, the rows it leaves unknown are decided reading by reading, and
the calendar lists its date once, or once per reading when they differ."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from engine import Engine, Status
from engine.dealstate import load_deal_state_text
from engine.errors import PolicyError
from engine.expression import ast
from engine.expression.compiled import Compiler, Context
from engine.expression.evaluate import SETTINGS, Evaluator, working_of
from engine.factbase import UNKNOWN, FactBase
from engine.policy import load_policy
from engine.report import rules_listing
from helpers import EXAMPLES, policy_with

CLOSING = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
QPO_SWITCH = "    value:\n      setting: qpo_stock_dividend\n      cases:\n        adjusts:\n"


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


def _after_ipo(engine: Engine, settings: str, price: str = "$0.70"):
    """The closing example a year on: a 100% stock dividend, then an offering at `price` a share."""
    events = {
        "stock_splits": [{"kind": "stock_dividend", "effective_on": "2004-01-15", "ratio": "2"}],
        "public_offerings": [
            {
                "offering": "ipo",
                "closed_on": "2004-06-30",
                "price_per_share": price,
                "gross_proceeds_company": "$20,000,000.00",
                "gross_proceeds_selling_stockholders": "$0",
                "firm_commitment": True,
                "underwritten": True,
                "registration_statement_effective": True,
                "common_stock_sold_by_company": True,
            }
        ],
    }
    text = CLOSING.replace("as_of: 2003-03-18", f"as_of: 2004-12-31\nsettings: {settings}", 1)
    text = text.replace("stock_splits: []\n", "").replace("public_offerings: []\n", "")
    return load_deal_state_text(text + "\n" + yaml.safe_dump(events), engine.policy, "deal.yaml")


# ---------------------------------------------------------------- the policy


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (QPO_SWITCH, QPO_SWITCH.replace("qpo_stock_dividend", "qpo_stock_dividnd"), "did you mean"),
        (QPO_SWITCH, QPO_SWITCH.replace("adjusts:", "adjusted:"), "exactly the choices of qpo_stock_dividend"),
        (QPO_SWITCH, QPO_SWITCH.replace("setting:", "settings:"), "{setting: a declared setting, cases: ...}"),
        ("    value: $1.40\n", "    value: [$1.40]\n", "qpo_minimum_price: `value` is an expression, or {setting"),
    ],
)
def test_a_figure_chosen_by_a_setting_is_checked_when_the_policy_loads(tmp_path: Path, old, new, needle) -> None:
    folder = policy_with(tmp_path, old, new, "spa/article-1.yaml")
    with pytest.raises(PolicyError) as info:
        load_policy(folder)
    text = str(info.value)
    assert "article-1.yaml:" in text and "definition q" in text and needle in text, text


AGE_LIMIT = """
  - name: certificate_age_limit
    section: "4.1(i)"
    title: The most days a good standing certificate may be old
    quote: "as of recent date prior to the Closing"
    value:
      setting: good_standing_recent
      cases:
        judgement: {judgement}
        days: setting("good_standing_recent")
"""


def _age_limit(tmp_path: Path, judgement: str = "0"):
    old = "\nrules:\n"
    return load_policy(policy_with(tmp_path, old, AGE_LIMIT.format(judgement=judgement) + old, "spa/article-1.yaml"))


def test_a_figure_reads_a_number_in_its_number_case_only(tmp_path: Path) -> None:
    policy = _age_limit(tmp_path)
    node = ast.DefRef("certificate_age_limit", None, text="certificate_age_limit")
    calendars = policy.calendars()
    compiled = Compiler(policy.facts, policy.groups, policy.definitions, calendars).compile(node)
    facts = FactBase(as_of=dt.date(2003, 3, 18))
    for chosen, expected in ((30, 30), ("judgement", 0), ("unresolved", UNKNOWN)):
        env = {SETTINGS: {**policy.default_settings(), "good_standing_recent": chosen}}
        step = Evaluator(facts, policy.facts, policy.groups, None, policy.definitions, calendars).evaluate(node, env)
        value = compiled(Context(facts, policy.facts, policy.groups, lambda r, p: UNKNOWN), env)[0]
        assert step.value == expected and value == expected if expected is not UNKNOWN else value is UNKNOWN
    working = working_of(step) or ""
    assert "good_standing_recent is unresolved" in working and "0 under judgement; unknown under days" in working


def test_a_number_outside_the_figures_number_case_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"article-1\.yaml:\d+.*only known in the `days` case"):
        _age_limit(tmp_path, judgement='setting("good_standing_recent")')


# ---------------------------------------------------------------- the results


def test_results_name_the_settings_of_the_figures_they_use(engine) -> None:
    checklist = engine.check(_after_ipo(engine, "{}"))
    row = checklist.result("spa.1.1.aa", None)
    assert row.status is Status.MET
    assert row.settings == {"qpo_stock_dividend": "adjusts", "qpo_gross_proceeds": "company_only"}
    assert "under qpo_stock_dividend = adjusts, qpo_gross_proceeds = company_only" in row.explanation
    ended = checklist.result("spa.5.2.c.v", "FTTI")  # its end is dated by the figure
    assert ended.status is Status.ENDED and ended.timing.ended_on == dt.date(2004, 6, 30)
    assert ended.settings["qpo_stock_dividend"] == "adjusts"
    listing = rules_listing(engine.policy)
    section = listing[listing.index("qpo_stock_dividend") :]
    assert "spa.1.1.aa" in section[: section.index("qpo_gross_proceeds")]


def test_left_unresolved_the_readings_that_disagree_make_the_row_unknown(engine) -> None:
    checklist = engine.check(_after_ipo(engine, "{qpo_stock_dividend: unresolved}"))
    row = checklist.result("spa.1.1.aa", None)
    assert row.status is Status.UNKNOWN and row.unresolved == ("qpo_stock_dividend",)
    assert "depends on the unresolved reading qpo_stock_dividend" in row.explanation
    assert "met under adjusts, not met under not_adjusted" in row.explanation
    assert "settings.qpo_stock_dividend" in row.missing
    ended = checklist.result("spa.5.2.c.v", "FTTI")  # ended under one reading only: unknown
    assert ended.status is Status.UNKNOWN and "qpo_stock_dividend" in ended.unresolved
    dates = [(d.date, d.reading) for d in engine.deadlines(_after_ipo(engine, "{qpo_stock_dividend: unresolved}"))]
    assert (dt.date(2004, 6, 30), "qpo_stock_dividend=adjusts") in dates  # no Qualified Public Offering otherwise


def test_left_unresolved_the_readings_that_agree_keep_the_status(engine) -> None:
    state = _after_ipo(engine, "{qpo_stock_dividend: unresolved, qpo_gross_proceeds: unresolved}", price="$1.40")
    row = engine.check(state).result("spa.1.1.aa", None)
    assert row.status is Status.MET and set(row.unresolved) == {"qpo_stock_dividend", "qpo_gross_proceeds"}
    assert "the same under every reading of qpo_stock_dividend, qpo_gross_proceeds" in row.explanation
    entries = [d for d in engine.deadlines(state) if d.name == "qualified_public_offering_date"]
    assert [(d.date, d.reading) for d in entries] == [(dt.date(2004, 6, 30), None)]
    assert any("the same under every reading" in w for w in entries[0].working)
