"""Identity: one person or entity under several names across the documents of a deal.

The documents of one deal name the same thing in different words: SPA §4.1(k) names "William
Cullen", the Voting Agreement "Bill Cullen"; SPA §1.1(s) defines "Intel" as Intel Capital
Corporation "and its Affiliates"; §4.1(q)(v) asks for the signature of "the chief executive
officer", a signature block says "President and Chief Executive Officer". The policy declares which
names are the same (persons and their spellings, officer roles and their titles, the parties whose
definition includes their Affiliates); the deal state declares which entities are Affiliates.

Values are mapped to the agreement's own name once, when the deal state is read, so that rule
conditions keep comparing with the words of the clause, and every mapping becomes a note on the
fact that the explanation shows. Names match regardless of case and spacing, never by resemblance:
a spelling nobody declared is kept as written and simply is not that person.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import attrs

from engine.errors import PolicyError, did_you_mean
from engine.yamlsource import Located

NAME_KINDS = ("persons", "officer_roles")  # what `names:` on a text fact may say it holds
_PERSON_KEYS = {"name", "spellings", "source"}
_CLAUSE_KEYS = {"source", "quote"}


class IdentityProblem(ValueError):
    """A name in the deal state that cannot be read; `path` is where, below the value being read."""

    def __init__(self, message: str, path: tuple = (), fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.fix = fix


def fold(text: str) -> str:
    """The form names are compared in: case and runs of spaces do not make a different name."""
    return " ".join(text.split()).casefold()


@attrs.frozen
class Spelling:
    """Another way a document writes a person's name, and where it does."""

    text: str
    source: str


@attrs.frozen
class Person:
    key: str
    name: str  # as the rules write it (the clause that conditions on the person)
    spellings: tuple[Spelling, ...]


@attrs.frozen
class OfficerRole:
    """An office the agreement names ("chief executive officer") and the titles that hold it."""

    name: str
    forms: tuple[str, ...]


@attrs.frozen
class AffiliateClause:
    """The words by which a party's definition includes its Affiliates."""

    party: str
    source: str
    quote: str


@attrs.frozen
class Identity:
    """The policy's declarations of names; `reader` adds a deal state's Affiliates."""

    persons: dict[str, Person] = attrs.field(factory=dict)
    officer_roles: dict[str, OfficerRole] = attrs.field(factory=dict)
    affiliate_clauses: dict[str, AffiliateClause] = attrs.field(factory=dict)

    def quoted(self) -> list[tuple[str, str]]:
        """What must appear verbatim in the agreements, as (what it is, the words)."""
        out = [(f"affiliates of {c.party}", c.quote) for c in self.affiliate_clauses.values()]
        for p in self.persons.values():
            out.append((f"person {p.key}", p.name))
            out += [(f"person {p.key} ({s.source})", s.text) for s in p.spellings]
        return out

    def reader(self, affiliates: Any, parties: Collection[str]) -> NameReader:
        """The names of one deal state, given its `affiliates:` block (party -> list of names)."""
        raw = affiliates if affiliates is not None else {}
        if not isinstance(raw, dict):
            raise IdentityProblem(
                "`affiliates` maps a party to the names of its Affiliates", fix="write INTEL: [Intel Corporation]"
            )
        owner: dict[str, tuple[str, str]] = {}
        for party, names in raw.items():
            if party not in parties:
                hint = did_you_mean(str(party), parties)
                raise IdentityProblem(f'"{party}" is not a party of this deal', (party,), hint or None)
            clause = self.affiliate_clauses.get(party)
            if clause is None:
                with_clause = ", ".join(self.affiliate_clauses) or "none"
                raise IdentityProblem(
                    f"the definition of {party} does not include its Affiliates",
                    (party,),
                    f"remove {party} from `affiliates`; parties defined with their Affiliates: {with_clause}",
                )
            if not isinstance(names, list):
                raise IdentityProblem(f"the Affiliates of {party} are a list of names", (party,))
            for i, name in enumerate(names):
                if not isinstance(name, str) or not name.strip():
                    raise IdentityProblem(f"an Affiliate of {party} is named by text", (party, i))
                if name in parties:
                    raise IdentityProblem(
                        f'"{name}" is a party of this deal, not an Affiliate', (party, i), "remove it from the list"
                    )
                other = owner.get(fold(name))
                if other is not None:
                    both = f"twice for {party}" if other[0] == party else f"for both {other[0]} and {party}"
                    raise IdentityProblem(
                        f'"{name}" is claimed as an Affiliate {both}',
                        (party, i),
                        "name each entity under one party only; who controls it decides which",
                    )
                owner[fold(name)] = (party, name)
        return NameReader(self, frozenset(parties), owner)


@attrs.frozen
class NameReader:
    """Reads the names written in one deal state as the names the rules use."""

    identity: Identity
    parties: frozenset[str]
    affiliate_of: dict[str, tuple[str, str]]  # folded name -> (party, name as declared)
    _persons: dict[str, tuple[Person, str | None]] = attrs.field(init=False)
    _roles: dict[str, tuple[str, ...]] = attrs.field(init=False)

    @_persons.default
    def _index_persons(self) -> dict[str, tuple[Person, str | None]]:
        index: dict[str, tuple[Person, str | None]] = {}
        for p in self.identity.persons.values():
            index[fold(p.name)] = (p, None)
            index.update({fold(s.text): (p, s.source) for s in p.spellings})
        return index

    @_roles.default
    def _index_roles(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, tuple[str, ...]] = {}
        for role in self.identity.officer_roles.values():
            for form in (role.name, *role.forms):
                held = index.get(fold(form), ())
                index[fold(form)] = held if role.name in held else (*held, role.name)
        return index

    def read(self, type_name: str, names: str | None, raw: Any) -> tuple[Any, str | None]:
        """`raw` (as written, before parsing) with every other name replaced by the rules' name, and a
        note saying what was read as what (None when nothing was). Values of other kinds pass through."""
        notes: list[str] = []
        if type_name in ("party", "parties"):
            out = self._each(raw, lambda t: [self._party(t, notes)])
            if isinstance(out, list) and notes:
                out = list(dict.fromkeys(out))  # a party and its Affiliate are one party
        elif names == "persons":
            out = self._each(raw, lambda t: [self._person(t, notes)])
            if isinstance(out, list):
                _no_person_twice(raw, out)
        elif names == "officer_roles":
            out = self._each(raw, lambda t: self._officer(t, notes))
            if isinstance(out, list):
                out = list(dict.fromkeys(out))  # the set of offices that signed
        else:
            return raw, None
        return out, "; ".join(dict.fromkeys(notes)) or None

    @staticmethod
    def _each(raw: Any, one) -> Any:
        if isinstance(raw, str):
            mapped = one(raw)
            return mapped[0] if len(mapped) == 1 else mapped
        if isinstance(raw, list):
            return [m for item in raw for m in (one(item) if isinstance(item, str) else [item])]
        return raw  # not a name: the value parser says what is wrong with it

    def _party(self, text: str, notes: list[str]) -> str:
        if text in self.parties or fold(text) not in self.affiliate_of:
            return text
        party, _ = self.affiliate_of[fold(text)]
        clause = self.identity.affiliate_clauses[party]
        notes.append(f"{text}, an Affiliate of {party}, read as {party} ({clause.source}: {clause.quote})")
        return party

    def _person(self, text: str, notes: list[str]) -> str:
        found = self._persons.get(fold(text))
        if found is None:
            return text
        person, source = found
        if fold(text) != fold(person.name):
            notes.append(f"{text} read as {person.name}" + (f" ({source})" if source else ""))
        return person.name

    def _officer(self, text: str, notes: list[str]) -> list[str]:
        roles = self._roles.get(fold(text))
        if roles is None:
            if self._roles:
                known = ", ".join(self.identity.officer_roles)
                notes.append(f"{text} kept as written: it is none of the officer roles ({known})")
            return [text]
        if [fold(text)] != list(roles):
            notes.append(f"{text} read as {' and '.join(roles)}")
        return list(roles)


def _no_person_twice(written: list[Any], read: list[Any]) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(read):
        if not isinstance(name, str):
            continue
        first = seen.setdefault(fold(name), i)
        if first != i:
            also = f' (as "{written[first]}" and "{written[i]}")' if written[first] != written[i] else ""
            raise IdentityProblem(f"{name} is listed twice{also}", (i,), "list each person once")


def load_identity(doc: Located, parties: Mapping[str, Any]) -> Identity:
    """The `persons`, `officer_roles` and parties' `includes_affiliates` of deal.yaml, checked."""
    d = doc.data

    def fail(message: str, path: tuple, fix: str | None = None) -> PolicyError:
        line, col = doc.where(path)
        return PolicyError(message, doc.file, line, col, fix)

    def text(value: Any, path: tuple, what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{what} is text", path)
        return " ".join(value.split())

    clauses: dict[str, AffiliateClause] = {}
    for key, info in (d.get("parties") or {}).items():
        raw = info.get("includes_affiliates") if isinstance(info, dict) else None
        if raw is None:
            continue
        path = ("parties", key, "includes_affiliates")
        if not isinstance(raw, dict) or set(raw) != _CLAUSE_KEYS:
            raise fail(f"party {key}: `includes_affiliates` is {{source, quote}}", path, "quote the definition")
        quote = text(raw["quote"], path + ("quote",), f"party {key}: the quote")
        if "affiliates" not in quote.casefold():
            raise fail(f"party {key}: the quote does not mention Affiliates", path + ("quote",))
        clauses[key] = AffiliateClause(key, text(raw["source"], path + ("source",), "the source"), quote)

    persons: dict[str, Person] = {}
    claimed: dict[str, str] = {}
    for key, info in (d.get("persons") or {}).items():
        path = ("persons", key)
        if not isinstance(info, dict) or "name" not in info or set(info) - _PERSON_KEYS:
            raise fail(f"person {key}: write {{name: ..., spellings: [{{text: ..., source: ...}}]}}", path)
        name = text(info["name"], path + ("name",), f"person {key}: the name")
        spellings: list[Spelling] = []
        for i, s in enumerate(info.get("spellings") or []):
            at = path + ("spellings", i)
            if not isinstance(s, dict) or set(s) != {"text", "source"}:
                raise fail(f"person {key}: a spelling is {{text, source}}", at, "say where the document writes it")
            spellings.append(Spelling(text(s["text"], at + ("text",), "a spelling"), text(s["source"], at, "source")))
        for written in (name, *(s.text for s in spellings)):
            other = claimed.setdefault(fold(written), key)
            if other != key:
                raise fail(f'"{written}" is a name of both {other} and {key}', path, "keep it under one person")
        persons[key] = Person(key, name, tuple(spellings))

    roles: dict[str, OfficerRole] = {}
    for name, info in (d.get("officer_roles") or {}).items():
        path = ("officer_roles", name)
        forms = info.get("forms") if isinstance(info, dict) else None
        if not isinstance(forms, list) or set(info) != {"forms"}:
            raise fail(f"officer role {name}: write {{forms: [titles that hold it]}}", path)
        if fold(str(name)) != str(name):
            raise fail(f'officer role "{name}" is written in lower case, as the rules test it', path)
        roles[name] = OfficerRole(name, tuple(text(f, path + ("forms", i), "a title") for i, f in enumerate(forms)))
    return Identity(persons, roles, clauses)
