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
- exceptions raised inside actions collected and turned into an EngineError.

One lock per host serialises calls into the C library: it never releases the GIL, so threads would
gain nothing, and the lock rules out any interleaving inside it.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import itertools
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import durable_rules_engine
from durable import engine as _durable

from engine.errors import EngineError

MAX_LIVE_SESSIONS = 1000
SENTINEL_RULE = "__dealcheck_start"


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


class Session:
    """One short-lived durable-rules session on one ruleset: assert facts, read what fired."""

    def __init__(self, host: RulesHost, ruleset: str, sid: str) -> None:
        self._host = host
        self._ruleset = ruleset
        self.sid = sid
        self._fact_hashes: set[int] = set()

    def assert_fact(self, fact: dict[str, Any]) -> None:
        fact_id = str(fact["id"])
        h = fnv1a_32(fact_id)
        if h in self._fact_hashes:
            raise EngineError(f"fact id {fact_id} collides with another fact id of the same session")
        self._fact_hashes.add(h)
        try:
            self._host._host.assert_fact(self._ruleset, {**fact, "sid": self.sid})
        except _durable.MessageNotHandledException:
            pass  # the fact matched no rule: nothing decided, which the caller reads as unknown
        except _durable.MessageObservedException as exc:
            raise EngineError(f"durable-rules took fact {fact_id} for a duplicate ({exc})") from None

    def fired(self) -> dict[str, set[str]]:
        """Fact id -> outcomes whose rules fired for it."""
        return self._host._fired.get(self.sid, {})


class RulesHost:
    """Owns one quiet durable-rules Host and the rulesets registered on it."""

    _names = itertools.count(1)

    def __init__(self) -> None:
        self._host = _QuietHost()
        self._lock = threading.RLock()
        self._live: dict[str, threading.BoundedSemaphore] = {}
        self._live_sids: dict[int, str] = {}
        self._fired: dict[str, dict[str, set[str]]] = {}
        self._errors: dict[str, list[str]] = {}
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
        definition: dict[str, Any] = {
            SENTINEL_RULE: {"all": [{"m": {"$ex": {"__start": 1}}}], "run": self._action(SENTINEL_RULE)}
        }
        for rule_name, condition in rules.items():
            definition[rule_name] = {**condition, "run": self._action(rule_name)}
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

    def _action(self, rule_name: str):
        outcome = rule_name.rsplit("#", 1)[-1]

        def action(c) -> None:  # exactly one parameter: two would make it asynchronous
            try:
                sid = c.s.sid
                if rule_name == SENTINEL_RULE:
                    return
                self._fired.setdefault(sid, {}).setdefault(str(c.m.id), set()).add(outcome)
            except Exception as exc:  # noqa: BLE001 - durable-rules would swallow it
                self._errors.setdefault(str(getattr(c.s, "sid", "?")), []).append(repr(exc))

        return action

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
            started = False
            try:
                self._host.assert_fact(ruleset, {"sid": sid, "id": "__start", "__start": 1})
                started = True
                session = Session(self, ruleset, sid)
                session._fact_hashes.add(fnv1a_32("__start"))
                yield session
                state = self._host.get_state(ruleset, sid)
                errors = self._errors.get(sid) or ([state["exception"]] if "exception" in state else [])
                if errors:
                    raise EngineError(f"a rule action failed inside durable-rules: {errors[0]}")
            finally:
                self._fired.pop(sid, None)
                self._errors.pop(sid, None)
                self._live_sids.pop(fnv1a_32(sid), None)
                if started:
                    self._host.delete_state(ruleset, sid)
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
