"""Bounded stress test of the durable-rules wrapper: threads and processes, thousands of
evaluations of varied deal states, every answer compared with the single-threaded one.

durable-rules 2.0.28 has memory-safety bugs (shared/research, facts A-K); this proves the subset
we compile to neither crashes, hangs nor mixes two evaluations.
"""

from __future__ import annotations

import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
import yaml

from engine import Engine, load_deal_state_text
from helpers import EXAMPLES

pytestmark = pytest.mark.stress

STATES = 60
THREADS, THREAD_ROUNDS = 4, 12  # 60 x 12 = 720 evaluations on 4 threads
PROCESSES, PROCESS_ROUNDS = 2, 12  # 720 evaluations in 2 processes


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
        base = _on_keys(yaml.safe_load((EXAMPLES / f"jabber-series-d-{name}.yaml").read_text()))
        texts.append(yaml.safe_dump(base))
    while len(texts) < n:
        data = _on_keys(yaml.safe_load(texts[rng.randrange(2)]))
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
        texts.append(yaml.safe_dump(data))
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
    with ThreadPoolExecutor(THREADS) as pool:
        got = list(pool.map(lambda i: (i, evaluate(texts[i])), jobs))
    wrong = [i for i, result in got if result != expected[i]]
    assert not wrong, f"{len(wrong)} of {len(got)} threaded evaluations differ"

    context = multiprocessing.get_context("spawn")
    jobs = [i for _ in range(PROCESS_ROUNDS) for i in range(len(texts))]
    with ProcessPoolExecutor(PROCESSES, mp_context=context, initializer=_worker_init) as pool:
        results = list(pool.map(evaluate, [texts[i] for i in jobs], chunksize=20))
    wrong = [i for i, result in zip(jobs, results, strict=True) if result != expected[i]]
    assert not wrong, f"{len(wrong)} of {len(results)} evaluations in other processes differ"
    _worker_engine.close()
    _worker_engine = None
