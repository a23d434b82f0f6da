"""Read a deal-state file (YAML or JSON) and validate it against the deal's declared facts.

Every error names the file, the line and what to write instead. Nothing is guessed: a value that
is absent, or written as null, stays unknown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs

from engine import values
from engine.authority import authority_problem
from engine.errors import DealcheckError, DealStateError, did_you_mean
from engine.factbase import FactBase, Provenance
from engine.facts import FactSpec
from engine.identity import IdentityProblem, NameReader
from engine.policy import Policy, find_policy_dir
from engine.settings import BadChoice, parse_choice
from engine.yamlsource import Located, load_json_text, load_yaml_text, looks_like_json, read_text

RESERVED = ("deal", "as_of", "settings", "waivers", "counsel", "affiliates")
_ASSERTION_KEYS = {"value", "asserted_by", "on", "source", "note", "basis"}
_WAIVER_KEYS = {"rule", "by", "in_writing", "dated", "note"}
_NAMED_TYPES = frozenset({"party", "parties"})  # NameReader.read reads these, and texts with `names:`


@attrs.frozen
class WaiverRecord:
    """A waiver as written in the deal state (its validity is checked against each rule later).

    `rule` is what was written: one rule id, a list of them, or a blanket pattern such as
    `spa.4.1.*` ("all §4.1 conditions"), which reaches every waivable rule it matches."""

    rule: str
    rules: tuple[str, ...]
    blanket: bool
    by: tuple[str, ...]
    in_writing: bool
    dated: dt.date | None
    note: str | None
    line: int | None


@attrs.frozen
class DealState:
    deal: str
    as_of: dt.date | None
    settings: dict[str, str | int]  # a choice, "unresolved", or a number where the setting takes one
    facts: FactBase
    waivers: tuple[WaiverRecord, ...]
    file: str
    counsel: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    positions: dict = attrs.field(eq=False, repr=False, factory=dict)

    def line_of(self, *path: Any) -> int | None:
        """Line of a path in the deal-state file, for error messages."""
        p = tuple(path)
        while p and p not in self.positions:
            p = p[:-1]
        return self.positions.get(p, (None, None))[0]


def read_deal_id(path: Path | str) -> tuple[str, Located]:
    """The `deal:` a deal-state file names, and the loaded document."""
    doc = _load(path)
    if not isinstance(doc.data, dict):
        raise DealStateError(
            "a deal state is a mapping starting with `deal:` and `as_of:`",
            doc.file,
            1,
            fix="start the file with `deal: <deal id>` and `as_of: YYYY-MM-DD`",
        )
    deal = doc.data.get("deal")
    if not isinstance(deal, str) or not deal:
        raise DealStateError(
            "the deal state must say which deal it is",
            doc.file,
            1,
            fix="add `deal: <deal id>`; `dealcheck rules` lists the deals",
        )
    return deal, doc


def locate_policy(path: Path | str, root: Path | str | None) -> tuple[str, Located, Path]:
    """The deal a deal-state file names, the loaded document, and that deal's policy folder, found
    only under the policies root (`deal:` is an id, never a path): refused with the file and line."""
    deal, doc = read_deal_id(path)
    folder = find_policy_dir(deal, root, file=doc.file, line=doc.where(("deal",))[0])
    return deal, doc, folder


def _load(path: Path | str) -> Located:
    try:
        return _parse(read_text(path), str(path))
    except DealStateError:
        raise
    except DealcheckError as exc:
        raise DealStateError(exc.message, exc.file, exc.line, exc.column, exc.fix) from None


def _parse(text: str, name: str) -> Located:
    """JSON strictly when it is JSON (by name or by its first `{`), else YAML; each within engine/limits.py."""
    if looks_like_json(name, text):
        return load_json_text(text, name)
    return load_yaml_text(text, name)


def load_deal_state(path: Path | str, policy: Policy, doc: Located | None = None) -> DealState:
    doc = doc or _load(path)
    return _Reader(doc, policy).read()


def load_deal_state_text(text: str, policy: Policy, name: str = "<deal state>") -> DealState:
    try:
        doc = _parse(text, name)
    except DealcheckError as exc:
        raise DealStateError(exc.message, exc.file, exc.line, exc.column, exc.fix) from None
    return _Reader(doc, policy).read()


class _Reader:
    def __init__(self, doc: Located, policy: Policy) -> None:
        self.doc = doc
        self.policy = policy
        self.parties = policy.party_keys
        self.names = policy.identity.reader(None, self.parties)  # read() adds the deal's Affiliates

    def fail(self, path: tuple, message: str, fix: str | None = None) -> DealStateError:
        line, col = self.doc.where(path)
        return DealStateError(message, self.doc.file, line, col, fix)

    def read(self) -> DealState:
        data = self.doc.data
        if not isinstance(data, dict):
            raise self.fail(
                (),
                "a deal state is a mapping starting with `deal:` and `as_of:`",
                "start the file with `deal: <deal id>`",
            )
        deal = data.get("deal")
        if deal != self.policy.id:
            raise self.fail(
                ("deal",), f"this deal state is for {deal!r}, not {self.policy.id!r}", f"check it against deal {deal!r}"
            )
        as_of = None
        if data.get("as_of") is not None:
            as_of = self.value(("as_of",), "date", data["as_of"])
        settings = self.settings(data.get("settings") or {})
        self.counsel = self.read_counsel(data.get("counsel") or {})
        self.names = self.affiliates(data.get("affiliates"))
        facts = FactBase(as_of=as_of or dt.date.max)
        for spec in self.policy.facts.specs.values():
            if spec.default is not None:
                facts.defaults[spec.name] = (spec.default, spec.default_source or "policy")
        for key, raw in data.items():
            if key in RESERVED:
                continue
            self.place(str(key), raw, (key,), facts)
        waivers = self.waivers(data.get("waivers") or [])
        return DealState(
            deal=deal,
            as_of=as_of,
            settings=settings,
            facts=facts,
            waivers=waivers,
            file=self.doc.file,
            positions=self.doc.positions,
            counsel=self.counsel,
        )

    def read_counsel(self, raw: Any) -> dict[str, tuple[str, ...]]:
        """`counsel: {Investors' counsel: [FTTI, INTEL, WEBB]}`: who acts for whom."""
        if not isinstance(raw, dict):
            raise self.fail(
                ("counsel",),
                "`counsel` maps a counsel's name to the parties it acts for",
                'write `counsel: {"Investors\' counsel": [FTTI, INTEL, WEBB]}`',
            )
        out = {}
        for name, acts_for in raw.items():
            items = acts_for if isinstance(acts_for, list) else [acts_for]
            if not items or acts_for is None:
                raise self.fail(("counsel", name), f"counsel {name} acts for no one", "list the parties it acts for")
            out[str(name)] = tuple(self.value(("counsel", name), "party", p) for p in items)
        return out

    def settings(self, raw: Any) -> dict[str, str | int]:
        if not isinstance(raw, dict):
            raise self.fail(
                ("settings",),
                "`settings` maps setting names to a choice",
                "write `settings: {name: choice}`; `dealcheck rules` lists them",
            )
        out = {}
        for name, choice in raw.items():
            setting = self.policy.settings.get(name)
            if setting is None:
                raise self.fail(
                    ("settings", name),
                    f'"{name}" is not an interpretation setting of this deal',
                    did_you_mean(name, self.policy.settings) or "run `dealcheck rules` to list them",
                )
            try:
                out[name] = parse_choice(setting, choice)  # a choice, unresolved, or a number
            except BadChoice as exc:
                raise self.fail(("settings", name), exc.message, exc.fix) from None
        return out

    def affiliates(self, raw: Any) -> NameReader:
        """The deal's Affiliates (`affiliates: {PARTY: [names]}`), with the policy's other names."""
        try:
            return self.policy.identity.reader(raw, self.parties)
        except IdentityProblem as exc:
            raise self.fail(("affiliates", *exc.path), exc.message, exc.fix) from None

    def named(self, path: tuple, type_name: str, names: str | None, raw: Any) -> tuple[Any, str | None]:
        """A value that may use another name of a party, person or officer (engine/identity.py),
        read under the rules' name, and the note saying so."""
        if names is None and type_name not in _NAMED_TYPES:  # no other names to read: the value as written
            return self.value(path, type_name, raw), None
        try:
            raw, note = self.names.read(type_name, names, raw)
        except IdentityProblem as exc:
            shown = ".".join(str(p) for p in path)
            raise self.fail(path + exc.path, f"{shown}: {exc.message}", exc.fix) from None
        return self.value(path, type_name, raw), note

    def place(self, name: str, raw: Any, path: tuple, facts: FactBase) -> None:
        catalog = self.policy.facts
        spec = catalog.get(name)
        if spec is None:
            if catalog.is_group_prefix(name) and isinstance(raw, dict):
                for sub, value in raw.items():
                    self.place(f"{name}.{sub}", value, path + (sub,), facts)
                return
            hint = catalog.suggest(name)
            raise self.fail(
                path,
                f'"{name}" is not a fact of deal {self.policy.id}',
                hint or "run `dealcheck facts` to list the facts this deal declares",
            )
        if raw is None:
            return  # written as unknown
        if spec.is_records:
            self.records(spec, raw, path, facts)
        elif spec.per:
            if not isinstance(raw, dict):
                members = self.policy.groups[spec.per]
                raise self.fail(
                    path,
                    f"{name} has one value per party of {spec.per}",
                    "write it as a mapping, for example " + ", ".join(f"{m}: ..." for m in members[:2]),
                )
            values_by_party: dict[str, Any] = {}
            for party, value in raw.items():
                if party not in self.policy.groups[spec.per]:
                    raise self.fail(
                        path + (party,),
                        f'"{party}" is not one of {spec.per} ({", ".join(self.policy.groups[spec.per])})',
                        did_you_mean(str(party), self.policy.groups[spec.per]) or None,
                    )
                parsed = self.scalar(spec, value, path + (party,), facts, party)
                if parsed is not None:
                    values_by_party[party] = parsed
            facts.per_party[name] = values_by_party
        else:
            parsed = self.scalar(spec, raw, path, facts, None)
            if parsed is not None:
                facts.plain[name] = parsed

    def scalar(
        self, spec: FactSpec, raw: Any, path: tuple, facts: FactBase, key: str | None, owner: str | None = None
    ) -> Any:
        """A value, or an assertion {value, asserted_by, on, source}; judgement facts need the latter."""
        prov = None
        if isinstance(raw, dict) and "value" in raw:
            bad = set(raw) - _ASSERTION_KEYS
            if bad:
                raise self.fail(
                    path + (sorted(bad)[0],),
                    f"unknown key {sorted(bad)[0]!r} in an assertion",
                    "an assertion has value, asserted_by, on, source and note",
                )
            on = self.value(path + ("on",), "date", raw["on"]) if raw.get("on") is not None else None
            line = self.doc.where(path)[0]
            who = self.value(path + ("asserted_by",), "text", raw["asserted_by"]) if raw.get("asserted_by") else None
            basis = raw.get("basis")
            if basis is not None and not isinstance(basis, dict):
                raise self.fail(
                    path + ("basis",),
                    "`basis` maps each value the judgement rests on to what it was",
                    "let `dealcheck confirm` write it",
                )
            judgement = spec.judgement
            prov = Provenance(
                asserted_by=who,
                on=on,
                source=raw.get("source") or raw.get("note"),
                line=line,
                judgement=judgement is not None,
                refused=(
                    authority_problem(judgement, who, owner or key, self.policy.parties, self.counsel)
                    if judgement is not None and who
                    else None
                ),
                clause=judgement.clause() if judgement is not None else None,
                basis=basis,
            )
            raw = raw["value"]
        if spec.judgement and (prov is None or not prov.asserted_by):
            raise self.fail(
                path,
                f"{spec.name} turns on judgement, so the deal state must say who asserts it",
                "write {value: ..., asserted_by: WHO}",
            )
        if raw is None:
            return None
        value, note = self.named(path, spec.type, spec.names, raw)
        if note:
            facts.notes[(spec.name, key)] = note
        if prov is not None:
            facts.provenance[(spec.name, key)] = prov
        return value

    def value(self, path: tuple, type_name: str, raw: Any) -> Any:
        try:
            return values.parse_value(type_name, raw, self.parties)
        except values.ValueProblem as exc:
            raise self.fail(
                path, f"{'.'.join(str(p) for p in path)}: {exc}", f"write {values.expected(type_name)}"
            ) from None

    def records(self, spec: FactSpec, raw: Any, path: tuple, facts: FactBase) -> None:
        if not isinstance(raw, list):
            raise self.fail(
                path, f"{spec.name} is a list of records", f"write one `- {spec.key}: ...` entry per record"
            )
        out: dict[str, dict[str, Any]] = {}
        for i, item in enumerate(raw):
            ipath = path + (i,)
            if not isinstance(item, dict):
                raise self.fail(
                    ipath,
                    f"each entry of {spec.name} is a mapping of fields",
                    f"write `- {spec.key}: ...` and its fields",
                )
            if spec.key not in item or item[spec.key] is None:
                raise self.fail(
                    ipath, f"each entry of {spec.name} needs `{spec.key}`", f"add `{spec.key}: ...` to the entry"
                )
            if isinstance(item[spec.key], (dict, list)):
                raise self.fail(
                    ipath + (spec.key,),
                    f"`{spec.key}` names the record, so it is written plainly, not as a list or an assertion",
                    f"write `{spec.key}: ...` with the {spec.fields[spec.key].type} itself",
                )
            record: dict[str, Any] = {}
            notes: dict[str, str] = {}  # field -> how another name in it was read
            provenances: dict[str, Provenance] = {}  # field -> who asserted it
            for fname, fraw in item.items():
                field = spec.fields.get(fname)
                if field is None:
                    raise self.fail(
                        ipath + (fname,),
                        f'"{fname}" is not a field of {spec.name}',
                        did_you_mean(str(fname), spec.fields) or f"fields: {', '.join(spec.fields)}",
                    )
                if fraw is None:
                    continue
                if isinstance(fraw, dict) and "value" in fraw:
                    fake = FactSpec(
                        name=f"{spec.name}.{fname}",
                        type=field.type,
                        description="",
                        judgement=field.judgement,
                        names=field.names,
                    )
                    owner = str(item[spec.key]) if spec.fields[spec.key].type == "party" else None
                    parsed = self.scalar(fake, fraw, ipath + (fname,), facts, None, owner)
                    prov = facts.provenance.pop((fake.name, None), None)
                    if (fake.name, None) in facts.notes:
                        notes[fname] = facts.notes.pop((fake.name, None))
                    if parsed is None:
                        continue
                    record[fname] = parsed
                    if prov is not None:
                        provenances[fname] = prov
                    continue
                if field.judgement:
                    raise self.fail(
                        ipath + (fname,),
                        f"{spec.name}.{fname} turns on judgement, so the deal state must say who asserts it",
                        "write {value: ..., asserted_by: WHO}",
                    )
                record[fname], note = self.named(ipath + (fname,), field.type, field.names, fraw)
                if note:
                    notes[fname] = note
            key = str(record[spec.key])
            if spec.keys and key not in spec.keys:
                raise self.fail(
                    ipath + (spec.key,),
                    f'"{key}" is not a known {spec.key} of {spec.name}',
                    did_you_mean(key, spec.keys) or f"known: {', '.join(spec.keys)}",
                )
            if spec.one_per and key not in self.policy.groups[spec.one_per]:
                members = self.policy.groups[spec.one_per]
                raise self.fail(
                    ipath + (spec.key,),
                    f'{spec.name} has one record per party of {spec.one_per}, and "{key}" is not one of them',
                    f"remove this entry, or write it for one of {', '.join(members)}",
                )
            if spec.many:  # several records may share a key: FTTI#1, FTTI#2, ... in the order written
                key = f"{key}#{1 + sum(1 for k in out if k.rsplit('#', 1)[0] == key)}"
            if key in out:
                raise self.fail(ipath, f"{spec.name} lists {key} twice", "merge the two entries")
            out[key] = record
            for fname, prov in provenances.items():
                facts.provenance[(f"{spec.name}.{fname}", key)] = prov
            for fname, note in notes.items():  # a renamed key is a note on the whole record
                facts.notes[(spec.name if fname == spec.key else f"{spec.name}.{fname}", key)] = note
            if spec.recorded_on and spec.recorded_on in record:
                facts.record_dates[(spec.name, key)] = record[spec.recorded_on]
        facts.records[spec.name] = out

    def waived_rules(self, path: tuple, raw: Any) -> tuple[tuple[str, ...], bool]:
        """The rule ids a waiver names: an id, a list of ids, or a blanket pattern ending in `*`."""
        items = raw if isinstance(raw, list) else [raw]
        if not items or any(not isinstance(i, str) or not i for i in items):
            raise self.fail(
                path + ("rule",),
                "a waiver names the rule it waives",
                "write `rule: spa.4.1.j`, a list of rule ids, or `spa.4.1.*` for every §4.1 condition",
            )
        rules: list[str] = []
        blanket = False
        for item in items:
            if item.endswith("*"):
                matched = [r for r in self.policy.rules if r.startswith(item[:-1])]
                if not matched:
                    raise self.fail(
                        path + ("rule",),
                        f'the waiver names "{item}", which matches no rule',
                        "run `dealcheck rules` to list them",
                    )
                rules += matched
                blanket = True
            elif item in self.policy.rules:
                rules.append(item)
            else:
                raise self.fail(
                    path + ("rule",),
                    f'the waiver names rule "{item}", which this deal does not have',
                    did_you_mean(item, self.policy.rules) or "run `dealcheck rules` to list them",
                )
        return tuple(dict.fromkeys(rules)), blanket

    def waivers(self, raw: Any) -> tuple[WaiverRecord, ...]:
        if not isinstance(raw, list):
            raise self.fail(
                ("waivers",),
                "`waivers` is a list of {rule, by, in_writing, dated}",
                "write `waivers:` then `- {rule: ..., by: ...}`",
            )
        out = []
        for i, w in enumerate(raw):
            path = ("waivers", i)
            if not isinstance(w, dict):
                raise self.fail(
                    path,
                    "a waiver is a mapping {rule, by, in_writing, dated}",
                    "write `- {rule: ..., by: ..., in_writing: true, dated: ...}`",
                )
            bad = set(w) - _WAIVER_KEYS
            if bad:
                key = sorted(bad)[0]
                raise self.fail(
                    path + (key,), f'unknown key "{key}" in a waiver', did_you_mean(key, _WAIVER_KEYS) or None
                )
            rules, blanket = self.waived_rules(path, w.get("rule"))
            by_raw = w.get("by")
            by_list = by_raw if isinstance(by_raw, list) else [by_raw]
            if not by_list or by_raw is None:
                raise self.fail(
                    path + ("by",),
                    "a waiver needs `by`: the party or parties who gave it",
                    "write `by: INTEL` or `by: [COMPANY, INTEL]`",
                )
            by = tuple(self.value(path + ("by",), "party", b) for b in by_list)
            in_writing = w.get("in_writing")
            if in_writing is not None:
                in_writing = self.value(path + ("in_writing",), "boolean", in_writing)
            dated = self.value(path + ("dated",), "date", w["dated"]) if w.get("dated") is not None else None
            note = self.value(path + ("note",), "text", w["note"]) if w.get("note") is not None else None
            written = ", ".join(rules) if not blanket else str(w.get("rule"))
            out.append(
                WaiverRecord(written, rules, blanket, by, bool(in_writing), dated, note, self.doc.where(path)[0])
            )
        return tuple(out)
