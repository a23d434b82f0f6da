"""The soak run: tens of thousands of evaluations of varied deal states in one process, RSS sampled.

Not part of the default suite (marker `soak`, deselected in pyproject.toml); `.ci/run` runs it after
the suite with `python -m pytest -m soak`. It proves memory stays flat over a long portfolio: the
resident set grows less than 5% from the 1,000th evaluation to the last.
"""

from __future__ import annotations

import os

import pytest

from engine import Engine, load_deal_state_text
from test_stress import varied_states

pytestmark = pytest.mark.soak

EVALUATIONS = 20_000
SAMPLE_EVERY = 1_000


def _rss_kib() -> int:
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def test_memory_stays_flat_over_twenty_thousand_evaluations() -> None:
    texts = varied_states(60, seed=17)
    with Engine.for_deal("jabber-series-d") as engine:
        states = [load_deal_state_text(t, engine.policy) for t in texts]
        samples: list[int] = []
        for n in range(1, EVALUATIONS + 1):
            checklist = engine.check(states[n % len(states)])
            if n % 7 == 0:
                checklist.to_json()  # some evaluations are explained too
            if n % SAMPLE_EVERY == 0:
                samples.append(_rss_kib())
    baseline, last = samples[0], samples[-1]
    growth = (last - baseline) / baseline
    assert growth < 0.05, f"RSS grew {growth:.1%} from {baseline} KiB to {last} KiB; samples: {samples}"
