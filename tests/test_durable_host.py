"""The durable-rules wrapper keeps to the safe subset: ids checked, sessions bounded and deleted."""

from __future__ import annotations

import pytest

from engine import durable_host
from engine.durable_host import RulesHost, fnv1a_32
from engine.errors import EngineError

RULES = {"r#met": {"all": [{"m": {"$and": [{"kind": "r"}, {"wa0": True}]}}]}}


def test_fnv1a_matches_the_collision_durable_rules_suffers() -> None:
    # research fact D: these two session ids share one durable-rules session.
    assert fnv1a_32("case-478212") == fnv1a_32("case-1221200") == 0xA9F4DB48


def test_colliding_fact_ids_are_refused_not_silently_merged() -> None:
    host = RulesHost()
    name = host.register("collide", RULES)
    with pytest.raises(EngineError, match="collides"):
        with host.session(name) as s:
            s.assert_fact({"id": "case-478212", "kind": "r", "wa0": True})
            s.assert_fact({"id": "case-1221200", "kind": "r", "wa0": True})
    assert host._live_sids == {} and host._fired == {}


def test_sessions_are_deleted_and_results_are_per_session() -> None:
    host = RulesHost()
    name = host.register("sessions", RULES)
    with host.session(name) as a:
        a.assert_fact({"id": "f1", "kind": "r", "wa0": True})
        with host.session(name) as b:
            b.assert_fact({"id": "f1", "kind": "r", "wa0": False})
            assert b.fired() == {}
        assert a.fired() == {"f1": {"met"}}
    assert host._live_sids == {} and host._fired == {}


def test_live_sessions_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(durable_host, "MAX_LIVE_SESSIONS", 1)
    host = RulesHost()
    name = host.register("bounded", RULES)
    with host.session(name):
        with pytest.raises(EngineError, match="live sessions"):
            with host.session(name):
                pass
    with host.session(name):  # the bound is released after use
        pass


def test_errors_inside_actions_are_reported_not_swallowed() -> None:
    host = RulesHost()
    name = host.register("errors", RULES)

    class Exploding(dict):
        def setdefault(self, *args):
            raise RuntimeError("boom")

    host._fired = Exploding()
    with pytest.raises(EngineError, match="boom"):
        with host.session(name) as s:
            s.assert_fact({"id": "f1", "kind": "r", "wa0": True})


def test_unregister_frees_the_ruleset() -> None:
    host = RulesHost()
    name = host.register("freed", RULES)
    host.unregister(name)
    with pytest.raises(EngineError, match="not registered"):
        with host.session(name):
            pass
