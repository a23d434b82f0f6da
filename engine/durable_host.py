"""The only module that imports durable-rules. Everything here keeps to the subset that survived
every stress test in shared/research/durable-rules-and-pytest-bdd.md (its §5.1):

- a Host subclass without timer threads, so every action runs in the caller's thread;
- single-fact (alpha) conditions only, every same-fact reference guarded by `$ex` (the compiler's job);
- a sentinel fact first in every session, so `delete_state` never frees an uninitialised context;
- explicit fact ids and session ids, checked for 32-bit FNV-1a collisions (durable-rules compares
  only the hashes);
- at most 1,000 live sessions per ruleset, and every session deleted in `finally`;
- rulesets registered under unique names and deleted with `delete_ruleset` when no longer used: when
  an engine closes, when it is garbage-collected (its finalizer queues them; the next call into the
  host deletes them, never the finalizer itself, which may run anywhere) and at interpreter exit;
- no Python actions: what fired is read from the C engine's action queue, and its errors become
  an EngineError.

One lock per host serialises calls into the C library: it never releases the GIL, so threads would
gain nothing, and the lock rules out any interleaving inside it.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import itertools
import json
import re
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import durable_rules_engine
from durable import engine as _durable

from engine.errors import EngineError

MAX_LIVE_SESSIONS = 1000
SENTINEL_RULE = "__dealcheck_start"
_OBSERVED = 2  # durable-rules' result code for a fact it has already seen
_SENTINEL = {"id": "__start", "__start": 1}  # first in every session's first batch


def fnv1a_32(text: str) -> int:
    """The 32-bit FNV-1a hash durable-rules uses to identify sessions and facts."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class _QuietHost(_durable.Host):
    """A durable-rules Host whose timer threads never start (research fact F)."""

    def _run(self) -> None:  # noqa: D401 - overriding the timer loop with nothing
        return None


# An action message starts `{"<rule>":{"m":{"id": "<fact id>"`: rule names and fact ids are ours
# (no quotes or backslashes), and the id is the first field we send, so this reads it without
# parsing the rest of the fact; anything else is parsed as JSON.
_MESSAGE_HEAD = re.compile(r'\{"([^"\\]+)":\{"m":\{"id": ?"([^"\\]+)"')


def _fired_in(message: str) -> list[tuple[str, str]]:
    """(rule name, fact id) of each rule an action message reports."""
    head = _MESSAGE_HEAD.match(message)
    if head is not None and message.count('{"m":') == 1:
        return [(head.group(1), head.group(2))]
    return [(rule_name, str(matched["m"]["id"])) for rule_name, matched in json.loads(message).items()]


class Session:
    """One short-lived durable-rules session on one ruleset: assert facts, read what fired.

    It talks to durable-rules' C engine directly: one call asserts a batch of facts, and the rules
    that fired are read from the engine's action queue for this session's state, with no Python
    action, no Closure and no state update per firing (durable-rules' own Python layer costs more
    than the matching itself; bench/ measures both)."""

    def __init__(self, host: RulesHost, ruleset: str, handle: int, sid: str) -> None:
        self._host = host
        self._ruleset = ruleset
        self._handle = handle
        self.sid = sid
        self._fact_hashes: set[int] = {fnv1a_32(_SENTINEL["id"])}
        self._fired: dict[str, set[str]] = {}
        self.started = False  # the session's state exists in durable-rules (its first batch was sent)

    def assert_fact(self, fact: dict[str, Any]) -> None:
        self.assert_facts([fact])

    def assert_facts(self, facts: list[dict[str, Any]]) -> None:
        """Assert facts (each with an explicit id, unique within the session) and note what fired."""
        if not facts:
            return
        batch = [] if self.started else [{**_SENTINEL, "sid": self.sid}]  # the sentinel, always first
        for fact in facts:
            fact_id = str(fact["id"])
            h = fnv1a_32(fact_id)
            if h in self._fact_hashes:
                raise EngineError(f"fact id {fact_id} collides with another fact id of the same session")
            self._fact_hashes.add(h)
            batch.append({**fact, "sid": self.sid})
        self.started = True
        try:
            code, state = durable_rules_engine.assert_facts(self._handle, json.dumps(batch, ensure_ascii=False))
        except Exception as exc:  # noqa: BLE001 - the C engine raises plain Exceptions with an error code
            raise EngineError(f"durable-rules could not take the facts: {exc}") from None
        if code == _OBSERVED:
            raise EngineError("durable-rules took a fact for a duplicate")
        # code 0: handled; 1: some fact matched no rule (unknown, which the caller reads as such)
        self._drain(state)

    def _drain(self, state: int) -> None:
        """Read every rule that fired for this session's state, completing each action."""
        handle = self._handle
        try:
            started = durable_rules_engine.start_action_for_state(handle, state)
            message = started[1] if started else None
            while message:
                for rule_name, fact_id in _fired_in(message):
                    if rule_name != SENTINEL_RULE:
                        self._fired.setdefault(fact_id, set()).add(rule_name.rsplit("#", 1)[-1])
                message = durable_rules_engine.complete_and_start_action(handle, state)
        except EngineError:
            raise
        except Exception as exc:  # noqa: BLE001 - as above
            raise EngineError(f"durable-rules failed while reporting what fired: {exc}") from None

    def fired(self) -> dict[str, set[str]]:
        """Fact id -> outcomes whose rules fired for it."""
        return self._fired


class RulesHost:
    """Owns one quiet durable-rules Host and the rulesets registered on it."""

    _names = itertools.count(1)

    def __init__(self) -> None:
        self._host = _QuietHost()
        self._lock = threading.RLock()
        self._live: dict[str, threading.BoundedSemaphore] = {}
        self._live_sids: dict[int, str] = {}
        self._sid_counter = itertools.count(1)
        self._pending: collections.deque[str] = collections.deque()  # rulesets of engines gone, to delete
        _HOSTS.add(self)

    def release_later(self, names: list[str]) -> None:
        """Queue rulesets for deletion. For finalizers: never takes the lock, never calls into C, so
        it is safe wherever the garbage collector happens to run it (even inside this host's lock)."""
        self._pending.extend(list(names))

    def collect(self, timeout: float = -1) -> None:
        """Delete the queued rulesets of engines dropped without close()."""
        if not self._pending:
            return
        if not self._lock.acquire(timeout=timeout):
            return
        try:
            while self._pending:
                self.unregister(self._pending.popleft())
        finally:
            self._lock.release()

    def close_all(self, timeout: float = -1) -> None:
        """Delete every ruleset still registered (at interpreter exit)."""
        self._pending.clear()
        if not self._lock.acquire(timeout=timeout):
            return
        try:
            for name in list(self._live):
                self.unregister(name)
        finally:
            self._lock.release()

    @property
    def live_rulesets(self) -> int:
        return len(self._live)

    def register(self, label: str, rules: dict[str, dict[str, Any]]) -> str:
        """Register a ruleset built from plain dicts. `rules` maps `<rule>#<outcome>` to its
        durable condition ({"all": [...]}); returns the unique ruleset name."""
        self.collect()
        name = f"{label}~{next(self._names)}"
        definition: dict[str, Any] = {SENTINEL_RULE: {"all": [{"m": {"$ex": {"__start": 1}}}], "run": self._action}}
        for rule_name, condition in rules.items():
            definition[rule_name] = {**condition, "run": self._action}
        with self._lock:
            try:
                self._host.set_rulesets({name: definition})
            except Exception as exc:
                raise EngineError(f"durable-rules refused ruleset {label}: {exc}") from None
            self._live[name] = threading.BoundedSemaphore(MAX_LIVE_SESSIONS)
        return name

    def unregister(self, name: str) -> None:
        """Delete a ruleset from the host and free its C memory (durable-rules never does)."""
        with self._lock:
            ruleset = self._host._ruleset_directory.pop(name, None)
            if ruleset is None:
                return
            self._host._ruleset_list.remove(ruleset)
            self._live.pop(name, None)
            durable_rules_engine.delete_ruleset(ruleset._handle)

    @staticmethod
    def _action(c) -> None:  # exactly one parameter: two would make it asynchronous
        """Never called: Session reads what fired from the C engine itself."""

    @contextlib.contextmanager
    def session(self, ruleset: str) -> Iterator[Session]:
        """A fresh session, always deleted afterwards, whatever happens inside."""
        self.collect()
        with self._lock:
            live = self._live.get(ruleset)
            if live is None:
                raise EngineError(f"ruleset {ruleset} is not registered")
            if not live.acquire(blocking=False):
                raise EngineError(f"more than {MAX_LIVE_SESSIONS} live sessions on {ruleset}")
            sid = self._new_sid()
            handle = self._host._ruleset_directory[ruleset]._handle
            session = Session(self, ruleset, handle, sid)
            try:
                yield session
            finally:
                self._live_sids.pop(fnv1a_32(sid), None)
                if session.started:
                    with contextlib.suppress(Exception):  # a batch refused whole left no state (error 309)
                        durable_rules_engine.delete_state(handle, sid)
                live.release()

    def _new_sid(self) -> str:
        while True:
            sid = f"s{next(self._sid_counter)}"
            h = fnv1a_32(sid)
            if h not in self._live_sids:
                self._live_sids[h] = sid
                return sid


_HOSTS: weakref.WeakSet[RulesHost] = weakref.WeakSet()


@atexit.register
def _free_at_exit() -> None:
    """At interpreter exit, free every ruleset still registered, whoever forgot to close its engine."""
    for host in list(_HOSTS):
        host.close_all(timeout=1.0)  # a thread stuck inside the host must not hang the exit


_default: RulesHost | None = None
_default_lock = threading.Lock()


def default_host() -> RulesHost:
    """The process's shared host (one per process: durable-rules scales with processes)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = RulesHost()
        return _default
