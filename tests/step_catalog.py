"""Generate docs/steps.md, the step catalog legal staff write scenarios from, with no Python.

Besides the steps themselves it lists, per deal: every fact and record field with its type, its
description and, for a judgement, whose call it is; every interpretation setting with its choices,
default and what each choice means; and every rule, in article order, with the facts its conditions
read (as the engine computes them, engine/compiler.facts_read) and the steps that set them.

Run `python tests/step_catalog.py` after changing tests/steps.py, a facts.yaml, a settings.yaml or a
rule; a test fails while the committed catalog is out of date.
"""

from __future__ import annotations

import ast as pyast
import inspect
import re
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_feature_coverage import required_statuses  # noqa: E402

import steps  # noqa: E402
from engine.authority import describe, entitled  # noqa: E402
from engine.compiler import facts_read  # noqa: E402
from engine.expression import ast  # noqa: E402
from engine.facts import FactSpec, FieldSpec, Judgement  # noqa: E402
from engine.policy import Condition, Policy, Rule, SettingSwitch, load_policy, policies_root  # noqa: E402
from engine.settings import UNRESOLVED  # noqa: E402
from steps import VOCABULARY, StepDef  # noqa: E402

TARGET = Path(__file__).resolve().parent.parent / "docs" / "steps.md"
WIDTH = 100

# ---------------------------------------------------------------- text


def wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    """Prose as short lines; a `code span` is never broken."""
    spans = re.sub(r"`[^`]*`", lambda m: m[0].replace(" ", "\0"), " ".join(text.split()))
    lines = textwrap.wrap(
        spans,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace("\0", " ") for line in lines]


class Anchors:
    """Heading anchors as GitHub makes them (a repeated one gets -1, -2, …)."""

    def __init__(self) -> None:
        self.used: dict[str, int] = {}

    def __call__(self, heading: str) -> str:
        base = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        n = self.used.get(base, 0)
        self.used[base] = n + 1
        return base if n == 0 else f"{base}-{n}"


def either(names: Iterable[str], word: str = "or") -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


# ---------------------------------------------------------------- what a rule reads


@attrs.define
class Use:
    """How a condition uses one fact: the record keys it names and the record fields it reads."""

    keys: list[str] = attrs.field(factory=list)
    fields: list[str] = attrs.field(factory=list)
    purposes: list[str] = attrs.field(factory=list)  # read only for these (a deadline, an end); none: the outcome

    def add(self, key: str | None = None, field: str | None = None) -> None:
        if key is not None and key not in self.keys:
            self.keys.append(key)
        if field is not None and field not in self.fields:
            self.fields.append(field)


def _children(node: ast.Node) -> Iterator[ast.Node]:
    for value in attrs.astuple(node, recurse=False):
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, tuple):  # Arith.rest: (op, node) pairs
                item = item[1]
            if isinstance(item, ast.Node):
                yield item


def uses(nodes: Iterable[ast.Node], policy: Policy) -> dict[str, Use]:
    """The facts some conditions read, in the order they first appear, with the record keys and
    fields they read, through the named figures they use; the set of facts is the engine's
    (`facts_read`, which the tests compare with this)."""
    out: dict[str, Use] = {}
    seen: set[str] = set()

    def visit(node: ast.Node, bound: dict[str, str]) -> None:
        if isinstance(node, ast.FactRef):
            use = out.setdefault(node.fact, Use())
            key = node.key.value if isinstance(node.key, ast.Literal) and isinstance(node.key.value, str) else None
            use.add(key, node.field or node.project)
        elif isinstance(node, ast.VarField) and node.var in bound:
            out.setdefault(bound[node.var], Use()).add(field=node.field)
        elif isinstance(node, ast.DefRef) and node.name not in seen:
            seen.add(node.name)
            visit(policy.definitions[node.name].node, {})
        if isinstance(node, (ast.Quant, ast.Aggregate)):
            whole = node.collection
            if isinstance(whole, ast.FactRef) and whole.key is None and whole.field is None and whole.project is None:
                bound = {**bound, node.var: whole.fact}
        for child in _children(node):
            visit(child, bound)

    for node in nodes:
        visit(node, {})
    return out


def _cases(condition: Condition | SettingSwitch | None) -> list[ast.Node]:
    if condition is None:
        return []
    return [c.node for c in condition.conditions()] if isinstance(condition, SettingSwitch) else [condition.node]


def rule_conditions(rule: Rule) -> list[tuple[str | None, ast.Node]]:
    """Every condition the engine evaluates for a rule's rows, under every reading of its settings,
    each with what it decides when that is not the outcome itself (a covenant's deadline, its end)."""
    nodes: list[tuple[str | None, ast.Node]] = [
        (None, n) for c in (rule.when, rule.applies_when, rule.caused_by) for n in _cases(c)
    ]
    timing = rule.timing
    if timing is not None:
        nodes += [("its deadline", n) for n in _cases(timing.due)]
        nodes += [("when it arises", n) for n in _cases(timing.arises)]
        nodes += [("the date of a breach", n) for n in _cases(timing.breached_on)]
        nodes += [(f"its end by {end.event}", n) for end in timing.ends for n in _cases(end.when) + _cases(end.on)]
    return nodes


def rule_facts(rule: Rule, policy: Policy) -> dict[str, Use]:
    """The facts a scenario for the rule would set, with their keys and fields: those its conditions
    read, and the date its acts must meet (`satisfied_by`). A fact read only for a covenant's
    deadline or end says so."""
    conditions = rule_conditions(rule)
    found = uses([n for purpose, n in conditions if purpose is None], policy)
    if rule.satisfied_by is not None:
        found.setdefault(rule.satisfied_by.fact, Use())
    for purpose in dict.fromkeys(p for p, _ in conditions if p is not None):
        for name, use in uses([n for p, n in conditions if p == purpose], policy).items():
            known = found.setdefault(name, Use(purposes=[purpose]))
            if known.purposes and purpose not in known.purposes:
                known.purposes.append(purpose)
            for key in use.keys:
                known.add(key)
            for field in use.fields:
                known.add(field=field)
    return found


def engine_facts(rule: Rule, policy: Policy) -> frozenset[str]:
    """The same facts, as the engine's facts_read computes them."""
    read = frozenset().union(*(facts_read(n, policy.definitions) for _, n in rule_conditions(rule)))
    return read | ({rule.satisfied_by.fact} if rule.satisfied_by else frozenset())


# ---------------------------------------------------------------- which steps set which facts


def _step_definitions() -> dict[str, pyast.AST]:
    """The functions and constants of tests/steps.py, by name."""
    out: dict[str, pyast.AST] = {}
    for n in pyast.parse(inspect.getsource(steps)).body:
        if isinstance(n, pyast.FunctionDef):
            out[n.name] = n
        elif isinstance(n, (pyast.Assign, pyast.AnnAssign)):
            for target in n.targets if isinstance(n, pyast.Assign) else [n.target]:
                if isinstance(target, pyast.Name):
                    out[target.id] = n
    return out


def _written_strings(name: str, functions: dict[str, pyast.AST], seen: set[str]) -> set[str]:
    """The strings a step function (and the helpers and constants of tests/steps.py it uses) writes
    with: every string constant but those it only reads with `.get(…)`."""
    if name in seen:
        return set()
    seen.add(name)
    read_only = {
        id(arg)
        for n in pyast.walk(functions[name])
        if isinstance(n, pyast.Call) and isinstance(n.func, pyast.Attribute) and n.func.attr == "get"
        for arg in n.args
    }
    out: set[str] = set()
    for n in pyast.walk(functions[name]):
        if isinstance(n, pyast.Constant) and isinstance(n.value, str) and id(n) not in read_only:
            out.add(n.value)
        elif isinstance(n, pyast.Name) and n.id in functions:
            out |= _written_strings(n.id, functions, seen)
    return out


@attrs.frozen
class Setter:
    """A step that sets facts of its own accord (not one that takes the fact's name)."""

    step: StepDef
    facts: tuple[str, ...]
    fields: frozenset[str]  # record fields it writes, of those facts

    def writes(self, fact: str, fields: Iterable[str]) -> bool:
        """Whether the step writes the fact, and one of these fields of it (any, if none given)."""
        fields = set(fields)
        return fact in self.facts and (not fields or not self.fields or bool(self.fields & fields))


def setters(policy: Policy) -> list[Setter]:
    functions = _step_definitions()
    out = []
    for step in VOCABULARY:
        if step.keyword != "Given" or "(?P<fact>" in step.pattern:
            continue
        words = _written_strings(step.func.__name__, functions, set())
        facts = tuple(n for n in policy.facts.specs if n in words)
        if not facts:
            continue
        names = {f for n in facts for f in policy.facts.specs[n].fields}
        prefixes = [w for w in words if w.endswith("_")]  # an f-string's constant part: acceptable_to_{party}
        fields = {f for f in names if f in words or any(f.startswith(p) for p in prefixes)}
        out.append(Setter(step, facts, frozenset(fields)))
    return out


# ---------------------------------------------------------------- steps with this deal's facts

# The steps that take a fact's name, written with real facts. Each must match its step in
# tests/steps.py (tests/test_step_catalog.py checks every line the catalog writes).
GIVEN_FACT = 'Given the fact "{fact}" is "{value}"'
GIVEN_FACT_FOR = 'Given the fact "{fact}" for "{party}" is "{value}"'
ASSERTED = ' as asserted by "{who}"'
CONFIRMS = 'Given "{who}" confirms "{fact}" is "{value}" on "{date}"'
CONFIRMS_FOR = 'Given "{who}" confirms "{fact}" for "{party}" is "{value}" on "{date}"'
RECORD = 'Given the "{fact}" record "{key}" with:'
FIELD = 'Given the "{field}" of the "{fact}" record "{key}" is "{value}"'
NONE_OF = 'Given there are no "{fact}"'
SETTING = 'Given the setting "{name}" is "{choice}"'
DATE = "2003-03-18"
SAMPLES = {
    "boolean": "true",
    "date": DATE,
    "money": "$1,000,000.00",
    "count": "1,000",
    "ratio": "1/2",
    "text": "…",
    "texts": "…, …",
}


@attrs.frozen
class Examples:
    """Sample values of this deal for the steps that take a fact's name."""

    policy: Policy

    @property
    def party(self) -> str:
        return self.policy.groups[next(iter(self.policy.groups))][0]

    def value(self, type_name: str) -> str:
        if type_name == "party":
            return self.party
        if type_name == "parties":
            return ", ".join(self.policy.groups[next(iter(self.policy.groups))])
        return SAMPLES[type_name]

    def owner(self, spec: FactSpec) -> str | None:
        """The party whose value a per-party fact or a party-keyed record is, in the examples."""
        if spec.per:
            return self.policy.groups[spec.per][0]
        if spec.is_records and spec.fields[spec.key].type == "party":
            return self.policy.groups[spec.one_per][0] if spec.one_per else self.party
        return None

    def key(self, spec: FactSpec) -> str:
        if spec.keys:
            return spec.keys[0]
        key = spec.fields[spec.key]
        return self.owner(spec) or (DATE if key.type == "date" else "the " + key.name.replace("_", " "))

    def who(self, judgement: Judgement, owner: str | None) -> str:
        return entitled(judgement, owner, self.policy.parties)[0]

    def set_fact(self, spec: FactSpec) -> list[str]:
        """The steps that set a fact that is not a list of records, by its name."""
        value, owner = self.value(spec.type), self.owner(spec)
        line = (GIVEN_FACT_FOR if spec.per else GIVEN_FACT).format(fact=spec.name, party=owner, value=value)
        if spec.judgement is None:
            return [line]
        who = self.who(spec.judgement, owner)
        out = [line + ASSERTED.format(who=who)]
        if spec.judgement.rests_on:
            out.append(
                (CONFIRMS_FOR if spec.per else CONFIRMS).format(
                    who=who, fact=spec.name, party=owner, value=value, date=DATE
                )
            )
        return out

    def set_field(self, spec: FactSpec, field: FieldSpec, key: str | None = None) -> str:
        key = key or self.key(spec)
        line = FIELD.format(field=field.name, fact=spec.name, key=key, value=self.value(field.type))
        if field.judgement is not None:
            owner = key if self.owner(spec) else None
            line += ASSERTED.format(who=self.who(field.judgement, owner))
        return line

    def record(self, spec: FactSpec, key: str | None, fields: Iterable[str]) -> list[str]:
        """A record with the fields given: a table for the plain ones, a step each for judgements."""
        key = key or self.key(spec)
        fields = [spec.fields[f] for f in fields if f != spec.key]
        plain = [f for f in fields if f.judgement is None]
        out = [f"- `{RECORD.format(fact=spec.name, key=key)}`"] if plain or not fields else []
        if plain:
            rows = [f"| {f.name} | {self.value(f.type)} |" for f in plain]
            out += ["", "  ```gherkin", "    | field | value |", *[f"    {r}" for r in rows], "  ```", ""]
        out += [f"- `{self.set_field(spec, f, key)}`" for f in fields if f.judgement is not None]
        return out


def step_lines(text: str) -> list[str]:
    """The step lines of a catalog text (each written as "- `Given …`"), for the tests."""
    return re.findall(r"^\s*- `((?:Given|When|Then) [^`]*)`", text, re.M)


# ---------------------------------------------------------------- rendering


def who_asserts(judgement: Judgement, spec: FactSpec) -> str:
    """Whose call a judgement is, in the words of engine/authority.py."""
    if judgement.by != "the_party":
        who = describe(judgement, None)
    elif spec.per:
        who = "the call of the party whose value it is (each for its own)"
    else:
        who = f"the call of the party the record is for (its `{spec.key}`)"
    if judgement.by == "the_party" and judgement.counsel:
        who += ", or counsel acting for it"
    where = judgement.clause()
    text = f"**Judgement:** {who}" + (f"; {where}" if where else "") + "."
    if judgement.rests_on:
        text += (
            f" It rests on {either([f'`{e}`' for e in judgement.rests_on.values()], 'and')}: record it with the"
            " `confirms` step, and it must be confirmed again when one of them changes."
        )
    return text


def render_steps(anchors: Anchors) -> tuple[list[str], list[str]]:
    out = ["## Steps", ""]
    toc = [f"- [Steps](#{anchors('Steps')}): " + ", ".join(f"[{k}](#{anchors(k)})" for k in ("Given", "When", "Then"))]
    for keyword in ("Given", "When", "Then"):
        out += [f"### {keyword}", ""]
        for step in VOCABULARY:
            if step.keyword != keyword:
                continue
            out += [f"- `{step.example}`  ", *wrap(step.explains, "  ")]  # two spaces: a line break
            if step.table:
                out += ["", "  ```gherkin"] + [f"    {line}" for line in step.table.splitlines()] + ["  ```"]
        out.append("")
    return out, toc


def render_facts(policy: Policy, examples: Examples, by_fact: dict[str, list[Setter]], read_by: dict) -> list[str]:
    basis_of: dict[str, list[str]] = {}  # fact -> the judgements whose basis reads it
    for judgement, basis in policy.rests_on.items():
        for fact in sorted(frozenset().union(*(facts_read(n, policy.definitions) for n in basis.values()))):
            basis_of.setdefault(fact, []).append(judgement)
    out: list[str] = []
    for spec in policy.facts.specs.values():
        out += [f"#### `{spec.name}`", ""]
        kind = "a list of records, one per `" + spec.key + "`" if spec.is_records else spec.type
        if spec.many:
            kind = f"a list of records (several may share a `{spec.key}`)"
        if spec.per:
            kind += f", one value per party of `{spec.per}` ({either(policy.groups[spec.per], 'and')})"
        out += wrap(f"*{kind}.* {spec.description}")
        out.append("")
        if spec.judgement is not None:
            out += wrap(who_asserts(spec.judgement, spec), "  ", "- ")
        if spec.keys:
            out += wrap(f"**Records:** {', '.join(f'`{k}`' for k in spec.keys)}.", "  ", "- ")
        if spec.is_records:
            out += ["- **Fields:**"]
            for field in spec.fields.values():
                unit = f" ({field.unit})" if field.unit else ""
                mark = ", the key" if field.name == spec.key else ""
                out += wrap(f"`{field.name}` *{field.type}{unit}{mark}*: {field.description}", "    ", "  - ")
                if field.judgement is not None:
                    out += wrap(who_asserts(field.judgement, spec), "      ", "    - ")
        out += ["- **Set with:**"]
        lines = [f"`{s.step.example}`" for s in by_fact.get(spec.name, [])]
        if spec.is_records:
            lines.append(f"`{RECORD.format(fact=spec.name, key=examples.key(spec))}`")
            lines += [f"`{examples.set_field(spec, f)}`" for f in spec.fields.values() if f.judgement is not None]
            lines.append(f"`{NONE_OF.format(fact=spec.name)}`")
        else:
            lines += [f"`{line}`" for line in examples.set_fact(spec)]
        out += [f"  - {line}" for line in lines]
        rules = read_by.get(spec.name, [])
        out += wrap(f"**Read by:** {rule_refs(rules, policy) or 'no rule'}.", "  ", "- ")
        if spec.name in basis_of:
            judgements = ", ".join(f"`{j}`" for j in basis_of[spec.name])
            out += wrap(f"**A judgement rests on it:** {judgements}.", "  ", "- ")
        out.append("")
    return out


def render_settings(policy: Policy) -> list[str]:
    out: list[str] = []
    for s in policy.settings.values():
        out += [f"#### `{s.name}`", "", *wrap(f"**{s.title}.** {s.question}"), ""]
        if s.quote:
            out += wrap(f"§{s.section}: “{s.quote}”" if s.section else f"“{s.quote}”") + [""]
        rules = [r.id for r in policy.rules.values() if s.name in r.settings_used()]
        out += wrap(
            f"Default: `{s.default}`. Rules that depend on it: {rule_refs(rules, policy) or 'none'}."
            + (f" Catalog: `{s.catalog}`." if s.catalog else "")
        )
        out += ["", "Choices:", ""]
        for choice, means in s.choices.items():
            default = " (the default)" if choice == s.default else ""
            out += wrap(f"`{choice}`{default}: {means}", "  ", "- ")
        if s.number is not None:
            out += wrap(
                f"a whole number of {s.number.unit}, {s.number.minimum} or more (case `{s.number.case}`):"
                f" {s.number.means}",
                "  ",
                "- ",
            )
        out += wrap(
            f"`{UNRESOLVED}`: left open for counsel; every row that depends on it is decided under each"
            " choice, and is unknown where they disagree.",
            "  ",
            "- ",
        )
        other = [c for c in s.choices if c != s.default]
        choice = other[0] if other else str(max(s.number.minimum, 30)) if s.number else s.default
        out += ["", "In a scenario:", "", f"- `{SETTING.format(name=s.name, choice=choice)}`", ""]
    return out


def article_of(rule: Rule) -> str:
    number = re.match(r"\d+", rule.section)
    return number[0] if number else rule.section


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def section_key(section: str) -> tuple:
    """Sections in the agreement's order: 2.3(b) before 2.3(c), 1.1(z) before 1.1(aa), and a
    second-level (ii) before (iv) and (ix), as roman numerals."""
    head = re.match(r"[\d.]*", section)[0]
    numbers = tuple(int(n) for n in head.split(".") if n)
    parts = []
    for level, token in enumerate(re.findall(r"\(([^)]*)\)", section[len(head) :])):
        token = token.lower()
        if level == 1 and token and set(token) <= set(_ROMAN):
            values = [_ROMAN[c] for c in token]
            number = sum(-v if v < max(values[i + 1 :], default=0) else v for i, v in enumerate(values))
            parts.append((0, number, ""))
        else:
            parts.append((1, len(token), token))
    return numbers, tuple(parts)


def render_rule(rule: Rule, policy: Policy, examples: Examples, all_setters: list[Setter]) -> list[str]:
    per = f", one result per party of `{rule.for_each}`" if rule.for_each else ""
    statuses = sorted(s.label for s in required_statuses(rule, policy))
    out = [f"##### `{rule.id}` §{rule.section}", ""]
    out += wrap(f"**{rule.title}.** A {rule.kind}{per}. Scenarios must show it {either(statuses)}.")
    if rule.depends_on:
        out += wrap(f"It turns on the outcome of {rule_refs(rule.depends_on)}.")
    if rule.settings_used():
        out += wrap(f"Settings: {', '.join(f'`{s}`' for s in rule.settings_used())}.")
    facts = rule_facts(rule, policy)
    if not facts:
        return out + ["", "It reads no fact of its own.", ""]
    out += ["", "Facts a scenario for it sets, and the steps that set them:", ""]
    shown: set[str] = set()  # a step that sets two facts is shown under the first
    for name, use in facts.items():
        out += _fact_for_rule(policy.facts.specs[name], use, examples, all_setters, shown)
    return out + [""]


def _fact_for_rule(
    spec: FactSpec, use: Use, examples: Examples, all_setters: list[Setter], shown: set[str]
) -> list[str]:
    judged = " (judgement)" if spec.judgement is not None else ""
    if use.purposes:
        judged += f" (only for {either(use.purposes, 'and')})"
    if not spec.is_records:
        own = [s.step for s in all_setters if s.writes(spec.name, ())]
        lines = [s.example for s in own if s.example not in shown] if own else examples.set_fact(spec)
        shown.update(lines)
        out = wrap(f"`{spec.name}` *{spec.type}*{judged}" + ("" if lines else ": set by a step above"), "  ", "- ")
        return out + [f"  - `{line}`" for line in lines]
    fields = [f for f in use.fields if f in spec.fields]
    marked = [f"`{f}`" + (" (judgement)" if spec.fields[f].judgement else "") for f in fields]
    keys = f" {', '.join(f'`{k}`' for k in use.keys)};" if use.keys else ""
    read = f" fields {', '.join(marked)}" if fields else " which records there are"
    out = wrap(f"`{spec.name}` *records*{judged}:{keys}{read}", "  ", "- ")
    plain = [f for f in fields if f != spec.key]
    own = [s for s in all_setters if s.writes(spec.name, plain)]
    lines: list[str] = []
    for key in use.keys or [None]:
        steps = [with_key(s.step, spec, key) for s in own]
        lines += [f"- `{line}`" for line in steps if line not in shown]
        shown.update(steps)
        left = [f for f in plain if not any(f in s.fields for s in own)]
        if own:  # a field step changes one field of the record those steps made
            lines += [f"- `{examples.set_field(spec, spec.fields[f], key)}`" for f in left]
        else:
            lines += examples.record(spec, key, left)
    if not lines:
        out[-1] += ": set by a step above"
    return out + [f"  {line}" if line else "" for line in lines]


def with_key(step: StepDef, spec: FactSpec, key: str | None) -> str:
    """A step's example, naming the record `key` where the example names another of the fact's
    declared records ("legal_opinion" for "good_standing_delaware")."""
    if key is None or not spec.keys:
        return step.example
    keyword, _, text = step.example.partition(" ")
    m = re.fullmatch(step.pattern, text)
    for group, value in (m.groupdict() if m else {}).items():
        if value in spec.keys:
            start, end = m.span(group)
            return f"{keyword} {text[:start]}{key}{text[end:]}"
    return step.example


def rule_refs(ids: Iterable[str], policy: Policy | None = None) -> str:
    """Rule ids, or for a long list how many and in which articles."""
    ids = list(ids)
    if len(ids) <= 12 or policy is None:
        return ", ".join(f"`{r}`" for r in ids)
    articles = list(dict.fromkeys(article_of(policy.rules[r]) for r in ids))
    return f"{len(ids)} rules, in Article{'s' if len(articles) > 1 else ''} {either(articles, 'and')}"


def render_deal(policy: Policy, anchors: Anchors, all_setters: list[Setter]) -> tuple[list[str], list[str]]:
    examples = Examples(policy)
    by_fact: dict[str, list[Setter]] = {}
    for s in all_setters:
        for fact in s.facts:
            by_fact.setdefault(fact, []).append(s)
    read_by: dict[str, list[str]] = {}
    for rule in policy.rules.values():
        for fact in rule_facts(rule, policy):
            read_by.setdefault(fact, []).append(rule.id)

    title = f"Deal `{policy.id}`"
    toc = [f"- [{title}](#{anchors(title)}): {policy.title}"]
    out = [f"## {title}", "", *wrap(f"{policy.title}. Parties: {', '.join(policy.parties)}."), ""]
    facts_title = f"Facts of `{policy.id}`"
    toc.append(f"  - [Facts](#{anchors(facts_title)})")
    out += [f"### {facts_title}", ""]
    out += wrap(
        "Every fact a deal state may hold, in the order of facts.yaml. A judgement is valid only from the"
        " party whose call the agreement makes it, with `as asserted by`; any other assertion is set aside."
    )
    out += ["", *render_facts(policy, examples, by_fact, read_by)]
    settings_title = f"Settings of `{policy.id}`"
    toc.append(f"  - [Settings](#{anchors(settings_title)})")
    out += [f"### {settings_title}", ""]
    out += wrap("Each ambiguity of the text is a setting with a default; a scenario may choose another reading.")
    out += ["", *render_settings(policy)]
    for agreement in policy.agreements.values():
        rules = [r for r in policy.rules.values() if r.agreement == agreement.id]
        rules_title = f"Rules of `{agreement.id}`"
        toc.append(f"  - [Rules of `{agreement.id}`](#{anchors(rules_title)}): {agreement.title}")
        out += [f"### {rules_title}", ""]
        out += wrap(
            f"The rules of the {agreement.title}, in article order. For each, the facts its conditions"
            " read (under every reading of its settings) and steps that set them, with sample values to"
            " change; `Then` steps name the rule by its id. Its scenarios are under"
            f" `features/{policy.id}/{agreement.id}/article-N/`."
        )
        out.append("")
        articles: dict[str, list[Rule]] = {}
        for rule in sorted(rules, key=lambda r: section_key(r.section)):
            articles.setdefault(article_of(rule), []).append(rule)
        for number in sorted(articles, key=lambda a: (not a.isdigit(), int(a) if a.isdigit() else 0, a)):
            article_title = f"{agreement.id.upper()} Article {number}"
            toc.append(f"    - [Article {number}](#{anchors(article_title)})")
            out += [f"#### {article_title}", ""]
            for rule in articles[number]:
                out += render_rule(rule, policy, examples, all_setters)
    return out, toc


def render() -> str:
    anchors = Anchors()
    head = [
        "# Step catalog",
        "",
        *wrap(
            "Generated by `python tests/step_catalog.py` from `tests/steps.py`, each deal's `facts.yaml`,"
            " `settings.yaml` and rules; do not edit by hand."
        ),
        "",
        *wrap(
            "Write a scenario in a `.feature` file under `features/` with these phrases. Words in quotes are"
            " yours to change. An unknown phrase or fact fails with the file, the line and the nearest match."
            " A fact nobody has stated is unknown, never false and never zero: say so with"
            ' `Given the fact "…" is unknown` or leave it out.'
        ),
        "",
    ]
    body, toc = render_steps(anchors)
    for folder in sorted(policies_root().glob("*")):
        if not (folder / "deal.yaml").is_file():
            continue
        policy = load_policy(folder)
        deal, deal_toc = render_deal(policy, anchors, setters(policy))
        body += deal
        toc += deal_toc
    return "\n".join([*head, "## Contents", "", *toc, "", *body]).rstrip("\n") + "\n"


if __name__ == "__main__":
    TARGET.write_text(render())
    print(f"wrote {TARGET}")
