"""Explanations are built on demand, and they are the same as when they were built eagerly.

tests/golden/ holds the JSON checklists of the shipped examples as the eager engine wrote them. A
change to a reason is a change to what lawyers read: regenerate the files on purpose with
`python tests/test_golden.py` and review the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from engine import Engine
from helpers import EXAMPLES, ROOT

GOLDEN = ROOT / "tests" / "golden"
NAMES = ("closing", "gaps", "review", "year-after", "after-ipo")


def _checklist(engine: Engine, name: str) -> dict:
    return engine.check(engine.load_state(EXAMPLES / f"jabber-series-d-{name}.yaml")).to_json()


def _comparable(data: dict) -> dict:
    return {"verdict": data["verdict"], "results": data["results"], "set_aside": data.get("set_aside")}


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


@pytest.mark.parametrize("name", NAMES)
def test_lazy_explanations_equal_the_eager_ones(engine, name: str) -> None:
    golden = json.loads((GOLDEN / f"jabber-series-d-{name}.json").read_text())
    assert _comparable(_checklist(engine, name)) == _comparable(golden)


def test_an_explanation_is_the_same_whenever_it_is_asked_for(engine) -> None:
    state = engine.load_state(EXAMPLES / "jabber-series-d-review.yaml")
    first = engine.check(state)
    later = engine.check(state)
    engine.check(engine.load_state(EXAMPLES / "jabber-series-d-gaps.yaml")).to_json()  # another deal in between
    assert [r.reason for r in later.results] == [r.reason for r in first.results]
    assert later.to_json() == first.to_json()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with Engine.for_deal("jabber-series-d") as e:
        for n in NAMES:
            (GOLDEN / f"jabber-series-d-{n}.json").write_text(
                json.dumps(_checklist(e, n), indent=2, ensure_ascii=False)
            )
            print(f"wrote tests/golden/jabber-series-d-{n}.json")
