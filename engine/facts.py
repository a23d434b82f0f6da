"""Fact declarations: the names, types and meanings of everything a deal state may hold."""

from __future__ import annotations

from typing import Any

import attrs

from engine import values
from engine.errors import PolicyError, did_you_mean
from engine.identity import NAME_KINDS
from engine.yamlsource import Located


@attrs.frozen
class FieldSpec:
    """One field of a records fact (for example `cash` of `investments`)."""

    name: str
    type: str
    description: str = ""
    unit: str | None = None
    judgement: bool = False
    names: str | None = None  # persons | officer_roles: other names are read as the rules' (engine/identity.py)


@attrs.frozen
class FactSpec:
    """One declared fact. `per` names a party group: the value is then a mapping party -> value."""

    name: str
    type: str
    description: str
    unit: str | None = None
    judgement: bool = False
    per: str | None = None
    key: str | None = None
    keys: tuple[str, ...] | None = None
    fields: dict[str, FieldSpec] = attrs.field(factory=dict)
    recorded_on: str | None = None
    one_per: str | None = None  # records: one record is expected per party of this group
    default: Any = None
    default_source: str | None = None
    line: int | None = None
    names: str | None = None  # persons | officer_roles: other names are read as the rules' (engine/identity.py)

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
    "default",
    "default_source",
    "names",
}
_FIELD_KEYS = {"type", "description", "unit", "judgement", "names"}


@attrs.frozen
class FactCatalog:
    """All declared facts of one deal, with did-you-mean lookup."""

    specs: dict[str, FactSpec]

    def get(self, name: str) -> FactSpec | None:
        return self.specs.get(name)

    def is_group_prefix(self, name: str) -> bool:
        """True when `name` is the dotted prefix of at least one declared fact."""
        prefix = name + "."
        return any(n.startswith(prefix) for n in self.specs)

    def suggest(self, name: str) -> str:
        return did_you_mean(name, self.specs)

    def names(self) -> list[str]:
        return list(self.specs)


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
                fields[fname] = FieldSpec(
                    name=fname,
                    type=fdecl["type"],
                    description=str(fdecl.get("description", "")),
                    unit=fdecl.get("unit"),
                    judgement=bool(fdecl.get("judgement", False)),
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
        specs[name] = FactSpec(
            name=name,
            type=type_name,
            description=str(decl["description"]).strip(),
            unit=decl.get("unit"),
            judgement=bool(decl.get("judgement", False)),
            per=per,
            key=key,
            keys=tuple(str(k) for k in keys) if keys else None,
            fields=fields,
            recorded_on=decl.get("recorded_on"),
            one_per=decl.get("one_per"),
            default=default,
            default_source=decl.get("default_source"),
            line=line,
            names=_names(decl, type_name, lambda m: fail(m, path=("names",))),
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
