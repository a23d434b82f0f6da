"""Evaluate a deal state against a deal's policy on durable-rules: the closing checklist.

One Engine loads a policy once and evaluates any number of deal states. Each evaluation runs in
its own short-lived durable-rules sessions, deleted afterwards; nothing of one evaluation is
visible to another.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import weakref
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from engine.compiler import CompiledCondition, CompiledPolicy, compile_policy, encode_pair
from engine.dealstate import DealState, load_deal_state, read_deal_id
from engine.durable_host import RulesHost, default_host
from engine.errors import DealStateError, EngineError, PolicyError, UsageError, api_boundary, need_date, need_path
from engine.explain import Explainer, join_parts
from engine.expression import ast
from engine.expression.compiled import Context
from engine.expression.evaluate import (
    SETTINGS,
    WINDOW,
    EvaluationProblem,
    Evaluator,
    Step,
    all_reads,
    comparable,
    missing_facts,
)
from engine.factbase import UNKNOWN, Window
from engine.outcomes import fired_status, outcome
from engine.policy import Condition, Policy, Rule, load_policy
from engine.portfolio import DealOutcome, check_many
from engine.readings import (
    ReadingsStep,
    every_reading,
    explain_readings,
    note_unresolved,
    unresolved_for,
    unresolved_read,
)
from engine.reasons import Words, plain_reason
from engine.results import Checklist, Details, Result, Status, Timing, WaiverUsed
from engine.settings import UNRESOLVED, for_compiling
from engine.staleness import stale_judgements
from engine.values import format_money
from engine.waivers import RowWaiver, rows_of, waivers_by_row

_NO_WAIVER = RowWaiver()
_FIX_EXPRESSION = "correct the rule's condition, or a figure it uses, in its rules file"
_NOTHING: frozenset[str] = frozenset()  # no rule fired for the row


@attrs.frozen
class _FigureRef:
    """A figure a rule shows beside its condition (rule `shows:`)."""

    name: str
    party: str | None = None

    @property
    def node(self) -> ast.Node:
        key = ast.PartyLit(self.party, text=self.party) if self.party else None
        return ast.DefRef(self.name, key, text=self.name)


class Engine:
    """Load a deal's policy once; check many deal states. Thread-safe.

    Its compiled rulesets live in C memory inside durable-rules: close() frees them (or use `with`);
    an engine dropped without close() frees them once garbage-collected, and any left at
    interpreter exit are freed then. Every method raises DealcheckError and nothing else: a bad
    argument is a UsageError, a bug an InternalError (the original exception is its __cause__)."""

    def __init__(self, policy: Policy, host: RulesHost | None = None, max_rules_per_ruleset: int | None = None):
        if not isinstance(policy, Policy):
            raise UsageError(
                f"Engine takes a Policy, not {type(policy).__name__}",
                fix="use Engine.for_deal(deal_id) or Engine.for_policy_dir(folder)",
            )
        if host is not None and not isinstance(host, RulesHost):
            raise UsageError(f"host must be a RulesHost, not {type(host).__name__}")
        if max_rules_per_ruleset is not None and (
            not isinstance(max_rules_per_ruleset, int)
            or isinstance(max_rules_per_ruleset, bool)
            or max_rules_per_ruleset < 1
        ):
            raise UsageError(f"max_rules_per_ruleset must be a positive int, not {max_rules_per_ruleset!r}")
        self.policy = policy
        self._host = host or default_host()
        self._max_rules = max_rules_per_ruleset
        self._compiled: dict[tuple, tuple[CompiledPolicy, tuple[str, ...]]] = {}
        self._lock = threading.Lock()
        self._explainer = Explainer(policy)
        self._words = Words(policy)
        self.stages = policy.stages()  # rules in the order their conditions refer to each other
        self.folder = str(policy.root.resolve())  # where the policy was loaded from, as results say
        self.calendars = policy.calendars()  # the deal's calendar, for deadlines
        # Every ruleset this engine registered and has not deleted. The finalizer holds this list,
        # not the engine: when the engine is collected, the host deletes what is left in it.
        self._names: list[str] = []
        self._finalizer = weakref.finalize(self, self._host.release_later, self._names)
        self._finalizer.atexit = False  # at exit the host frees every ruleset itself

    @classmethod
    @api_boundary
    def for_deal(cls, deal: str, policies: str | os.PathLike | None = None) -> Engine:
        """An engine for a deal id (lower-case letters, digits, hyphens), loaded from
        `<policies>/<deal>`: `policies` if given, else $DEALCHECK_POLICIES, else policies/.
        The id is never read as a path; to load a policy folder, use for_policy_dir."""
        if not isinstance(deal, str):
            raise UsageError(
                f"Engine.for_deal takes a deal id (a str), not {type(deal).__name__}",
                fix="to load a policy folder, use Engine.for_policy_dir(folder)",
            )
        if policies is not None:
            need_path(policies, "policies")
        return cls(load_policy(deal, root=policies))

    @classmethod
    @api_boundary
    def for_policy_dir(cls, folder: str | os.PathLike) -> Engine:
        """An engine for the policy in `folder` (holding deal.yaml), wherever it is."""
        return cls(load_policy(folder=need_path(folder, "folder")))

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Delete this engine's rulesets from durable-rules now. The engine may be used again."""
        with self._lock:
            names = list(self._names)
            self._names.clear()
            self._compiled.clear()
        for name in names:
            self._host.unregister(name)

    def check_many(
        self,
        sources: Iterable[str | os.PathLike],
        workers: int = 1,
        as_of: dt.date | None = None,
        explain: bool = False,
        cluster: Any = None,
    ) -> list[DealOutcome]:
        """Check many deal-state files, in input order, on `workers` processes (one engine each), or
        on a Dask cluster (`cluster`: a dask.distributed Client or a scheduler address; the `dask`
        extra). A bad deal state fails alone, with its one-line error; it never stops the rest."""
        if as_of is not None:
            need_date(as_of, "as_of")
        return check_many(
            sources,
            workers=workers,
            as_of=as_of,
            policies=self.policy.root.parent,
            explain=explain,
            engine=self,
            cluster=cluster,
        )

    @api_boundary
    def load_state(self, path: str | os.PathLike) -> DealState:
        """Read and validate a deal-state file (YAML or JSON) for this engine's deal."""
        path = check_state_path(path)
        deal, doc = read_deal_id(path)
        return self._state_of(path, deal, doc)

    def _state_of(self, path: str | os.PathLike, deal: str, doc: Any) -> DealState:
        if deal != self.policy.id:
            raise DealStateError(
                f"this deal state is for {deal!r}, but the engine holds {self.policy.id!r}",
                doc.file,
                doc.where(("deal",))[0] or 1,
            )
        return load_deal_state(path, self.policy, doc)

    def compiled(self, settings: dict[str, str]) -> tuple[CompiledPolicy, tuple[str, ...]]:
        key = tuple(sorted(settings.items()))
        with self._lock:
            if key not in self._compiled:
                kwargs = {"max_rules": self._max_rules} if self._max_rules else {}
                compiled = compile_policy(self.policy, settings, **kwargs)
                names: list[str] = []
                try:
                    for i, rs in enumerate(compiled.rulesets):
                        names.append(self._host.register(f"{compiled.label}#{i}", rs))
                finally:
                    self._names.extend(names)  # whatever registered is freed with the engine
                self._compiled[key] = (compiled, tuple(names))
            return self._compiled[key]

    @api_boundary
    def check(self, state: DealState, as_of: dt.date | None = None) -> Checklist:
        """The checklist as of `as_of` (or the deal state's own as_of). Never the clock."""
        return self._run(state, as_of).go()

    @api_boundary
    def deadlines(self, state: DealState, as_of: dt.date | None = None) -> list:
        """Every date the policy names (its date-valued figures), in date order, each with its
        working, as of `as_of` (or the deal state's own as_of): `dealcheck calendar`."""
        from engine.deadlines import deadlines_of

        run = self._run(state, as_of)
        run.go()  # a figure may read a rule's status
        return deadlines_of(run)

    def _run(self, state: DealState, as_of: dt.date | None) -> _Run:
        if not isinstance(state, DealState):
            raise UsageError(f"check takes a DealState, not {type(state).__name__}", fix="pass engine.load_state(path)")
        if state.deal != self.policy.id:
            raise UsageError(f"this deal state is for {state.deal!r}, but the engine holds {self.policy.id!r}")
        if as_of is not None:
            need_date(as_of, "as_of")
        as_of = as_of or state.as_of
        if as_of is None:
            raise DealStateError(
                "no as-of date: dealcheck never uses today's date",
                state.file,
                1,
                fix="add `as_of: YYYY-MM-DD` to the deal state or pass --as-of",
            )
        settings = {**self.policy.default_settings(), **state.settings}
        compiled, names = self.compiled(for_compiling(self.policy, settings))  # unresolved: the default
        return _Run(self, compiled, names, state, as_of, settings)


def check_state_path(path: Any) -> str | os.PathLike:
    """A deal-state path argument: text (not bytes), naming a file that exists."""
    need_path(path, "the deal-state path")
    shown = os.fspath(path)
    if not os.path.exists(path):
        raise DealStateError("file not found", file=shown, fix="check the path")
    if os.path.isdir(path):
        raise DealStateError("this is a folder, not a deal-state file", file=shown, fix="give the deal-state file")
    return path


class _Run:
    """One evaluation: its sessions, its statuses, its results. Never shared."""

    def __init__(self, engine, compiled, names, state, as_of, settings) -> None:
        self.engine: Engine = engine
        self.policy: Policy = engine.policy
        self.compiled: CompiledPolicy = compiled
        self.names: tuple[str, ...] = names
        self.state: DealState = state
        self.as_of: dt.date = as_of
        self.settings: dict[str, str] = settings
        self.facts = attrs.evolve(state.facts, as_of=as_of)
        self._windows: dict[str, Window] = {}
        self._envs: dict[tuple[str | None, str | None], dict[str, Any]] = {}
        self._settings_of: dict[str, dict[str, Any]] = {}  # per rule: the settings it used
        self._source_of: dict[str, str] = {}  # per rule: the condition's text under these settings
        self._unresolved_of: dict[str, tuple[list[str], list[str]]] = {}  # per rule: see _open
        self.waivers: dict[tuple[str, str | None], RowWaiver] = waivers_by_row(
            self.policy, state, settings, as_of, self.deadline_of
        )
        self.statuses: dict[tuple[str, str | None], Status] = {}
        self._shared: dict[tuple[str, str], Any] = {}  # party-independent steps and explanations
        self.results: dict[tuple[str, str | None], Result] = {}
        calendars = self.engine.calendars
        stale = Evaluator(self.facts, self.policy.facts, self.policy.groups, None, self.policy.definitions, calendars)
        self.facts = attrs.evolve(self.facts, stale=stale_judgements(self.policy, self.facts, stale, state.file))
        self.evaluator = Evaluator(
            self.facts, self.policy.facts, self.policy.groups, self.status_of, self.policy.definitions, calendars
        )
        self.at_risk = self._may_be_set_aside()
        self.context = Context(self.facts, self.policy.facts, self.policy.groups, self._status_value)

    def _row_key(self, rule_id: str, party: str | None) -> tuple[str, str | None]:
        """The row satisfied(rule) reads: the party's own, or the deal's when the rule has one result
        (a per-party covenant ended by a Qualified Public Offering reads the deal's spa.1.1.aa)."""
        return (rule_id, party) if (rule_id, party) in self.statuses else (rule_id, None)

    def _status_value(self, rule_id: str, party: str | None) -> Any:
        """satisfied(rule) for compiled conditions: the row's truth value, with no explanation built."""
        value = self.statuses[self._row_key(rule_id, party)].satisfied
        return UNKNOWN if value is None else value

    def _may_be_set_aside(self) -> frozenset[str]:
        """The facts whose assertions may be set aside at all (wrong party, stale, late, undated past
        the deadline): rows reading any of them are evaluated with the trace, which names them."""
        found: set[str] = set()
        for name, _ in self.facts.stale:
            found.update(_fact_names(name))
        # every window a read may be assessed against: none, or a rule's deadline (satisfied_by)
        windows = [None, *{id(w): w for w in map(self.window_of, self.policy.rules.values()) if w}.values()]
        for key, prov in self.facts.provenance.items():
            for window in windows:
                problem = self.facts.problem(prov, key, window)  # as FactBase.assessed reads it
                if problem is not None and problem[0] != "later":  # a later assertion is hidden, not set aside
                    found.update(_fact_names(key[0]))
                    break
        return frozenset(found)

    def _reads_at_risk(self, crule) -> bool:
        if not self.at_risk:
            return False
        reads = crule.when.facts_read | (crule.applies.facts_read if crule.applies else frozenset())
        return not self.at_risk.isdisjoint(reads)

    def window_of(self, rule: Rule) -> Window | None:
        """The date acts under the rule must meet (its satisfied_by), as reads are assessed against it."""
        sb = rule.satisfied_by
        if sb is None:
            return None
        if sb.fact not in self._windows:
            self._windows[sb.fact] = Window(self.facts.read_plain(sb.fact).value, sb.fact, sb.quote)
        return self._windows[sb.fact]

    def deadline_of(self, rule: Rule) -> Any:
        """The date every act under the rule must meet ("on or prior to the Closing Date"), if any."""
        if rule.satisfied_by is None:
            return None
        return self.facts.read_plain(rule.satisfied_by.fact).value

    def status_of(self, rule_id: str, party: str | None) -> tuple[Any, str, tuple[str, ...]]:
        key = self._row_key(rule_id, party)
        status = self.statuses[key]
        value = status.satisfied
        missing = self.results[key].missing if status is Status.UNKNOWN else ()
        return (UNKNOWN if value is None else value), status.label, missing

    def go(self) -> Checklist:
        """Every row, stage by stage (a rule after the rules its condition refers to): the compiled
        conditions give each row's fields, durable-rules decides, and the compiled value checks it.
        A row is evaluated with the trace instead when the trace itself decides something: an
        assertion that may be set aside (the row names it), or an unresolved setting choosing its
        condition (every reading). A row that only reads an unresolved setting (through a figure it
        chooses) is decided reading by reading only when it is unknown without (engine/readings.py)."""
        host = self.engine._host
        with contextlib.ExitStack() as stack:
            sessions = [stack.enter_context(host.session(n)) for n in self.names]
            counter = 0
            unresolved = UNRESOLVED in self.settings.values()
            for stage in self.engine.stages:
                pending = []
                batches: list[list[dict[str, Any]]] = [[] for _ in sessions]
                for rule_id in stage:
                    crule = self.compiled.rules[rule_id]
                    traced = self._reads_at_risk(crule) or (unresolved and bool(self._open(crule.rule)[0]))
                    for party in rows_of(crule.rule, self.policy):
                        counter += 1
                        fact_id = f"f{counter}"
                        fact, row = self._row(crule, party, fact_id, traced)
                        batches[crule.ruleset_index].append(fact)
                        pending.append(row)
                for session, batch in zip(sessions, batches, strict=True):
                    session.assert_facts(batch)
                for row in pending:
                    crule, party = row.crule, row.party
                    fired = sessions[crule.ruleset_index].fired().get(row.fact_id, _NOTHING)
                    status = self.decide(crule.rule, party, fired, row.values)
                    steps = row.steps
                    when_step = None
                    if unresolved:  # a row depends on unresolved settings only when some are
                        chooses, reads = self._open(crule.rule)
                        names = chooses + [n for n in reads if n not in chooses]
                        if names and (chooses or status is Status.UNKNOWN):
                            steps = steps if steps is not None else self.steps(crule, party)
                            status, when_step = every_reading(self, crule, party, status, steps, names)
                            steps = {**steps, "when": when_step}
                    self.record(crule, party, status, steps)
                    if unresolved:
                        note_unresolved(self, crule.rule, party, when_step, self._open(crule.rule)[1])
        return self.checklist()

    def _open(self, rule: Rule) -> tuple[list[str], list[str]]:
        """The unresolved settings choosing the rule's condition, and those its parts read."""
        if rule.id not in self._unresolved_of:
            self._unresolved_of[rule.id] = (unresolved_for(self, rule), unresolved_read(self, rule))
        return self._unresolved_of[rule.id]

    def _row(self, crule, party: str | None, fact_id: str, traced: bool) -> tuple[dict[str, Any], _Row]:
        """The fact durable-rules decides the row on, and the row's values (and trace, if traced)."""
        env = {"party": party} if party else {}
        fact = {"id": fact_id, "kind": crule.rule.id}
        values: dict[str, Any] = {}
        if traced:
            steps = self.steps(crule, party)
            for name, cond in crule.parts().items():
                fact.update(self.encode(crule.rule, cond, steps[name]))
                values[name] = steps[name].value
            return fact, _Row(crule, party, fact_id, values, steps)
        for name, cond in crule.parts().items():
            values[name], fields = self.values(crule.rule, cond, env)
            fact.update(fields)
        return fact, _Row(crule, party, fact_id, values, None)

    def steps(self, crule, party: str | None) -> dict[str, Step]:
        """A row's trace, part by part (when, applies, ended, arisen, past), built when an explanation asks."""
        env = {"party": party} if party else {}
        return {name: self.evaluate(crule.rule, cond, env) for name, cond in crule.parts().items()}

    def values(self, rule: Rule, cond: CompiledCondition, env: dict) -> tuple[Any, dict[str, Any]]:
        """A condition's value and durable fields from its compiled callable (no trace)."""
        if cond.depends_on_party:
            return self._values(rule, cond, env)
        key = ("values", rule.id, cond.condition.source)
        if key not in self._shared:
            self._shared[key] = self._values(rule, cond, {})
        return self._shared[key]

    def _env(self, rule: Rule, party: str | None) -> dict[str, Any]:
        """The environment compiled conditions read for a row: one per party and deadline, never
        changed by its readers."""
        fact = rule.satisfied_by.fact if rule.satisfied_by is not None else None
        key = (party, fact)
        if key not in self._envs:
            self._envs[key] = {**({"party": party} if party else {}), SETTINGS: self.settings}
            if fact is not None:
                self._envs[key][WINDOW] = self.window_of(rule)
        return self._envs[key]

    def _values(self, rule: Rule, cond: CompiledCondition, env: dict) -> tuple[Any, dict[str, Any]]:
        env = self._env(rule, env.get("party"))
        try:
            return cond.values(self.context, env)
        except EvaluationProblem as exc:
            self._evaluate(rule, cond, env)  # the reference evaluation names the problem as the trace sees it
            raise PolicyError(f"rule {rule.id}: {exc}", rule.file, rule.line, fix=_FIX_EXPRESSION) from None

    def evaluate(self, rule: Rule, cond: CompiledCondition | None, env: dict) -> Step:
        if cond is not None and not cond.depends_on_party:
            return self._once((rule.id, cond.condition.source), lambda: self._evaluate(rule, cond, {}))
        return self._evaluate(rule, cond, env)

    def _once(self, key: tuple[str, str], compute):
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]

    def _evaluate(self, rule: Rule, cond: Any, env: dict, settings: dict[str, Any] | None = None) -> Step:
        """One condition (or node) of a rule for one row: with the rule's deadline, under these settings
        (the run's, or one reading of an unresolved setting)."""
        if rule.satisfied_by is not None:
            env = {**env, WINDOW: self.window_of(rule)}
        node = (
            cond
            if isinstance(cond, ast.Node)
            else (cond.node if isinstance(cond, (_FigureRef, Condition)) else cond.condition.node)
        )
        env = {**env, SETTINGS: self.settings if settings is None else settings}  # setting("name") reads it
        try:
            return self.evaluator.evaluate(node, env)
        except EvaluationProblem as exc:
            raise PolicyError(f"rule {rule.id}: {exc}", rule.file, rule.line, fix=_FIX_EXPRESSION) from None

    def encode(self, rule: Rule, cond: CompiledCondition, step: Step) -> dict[str, Any]:
        """The fields durable-rules tests: one per boolean atom, two per comparison; none if unknown."""
        wanted = {id(a.node): a for a in cond.atoms}
        found: dict[int, Step] = {}
        stack = [step]
        while stack:
            s = stack.pop()
            if id(s.node) in wanted:
                found[id(s.node)] = s
                continue
            if isinstance(s.node, (ast.And, ast.Or, ast.Not)):
                stack.extend(s.children)
        fields: dict[str, Any] = {}
        for key, atom in wanted.items():
            s = found[key]
            if s.value is UNKNOWN:
                continue
            if atom.is_comparison:
                left, right = s.children
                lv = left.value if left.value is not UNKNOWN else left.lower  # decided by a known lower bound
                rv = right.value if right.value is not UNKNOWN else right.lower
                a, b = comparable(lv, rv, atom.node.op)  # type: ignore[attr-defined]
                fl, fr = atom.fields
                fields[fl], fields[fr] = encode_pair(a, b)
            else:
                fields[atom.fields[0]] = bool(s.value)
        return fields

    def decide(self, rule: Rule, party, fired: set[str] | frozenset[str], values: dict[str, Any]) -> Status:
        """durable-rules' outcome for the row, checked against the value computed in Python."""
        engine_status = fired_status(rule.id, party, fired) or Status.UNKNOWN
        reference = outcome(rule, values)
        if engine_status is not reference:
            raise EngineError(
                f"durable-rules says {rule.id} is {engine_status.label} for {party or 'the deal'},"
                f" the reference evaluation says {reference.label}; result withheld"
            )
        return engine_status

    def record(self, crule, party, status: Status, traced: dict[str, Step] | None) -> None:
        """The row's result. Its trace (`traced`, or built by steps() when an explanation asks) is
        needed only for set-aside assertions and explanations."""
        rule = crule.rule
        shared = not any(c.depends_on_party for c in crule.parts().values())
        steps = (lambda: traced) if traced is not None else (lambda: self.steps(crule, party))
        key = (rule.id, party)
        row_waiver = self.waivers.get(key, _NO_WAIVER)
        waiver = row_waiver.effective
        underlying = status
        open_status = status.open
        if open_status and waiver is not None:
            status = Status.WAIVED
        elif open_status and row_waiver.pending:
            status = Status.UNKNOWN
        asserted = (
            tuple(dict.fromkeys(r.set_aside for st in steps().values() if st for r in all_reads(st) if r.set_aside))
            if traced is not None and self.at_risk
            else ()
        )
        set_aside = row_waiver.set_aside + asserted if asserted else row_waiver.set_aside
        if set_aside:  # rare: each in words once, for the row's reason and the checklist's list
            words = self.engine._words
            set_aside = tuple(
                attrs.evolve(
                    s,
                    plain=(f"§{rule.section} {rule.title}: " if s.kind == "waiver" else "")
                    + words.set_aside(s, clause=False),
                )
                for s in set_aside
            )
        caused_by = self.caused_by(rule, party) if underlying in (Status.NOT_MET, Status.BREACHED) else ()
        notes = row_waiver.notes + tuple(s.text() for s in set_aside) if set_aside else row_waiver.notes
        if caused_by:
            notes = (f"failure caused by {party} itself: it is not released by its own default",) + notes
        timing = self.timing(crule, party, underlying) if rule.timing is not None else None

        row_steps: dict[str, Step] = {}

        def row_trace() -> dict[str, Step]:
            """The row's trace, built once for the row (once for the rule when no part reads the party)."""
            if not row_steps:
                row_steps.update(self._once(("steps", rule.id), steps) if shared else steps())
            return row_steps

        def explained() -> Details:
            """The row's why, built on first use: identical whenever it is asked for."""
            explain = lambda: self.explain(underlying, row_trace(), None if shared else party, rule, timing)  # noqa: E731
            if shared:
                reason, missing, facts, working = self._once((rule.id, underlying.value), explain)
            else:
                reason, missing, facts, working = explain()
            if status is Status.WAIVED:
                assert waiver is not None
                when = f" on {waiver.dated.isoformat()}" if waiver.dated else ""
                reason = f"waived in writing by {', '.join(waiver.by)}{when} (otherwise {reason})"
            elif status is Status.UNKNOWN and underlying is not Status.UNKNOWN:
                reason = f"unknown: {'; '.join(row_waiver.pending)} (otherwise {reason})"
                missing = ("waiver date",)
            elif open_status and row_waiver.pending:
                reason += " (" + "; ".join(row_waiver.pending) + ")"
            if notes and status is not Status.WAIVED:
                reason += " (" + "; ".join(notes) + ")"
            when_step = row_trace()["when"]
            plain = plain_reason(
                rule=rule,
                party=party,
                status=status,
                underlying=underlying,
                words=self.engine._words,
                evaluate=lambda cond: self.say_value(rule, cond, party),
                timing=timing,
                chosen=self.settings,
                missing=missing,
                readings=when_step if isinstance(when_step, ReadingsStep) else None,
                waiver=waiver,
                pending=row_waiver.pending,
                notes=row_waiver.notes,
                set_aside=set_aside,
                caused_by=caused_by,
            )
            return Details(plain, missing if status is Status.UNKNOWN else (), facts, working, reason)

        self.statuses[key] = status
        self.results[key] = Result(
            rule=rule.id,
            agreement=rule.agreement,
            section=rule.section,
            title=rule.title,
            party=party,
            status=status,
            settings=self._rule_settings(rule),
            condition=self._condition_source(rule),
            quote=rule.quote,
            waiver=WaiverUsed(waiver.by, waiver.dated, waiver.note) if status is Status.WAIVED and waiver else None,
            notes=notes,
            set_aside=set_aside,
            caused_by=caused_by,
            timing=timing,
            kind=rule.kind,
            explained=explained,
        )

    def say_value(self, rule: Rule, cond: Condition, party: str | None) -> Any:
        """A value a rule's reason shows (or an `if:` of it): compiled, like the rule's own conditions,
        else by the reference evaluator."""
        fn = self.compiled.words_fn(cond.node)
        if fn is not None:
            try:
                return fn(self.context, self._env(rule, party))[0]
            except EvaluationProblem:
                pass
        return self._evaluate(rule, cond, {"party": party} if party else {}).value

    def timing(self, crule, party: str | None, status: Status) -> Timing:
        """A covenant's deadline, date of breach, the date it arises and the event that ended it."""
        rule, env = crule.rule, self._env(crule.rule, party)

        def date_of(fn, what: str) -> dt.date | None:
            if fn is None:
                return None
            value = fn(self.context, env)[0]
            if value is UNKNOWN:
                return None
            if not isinstance(value, dt.date):
                raise PolicyError(f"rule {rule.id}: `{what}` must be a date, not {value!r}", rule.file, rule.line)
            return value

        deadline = date_of(crule.due, "due")
        arises = date_of(crule.arises, "arises")
        breached_on = ended_by = ended_on = None
        if status is Status.BREACHED:
            breached_on = self._breach_date(crule, env, deadline)
        if status is Status.ENDED:
            timing = rule.timing
            assert timing is not None
            for end, (happened, on) in zip(timing.ends, crule.ends, strict=True):
                if happened(self.context, env)[0] is True:
                    ended_by, ended_on = f"{end.event} (§{end.section})", date_of(on, "on")
                    break
            # a breach before the end stays a breach on the record: the date shows it
            values = {name: self.values(rule, cond, env)[0] for name, cond in crule.parts().items()}
            if ended_on is not None and outcome(rule, {**values, "ended": False}) is Status.BREACHED:
                before = self._breach_date(crule, env, deadline)
                breached_on = before if before is not None and before <= ended_on else None
        return Timing(deadline, breached_on, arises, ended_by, ended_on)

    def _breach_date(self, crule, env: dict, deadline: dt.date | None) -> dt.date | None:
        """The rule's `breached_on`, else the first day past its deadline."""
        if crule.breached_on is not None:
            value = crule.breached_on(self.context, env)[0]
            if value is UNKNOWN:
                return None
            if not isinstance(value, dt.date):
                rule = crule.rule
                raise PolicyError(f"rule {rule.id}: `breached_on` must be a date, not {value!r}", rule.file, rule.line)
            return value
        return deadline + dt.timedelta(days=1) if deadline is not None else None

    def _rule_settings(self, rule: Rule) -> dict[str, Any]:
        if rule.id not in self._settings_of:
            self._settings_of[rule.id] = {name: self.settings[name] for name in rule.settings_used()}
        return self._settings_of[rule.id]

    def _condition_source(self, rule: Rule) -> str:
        if rule.id not in self._source_of:
            self._source_of[rule.id] = rule.condition(self.settings).source
        return self._source_of[rule.id]

    def caused_by(self, rule: Rule, party: str | None) -> tuple[str, ...]:
        """The row's own party, when its own act or default fails the rule (`caused_by` in the rule)."""
        if rule.caused_by is None or party is None:
            return ()
        step = self._evaluate(rule, rule.caused_by, {"party": party})
        return (party,) if step.value is True else ()

    def explain(
        self,
        status: Status,
        steps: dict[str, Step],
        party: str | None,
        rule: Rule | None = None,
        timing: Timing | None = None,
    ) -> tuple:
        """Reason, missing facts, facts consulted and working for one evaluated row (its parts' steps)."""
        when_step, applies_step = steps["when"], steps.get("applies")
        if isinstance(when_step, ReadingsStep):  # decided under every reading of an unresolved setting
            return explain_readings(self, status, steps, party, timing)
        ex = self.engine._explainer.for_party(party)
        missing: tuple[str, ...] = ()
        timing = timing or Timing()
        deadline = f" (the deadline was {timing.deadline.isoformat()})" if timing.deadline else ""
        if status is Status.MET:
            reason = "met: " + join_parts(ex.why_true(when_step))
        elif status is Status.NOT_MET:
            reason = "not met: " + join_parts(ex.why_false(when_step))
        elif status is Status.NOT_APPLICABLE:
            reason = "not applicable: " + join_parts(ex.why_false(applies_step))  # type: ignore[arg-type]
        elif status is Status.COMPLIED:
            reason = "complied: " + join_parts(ex.why_true(when_step))
        elif status is Status.BREACHED:
            on = f" on {timing.breached_on.isoformat()}" if timing.breached_on else ""
            reason = f"breached{on}: " + join_parts(ex.why_false(when_step)) + deadline
        elif status is Status.DUE:
            by = f" by {timing.deadline.isoformat()}" if timing.deadline else ""
            reason = f"due{by}: not yet done: " + join_parts(ex.why_false(when_step))
        elif status is Status.NOT_YET_DUE:
            arises = f": it arises on {timing.arises.isoformat()}" if timing.arises else ""
            reason = f"not yet due{arises}"
        elif status is Status.ENDED:
            on = f" on {timing.ended_on.isoformat()}" if timing.ended_on else ""
            reason = f"ended by {timing.ended_by}{on}: " + join_parts(ex.why_true(steps["ended"]))
            if timing.breached_on:
                reason += f" (it was breached on {timing.breached_on.isoformat()}, before it ended{deadline})"
        else:
            missing = tuple(dict.fromkeys(m for step in steps.values() for m in missing_facts(step)))
            reason = "unknown: needs " + ", ".join(missing)
        read = self._open(rule)[1] if rule is not None and UNRESOLVED in self.settings.values() else []
        if read and status is not Status.UNKNOWN:  # decided without them: the same under every reading
            reason += f" (the same under every reading of {', '.join(read)})"
        shown = [
            self._evaluate(rule, _FigureRef(name, party if self.policy.definitions[name].for_each else None), {})
            for name in (rule.shows if rule else ())
        ]
        order = [steps[name] for name in ("when", "past", "arisen", "ended") if name in steps]
        workings = [w for step in order + shown for w in ex.workings(step)]
        consulted = ex.facts_used(applies_step, *order)
        return reason, missing, consulted, tuple(dict.fromkeys(workings))

    def checklist(self) -> Checklist:
        results = tuple(
            self.results[(rid, p)] for rid in self.policy.rules for p in rows_of(self.policy.rules[rid], self.policy)
        )
        gates = [r for r in results if r.rule in self.policy.closing]
        ready = bool(gates) and all(r.status is Status.MET for r in gates)
        set_aside = tuple(dict.fromkeys(s for r in results for s in r.set_aside))
        several = self.policy.several
        could_close = (
            tuple(r.party for r in results if r.rule == several.gate and r.status is Status.MET and r.party)
            if several
            else ()
        )
        verdict = self.verdict(gates, ready)
        if several is not None and not ready:
            verdict += "; " + self.several_text(could_close)
        return Checklist(
            policy_folder=self.engine.folder,
            deal=self.policy.id,
            title=self.policy.title,
            as_of=self.as_of,
            ready=ready,
            verdict=verdict,
            results=results,
            settings=dict(self.settings),
            policy_fingerprint=self.policy.fingerprint,
            set_aside=set_aside,
            could_close=could_close,
            questions={
                name: " ".join(self.policy.settings[name].question.split())
                for name, value in self.settings.items()
                if value == UNRESOLVED
            },
            compliance=compliance_of(results, self.as_of),
        )

    def several_text(self, could_close: tuple[str, ...]) -> str:
        """§2.2 several obligations: who could close on its own conditions now, and what they invest."""
        several = self.policy.several
        assert several is not None
        head = f"severally (§{several.section}): "
        if not could_close:
            return head + "no Investor's own conditions are all met or waived yet"
        text = head + f"{', '.join(could_close)} could close now"
        if several.figure is None or several.amount is None:
            return text
        total = Decimal(0)
        for party in could_close:
            step = self.evaluator.evaluate(
                ast.DefRef(several.figure, ast.PartyLit(party, text=party), text=several.figure), {}
            )
            if step.value is UNKNOWN:
                return text + f"; whether they alone reach {format_money(several.amount)} is unknown"
            total += Decimal(step.value)  # money figures are exact Decimals
        where = f" (§{several.amount_section})" if several.amount_section else ""
        minimum = format_money(several.amount)
        if total >= several.amount:
            return text + f", and alone invest {format_money(total)}, which reaches the {minimum} minimum{where}"
        return text + f", but alone invest {format_money(total)}, short of the {minimum} minimum{where}"

    def verdict(self, gates: list[Result], ready: bool) -> str:
        if not gates:
            return "closing ready: unknown (the policy names no closing gates)"
        if ready:
            parties = ", ".join(str(g.party) for g in gates)
            return f"closing ready: yes, every condition is met or waived for {parties}"
        parts = []
        for gate in gates:
            if gate.status is Status.MET:
                continue
            deps = self.policy.rules[gate.rule].depends_on
            outstanding = [
                self.policy.rules[d].section
                for d in deps
                if self.statuses[(d, gate.party)] in (Status.NOT_MET, Status.UNKNOWN)
            ]
            unknown = sum(1 for d in deps if self.statuses[(d, gate.party)] is Status.UNKNOWN)
            own = [self.policy.rules[d].section for d in deps if gate.party in self.results[(d, gate.party)].caused_by]
            n = len(outstanding)
            text = f"{n} condition{'s' if n != 1 else ''} outstanding for {gate.party}"
            if unknown:
                text += f" ({unknown} unknown)"
            if outstanding:
                text += ": " + ", ".join(outstanding)
            if own:
                text += f" ({gate.party} itself caused {', '.join(own)} and is not released by its own default)"
            parts.append(text)
        return "closing ready: no, " + "; ".join(parts)


def compliance_of(results: tuple[Result, ...], as_of: dt.date) -> str:
    """One line on the covenants over time: is the deal in compliance as of the date, what is breached
    since when, and what is due by when. Empty when the policy has none."""
    timed = [r for r in results if r.timing is not None]
    if not timed:
        return ""

    def grouped(status: Status, date_of, word: str, after=lambda r: "") -> list[str]:
        """Rows of one status, grouped by rule and date: `rule (§section) for A, B on date`."""
        groups: dict[tuple[str, str, str], list[str]] = {}
        for r in timed:
            day = date_of(r) if r.status is status else None
            if r.status is status and (day is not None or status is not Status.ENDED):
                when = f"{word} {day.isoformat()}" if day else f"{word} a date not known"
                groups.setdefault((r.rule, r.section, when + after(r)), []).append(r.party or "")
        ordered = sorted(groups.items(), key=lambda item: item[0][2])
        return [
            f"{rule} (§{section})" + (f" for {', '.join(who)}" if any(who) else "") + f" {when}"
            for (rule, section, when), who in ordered
        ]

    breached = grouped(Status.BREACHED, lambda r: r.timing.breached_on, "on")
    # a covenant that has ended keeps a breach from before its end on the record
    before_end = grouped(
        Status.ENDED,
        lambda r: r.timing.breached_on,
        "on",
        lambda r: f", before it ended on {r.timing.ended_on.isoformat()}" if r.timing.ended_on else ", before it ended",
    )
    due = grouped(Status.DUE, lambda r: r.timing.deadline, "by")
    unknown = sorted({r.rule for r in timed if r.status is Status.UNKNOWN})
    over = all(r.status in (Status.ENDED, Status.NOT_APPLICABLE, Status.WAIVED) for r in timed)
    if breached:
        state = "not in compliance"
    elif unknown:
        state = "compliance unknown"
    elif over:
        ended = sorted({r.timing.ended_by for r in timed if r.status is Status.ENDED and r.timing.ended_by})
        state = "ended" + (f" ({'; '.join(ended)})" if ended else "")
    else:
        state = "in compliance"
    parts = [f"covenants as of {as_of.isoformat()}: {state}"]
    if breached:
        parts.append("breached: " + ", ".join(breached))
    if before_end:
        parts.append("breached before they ended: " + ", ".join(before_end))
    if due:
        parts.append("due: " + ", ".join(due))
    if unknown:
        parts.append("unknown: " + ", ".join(unknown))
    return "; ".join(parts)


def _fact_names(name: str) -> list[str]:
    """The facts a provenance key may belong to: fact names hold dots, and a record field's key is
    `fact.field`, so every prefix at a dot (a.b.c: a.b.c, a.b, a)."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


class _Row(NamedTuple):
    """One row on its way through durable-rules: its fact id, its parts' values, and its trace if it has one."""

    crule: Any
    party: str | None
    fact_id: str
    values: dict[str, Any]
    steps: dict[str, Step] | None


__all__ = ["Engine"]
