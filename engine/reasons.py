"""A row's reason in plain English: the rule's own words (`reasons:`), the facts still missing by
the names the policy gives them, and the engine's words for waivers, dates, readings and acts set
aside. The expression and its working stay in `explanation` and `working` (engine/explain.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from engine.results import SetAside, Status, Timing
from engine.settings import is_number_choice
from engine.wording import NOT_KNOWN, Breakdown, Saying, date_words, join_words, plain_value

if TYPE_CHECKING:
    from engine.policy import Policy, Rule

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_QUOTED = re.compile(r"(“[^”]*”)")
_NAME = re.compile(r"\b[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*(?:\[[^\]\[]*\](?:\.[a-z][a-z0-9_]*)*)?")
_KEY = re.compile(r"^(?P<base>[^\[]+)\[(?P<key>[^\]]*)\](?:\.(?P<field>[a-z0-9_]+))?$")


class Words:
    """The policy's words for its parties, facts, figures and settings, and the pass that puts them
    in place of names in the engine's own sentences."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.terms = {key: p.called for key, p in policy.parties.items()}
        self._party = re.compile(r"\b(" + "|".join(sorted(map(re.escape, self.terms), key=len, reverse=True)) + r")\b")

    # ---------------------------------------------------------------- values and names

    def value(self, value: Any) -> str:
        return plain_value(value, self.terms)

    def party(self, key: str | None) -> str:
        return self.terms.get(key or "", key or "")

    def fact(self, name: str) -> str:
        """The words for a fact, a record's field, a figure or a setting as a reason names it:
        `documents[legal_opinion].delivered_to` -> "to whom the legal opinion was delivered";
        `payments[FTTI#2].cash` (the second of several records) -> "… FTTI paid … (record 2)";
        `payments[WEBB]` (no record at all) -> "the payments made for the Shares (Webb)"."""
        policy = self.policy
        if name.startswith("settings."):
            setting = policy.settings.get(name.removeprefix("settings."))
            return f"counsel's answer to: {setting.question.strip()}" if setting else _spaced(name)
        key = field = None
        base = name
        m = _KEY.match(name)
        if m:
            base, key, field = m.group("base"), m.group("key").strip("\"'"), m.group("field")
        spec = policy.facts.get(base)
        wording = ""
        if spec is None and field is None and "." in base:  # records.field with no key
            parent, field = base.rsplit(".", 1)
            spec = policy.facts.get(parent)
        key, number = _record_number(key)
        if spec is not None:
            if field is not None and spec.is_records and field in spec.fields:
                wording = spec.fields[field].wording
            elif field is None:
                wording = spec.wording
            key_words = spec.key_wording.get(key or "", "") if spec.is_records else ""
        else:
            definition = policy.definitions.get(base)
            wording = f"{definition.title[:1].lower()}{definition.title[1:]}" if definition else ""
            if definition is not None and key:
                wording += " for {party}"
            key_words = ""
        slots = "{key}" in wording or "{party}" in wording
        if not wording or (slots and key is None):
            return _spaced(name)
        shown = key_words or (self.party(key) if key in self.terms else self._key_text(key or ""))
        if key is not None and not slots:  # a whole record: its key's words, or the list's and whose
            out = key_words or f"{wording} ({shown})"
        else:
            out = wording.replace("{key}", shown).replace("{party}", shown)
        if number:
            out += f" (record {number})"
        return " ".join(out.split())

    def _key_text(self, key: str) -> str:
        """A record's key written by the deal state ("INTEL: a breach of §3.1(k)", "the offering of
        2004-06-30"): parties by their terms, dates written out, kept otherwise as written."""
        text = _ISO_DATE.sub(_date_or_text, key.replace("_", " ").replace('"', ""))
        return " ".join(self._party.sub(lambda m: self.terms[m.group(1)], text).split())

    # ---------------------------------------------------------------- the engine's sentences

    def plain(self, text: str) -> str:
        """An engine sentence with names put in words: parties by their terms, dates written out,
        fact names by their wording. Quoted clauses (“…”) are left exactly as the Agreement has them."""
        pieces = _QUOTED.split(text)
        for i in range(0, len(pieces), 2):
            piece = _ISO_DATE.sub(lambda m: date_words(dt.date(*map(int, m.groups()))), pieces[i])
            piece = _NAME.sub(self._named, piece)
            pieces[i] = self._party.sub(lambda m: self.terms[m.group(1)], piece)
        return "".join(pieces)

    def _named(self, m: re.Match) -> str:
        token = m.group(0)
        if "_" not in token and "." not in token and "[" not in token:
            return token  # a plain word
        return self.fact(token)

    def set_aside(self, s: SetAside, clause: bool = True) -> str:
        """An act set aside in words; with its clause unless `clause` is false. A waiver is named by
        the rule it would release (`title`, given by the caller), an assertion by the fact's wording."""
        who = join_words([self.party(b) for b in s.by]) or "nobody"
        clause = f" ({s.clause})" if clause and s.clause else ""
        if s.kind == "waiver":
            return self.plain(f"a waiver by {who} is set aside: {s.why}") + clause
        subject = self.fact(s.subject)
        if s.kind == "stale judgement":
            return f"the judgement by {who} ({subject}) must be confirmed again: " + self.plain(s.why) + clause
        verb = "cannot be placed in time" if s.kind == "undated" else "is set aside"
        return f"what {who} asserted ({subject}) {verb}: " + self.plain(s.why) + clause


def _record_number(key: str | None) -> tuple[str | None, int | None]:
    """`FTTI#2`, the second of several records sharing a key (`many: true`): ("FTTI", 2)."""
    if key and "#" in key:
        base, _, number = key.rpartition("#")
        if number.isdigit():
            return base, int(number)
    return key, None


def _date_or_text(m: re.Match) -> str:
    try:
        return date_words(dt.date(*map(int, m.groups())))
    except ValueError:
        return m.group(0)


def _spaced(name: str) -> str:
    """A name with no wording of its own, written as words."""
    text = re.sub(r"\[([^\]]*)\]", r" \1", name).replace(".", " ").replace("_", " ").replace('"', "")
    return " ".join(text.split())


def say(sayings: tuple[Saying, ...], evaluate: Callable[[Any], Any], words: Words, fallback: str) -> str:
    """The first way of saying it whose `if` holds, its values filled in; `fallback` when the rule
    words nothing for the status."""
    for saying in sayings:
        if saying.condition is not None and evaluate(saying.condition) is not True:
            continue
        out = []
        for part in saying.template.parts:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, Breakdown):
                out.append(", ".join(f"{words.party(p)} {words.value(evaluate(c))}" for p, c in part.parts))
            else:
                out.append(words.value(evaluate(part)))
        return "".join(out)
    return fallback


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def plain_reason(
    *,
    rule: Rule,
    party: str | None,
    status: Status,
    underlying: Status,
    words: Words,
    evaluate: Callable[[Any], Any],
    timing: Timing | None,
    chosen: dict[str, str],
    missing: Iterable[str],
    readings: Any = None,
    waiver: Any = None,
    pending: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
    set_aside: tuple[SetAside, ...] = (),
    caused_by: tuple[str, ...] = (),
) -> str:
    """The row's reason, as a lawyer reads it."""
    title = f"§{rule.section} {rule.title}"

    def case_of(name: str) -> str:
        setting, choice = words.policy.settings[name], chosen.get(name)
        if choice in setting.cases():
            return str(choice)
        return setting.number.case if setting.number and is_number_choice(choice) else setting.default

    timing = timing or Timing()

    def met() -> str:
        return say(rule.reasons.get("met", case_of), evaluate, words, f"{title}: {underlying.label}")

    def not_met() -> str:
        return say(rule.reasons.get("not_met", case_of), evaluate, words, f"{title}: {underlying.label}")

    on = lambda d: date_words(d) if d else ""  # noqa: E731
    if readings is not None and not readings.agreed:
        text = _readings_text(readings, words)
    elif underlying in (Status.MET, Status.COMPLIED):
        text = met()
    elif underlying is Status.NOT_MET:
        text = not_met()
    elif underlying is Status.BREACHED:
        text = (f"breached on {on(timing.breached_on)}: " if timing.breached_on else "breached: ") + not_met()
        if timing.deadline:
            text += f" (the deadline was {on(timing.deadline)})"
    elif underlying is Status.DUE:
        text = (f"due by {on(timing.deadline)}: " if timing.deadline else "due: ") + not_met()
    elif underlying is Status.NOT_YET_DUE:
        text = f"not yet due: it arises on {on(timing.arises)}" if timing.arises else "not yet due"
    elif underlying is Status.ENDED:
        ended = words.plain(timing.ended_by or "an event that ends it")
        text = f"ended by {ended}" + (f" on {on(timing.ended_on)}" if timing.ended_on else "")
        if timing.breached_on:
            text += f"; it was breached on {on(timing.breached_on)}, before it ended"
            if timing.deadline:
                text += f" (the deadline was {on(timing.deadline)})"
    elif underlying is Status.NOT_APPLICABLE:
        text = say(rule.reasons.get("not_applicable", case_of), evaluate, words, f"{title}: not applicable")
    else:
        names = [words.fact(m) for m in dict.fromkeys(missing)]
        text = "not yet known: " + ("; ".join(names) if names else "what it needs")
    if readings is not None and readings.agreed and underlying is not Status.UNKNOWN:
        text += (
            " (the same under every reading of " + join_words([_setting(words, n) for n in readings.unresolved]) + ")"
        )
    if status is Status.WAIVED and waiver is not None:
        when = f" on {on(waiver.dated)}" if waiver.dated else ""
        text = f"waived in writing by {join_words([words.party(b) for b in waiver.by])}{when}; otherwise: {text}"
    elif status is Status.UNKNOWN and underlying is not Status.UNKNOWN:
        text = (
            "not yet known whether it was waived: "
            + "; ".join(words.plain(p) for p in pending)
            + f"; otherwise: {text}"
        )
    elif status.open and pending:
        text += " (" + "; ".join(words.plain(p) for p in pending) + ")"
    extra = []
    if caused_by:
        extra.append(f"the failure is {words.party(party)}'s own: its own default does not release it")
    extra += [words.plain(n) for n in notes]
    extra += [words.set_aside(s) for s in set_aside]
    if extra and status is not Status.WAIVED:
        text += " (" + "; ".join(extra) + ")"
    return _cap(text)


def _setting(words: Words, name: str) -> str:
    setting = words.policy.settings.get(name)
    return f"“{setting.title}”" if setting else _spaced(name)


def _readings_text(readings: Any, words: Words) -> str:
    """A row the unresolved readings decide differently: each question and what each reading gives."""
    questions = "; ".join(words.policy.settings[n].question.strip() for n in readings.unresolved)
    by_status: dict[Status, list[str]] = {}
    for r in readings.readings:
        by_status.setdefault(r.status, []).append(" and ".join(f"“{_spaced(case)}”" for _, case in r.choices))
    outcomes = "; ".join(f"{s.label} if read as {' or '.join(labels)}" for s, labels in by_status.items())
    return (
        f"depends on a question left to counsel: {questions} It is {outcomes}"
        if questions.endswith("?")
        else (f"depends on a question left to counsel: {questions}. It is {outcomes}")
    )


__all__ = ["NOT_KNOWN", "Words", "plain_reason", "say"]
