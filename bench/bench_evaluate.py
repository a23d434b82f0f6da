"""Speed and memory of dealcheck, side by side with durable-rules alone, in one run.

    python bench/bench_evaluate.py [--rounds N]

1. dealcheck: Engine.check of the whole Jabber §4 policy on the shipped example deal state
   (validation excluded: the deal state is loaded once), per evaluation.
2. durable-rules alone: the same facts dealcheck asserted, replayed straight into the same compiled
   ruleset through durable-rules' own Host (new session, sentinel, facts, delete), per evaluation.
3. cold start of `dealcheck check` on the example (a new Python process each time), and of a bare
   `python -c "import durable"` for scale.
4. peak memory (max RSS) of the benchmark process after all evaluations.

Prints a Markdown table with the ratios; the README quotes it.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import Engine  # noqa: E402
from engine.durable_host import Session  # noqa: E402

EXAMPLE = ROOT / "examples" / "jabber-series-d-closing.yaml"


def per_call(fn, rounds: int) -> float:
    """Median seconds per call over 5 batches."""
    batches = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(rounds):
            fn()
        batches.append((time.perf_counter() - start) / rounds)
    return statistics.median(batches)


def captured_facts(engine: Engine, state) -> list[tuple[int, dict]]:
    """The (ruleset index, fact) pairs one evaluation asserts, in order."""
    captured: list[tuple[str, dict]] = []
    original = Session.assert_fact

    def spy(self, fact):
        captured.append((self._ruleset, dict(fact)))
        return original(self, fact)

    Session.assert_fact = spy
    try:
        engine.check(state)
    finally:
        Session.assert_fact = original
    return captured


def cold_start(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    rounds = parser.parse_args().rounds

    engine = Engine.for_deal("jabber-series-d")
    state = engine.load_state(EXAMPLE)
    checklist = engine.check(state)
    facts = captured_facts(engine, state)
    durable = engine._host._host  # durable-rules' own Host, with the same registered ruleset(s)
    counter = iter(range(10**9))

    def durable_alone() -> None:
        sid = f"bench{next(counter)}"
        rulesets = sorted({name for name, _ in facts})
        for name in rulesets:
            durable.assert_fact(name, {"sid": sid, "id": "__start", "__start": 1})
        for name, fact in facts:
            try:
                durable.assert_fact(name, {**fact, "sid": sid})
            except Exception:  # noqa: BLE001 - an unmatched fact is "unknown"; same as dealcheck
                pass
        for name in rulesets:
            durable.delete_state(name, sid)

    t_dealcheck = per_call(lambda: engine.check(state), rounds)
    t_durable = per_call(durable_alone, rounds)
    python = sys.executable
    t_cold = cold_start([python, "-m", "engine.cli", "check", str(EXAMPLE)])
    t_import = cold_start([python, "-c", "import durable.engine"])
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("evaluation, dealcheck (whole §4.1/§4.2 policy, example deal)", t_dealcheck * 1000, "ms"),
        ("evaluation, durable-rules alone (same facts, same ruleset)", t_durable * 1000, "ms"),
        ("ratio dealcheck / durable-rules alone", t_dealcheck / t_durable, "x"),
        ("cold start, `dealcheck check` on the example", t_cold * 1000, "ms"),
        ("cold start, `python -c 'import durable.engine'`", t_import * 1000, "ms"),
        ("ratio cold start / bare import", t_cold / t_import, "x"),
        ("peak memory of this benchmark process", rss_mib, "MiB"),
    ]
    print(
        f"Rules: {len(engine.policy.rules)}; rows per evaluation: {len(checklist.results)};"
        f" facts asserted per evaluation: {len(facts)}; rounds: {rounds} x 5 batches (median)."
    )
    print()
    print("| measure | value |")
    print("|---|---|")
    for name, value, unit in rows:
        print(f"| {name} | {value:.2f} {unit} |")
    engine.close()


if __name__ == "__main__":
    main()
