"""What an evaluation returns: a status per rule and party, never a bare boolean, with its why."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable
from typing import Any

import attrs


class Status(enum.Enum):
    MET = "met"
    NOT_MET = "not_met"
    WAIVED = "waived"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"
    # a covenant over time (a rule with `due`, `arises`, `ends` or `breached_on`)
    COMPLIED = "complied"
    BREACHED = "breached"
    DUE = "due"
    NOT_YET_DUE = "not_yet_due"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @property
    def satisfied(self) -> bool | None:
        """True when the row no longer stands in the way (a covenant not breached); None when that is unknown."""
        if self is Status.UNKNOWN:
            return None
        return self not in (Status.NOT_MET, Status.BREACHED)

    @property
    def open(self) -> bool:
        """Outstanding: what a waiver can still release (not met, breached, due or unknown)."""
        return self in _OPEN

    @classmethod
    def parse(cls, text: str) -> Status:
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        for s in cls:
            if s.value == key:
                return s
        raise ValueError(f"{text!r} is not a status; use one of {', '.join(s.label for s in cls)}")


_OPEN = frozenset({Status.NOT_MET, Status.UNKNOWN, Status.BREACHED, Status.DUE})


@attrs.frozen
class Timing:
    """When a covenant falls due, was breached or ended, as of the evaluation's date."""

    deadline: dt.date | None = None
    breached_on: dt.date | None = None
    arises: dt.date | None = None
    ended_by: str | None = None  # the event that ended it, with its section
    ended_on: dt.date | None = None  # the date of that event, when the rule says how to find it

    def to_json(self) -> dict[str, Any]:
        return {
            "ended_on": self.ended_on.isoformat() if self.ended_on else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "breached_on": self.breached_on.isoformat() if self.breached_on else None,
            "arises": self.arises.isoformat() if self.arises else None,
            "ended_by": self.ended_by,
        }


@attrs.frozen
class FactUsed:
    name: str
    value: str
    asserted_by: str | None = None
    source: str | None = None
    note: str | None = None


@attrs.frozen
class SetAside:
    """An act the deal state records that does not count: a waiver or an assertion by the wrong
    party, too late, not in writing, or a judgement whose basis has changed since. A fact about the
    deal, not bad input: the checklist still prints and says why."""

    kind: str  # "waiver" | "assertion" | "stale judgement"
    by: tuple[str, ...]
    subject: str  # the rule waived, or the fact asserted
    why: str
    clause: str | None = None  # where the rule comes from: section and quoted words
    dated: dt.date | None = None
    line: int | None = None
    plain: str = attrs.field(default="", eq=False)  # in words, parties by their terms (engine/reasons.py)

    def words(self, clause: bool = True) -> str:
        """What the checklist says of it: plain words when the evaluation gave them, and its clause."""
        if not self.plain:
            return self.text() if clause else attrs.evolve(self, clause=None).text()
        return self.plain + (f" ({self.clause})" if clause and self.clause else "")

    def text(self) -> str:
        who = ", ".join(self.by) or "nobody"
        head = f"waiver by {who}" if self.kind == "waiver" else f"{self.subject} asserted by {who}"
        if self.kind == "stale judgement":
            text = f"{self.subject}: re-confirm: {self.why}"
        else:
            verb = "cannot be placed in time" if self.kind == "undated" else "set aside"
            text = f"{head} {verb}: {self.why}"
        return text + (f" ({self.clause})" if self.clause else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "by": list(self.by),
            "subject": self.subject,
            "why": self.why,
            "clause": self.clause,
            "dated": self.dated.isoformat() if self.dated else None,
            "line": self.line,
            "words": self.words(),
        }


@attrs.frozen
class WaiverUsed:
    by: tuple[str, ...]
    dated: dt.date | None
    note: str | None


@attrs.frozen
class Details:
    """The why of a row: built only when a result is rendered, serialised or asked for. `reason` is
    plain English (engine/reasons.py); `explanation` is the same why in the expression language."""

    reason: str
    missing: tuple[str, ...]
    facts: tuple[FactUsed, ...]
    working: tuple[str, ...]
    explanation: str = ""


@attrs.frozen(slots=False)
class Result:
    """One row of the checklist. The status and what decides it are computed with the evaluation; the
    reason, missing facts, facts consulted and working are computed on first use and kept."""

    rule: str
    agreement: str
    section: str
    title: str
    party: str | None
    status: Status
    settings: dict[str, str]
    condition: str
    quote: str
    waiver: WaiverUsed | None = None
    notes: tuple[str, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    caused_by: tuple[str, ...] = ()  # the row's own party, when its own act or default fails the rule
    unresolved: tuple[str, ...] = ()  # interpretation settings left unresolved that decide this row
    timing: Timing | None = None  # a covenant over time: its deadline, date of breach, end
    kind: str = "condition"  # the rule's kind (condition, covenant, right, deadline, definition)
    explained: Callable[[], Details] = attrs.field(default=None, eq=False, repr=False, kw_only=True)

    @functools.cached_property
    def details(self) -> Details:
        return self.explained()

    @property
    def reason(self) -> str:
        return self.details.reason

    @property
    def outstanding(self) -> bool:
        """Something still to do: an open status of a rule that asks for something. A definition row
        (whether a Qualified Public Offering has closed) says what is so, and is never outstanding."""
        return self.status.open and self.kind != "definition"

    @property
    def explanation(self) -> str:
        """The reason in the expression language, for `dealcheck explain` and the JSON."""
        return self.details.explanation

    @property
    def missing(self) -> tuple[str, ...]:
        return self.details.missing

    @property
    def facts(self) -> tuple[FactUsed, ...]:
        return self.details.facts

    @property
    def working(self) -> tuple[str, ...]:
        return self.details.working

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "agreement": self.agreement,
            "section": self.section,
            "title": self.title,
            "party": self.party,
            "status": self.status.value,
            "kind": self.kind,
            "outstanding": self.outstanding,
            "reason": self.reason,
            "explanation": self.explanation,
            "missing": list(self.missing),
            "facts": [
                {"name": f.name, "value": f.value, "asserted_by": f.asserted_by, "source": f.source, "note": f.note}
                for f in self.facts
            ],  # attrs.asdict's field introspection, once per fact of every row, was a tenth of the JSON time
            "working": list(self.working),
            "settings": dict(self.settings),
            "condition": self.condition,
            "quote": self.quote,
            "waiver": (
                {
                    "by": list(self.waiver.by),
                    "dated": self.waiver.dated.isoformat() if self.waiver.dated else None,
                    "note": self.waiver.note,
                }
                if self.waiver
                else None
            ),
            "notes": list(self.notes),
            "set_aside": [s.to_json() for s in self.set_aside],
            "caused_by": list(self.caused_by),
            "unresolved": list(self.unresolved),
            "timing": self.timing.to_json() if self.timing else None,
        }


@attrs.frozen
class Checklist:
    """The closing checklist of one deal state as of one date."""

    deal: str
    title: str
    as_of: dt.date
    ready: bool
    verdict: str
    results: tuple[Result, ...]
    settings: dict[str, str]
    policy_fingerprint: str
    set_aside: tuple[SetAside, ...] = ()
    could_close: tuple[str, ...] = ()  # parties whose own obligation to close is met now (several, §2.2)
    questions: dict[str, str] = attrs.field(factory=dict)  # unresolved setting -> the question for counsel
    policy_folder: str | None = None  # the folder the policy was loaded from (absolute)
    compliance: str = ""  # the covenants over time as of the date: breached and due, with their dates

    def result(self, rule: str, party: str | None = None) -> Result:
        rows = [r for r in self.results if r.rule == rule]
        if not rows:
            raise KeyError(rule)
        if party is None:
            if len(rows) == 1:
                return rows[0]
            raise KeyError(f"{rule} has one result per party: {', '.join(str(r.party) for r in rows)}")
        for r in rows:
            if r.party == party:
                return r
        raise KeyError(f"{rule} has no result for {party}")

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": "dealcheck.checklist/2",
            "deal": self.deal,
            "title": self.title,
            "as_of": self.as_of.isoformat(),
            "ready": self.ready,
            "verdict": self.verdict,
            "settings": dict(self.settings),
            "policy_fingerprint": self.policy_fingerprint,
            "policy_folder": self.policy_folder,
            "set_aside": [s.to_json() for s in self.set_aside],
            "could_close": list(self.could_close),
            "questions": dict(self.questions),
            "compliance": self.compliance,
            "results": [r.to_json() for r in self.results],
        }
