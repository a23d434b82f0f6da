"""§7.6 notices: when each is deemed delivered and when it takes effect, by method, with working.

"Any communication given in conformity with this Section 7.6, shall be effective upon the earlier
of actual receipt or deemed delivery. Delivery shall be deemed to have occurred as follows: if
telecopied or sent by electronic mail, upon written confirmation by the sending machine of effective
transmission or upon telephone confirmation of receipt; and if sent by overnight express courier
service, the next business day."
"""

from __future__ import annotations

import datetime as dt

import pytest

from engine.notices import Notice, notice_given, notice_under_each_reading
from engine.policy import load_policy

D = dt.date


@pytest.fixture(scope="module")
def cal():
    policy = load_policy("jabber-series-d")
    return policy.calendar.calendar(policy.default_settings())


def test_hand_delivery_is_effective_when_handed_over(cal) -> None:
    t = notice_given(cal, Notice("hand", D(2003, 11, 10)))
    assert t.conforms and t.deemed_on is None and t.effective_on == D(2003, 11, 10)
    assert "no deemed rule" in t.working()
    # handed over on a Saturday: effective that day (§7.10 rolls periods, not deliveries)
    assert notice_given(cal, Notice("hand", D(2003, 11, 1))).effective_on == D(2003, 11, 1)


def test_email_is_deemed_delivered_on_confirmation(cal) -> None:
    n = Notice("email", D(2003, 11, 7), confirmed_on=D(2003, 11, 7), confirmation="sending_machine")
    t = notice_given(cal, n)
    assert t.conforms and t.deemed_on == D(2003, 11, 7) and t.effective_on == D(2003, 11, 7)
    assert "written confirmation by the sending machine: 2003-11-07 (Friday)" in t.working()
    # actual receipt before a later telephone confirmation: the earlier counts
    late = Notice(
        "email", D(2003, 11, 7), received_on=D(2003, 11, 8), confirmed_on=D(2003, 11, 10), confirmation="telephone"
    )
    t = notice_given(cal, late)
    assert (t.deemed_on, t.effective_on) == (D(2003, 11, 10), D(2003, 11, 8))
    assert "the earlier of actual receipt or deemed delivery: actual receipt, 2003-11-08 (Saturday)" in t.working()


def test_email_without_confirmation_takes_effect_only_on_receipt(cal) -> None:
    t = notice_given(cal, Notice("email", D(2003, 11, 7), received_on=D(2003, 11, 10)))
    assert t.conforms and t.deemed_on is None and t.effective_on == D(2003, 11, 10)
    unknown = notice_given(cal, Notice("email", D(2003, 11, 7)))
    assert unknown.effective_on is None and unknown.working().endswith("Effective: not shown")


def test_confirmed_fax_with_its_courier_copy(cal) -> None:
    n = Notice(
        "fax",
        D(2003, 11, 10),
        confirmed_on=D(2003, 11, 10),
        confirmation="sending_machine",
        confirming_copy_sent_on=D(2003, 11, 10),
    )
    t = notice_given(cal, n)
    assert t.conforms and t.effective_on == D(2003, 11, 10)
    assert "confirming copy sent by overnight courier" in t.working()


def test_a_fax_without_its_confirming_copy_does_not_conform(cal) -> None:
    n = Notice(
        "fax", D(2003, 11, 10), received_on=D(2003, 11, 10), confirmed_on=D(2003, 11, 10), confirmation="telephone"
    )
    readings = notice_under_each_reading(cal, n)
    assert not readings["on_actual_receipt"].conforms
    assert readings["on_actual_receipt"].effective_on == D(2003, 11, 10)
    assert readings["on_actual_receipt"].deemed_on is None
    assert readings["not_given"].effective_on is None
    assert "a confirming copy is sent by overnight express courier" in readings["not_given"].working()
    unconfirmed = notice_given(cal, Notice("fax", D(2003, 11, 10), confirming_copy_sent_on=D(2003, 11, 10)))
    assert not unconfirmed.conforms and unconfirmed.effective_on is None


def test_courier_is_deemed_delivered_the_next_business_day(cal) -> None:
    friday = notice_given(cal, Notice("overnight_courier", D(2003, 11, 7)))
    assert friday.deemed_on == D(2003, 11, 10) and friday.effective_on == D(2003, 11, 10)
    assert "not a business day: 2003-11-08 (Saturday) is a Saturday" in friday.working()
    # sent the day before Veterans Day: deemed on Wednesday 2003-11-12
    monday = notice_given(cal, Notice("overnight_courier", D(2003, 11, 10)))
    assert monday.deemed_on == D(2003, 11, 12)
    assert "2003-11-11 (Tuesday) is Veterans Day" in monday.working()
    # Thanksgiving, the Day After Thanksgiving (Delaware) and the weekend
    assert notice_given(cal, Notice("overnight_courier", D(2003, 11, 26))).deemed_on == D(2003, 12, 1)
    # actually received on the Saturday: effective then, the earlier of the two
    early = notice_given(cal, Notice("overnight_courier", D(2003, 11, 7), received_on=D(2003, 11, 8)))
    assert (early.deemed_on, early.effective_on) == (D(2003, 11, 8 + 2), D(2003, 11, 8))


def test_courier_on_columbus_day_depends_on_the_calendar() -> None:
    policy = load_policy("jabber-series-d")
    de_only = policy.calendar.calendar({**policy.default_settings(), "bank_holiday_calendars": "delaware_only"})
    both = policy.calendar.calendar(policy.default_settings())
    n = Notice("overnight_courier", D(2003, 10, 10))  # a Friday; Monday 2003-10-13 is Columbus Day
    assert notice_given(both, n).deemed_on == D(2003, 10, 14)
    assert notice_given(de_only, n).deemed_on == D(2003, 10, 13)


def test_mail_is_not_a_section_7_6_method(cal) -> None:
    n = Notice("mail", D(2003, 11, 3), received_on=D(2003, 11, 6))
    readings = notice_under_each_reading(cal, n)
    on_receipt, not_given = readings["on_actual_receipt"], readings["not_given"]
    assert not on_receipt.conforms and on_receipt.effective_on == D(2003, 11, 6) and on_receipt.deemed_on is None
    assert on_receipt.reading == "on_actual_receipt"
    assert "mail is not a method §7.6 allows" in on_receipt.working()
    assert not_given.effective_on is None
    assert notice_given(cal, Notice("mail", D(2003, 11, 3))).effective_on is None  # never received


def test_a_courier_without_written_confirmation_of_delivery(cal) -> None:
    t = notice_given(cal, Notice("overnight_courier", D(2003, 11, 7), courier_confirms_delivery=False))
    assert not t.conforms and t.effective_on is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "pigeon"},
        {"method": "email", "received_on": D(2003, 11, 6)},
        {"method": "email", "confirmed_on": D(2003, 11, 7)},
        {"method": "email", "confirmed_on": D(2003, 11, 7), "confirmation": "smoke"},
    ],
)
def test_bad_notices_are_refused(kwargs) -> None:
    with pytest.raises(ValueError):
        Notice(sent_on=D(2003, 11, 7), **kwargs)


def test_bad_reading_is_refused(cal) -> None:
    with pytest.raises(ValueError, match="notice_other_means"):
        notice_given(cal, Notice("hand", D(2003, 11, 7)), other_means="maybe")
