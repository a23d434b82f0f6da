"""The facts of one deal state, validated, with who asserted what and when.

A fact that is absent is unknown: reads return UNKNOWN, never False or zero.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from engine.results import SetAside


class _Unknown:
    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no truth value; use three-valued logic")


UNKNOWN: Any = _Unknown()


@attrs.frozen
class Provenance:
    """Who asserted a value, on what date, and where in the deal-state file it is written."""

    asserted_by: str | None = None
    on: dt.date | None = None
    source: str | None = None
    line: int | None = None
    judgement: bool = False  # a judgement fact: it must be made by the right party, in time
    refused: str | None = None  # why the assertor may not make this judgement
    clause: str | None = None  # the words that make it someone's call
    basis: dict[str, Any] | None = None  # the values the judgement was made on, as written


@attrs.frozen
class Read:
    """One fact consulted during an evaluation, as displayed in explanations."""

    name: str
    value: Any
    provenance: Provenance | None = None
    note: str | None = None
    set_aside: SetAside | None = None


@attrs.frozen
class Window:
    """The date by which acts under a rule must be made ("on or prior to the Closing Date")."""

    date: Any  # a date, or UNKNOWN
    fact: str
    quote: str

    @property
    def label(self) -> str:
        return self.fact.replace("_", " ").title()


@attrs.define
class FactBase:
    """Facts by kind: plain (name -> value), per party (name -> party -> value), records
    (name -> key -> record). `as_of` hides anything recorded after it."""

    as_of: dt.date
    plain: dict[str, Any] = attrs.field(factory=dict)
    per_party: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    records: dict[str, dict[str, dict[str, Any]]] = attrs.field(factory=dict)
    provenance: dict[tuple[str, str | None], Provenance] = attrs.field(factory=dict)
    record_dates: dict[tuple[str, str], dt.date] = attrs.field(factory=dict)
    defaults: dict[str, tuple[Any, str]] = attrs.field(factory=dict)
    stale: dict[tuple[str, str | None], SetAside] = attrs.field(factory=dict)  # judgements to re-confirm
    # keyed like provenance: how a value written under another name was read (engine/identity.py)
    notes: dict[tuple[str, str | None], str] = attrs.field(factory=dict)

    def _note(self, name: str, key: str | None, other: str | None = None) -> str | None:
        if not self.notes:
            return other or None
        return "; ".join(n for n in (self.notes.get((name, key)), other) if n) or None

    def assessed(
        self,
        shown: str,
        value: Any,
        prov: Provenance | None,
        key: tuple,
        window: Window | None,
        note: str | None = None,
    ) -> Read:
        """A value as it stands as of the as-of date: hidden when asserted later, set aside when the
        assertor may not make the call, made too late, or its basis has changed since."""
        problem = None if prov is None else self.problem(prov, key, window)
        if problem is None:
            return Read(shown, value, prov, note)
        kind, why, clause = problem
        if kind == "later":
            return Read(shown, UNKNOWN, prov, why)
        if kind == "stale":
            return Read(shown, UNKNOWN, prov, self.stale[key].text(), self.stale[key])
        assert prov is not None
        who = (prov.asserted_by,) if prov.asserted_by else ()
        sa = SetAside(kind, who, shown, why, clause, prov.on, prov.line)
        return Read(shown, UNKNOWN, prov, sa.text(), sa)

    def stands(self, prov: Provenance | None, key: tuple, window: Window | None) -> bool:
        """Whether a value with this provenance stands (what `assessed` keeps), without building a Read."""
        return prov is None or self.problem(prov, key, window) is None

    def problem(self, prov: Provenance, key: tuple, window: Window | None) -> tuple[str, str, str | None] | None:
        """Why an asserted value does not stand as of the as-of date: (kind, why, clause), or None.
        Kinds: later (asserted after the as-of date), stale, assertion (wrong party or too late), undated."""
        if prov.on is not None and prov.on > self.as_of:
            return "later", f"asserted on {prov.on.isoformat()}, after the as-of date", None
        if prov.refused:
            return "assertion", prov.refused, prov.clause
        if key in self.stale:
            return "stale", "", None
        if prov.judgement and window is not None:
            clause = f"“{window.quote}”"
            if window.date is UNKNOWN:
                return "undated", f"whether it was made {window.quote} decides, and {window.fact} is unknown", clause
            if prov.on is not None and prov.on > window.date:
                return (
                    "assertion",
                    f"made on {prov.on.isoformat()}, after the {window.label} ({window.date.isoformat()})",
                    clause,
                )
            if prov.on is None and self.as_of > window.date:
                return (
                    "undated",
                    f"undated, and only a judgement made {window.quote} ({window.date.isoformat()}) counts",
                    clause,
                )
        return None

    def read_plain(self, name: str, window: Window | None = None) -> Read:
        if name in self.plain:
            return self.assessed(
                name, self.plain[name], self.provenance.get((name, None)), (name, None), window, self._note(name, None)
            )
        if name in self.defaults:
            value, source = self.defaults[name]
            return Read(name, value, Provenance(source=f"default: {source}"))
        return Read(name, UNKNOWN)

    def read_per_party(self, name: str, party: str, window: Window | None = None) -> Read:
        shown = f"{name}[{party}]"
        values = self.per_party.get(name)
        if values is None or party not in values:
            return Read(shown, UNKNOWN)
        note = self._note(name, party)
        return self.assessed(shown, values[party], self.provenance.get((name, party)), (name, party), window, note)

    def record_keys(self, name: str) -> list[str] | None:
        """Keys of the visible records, in the order written; None when the fact is absent."""
        recs = self.records.get(name)
        if recs is None:
            return None
        return [k for k in recs if self._record_visible(name, k)]

    def hidden_records(self, name: str) -> list[tuple[str, str]]:
        """Records left out because they were recorded after the as-of date, with why."""
        return [
            (k, f"recorded on {self.record_dates[(name, k)].isoformat()}, after the as-of date")
            for k in self.records.get(name, {})
            if not self._record_visible(name, k)
        ]

    def _record_visible(self, name: str, key: str) -> bool:
        date = self.record_dates.get((name, key))
        return date is None or date <= self.as_of

    def read_record(self, name: str, key: str) -> Read:
        shown = f"{name}[{key}]"
        recs = self.records.get(name)
        if recs is None or key not in recs:
            return Read(shown, UNKNOWN)
        if not self._record_visible(name, key):
            date = self.record_dates[(name, key)]
            return Read(shown, UNKNOWN, note=f"recorded on {date.isoformat()}, after the as-of date")
        return Read(shown, recs[key], self.provenance.get((name, key)), self._note(name, key))

    def read_field(self, name: str, key: str, field: str, window: Window | None = None) -> Read:
        record = self.read_record(name, key)
        shown = f"{record.name}.{field}"
        if record.value is UNKNOWN:
            return Read(shown, UNKNOWN, record.provenance, record.note)
        value = record.value.get(field, UNKNOWN)
        prov = self.provenance.get((f"{name}.{field}", key))
        note = self._note(f"{name}.{field}", key, record.note)
        if prov is None:
            return Read(shown, value, record.provenance, note)
        return self.assessed(shown, value, prov, (f"{name}.{field}", key), window, note)
