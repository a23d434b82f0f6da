"""The calendar a policy declares (calendar.yaml): read, checked, and refused with file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import PolicyError
from engine.policy import load_policy
from helpers import policy_with


def _policy_with(tmp_path: Path, old: str, new: str, file: str = "calendar.yaml") -> Path:
    return policy_with(tmp_path, old, new, file)


def test_the_jabber_policy_declares_its_calendar() -> None:
    policy = load_policy("jabber-series-d")
    c = policy.calendar
    assert c is not None and c.section == "7.10"
    assert c.sources["delaware"].kind == "country" and c.sources["delaware"].subdivision == "DE"
    assert c.sources["federal_reserve"].code == "XFED"
    assert all(s.observed for s in c.sources.values())
    assert c.settings() == ("bank_holiday_calendars", "delaware_election_day")
    assert (c.fiscal_year.end_month, c.fiscal_year.end_day) == (12, 31)
    quoted = [where for where, _, _ in policy.quotes()]
    assert "calendar (holidays)" in quoted and "calendar (fiscal_year)" in quoted
    assert "setting notice_other_means" in quoted


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ("    subdivision: DE\n", "    subdivision: XX\n", r"calendar\.yaml:\d+.*no subdivision 'XX' of US"),
        ("    financial: XFED\n", "    financial: FEDX\n", r"calendar\.yaml:\d+.*no financial calendar 'FEDX'"),
        ("    source: holidays\n    country", "    source: workalendar\n    country", r"`source` is `holidays`"),
        ("    observed: true\n", "    observed: yes please\n", r"calendar\.yaml:\d+.*`observed` is true or false"),
        ("    delaware_only: [delaware]\n", "    delaware_only: [delawre]\n", r"names calendar 'delawre'.*delaware"),
        ("    delaware_only: [delaware]\n", "", r"exactly the choices of bank_holiday_calendars"),
        (
            "  setting: bank_holiday_calendars\n",
            "  setting: bank_holiday_calendar\n",
            r"not declared.*bank_holiday_calendars",
        ),
        ("when: every_general_election", "when: always", r"'always' is not a choice of delaware_election_day"),
        ('  ends: "12-31"\n', '  ends: "02-30"\n', r"ends '02-30' is not a month and day"),
        ("fiscal_year:\n", "fiscal_years:\n", r"unknown key 'fiscal_years'.*fiscal_year"),
        ("the fiscal year ended December 31, 2002", "the fiscal year ended June 30, 2002", r"quote is not in the text"),
        ("remain closed.\ncalendars:", "remain shut.\ncalendars:", r"calendar \(holidays\).*quote is not in the text"),
    ],
)
def test_bad_declarations_are_refused(tmp_path, old, new, needle) -> None:
    folder = _policy_with(tmp_path, old, new)
    with pytest.raises(PolicyError, match=needle) as info:
        load_policy(folder=folder)
    assert "calendar.yaml" in str(info.value)


def test_a_missing_calendar_file_is_named(tmp_path) -> None:
    folder = _policy_with(tmp_path, "calendar: calendar.yaml", "calendar: calender.yaml", "deal.yaml")
    with pytest.raises(PolicyError, match="calender.yaml.*file not found"):
        load_policy(folder=folder)


def test_a_setting_quote_is_verified(tmp_path) -> None:
    folder = _policy_with(
        tmp_path,
        "quote: within thirty (30) days prior to each fiscal year-end",
        "quote: within 30 days",
        "settings.yaml",
    )
    with pytest.raises(PolicyError, match=r"settings\.yaml:\d+.*setting period_before_roll"):
        load_policy(folder=folder)


def test_a_policy_without_a_calendar_still_loads(tmp_path) -> None:
    folder = _policy_with(tmp_path, "calendar: calendar.yaml\n", "", "deal.yaml")
    assert load_policy(folder=folder).calendar is None
