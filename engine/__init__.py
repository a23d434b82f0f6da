"""dealcheck: closing conditions and covenants as declarative rules, fired on durable-rules.

The Python API, for apps:

    from engine import Engine, Status
    with Engine.for_deal("jabber-series-d") as engine:         # load and compile once
        state = engine.load_state("examples/jabber-series-d-closing.yaml")
        checklist = engine.check(state)                         # as of the deal state's as_of
        checklist.ready, checklist.result("spa.4.1.j", "FTTI").status

A deal is named by its id, found only under the policies folder (`Engine.for_deal(deal,
policies=DIR)`, else $DEALCHECK_POLICIES, else policies/); a policy folder elsewhere is loaded
explicitly with `Engine.for_policy_dir(folder)` or `load_policy(folder=...)`.

Every failure is a DealcheckError subclass whose str() is one line naming the file, the line and
the fix: PolicyError, DealStateError, EngineError (a result withheld), UsageError (an argument of
the wrong kind, such as a string for `as_of`) and InternalError (a bug; its __cause__ holds the
original exception).
"""

from engine.dealstate import DealState, load_deal_state, load_deal_state_text
from engine.errors import DealcheckError, DealStateError, EngineError, InternalError, PolicyError, UsageError
from engine.evaluation import Engine
from engine.policy import Policy, load_policy, normalise_text
from engine.results import Checklist, Result, Status

__all__ = [
    "Checklist",
    "DealState",
    "DealStateError",
    "DealcheckError",
    "Engine",
    "EngineError",
    "InternalError",
    "Policy",
    "PolicyError",
    "Result",
    "Status",
    "UsageError",
    "load_deal_state",
    "load_deal_state_text",
    "load_policy",
    "normalise_text",
]
