"""Fact declarations: the names, types and meanings of everything a deal state may hold."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from engine import values
from engine.errors import PolicyError, did_you_mean
from engine.identity import NAME_KINDS
from engine.wording import syntax_in
from engine.yamlsource import Located


@attrs.frozen
class Judgement:
    """Whose call a judgement fact is, quoting the words that make it so, and what it rests on.

    `by` is "the_party" (the party whose value it is, for per-party facts and party-keyed records),
    "any_party" (the text makes it no one party's call), or the parties entitled. Counsel acting for
    an entitled party may make the call too unless `counsel` is false. `rests_on` names the values a
    judgement was made on (label -> expression): when one has changed since, it must be re-confirmed.
    """

    by: str | tuple[str, ...]
    by_text: str
    counsel: bool = True
    section: str | None = None
    quote: str | None = None
    rests_on: dict[str, str] = attrs.field(factory=dict)

    def clause(self) -> str | None:
        if not self.quote:
            return f"§{self.section}" if self.section else None
        return (f"§{self.section}: " if self.section else "") + f"“{self.quote}”"


_JUDGEMENT_KEYS = {"by", "counsel", "section", "quote", "rests_on", "note"}


def parse_judgement(raw: Any, groups: dict[str, tuple[str, ...]], parties: frozenset[str], fail) -> Judgement | None:
    """`judgement: {by: ..., section: ..., quote: ..., rests_on: {...}}` from facts.yaml."""
    if raw is None or raw is False:
        return None
    if not isinstance(raw, dict) or "by" not in raw:
        raise fail(
            "a judgement says whose call it is: judgement: {by: the_party | any_party | a group | [PARTY, ...],"
            " section: ..., quote: ...}",
            path=("judgement",),
        )
    bad = set(raw) - _JUDGEMENT_KEYS
    if bad:
        raise fail(f"judgement: unknown key {sorted(bad)[0]!r}", path=("judgement",))
    by_raw = raw["by"]
    if isinstance(by_raw, list):
        for p in by_raw:
            if p not in parties:
                raise fail(f'judgement by "{p}", which is not a party', path=("judgement", "by"))
        by: str | tuple[str, ...] = tuple(by_raw)
    elif by_raw in ("the_party", "any_party"):
        by = by_raw
    elif by_raw in groups:
        by = tuple(groups[by_raw])
    else:
        raise fail(
            f"judgement by {by_raw!r}: write the_party, any_party, a party group or a list of parties",
            did_you_mean(str(by_raw), list(groups) + ["the_party", "any_party"]) or None,
            ("judgement", "by"),
        )
    rests_on = raw.get("rests_on") or {}
    if not isinstance(rests_on, dict) or not all(isinstance(v, str) for v in rests_on.values()):
        raise fail("judgement.rests_on maps a label to an expression", path=("judgement", "rests_on"))
    return Judgement(
        by=by,
        by_text=str(by_raw) if not isinstance(by_raw, list) else ", ".join(by_raw),
        counsel=bool(raw.get("counsel", True)),
        section=str(raw["section"]) if raw.get("section") else None,
        quote=" ".join(str(raw["quote"]).split()) if raw.get("quote") else None,
        rests_on={str(k): " ".join(v.split()) for k, v in rests_on.items()},
    )


@attrs.frozen
class FieldSpec:
    """One field of a records fact (for example `cash` of `investments`)."""

    name: str
    type: str
    description: str = ""
    unit: str | None = None
    judgement: Judgement | None = None
    names: str | None = None  # persons | officer_roles: other names are read as the rules' (engine/identity.py)
    wording: str = ""  # how a reason names it ("the date of the {key}"): engine/wording.py


@attrs.frozen
class FactSpec:
    """One declared fact. `per` names a party group: the value is then a mapping party -> value."""

    name: str
    type: str
    description: str
    unit: str | None = None
    judgement: Judgement | None = None
    per: str | None = None
    key: str | None = None
    keys: tuple[str, ...] | None = None
    fields: dict[str, FieldSpec] = attrs.field(factory=dict)
    recorded_on: str | None = None
    one_per: str | None = None  # records: one record is expected per party of this group
    many: bool = False  # records: several records may share a key (payments: several per Investor)
    default: Any = None
    default_source: str | None = None
    line: int | None = None
    names: str | None = None  # persons | officer_roles: other names are read as the rules' (engine/identity.py)
    wording: str = ""  # how a reason names it ("whether {party} approved the 2003 plan"): engine/wording.py
    key_wording: dict[str, str] = attrs.field(factory=dict)  # records: how a reason names a record's key

    @property
    def is_records(self) -> bool:
        return self.type == "records"


_FACT_KEYS = {
    "type",
    "description",
    "unit",
    "judgement",
    "per",
    "key",
    "keys",
    "fields",
    "recorded_on",
    "one_per",
    "many",
    "default",
    "default_source",
    "names",
    "wording",
    "key_wording",
}
_FIELD_KEYS = {"type", "description", "unit", "judgement", "names", "wording"}


@attrs.frozen
class FactCatalog:
    """All declared facts of one deal, with did-you-mean lookup."""

    specs: dict[str, FactSpec]
    _prefixes: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @_prefixes.default
    def _every_prefix(self) -> frozenset[str]:
        return frozenset(n[:i] for n in self.specs for i, c in enumerate(n) if c == ".")

    def get(self, name: str) -> FactSpec | None:
        return self.specs.get(name)

    def is_group_prefix(self, name: str) -> bool:
        """True when `name` is the dotted prefix of at least one declared fact."""
        return name in self._prefixes

    def suggest(self, name: str) -> str:
        return did_you_mean(name, self.specs)

    def names(self) -> list[str]:
        return list(self.specs)

    def judgements(self) -> list[tuple[str, Judgement]]:
        """Every judgement fact and record field, by name (`fact` or `fact.field`)."""
        out: list[tuple[str, Judgement]] = []
        for spec in self.specs.values():
            if spec.judgement is not None:
                out.append((spec.name, spec.judgement))
            out += [(f"{spec.name}.{f.name}", f.judgement) for f in spec.fields.values() if f.judgement is not None]
        return out


def load_facts(doc: Located, groups: dict[str, tuple[str, ...]], parties: frozenset[str]) -> FactCatalog:
    """Build the fact catalog from facts.yaml, checking every declaration."""
    if not isinstance(doc.data, dict):
        raise PolicyError("facts.yaml must be a mapping of fact names to declarations", file=doc.file)
    specs: dict[str, FactSpec] = {}
    for name, decl in doc.data.items():
        line, _ = doc.where((name,))

        def fail(message: str, fix: str | None = None, path: tuple = (), _name=name) -> PolicyError:
            where_line, where_col = doc.where((_name,) + path)
            return PolicyError(f"fact {_name}: {message}", doc.file, where_line, where_col, fix)

        if not isinstance(name, str) or not _is_fact_name(name):
            raise fail("a fact name is lower_snake_case words joined by dots")
        if not isinstance(decl, dict):
            raise fail("the declaration must be a mapping with at least `type` and `description`")
        unknown = set(decl) - _FACT_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise fail(f'unknown key "{key}"', did_you_mean(key, _FACT_KEYS) or None, (key,))
        type_name = decl.get("type")
        if type_name not in values.ALL_TYPES:
            hint = did_you_mean(str(type_name), values.ALL_TYPES)
            raise fail(
                f"type {type_name!r} is not one of {', '.join(values.ALL_TYPES)}",
                hint or None,
                ("type",),
            )
        if not decl.get("description"):
            raise fail("every fact needs a plain-English description", path=("description",))
        per = decl.get("per")
        if per is not None and per not in groups:
            raise fail(f'"per: {per}" names no party group', did_you_mean(per, groups) or None)
        fields: dict[str, FieldSpec] = {}
        key = decl.get("key")
        if type_name == "records":
            raw_fields = decl.get("fields")
            if not isinstance(raw_fields, dict) or not raw_fields:
                raise fail("a records fact needs `fields`", path=("fields",))
            for fname, fdecl in raw_fields.items():
                if not isinstance(fdecl, dict) or fdecl.get("type") not in values.SCALAR_TYPES + values.LIST_TYPES:
                    raise fail(
                        f"field {fname} needs a type among {', '.join(values.SCALAR_TYPES + values.LIST_TYPES)}",
                        path=("fields", fname),
                    )
                bad = set(fdecl) - _FIELD_KEYS
                if bad:
                    raise fail(f"field {fname}: unknown key {sorted(bad)[0]!r}", path=("fields", fname))

                def field_fail(message, fix=None, path=(), _f=fname):
                    return fail(f"field {_f}: {message}", fix, ("fields", _f) + tuple(path))

                fields[fname] = FieldSpec(
                    name=fname,
                    type=fdecl["type"],
                    description=str(fdecl.get("description", "")),
                    wording=_wording(
                        fdecl.get("wording"),
                        ("key",),
                        lambda m, _f=fname: fail(f"field {_f}: {m}", path=("fields", _f, "wording")),
                    ),
                    unit=fdecl.get("unit"),
                    judgement=parse_judgement(fdecl.get("judgement"), groups, parties, field_fail),
                    names=_names(
                        fdecl, fdecl["type"], lambda m, _f=fname: fail(f"field {_f}: {m}", path=("fields", _f))
                    ),
                )
            if key not in fields:
                raise fail("a records fact needs `key`, naming one of its fields", path=("key",))
            recorded_on = decl.get("recorded_on")
            if recorded_on is not None and (recorded_on not in fields or fields[recorded_on].type != "date"):
                raise fail("`recorded_on` must name a date field", path=("recorded_on",))
            one_per = decl.get("one_per")
            if one_per is not None and (one_per not in groups or fields[key].type != "party"):
                raise fail("`one_per` names a party group, and the record's key must be a party", path=("one_per",))
        elif key is not None or decl.get("fields") or decl.get("one_per"):
            raise fail("`key` and `fields` belong to records facts only")
        default = decl.get("default")
        if default is not None:
            if not decl.get("default_source"):
                raise fail(
                    "a default must cite the clause that states it (`default_source`)",
                    path=("default",),
                )
            try:
                default = values.parse_value(type_name, default, parties)
            except values.ValueProblem as exc:
                raise fail(f"default: {exc}", path=("default",)) from None
        keys = decl.get("keys")
        judgement = parse_judgement(decl.get("judgement"), groups, parties, fail)
        if judgement is not None and judgement.by == "the_party" and not per:
            raise fail("judgement by the_party is for facts with one value per party (`per:`)", path=("judgement",))
        names = _names(decl, type_name, lambda m: fail(m, path=("names",)))
        wording = _wording(decl.get("wording"), ("party",) if per else (), lambda m: fail(m, path=("wording",)))
        key_wording = _key_wording(decl.get("key_wording"), keys, fail)
        _require_wordings(type_name, per, wording, fields, fail)
        specs[name] = FactSpec(
            name=name,
            type=type_name,
            description=str(decl["description"]).strip(),
            wording=wording,
            key_wording=key_wording,
            unit=decl.get("unit"),
            judgement=judgement,
            per=per,
            key=key,
            keys=tuple(str(k) for k in keys) if keys else None,
            fields=fields,
            recorded_on=decl.get("recorded_on"),
            one_per=decl.get("one_per"),
            many=bool(decl.get("many", False)),
            default=default,
            default_source=decl.get("default_source"),
            line=line,
            names=names,
        )
    for name in specs:
        if any(other.startswith(name + ".") for other in specs):
            line, col = doc.where((name,))
            raise PolicyError(
                f"fact {name} is also the group of other facts ({name}.…)",
                doc.file,
                line,
                col,
                "rename one of them so that a name is either a fact or a group",
            )
    return FactCatalog(specs)


def _names(decl: dict, type_name: str, fail) -> str | None:
    """`names:` marks text that names persons or officer roles, read by engine/identity.py."""
    names = decl.get("names")
    if names is None:
        return None
    allowed = {"persons": ("text", "texts"), "officer_roles": ("texts",)}
    if names not in NAME_KINDS:
        raise fail(f"`names` is one of {', '.join(NAME_KINDS)}")
    if type_name not in allowed[names]:
        raise fail(f"`names: {names}` is for facts of type {' or '.join(allowed[names])}")
    return names


def _is_fact_name(name: str) -> bool:
    parts = name.split(".")
    return all(
        p and (p[0].isalpha() and p[0].islower()) and p.replace("_", "a").isalnum() and p == p.lower() for p in parts
    )


_WORDING_SLOTS = re.compile(r"\{([^{}]*)\}")
# What a slot is filled with when a wording is checked for expression syntax (engine.wording.syntax_in).
_SAMPLE = {"party": "Intel", "key": "the legal opinion"}


def _wording(raw: Any, slots: tuple[str, ...], fail: Callable[[str], Exception]) -> str:
    """A fact's name in a reason: plain words, with {party} (the party of a per-party fact) or {key}
    (the key of a record, for a records field) the only values it may hold. "" when absent (see
    `_require_wordings`)."""
    if raw is None:
        return ""
    if not isinstance(raw, str) or not raw.strip():
        raise fail("`wording` is the words a reason names the fact by")
    for slot in _WORDING_SLOTS.findall(raw):
        if slot not in ("party", "key"):
            raise fail(f"`wording` may hold {{party}} and {{key}}, not {{{slot}}}")
        if slot not in slots:
            raise fail(
                "`wording` has {party}, but only a fact with `per:` has a party to put in it"
                if slot == "party"
                else "`wording` has {key}, but only a field of a records fact has a key to put in it"
            )
    text = " ".join(raw.split())
    problem = syntax_in(_WORDING_SLOTS.sub(lambda m: _SAMPLE[m.group(1)], text))
    if problem:
        raise fail(f"`wording` reads as the expression language: {problem}; write it as a lawyer would say it")
    return text


def _require_wordings(type_name: str, per: str | None, wording: str, fields: dict[str, FieldSpec], fail) -> None:
    """Every fact and every records field says how a reason names it (docs/policy-format.md)."""
    if not wording:
        example = (
            "whether {party} has received and approved the plan"
            if per and type_name == "boolean"
            else "whether the Company's representations were true when made"
            if type_name == "boolean"
            else "the payments made for the Shares"
            if type_name == "records"
            else "the Closing Date"
        )
        raise fail(
            "every fact needs a `wording`: the words a reason names it by when it is missing"
            " (Not yet known: <wording>)",
            f'add `wording: "{example}"`' + (" ({party} is the party)" if per else ""),
        )
    for fname, field in fields.items():
        if not field.wording:
            example = "whether {key} is in the agreed form" if field.type == "boolean" else "the date of {key}"
            raise fail(
                f"field {fname} needs a `wording`: the words a reason names it by when it is missing",
                f'add `wording: "{example}"` ({{key}} is the record\'s key)',
                ("fields", fname),
            )


def _key_wording(raw: Any, keys: Any, fail: Callable[..., Exception]) -> dict[str, str]:
    """How a reason names each key of a records fact with `keys:` (`legal_opinion: the legal opinion`)."""
    if not keys:
        if raw is not None:
            raise fail("`key_wording` words the `keys:` of a records fact; this fact has none", path=("key_wording",))
        return {}
    if not isinstance(raw, dict):
        raise fail(
            "a records fact with `keys:` needs `key_wording`: how a reason names each key",
            f"add `key_wording: {{{next(iter(keys))}: the words the Agreement calls it by, ...}}`",
            ("keys",),
        )
    out: dict[str, str] = {}
    for k in keys:
        words = raw.get(k)
        if not isinstance(words, str) or not words.strip():
            raise fail(f"key_wording: the key {k} needs its words", path=("key_wording",))
        text = " ".join(words.split())
        problem = "a {…}, which a key's words cannot hold" if "{" in text else syntax_in(text)
        if problem:
            raise fail(f"key_wording of {k} reads as the expression language: {problem}", path=("key_wording", k))
        out[str(k)] = text
    for k in raw:
        if k not in out:
            raise fail(
                f"key_wording: {k} is not one of the `keys:`",
                did_you_mean(str(k), [str(x) for x in keys]) or None,
                ("key_wording", k),
            )
    return out
