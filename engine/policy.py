"""Load a deal's policy folder: agreements, parties, facts, settings and rules, all checked.

The result is an immutable Policy. Every problem is a PolicyError naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from engine import values
from engine.deal_calendar import CalendarDeclaration, load_calendar
from engine.errors import DealcheckError, DealStateError, PolicyError, UsageError, api_boundary, did_you_mean
from engine.expression import ast
from engine.expression.parser import ExpressionSyntaxError, parse_expression
from engine.expression.resolve import ResolveError, Scope, resolve
from engine.facts import FactCatalog, load_facts
from engine.identity import Identity, load_identity
from engine.policy_cache import cached
from engine.settings import UNRESOLVED, is_number_choice
from engine.wording import Breakdown, Reasons, parse_reasons
from engine.yamlsource import Located, load_yaml

RULE_KINDS = ("condition", "covenant", "right", "deadline", "definition")
_RULE_KEYS = {
    "id",
    "section",
    "title",
    "kind",
    "binds",
    "for_each",
    "waiver",
    "quote",
    "when",
    "applies_when",
    "settings",
    "notes",
    "satisfied_by",
    "caused_by",
    "shows",
    "due",
    "arises",
    "ends",
    "breached_on",
    "reasons",
}
_END_KEYS = {"event", "section", "quote", "when"}  # required
_END_OPTIONAL = {"on"}
_DEFINITION_KEYS = {"name", "section", "title", "for_each", "quote", "value", "notes", "calendar"}
_REQUIRED = ("id", "section", "title", "kind", "binds", "waiver", "quote", "when")


@attrs.frozen
class Agreement:
    id: str
    title: str
    dated: dt.date | None
    text_path: Path
    sha256: str
    rules_file: str


@attrs.frozen
class Party:
    key: str
    name: str
    roles: tuple[str, ...]
    term: str = ""  # the Agreement's defined term for it ("Intel", "the Company"), as reasons name it

    @property
    def called(self) -> str:
        return self.term or self.key


@attrs.frozen
class Setting:
    """A named interpretation of an ambiguous provision, with a documented default."""

    name: str
    title: str
    question: str
    catalog: str | None
    default: str
    choices: dict[str, str]
    number: NumberChoice | None = None  # the setting may instead be a number (of days, ...)
    section: str | None = None  # the clause the question is about, with its words (verified at load)
    quote: str | None = None
    line: int | None = None  # where settings.yaml declares it

    def cases(self) -> list[str]:
        """The cases a `when` chosen by this setting must have: its choices, and its number case."""
        return [*self.choices, *([self.number.case] if self.number else [])]

    def case_of(self, value: str | int) -> str:
        """The case a deal state's value selects: a choice, the number case, or (unresolved) the default."""
        if value == UNRESOLVED:
            return self.default
        if is_number_choice(value):
            assert self.number is not None
            return self.number.case
        return str(value)

    def describe(self, value: str | int) -> str:
        """What a deal state's value means, for explanations."""
        if value == UNRESOLVED:
            cases = ", ".join(self.cases())
            return f"left open for counsel: every row that depends on it is decided under each of {cases}"
        if is_number_choice(value):
            assert self.number is not None
            return f"{value} {self.number.unit} ({self.number.case}): {self.number.means}"
        return self.choices[str(value)]


@attrs.frozen
class NumberChoice:
    """A setting's choice that is a number the deal state writes (`good_standing_recent: 30`);
    a `when` selects it by `case`, and the condition reads the number as `setting("name")`."""

    case: str
    unit: str
    means: str
    minimum: int = 0


@attrs.frozen
class WaiverRoute:
    """One way the agreement allows a rule to be waived: by `beneficiary` (the row's party, for
    itself) or by the joint consent of every named party (then for every row)."""

    by: str | tuple[str, ...]
    in_writing: bool
    quote: str | None
    section: str | None = None

    def clause(self) -> str:
        where = f"§{self.section}: " if self.section else ""
        return f"{where}“{self.quote}”" if self.quote else where.rstrip(": ")


@attrs.frozen
class WaiverSpec:
    """Every route by which a rule may be waived; none means nobody may waive it. Routes add up:
    a waiver counts when it satisfies any one of them (e.g. §4.1's words or §7.9's)."""

    routes: tuple[WaiverRoute, ...]

    @property
    def waivable(self) -> bool:
        return bool(self.routes)


@attrs.frozen
class Deadline:
    """ "on or prior to the Closing Date": the fact whose date every act under the rule must meet."""

    fact: str
    quote: str


@attrs.frozen
class Condition:
    """A rule's condition: one expression, or one expression per choice of a setting."""

    source: str
    node: ast.Node


@attrs.frozen
class SettingSwitch:
    """A condition chosen by an interpretation setting; a case may itself be a switch."""

    setting: str
    cases: dict[str, Condition | SettingSwitch]
    number_case: str | None = None  # the case a number selects, if the setting takes one
    default: str | None = None  # the case an unresolved setting is compiled under

    def pick(self, chosen: dict[str, str]) -> Condition:
        choice = chosen[self.setting]
        if choice == UNRESOLVED and self.default is not None:
            choice = self.default
        elif is_number_choice(choice) and self.number_case is not None:
            choice = self.number_case
        case = self.cases[choice]
        return case if isinstance(case, Condition) else case.pick(chosen)

    def settings(self) -> list[str]:
        names = [self.setting]
        for case in self.cases.values():
            if isinstance(case, SettingSwitch):
                names += [n for n in case.settings() if n not in names]
        return names

    def conditions(self) -> list[Condition]:
        out: list[Condition] = []
        for case in self.cases.values():
            out += case.conditions() if isinstance(case, SettingSwitch) else [case]
        return out


@attrs.frozen
class EndEvent:
    """An event that ends a covenant (a Qualified Public Offering under §7.4): from its date on, the
    covenant's outcome is *ended*, naming the event."""

    event: str  # what the lawyer calls it: "a Qualified Public Offering"
    section: str
    quote: str
    when: Condition  # true once the event has happened (records dated after the as-of date are hidden)
    on: Condition | SettingSwitch | None = None  # the date it happened, to tell a breach before it from none


@attrs.frozen
class Timing:
    """A covenant's outcomes over time (rule keys `due`, `arises`, `ends`, `breached_on`): complied,
    breached (with its date), due (with its deadline), not yet due, ended (by which event), instead
    of met and not met. `when` says the covenant is complied with so far."""

    due: Condition | None = None  # the deadline (a date); after it, not complied means breached
    arises: Condition | None = None  # the date the obligation arises; before it, not yet due
    ends: tuple[EndEvent, ...] = ()
    breached_on: Condition | SettingSwitch | None = None  # the date of breach, when not the day after the deadline


@attrs.frozen
class SeveralObligations:
    """§2.2: the Investors buy "severally and not jointly", so each may close on its own conditions.
    The verdict says which could close now and whether they alone reach the minimum."""

    section: str
    quote: str
    gate: str  # the rule whose rows are each party's obligation to close
    figure: str | None  # per-party definition of what each invests
    amount: Any  # the minimum the figures must reach together
    amount_section: str | None


@attrs.frozen
class Definition:
    """A named figure the agreement defines (the Purchase Price of an Investor's Shares, a capped
    entitlement), computed exactly from the facts and shown with its working wherever it is used."""

    name: str
    agreement: str
    section: str
    title: str
    for_each: str | None
    quote: str
    source: str
    node: ast.Node
    notes: str
    file: str
    line: int | None
    windowed: bool = True  # reads a judgement, whose standing depends on the rule's deadline
    calendar: bool = True  # a date figure `dealcheck calendar` lists (false: a date of the record, not one to diarise)

    @property
    def citation(self) -> str:
        return f"{self.agreement.upper()} §{self.section}"


@attrs.frozen
class Rule:
    id: str
    agreement: str
    section: str
    title: str
    kind: str
    binds: tuple[str, ...]
    for_each: str | None
    waiver: dict[str | None, WaiverSpec]  # key None: not chosen by a setting
    waiver_setting: str | None
    quote: str
    when: Condition | SettingSwitch
    applies_when: Condition | None
    settings: tuple[str, ...]
    notes: str
    depends_on: tuple[str, ...]
    file: str
    line: int | None
    satisfied_by: Deadline | None = None
    caused_by: Condition | None = None
    shows: tuple[str, ...] = ()  # figures shown in the row's working (for the row's party when per party)
    timing: Timing | None = None  # outcomes over time, for a covenant with a deadline or an end
    # settings its expressions read through the figures they use (a figure chosen by a setting, a
    # setting's number, the calendar and §7.10 readings of a deadline or a notice), besides those
    # choosing `when`: by part of the row (when, applies, ended,
    # arisen, past), and all of them (with the dates of a breach and of an end, and caused_by)
    part_reads: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    reads: tuple[str, ...] = ()
    reasons: Reasons = attrs.field(factory=Reasons)  # its wording of met, not met, not applicable

    def condition(self, chosen: dict[str, str]) -> Condition:
        return self.when if isinstance(self.when, Condition) else self.when.pick(chosen)

    def waiver_spec(self, chosen: dict[str, str]) -> WaiverSpec:
        if self.waiver_setting is None:
            return self.waiver[None]
        return self.waiver[chosen[self.waiver_setting]]

    def condition_settings(self) -> tuple[str, ...]:
        """The settings that choose the condition (a `when` by setting, directly or nested); a
        condition reads a setting's number only in that setting's own number case."""
        return tuple(self.when.settings()) if isinstance(self.when, SettingSwitch) else ()

    def settings_used(self) -> tuple[str, ...]:
        """Every setting the rule's results depend on: those it names, those choosing its condition
        or its waiver, and those its expressions read (through the figures they use too)."""
        names = list(self.settings)
        extra = self.when.settings() if isinstance(self.when, SettingSwitch) else []
        extra += [self.waiver_setting] if self.waiver_setting else []
        extra += self.reads
        for name in extra:
            if name not in names:
                names.append(name)
        return tuple(names)


@attrs.frozen
class Policy:
    """Everything dealcheck knows about one deal's agreements. Immutable once loaded."""

    id: str
    title: str
    root: Path
    agreements: dict[str, Agreement]
    parties: dict[str, Party]
    groups: dict[str, tuple[str, ...]]
    facts: FactCatalog
    settings: dict[str, Setting]
    rules: dict[str, Rule]
    closing: tuple[str, ...]
    fingerprint: str
    rests_on: dict[str, dict[str, ast.Node]] = attrs.field(factory=dict)  # judgement fact -> label -> expression
    definitions: dict[str, Definition] = attrs.field(factory=dict)  # named figures, by name
    several: SeveralObligations | None = None
    identity: Identity = attrs.field(factory=Identity)  # other names of persons, officers and parties
    deal_file: str = "deal.yaml"  # the files as named in messages
    facts_file: str = "facts.yaml"
    settings_file: str = "settings.yaml"
    calendar: CalendarDeclaration | None = None  # §7.10 holidays and fiscal year (`calendar:` in deal.yaml)

    @property
    def party_keys(self) -> frozenset[str]:
        return frozenset(self.parties)

    def quotes(self) -> list[tuple[str, str, str]]:
        """Every verbatim quote the policy relies on, as (where, agreement id, words). Each is
        checked against its agreement's text when the policy loads (`verify_quotes`)."""
        return [(where, agreement, words) for where, agreement, words, _, _ in self.quote_sources()]

    def quote_sources(self) -> list[tuple[str, str, str, str, int | None]]:
        """`quotes()` with the file and line each quote is written at."""
        out: list[tuple[str, str, str, str, int | None]] = []
        for rule in self.rules.values():
            at = (rule.file, rule.line)
            out.append((f"rule {rule.id}", rule.agreement, rule.quote, *at))
            for spec in rule.waiver.values():
                out += [
                    (f"rule {rule.id} (waiver §{r.section})", rule.agreement, r.quote, *at)
                    for r in spec.routes
                    if r.quote
                ]
            if rule.satisfied_by is not None:
                out.append((f"rule {rule.id} (satisfied_by)", rule.agreement, rule.satisfied_by.quote, *at))
            for end in rule.timing.ends if rule.timing else ():
                out.append((f"rule {rule.id} (ends: {end.event})", rule.agreement, end.quote, *at))
        out += [(f"definition {d.name}", d.agreement, d.quote, d.file, d.line) for d in self.definitions.values()]
        if self.several is not None:
            gate = self.rules[self.several.gate]
            out.append(("several_obligations", gate.agreement, self.several.quote, self.deal_file, None))
        first = next(iter(self.agreements))
        for s in self.settings.values():
            if s.quote:
                out.append((f"setting {s.name}", first, s.quote, self.settings_file, s.line))
        if self.calendar is not None:
            out += [
                (where, a, words, self.calendar.file, self.calendar.line) for where, a, words in self.calendar.quotes()
            ]
        for name, judgement, line in self.facts_judgement_lines():
            if judgement.quote:
                out.append((f"fact {name} (judgement)", first, judgement.quote, self.facts_file, line))
        return out

    def facts_judgement_lines(self) -> list[tuple[str, Any, int | None]]:
        out = []
        for name, judgement in self.facts.judgements():
            spec = self.facts.get(name) or self.facts.get(name.rsplit(".", 1)[0])
            out.append((name, judgement, spec.line if spec is not None else None))
        return out

    def default_settings(self) -> dict[str, str]:
        return {name: s.default for name, s in self.settings.items()}

    def calendars(self) -> Any:
        """The deal's calendar as deadlines read it (engine/expression/periods.py), or None."""
        if self.calendar is None:
            return None
        from engine.expression.periods import Calendars

        choices = {n: tuple(self.settings[n].choices) for n in self.calendar.settings()}
        return Calendars(self.calendar, choices, self.default_settings())

    def stages(self) -> list[list[str]]:
        """Rules grouped so that every rule comes after the rules its condition refers to."""
        done: set[str] = set()
        stages: list[list[str]] = []
        remaining = list(self.rules)
        while remaining:
            stage = [r for r in remaining if set(self.rules[r].depends_on) <= done]
            stages.append(stage)
            done.update(stage)
            remaining = [r for r in remaining if r not in done]
        return stages


# A deal id: lower-case letters, digits and hyphens, starting with a letter or digit. Never a path.
DEAL_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
DEAL_ID_TEXT = "lower-case letters, digits and hyphens, such as jabber-series-d"


def is_deal_id(value: object) -> bool:
    return isinstance(value, str) and DEAL_ID.fullmatch(value) is not None


def policies_root(root: str | os.PathLike | None = None) -> Path:
    """Where deal policies live: `root` (the operator's --policies), else $DEALCHECK_POLICIES, else
    the `policies/` folder of this checkout. Never anything a deal state says."""
    if root is None:
        env = os.environ.get("DEALCHECK_POLICIES")
        return Path(env) if env else Path(__file__).resolve().parent.parent / "policies"
    return Path(root)


def known_deals(root: Path) -> list[str]:
    """The deal ids that have a policy folder under `root`."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if is_deal_id(p.name) and (p / "deal.yaml").is_file())


def find_policy_dir(
    deal: str, root: str | os.PathLike | None = None, *, file: str | None = None, line: int | None = None
) -> Path:
    """The policy folder of deal id `deal`: `<policies root>/<deal>`, nowhere else. `file` and
    `line` name where the id was written (a deal state's `deal:`), for the message."""
    base = policies_root(root)
    error = DealStateError if file else PolicyError
    if not is_deal_id(deal):
        raise error(
            f"deal {deal!r} is not a deal id: a deal is named by its id ({DEAL_ID_TEXT}), never by a path",
            file,
            line,
            fix="write the deal id; the operator chooses where policies live (--policies DIR or DEALCHECK_POLICIES)",
        )
    if not base.is_dir():
        raise error(
            f"the policies folder {base} does not exist",
            file,
            line,
            fix="pass --policies DIR or set DEALCHECK_POLICIES to the folder holding <deal>/deal.yaml",
        )
    path = base / deal
    if not (path / "deal.yaml").is_file():
        known = known_deals(base)
        hint = did_you_mean(deal, known)
        raise error(
            f'no policy for deal "{deal}" in {base}',
            file,
            line,
            fix=hint
            or (f"known deals: {', '.join(known)}" if known else "pass --policies DIR or set DEALCHECK_POLICIES"),
        )
    return path


@api_boundary
def load_policy(
    deal: str | os.PathLike | None = None,
    *,
    folder: str | os.PathLike | None = None,
    root: str | os.PathLike | None = None,
) -> Policy:
    """Load and check a deal's policy: by deal id, under the policies root (`root`, else
    $DEALCHECK_POLICIES, else policies/), or from an explicit policy `folder`.

    A deal id is never read as a path. A pathlib.Path passed as `deal` is taken as `folder` (the
    caller's explicit choice, as in `load_policy(folder)` over a glob of folders)."""
    if isinstance(deal, os.PathLike) and folder is None:
        deal, folder = None, deal
    if (deal is None) == (folder is None):
        raise UsageError("load_policy takes a deal id or folder=, one of them")
    if folder is not None:
        if isinstance(folder, bytes) or not isinstance(folder, (str, os.PathLike)):
            raise UsageError(f"folder must be a str or pathlib.Path, not {type(folder).__name__}")
        path = Path(folder)
        if not (path / "deal.yaml").is_file():
            raise PolicyError("no deal.yaml in this folder", file=str(path), fix="give a policy folder")
        return cached(path, lambda p: _Loader(p).load())
    if not is_deal_id(deal):
        raise UsageError(
            f"{deal!r} is not a deal id ({DEAL_ID_TEXT})", fix="to load a policy folder, call load_policy(folder=...)"
        )
    path = find_policy_dir(deal, root)
    policy = cached(path, lambda p: _Loader(p).load())
    if policy.id != deal:
        raise PolicyError(
            f"the policy folder {deal} declares `id: {policy.id}`",
            policy.deal_file,
            1,
            fix=f"name the folder {policy.id}, or write `id: {deal}`",
        )
    return policy


# ---------------------------------------------------------------- quotes against the agreement text

# Page-break furniture of a filed text: a line holding only a page number, centred, such as "-20-".
PAGE_NUMBER_LINE = re.compile(r"^[ \t]*-[ \t]*\d+[ \t]*-[ \t]*$", re.MULTILINE)


def normalise_text(text: str) -> str:
    """Text as quotes are matched: every line holding only a page number ("-20-") removed, so a
    clause running across a page break reads as one passage, and all whitespace collapsed to single
    spaces. Used for the agreement and for each quote alike; a page number inside a line stays."""
    return " ".join(PAGE_NUMBER_LINE.sub("", text).split())


_NORMALISED: dict[str, str] = {}  # sha256 of an agreement text -> its normalised text
_NORMALISED_LOCK = threading.Lock()


def _normalised_agreement(digest: str, data: bytes) -> str:
    with _NORMALISED_LOCK:
        text = _NORMALISED.get(digest)
    if text is None:
        text = normalise_text(data.decode("utf-8", errors="replace"))
        with _NORMALISED_LOCK:
            if len(_NORMALISED) > 32:
                _NORMALISED.clear()
            _NORMALISED[digest] = text
    return text


def _longest_prefix(words: list[str], text: str) -> int:
    """How many leading words of a quote appear, in order, in `text` (binary search)."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if " ".join(words[:mid]) in text:
            lo = mid
        else:
            hi = mid - 1
    return lo


def verify_quotes(policy: Policy, texts: dict[str, str]) -> None:
    """Every quote the policy relies on appears verbatim (whitespace and page numbers aside) in the
    normalised text of its agreement; the first that does not is a PolicyError at its rule."""
    for where, agreement, words, file, line in policy.quote_sources():
        quote = normalise_text(words)
        if quote in texts[agreement]:
            continue
        split = quote.split(" ")
        found = _longest_prefix(split, texts[agreement])
        gap = (
            f"the text has its first {found} words but not “{' '.join(split[found : found + 6])} …”"
            if found
            else "not even its first word is in the text"
        )
        raise PolicyError(
            f"{where}: the quote is not in the text of {policy.agreements[agreement].text_path.name}: {gap}",
            file,
            line,
            fix="quote the agreement word for word (whitespace and page-number lines aside)",
        )
    names = " ".join(texts.values())
    for what, words in policy.identity.quoted():
        if normalise_text(words) not in names:
            raise PolicyError(
                f"{what}: {words!r} is not in the text of any agreement of the deal",
                policy.deal_file,
                fix="write the name exactly as an agreement spells it",
            )


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hasher = hashlib.sha256()

    def yaml(self, name: str) -> Located:
        path = self.folder / name
        if not path.is_file():
            raise PolicyError("file not found", file=self._shown(path), fix="check the file name in deal.yaml")
        self.hasher.update(path.read_bytes())
        try:
            return load_yaml(path, display_name=self._shown(path))
        except DealcheckError as exc:  # from the YAML layer: report it as a policy error
            raise PolicyError(exc.message, exc.file, exc.line, exc.column, exc.fix) from None

    def _rules_docs(self, agreement: Agreement) -> list[Located]:
        """The rules files of an agreement: `rules:` names one file, or a folder whose `*.yaml`
        files (not its subfolders) are read in the order of their numbers (`rules_file_order`).
        Each starts with `agreement: <id>`; one file has a `rules:` list, a folder's file has
        `rules:` or `definitions:` (or both), so an article may hold only figures."""
        path = self.folder / agreement.rules_file
        folder = path.is_dir()
        if not folder:
            docs = [self.yaml(agreement.rules_file)]
        else:
            files = rules_file_order(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not files:
                raise PolicyError(
                    "the rules folder holds no *.yaml file",
                    file=self._shown(path),
                    fix=f"put the rules of {agreement.id} in files such as article-4.yaml in this folder",
                )
            docs = []
            for file in files:
                self.hasher.update(file.relative_to(self.folder).as_posix().encode() + b"\0")
                docs.append(self.yaml(file.relative_to(self.folder).as_posix()))
        for doc in docs:
            data = doc.data if isinstance(doc.data, dict) else {}
            lists = [key for key in ("rules", "definitions") if data.get(key) is not None]
            good = all(isinstance(data[key], list) for key in lists) and ("rules" in lists or folder and lists)
            if data.get("agreement") != agreement.id or not good:
                wanted = "a `rules:` or `definitions:` list" if folder else "a `rules:` list"
                raise PolicyError(f"a rules file starts with `agreement: {agreement.id}` and {wanted}", doc.file, 1)
        return docs

    def _shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def load(self) -> Policy:
        deal = self.yaml("deal.yaml")
        d = deal.data
        if not isinstance(d, dict):
            raise PolicyError("deal.yaml must be a mapping", file=deal.file)

        def need(key: str) -> Any:
            if key not in d:
                raise PolicyError(f"deal.yaml needs `{key}`", file=deal.file, line=1)
            return d[key]

        parties: dict[str, Party] = {}
        for key, info in (need("parties") or {}).items():
            line, col = deal.where(("parties", key))
            if not isinstance(key, str) or not key.isupper() or not isinstance(info, dict):
                raise PolicyError("a party is an UPPER_CASE key with {name:, roles:}", deal.file, line, col)
            parties[key] = Party(
                key,
                str(info.get("name", key)),
                tuple(info.get("roles") or ()),
                " ".join(str(info.get("term", "")).split()),
            )
        groups: dict[str, tuple[str, ...]] = {}
        for gname, members in (d.get("groups") or {}).items():
            line, col = deal.where(("groups", gname))
            for m in members or []:
                if m not in parties:
                    raise PolicyError(
                        f'group {gname}: "{m}" is not a party',
                        deal.file,
                        line,
                        col,
                        did_you_mean(str(m), parties) or None,
                    )
            groups[gname] = tuple(members or ())
        agreements: dict[str, Agreement] = {}
        texts: dict[str, str] = {}  # agreement id -> its text as quotes are matched
        for i, a in enumerate(need("agreements") or []):
            line, col = deal.where(("agreements", i))
            for key in ("id", "title", "text", "sha256", "rules"):
                if key not in a:
                    raise PolicyError(f"agreement entry needs `{key}`", deal.file, line, col)
            text_path = self.folder / a["text"]
            if not text_path.is_file():
                raise PolicyError(f"agreement text {a['text']} not found", deal.file, line, col)
            data = text_path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest != a["sha256"]:
                raise PolicyError(
                    f"the text of {a['id']} has changed: its sha256 is {digest}",
                    deal.file,
                    line,
                    col,
                    "restore the filed text, or record the new hash after checking every quote",
                )
            self.hasher.update(digest.encode())
            texts[a["id"]] = _normalised_agreement(digest, data)
            agreements[a["id"]] = Agreement(a["id"], a["title"], a.get("dated"), text_path, a["sha256"], a["rules"])
        party_keys = frozenset(parties)
        facts_doc = self.yaml("facts.yaml")
        facts = load_facts(facts_doc, groups, party_keys)
        settings_doc = self.yaml(d.get("settings", "settings.yaml"))
        settings = self._settings(settings_doc)
        calendar = load_calendar(self.yaml(d["calendar"]), settings, agreements) if d.get("calendar") else None
        raw_rules: list[tuple[Located, int, dict]] = []
        raw_definitions: list[tuple[Located, int, dict]] = []
        for agreement in agreements.values():
            for doc in self._rules_docs(agreement):
                raw_rules += [(doc, i, r) for i, r in enumerate(doc.data.get("rules") or [])]
                raw_definitions += [(doc, i, d) for i, d in enumerate(doc.data.get("definitions") or [])]
        rule_ids: dict[str, tuple[str, int | None]] = {}  # rule id -> where it is first written
        for doc, i, r in raw_rules:
            line, col = doc.where(("rules", i))
            if not isinstance(r, dict) or not isinstance(r.get("id"), str):
                raise PolicyError("every rule needs an `id`", doc.file, line, col)
            if r["id"] in rule_ids:
                raise PolicyError(
                    f"rule id {r['id']} is used twice: here and at {_at(*rule_ids[r['id']])}",
                    doc.file,
                    line,
                    col,
                    fix="give each rule an id of its own, or remove one of the two",
                )
            rule_ids[r["id"]] = (doc.file, line)
        definitions = self._definitions(raw_definitions, facts, party_keys, groups, settings)
        self.definition_groups = {name: d.for_each for name, d in definitions.items()}
        rules: dict[str, Rule] = {}
        for doc, i, r in raw_rules:
            rule = self._rule(doc, i, r, facts, party_keys, groups, settings, frozenset(rule_ids))
            rules[rule.id] = rule
        rules = {rid: _with_reads(rule, definitions, calendar) for rid, rule in rules.items()}
        for rule in rules.values():
            for dep in rule.depends_on:
                # a per-party rule may read a rule of the deal (one result); otherwise the groups must match
                if rules[dep].for_each != rule.for_each and rules[dep].for_each is not None:
                    raise PolicyError(
                        f'rule {rule.id} (for each {rule.for_each}) uses satisfied("{dep}"),'
                        f" which is for each {rules[dep].for_each}",
                        rule.file,
                        rule.line,
                    )
        closing = tuple(d.get("closing") or ())
        for rid in closing:
            if rid not in rules:
                raise PolicyError(
                    f"closing names unknown rule {rid}",
                    deal.file,
                    deal.where(("closing",))[0],
                    fix=did_you_mean(rid, rules) or None,
                )
        rests_on = self._rests_on(facts, party_keys, groups, frozenset(rule_ids))
        several = self._several(deal, d.get("several_obligations"), rules, definitions)
        policy = Policy(
            id=str(need("id")),
            title=str(need("title")),
            root=self.folder,
            agreements=agreements,
            parties=parties,
            groups=groups,
            facts=facts,
            settings=settings,
            rules=rules,
            closing=closing,
            fingerprint=self.hasher.hexdigest()[:16],
            rests_on=rests_on,
            definitions=definitions,
            several=several,
            identity=load_identity(deal, parties),
            deal_file=deal.file,
            facts_file=facts_doc.file,
            settings_file=settings_doc.file,
            calendar=calendar,
        )
        _check_cycles(policy)
        verify_quotes(policy, texts)
        return policy

    def _several(self, deal: Located, raw: Any, rules: dict, definitions: dict) -> SeveralObligations | None:
        if raw is None:
            return None
        line, col = deal.where(("several_obligations",))
        if not isinstance(raw, dict) or raw.get("gate") not in rules or not raw.get("quote"):
            raise PolicyError(
                "several_obligations needs `gate` (a rule id), `section` and `quote`", deal.file, line, col
            )
        minimum = raw.get("minimum") or {}
        figure = minimum.get("figure")
        if figure is not None and figure not in definitions:
            raise PolicyError(f"several_obligations: {figure} is not a definition", deal.file, line, col)
        amount = values.parse_money(minimum["amount"]) if minimum.get("amount") is not None else None
        return SeveralObligations(
            section=str(raw.get("section", "")),
            quote=" ".join(str(raw["quote"]).split()),
            gate=raw["gate"],
            figure=figure,
            amount=amount,
            amount_section=str(minimum["section"]) if minimum.get("section") else None,
        )

    def _definitions(
        self, raw: list, facts: FactCatalog, parties, groups, settings: dict[str, Setting]
    ) -> dict[str, Definition]:
        """Named figures (`definitions:` in a rules file), resolved; none may refer to itself. A
        figure's `value` is one expression, or one per case of a setting (`{setting, cases}`, nested
        for two settings), as a rule's `when` may be."""
        names: dict[str, str | None] = {}
        first: dict[str, tuple[str, int | None]] = {}  # name -> where it is first defined
        for doc, i, d in raw:
            line, col = doc.where(("definitions", i))
            if not isinstance(d, dict) or not isinstance(d.get("name"), str):
                raise PolicyError("every definition needs a `name`", doc.file, line, col)
            if d["name"] in first:
                raise PolicyError(
                    f"definition {d['name']}: the name is defined twice: here and at {_at(*first[d['name']])}",
                    doc.file,
                    line,
                    col,
                    fix="give each figure a name of its own, or remove one of the two",
                )
            first[d["name"]] = (doc.file, line)
            bad = set(d) - _DEFINITION_KEYS
            if bad:
                key = sorted(bad)[0]
                raise PolicyError(f"definition {d['name']}: unknown key {key!r}", doc.file, line, col)
            for key in ("section", "title", "quote", "value"):
                if not d.get(key):
                    raise PolicyError(f"definition {d['name']}: `{key}` is required", doc.file, line, col)
            if d["name"] in names or facts.get(d["name"]) is not None or d["name"] in groups:
                raise PolicyError(f"definition {d['name']}: the name is already used", doc.file, line, col)
            if d.get("for_each") is not None and d["for_each"] not in groups:
                raise PolicyError(f"definition {d['name']}: for_each names no group", doc.file, line, col)
            names[d["name"]] = d.get("for_each")
        out: dict[str, Definition] = {}
        uses: dict[str, list[str]] = {}
        for doc, i, d in raw:
            line, col = doc.where(("definitions", i))
            scope = Scope(
                facts,
                parties,
                groups,
                frozenset(),
                has_party=d.get("for_each") is not None,
                definitions=names,
                settings=_numbers_of(settings),
            )
            node, text = _figure_value(doc, i, d, scope, settings)
            uses[d["name"]] = [n.name for n in ast.walk(node) if isinstance(n, ast.DefRef)]
            out[d["name"]] = Definition(
                name=d["name"],
                agreement=doc.data["agreement"],
                section=str(d["section"]),
                title=str(d["title"]),
                for_each=d.get("for_each"),
                quote=" ".join(str(d["quote"]).split()),
                source=text,
                node=node,
                notes=" ".join(str(d.get("notes", "")).split()),
                file=doc.file,
                line=line,
                calendar=d.get("calendar", True) is not False,
            )

        def visit(name: str, path: list[str]) -> None:
            if name in path:
                d = out[name]
                circle = " -> ".join(path[path.index(name) :] + [name])
                raise PolicyError(f"definitions refer to each other in a circle: {circle}", d.file, d.line)
            for used in uses[name]:
                visit(used, path + [name])

        for name in out:
            visit(name, [])
        return _mark_windowed(out, facts)

    def _rests_on(self, facts: FactCatalog, parties, groups, rule_ids) -> dict[str, dict[str, ast.Node]]:
        """Resolve what each judgement rests on, so a typo there fails when the policy loads."""
        out: dict[str, dict[str, ast.Node]] = {}
        for name, judgement in facts.judgements():
            spec = facts.get(name.rsplit(".", 1)[0]) if facts.get(name) is None else facts.get(name)
            scope = Scope(facts, parties, groups, rule_ids, has_party=bool(spec and spec.per))
            nodes = {}
            for label, text in judgement.rests_on.items():
                try:
                    nodes[label] = resolve(parse_expression(text), scope)
                except (ExpressionSyntaxError, ResolveError) as exc:
                    line = spec.line if spec else None
                    raise PolicyError(
                        f"fact {name}: rests_on {label}: {exc.message}",
                        "facts.yaml",
                        line,
                        fix=getattr(exc, "fix", None),
                    ) from None
            if nodes:
                out[name] = nodes
        return out

    def _settings(self, doc: Located) -> dict[str, Setting]:
        out: dict[str, Setting] = {}
        for name, s in (doc.data or {}).items():
            line, col = doc.where((name,))
            if not isinstance(s, dict) or not isinstance(s.get("choices"), dict) or not s.get("default"):
                raise PolicyError(f"setting {name} needs title, question, choices and default", doc.file, line, col)
            if s["default"] not in s["choices"]:
                raise PolicyError(
                    f"setting {name}: default {s['default']!r} is not one of its choices",
                    doc.file,
                    line,
                    col,
                )
            if UNRESOLVED in s["choices"]:
                raise PolicyError(
                    f"setting {name}: {UNRESOLVED!r} is not a choice a policy declares; every setting accepts it",
                    doc.file,
                    line,
                    col,
                )
            out[name] = Setting(
                name=name,
                title=str(s.get("title", name)),
                question=str(s.get("question", "")),
                catalog=s.get("catalog"),
                default=str(s["default"]),
                choices={str(k): str(v) for k, v in s["choices"].items()},
                number=self._number(doc, name, s),
                section=str(s["section"]) if s.get("section") is not None else None,
                quote=" ".join(str(s["quote"]).split()) if s.get("quote") else None,
                line=line,
            )
        return out

    @staticmethod
    def _number(doc: Located, name: str, s: dict) -> NumberChoice | None:
        """`number: {case: days, unit: days, means: ..., minimum: 0}`: the setting may be a number."""
        raw = s.get("number")
        if raw is None:
            return None
        line, col = doc.where((name, "number"))
        if not isinstance(raw, dict) or set(raw) - {"case", "unit", "means", "minimum"}:
            raise PolicyError(
                f"setting {name}: `number` is {{case: NAME, unit: days, means: what the number means, minimum: 0}}",
                doc.file,
                line,
                col,
            )
        case, unit, means = raw.get("case"), raw.get("unit"), raw.get("means")
        if not all(isinstance(v, str) and v for v in (case, unit, means)):
            raise PolicyError(f"setting {name}: `number` needs case, unit and means", doc.file, line, col)
        if case in s["choices"] or case == UNRESOLVED:
            raise PolicyError(f"setting {name}: the number case {case!r} has the name of a choice", doc.file, line, col)
        minimum = raw.get("minimum", 0)
        if not isinstance(minimum, int) or isinstance(minimum, bool):
            raise PolicyError(f"setting {name}: `number.minimum` is a whole number", doc.file, line, col)
        return NumberChoice(case, unit, " ".join(means.split()), minimum)

    def _rule(
        self,
        doc: Located,
        index: int,
        r: dict,
        facts: FactCatalog,
        parties: frozenset[str],
        groups: dict[str, tuple[str, ...]],
        settings: dict[str, Setting],
        rule_ids: frozenset[str],
    ) -> Rule:
        base = ("rules", index)
        line, col = doc.where(base)
        rid = r["id"]

        def fail(message: str, key: str | None = None, fix: str | None = None) -> PolicyError:
            at = doc.where(base + ((key,) if key else ()))
            return PolicyError(f"rule {rid}: {message}", doc.file, at[0], at[1], fix)

        unknown = set(r) - _RULE_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise fail(f'unknown key "{key}"', key, did_you_mean(key, _RULE_KEYS) or None)
        for key in _REQUIRED:
            if r.get(key) in (None, ""):
                raise fail(f"`{key}` is required", None)
        if r["kind"] not in RULE_KINDS:
            raise fail(f"kind must be one of {', '.join(RULE_KINDS)}", "kind")
        for_each = r.get("for_each")
        if for_each is not None and for_each not in groups:
            raise fail(f'for_each "{for_each}" is not a group', "for_each", did_you_mean(for_each, groups) or None)
        binds = tuple(r["binds"]) if isinstance(r["binds"], list) else (r["binds"],)
        for p in binds:
            if p not in parties and p not in groups:
                raise fail(f'binds "{p}", which is not a party or group', "binds")
        waiver_raw = r["waiver"]
        waiver_setting: str | None = None
        if isinstance(waiver_raw, dict) and "setting" in waiver_raw:
            waiver_setting = waiver_raw["setting"]
            cases = waiver_raw.get("cases")
            if waiver_setting not in settings or not isinstance(cases, dict):
                raise fail("`waiver` by setting needs `setting:` (a declared setting) and `cases:`", "waiver")
            if settings[waiver_setting].number is not None:
                raise fail(f"`waiver` cannot be chosen by {waiver_setting}, which takes a number", "waiver")
            if set(cases) != set(settings[waiver_setting].choices):
                raise fail(f"`waiver` cases must be exactly the choices of {waiver_setting}", "waiver")
            waiver = {str(k): self._waiver(v, parties, fail) for k, v in cases.items()}
        else:
            waiver = {None: self._waiver(waiver_raw, parties, fail)}
        used_settings = tuple(r.get("settings") or ())
        for s in used_settings:
            if s not in settings:
                raise fail(f'setting "{s}" is not declared', "settings", did_you_mean(s, settings) or None)
        deps: list[str] = []
        scope = Scope(
            facts,
            parties,
            groups,
            rule_ids,
            has_party=for_each is not None,
            definitions=self.definition_groups,
            settings=_numbers_of(settings),
        )

        def compile_text(text: Any, key: tuple, numbers: frozenset[str] = frozenset()) -> Condition:
            if not isinstance(text, str):
                raise fail("a condition is text in the expression language", key[0])
            at_line, at_col = doc.where(base + key)
            try:
                node = resolve(parse_expression(text), attrs.evolve(scope, numbers=numbers), deps.append)
            except ExpressionSyntaxError as exc:
                raise PolicyError(
                    f"rule {rid}: {exc.message} (in `{key[-1]}`, at column {exc.column} of the condition)",
                    doc.file,
                    (at_line or 0) + exc.line - 1 if at_line else None,
                    at_col,
                ) from None
            except ResolveError as exc:
                raise PolicyError(
                    f"rule {rid}: {exc.message} (in `{key[-1]}`, at column {exc.column} of the condition)",
                    doc.file,
                    at_line,
                    at_col,
                    exc.fix,
                ) from None
            return Condition(" ".join(text.split()), node)

        def switch(raw: Any, key: tuple, numbers: frozenset[str] = frozenset()) -> Condition | SettingSwitch:
            if not isinstance(raw, dict):
                return compile_text(raw, key, numbers)
            name = raw.get("setting")
            cases = raw.get("cases")
            if name not in settings or not isinstance(cases, dict):
                raise fail("`when` by setting needs `setting:` (a declared setting) and `cases:`", "when")
            setting = settings[name]
            choices = setting.cases()
            if set(cases) != set(choices):
                raise fail(f"`when` cases must be exactly the choices of {name}: {', '.join(choices)}", "when")
            number_case = setting.number.case if setting.number else None
            built = {
                str(k): switch(v, key + ("cases", k), numbers | {name} if k == number_case else numbers)
                for k, v in cases.items()
            }
            return SettingSwitch(name, built, number_case, setting.default)

        when = switch(r["when"], ("when",))
        satisfied_by = None
        if r.get("satisfied_by") is not None:
            sb = r["satisfied_by"]
            if not isinstance(sb, dict) or not isinstance(sb.get("quote"), str) or facts.get(sb.get("fact")) is None:
                raise fail("`satisfied_by` is {fact: a declared date fact, quote: the words}", "satisfied_by")
            if facts.get(sb["fact"]).type != "date":
                raise fail(f"`satisfied_by` names {sb['fact']}, which is not a date", "satisfied_by")
            satisfied_by = Deadline(sb["fact"], " ".join(sb["quote"].split()))
        shows = tuple(r.get("shows") or ())
        for name in shows:
            if name not in self.definition_groups or self.definition_groups[name] not in (None, for_each):
                raise fail(f'`shows` names "{name}", which is not a definition of the deal or of each row', "shows")
        caused = r.get("caused_by")
        caused_by = compile_text(caused, ("caused_by",)) if caused is not None else None
        if caused_by is not None and for_each is None:
            raise fail("`caused_by` needs for_each: it says when the row's own party caused the failure", "caused_by")
        applies = r.get("applies_when")
        applies_when = compile_text(applies, ("applies_when",)) if applies is not None else None
        timing = self._timing(r, compile_text, switch, fail)

        def breakdown(name: str) -> Breakdown | None:
            """`{name}` of a per-party figure or fact: shown for each party of its group."""
            spec = facts.get(name)
            group = self.definition_groups.get(name) if spec is None else spec.per
            if group is None:
                return None
            return Breakdown(name, tuple((p, compile_text(f"{name}[{p}]", ("reasons",))) for p in groups[group]))

        reasons = parse_reasons(
            r.get("reasons"),
            lambda text, path, numbers: compile_text(text, ("reasons",) + path, numbers),
            lambda text, path, numbers: compile_text(text, ("reasons",) + path + ("if",), numbers),
            breakdown,
            lambda name: (
                (settings[name].cases(), settings[name].number.case if settings[name].number else None)
                if name in settings
                else None
            ),
            lambda message, path: fail(f"reasons: {message}", "reasons"),
        )
        if rid in deps:
            raise fail("a rule cannot depend on itself", "when")
        return Rule(
            id=rid,
            agreement=doc.data["agreement"],
            section=str(r["section"]),
            title=str(r["title"]),
            kind=r["kind"],
            binds=binds,
            for_each=for_each,
            waiver=waiver,
            waiver_setting=waiver_setting,
            quote=" ".join(str(r["quote"]).split()),
            when=when,
            applies_when=applies_when,
            settings=used_settings,
            notes=" ".join(str(r.get("notes", "")).split()),
            depends_on=tuple(dict.fromkeys(deps)),
            file=doc.file,
            line=line,
            satisfied_by=satisfied_by,
            caused_by=caused_by,
            shows=shows,
            timing=timing,
            reasons=reasons,
        )

    @staticmethod
    def _timing(r: dict, compile_text, switch, fail) -> Timing | None:
        """A covenant's `due`, `arises`, `ends` and `breached_on`, if it has any."""
        if not any(r.get(k) is not None for k in ("due", "arises", "ends", "breached_on")):
            return None
        if r["kind"] != "covenant":
            raise fail("`due`, `arises`, `ends` and `breached_on` are for a rule of kind covenant", "kind")
        if r.get("satisfied_by") is not None:
            raise fail("a covenant with a deadline (`due`) has no `satisfied_by`", "satisfied_by")
        keys = ("due", "arises")
        dated = {k: compile_text(_as_text(r[k]), (k,)) if r.get(k) is not None else None for k in keys}
        # the date of a breach may turn on the same reading as the condition (a denominator, say)
        dated["breached_on"] = switch(_as_text(r["breached_on"]), ("breached_on",)) if r.get("breached_on") else None
        raw_ends = r.get("ends") or []
        if not isinstance(raw_ends, list):
            raise fail("`ends` is a list of {event, section, quote, when}", "ends")
        ends = []
        for i, e in enumerate(raw_ends):
            if not isinstance(e, dict) or set(e) - _END_KEYS - _END_OPTIONAL or any(not e.get(k) for k in _END_KEYS):
                raise fail(
                    "each of `ends` is {event: its name, section, quote: the words, when: a condition, on: its date}",
                    "ends",
                )
            ends.append(
                EndEvent(
                    str(e["event"]),
                    str(e["section"]),
                    " ".join(str(e["quote"]).split()),
                    compile_text(e["when"], ("ends", i, "when")),
                    switch(_as_text(e["on"]), ("ends", i, "on")) if e.get("on") is not None else None,
                )
            )
        return Timing(dated["due"], dated["arises"], tuple(ends), dated["breached_on"])

    @staticmethod
    def _waiver(raw: Any, parties: frozenset[str], fail) -> WaiverSpec:
        """`{by: nobody}`, one route `{by, in_writing, quote, section}`, or `{routes: [...]}`."""
        if isinstance(raw, dict) and "routes" in raw:
            routes = raw["routes"]
            if not isinstance(routes, list) or not routes:
                raise fail("`waiver.routes` is a list of {by, in_writing, quote, section}", "waiver")
            return WaiverSpec(tuple(_Loader._route(r, parties, fail) for r in routes))
        if not isinstance(raw, dict) or "by" not in raw:
            raise fail("`waiver` needs `by` (beneficiary, nobody, or a list of parties) or `routes`", "waiver")
        if raw["by"] == "nobody":
            return WaiverSpec(())
        return WaiverSpec((_Loader._route(raw, parties, fail),))

    @staticmethod
    def _route(raw: Any, parties: frozenset[str], fail) -> WaiverRoute:
        if not isinstance(raw, dict) or "by" not in raw:
            raise fail("a waiver route needs `by` (beneficiary or a list of parties)", "waiver")
        by = raw["by"]
        if isinstance(by, list):
            for p in by:
                if p not in parties:
                    raise fail(f'waiver by "{p}", which is not a party', "waiver")
            by = tuple(by)
        elif by != "beneficiary":
            raise fail("waiver `by` is beneficiary, nobody, or a list of parties", "waiver")
        if not raw.get("quote"):
            raise fail("a waivable rule quotes the words that allow the waiver (`waiver.quote`)", "waiver")
        return WaiverRoute(
            by=by,
            in_writing=bool(raw.get("in_writing", False)),
            quote=" ".join(str(raw["quote"]).split()),
            section=str(raw["section"]) if raw.get("section") else None,
        )


def _as_text(value: Any) -> Any:
    """A date written bare in YAML (`due: 2004-08-31`) as the expression it reads as."""
    return value.isoformat() if isinstance(value, dt.date) else value


def rules_file_order(paths: Iterable[Path]) -> list[Path]:
    """The `*.yaml` files of a rules folder in the order they are read: by the numbers in their
    names taken as numbers, so article-2 < article-4 < article-7 < article-10 (never article-10 <
    article-2), then by name."""

    def key(path: Path) -> tuple:
        parts = re.split(r"(\d+)", path.name.lower())
        return [int(part) if i % 2 else part for i, part in enumerate(parts)], path.name

    return sorted((p for p in paths if p.suffix == ".yaml"), key=key)


def _at(file: str, line: int | None) -> str:
    """`file:line`, as messages name a place."""
    return f"{file}:{line}" if line else file


def _figure_value(
    doc: Located, index: int, d: dict, scope: Scope, settings: dict[str, Setting]
) -> tuple[ast.Node, str]:
    """A figure's value as a resolved tree, and as text: one expression, or a switch on a setting
    (`{setting: NAME, cases: {CHOICE: expression or another switch}}`), every case of the setting
    given; in the number case of a setting that takes one, the expression reads it as setting("NAME")."""
    name = d["name"]
    top = ("definitions", index, "value")

    def build(raw: Any, path: tuple, numbers: frozenset[str]) -> tuple[ast.Node, str]:
        line, col = doc.where(path if path != top else top[:2])  # a plain value: the definition's own line
        if isinstance(raw, dict):
            setting_name, cases = raw.get("setting"), raw.get("cases")
            if set(raw) != {"setting", "cases"} or setting_name not in settings or not isinstance(cases, dict):
                raise PolicyError(
                    f"definition {name}: a `value` chosen by a setting is {{setting: a declared setting, cases: ...}}",
                    doc.file,
                    line,
                    col,
                    did_you_mean(str(setting_name), settings) or "declare the setting in settings.yaml",
                )
            setting = settings[setting_name]
            choices = setting.cases()
            if set(map(str, cases)) != set(choices):
                raise PolicyError(
                    f"definition {name}: the cases of `value` must be exactly the choices of {setting_name}:"
                    f" {', '.join(choices)}",
                    doc.file,
                    line,
                    col,
                )
            number_case = setting.number.case if setting.number else None
            built = {
                str(k): build(v, path + ("cases", k), numbers | {setting_name} if k == number_case else numbers)
                for k, v in cases.items()
            }
            node = ast.Switch(
                setting_name,
                tuple((c, built[c][0]) for c in choices),
                setting.default,
                number_case,
                text=name,
            )
            return node, f"{setting_name}: " + "; ".join(f"{c}: {built[c][1]}" for c in choices)
        if isinstance(raw, list):
            raise PolicyError(
                f"definition {name}: `value` is an expression, or {{setting, cases}}", doc.file, line, col
            )
        text = " ".join(str(raw).split())
        try:
            return resolve(parse_expression(text), attrs.evolve(scope, numbers=numbers)), text
        except (ExpressionSyntaxError, ResolveError) as exc:
            raise PolicyError(
                f"definition {name}: {exc.message}", doc.file, line, col, getattr(exc, "fix", None)
            ) from None

    return build(d["value"], top, frozenset())


def _with_reads(rule: Rule, definitions: dict[str, Definition], calendar: CalendarDeclaration | None) -> Rule:
    """The rule with the settings each of its parts reads (engine/expression/periods.settings_read)."""
    from engine.expression.periods import settings_read  # it imports the evaluator, which needs no policy

    def read(*conditions: Condition | SettingSwitch | None) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for c in conditions:
            for one in c.conditions() if isinstance(c, SettingSwitch) else [c] if c is not None else []:
                names.update(dict.fromkeys(settings_read(one.node, definitions, calendar)))
        return tuple(names)

    timing = rule.timing
    parts = {"when": read(rule.when), "applies": read(rule.applies_when)}
    if timing is not None:
        parts.update(ended=read(*(e.when for e in timing.ends)), arisen=read(timing.arises), past=read(timing.due))
    others = read(rule.caused_by, *(e.on for e in timing.ends), timing.breached_on) if timing else read(rule.caused_by)
    every = tuple(dict.fromkeys(n for names in (*parts.values(), others) for n in names))
    return attrs.evolve(rule, part_reads={k: v for k, v in parts.items() if v}, reads=every)


def _numbers_of(settings: dict[str, Setting]) -> dict[str, tuple[str, str] | None]:
    """For resolving `setting("name")`: each setting's number case and unit, or None."""
    return {n: (s.number.case, s.number.unit) if s.number else None for n, s in settings.items()}


def _mark_windowed(definitions: dict[str, Definition], facts: FactCatalog) -> dict[str, Definition]:
    """Which figures read a judgement (directly or through another figure): only those can differ
    with the deadline of the rule that uses them; the others are computed once per evaluation."""

    def reads_judgement(node: ast.Node) -> bool:
        for n in ast.walk(node):
            if isinstance(n, ast.FactRef):
                spec = facts.specs[n.fact]
                if spec.judgement is not None or any(f.judgement is not None for f in spec.fields.values()):
                    return True
        return False

    windowed = {name for name, d in definitions.items() if reads_judgement(d.node)}
    changed = True
    while changed:
        changed = False
        for name, d in definitions.items():
            if name not in windowed and any(isinstance(n, ast.DefRef) and n.name in windowed for n in ast.walk(d.node)):
                windowed.add(name)
                changed = True
    return {name: attrs.evolve(d, windowed=name in windowed) for name, d in definitions.items()}


def _check_cycles(policy: Policy) -> None:
    seen: dict[str, int] = {}

    def visit(rid: str, path: list[str]) -> None:
        state = seen.get(rid)
        if state == 2:
            return
        if state == 1:
            cycle = " -> ".join(path[path.index(rid) :] + [rid])
            rule = policy.rules[rid]
            raise PolicyError(f"rules refer to each other in a circle: {cycle}", rule.file, rule.line)
        seen[rid] = 1
        for dep in policy.rules[rid].depends_on:
            visit(dep, path + [rid])
        seen[rid] = 2

    for rid in policy.rules:
        visit(rid, [])
