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
    assert host._live_sids == {}


def test_sessions_are_deleted_and_results_are_per_session() -> None:
    host = RulesHost()
    name = host.register("sessions", RULES)
    with host.session(name) as a:
        a.assert_fact({"id": "f1", "kind": "r", "wa0": True})
        with host.session(name) as b:
            b.assert_fact({"id": "f1", "kind": "r", "wa0": False})
            assert b.fired() == {}
        assert a.fired() == {"f1": {"met"}}
    assert host._live_sids == {}
    with host.session(name) as again:  # a deleted session's facts are gone: the same id is new again
        again.assert_fact({"id": "f1", "kind": "r", "wa0": True})
        assert again.fired() == {"f1": {"met"}}


def test_a_batch_with_unmatched_facts_still_reports_the_matched_ones() -> None:
    # research §3: a batch holding an unmatched fact leaves the matched facts' actions queued, not
    # run; the session reads them from the engine's queue, so none is lost.
    host = RulesHost()
    name = host.register("batch", RULES)
    with host.session(name) as s:
        s.assert_facts(
            [
                {"id": "f1", "kind": "r", "wa0": True},
                {"id": "f2", "kind": "r", "wa0": False},  # matches no rule: unknown
                {"id": "f3", "kind": "r", "wa0": True},
            ]
        )
        assert s.fired() == {"f1": {"met"}, "f3": {"met"}}
        with pytest.raises(EngineError, match="collides"):
            s.assert_facts([{"id": "f1", "kind": "r", "wa0": True}])


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


@pytest.mark.parametrize("call", ["assert_facts", "complete_and_start_action"])
def test_errors_of_the_engine_are_reported_not_swallowed(monkeypatch, call: str) -> None:
    host = RulesHost()
    name = host.register("errors", RULES)
    with host.session(name) as s:

        def boom(*args):
            raise Exception("Could not assert fact, error code: 111")  # noqa: TRY002 - as the C engine raises

        monkeypatch.setattr(durable_host.durable_rules_engine, call, boom)
        with pytest.raises(EngineError, match="error code: 111"):
            s.assert_fact({"id": "f1", "kind": "r", "wa0": True})
        monkeypatch.undo()
    assert host._live_sids == {}


def test_unregister_frees_the_ruleset() -> None:
    host = RulesHost()
    name = host.register("freed", RULES)
    host.unregister(name)
    with pytest.raises(EngineError, match="not registered"):
        with host.session(name):
            pass
