"""The Gherkin vocabulary legal staff write scenarios with. No Python needed to add a scenario.

Each step is declared once in VOCABULARY with an example and a plain-English explanation; the step
catalog (docs/steps.md) is generated from this list and the deals' fact declarations.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from pytest_bdd import given, parsers, then, when

from engine import DealcheckError, Engine, Status
from engine.dealstate import load_deal_state
from engine.errors import DealStateError, did_you_mean
from engine.facts import FactSpec
from engine.settings import BadChoice, parse_choice
from engine.values import ValueProblem, expected, parse_date, parse_ratio, parse_value
from engine.wording import syntax_in
from engine.yamlsource import Located, load_yaml
from helpers import compiled_disagreements

ROOT = Path(__file__).resolve().parent.parent
Q = r'"(?P<{}>[^"]*)"'


class FeatureError(AssertionError):
    """A mistake in a feature file or a failed expectation, reported as one line with its place."""


@attrs.define
class Place:
    """Where the running step is written (tests/conftest.py sets it before each step): the line an
    error names is the step's, the row of its data table being read, or the Examples row of a
    Scenario Outline when the step's <placeholders> bring in the words the error is about."""

    file: str = "?"
    line: int = 0
    rows: tuple[int, ...] = ()  # the line of each row of the step's data table
    table_keys: dict[str, int] = attrs.field(factory=dict)  # each row's first cell -> its line
    row: int | None = None  # the row being read, an index into `rows`
    example_line: int | None = None  # the Examples row this run of an outline comes from
    example: dict[str, str] = attrs.field(factory=dict)  # its values the step uses, by column

    def line_for(self, words: str, written: bool = False) -> int:
        """The line of the table row being read; else of the Examples row when one of its values the
        step uses is in `words` (or, for a value the step `written`, holds it); else the step's."""
        if self.row is not None and self.row < len(self.rows):
            return self.rows[self.row]
        for value in filter(None, (v.strip() for v in self.example.values())):
            if self.example_line and (value in words or (written and words and words in value)):
                return self.example_line
        return self.line

    def where(self, message: str) -> str:
        """`file:LINE: message`, saying which step an Examples row is named for."""
        line = self.line_for(message)
        if line == self.example_line and self.row is None:
            message += f" (in the Examples row, for the step on line {self.line})"
        return f"{self.file}:{line}: {message}"


CURRENT = Place()


def fail(message: str, fix: str | None = None) -> FeatureError:
    text = CURRENT.where(message)
    if fix:
        text += f". Fix: {fix}"
    return FeatureError(text)


@attrs.frozen
class StepDef:
    keyword: str
    pattern: str  # regular expression with named groups
    example: str
    explains: str
    func: Callable[..., Any]
    table: str | None = None  # example data table, if the step takes one


VOCABULARY: list[StepDef] = []


def step(
    keyword: str,
    pattern: str,
    example: str,
    explains: str,
    table: str | None = None,
    target: str | None = None,
):
    """Register a step with pytest-bdd and in the vocabulary the catalog is generated from."""

    def wrap(func):
        regex = pattern.format(**{k: Q.format(k) for k in re.findall(r"\{(\w+)\}", pattern)})
        decorator = {"Given": given, "When": when, "Then": then}[keyword]
        kwargs: dict[str, Any] = {"stacklevel": 2}
        if target:
            kwargs["target_fixture"] = target
        decorator(parsers.re(regex), **kwargs)(func)
        VOCABULARY.append(StepDef(keyword, regex, example, explains, func, table))
        return func

    return wrap


# ---------------------------------------------------------------- the scenario's world


_ENGINES: dict[str, Engine] = {}


def engine_for(deal: str) -> Engine:
    if deal not in _ENGINES:
        try:
            _ENGINES[deal] = Engine.for_deal(deal)
        except DealcheckError as exc:
            raise fail(str(exc)) from None
    return _ENGINES[deal]


@attrs.define
class World:
    """What one scenario builds up: a deal state (as raw data) and, after `When`, the checklist."""

    engine: Engine | None = None
    data: dict[str, Any] = attrs.field(factory=dict)
    checklist: Any = None
    error: DealcheckError | None = None
    checked: Any = None  # (the deal state, the as-of date) the checklist is of, for the calendar
    positions: dict[tuple, tuple[int, int]] = attrs.field(factory=dict)  # a path of `data` -> the line that wrote it
    checked_line: int = 0  # the line of the When step
    _leaves: dict[tuple, Any] = attrs.field(factory=dict)

    def note_changes(self) -> None:
        """After each Given step: the paths of the deal state it wrote, at its line (a record's field
        at the line of the table row naming it), so that a refusal of the deal state names the line
        that wrote what is refused."""
        leaves = dict(_leaves(self.data))
        for path, value in leaves.items():
            before = self._leaves.get(path, _NOTHING)
            if before is not _NOTHING and type(before) is type(value) and before == value:
                continue
            keys = [p for p in reversed(path) if isinstance(p, str) and p in CURRENT.table_keys]
            line = CURRENT.table_keys[keys[0]] if keys else CURRENT.line_for(str(value), written=True)
            for end in range(1, len(path) + 1):  # the record, the fact: the last step that changed them
                self.positions[path[:end]] = (line, 0)
        self._leaves = leaves

    @property
    def policy(self):
        if self.engine is None:
            raise fail(
                "no deal yet",
                'start with Given the deal "jabber-series-d" or Given the deal state "examples/…"',
            )
        return self.engine.policy

    def spec(self, name: str) -> FactSpec:
        spec = self.policy.facts.get(name)
        if spec is None:
            hint = self.policy.facts.suggest(name)
            raise fail(f'"{name}" is not a fact of deal {self.policy.id}', hint or "see docs/steps.md for the facts")
        return spec

    def party(self, name: str) -> str:
        if name not in self.policy.parties:
            raise fail(
                f'"{name}" is not a party',
                did_you_mean(name, self.policy.parties) or ", ".join(self.policy.parties),
            )
        return name

    def rule(self, rule_id: str) -> str:
        if rule_id not in self.policy.rules:
            raise fail(
                f'"{rule_id}" is not a rule',
                did_you_mean(rule_id, self.policy.rules) or "run dealcheck rules",
            )
        return rule_id

    def result(self, rule_id: str, party: str | None):
        if self.checklist is None:
            if isinstance(self.error, DealStateError):
                raise _refused(self, self.error, self.checked_line)
            if self.error is not None:
                raise fail(f"the check stopped with an error: {self.error}")
            raise fail("the deal has not been checked yet", 'add "When the deal is checked" before the Then steps')
        self.rule(rule_id)
        try:
            return self.checklist.result(rule_id, party)
        except KeyError as exc:
            raise fail(str(exc.args[0])) from None


@pytest.fixture
def world() -> World:
    return World()


_NOTHING = object()


def _leaves(data: Any, path: tuple = ()):
    """(path, value) of every value in a deal state's data; an empty mapping or list is a value."""
    if isinstance(data, dict) and data:
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list) and data:
        for i, value in enumerate(data):
            yield from _leaves(value, (*path, i))
    else:
        yield path, data


_YAML_FIX = re.compile(r"`[^`]*:|[{}\[\]]|^write `|`- ")
_GHERKIN_FIXES = {  # a deal-state reader's fix that has a Gherkin counterpart
    "a list of party keys such as [COMPANY, FTTI]": 'party keys separated by commas, such as "FTTI, INTEL"',
    "a list of texts": 'texts separated by commas, such as "Bill Cullen, Perry Evans"',
}
_RECORD_PATH = re.compile(r"^([\w.]+?)\.(\d+)\.(\w+): ")


def _refused(world: World, exc: DealcheckError, fallback: int) -> FeatureError:
    """The deal state a scenario built, refused by the deal-state reader, as a mistake in the feature
    file: at the line of the step (or table row) that wrote what is refused, in Gherkin terms."""
    message = exc.message
    m = _RECORD_PATH.match(message)
    if m:  # documents.10.dated: … -> the "dated" of the "documents" record "legal_opinion": …
        fact, index, field = m[1], int(m[2]), m[3]
        spec = world.policy.facts.get(fact)
        records = world.data.get(fact)
        if spec is not None and spec.is_records and isinstance(records, list) and index < len(records):
            key = records[index].get(spec.key) if isinstance(records[index], dict) else None
            message = f'the "{field}" of the "{fact}" record "{key}": ' + message[m.end() :]
    fix = exc.fix or ""
    for yaml_words, gherkin_words in _GHERKIN_FIXES.items():
        fix = fix.replace(yaml_words, gherkin_words)
    if "asserted_by" in fix:
        fix = 'say who makes the call: end the step with as asserted by "WHO" (a party, or counsel)'
    elif not fix or _YAML_FIX.search(fix):
        fix = "correct the step on that line; docs/steps.md shows each step and how to write its values"
    return FeatureError(f"{CURRENT.file}:{exc.line or fallback}: {message.rstrip('.')}. Fix: {fix.rstrip('.')}")


def _asserted(raw: Any, who: str | None, on: str | None) -> Any:
    """A value as written, or an assertion {value, asserted_by, on} when someone is said to assert it."""
    if not who:
        return raw
    entry: dict[str, Any] = {"value": raw, "asserted_by": who}
    if on:
        entry["on"] = _date(on)
    return entry


def _flatten(data: dict[str, Any], policy) -> dict[str, Any]:
    """Nested fact groups as dotted names, so that each fact is written in one place."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("deal", "as_of", "settings", "waivers") or policy.facts.get(key) is not None:
            out[key] = value
        elif isinstance(value, dict) and policy.facts.is_group_prefix(key):
            for sub, inner in _flatten({f"{key}.{k}": v for k, v in value.items()}, policy).items():
                out[sub] = inner
        else:
            out[key] = value  # unknown: the deal-state reader reports it
    return out


DATE_FIX = 'write dates as YYYY-MM-DD, such as "2003-03-18"'
_PLAIN_TYPES = ("boolean", "money", "date", "count", "ratio")  # read alike wherever they are written


def _raw(spec_type: str, text: str, what: str | None = None) -> Any:
    """A value as the deal-state reader expects it: lists split on commas, the rest as written. A
    date, amount, number, fraction or true/false of fact `what` is checked here, so that a mistake
    names this step's line (or its table row, or Examples row)."""
    if spec_type in ("parties", "texts"):
        return [t.strip() for t in text.split(",") if t.strip()]
    if what is not None and spec_type in _PLAIN_TYPES:
        try:
            parse_value(spec_type, text, frozenset())
        except ValueProblem as exc:
            fix = DATE_FIX if spec_type == "date" else f"write {expected(spec_type)}"
            raise fail(f"{what}: {exc}", fix) from None
    return text


# ---------------------------------------------------------------- Given


@step(
    "Given",
    r"the deal {deal}",
    'Given the deal "jabber-series-d"',
    "Start from an empty deal state for a deal.",
)
def given_deal(world: World, deal: str) -> None:
    world.engine = engine_for(deal)
    world.data = {"deal": deal}


@step(
    "Given",
    r"the deal state {path}",
    'Given the deal state "examples/jabber-series-d-closing.yaml"',
    "Start from a deal-state file (path from the project folder), then change it step by step.",
)
def given_state(world: World, path: str) -> None:
    data = _read_state(path)
    deal = data.get("deal") if isinstance(data, dict) else None
    world.engine = engine_for(str(deal))
    world.data = _flatten(dict(data), world.policy)


_READ: dict[tuple[str, bytes], Any] = {}


def _read_state(path: str) -> Any:
    """The data of a deal-state file, read once per content: most scenarios start from the same few
    examples. Each scenario gets its own deep copy to change; a file that changes is read again."""
    try:
        content = (ROOT / path).read_bytes()
    except OSError:
        content = None
    key = (path, content)
    if content is None or key not in _READ:
        try:
            doc = load_yaml(ROOT / path, display_name=path)
        except DealcheckError as exc:
            raise fail(str(exc)) from None  # str(exc) already ends "Fix: check the path."
        if content is None:
            return doc.data
        _READ[key] = doc.data
    return copy.deepcopy(_READ[key])


@step(
    "Given",
    r"the as-of date is {date}",
    'Given the as-of date is "2003-03-18"',
    "Set the deal state's as-of date.",
)
def given_as_of(world: World, date: str) -> None:
    world.data["as_of"] = _date(date)


@step(
    "Given",
    r"the fact {fact} is {value}(?: as asserted by {who}(?: on {on})?)?",
    'Given the fact "closing_date" is "2003-03-18"',
    'Set any declared fact. Lists are written with commas ("FTTI, INTEL"). A fact that turns on'
    ' judgement needs `as asserted by "WHO"`, and may say when: `as asserted by "FTTI" on "2003-03-18"`.',
)
def given_fact(world: World, fact: str, value: str, who: str | None = None, on: str | None = None) -> None:
    spec = world.spec(fact)
    if spec.per or spec.is_records:
        raise fail(
            f"{fact} is not a single value",
            f"use the step for {'per-party facts' if spec.per else 'records'}",
        )
    raw = _raw(spec.type, value, fact)
    world.data[fact] = _asserted(raw, who, on)


@step(
    "Given",
    r"the fact {fact} for {party} is {value}(?: as asserted by {who}(?: on {on})?)?",
    'Given the fact "business_plan.plan_2003_received_and_approved" for "FTTI" is "false" as asserted by "FTTI"',
    "Set a fact that has one value per party.",
)
def given_fact_for(
    world: World, fact: str, party: str, value: str, who: str | None = None, on: str | None = None
) -> None:
    spec = world.spec(fact)
    if not spec.per:
        raise fail(f"{fact} has one value for the whole deal", f'write Given the fact "{fact}" is "…"')
    world.party(party)
    raw = _raw(spec.type, value, f"{fact} for {party}")
    current = dict(world.data.get(fact) or {})
    current[party] = _asserted(raw, who, on)
    world.data[fact] = current


@step(
    "Given",
    r"{who} confirms {fact}(?: for {party})? is {value} on {date}",
    'Given "Investors\' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"',
    "Record a judgement with the values it rests on (its basis), as `dealcheck confirm` does; when one of"
    " them changes later, the judgement must be re-confirmed.",
)
def given_confirms(world: World, who: str, fact: str, value: str, date: str, party: str | None = None) -> None:
    from engine import confirm

    policy = world.policy
    try:
        target, spec, _ = confirm.target_for(policy, fact, party)
        doc = Located(data=world.data, file=CURRENT.file, positions=world.positions)
        state = load_deal_state(CURRENT.file, policy, doc)
        value_type = spec.fields[target.field].type if target.field else spec.type
        parsed = confirm.parse_cli_value(value_type, value, policy.party_keys)
        entry = confirm.judgement_entry(policy, state, target, parsed, who, _date(date))
    except DealStateError as exc:
        raise _refused(world, exc, CURRENT.line) from None
    except DealcheckError as exc:
        raise fail(exc.message, exc.fix) from None
    if target.field:
        raise fail(
            f"{fact} is a field of a record", 'write Given the "…" of the "…" record "…" is "…" as asserted by "…"'
        )
    if party:
        world.data[fact] = {**(world.data.get(fact) or {}), party: entry}
    else:
        world.data[fact] = entry


@step(
    "Given",
    r"the fact {fact} is unknown",
    'Given the fact "closing_date" is unknown',
    "Remove a fact from the deal state, so that nobody has said what it is.",
)
def given_unknown(world: World, fact: str) -> None:
    world.spec(fact)
    world.data.pop(fact, None)


@step(
    "Given",
    r"the fact {fact} for {party} is unknown",
    'Given the fact "business_plan.plan_2003_received_and_approved" for "WEBB" is unknown',
    "Remove one party's value of a per-party fact.",
)
def given_unknown_for(world: World, fact: str, party: str) -> None:
    world.spec(fact)
    world.party(party)
    current = dict(world.data.get(fact) or {})
    current.pop(party, None)
    world.data[fact] = current


def _records(world: World, fact: str) -> tuple[FactSpec, list[dict[str, Any]]]:
    spec = world.spec(fact)
    if not spec.is_records:
        raise fail(f"{fact} is not a list of records", f'write Given the fact "{fact}" is "…"')
    records = [dict(r) for r in (world.data.get(fact) or [])]
    world.data[fact] = records
    return spec, records


def _record(world: World, fact: str, key: str, create: bool) -> dict[str, Any]:
    spec, records = _records(world, fact)
    for r in records:
        if str(r.get(spec.key)) == key:
            return r
    if not create:
        raise fail(f'{fact} has no record "{key}"', f'add it first with Given the {fact} record "{key}" with:')
    record = {spec.key: key}
    records.append(record)
    return record


def _set_field(world: World, fact: str, record: dict[str, Any], field: str, value: str, who: str | None = None) -> None:
    spec = world.spec(fact)
    if field not in spec.fields:
        raise fail(f'"{field}" is not a field of {fact}', did_you_mean(field, spec.fields) or ", ".join(spec.fields))
    if value.strip().lower() == "unknown":
        record.pop(field, None)
    else:
        raw = _raw(spec.fields[field].type, value, f'the "{field}" of the "{fact}" record "{record.get(spec.key)}"')
        record[field] = {"value": raw, "asserted_by": who} if who else raw


@step(
    "Given",
    r"the {fact} record {key} with:",
    'Given the "documents" record "legal_opinion" with:',
    "Add or replace one record of a list (an investment, a document, a filing), field by field.",
    table="| field | value |\n| signed_by | COMPANY |\n| delivered_to | FTTI, INTEL, WEBB |\n| dated | 2003-03-18 |",
)
def given_record(world: World, fact: str, key: str, datatable: list[list[str]]) -> None:
    spec, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get(spec.key)) != key]
    record = _record(world, fact, key, create=True)
    for field, value in _rows(datatable):
        _set_field(world, fact, record, field, value)


@step(
    "Given",
    r"the {field} of the {fact} record {key} is {value}(?: as asserted by {who})?",
    'Given the "dated" of the "documents" record "legal_opinion" is "2003-03-17"',
    'Change one field of one record ("unknown" removes it). A field that turns on judgement needs'
    ' `as asserted by "WHO"`.',
)
def given_record_field(world: World, field: str, fact: str, key: str, value: str, who: str | None = None) -> None:
    _set_field(world, fact, _record(world, fact, key, create=True), field, value, who)


@step(
    "Given",
    r"there is no {fact} record {key}",
    'Given there is no "documents" record "legal_opinion"',
    "Remove a record: nothing is known about it.",
)
def given_no_record(world: World, fact: str, key: str) -> None:
    spec, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get(spec.key)) != key]


def _payment(world: World, party: str) -> dict[str, Any]:
    """The Investor's first payment record, created (dated the Closing Date, amounts zero) if it has none."""
    world.party(party)
    spec, records = _records(world, "payments")
    for r in records:
        if str(r.get(spec.key)) == party:
            return r
    record = {spec.key: party, "paid_on": world.data.get("closing_date") or "2003-03-18"}
    for field in ("cash", "webb_note_cancelled", "other_indebtedness_cancelled", "expenses_withheld"):
        record[field] = "$0"
    records.append(record)
    return record


@step(
    "Given",
    r"{party} invests {amount} in cash(?: and {cancelled} by cancelling the Webb Note)?",
    'Given "FTTI" invests "$4,000,000.00" in cash',
    "Set the cash (and Webb Note cancellation) of an Investor's payment at the Closing (its first payment).",
)
def given_invests(world: World, party: str, amount: str, cancelled: str | None = None) -> None:
    record = _payment(world, party)
    _set_field(world, "payments", record, "cash", amount)
    if cancelled is not None:
        _set_field(world, "payments", record, "webb_note_cancelled", cancelled)


@step(
    "Given",
    r"{party} withholds {amount} for its expenses",
    'Given "INTEL" withholds "$45,000.00" for its expenses',
    "Set the §7.1 reimbursement an Investor withholds from its payment at the Closing.",
)
def given_withholds(world: World, party: str, amount: str) -> None:
    _set_field(world, "payments", _payment(world, party), "expenses_withheld", amount)


@step(
    "Given",
    r"{party} also pays {amount} in cash on {date}",
    'Given "FTTI" also pays "$441,995.64" in cash on "2003-03-25"',
    "Add another payment by an Investor, with its own date (a cure after a shortfall, a payment in parts).",
)
def given_also_pays(world: World, party: str, amount: str, date: str) -> None:
    world.party(party)
    spec, records = _records(world, "payments")
    record = {spec.key: party, "paid_on": _date(date)}
    for field in ("webb_note_cancelled", "other_indebtedness_cancelled", "expenses_withheld"):
        record[field] = "$0"
    records.append(record)
    _set_field(world, "payments", record, "cash", amount)


@step(
    "Given",
    r"{party} buys {shares} Shares",
    'Given "FTTI" buys "10,711,035" Shares',
    "Set the number of Shares an Investor buys at the Closing (its Purchase Price is that number times $0.2855).",
)
def given_buys(world: World, party: str, shares: str) -> None:
    world.party(party)
    _set_field(world, "investments", _record(world, "investments", party, create=True), "shares", shares)


@step(
    "Given",
    r"the document {kind} signed by {signers} and delivered to {to} dated {date}",
    'Given the document "legal_opinion" signed by "COMPANY" and delivered to "FTTI, INTEL, WEBB" dated "2003-03-18"',
    "Record a document: who signed it, to whom it was delivered, and its date.",
)
def given_document(world: World, kind: str, signers: str, to: str, date: str) -> None:
    record = _record(world, "documents", kind, create=True)
    _set_field(world, "documents", record, "signed_by", signers)
    _set_field(world, "documents", record, "delivered_to", to)
    _set_field(world, "documents", record, "dated", date)


# ---------------------------------------------------------------- after the Closing (SPA Article 5)


def _report_kind(world: World, kind: str) -> str:
    """A report's kind as a lawyer writes it ("monthly statements") or as the policy does."""
    key = kind.strip().lower().replace(" ", "_").replace("'", "")
    spec = world.spec("financial_reports")
    if spec.keys and key not in spec.keys:
        raise fail(
            f'"{kind}" is not a kind of report',
            did_you_mean(key, spec.keys) or ", ".join(k.replace("_", " ") for k in spec.keys),
        )
    return key


@step(
    "Given",
    r"the Company delivers the {kind} for the period ending {period} to {parties} on {date}"
    r"(?P<no_certificate> without the officer's certificate)?"
    r"(?:(?P<unaudited>, not audited and certified)|, audited and certified by {auditor})?",
    'Given the Company delivers the "monthly statements" for the period ending "2003-10-31" to "FTTI, INTEL, WEBB"'
    ' on "2003-11-28"',
    "Record the delivery of a §5.2(c) report (annual statements, management letter, monthly statements,"
    " quarterly statements, budget and plan) to Investors. Add `without the officer's certificate` or"
    " `, not audited and certified` when it lacked them; annual statements may name the firm that audited and"
    ' certified them (`, audited and certified by "KPMG"`). A report for the same period to the same'
    " Investor is replaced.",
)
def given_report(
    world: World,
    kind: str,
    period: str,
    parties: str,
    date: str,
    no_certificate: str | None = None,
    unaudited: str | None = None,
    auditor: str | None = None,
) -> None:
    key = _report_kind(world, kind)
    end, on = _date(period), _date(date)
    who = [world.party(p.strip()) for p in parties.split(",")]
    spec, records = _records(world, "financial_reports")
    records[:] = [r for r in records if not _same_report(r, key, end, who)]
    for party in who:
        record = {spec.key: key, "investor": party, "period_end": end, "delivered_on": on}
        record["officer_certificate"] = not no_certificate
        if key == "annual_statements":
            record["audited"] = not unaudited
            if auditor:
                record["auditor"] = auditor
        records.append(record)


def _same_report(record: dict[str, Any], kind: str, end: dt.date, parties: list[str]) -> bool:
    return (
        record.get("kind") == kind
        and str(record.get("period_end")) == end.isoformat()
        and record.get("investor") in parties
    )


@step(
    "Given",
    r"the Company has delivered no {kind} for the period ending {period} to {parties}",
    'Given the Company has delivered no "annual statements" for the period ending "2003-12-31" to "FTTI"',
    "Remove the record of a §5.2(c) report: it has not been delivered to those Investors.",
)
def given_no_report(world: World, kind: str, period: str, parties: str) -> None:
    key = _report_kind(world, kind)
    who = [world.party(p.strip()) for p in parties.split(",")]
    _, records = _records(world, "financial_reports")
    records[:] = [r for r in records if not _same_report(r, key, _date(period), who)]


@step(
    "Given",
    r"the Company pays Webb {amount} for the {what} on {date}",
    'Given the Company pays Webb "$200,000.00" for the "assets" on "2004-08-31"',
    "Record a §5.2(l) purchase from Webb: the software (its monthly $12,000) or the assets ($200,000).",
)
def given_webb_purchase(world: World, amount: str, what: str, date: str) -> None:
    spec, records = _records(world, "purchases_from_webb")
    kind = what.strip().lower()
    if spec.keys and kind not in spec.keys:
        raise fail(f'"{what}" is not something §5.2(l) buys from Webb', " or ".join(spec.keys))
    record = {spec.key: kind, "paid_on": _date(date)}
    records.append(record)
    _set_field(world, "purchases_from_webb", record, "amount", amount)


@step(
    "Given",
    r"the Company has paid Webb nothing for the {what} on {date}",
    'Given the Company has paid Webb nothing for the "software" on "2004-03-15"',
    "Remove the §5.2(l) payments to Webb for the software or the assets made on a date.",
)
def given_no_webb_purchase(world: World, what: str, date: str) -> None:
    _, records = _records(world, "purchases_from_webb")
    day = _date(date).isoformat()
    records[:] = [r for r in records if not (r.get("kind") == what.strip().lower() and str(r.get("paid_on")) == day)]


@step(
    "Given",
    r"{party} waives {rule}(?P<orally> orally)?(?: in writing)?(?: on {date})?",
    'Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"',
    'Add a waiver. "orally" records a waiver that is not in writing; leave out "on …" for an undated one.'
    ' A rule id ending in * ("spa.4.1.*") is a blanket waiver of every condition it matches.',
)
def given_waiver(world: World, party: str, rule: str, date: str | None = None, orally: str | None = None) -> None:
    if rule.endswith("*"):
        if not any(r.startswith(rule[:-1]) for r in world.policy.rules):
            raise fail(f'"{rule}" matches no rule', "run dealcheck rules")
    else:
        world.rule(rule)
    parties = [p.strip() for p in party.split(",")]
    for p in parties:
        world.party(p)
    waivers = list(world.data.get("waivers") or [])
    waiver: dict[str, Any] = {"rule": rule, "by": parties, "in_writing": not orally}
    if date is not None:
        waiver["dated"] = _date(date)
    waivers.append(waiver)
    world.data["waivers"] = waivers


@step(
    "Given",
    r"{name} is an Affiliate of {party}",
    'Given "Intel Corporation" is an Affiliate of "INTEL"',
    "Declare an entity an Affiliate of a party whose definition includes its Affiliates; wherever a party"
    " is named, the entity's name is then read as that party.",
)
def given_affiliate(world: World, name: str, party: str) -> None:
    world.party(party)
    affiliates = {p: list(names) for p, names in (world.data.get("affiliates") or {}).items()}
    affiliates[party] = [*affiliates.get(party, []), name]
    world.data["affiliates"] = affiliates


@step(
    "Given",
    r"the setting {name} is {choice}",
    'Given the setting "ft_license_commitment" is "exactly"',
    "Choose another reading of an ambiguous provision (an interpretation setting): one of its choices,"
    ' "unresolved" (decide under every choice; unknown where they differ), or a number where the setting'
    ' takes one (`Given the setting "good_standing_recent" is "30"`).',
)
def given_setting(world: World, name: str, choice: str) -> None:
    settings = world.policy.settings
    if name not in settings:
        raise fail(f'"{name}" is not a setting', did_you_mean(name, settings) or ", ".join(settings))
    try:
        value = parse_choice(settings[name], choice)
    except BadChoice as exc:
        raise fail(exc.message, exc.fix) from None
    world.data["settings"] = {**(world.data.get("settings") or {}), name: value}


# ---------------------------------------------------------------- after the Closing: offerings, holdings, approvals


def _append(world: World, fact: str, record: dict[str, Any]) -> dict[str, Any]:
    """Add a record to a list (several may share a key: an Investor's statements, approvals, acts)."""
    _, records = _records(world, fact)
    records.append(record)
    return record


@step(
    "Given",
    r"no public offering of the Company has closed",
    "Given no public offering of the Company has closed",
    "Say there has been no public offering (an empty list: none, not unknown).",
)
def given_no_offering(world: World) -> None:
    world.spec("public_offerings")
    world.data["public_offerings"] = []


@step(
    "Given",
    r"a public offering closes on {date} at {price} a share raising {proceeds},"
    r" (?P<commitment>firm commitment|best efforts) underwritten",
    'Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00",'
    " firm commitment underwritten",
    "Record a public offering of Common Stock by the Company under an effective registration statement (§1.1(aa)),"
    ' named "the offering of" its date: its price per share, the Company\'s gross proceeds, and whether the'
    " underwriters made a firm commitment or only best efforts. No selling stockholder sells in it unless said.",
)
def given_offering(world: World, date: str, price: str, proceeds: str, commitment: str) -> None:
    record = _append(world, "public_offerings", {"offering": f"the offering of {_date(date).isoformat()}"})
    for field, value in (
        ("closed_on", date),
        ("firm_commitment", "true" if commitment == "firm commitment" else "false"),
        ("underwritten", "true"),
        ("registration_statement_effective", "true"),
        ("common_stock_sold_by_company", "true"),
        ("price_per_share", price),
        ("gross_proceeds_company", proceeds),
        ("gross_proceeds_selling_stockholders", "$0"),
    ):
        _set_field(world, "public_offerings", record, field, value)


@step(
    "Given",
    r"selling stockholders sell {amount} of shares in the offering of {date}",
    'Given selling stockholders sell "$5,000,000.00" of shares in the offering of "2004-06-30"',
    "Add what selling stockholders raise in a public offering already recorded (gross, before discounts).",
)
def given_selling_stockholders(world: World, amount: str, date: str) -> None:
    record = _record(world, "public_offerings", f"the offering of {_date(date).isoformat()}", create=False)
    _set_field(world, "public_offerings", record, "gross_proceeds_selling_stockholders", amount)


@step(
    "Given",
    r"the Series D has had no stock split, combination or dividend",
    "Given the Series D has had no stock split, combination or dividend",
    "Say the Series D Preferred Stock has had no split, combination, division, stock dividend or similar"
    " recapitalization (an empty list: none, not unknown).",
)
def given_no_split(world: World) -> None:
    world.spec("stock_splits")
    world.data["stock_splits"] = []


@step(
    "Given",
    r"a {ratio} (?P<kind>stock split|combination) of the Series D takes effect on {date}",
    'Given a "2-for-1" stock split of the Series D takes effect on "2004-01-15"',
    'Record a split ("2-for-1": each Series D share becomes two) or a combination ("1-for-10") of the Series D.',
)
def given_split(world: World, ratio: str, kind: str, date: str) -> None:
    m = re.fullmatch(r"\s*(\d+)\s*-\s*for\s*-\s*(\d+)\s*", ratio)
    if not m or int(m[2]) == 0:
        raise fail(f'"{ratio}" is not a split ratio', 'write it as "2-for-1" or "1-for-10"')
    new, old = int(m[1]), int(m[2])
    if (kind == "stock split") != (new > old):
        raise fail(f"a {ratio} {kind} is the other way round", 'a split is "2-for-1", a combination "1-for-10"')
    record = _append(world, "stock_splits", {"kind": "split" if new > old else "combination"})
    _set_field(world, "stock_splits", record, "effective_on", date)
    _set_field(world, "stock_splits", record, "ratio", f"{new}/{old}")


@step(
    "Given",
    r"a {percent} stock dividend on the Series D is paid on {date}",
    'Given a "100%" stock dividend on the Series D is paid on "2004-01-15"',
    'Record a dividend on the Series D paid in Series D shares ("100%": one new share for each share held).',
)
def given_stock_dividend(world: World, percent: str, date: str) -> None:
    try:
        rate = parse_ratio(percent)
    except ValueProblem as exc:
        raise fail(f"bad stock dividend: {exc}", 'write it as a percentage: "10%"') from None
    record = _append(world, "stock_splits", {"kind": "stock_dividend"})
    _set_field(world, "stock_splits", record, "effective_on", date)
    _set_field(world, "stock_splits", record, "ratio", f"{(1 + rate).numerator}/{(1 + rate).denominator}")


def _statement(world: World, holder: str, date: str) -> dict[str, Any]:
    """The holdings statement of a holder (an Investor, or an Affiliate's name) on a date, created if new."""
    _, records = _records(world, "holdings")
    day = _date(date)
    for r in records:
        if str(r.get("investor")) == holder and r.get("as_of") in (day, day.isoformat()):
            return r
    return _append(world, "holdings", {"investor": holder, "as_of": day})


@step(
    "Given",
    r"{holder} holds {shares} Shares(?: and the Common Stock from converting {converted} more)? on {date}",
    'Given "FTTI" holds "1,838,877" Shares on "2004-01-10"',
    "State the Shares (Series D) an Investor holds, directly or indirectly, as of a date; the latest"
    " statement on or before the as-of date counts. An Affiliate's name may be given: it is read as its"
    " Investor, and statements of the same date add up. Shares it converted into Common Stock and whose"
    ' Common Stock it still holds are stated apart (`Given "FTTI" holds "1,000,000" Shares and the Common'
    ' Stock from converting "838,877" more on "2004-01-10"`); none unless said.',
)
def given_holds(world: World, holder: str, shares: str, date: str, converted: str | None = None) -> None:
    record = _statement(world, holder, date)
    _set_field(world, "holdings", record, "shares", shares)
    _set_field(world, "holdings", record, "converted_shares", converted or "0")


@step(
    "Given",
    r"on {date}, after {transaction}, {holder} owns {owned} of {outstanding} shares of capital stock"
    r" with {votes} of {all_votes} votes",
    'Given on "2004-01-10", after "FTTI\'s purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000"'
    ' shares of capital stock with "40,000,000" of "120,000,000" votes',
    "State what an Investor owns of the Company's capital stock (every class) and the votes it may cast, of"
    " those outstanding, as a result of a transaction on a date (the 49% tests of §5.3(a)).",
)
def given_owns(
    world: World, date: str, transaction: str, holder: str, owned: str, outstanding: str, votes: str, all_votes: str
) -> None:
    record = _statement(world, holder, date)
    for field, value in (
        ("transaction", transaction),
        ("capital_stock", owned),
        ("capital_stock_outstanding", outstanding),
        ("votes", votes),
        ("votes_outstanding", all_votes),
    ):
        _set_field(world, "holdings", record, field, value)


@step(
    "Given",
    r"no Investor has approved anything",
    "Given no Investor has approved anything",
    "Say no Investor has given any approval (an empty list: none, not unknown).",
)
def given_no_approval(world: World) -> None:
    world.spec("investor_approvals")
    world.data["investor_approvals"] = []


_SHARE_LIST = r'(?P<shares>"[^"]*"(?:(?:, | and )"[^"]*")*)'


@step(
    "Given",
    r"Investors? {investors} approves? {matter}(?P<writing> in writing)? on {date}(?: holding "
    + _SHARE_LIST
    + " Shares)?",
    'Given Investors "FTTI, INTEL" approve "the listing" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares',
    "Record each Investor's approval of a matter (named as the act's record names it), with the Shares each"
    ' holds when it approves, in the same order; add "in writing" for a written approval'
    ' (`Given Investors "INTEL, WEBB" approve "FTTI\'s purchase" in writing on "2004-01-05"`).',
)
def given_approve(
    world: World, investors: str, matter: str, date: str, writing: str | None = None, shares: str | None = None
) -> None:
    parties = [world.party(p.strip()) for p in investors.split(",") if p.strip()]
    held = re.findall(r'"([^"]*)"', shares) if shares else []
    if held and len(held) != len(parties):
        raise fail(f"{len(parties)} Investors approve, but {len(held)} holdings are given", "give one per Investor")
    for i, party in enumerate(parties):
        record = _append(world, "investor_approvals", {"investor": party, "matter": matter})
        _set_field(world, "investor_approvals", record, "approved_on", date)
        _set_field(world, "investor_approvals", record, "in_writing", "true" if writing else "false")
        if held:
            _set_field(world, "investor_approvals", record, "shares_held", held[i])


@step(
    "Given",
    r"the Company has taken none of the actions §5.2\(k\) restricts",
    "Given the Company has taken none of the actions §5.2(k) restricts",
    "Say the Company has done none of the §5.2(k) acts (an empty list: none, not unknown).",
)
def given_no_action(world: World) -> None:
    world.spec("company_actions")
    world.data["company_actions"] = []


_QPO = r"(?P<qpo>, in connection with a Qualified Public Offering)?"


def _action(world: World, kind: str, matter: str, date: str, outstanding: str, qpo: str | None) -> dict[str, Any]:
    record = _append(world, "company_actions", {"kind": kind, "matter": matter})
    _set_field(world, "company_actions", record, "taken_on", date)
    _set_field(world, "company_actions", record, "in_connection_with_qpo", "true" if qpo else "false")
    _set_field(world, "company_actions", record, "shares_outstanding", outstanding)
    return record


@step(
    "Given",
    r"on {date} the Company distributes its securities to the public in {matter}"
    + _QPO
    + r", with {outstanding} Shares outstanding",
    'Given on "2004-03-01" the Company distributes its securities to the public in "the listing", with'
    ' "30,000,000" Shares outstanding',
    "Record a distribution of the Company's securities to the public (§5.2(k)(i)), with the Shares then"
    ' outstanding; add ", in connection with a Qualified Public Offering" when it is.',
)
def given_distribution(world: World, date: str, matter: str, outstanding: str, qpo: str | None = None) -> None:
    _action(world, "distribution_to_public", matter, date, outstanding, qpo)


@step(
    "Given",
    r"on {date} the Company takes {matter}, which makes it a reporting company"
    + _QPO
    + r", with {outstanding} Shares outstanding",
    'Given on "2004-03-01" the Company takes "the Form 10 filing", which makes it a reporting company, with'
    ' "30,000,000" Shares outstanding',
    "Record an action that would make the Company a reporting company under the Exchange Act (§5.2(k)(iii)).",
)
def given_reporting(world: World, date: str, matter: str, outstanding: str, qpo: str | None = None) -> None:
    _action(world, "reporting_company", matter, date, outstanding, qpo)


@step(
    "Given",
    r"on {date} the Company recognizes {matter}, after which {shareholder} owns {owned} of {all_shares} shares"
    r" of capital stock with {votes} of {all_votes} votes, with {outstanding} Shares outstanding",
    'Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "85,750,001" of'
    ' "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares'
    " outstanding",
    "Record a transaction the Company assists in, facilitates or recognizes (§5.2(k)(ii)), with what the"
    " shareholder would own as a result, of the capital stock and votes then outstanding.",
)
def given_share_transaction(
    world: World,
    date: str,
    matter: str,
    shareholder: str,
    owned: str,
    all_shares: str,
    votes: str,
    all_votes: str,
    outstanding: str,
) -> None:
    record = _action(world, "share_transaction", matter, date, outstanding, None)
    for field, value in (
        ("shareholder", shareholder),
        ("shareholder_capital_stock_after", owned),
        ("capital_stock_outstanding_after", all_shares),
        ("shareholder_votes_after", votes),
        ("votes_outstanding_after", all_votes),
    ):
        _set_field(world, "company_actions", record, field, value)


@step(
    "Given",
    r"Webb has made no distribution of its shares in the Company to its shareholders",
    "Given Webb has made no distribution of its shares in the Company to its shareholders",
    "Say Webb has made no §5.4 distribution or transfer (an empty list: none, not unknown).",
)
def given_no_webb_distribution(world: World) -> None:
    world.spec("webb_distributions")
    world.data["webb_distributions"] = []


@step(
    "Given",
    r"on {date} Webb distributes {name} to its shareholders(?P<reporting>, making the Company a reporting company)?"
    r", with {outstanding} Shares outstanding",
    'Given on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, making the Company a'
    ' reporting company, with "30,000,000" Shares outstanding',
    "Record a distribution or transfer by Webb of its shares in the Company to Webb's shareholders (§5.4);"
    ' say ", making the Company a reporting company" when it would.',
)
def given_webb_distribution(world: World, date: str, name: str, outstanding: str, reporting: str | None = None) -> None:
    record = _append(world, "webb_distributions", {"distribution": name})
    _set_field(world, "webb_distributions", record, "distributed_on", date)
    _set_field(world, "webb_distributions", record, "makes_company_reporting", "true" if reporting else "false")
    _set_field(world, "webb_distributions", record, "shares_outstanding", outstanding)


# ---------------------------------------------------------------- after the Closing: indemnification (SPA Article 6)

# What a claim is for, in the words a lawyer writes ("a breach of §3.1(k)"), read as the head of §6.3 it
# falls under (indemnity_claims.arises_from); the first that matches decides.
_CLAIM_HEADS = (
    (r"outside §\s*6\.3", "other"),
    (r"§\s*3\.1|representation|warrant", "representation"),
    (r"covenant|§\s*5\.", "covenant"),
    (r"investigation|proceeding|suit\b", "third_party_proceeding"),
    (r"execution|delivery|performance|enforcement", "execution_delivery_performance_enforcement"),
)


def _claim_name(party: str, what: str) -> str:
    return f"{party}: {what}"


def _claim(world: World, party: str, what: str) -> dict[str, Any]:
    """The claim by an Investor's Indemnified Parties for `what`, written earlier in the scenario."""
    world.party(party)
    name = _claim_name(party, what)
    for r in _records(world, "indemnity_claims")[1]:
        if str(r.get("claim")) == name:
            return r
    raise fail(
        f'"{party}" has no claim for "{what}"',
        f'add it first: Given "{party}" claims indemnity for "{what}" for "…", the Losses incurred on "…",'
        ' the facts discovered on "…"',
    )


def _give_notice(world: World, name: str, date: str, method: str = "hand") -> None:
    """A §7.6 notice of the claim to the Company (hand delivered unless said: effective that day)."""
    claim = next(r for r in _records(world, "indemnity_claims")[1] if str(r.get("claim")) == name)
    _, records = _records(world, "notices")
    record: dict[str, Any] = {"notice": f"notice of {name} sent {_date(date).isoformat()}", "subject": name}
    record.update({"from": claim.get("investor"), "to": "COMPANY", "method": method})
    records.append(record)
    _set_field(world, "notices", record, "sent_on", date)


@step(
    "Given",
    r"no indemnity claim has arisen",
    "Given no indemnity claim has arisen",
    "Say no Indemnified Party has a claim for indemnification, and so none has been notified (empty lists:"
    " none, not unknown).",
)
def given_no_claim(world: World) -> None:
    world.spec("indemnity_claims")
    world.data["indemnity_claims"] = []
    world.spec("notices")
    world.data.setdefault("notices", [])


@step(
    "Given",
    r"{party} claims indemnity for {what} for {amount}, the Losses incurred on {incurred},"
    r" the facts discovered on {discovered}(?:, notice given on {notice})?",
    'Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on'
    ' "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-10-14"',
    "Record a claim for indemnification (§6.3) by an Investor's Indemnified Parties: what it is for, the"
    " Losses, the day they were incurred and the day the facts giving rise to it were discovered, and the day"
    ' notice was given to the Company (leave out ", notice given on …" when none has been). What it is for'
    ' decides the head of §6.3: "§3.1", "representation" or "warranty" (the inaccuracy of a representation'
    ' of the Company), "covenant" or "§5." (the breach of a covenant), "investigation", "proceeding" or'
    ' "suit" (a third party\'s), "execution", "delivery", "performance" or "enforcement" (of the Agreement);'
    ' "outside §6.3" for a claim under none of them.'
    " Direct damages, no ruling of gross negligence or willful misconduct and no Investor's willful breach"
    ' unless said. The claim is named "INVESTOR: what it is for".',
)
def given_claim(
    world: World,
    party: str,
    what: str,
    amount: str,
    incurred: str,
    discovered: str,
    notice: str | None = None,
) -> None:
    world.party(party)
    head = next((h for pattern, h in _CLAIM_HEADS if re.search(pattern, what, re.IGNORECASE)), None)
    if head is None:
        raise fail(
            f'"{what}" does not say which head of §6.3 the claim is under',
            'say what it is for: "a breach of §3.1(k)", "a breach of the covenant in §5.2(c)", "the'
            ' investigation by the SEC", "the enforcement of the Agreement"',
        )
    name = _claim_name(party, what)
    _, records = _records(world, "indemnity_claims")
    records[:] = [r for r in records if str(r.get("claim")) != name]
    record: dict[str, Any] = {"claim": name, "investor": party, "arises_from": head}
    records.append(record)
    for field, value in (
        ("amount", amount),
        ("losses_incurred_on", incurred),
        ("facts_discovered_on", discovered),
        ("indirect_consequential_or_special", "false"),
        ("gross_negligence_or_willful_misconduct_found", "false"),
        ("willful_breach_by", ""),
    ):
        _set_field(world, "indemnity_claims", record, field, value)
    _records(world, "notices")  # none given unless said: an empty list, not unknown
    if notice:
        _give_notice(world, name, notice)


@step(
    "Given",
    r"{party} gives the Company notice of its claim for {what} on {date}",
    'Given "INTEL" gives the Company notice of its claim for "a breach of §3.1(k)" on "2003-10-14"',
    "Record a notice of a claim to the Company (§6.4), given on that day (§7.6); the claim is made then.",
)
def given_claim_notice(world: World, party: str, what: str, date: str) -> None:
    _give_notice(world, str(_claim(world, party, what)["claim"]), date)


@step(
    "Given",
    r"the Losses {party} claims for {what} are indirect, consequential or special damages",
    'Given the Losses "INTEL" claims for "a breach of §3.1(k)" are indirect, consequential or special damages',
    "Say a claim is for indirect, consequential or special damages, which §6.6(b) does not let an Indemnified"
    " Party recover.",
)
def given_claim_indirect(world: World, party: str, what: str) -> None:
    _set_field(world, "indemnity_claims", _claim(world, party, what), "indirect_consequential_or_special", "true")


@step(
    "Given",
    r"a final and non-appealable ruling of {date} determined the Losses {party} claims for {what} to be a"
    r" result of its gross negligence or willful misconduct",
    'Given a final and non-appealable ruling of "2004-05-03" determined the Losses "INTEL" claims for'
    ' "a breach of §3.1(k)" to be a result of its gross negligence or willful misconduct',
    "Record the final ruling that excludes a claim's Losses from §6.3 (the day it became final and non-appealable).",
)
def given_claim_gross_negligence(world: World, date: str, party: str, what: str) -> None:
    record = _claim(world, party, what)
    _set_field(world, "indemnity_claims", record, "gross_negligence_or_willful_misconduct_found", "true")
    _set_field(world, "indemnity_claims", record, "gross_negligence_or_willful_misconduct_found_on", date)


@step(
    "Given",
    r"the matter {party} claims for {what} is a willful breach by {investors}",
    'Given the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "FTTI"',
    "Say the occurrence, matter or thing a claim is for is the willful breach or failure of an obligation of"
    " these Investors under the Agreement (§6.6(a)(ii)).",
)
def given_claim_willful_breach(world: World, party: str, what: str, investors: str) -> None:
    for p in investors.split(","):
        if p.strip():
            world.party(p.strip())
    _set_field(world, "indemnity_claims", _claim(world, party, what), "willful_breach_by", investors)


@step(
    "Given",
    r"the Company was (?P<negated>not )?materially prejudiced by the late notice of the claim {party} makes for"
    r" {what}(?:, to the extent of {amount})? as asserted by {who}",
    'Given the Company was materially prejudiced by the late notice of the claim "INTEL" makes for'
    ' "a breach of §3.1(k)", to the extent of "$40,000.00" as asserted by "COMPANY"',
    "Record whether the Company was materially prejudiced by a late notice of a claim (§6.4), and to what"
    " extent (the part of the Losses the notice's lateness costs the Indemnified Party), as someone asserts.",
)
def given_claim_prejudice(
    world: World, party: str, what: str, who: str, negated: str | None = None, amount: str | None = None
) -> None:
    record = _claim(world, party, what)
    record["company_materially_prejudiced"] = {"value": not negated, "asserted_by": who}
    if amount is not None:
        _set_field(world, "indemnity_claims", record, "prejudice_amount", amount)


@step(
    "Given",
    r"the covenant of the claim {party} makes for {what} was (?P<state>still|no longer) operative when the"
    r" claim was made as asserted by {who}",
    'Given the covenant of the claim "FTTI" makes for "a breach of the covenant in §5.2(c)" was no longer'
    ' operative when the claim was made as asserted by "COMPANY"',
    "Say whether the covenant a claim is for was still operative by its own terms when the claim was made"
    " (§6.2, §6.6(a)(i)), as someone asserts.",
)
def given_claim_covenant_operative(world: World, party: str, what: str, state: str, who: str) -> None:
    record = _claim(world, party, what)
    record["covenant_operative_when_claimed"] = {"value": state == "still", "asserted_by": who}


# ---------------------------------------------------------------- When


def _check(world: World, as_of: str | None) -> None:
    world.checklist = None
    world.error = None
    world.checked_line = CURRENT.line
    doc = Located(data=world.data, file=CURRENT.file, positions=world.positions)
    try:
        state = load_deal_state(doc.file, world.policy, doc)
        world.checklist = world.engine.check(state, _date(as_of) if as_of else None)  # type: ignore[union-attr]
        world.checked = (state, _date(as_of) if as_of else None)
        # every scenario also proves the compiled conditions agree with the reference evaluator
        assert compiled_disagreements(world.engine, state, _date(as_of) if as_of else None) == []
    except DealcheckError as exc:
        world.error = exc


@step(
    "When",
    r"the deal is checked",
    "When the deal is checked",
    "Evaluate every rule as of the deal state's as-of date.",
)
def when_checked(world: World) -> None:
    _check(world, None)


@step(
    "When",
    r"the deal is checked as of {date}",
    'When the deal is checked as of "2003-03-10"',
    "Evaluate as of a given date.",
)
def when_checked_as_of(world: World, date: str) -> None:
    _check(world, date)


# -------------------------------------------------- after the Closing: Subsequent Closings, the Webb Option


def _subsequent_closing(world: World, name: str) -> dict[str, Any]:
    """The record of a Subsequent Closing written earlier in the scenario (or in the deal state)."""
    for r in _records(world, "subsequent_closings")[1]:
        if str(r.get("subsequent_closing")) == name:
            return r
    raise fail(
        f'there is no Subsequent Closing "{name}"',
        f'add it first: Given a Subsequent Closing "{name}" on "…" at "…" a share',
    )


def _purchase(world: World, name: str, purchaser: str) -> dict[str, Any]:
    """The purchase by `purchaser` at Subsequent Closing `name`."""
    for r in _records(world, "subsequent_closing_purchases")[1]:
        if str(r.get("purchaser")) == purchaser and str(r.get("subsequent_closing")) == name:
            return r
    raise fail(
        f'"{purchaser}" bought nothing at Subsequent Closing "{name}"',
        f'add it first: Given in Subsequent Closing "{name}" "{purchaser}" pays "…" for "…" Shares',
    )


@step(
    "Given",
    r"a Subsequent Closing {name} on {date} at {price} a share(?P<addendum>, under an addendum to the Agreement)?",
    'Given a Subsequent Closing "sc1" on "2003-10-15" at "$0.2855" a share, under an addendum to the Agreement',
    "Record a Subsequent Closing: its date and price per Share (§2.3(b)); say whether it is held under an"
    " addendum to the Agreement, or add that its agreement is substantially similar with the next step.",
)
def given_subsequent_closing(world: World, name: str, date: str, price: str, addendum: str | None = None) -> None:
    _, records = _records(world, "subsequent_closings")
    records[:] = [r for r in records if str(r.get("subsequent_closing")) != name]
    record: dict[str, Any] = {"subsequent_closing": name}
    records.append(record)
    _set_field(world, "subsequent_closings", record, "held_on", date)
    _set_field(world, "subsequent_closings", record, "price_per_share", price)
    if addendum:
        record["agreement_is_addendum"] = True


@step(
    "Given",
    r"Subsequent Closing {name} is held under an agreement (?P<negated>not )?substantially similar to the Agreement"
    r" as asserted by {who}",
    'Given Subsequent Closing "sc1" is held under an agreement substantially similar to the Agreement'
    ' as asserted by "COMPANY"',
    "Say that a Subsequent Closing's agreement is (or is not) substantially similar to the Agreement, and who"
    " says so; it is then not an addendum.",
)
def given_substantially_similar(world: World, name: str, who: str, negated: str | None = None) -> None:
    record = _subsequent_closing(world, name)
    record["agreement_is_addendum"] = False
    record["agreement_substantially_similar"] = {"value": not negated, "asserted_by": who}


@step(
    "Given",
    r"in Subsequent Closing {name} {purchaser} pays {amount} for {shares} Shares(?P<vc> as a venture capital firm)?",
    'Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares as a venture'
    " capital firm",
    "Record a purchase at a Subsequent Closing, on its date: who bought (Webb as WEBB), how many Shares, for"
    " how much, and whether the purchaser is a venture capital firm. Webb's purchases are its Webb Option purchases.",
)
def given_sc_purchase(world: World, name: str, purchaser: str, amount: str, shares: str, vc: str | None = None) -> None:
    held_on = _subsequent_closing(world, name).get("held_on")
    _, records = _records(world, "subsequent_closing_purchases")
    records[:] = [
        r for r in records if not (str(r.get("purchaser")) == purchaser and str(r.get("subsequent_closing")) == name)
    ]
    record: dict[str, Any] = {"purchaser": purchaser, "subsequent_closing": name, "purchased_on": held_on}
    records.append(record)
    _set_field(world, "subsequent_closing_purchases", record, "amount_paid", amount)
    _set_field(world, "subsequent_closing_purchases", record, "shares", shares)
    record["venture_capital_firm"] = bool(vc)


_RELATED = {
    "Investors Rights Agreement": "executed_investors_rights_agreement",
    "Right of First Refusal Agreement": "executed_right_of_first_refusal_agreement",
    "Voting Agreement": "executed_voting_agreement",
}


@step(
    "Given",
    r"{purchaser} has executed, and become a party to, the Related Agreements",
    'Given "Acme Ventures" has executed, and become a party to, the Related Agreements',
    "Every purchase of that purchaser at a Subsequent Closing: it has signed and joined the Investors Rights"
    " Agreement, the Right of First Refusal Agreement and the Voting Agreement (§2.3(b)).",
)
def given_joined(world: World, purchaser: str) -> None:
    found = [r for r in _records(world, "subsequent_closing_purchases")[1] if str(r.get("purchaser")) == purchaser]
    if not found:
        raise fail(f'"{purchaser}" bought nothing at a Subsequent Closing', "record its purchase first")
    for record in found:
        record.update(dict.fromkeys(_RELATED.values(), True))


@step(
    "Given",
    r"{purchaser} has not executed the {agreement}",
    'Given "Acme Ventures" has not executed the "Voting Agreement"',
    'One Related Agreement the purchaser has not signed: "Investors Rights Agreement", "Right of First Refusal'
    ' Agreement" or "Voting Agreement".',
)
def given_not_joined(world: World, purchaser: str, agreement: str) -> None:
    if agreement not in _RELATED:
        raise fail(
            f'"{agreement}" is not a Related Agreement', did_you_mean(agreement, _RELATED) or ", ".join(_RELATED)
        )
    found = [r for r in _records(world, "subsequent_closing_purchases")[1] if str(r.get("purchaser")) == purchaser]
    if not found:
        raise fail(f'"{purchaser}" bought nothing at a Subsequent Closing', "record its purchase first")
    for record in found:
        record[_RELATED[agreement]] = False


@step(
    "Given",
    r"{firm} is (?P<negated>not )?reasonably acceptable to {parties}(?: as asserted by {who})?(?: on {on})?",
    'Given "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"',
    "Each party's own judgement that a venture capital firm is (or is not) reasonably acceptable to it"
    ' (§2.3(b)); `as asserted by "WHO"` records it as asserted by someone else, who may not make that call.',
)
def given_acceptable(
    world: World, firm: str, parties: str, negated: str | None = None, who: str | None = None, on: str | None = None
) -> None:
    record = _record(world, "venture_capital_firms", firm, create=True)
    for party in (p.strip() for p in parties.split(",") if p.strip()):
        world.party(party)
        field = f"acceptable_to_{party.lower()}"
        if field not in world.spec("venture_capital_firms").fields:
            raise fail(
                f"{party} does not judge whether a venture capital firm is acceptable", "COMPANY, FTTI, INTEL or WEBB"
            )
        record[field] = _asserted(not negated, who or party, on)


@step(
    "Given",
    r"the venture capital firm {firm} informs the Company on {date} that it intends to purchase Shares",
    'Given the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase'
    " Shares",
    "Record that a venture capital firm informed the Company that it intends to purchase Shares in a Subsequent"
    " Closing (§2.3(b)), on that date.",
)
def given_vc_notice(world: World, firm: str, date: str) -> None:
    record = _record(world, "venture_capital_firm_notices", firm, create=True)
    _set_field(world, "venture_capital_firm_notices", record, "notified_on", date)
    record["venture_capital_firm"] = True


@step(
    "Given",
    r"no venture capital firm has informed the Company that it intends to purchase Shares",
    "Given no venture capital firm has informed the Company that it intends to purchase Shares",
    "Record that no venture capital firm has so informed the Company (none, not unknown).",
)
def given_no_vc_notice(world: World) -> None:
    world.data["venture_capital_firm_notices"] = []


@step(
    "Given",
    r"the Independent Directors are {names}",
    'Given the Independent Directors are "Perry Evans, Jane Roe"',
    "The Independent Directors on the Board (VA §1.1(g), §2.5) when it votes.",
)
def given_independent_directors(world: World, names: str) -> None:
    world.data["board.independent_directors"] = _raw("texts", names)


@step(
    "Given",
    r"the Board votes on {date} to extend the Webb Option notice date to {new} with {votes} of {size} directors,"
    r" the Independent Directors {voting} voting for",
    'Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "4" of "7"'
    ' directors, the Independent Directors "Perry Evans, Jane Roe" voting for',
    "Record a Board vote extending the date for a venture capital firm's notice (§2.3(b)): how many directors"
    ' voted for it out of how many, and which Independent Directors voted for it ("" for none).',
)
def given_extension(world: World, date: str, new: str, votes: str, size: str, voting: str) -> None:
    record = _record(world, "webb_option_extensions", date, create=True)
    _set_field(world, "webb_option_extensions", record, "new_notice_date", new)
    _set_field(world, "webb_option_extensions", record, "directors_voting_for", votes)
    _set_field(world, "webb_option_extensions", record, "board_size", size)
    _set_field(world, "webb_option_extensions", record, "independent_directors_voting_for", voting)


@step(
    "Given",
    r"the Webb Option is considered at Subsequent Closing {name}",
    'Given the Webb Option is considered at Subsequent Closing "sc2"',
    "Ask whether Webb may still buy at that Subsequent Closing, and how much.",
)
def given_option_considered(world: World, name: str) -> None:
    world.data["webb_option.subsequent_closing"] = name


@step(
    "Given",
    r"after its purchase in Subsequent Closing {name} {purchaser} owns {shares} shares carrying {votes} votes",
    'Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "85,750,000" shares carrying "85,750,000" votes',
    "What the purchaser owns, directly or indirectly, just after that purchase, and the votes it carries (§5.3(a)).",
)
def given_owns_after(world: World, name: str, purchaser: str, shares: str, votes: str) -> None:
    record = _purchase(world, name, purchaser)
    _set_field(world, "subsequent_closing_purchases", record, "shares_owned_after", shares)
    _set_field(world, "subsequent_closing_purchases", record, "votes_after", votes)


@step(
    "Given",
    r"after Subsequent Closing {name} the Company has {outstanding} shares outstanding, {diluted} fully diluted,"
    r" carrying {votes} votes",
    'Given after Subsequent Closing "sc1" the Company has "120,000,000" shares outstanding, "130,000,000" fully'
    ' diluted, carrying "120,000,000" votes',
    "The Company's capital just after a Subsequent Closing: the denominators of the 49% test (§5.3(a)).",
)
def given_capital_after(world: World, name: str, outstanding: str, diluted: str, votes: str) -> None:
    record = _subsequent_closing(world, name)
    _set_field(world, "subsequent_closings", record, "outstanding_shares_after", outstanding)
    _set_field(world, "subsequent_closings", record, "fully_diluted_shares_after", diluted)
    _set_field(world, "subsequent_closings", record, "total_votes_after", votes)


@step(
    "Given",
    r"{investors} approved in writing on {date} the purchase by {purchaser} in Subsequent Closing {name}",
    'Given "FTTI, INTEL, WEBB" approved in writing on "2003-10-10" the purchase by "WEBB" in Subsequent Closing "sc1"',
    'The Investors who approved a purchase in writing beforehand ("Unless previously approved in writing by each'
    ' of the Investors", §5.3(a)).',
)
def given_approved(world: World, investors: str, date: str, purchaser: str, name: str) -> None:
    record = _purchase(world, name, purchaser)
    _set_field(world, "subsequent_closing_purchases", record, "approved_in_writing_by", investors)
    _set_field(world, "subsequent_closing_purchases", record, "approved_on", date)


@step(
    "Given",
    r"no Investor approved in writing the purchase by {purchaser} in Subsequent Closing {name}",
    'Given no Investor approved in writing the purchase by "WEBB" in Subsequent Closing "sc1"',
    "Record that no Investor approved the purchase in writing beforehand (§5.3(a)): none, not unknown.",
)
def given_not_approved(world: World, purchaser: str, name: str) -> None:
    _purchase(world, name, purchaser)["approved_in_writing_by"] = []


# -------------------------------------------------- after the Closing: §5.1, §5.2, §2.4 covenants


def _named(world: World, fact: str, key: str, fields: dict[str, Any], who: str | None = None) -> dict[str, Any]:
    """Add or replace the record of a list named `key`, field by field; `who` asserts the judgement fields."""
    spec, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get(spec.key)) != key]
    record: dict[str, Any] = {spec.key: key}
    records.append(record)
    for field, value in fields.items():
        judged = spec.fields[field].judgement is not None
        _set_field(world, fact, record, field, value, who if judged else None)
    return record


def _yes(flag: str | None) -> str:
    return "true" if flag else "false"


def _no(flag: str | None) -> str:
    return "false" if flag else "true"


@step(
    "Given",
    r"there are no {fact}",
    'Given there are no "existence_lapses"',
    "Say a list of records holds none (an empty list: there were none, which is not the same as unknown):"
    " no filing required, no lapse, no use of the proceeds, no act questioned.",
)
def given_none_of(world: World, fact: str) -> None:
    _records(world, fact)
    world.data[fact] = []


@step(
    "Given",
    r"the Company's act {act} on {date} was (?P<negated>not )?in the ordinary course consistent with past practice,"
    r" as asserted by {who}",
    'Given the Company\'s act "the early termination of the Boulder lease" on "2003-03-17" was not in the ordinary'
    ' course consistent with past practice, as asserted by "FTTI"',
    "Record an act of the Company before the Closing whose place in the ordinary course a party has judged"
    " (§5.1(a)), and who judged it.",
)
def given_pre_closing_act(world: World, act: str, date: str, who: str, negated: str | None = None) -> None:
    _named(world, "pre_closing_conduct", act, {"taken_on": date, "ordinary_course": _no(negated)}, who)


@step(
    "Given",
    r"on {date} the Company (?P<made>pays|declines to pay) {amount} to a third party for {action}"
    r"(?P<legal>, a payment otherwise legally required)?, its efforts otherwise (?P<negated>not )?commercially"
    r" reasonable as asserted by {who}",
    'Given on "2003-03-17" the Company declines to pay "$10,000.00" to a third party for "the landlord\'s consent",'
    ' its efforts otherwise commercially reasonable as asserted by "COMPANY"',
    "Record an action towards the Closing that called for a payment to a third party (§5.1(b)): whether the"
    " Company paid, whether the payment is otherwise legally required, and a party's judgement of its efforts.",
)
def given_closing_payment(
    world: World,
    date: str,
    made: str,
    amount: str,
    action: str,
    who: str,
    legal: str | None = None,
    negated: str | None = None,
) -> None:
    fields = {
        "decided_on": date,
        "commercially_reasonable_efforts": _no(negated),
        "third_party_payment": amount,
        "payment_legally_required": _yes(legal),
        "payment_made": _yes(made == "pays"),
    }
    _named(world, "closing_actions", action, fields, who)


@step(
    "Given",
    r"on {date} the Company (?P<effort>uses|fails to use) commercially reasonable efforts towards {action},"
    r" as asserted by {who}",
    'Given on "2003-03-14" the Company fails to use commercially reasonable efforts towards "the Silicon Valley'
    ' Bank release", as asserted by "FTTI"',
    "Record an action towards the Closing that called for no payment to a third party, and a party's judgement"
    " of the Company's efforts (§5.1(b)).",
)
def given_closing_effort(world: World, date: str, effort: str, action: str, who: str) -> None:
    fields = {
        "decided_on": date,
        "commercially_reasonable_efforts": _yes(effort == "uses"),
        "third_party_payment": "$0",
        "payment_legally_required": "false",
        "payment_made": "false",
    }
    _named(world, "closing_actions", action, fields, who)


@step(
    "Given",
    r"on {date} the Company enters into {agreement}, which by its terms (?P<effect>restricts|does not restrict)"
    r" the Company from performing its obligations, as asserted by {who}",
    'Given on "2003-03-17" the Company enters into "the bridge loan agreement", which by its terms restricts the'
    ' Company from performing its obligations, as asserted by "FTTI"',
    "Record an agreement the Company entered into before the Closing and a party's judgement of whether it"
    " prevents or restricts the Company's performance of the Agreement, the Related Agreements or the Series D"
    " terms (§5.1(c)). It is not a sales agreement unless the next step says so.",
)
def given_pre_closing_agreement(world: World, date: str, agreement: str, effect: str, who: str) -> None:
    fields = {"entered_on": date, "sales_agreement": "false", "restricts_performance": _yes(effect == "restricts")}
    _named(world, "pre_closing_agreements", agreement, fields, who)


@step(
    "Given",
    r"{agreement} is a sales agreement (?P<negated>not )?executed in the ordinary course of business,"
    r" as asserted by {who}",
    'Given "the Acme reseller agreement" is a sales agreement executed in the ordinary course of business, as'
    ' asserted by "COMPANY"',
    "Say that an agreement already recorded is a sales agreement, and a party's judgement of whether it was"
    " executed in the ordinary course of business (§5.1(c) excludes those that were).",
)
def given_sales_agreement(world: World, agreement: str, who: str, negated: str | None = None) -> None:
    record = _record(world, "pre_closing_agreements", agreement, create=False)
    _set_field(world, "pre_closing_agreements", record, "sales_agreement", "true")
    _set_field(world, "pre_closing_agreements", record, "ordinary_course", _no(negated), who)


@step(
    "Given",
    r"on {date} the Stock Plan stands at {authorized} shares authorized, {issued} issued and {optioned} under option",
    'Given on "2003-03-17" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "1,714,284" under'
    " option",
    "State the Stock Plan as of a date (§5.1(e), §5.2(m)): the shares it may issue, those issued under it and"
    " those subject to its outstanding options and awards. A statement of the same date is replaced.",
)
def given_stock_plan(world: World, date: str, authorized: str, issued: str, optioned: str) -> None:
    day = _date(date)
    spec, records = _records(world, "stock_plan_statements")
    records[:] = [r for r in records if str(r.get(spec.key)) != day.isoformat() and r.get(spec.key) != day]
    record = _append(world, "stock_plan_statements", {spec.key: day})
    for field, value in (("authorized", authorized), ("shares_issued", issued), ("shares_under_option", optioned)):
        _set_field(world, "stock_plan_statements", record, field, value)


@step(
    "Given",
    r"on {date} the Company grants {grant} over {shares} shares under the Stock Plan,"
    r" (?:vesting over {years} years|(?P<none>subject to no vesting/repurchase schedule))",
    'Given on "2003-03-17" the Company grants "options to the new engineers" over "100,000" shares under the Stock'
    ' Plan, vesting over "4" years',
    "Record a grant of options or an award of shares under the Stock Plan and the years of its vesting/repurchase"
    ' schedule ("7/2" for forty-two months), or say it is subject to none (§5.1(e), §5.2(m)).',
)
def given_stock_grant(
    world: World, date: str, grant: str, shares: str, years: str | None = None, none: str | None = None
) -> None:
    fields = {"granted_on": date, "shares": shares, "vesting_years": "0" if none else str(years)}
    _named(world, "stock_plan_grants", grant, fields)


@step(
    "Given",
    r"a reasonable time for decreasing the Stock Plan runs to {date}, as asserted by {who}",
    'Given a reasonable time for decreasing the Stock Plan runs to "2003-12-31", as asserted by "FTTI"',
    "A party's judgement of the date by which the Company should have decreased the Stock Plan to 5,958,981"
    " shares (§5.2(m) sets no date).",
)
def given_decrease_due_by(world: World, date: str, who: str) -> None:
    world.spec("stock_plan.decrease_due_by")
    world.data["stock_plan.decrease_due_by"] = {"value": _date(date), "asserted_by": who}


@step(
    "Given",
    r"the Company must file {filing} by {due} for the sale of {date}",
    'Given the Company must file "the Form D for the Closing" by "2003-04-02" for the sale of "2003-03-18"',
    "Record a filing the Securities Act or a blue sky law requires for the Shares (§5.2(a)), its due date"
    " under that law and the sale that called for it; not yet made unless the next step says so.",
)
def given_filing_required(world: World, filing: str, due: str, date: str) -> None:
    _named(world, "securities_filings", filing, {"required_on": date, "due_on": due, "filed": "false"})


@step(
    "Given",
    r"the Company files {filing} on {date}",
    'Given the Company files "the Form D for the Closing" on "2003-04-02"',
    "Record that the Company made a required filing already recorded, and when (§5.2(a)).",
)
def given_filed(world: World, filing: str, date: str) -> None:
    record = _record(world, "securities_filings", filing, create=False)
    _set_field(world, "securities_filings", record, "filed", "true")
    _set_field(world, "securities_filings", record, "filed_on", date)


@step(
    "Given",
    r"on {date} the Series D is convertible into {issuable} shares of Common Stock, of which {reserved} are reserved",
    'Given on "2003-09-30" the Series D is convertible into "44,600,000" shares of Common Stock, of which'
    ' "44,483,362" are reserved',
    "State, as of a date after the Closing, the Common Stock into which the Series D Preferred Stock is"
    " convertible and the Common Stock reserved for it (§5.2(b)).",
)
def given_conversion_reserve(world: World, date: str, issuable: str, reserved: str) -> None:
    record = _append(world, "conversion_reserve", {"as_of": _date(date)})
    _set_field(world, "conversion_reserve", record, "issuable_on_conversion", issuable)
    _set_field(world, "conversion_reserve", record, "reserved", reserved)


@step(
    "Given",
    r"{investor} asks on {date} to inspect the Company on {visit}(?P<hours>, outside normal business hours)?,"
    r" with(?P<negated>out)? reasonable prior notice to management as asserted by {who},"
    r" and the Company (?P<answer>permits|refuses) it",
    'Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to'
    ' management as asserted by "COMPANY", and the Company refuses it',
    "Record an Investor's request (its own or its designee's) to visit, inspect, examine the books or discuss"
    " the Company's affairs (§5.2(d)): the date asked for, during or outside normal business hours, a party's"
    " judgement of the notice, and whether the Company permitted it.",
)
def given_inspection(
    world: World,
    investor: str,
    date: str,
    visit: str,
    who: str,
    answer: str,
    hours: str | None = None,
    negated: str | None = None,
) -> None:
    record = _append(world, "inspection_requests", {"investor": world.party(investor)})
    for field, value, judged in (
        ("requested_on", date, None),
        ("visit_on", visit, None),
        ("normal_business_hours", _no(hours), None),
        ("reasonable_prior_notice", _no(negated), who),
        ("permitted", _yes(answer == "permits"), None),
    ):
        _set_field(world, "inspection_requests", record, field, value, judged)


@step(
    "Given",
    r"on {date} the Company's corporate existence lapses",
    'Given on "2004-02-01" the Company\'s corporate existence lapses',
    "Record that the Company's corporate existence lapsed (§5.2(e)).",
)
def given_existence_lapse(world: World, date: str) -> None:
    _named(world, "existence_lapses", "corporate existence", {"lapsed_on": date, "corporate_existence": "true"})


@step(
    "Given",
    r"on {date} the Company's {license} lapses, (?P<negated>not )?a material license necessary to the conduct"
    r" of its business as asserted by {who}",
    'Given on "2004-02-01" the Company\'s "Colorado telecommunications permit" lapses, a material license'
    ' necessary to the conduct of its business as asserted by "FTTI"',
    "Record that a license, authorization or permit of the Company lapsed, and a party's judgement of whether"
    " it is material and necessary to the conduct of its business (§5.2(e)).",
)
def given_license_lapse(world: World, date: str, license: str, who: str, negated: str | None = None) -> None:
    fields = {"lapsed_on": date, "corporate_existence": "false", "material_license": _no(negated)}
    _named(world, "existence_lapses", license, fields, who)


@step(
    "Given",
    r"from {date} the Company's {asset}, (?P<immaterial>not )?a material asset, is out of good repair, working"
    r" order and condition beyond ordinary wear and tear, as asserted by {who}",
    'Given from "2004-02-01" the Company\'s "Denver data center", a material asset, is out of good repair,'
    ' working order and condition beyond ordinary wear and tear, as asserted by "FTTI"',
    "Record a property or asset out of repair and a party's judgement that it is (or is not) material (§5.2(f)).",
)
def given_disrepair(world: World, date: str, asset: str, who: str, immaterial: str | None = None) -> None:
    fields = {"since": date, "material": _no(immaterial), "out_of_repair": "true"}
    _named(world, "property_disrepairs", asset, fields, who)


@step(
    "Given",
    r"the (?P<kind>tax|claim for labor, materials or supplies) {item} became payable on {date},"
    r" to be paid by {pay_by} before it is delinquent or penalties accrue",
    'Given the tax "2003 Colorado property tax" became payable on "2004-01-01", to be paid by "2004-04-30" before'
    " it is delinquent or penalties accrue",
    "Record a tax, assessment or governmental charge, or a claim for labor, materials or supplies that would"
    " become a lien, and the last day to pay it (§5.2(g)); unpaid and uncontested unless a later step says"
    " otherwise.",
)
def given_tax(world: World, kind: str, item: str, date: str, pay_by: str) -> None:
    fields = {
        "payable_on": date,
        "pay_by": pay_by,
        "lien_claim": _yes(kind != "tax"),
        "paid": "false",
        "contested": "false",
    }
    _named(world, "taxes_and_claims", item, fields)


@step(
    "Given",
    r"the claim {item} is (?P<negated>not )?material, as asserted by {who}",
    'Given the claim "the roofer\'s invoice" is material, as asserted by "FTTI"',
    "A party's judgement of whether a claim for labor, materials or supplies is material (§5.2(g)).",
)
def given_claim_material(world: World, item: str, who: str, negated: str | None = None) -> None:
    record = _record(world, "taxes_and_claims", item, create=False)
    _set_field(world, "taxes_and_claims", record, "material", _no(negated), who)


@step(
    "Given",
    r"the Company discharges {item} on {date}",
    'Given the Company discharges "2003 Colorado property tax" on "2004-04-30"',
    "Record that the Company paid a tax or claim already recorded, and when (§5.2(g)).",
)
def given_discharged(world: World, item: str, date: str) -> None:
    record = _record(world, "taxes_and_claims", item, create=False)
    _set_field(world, "taxes_and_claims", record, "paid", "true")
    _set_field(world, "taxes_and_claims", record, "paid_on", date)


@step(
    "Given",
    r"the Company contests {item} in good faith and by appropriate proceedings,"
    r" (?P<reserves>with|without) adequate reserves under GAAP, as asserted by {who}",
    'Given the Company contests "2003 Colorado property tax" in good faith and by appropriate proceedings, with'
    ' adequate reserves under GAAP, as asserted by "COMPANY"',
    "A party's judgement that a tax or claim (§5.2(g)), or an obligation the Company failed to meet (§5.2(h)),"
    " is being contested in good faith and by appropriate proceedings, with or without adequate reserves.",
)
def given_contested(world: World, item: str, reserves: str, who: str) -> None:
    for fact in ("taxes_and_claims", "obligation_failures"):
        spec, records = _records(world, fact)
        for record in records:
            if str(record.get(spec.key)) == item:
                _set_field(world, fact, record, "contested", "true")
                _set_field(world, fact, record, "contested_in_good_faith", "true", who)
                _set_field(world, fact, record, "adequate_reserves", _yes(reserves == "with"), who)
                return
    raise fail(f'no tax, claim or failure "{item}" is recorded', "record it first")


@step(
    "Given",
    r"on {date} the Company fails to comply with a material obligation, {failure}, discovered on {discovered},"
    r" which would (?P<negated>not )?reasonably be expected to have a Material Adverse Effect, as asserted by {who}",
    'Given on "2004-01-10" the Company fails to comply with a material obligation, "the Acme supply payment",'
    ' discovered on "2004-01-15", which would reasonably be expected to have a Material Adverse Effect, as'
    ' asserted by "FTTI"',
    "Record a failure of the Company to meet a material contractual obligation as it became due, the date the"
    " Company discovered it (the 45 days of the cure run from it), and a party's judgement of its materiality"
    " and of whether it would reasonably be expected to have a Material Adverse Effect (§5.2(h)).",
)
def given_obligation_failure(
    world: World, date: str, failure: str, discovered: str, who: str, negated: str | None = None
) -> None:
    fields = {
        "failed_on": date,
        "discovered_on": discovered,
        "material": "true",
        "material_adverse_effect": _no(negated),
        "cured": "false",
        "contested": "false",
    }
    _named(world, "obligation_failures", failure, fields, who)


@step(
    "Given",
    r"the Company cures {failure} on {date}",
    'Given the Company cures "the Acme supply payment" on "2004-03-01"',
    "Record that the Company cured a failure already recorded, and when (§5.2(h)).",
)
def given_cured(world: World, failure: str, date: str) -> None:
    record = _record(world, "obligation_failures", failure, create=False)
    _set_field(world, "obligation_failures", record, "cured", "true")
    _set_field(world, "obligation_failures", record, "cured_on", date)


@step(
    "Given",
    r"from {date}, by {shortfall}, the Company's books (?P<negated>no longer )?present fairly its financial"
    r" condition and results of operations under GAAP, as asserted by {who}",
    'Given from "2004-02-01", by "the unrecorded warranty reserve", the Company\'s books no longer present fairly'
    ' its financial condition and results of operations under GAAP, as asserted by "FTTI"',
    "Record something said to keep the Company's books from presenting fairly its financial condition, or its"
    " statements from carrying a reserve GAAP requires, and a party's judgement of it (§5.2(i)).",
)
def given_books(world: World, date: str, shortfall: str, who: str, negated: str | None = None) -> None:
    _named(world, "accounting_shortfalls", shortfall, {"since": date, "improper": _yes(negated)}, who)


@step(
    "Given",
    r"from {date}, by {shortfall}, the Company's property damage insurance (?P<effect>falls short of|still provides)"
    r" the coverage reasonably necessary to protect its assets and business, as asserted by {who}",
    'Given from "2004-02-01", by "the fire policy not renewed", the Company\'s property damage insurance falls'
    ' short of the coverage reasonably necessary to protect its assets and business, as asserted by "FTTI"',
    "Record something said to leave the Company's property damage insurance short of the coverage reasonably"
    " necessary, and a party's judgement of it (§5.2(j)).",
)
def given_insurance(world: World, date: str, shortfall: str, effect: str, who: str) -> None:
    fields = {"since": date, "insufficient": _yes(effect == "falls short of")}
    _named(world, "insurance_shortfalls", shortfall, fields, who)


_PURPOSES = ("working capital", "capital expenditures", "acquisitions", "general corporate purposes")


def _proceeds_use(world: World, use: str, date: str, amount: str, **flags: str) -> dict[str, Any]:
    fields = {
        "used_on": date,
        "amount": amount,
        "from_proceeds": "true",
        "purpose": "general corporate purposes",
        "repays_closing_date_debt": "false",
        "to_stockholder_or_affiliate": "false",
        "restricted_stock_repurchase": "false",
        "section_7_1_reimbursement": "false",
        "section_5_2_l_purchase": "false",
    }
    return _named(world, "proceeds_uses", use, {**fields, **flags})


@step(
    "Given",
    r"on {date} the Company uses {amount} of the proceeds for {use}, (?P<purpose>"
    + "|".join(_PURPOSES)
    + r"|none of the purposes §2\.4 allows)",
    'Given on "2003-04-15" the Company uses "$250,000.00" of the proceeds for "the April payroll", working capital',
    "Record a use of the proceeds of the Shares and what it funded (§2.4): working capital, capital expenditures,"
    " acquisitions, general corporate purposes, or none of the purposes §2.4 allows.",
)
def given_proceeds_use(world: World, date: str, amount: str, use: str, purpose: str) -> None:
    _proceeds_use(world, use, date, amount, purpose=purpose)


@step(
    "Given",
    r"on {date} the Company uses {amount} of the proceeds to repay {use}, indebtedness outstanding on the Closing"
    r" Date",
    'Given on "2003-04-15" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan",'
    " indebtedness outstanding on the Closing Date",
    "Record a use of the proceeds that repaid indebtedness of the Company outstanding on the Closing Date (§2.4).",
)
def given_proceeds_repay(world: World, date: str, amount: str, use: str) -> None:
    _proceeds_use(world, use, date, amount, repays_closing_date_debt="true")


@step(
    "Given",
    r"on {date} the Company pays {amount} of the proceeds to {payee}, a stockholder, for {use}"
    r"(?P<webb>, a purchase from Webb under §5\.2\(l\))?",
    'Given on "2003-04-30" the Company pays "$12,000.00" of the proceeds to "WEBB", a stockholder, for "the April'
    ' software", a purchase from Webb under §5.2(l)',
    "Record a payment from the proceeds to a stockholder of the Company (or an Affiliate of one, or another"
    " Affiliate of the Company), and say when it paid for a purchase from Webb that §5.2(l) requires (§2.4).",
)
def given_proceeds_to_stockholder(
    world: World, date: str, amount: str, payee: str, use: str, webb: str | None = None
) -> None:
    _proceeds_use(world, use, date, amount, to_stockholder_or_affiliate="true", section_5_2_l_purchase=_yes(webb))


@step(
    "Given",
    r"on {date} the Company reimburses {amount} of (?P<whose>Intel|Webb)'s expenses from the proceeds under §7\.1",
    'Given on "2003-03-25" the Company reimburses "$45,000.00" of Intel\'s expenses from the proceeds under §7.1',
    "Record a §7.1 reimbursement of Intel's or Webb's expenses paid from the proceeds (§2.4 excepts it).",
)
def given_proceeds_reimbursement(world: World, date: str, amount: str, whose: str) -> None:
    use = f"the §7.1 reimbursement of {whose}'s expenses"
    _proceeds_use(world, use, date, amount, to_stockholder_or_affiliate="true", section_7_1_reimbursement="true")


@step(
    "Given",
    r"on {date} the Company repurchases restricted stock at cost for {amount} of the proceeds from {seller},"
    r" under a compensation arrangement the Board approved",
    'Given on "2003-06-30" the Company repurchases restricted stock at cost for "$1,500.00" of the proceeds from'
    ' "a departing engineer", under a compensation arrangement the Board approved',
    "Record a Company repurchase of restricted stock at cost from an employee or consultant under a"
    " Board-approved compensation agreement or arrangement, paid from the proceeds (§2.4 allows it).",
)
def given_proceeds_repurchase(world: World, date: str, amount: str, seller: str) -> None:
    use = f"the repurchase of restricted stock from {seller}"
    _proceeds_use(world, use, date, amount, to_stockholder_or_affiliate="true", restricted_stock_repurchase="true")


@step(
    "Given",
    r"{use} was paid (?P<source>from other funds, not the proceeds|from money that cannot be traced)",
    'Given "the April software" was paid from other funds, not the proceeds',
    "Say that a payment recorded among the uses of the proceeds was made from other funds, or that its source"
    " cannot be traced (then it is unknown whether §2.4 reaches it).",
)
def given_proceeds_source(world: World, use: str, source: str) -> None:
    record = _record(world, "proceeds_uses", use, create=False)
    traced = "false" if source.startswith("from other") else "unknown"
    _set_field(world, "proceeds_uses", record, "from_proceeds", traced)


# ---- steps added by lawyerrun


def status_assertions(name: str, table: list[list[str]] | None) -> list[tuple[str, Status]]:
    """The (rule id, status) pairs a Then step asserts, read from its text (and its table), for the
    coverage of the rules by the scenarios (engine/scenario_coverage.py)."""
    patterns = _status_patterns()
    found = []
    for func in (then_status, then_status_for, then_status_all):
        m = patterns[func].fullmatch(name)
        if m:
            try:
                found.append((m["rule"], Status.parse(m["status"])))
            except ValueError:
                pass  # not a status: the scenario itself fails, naming its line
    for func, status in ((then_due_on, Status.DUE), (then_breached_on, Status.BREACHED), (then_ended_by, Status.ENDED)):
        m = patterns[func].fullmatch(name)
        if m:
            found.append((m["rule"], status))
    if patterns[then_outcomes].fullmatch(name) and table:
        for row in table[1:]:
            if len(row) == 3:
                try:
                    found.append((row[0].strip(), Status.parse(row[2])))
                except ValueError:
                    pass
    return found


_PATTERNS: dict[Callable[..., Any], re.Pattern[str]] = {}


def _status_patterns() -> dict[Callable[..., Any], re.Pattern[str]]:
    if not _PATTERNS:
        _PATTERNS.update({v.func: re.compile(v.pattern) for v in VOCABULARY})
    return _PATTERNS


@step(
    "Given",
    r"the claim {party} makes for {what} rests on {statement}, (?P<whose>the Company's own|a third party's)"
    r" statement in {instrument}, which (?P<by>the Company|another) delivered on {date},"
    r" (?P<pursuant>pursuant|not pursuant) to the Agreement as asserted by {who}",
    'Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers\' certificate" rests on'
    ' "no litigation pending", the Company\'s own statement in "the §4.1(q)(v) officers\' certificate", which the'
    ' Company delivered on "2003-03-18", pursuant to the Agreement as asserted by "INTEL"',
    "Record a statement in a certificate or other instrument that a claim says was inaccurate (§6.1): whose"
    " statement it is (the Company's own, or a third party's the instrument carries), who delivered the"
    " instrument and when, and a party's judgement whether it was delivered pursuant to the Agreement.",
)
def given_certificate_statement(
    world: World,
    party: str,
    what: str,
    statement: str,
    whose: str,
    instrument: str,
    by: str,
    date: str,
    pursuant: str,
    who: str,
) -> None:
    claim = _claim(world, party, what)
    record = _record(world, "certificate_statements", statement, create=True)
    record.clear()
    record.update({"statement": statement, "claim": claim["claim"], "instrument": instrument})
    _set_field(world, "certificate_statements", record, "delivered_on", date)
    _set_field(world, "certificate_statements", record, "delivered_by_company", _yes(by == "the Company"))
    _set_field(world, "certificate_statements", record, "made_by_company", _yes(whose == "the Company's own"))
    _set_field(world, "certificate_statements", record, "pursuant_to_agreement", _yes(pursuant == "pursuant"), who)


@step(
    "Given",
    r"{party} incurs {amount} of Losses {losses} on its claim for {what} on {date}, to be reimbursed by {by}"
    r" as asserted by {who}",
    'Given "INTEL" incurs "$20,000.00" of Losses "counsel fees, April 2004" on its claim for "a breach of §3.1(k)"'
    ' on "2004-04-30", to be reimbursed by "2004-05-31" as asserted by "INTEL"',
    "Record Losses an Indemnified Party incurred on its claim, as incurred, and a party's judgement of the date by"
    " which reimbursing them promptly required the Company to pay (§6.3 sets no number of days). Not yet"
    " reimbursed unless a later step says so.",
)
def given_losses_incurred(
    world: World, party: str, amount: str, losses: str, what: str, date: str, by: str, who: str
) -> None:
    claim = _claim(world, party, what)
    record = _record(world, "indemnity_reimbursements", losses, create=True)
    record.clear()
    record.update({"losses": losses, "claim": claim["claim"], "reimbursed": False})
    _set_field(world, "indemnity_reimbursements", record, "amount", amount)
    _set_field(world, "indemnity_reimbursements", record, "incurred_on", date)
    _set_field(world, "indemnity_reimbursements", record, "reimburse_by", by, who)


@step(
    "Given",
    r"the Company reimburses the Losses {losses} on {date}",
    'Given the Company reimburses the Losses "counsel fees, April 2004" on "2004-05-20"',
    "Record that the Company reimbursed, in full, Losses already recorded (§6.3), and when.",
)
def given_losses_reimbursed(world: World, losses: str, date: str) -> None:
    record = _record(world, "indemnity_reimbursements", losses, create=False)
    _set_field(world, "indemnity_reimbursements", record, "reimbursed", "true")
    _set_field(world, "indemnity_reimbursements", record, "reimbursed_on", date)


@step(
    "Given",
    r"the Company's payment for the Losses {losses} is to be repaid by {by} as asserted by {who}"
    r"(?:, and is repaid on {date})?",
    'Given the Company\'s payment for the Losses "counsel fees, April 2004" is to be repaid by "2004-10-31" as'
    ' asserted by "COMPANY", and is repaid on "2004-10-15"',
    "After a final ruling that a claim's Losses resulted from the Indemnified Party's gross negligence or willful"
    " misconduct: a party's judgement of the date by which the Indemnified Party must repay what the Company paid"
    ' for them (§6.3 sets no time), and the day it repaid (leave out ", and is repaid on …" while it has not).',
)
def given_losses_repay(world: World, losses: str, by: str, who: str, date: str | None = None) -> None:
    record = _record(world, "indemnity_reimbursements", losses, create=False)
    _set_field(world, "indemnity_reimbursements", record, "repay_by", by, who)
    _set_field(world, "indemnity_reimbursements", record, "repaid", _yes(date))
    if date:
        _set_field(world, "indemnity_reimbursements", record, "repaid_on", date)


def _third_party_claim(world: World, party: str, what: str, create: bool = False) -> dict[str, Any]:
    """The third party's claim behind the Investor's claim for indemnification for `what`."""
    claim = _claim(world, party, what)
    _, records = _records(world, "third_party_claims")
    for r in records:
        if str(r.get("claim")) == claim["claim"]:
            return r
    if not create:
        raise fail(
            f'no third party\'s claim is recorded behind the claim "{party}" makes for "{what}"',
            f'add it first: Given the claim "{party}" makes for "{what}" results from a third party\'s claim'
            ' brought on "…"',
        )
    record: dict[str, Any] = {"investor": party, "claim": claim["claim"]}
    records.append(record)
    return record


@step(
    "Given",
    r"the claim {party} makes for {what} results from a third party's claim brought on {date}",
    'Given the claim "INTEL" makes for "the suit by a customer of the Company" results from a third party\'s claim'
    ' brought on "2004-03-01"',
    "Record the claim or proceeding of a third party behind a claim for indemnification (§6.4, §6.5). No suit,"
    " the Company has not assumed the defence, the Indemnified Party does not control it and has not settled,"
    " unless later steps say so.",
)
def given_third_party_claim(world: World, party: str, what: str, date: str) -> None:
    record = _third_party_claim(world, party, what, create=True)
    for field, value in (
        ("brought_on", date),
        ("suit_instituted", "false"),
        ("company_assumed_defence", "false"),
        ("indemnified_party_controls", "false"),
        ("settled", "false"),
    ):
        _set_field(world, "third_party_claims", record, field, value)


@step(
    "Given",
    r"suit is instituted against {party} on the claim for {what} on {date}",
    'Given suit is instituted against "INTEL" on the claim for "the suit by a customer of the Company" on "2004-03-05"',
    "Record that suit was instituted against the Indemnified Party on a third party's claim (§6.4).",
)
def given_suit_instituted(world: World, party: str, what: str, date: str) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "suit_instituted", "true")
    _set_field(world, "third_party_claims", record, "suit_instituted_on", date)


@step(
    "Given",
    r"the Company assumes the defence of the claim {party} makes for {what} on {date}"
    r" (?P<how>by|without) written notice to the Indemnified Parties",
    'Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company"'
    ' on "2004-03-10" by written notice to the Indemnified Parties',
    "Record that the Company assumed the defence of a third party's claim, or took control of the suit (§6.5,"
    " §6.4), and whether it gave the Indemnified Parties written notice.",
)
def given_defence_assumed(world: World, party: str, what: str, date: str, how: str) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "company_assumed_defence", "true")
    _set_field(world, "third_party_claims", record, "company_assumed_defence_on", date)
    _set_field(world, "third_party_claims", record, "defence_notice_in_writing", _yes(how == "by"))


@step(
    "Given",
    r"the Company (?P<negated>does not conduct|conducts) the defence of the claim {party} makes for {what}"
    r" diligently as asserted by {who}",
    'Given the Company conducts the defence of the claim "INTEL" makes for "the suit by a customer of the Company"'
    ' diligently as asserted by "INTEL"',
    "A party's judgement of whether the Company conducts diligently the defence it assumed (§6.5).",
)
def given_defence_diligence(world: World, negated: str, party: str, what: str, who: str) -> None:
    record = _third_party_claim(world, party, what)
    value = _yes(negated == "conducts")
    _set_field(world, "third_party_claims", record, "defence_conducted_diligently", value, who)


@step(
    "Given",
    r"{party} controls the defence of its claim for {what}",
    'Given "INTEL" controls the defence of its claim for "the suit by a customer of the Company"',
    "Record that the Indemnified Party controls the defence or settlement of a third party's claim itself,"
    " rather than only participating in the defence (§6.5).",
)
def given_party_controls(world: World, party: str, what: str) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "indemnified_party_controls", "true")


@step(
    "Given",
    r"in the reasonable opinion of {party} its claim for {what} could (?P<negated>not )?have an adverse effect on"
    r" its business as asserted by {who}",
    'Given in the reasonable opinion of "INTEL" its claim for "the suit by a customer of the Company" could have'
    ' an adverse effect on its business as asserted by "INTEL"',
    "The Indemnified Party's own reasonable opinion that a third party's claim could (or could not) have an"
    " adverse effect on its or its Affiliates' business, operations, assets, properties, prospects or reputation"
    " (§6.5), as someone asserts it: only the Indemnified Party, or its counsel, may.",
)
def given_adverse_effect(world: World, party: str, what: str, who: str, negated: str | None = None) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "adverse_effect", _yes(not negated), who)


@step(
    "Given",
    r"{party} settles the third party's claim behind its claim for {what} on {date}",
    'Given "INTEL" settles the third party\'s claim behind its claim for "the suit by a customer of the Company" on'
    ' "2004-04-01"',
    "Record that the Indemnified Party settled or compromised a third party's claim (§6.4). Without the"
    " Company's consent unless a later step says so.",
)
def given_settled(world: World, party: str, what: str, date: str) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "settled", "true")
    _set_field(world, "third_party_claims", record, "settled_on", date)
    record.setdefault("company_consented", {"value": False, "asserted_by": "COMPANY"})


@step(
    "Given",
    r"the Company consents in writing on {date} to the settlement of the claim {party} makes for {what}"
    r" as asserted by {who}",
    'Given the Company consents in writing on "2004-03-25" to the settlement of the claim "INTEL" makes for'
    ' "the suit by a customer of the Company" as asserted by "COMPANY"',
    "Record the Company's written consent to the Indemnified Party's settlement of a third party's claim (§6.4),"
    " and who says it was given: only the Company, or its counsel, may.",
)
def given_settlement_consent(world: World, date: str, party: str, what: str, who: str) -> None:
    record = _third_party_claim(world, party, what)
    _set_field(world, "third_party_claims", record, "company_consented", "true", who)
    _set_field(world, "third_party_claims", record, "company_consented_on", date)


@step(
    "Given",
    r"the Company withholds its consent to the settlement of the claim {party} makes for {what}"
    r" (?P<how>unreasonably|reasonably) as asserted by {who}",
    'Given the Company withholds its consent to the settlement of the claim "INTEL" makes for "the suit by a'
    ' customer of the Company" unreasonably as asserted by "INTEL"',
    "Record that the Company did not consent to a settlement (§6.4), and a party's judgement of whether it"
    ' withheld its consent unreasonably ("which shall not be unreasonably withheld").',
)
def given_settlement_consent_withheld(world: World, party: str, what: str, how: str, who: str) -> None:
    record = _third_party_claim(world, party, what)
    record["company_consented"] = {"value": False, "asserted_by": "COMPANY"}
    _set_field(world, "third_party_claims", record, "consent_unreasonably_withheld", _yes(how == "unreasonably"), who)


@step(
    "Given",
    r"on {date} the Company issues stock certificate {certificate} for shares of {party}"
    r"(?: held by {holder})? (?P<legend>with|without) the §7\.2 legend",
    'Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" held by "FT Holdings'
    ' (a transferee of FTTI)" without the §7.2 legend',
    "Record a certificate representing Series D Preferred Stock or Common Stock held by an Investor or by a"
    " transferee of its shares (§7.2), and whether it bears the Securities Act legend.",
)
def given_stock_certificate(
    world: World, date: str, certificate: str, party: str, legend: str, holder: str | None = None
) -> None:
    world.party(party)
    record = _record(world, "stock_certificates", certificate, create=True)
    record.clear()
    record.update({"certificate": certificate, "investor": party})
    if holder:
        record["holder"] = holder
    _set_field(world, "stock_certificates", record, "issued_on", date)
    _set_field(world, "stock_certificates", record, "bears_legend", _yes(legend == "with"))


@step(
    "Given",
    r"on {date} {party} assigns its rights under the Agreement to {assignee}"
    r"(?:, with the (?P<form>written|oral) consent of {consenting} given on {consented})?",
    'Given on "2004-02-02" "INTEL" assigns its rights under the Agreement to "Intel Capital II", with the written'
    ' consent of "COMPANY, FTTI, WEBB" given on "2004-01-26"',
    "Record an assignment of a party's rights (or obligations) under the Agreement (§7.8), with the consents of"
    ' the other parties to it and the day the last was given; leave out ", with the … consent …" when none'
    " consented.",
)
def given_assignment(
    world: World,
    date: str,
    party: str,
    assignee: str,
    form: str | None = None,
    consenting: str | None = None,
    consented: str | None = None,
) -> None:
    world.party(party)
    name = f"{party}'s assignment to {assignee}"
    record = _record(world, "assignments", name, create=True)
    record.clear()
    record.update({"assignment": name, "assignor": party, "assignee": assignee})
    _set_field(world, "assignments", record, "assigned_on", date)
    _set_field(world, "assignments", record, "consented_by", consenting or "")
    _set_field(world, "assignments", record, "consents_in_writing", _yes(form == "written"))
    if consented:
        _set_field(world, "assignments", record, "consented_on", consented)


@step(
    "Given",
    r"on {date} the Agreement is amended by {amendment} \(changing {terms}\), with the (?P<form>written|oral)"
    r" consent of {consenting}",
    'Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with'
    ' the written consent of "COMPANY, FTTI, INTEL, WEBB"',
    "Record an amendment of the Agreement (§7.9): its name, the terms it changes, and who consented to it, in"
    " writing or not.",
)
def given_amendment(world: World, date: str, amendment: str, terms: str, form: str, consenting: str) -> None:
    for p in consenting.split(","):
        if p.strip():
            world.party(p.strip())
    record = _record(world, "amendments", amendment, create=True)
    record.clear()
    record.update({"amendment": amendment, "terms": terms})
    _set_field(world, "amendments", record, "dated", date)
    _set_field(world, "amendments", record, "consented_by", consenting)
    _set_field(world, "amendments", record, "in_writing", _yes(form == "written"))


def _asserter(who: str | None, what: str) -> str:
    if not who:
        raise fail(f"{what} is a judgement", 'add as asserted by "WHO"')
    return who


@step(
    "Given",
    r"the Company selects {firm} on {date} to audit its annual statements,"
    r' (?P<kind>a "Big Four" firm|a firm of national standing|neither a "Big Four" firm nor one of national standing)'
    r"(?: as asserted by {who})?, with {outstanding} Shares outstanding",
    'Given the Company selects "KPMG" on "2003-06-15" to audit its annual statements, a "Big Four" firm, with'
    ' "26,767,060" Shares outstanding',
    "Record the Company's selection of the firm that audits and certifies its annual statements (§5.2(c)(i)),"
    ' named "the selection of" the firm (the Investors approve it under that name): a "Big Four" firm, or a'
    " party's judgement that it is (or is not) an independent public accounting firm of national standing; and"
    " the Shares then outstanding. No holder that is not an Investor approves it unless said.",
)
def given_auditor_selection(
    world: World, firm: str, date: str, kind: str, outstanding: str, who: str | None = None
) -> None:
    fact = "auditor_selections"
    selection = f"the selection of {firm}"
    _, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get("selection")) != selection]
    record = _append(world, fact, {"selection": selection, "firm": firm})
    _set_field(world, fact, record, "selected_on", date)
    _set_field(world, fact, record, "big_four", "true" if kind.endswith('"Big Four" firm') else "false")
    if not kind.endswith('"Big Four" firm'):
        standing = "false" if kind.startswith("neither") else "true"
        _set_field(world, fact, record, "national_standing", standing, _asserter(who, "national standing"))
    _set_field(world, fact, record, "shares_outstanding", outstanding)
    _set_field(world, fact, record, "other_holders_approving_shares", "0")


@step(
    "Given",
    r"holders that are not Investors, holding {shares} Shares, approve the selection of {firm}",
    'Given holders that are not Investors, holding "6,000,000" Shares, approve the selection of "KPMG"',
    "Record the approval of the auditors' selection by holders of Shares that are not Investors (purchasers at a"
    " Subsequent Closing), with the Shares they hold (§5.2(c)(i)); the Investors' approvals are the approvals step.",
)
def given_other_holders_approve(world: World, shares: str, firm: str) -> None:
    record = _record(world, "auditor_selections", f"the selection of {firm}", create=False)
    _set_field(world, "auditor_selections", record, "other_holders_approving_shares", shares)


@step(
    "Given",
    r"{investor} asks on {date} for {request}, (?P<reasonable>a reasonable|an unreasonable) request about the"
    r" Company as asserted by {who}",
    'Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as'
    ' asserted by "COMPANY"',
    "Record an Investor's request for other information relating to the financial condition, business,"
    " prospects or corporate affairs of the Company (§5.2(c)(iv)), and a party's judgement of whether it is a"
    " request the Investor may reasonably make; not yet answered unless a later step says so.",
)
def given_information_request(world: World, investor: str, date: str, request: str, reasonable: str, who: str) -> None:
    fact = "information_requests"
    _, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get("request")) != request]
    record = _append(world, fact, {"request": request, "investor": world.party(investor)})
    _set_field(world, fact, record, "requested_on", date)
    _set_field(world, fact, record, "about_the_company", "true")
    _set_field(world, fact, record, "reasonable", "true" if reasonable == "a reasonable" else "false", who)
    _set_field(world, fact, record, "delivered", "false")


@step(
    "Given",
    r"a reasonable time to answer {request} runs to {date}, as asserted by {who}",
    'Given a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"',
    "A party's judgement of the date by which the Company should have delivered the information an Investor"
    " asked for (§5.2(c)(iv) sets no time).",
)
def given_information_due(world: World, request: str, date: str, who: str) -> None:
    record = _record(world, "information_requests", request, create=False)
    _set_field(world, "information_requests", record, "due_by", date, who)


@step(
    "Given",
    r"the Company answers {request} on {date}",
    'Given the Company answers "the customer pipeline" on "2004-02-13"',
    "Record that the Company delivered the information an Investor asked for, and when (§5.2(c)(iv)).",
)
def given_information_answered(world: World, request: str, date: str) -> None:
    record = _record(world, "information_requests", request, create=False)
    _set_field(world, "information_requests", record, "delivered", "true")
    _set_field(world, "information_requests", record, "delivered_on", date)


def _voting_agreement(world: World, name: str, date: str, parties: list[str], entered_by: list[str]) -> dict:
    fact = "voting_agreements"
    _, records = _records(world, fact)
    records[:] = [r for r in records if str(r.get("agreement")) != name]
    record = _append(world, fact, {"agreement": name, "parties": parties, "entered_by": entered_by})
    _set_field(world, fact, record, "entered_on", date)
    _set_field(world, fact, record, "on_voting", "true")
    return record


@step(
    "Given",
    r"on {date} {investors} enter into {agreement}, an agreement among them on the voting of their shares in a"
    r" matter the shareholders (?P<must>must|need not) approve, as asserted by {who}",
    'Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting'
    ' of their shares in a matter the shareholders must approve, as asserted by "COMPANY"',
    "Record an agreement, contract or arrangement the Investors named enter into with one another on the voting"
    " of their shares, and a party's judgement of whether the matter is one the Company's shareholders must"
    " approve under law, the Agreement or a Related Agreement (§5.3(b)). It is not a Related Agreement.",
)
def given_voting_agreement(world: World, date: str, investors: str, agreement: str, must: str, who: str) -> None:
    who_enter = [world.party(p.strip()) for p in investors.split(",") if p.strip()]
    record = _voting_agreement(world, agreement, date, who_enter, who_enter)
    _set_field(world, "voting_agreements", record, "shareholder_matter", "true" if must == "must" else "false", who)
    _set_field(world, "voting_agreements", record, "related_agreement", "false")


@step(
    "Given",
    r"on {date} {joiner} joins {agreement}, a Related Agreement among {parties} on the voting of their shares in"
    r" matters the shareholders must approve, as asserted by {who}",
    'Given on "2003-10-15" "WEBB" joins "the Voting Agreement", a Related Agreement among "FTTI, INTEL, WEBB" on'
    ' the voting of their shares in matters the shareholders must approve, as asserted by "COMPANY"',
    "Record a joinder to a Related Agreement on voting (the Voting Agreement, the drag-along of the Right of"
    " First Refusal Agreement), as §2.3(b) requires of each purchaser at a Subsequent Closing (§5.3(b)): the"
    " one who joins enters into it (a purchaser that is not an Investor enters into nothing §5.3(b) reaches),"
    " and the Investors already party to it are named.",
)
def given_voting_joinder(world: World, date: str, joiner: str, agreement: str, parties: str, who: str) -> None:
    members = [world.party(p.strip()) for p in parties.split(",") if p.strip()]
    joined = [joiner] if joiner in world.policy.parties else []
    record = _voting_agreement(world, agreement, date, sorted(set(members + joined)), joined)
    _set_field(world, "voting_agreements", record, "shareholder_matter", "true", who)
    _set_field(world, "voting_agreements", record, "related_agreement", "true")


# ---- steps added by figsetting


@step(
    "Then",
    r"the calendar lists {figure} on {date} under {reading}",
    'Then the calendar lists "webb_option_expiry" on "2003-11-03" under "period_fixed_date_roll=rolled"',
    "Assert the date of a date-valued figure under one reading of a setting left unresolved, as `dealcheck"
    " calendar` lists it when the readings give different dates (several settings: `a=x, b=y`).",
)
def then_calendar_under(world: World, figure: str, date: str, reading: str) -> None:
    _figure(world, figure)
    found = [d for d in _calendar(world) if d.name == figure and d.party is None]
    listed = [d for d in found if d.reading == reading]
    if not listed:
        shown = "; ".join(f"{d.reading or 'every reading'}: {d.date or 'no date'}" for d in found) or "nothing"
        raise fail(f"the calendar lists nothing for {figure} under {reading} (it lists {shown})")
    if listed[0].date is None or listed[0].date.isoformat() != _date(date).isoformat():
        raise fail(f"the calendar lists {listed[0].date or 'no date'} for {figure} under {reading}, not {date}")


# ---------------------------------------------------------------- Then


def _status(text: str) -> Status:
    try:
        return Status.parse(text)
    except ValueError:
        labels = [s.label for s in Status]
        hint = did_you_mean(text, labels) or "write one of " + ", ".join(labels)
        raise fail(f'"{text}" is not a status', hint) from None


def _expect_status(world: World, rule: str, party: str | None, expected: str) -> None:
    want = _status(expected)
    result = world.result(rule, party)
    who = f" for {party}" if party else ""
    if result.status is not want:
        raise fail(f"{rule}{who}: expected {want.label}, dealcheck says {result.status.label}: {result.reason}")
    code = syntax_in(result.reason)  # every rule, in every status a scenario shows it in, reads as English
    if code is not None:
        raise fail(
            f"the reason for {rule}{who} reads as code, with {code}: {result.reason}",
            "word it in the rule's `reasons:` or the fact's `wording:`",
        )


@step(
    "Then",
    r"{rule} is {status}",
    'Then "spa.4.2.b" is "not met"',
    "Assert the status of a rule that has one result.",
)
def then_status(world: World, rule: str, status: str) -> None:
    _expect_status(world, rule, None, status)


@step(
    "Then",
    r"{rule} is {status} for {party}",
    'Then "spa.4.1.j" is "waived" for "INTEL"',
    "Assert one party's status.",
)
def then_status_for(world: World, rule: str, status: str, party: str) -> None:
    world.party(party)
    _expect_status(world, rule, party, status)


@step(
    "Then",
    r"{rule} is {status} for every party",
    'Then "spa.4.1.j" is "met" for every party',
    "Assert the same status for every party the rule has a result for.",
)
def then_status_all(world: World, rule: str, status: str) -> None:
    world.rule(rule)
    for party in world.policy.groups.get(world.policy.rules[rule].for_each or "", ()) or (None,):
        _expect_status(world, rule, party, status)


@step(
    "Then",
    r"the outcomes are:",
    "Then the outcomes are:",
    "Assert many statuses at once (leave party empty for a rule with one result).",
    table="| rule | party | status |\n| spa.4.1.j | FTTI | not met |\n| spa.4.1.j | INTEL | waived |",
)
def then_outcomes(world: World, datatable: list[list[str]]) -> None:
    for i, row in enumerate(_table(datatable)):
        if i == 0:
            if [h.lower() for h in row] != ["rule", "party", "status"]:
                raise fail("the table's columns must be | rule | party | status |", "make it the first row")
            continue
        rule, party, status = row
        _expect_status(world, rule, party or None, status)


def _result_for(world: World, rule: str, party: str | None):
    if party:
        world.party(party)
    return world.result(rule, party)


@step(
    "Then",
    r"the reason for {rule}(?: for {party})? mentions {text}",
    'Then the reason for "spa.4.1.p" for "FTTI" mentions "$7,199,999.947"',
    "Assert that the reason, in plain English, contains some words or a figure.",
)
def then_reason(world: World, rule: str, text: str, party: str | None = None) -> None:
    result = _result_for(world, rule, party)
    if text not in result.reason:
        raise fail(f"the reason for {rule} does not mention {text!r}; it says: {result.reason}")


@step(
    "Then",
    r"the working for {rule}(?: for {party})? mentions {text}",
    'Then the working for "spa.4.1.p" for "FTTI" mentions "= $7,199,999.947"',
    "Assert that the explanation in the rule's own terms (its condition and working) contains some words or a figure.",
)
def then_working(world: World, rule: str, text: str, party: str | None = None) -> None:
    result = _result_for(world, rule, party)
    if text not in " ".join([result.explanation, *result.working]):
        raise fail(f"the working for {rule} does not mention {text!r}; it says: {result.explanation}")


def _timing_of(world: World, rule: str, party: str | None, want: Status):
    _expect_status(world, rule, party, want.label)  # the status, and its reason read as English
    return _result_for(world, rule, party).timing


@step(
    "Then",
    r"{rule}(?: for {party})? is due on {date}",
    'Then "spa.5.2.c.i.annual" for "FTTI" is due on "2004-03-30"',
    "Assert that a covenant is due (not yet done, its deadline not yet passed) and its deadline.",
)
def then_due_on(world: World, rule: str, date: str, party: str | None = None) -> None:
    timing = _timing_of(world, rule, party, Status.DUE)
    if timing is None or timing.deadline != _date(date):
        raise fail(f"{rule}: the deadline is {timing.deadline if timing else 'none'}, not {date}")


@step(
    "Then",
    r"{rule}(?: for {party})? was breached on {date}",
    'Then "spa.5.2.l.assets" was breached on "2004-09-01"',
    "Assert that a covenant is breached, and the date of the breach (the day after its deadline, or the"
    " date of the act that breaches it).",
)
def then_breached_on(world: World, rule: str, date: str, party: str | None = None) -> None:
    timing = _timing_of(world, rule, party, Status.BREACHED)
    if timing is None or timing.breached_on != _date(date):
        raise fail(f"{rule}: breached on {timing.breached_on if timing else 'no date'}, not {date}")


@step(
    "Then",
    r"the deadline for {rule}(?: for {party})? is {date}",
    'Then the deadline for "spa.5.2.c.i.annual" for "FTTI" is "2007-04-02"',
    "Assert a covenant's deadline, whatever its status (the working shows how §7.10 moved it).",
)
def then_deadline(world: World, rule: str, date: str, party: str | None = None) -> None:
    timing = _result_for(world, rule, party).timing
    if timing is None or timing.deadline != _date(date):
        raise fail(f"the deadline for {rule} is {timing.deadline if timing else 'none'}, not {date}")


@step(
    "Then",
    r"{rule}(?: for {party})? ended by {text}",
    'Then "spa.5.2.l.assets" ended by "a Qualified Public Offering"',
    "Assert that a covenant has ended, and by which event.",
)
def then_ended_by(world: World, rule: str, text: str, party: str | None = None) -> None:
    timing = _timing_of(world, rule, party, Status.ENDED)
    if timing is None or not timing.ended_by or text not in timing.ended_by:
        raise fail(f"{rule} ended by {timing.ended_by if timing else 'nothing'}, not {text!r}")


@step(
    "Then",
    r"the facts consulted for {rule}(?: for {party})? mention {text}",
    'Then the facts consulted for "spa.4.1.k" for "FTTI" mention "Bill Cullen read as William Cullen"',
    "Assert words in the facts a result consulted, with their notes (how a name was read, who asserted"
    " a value), as `dealcheck explain` lists them.",
)
def then_facts_mention(world: World, rule: str, text: str, party: str | None = None) -> None:
    result = _result_for(world, rule, party)
    shown = [f"{f.name} = {f.value}" + "".join(f" ({n})" for n in (f.asserted_by, f.note) if n) for f in result.facts]
    if not any(text in line for line in shown):
        raise fail(f"the facts consulted for {rule} do not mention {text!r}; they are: {'; '.join(shown)}")


@step(
    "Then",
    r"{rule}(?: for {party})? is missing {fact}",
    'Then "spa.4.1.j" for "FTTI" is missing "documents[legal_opinion].dated"',
    "Assert that a rule is unknown for lack of a given fact.",
)
def then_missing(world: World, rule: str, fact: str, party: str | None = None) -> None:
    result = _result_for(world, rule, party)
    if fact not in result.missing:
        raise fail(f"{rule} is not missing {fact!r}; status {result.status.label}, missing: {list(result.missing)}")


@step(
    "Then",
    r"{rule} used the setting {name} as {choice}",
    'Then "spa.4.1.w" used the setting "ft_license_commitment" as "at_least"',
    "Assert which reading of an ambiguity a result depended on.",
)
def then_setting_used(world: World, rule: str, name: str, choice: str) -> None:
    for result in world.checklist.results if world.checklist else []:
        if result.rule == rule:
            if str(result.settings.get(name)) != choice:
                raise fail(f"{rule} used {name}={result.settings.get(name)!r}, not {choice!r}")
            return
    world.result(rule, None)


@step(
    "Then",
    r"{rule}(?: for {party})? sets aside the (?P<kind>waiver|assertion|judgement) by {who} because {text}",
    'Then "spa.4.1.j" for "FTTI" sets aside the waiver by "COMPANY" because "may not waive it"',
    "Assert that a waiver, an assertion or a judgement recorded in the deal does not count for this row,"
    " and why (wrong party, too late, not in writing, basis changed).",
)
def then_set_aside(world: World, rule: str, kind: str, who: str, text: str, party: str | None = None) -> None:
    result = _result_for(world, rule, party)
    kinds = {
        "waiver": ("waiver",),
        "assertion": ("assertion", "undated"),
        "judgement": ("stale judgement", "assertion", "undated"),
    }[kind]
    named = [p.strip() for p in who.split(",")]  # one party, or all of a joint act ("FTTI, INTEL, WEBB")
    found = [s for s in result.set_aside if s.kind in kinds and all(p in s.by for p in named)]
    if not found:
        shown = "; ".join(s.text() for s in result.set_aside) or "nothing"
        raise fail(f"{rule} sets aside no {kind} by {who}; it sets aside: {shown}")
    if not any(text in s.text() for s in found):
        raise fail(f"the {kind} by {who} is set aside, but not because {text!r}: {found[0].text()}")


@step(
    "Then",
    r"the covenants summary says {text}",
    'Then the covenants summary says "not in compliance"',
    "Assert words of the one-line summary of the covenants over time (in compliance or not, what is"
    " breached since when, what is due by when).",
)
def then_compliance(world: World, text: str) -> None:
    if world.checklist is None:
        raise fail(f"the check stopped with an error: {world.error}")
    if text not in world.checklist.compliance:
        raise fail(f"the covenants summary does not say {text!r}: {world.checklist.compliance or 'no summary'}")


@step(
    "Then",
    r"the closing is ready",
    "Then the closing is ready",
    "Assert that every party is obliged to close.",
)
def then_ready(world: World) -> None:
    if world.checklist is None or not world.checklist.ready:
        verdict = world.checklist.verdict if world.checklist else f"error: {world.error}"
        raise fail(f"the closing is not ready: {verdict}")


@step(
    "Then",
    r"the closing is not ready",
    "Then the closing is not ready",
    "Assert that some party is not obliged to close.",
)
def then_not_ready(world: World) -> None:
    if world.checklist is None:
        raise fail(f"the check stopped with an error: {world.error}")
    if world.checklist.ready:
        raise fail("the closing is ready")


@step(
    "Then",
    r"the verdict mentions {text}",
    'Then the verdict mentions "outstanding for FTTI"',
    "Assert words in the one-line verdict.",
)
def then_verdict(world: World, text: str) -> None:
    if world.checklist is None:
        raise fail(f"the check stopped with an error: {world.error}")
    if text not in world.checklist.verdict:
        raise fail(f"the verdict does not mention {text!r}: {world.checklist.verdict}")


@step(
    "Then",
    r"the check is refused because {text}",
    'Then the check is refused because "turns on judgement"',
    "Assert that the deal state was rejected as malformed input (exit 2) with this reason.",
)
def then_refused(world: World, text: str) -> None:
    if world.error is None:
        raise fail("the check was not refused")
    if text not in str(world.error):
        raise fail(f"the check was refused, but not because {text!r}: {world.error}")


def _calendar(world: World) -> list:
    if world.checked is None:
        raise fail("the deal has not been checked yet", 'add "When the deal is checked" before the Then steps')
    state, as_of = world.checked
    return world.engine.deadlines(state, as_of)  # type: ignore[union-attr]


def _figure(world: World, name: str) -> str:
    if name not in world.policy.definitions:
        raise fail(f'"{name}" is not a figure', did_you_mean(name, world.policy.definitions) or "run dealcheck rules")
    return name


@step(
    "Then",
    r"the calendar lists {figure}(?: for {party})? on {date}",
    'Then the calendar lists "qualified_public_offering_date" on "2004-06-30"',
    "Assert the date of a date-valued figure, as `dealcheck calendar` lists it.",
)
def then_calendar(world: World, figure: str, date: str, party: str | None = None) -> None:
    _figure(world, figure)
    found = [d for d in _calendar(world) if d.name == figure and d.party == party]
    under = [d.reading for d in found if d.reading]
    if under:
        raise fail(
            f"the calendar lists {figure} once per reading left open ({'; '.join(under)})",
            f'name the reading: Then the calendar lists "{figure}" on "{date}" under "{under[0]}"',
        )
    shown = found[0].date.isoformat() if found and found[0].date else "no date"
    if shown != _date(date).isoformat():
        raise fail(f"the calendar lists {shown} for {figure}, not {date}")


@step(
    "Then",
    r"the calendar lists no date for {figure}",
    'Then the calendar lists no date for "qualified_public_offering_date"',
    "Assert that a date-valued figure has no date (there is none, or it is not known).",
)
def then_calendar_none(world: World, figure: str) -> None:
    _figure(world, figure)
    found = [d for d in _calendar(world) if d.name == figure and d.date is not None]
    if found:
        raise fail(f"the calendar lists {found[0].date.isoformat()} for {figure}")


# ---------------------------------------------------------------- helpers


def _table(datatable: list[list[str]]):
    """Each row of a step's table, its cells stripped; while a row is read, an error names its line."""
    try:
        for i, row in enumerate(datatable):
            CURRENT.row = i
            yield [c.strip() for c in row]
    finally:
        CURRENT.row = None


def _rows(datatable: list[list[str]]):
    """The | field | value | rows of a step's table (a first row `| field | value |` is a heading)."""
    for i, row in enumerate(_table(datatable)):
        if i == 0 and [c.lower() for c in row] == ["field", "value"]:
            continue
        if len(row) != 2:
            raise fail(
                f"this row has {len(row)} cells, and each row of this table is | field | value |",
                "write two cells in each row: the field, then its value",
            )
        yield row


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueProblem as exc:
        raise fail(f"bad date: {exc}", DATE_FIX) from None
