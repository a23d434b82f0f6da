"""Bounded stress test of the durable-rules wrapper: threads and processes, thousands of
evaluations of varied deal states, every answer compared with the single-threaded one.

durable-rules 2.0.28 has memory-safety bugs (shared/research, facts A-K); this proves the subset
we compile to neither crashes, hangs nor mixes two evaluations.
"""

from __future__ import annotations

import multiprocessing
import random
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
import yaml

from engine import Engine, load_deal_state_text
from helpers import EXAMPLES

pytestmark = [pytest.mark.stress, pytest.mark.slow]

# Sizes: enough to prove isolation, no more (the long run is the soak test, marker `soak`).
# - Threads: every state is evaluated twice on 4 threads sharing one engine, in shuffled order, so each
#   evaluation overlaps others of different states. The GIL switch interval is cut from 5 ms to 50 us
#   for the threaded part, so each evaluation (tens of ms) is interrupted hundreds of times, at any
#   bytecode, by another thread's evaluation: 120 such evaluations interleave far more often than the
#   720 of the earlier version did at the default interval (about ten switches each).
# - Processes: 2 spawned processes, each with its own engine, durable-rules host and hash seed, take the
#   60 states in chunks of 3, so each runs a long series of evaluations one after another in one
#   engine, and every state is compared with the answer given here.
STATES = 60
THREADS, THREAD_ROUNDS = 4, 2  # 60 x 2 = 120 evaluations on 4 threads
SWITCH_INTERVAL = 50e-6  # seconds; sys.getswitchinterval() is 0.005 by default
PROCESSES, PROCESS_ROUNDS, CHUNK = 2, 1, 3  # 60 evaluations in 2 processes


# libyaml when PyYAML has it: the same data, read and written about six times faster than in Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _load(text: str):
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_DUMPER)


def _on_keys(data):
    """PyYAML reads a key `on:` as True (YAML 1.1); put the name back before writing YAML again."""
    if isinstance(data, dict):
        return {("on" if k is True else k): _on_keys(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_on_keys(v) for v in data]
    return data


def varied_states(n: int, seed: int = 20030318) -> list[str]:
    """Deal states that differ in facts, amounts, waivers, settings and as-of dates."""
    rng = random.Random(seed)
    texts = []
    for name in ("closing", "gaps"):
        base = _on_keys(_load((EXAMPLES / f"jabber-series-d-{name}.yaml").read_text()))
        texts.append(_dump(base))
    while len(texts) < n:
        data = _on_keys(_load(texts[rng.randrange(2)]))
        for _ in range(rng.randint(1, 4)):
            move = rng.randrange(5)
            if move == 0:
                key = rng.choice([k for k in data if k not in ("deal", "as_of", "payments", "waivers", "counsel")])
                data.pop(key)
            elif move == 1:
                record = rng.choice(data["payments"])
                record["cash"] = f"${rng.randint(0, 5_000_000)}.{rng.randint(0, 99):02d}"
            elif move == 2:
                rule = rng.choice(["spa.4.1.j", "spa.4.1.p", "spa.4.1.a", "spa.4.1.q.v", "spa.4.1.u"])
                who = rng.choice(["FTTI", "INTEL", "WEBB"])
                data.setdefault("waivers", [])
                data["waivers"] = (data["waivers"] or []) + [
                    {
                        "rule": rule,
                        "by": who,
                        "in_writing": True,
                        "dated": "2003-03-1" + str(rng.randint(0, 9)),
                    }
                ]
            elif move == 3:
                data["as_of"] = f"2003-03-{rng.randint(10, 25)}"
            else:
                data["settings"] = {"ft_license_commitment": rng.choice(["at_least", "exactly"])}
        texts.append(_dump(data))
    return texts


_worker_engine: Engine | None = None


def _worker_init() -> None:
    global _worker_engine
    _worker_engine = Engine.for_deal("jabber-series-d")


def evaluate(text: str) -> dict:
    engine = _worker_engine
    assert engine is not None
    return engine.check(load_deal_state_text(text, engine.policy)).to_json()


def test_threads_and_processes_agree_with_single_threaded_answers() -> None:
    global _worker_engine
    texts = varied_states(STATES)
    _worker_init()
    expected = [evaluate(t) for t in texts]
    assert len({e["verdict"] for e in expected}) > 5, "the states should not all look alike"

    jobs = [i for _ in range(THREAD_ROUNDS) for i in range(len(texts))]
    random.Random(1).shuffle(jobs)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            got = list(pool.map(lambda i: (i, evaluate(texts[i])), jobs))
    finally:
        sys.setswitchinterval(interval)
    wrong = [i for i, result in got if result != expected[i]]
    assert not wrong, f"{len(wrong)} of {len(got)} threaded evaluations differ"

    context = multiprocessing.get_context("spawn")
    jobs = [i for _ in range(PROCESS_ROUNDS) for i in range(len(texts))]
    with ProcessPoolExecutor(PROCESSES, mp_context=context, initializer=_worker_init) as pool:
        results = list(pool.map(evaluate, [texts[i] for i in jobs], chunksize=CHUNK))
    wrong = [i for i, result in zip(jobs, results, strict=True) if result != expected[i]]
    assert not wrong, f"{len(wrong)} of {len(results)} evaluations in other processes differ"
    _worker_engine.close()
    _worker_engine = None
