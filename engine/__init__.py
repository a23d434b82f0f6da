"""dealcheck: closing conditions and covenants as declarative rules, fired on durable-rules.

The Python API, for apps:

    from engine import Engine, Status
    with Engine.for_deal("jabber-series-d") as engine:         # load and compile once
        state = engine.load_state("examples/jabber-series-d-closing.yaml")
        checklist = engine.check(state)                         # as of the deal state's as_of
        checklist.ready, checklist.result("spa.4.1.j", "FTTI").status

Every error a user can cause is a DealcheckError subclass whose str() is one line naming the file,
the line and the fix.
"""

from engine.dealstate import DealState, load_deal_state, load_deal_state_text
from engine.errors import DealcheckError, DealStateError, EngineError, PolicyError
from engine.evaluation import Engine
from engine.policy import Policy, load_policy
from engine.results import Checklist, Result, Status

__all__ = [
    "Checklist",
    "DealState",
    "DealStateError",
    "DealcheckError",
    "Engine",
    "EngineError",
    "Policy",
    "PolicyError",
    "Result",
    "Status",
    "load_deal_state",
    "load_deal_state_text",
    "load_policy",
]
