"""When a notice is given under SPA §7.6, by the method it was sent, with the working.

§7.6 allows four methods: hand delivery, (a) electronic mail, (b) "an overnight express courier
service that provides written confirmation of delivery", and (c) "facsimile transmission with
written confirmation by the sending machine or with telephone confirmation of receipt (provided
that a confirming copy is sent by overnight express courier service ...)". Then:

    "Any communication given in conformity with this Section 7.6, shall be effective upon the
    earlier of actual receipt or deemed delivery. Delivery shall be deemed to have occurred as
    follows: if telecopied or sent by electronic mail, upon written confirmation by the sending
    machine of effective transmission or upon telephone confirmation of receipt; and if sent by
    overnight express courier service, the next business day."

What follows from the text (and differs from the catalog where noted):
- Hand delivery has no deemed rule: it is effective on actual receipt, the day it is handed over.
- E-mail and fax are deemed delivered on the confirmation; an e-mail without one is still a
  conforming method ((a) asks for none), so it is effective on actual receipt only.
- A fax conforms only with its confirmation and a confirming courier copy sent; the text sets no
  time for the copy, so its date is recorded but does not move the deemed date.
- Courier: "the next business day" after the day it was sent. "Business day" is undefined; it is
  read as a day that is not a Saturday, Sunday or §7.10 holiday (catalog §0.2, INFERENCE).
- Mail is not a §7.6 method (the IRA's notice clause has certified mail; the SPA does not). What a
  notice sent another way achieves is the setting `notice_other_means`: effective on actual
  receipt (default), or not given at all.
Dates only: a confirmation or receipt is recorded as the date it happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from engine.bank_holidays import BankCalendar
from engine.time_periods import next_business_day

METHODS = ("hand", "email", "fax", "overnight_courier", "mail", "other")
CONFIRMATIONS = ("sending_machine", "telephone")
OTHER_MEANS = ("on_actual_receipt", "not_given")  # the choices of setting notice_other_means; default first


@attrs.frozen
class Notice:
    """A notice as sent: its method and date, and what is known of its confirmation and receipt."""

    method: str
    sent_on: dt.date
    received_on: dt.date | None = None  # actual receipt, when known
    confirmed_on: dt.date | None = None  # e-mail or fax: the confirmation's date
    confirmation: str | None = None  # "sending_machine" (written) or "telephone" (of receipt)
    confirming_copy_sent_on: dt.date | None = None  # fax: the confirming copy by overnight courier
    courier_confirms_delivery: bool = True  # courier: the service provides written confirmation of delivery

    def __attrs_post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method is {self.method!r}; it is one of {', '.join(METHODS)}")
        if self.confirmation is not None and self.confirmation not in CONFIRMATIONS:
            raise ValueError(f"confirmation is {self.confirmation!r}; it is one of {', '.join(CONFIRMATIONS)}")
        for name in ("received_on", "confirmed_on"):
            when = getattr(self, name)
            if when is not None and when < self.sent_on:
                raise ValueError(
                    f"{name} {when.isoformat()} is before the notice was sent ({self.sent_on.isoformat()})"
                )
        if (self.confirmed_on is None) != (self.confirmation is None):
            raise ValueError("a confirmation has both its kind (confirmation) and its date (confirmed_on)")


@attrs.frozen
class NoticeTiming:
    """When a notice was deemed delivered and when it took effect, with each step of the working."""

    notice: Notice
    conforms: bool
    deemed_on: dt.date | None
    effective_on: dt.date | None  # None: not shown effective (yet), or not given at all
    steps: tuple[str, ...]
    reading: str | None = None  # notice_other_means, when it decided the result

    def working(self) -> str:
        n = self.notice
        head = f"Notice by {n.method.replace('_', ' ')} sent {n.sent_on.isoformat()} ({n.sent_on:%A})"
        tail = (
            f"Effective: {self.effective_on.isoformat()} ({self.effective_on:%A})"
            if self.effective_on
            else "Effective: not shown"
        )
        return "\n".join([head, *(f"  {s}" for s in self.steps), tail])


def _day(d: dt.date) -> str:
    return f"{d.isoformat()} ({d:%A})"


def _earlier(received: dt.date | None, deemed: dt.date | None, steps: list[str]) -> dt.date | None:
    """§7.6: "effective upon the earlier of actual receipt or deemed delivery"."""
    known = [d for d in (received, deemed) if d is not None]
    if not known:
        steps.append("neither actual receipt nor deemed delivery is shown")
        return None
    effective = min(known)
    if received is not None and deemed is not None:
        which = "actual receipt" if received < deemed else "deemed delivery" if deemed < received else "both"
        steps.append(f"effective upon the earlier of actual receipt or deemed delivery: {which}, {_day(effective)}")
    return effective


def notice_given(cal: BankCalendar, notice: Notice, *, other_means: str = OTHER_MEANS[0]) -> NoticeTiming:
    """When `notice` was deemed delivered and became effective under §7.6."""
    if other_means not in OTHER_MEANS:
        raise ValueError(f"notice_other_means is {other_means!r}; it is one of {', '.join(OTHER_MEANS)}")
    n, steps = notice, []
    received = n.received_on
    if received is not None:
        steps.append(f"actual receipt: {_day(received)}")
    problem: str | None = None
    deemed: dt.date | None = None
    if n.method == "hand":
        received = received or n.sent_on
        steps.append(f"hand delivered: received when handed over, {_day(received)} (§7.6 has no deemed rule for it)")
    elif n.method in ("email", "fax"):
        if n.method == "fax" and n.confirmation is None:
            problem = "a fax conforms only with written confirmation by the sending machine or telephone confirmation"
        elif n.method == "fax" and n.confirming_copy_sent_on is None:
            problem = "a fax conforms only if a confirming copy is sent by overnight express courier"
        if n.confirmation is not None and n.confirmed_on is not None:
            what = (
                "written confirmation by the sending machine"
                if n.confirmation == "sending_machine"
                else ("telephone confirmation of receipt")
            )
            deemed = n.confirmed_on
            steps.append(f"deemed delivered upon {what}: {_day(deemed)}")
        else:
            steps.append("no confirmation shown, so no deemed delivery: effective only on actual receipt")
        if n.method == "fax" and n.confirming_copy_sent_on is not None:
            steps.append(f"confirming copy sent by overnight courier on {_day(n.confirming_copy_sent_on)}")
    elif n.method == "overnight_courier":
        if not n.courier_confirms_delivery:
            problem = "§7.6 allows only a courier service that provides written confirmation of delivery"
        else:
            deemed, skipped = next_business_day(cal, n.sent_on)
            for s in skipped:
                steps.append(f"not a business day: {s.text()}")
            steps.append(f"deemed delivered the next business day: {_day(deemed)}")
    else:
        problem = f"{n.method.replace('_', ' ')} is not a method §7.6 allows"
    if problem is None:
        return NoticeTiming(n, True, deemed, _earlier(received, deemed, steps), tuple(steps))
    steps.append(f"not in conformity with §7.6: {problem}")
    if other_means == "not_given":
        steps.append("notice_other_means = not_given: a notice not given in conformity with §7.6 is not given")
        return NoticeTiming(n, False, None, None, tuple(steps), other_means)
    steps.append("notice_other_means = on_actual_receipt: effective only when actually received, never deemed")
    if received is None:
        steps.append("actual receipt is not shown")
    return NoticeTiming(n, False, None, received, tuple(steps), other_means)


def notice_under_each_reading(cal: BankCalendar, notice: Notice) -> Mapping[str, NoticeTiming]:
    """The notice under every choice of `notice_other_means` (a deal state left it unresolved)."""
    return {choice: notice_given(cal, notice, other_means=choice) for choice in OTHER_MEANS}
