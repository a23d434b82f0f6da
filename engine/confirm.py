"""`dealcheck confirm`: write a judgement into a deal state together with the values it rests on.

A judgement ("recent", "independent") is made on certain values: the certificates' dates, who the
director is. Recording them as its `basis` lets a later check see when they have changed and ask
for the judgement to be re-confirmed. The deal state is edited in place, keeping its comments.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from engine import values
from engine.dealstate import DealState
from engine.errors import DealStateError, did_you_mean
from engine.expression.evaluate import Evaluator
from engine.facts import FactSpec, Judgement
from engine.policy import Policy
from engine.staleness import current_basis


@attrs.frozen
class Target:
    """Where a judgement lives: a fact, the party of a per-party fact, or a record's field."""

    fact: str  # the declared fact (a records fact for a field)
    field: str | None = None
    key: str | None = None  # the party (per-party fact) or the record key (records)

    @property
    def name(self) -> str:
        return f"{self.fact}.{self.field}" if self.field else self.fact


def target_for(policy: Policy, name: str, key: str | None) -> tuple[Target, FactSpec, Judgement]:
    """Check that `name` is a judgement fact (or records field) and `key` fits it."""
    spec = policy.facts.get(name)
    field = None
    if spec is None and "." in name:
        parent, field = name.rsplit(".", 1)
        spec = policy.facts.get(parent)
        if spec is None or not spec.is_records or field not in spec.fields:
            spec = None
    if spec is None:
        names = [n for n, _ in policy.facts.judgements()]
        raise DealStateError(f'"{name}" is not a fact of deal {policy.id}', fix=did_you_mean(name, names) or None)
    judgement = spec.fields[field].judgement if field else spec.judgement
    if judgement is None:
        raise DealStateError(f"{name} is not a judgement; write it in the deal state as a plain value")
    if (spec.per or spec.is_records) and not key:
        raise DealStateError(f"{name} has one value per {'party' if spec.per else spec.key}", fix="give --for")
    if spec.per and key not in policy.groups[spec.per]:
        raise DealStateError(f'"{key}" is not one of {spec.per}', fix=did_you_mean(str(key), policy.groups[spec.per]))
    return Target(spec.name, field, key), spec, judgement


def judgement_entry(
    policy: Policy, state: DealState, target: Target, value: Any, by: str, on: dt.date
) -> dict[str, Any]:
    """The assertion to write: {value, asserted_by, on, basis}, the basis read as of `on`."""
    facts = attrs.evolve(state.facts, as_of=on)
    evaluator = Evaluator(facts, policy.facts, policy.groups)
    entry: dict[str, Any] = {"value": value, "asserted_by": by, "on": on}
    basis = current_basis(policy, target.name, target.key, evaluator)
    if basis:
        entry["basis"] = {label: _plain(v) for label, v in basis.items()}
    return entry


def parse_cli_value(spec_type: str, text: str, parties: frozenset[str]) -> Any:
    """A value typed on the command line, checked against the fact's type and kept as written."""
    raw: Any = [t.strip() for t in text.split(",") if t.strip()] if spec_type in ("parties", "texts") else text
    try:
        parsed = values.parse_value(spec_type, raw, parties)
    except values.ValueProblem as exc:
        raise DealStateError(f"--value: {exc}", fix=f"write {values.expected(spec_type)}") from None
    return _plain(parsed)


def write_judgement(path: Path, target: Target, entry: dict[str, Any]) -> None:
    """Put the entry where the fact lives in the deal state (nested or dotted), keeping comments."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 100_000  # never re-wrap a line the author wrote
    yaml.indent(mapping=2, sequence=4, offset=2)
    text = path.read_text(encoding="utf-8")
    doc = yaml.load(text)
    slot = _slot(doc, target)
    flow = CommentedMap(entry)
    if "basis" in entry:
        basis = CommentedMap(entry["basis"])
        basis.fa.set_flow_style()
        flow["basis"] = basis
    flow.fa.set_flow_style()
    container, key = slot
    container[key] = flow
    out = io.StringIO()
    yaml.dump(doc, out)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".dealcheck-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(out.getvalue())
    os.replace(tmp, path)


def _slot(doc: Any, target: Target) -> tuple[Any, Any]:
    if target.field is not None:
        holder, key = _parent(doc, target.fact, create=False)
        records = holder.get(key) if holder is not None else None
        if not isinstance(records, list):
            raise DealStateError(
                f"the deal state has no {target.fact} list", fix=f"add the {target.fact} records first"
            )
        for record in records:
            if isinstance(record, dict) and any(str(v) == target.key for v in record.values()):
                return record, target.field
        raise DealStateError(f'{target.fact} has no record "{target.key}"', fix="add the record first")
    holder, key = _parent(doc, target.fact)
    if target.key is None:
        return holder, key
    if not isinstance(holder.get(key), dict):
        holder[key] = CommentedMap()
    return holder[key], target.key


def _parent(doc: Any, dotted: str, create: bool = True) -> tuple[Any, Any]:
    """The mapping and key that hold a fact: the dotted key if written so, else nested (created as
    needed when `create`); (None, None) when it is not there and may not be created."""
    if dotted in doc:
        return doc, dotted
    node = doc
    parts = dotted.split(".")
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            if not create:
                return None, None
            node[part] = CommentedMap()
        node = node[part]
    return node, parts[-1]


def _plain(value: Any) -> Any:
    """A value as YAML writes it back: dates stay dates, money and ratios become exact text."""
    if isinstance(value, Decimal):
        return values.format_money(value)
    if isinstance(value, Fraction):
        return values.format_value(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value
