"""Speed and memory of dealcheck, side by side with durable-rules alone, in one run.

    python bench/bench_evaluate.py [--rounds N]

The machine is shared and noisy, so the sides are interleaved batch by batch in one run: each batch
times every side once, and the table reports each side's median over the batches and, for ratios,
the median of the per-batch ratios.

- bare durable-rules: the same facts dealcheck asserts, replayed straight into the same compiled
  rulesets through durable-rules' own Host (new session, sentinel, facts, delete);
- dealcheck, lazy: Engine.check, results complete, explanations not yet asked for;
- dealcheck, explained: Engine.check and every row's explanation (to_json);
- load and validate the deal state, from YAML and from JSON (the same deal state, written as JSON);
- JSON and text rendering of a checklist;
- cold `dealcheck check` of the example (exit code checked) beside a bare `import durable.engine`.

Each figure is printed beside its goal (issue "Fast at every size"); the README copies the table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import Engine, report  # noqa: E402
from engine.durable_host import Session  # noqa: E402

EXAMPLE = ROOT / "examples" / "jabber-series-d-closing.yaml"
EXAMPLE_JSON = ROOT / "examples" / "jabber-series-d-closing.json"  # the same deal state, as JSON


def captured_facts(engine: Engine, state) -> list[tuple[str, dict]]:
    """The (ruleset name, fact) pairs one evaluation asserts, in order."""
    captured: list[tuple[str, dict]] = []
    original = Session.assert_facts

    def spy(self, facts):
        captured.extend((self._ruleset, dict(fact)) for fact in facts if fact.get("id") != "__start")
        return original(self, facts)

    Session.assert_facts = spy
    try:
        engine.check(state)
    finally:
        Session.assert_facts = original
    return captured


def timed(fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds


def cold(args: list[str], expect: int | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if expect is not None and result.returncode != expect:
        raise SystemExit(f"{' '.join(args)} exited {result.returncode}, expected {expect}: {result.stderr[-300:]}")
    return elapsed


def portfolio_files(folder: Path, n: int) -> list[Path]:
    """n varied deal states: the shipped examples, checked as of different dates."""
    sources = sorted((ROOT / "examples").glob("jabber-series-d-*.yaml"))
    paths = []
    for i in range(n):
        text = sources[i % len(sources)].read_text()
        text = text.replace("as_of: 2003-03-18", f"as_of: 2003-03-{18 + i % 10}", 1)
        path = folder / f"deal-{i:05d}.yaml"
        path.write_text(text)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20, help="calls per side per batch")
    parser.add_argument("--batches", type=int, default=15)
    parser.add_argument("--portfolio", type=int, default=400, help="deal states in the portfolio rows")
    args = parser.parse_args()
    rounds, batches = args.rounds, args.batches

    engine = Engine.for_deal("jabber-series-d")
    state = engine.load_state(EXAMPLE)
    explained = engine.check(state)
    explained.to_json()
    facts = captured_facts(engine, state)
    durable = engine._host._host  # durable-rules' own Host, with the same registered ruleset(s)
    counter = iter(range(10**9))
    rulesets = sorted({name for name, _ in facts})

    def bare() -> None:
        sid = f"bench{next(counter)}"
        for name in rulesets:
            durable.assert_fact(name, {"sid": sid, "id": "__start", "__start": 1})
        for name, fact in facts:
            try:
                durable.assert_fact(name, {**fact, "sid": sid})
            except Exception:  # noqa: BLE001 - an unmatched fact is "unknown"; same as dealcheck
                pass
        for name in rulesets:
            durable.delete_state(name, sid)

    sides = {
        "bare": bare,
        "lazy": lambda: engine.check(state),
        "explained": lambda: engine.check(state).to_json(),
        "load": lambda: engine.load_state(EXAMPLE),
        "load_json": lambda: engine.load_state(EXAMPLE_JSON),
        "json": lambda: json.dumps(explained.to_json()),
        "text": lambda: report.render(explained, "text"),
    }
    times: dict[str, list[float]] = {k: [] for k in sides}
    python = sys.executable
    cli = [python, "-m", "engine.cli", "check", str(EXAMPLE)]
    cold_times: dict[str, list[float]] = {"cli": [], "import": []}
    for _ in range(batches):
        for name, fn in sides.items():
            times[name].append(timed(fn, rounds))
        cold_times["cli"].append(cold(cli, expect=0))
        cold_times["import"].append(cold([python, "-c", "import durable.engine"]))
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        paths = portfolio_files(Path(folder), args.portfolio)
        sequential, pooled = [], []
        for _ in range(3):  # interleaved: sequential, then on every core, three times
            sequential.append(timed(lambda: engine.check_many(paths), 1))
            pooled.append(timed(lambda: engine.check_many(paths, workers=cores), 1))
    per_deal_floor = statistics.median(times["bare"]) / cores  # cores ÷ bare time, as time per deal
    seq_rate = args.portfolio / statistics.median(sequential)
    pool_rate = args.portfolio / statistics.median(pooled)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def med(name: str) -> float:
        return statistics.median(times[name])

    def ratio(name: str, base: str = "bare") -> float:
        return statistics.median(a / b for a, b in zip(times[name], times[base], strict=True))

    best_load = min(("load", "load_json"), key=ratio)  # the goal stands beside the faster way in
    rows = [
        ("bare durable-rules, same facts and rulesets", f"{med('bare') * 1000:.2f} ms", ""),
        ("dealcheck evaluation, results complete, explanations on demand", f"{med('lazy') * 1000:.2f} ms", ""),
        ("ratio lazy / bare", f"{ratio('lazy'):.2f} x", "<= 1.3 x"),
        ("dealcheck evaluation with every explanation", f"{med('explained') * 1000:.2f} ms", ""),
        ("ratio explained / bare", f"{ratio('explained'):.2f} x", ""),
        ("load and validate the deal state (YAML)", f"{med('load') * 1000:.2f} ms", ""),
        ("ratio load YAML / bare", f"{ratio('load'):.2f} x", "<= 0.3 x" if best_load == "load" else ""),
        ("load and validate the deal state (JSON)", f"{med('load_json') * 1000:.2f} ms", ""),
        ("ratio load JSON / bare", f"{ratio('load_json'):.2f} x", "<= 0.3 x" if best_load == "load_json" else ""),
        ("JSON rendering of an explained checklist", f"{med('json') * 1000:.2f} ms", ""),
        ("text rendering of an explained checklist", f"{med('text') * 1000:.2f} ms", ""),
        (
            "cold `dealcheck check` of the example (exit 0 checked)",
            f"{statistics.median(cold_times['cli']) * 1000:.0f} ms",
            "<= 300 ms",
        ),
        ("cold `python -c 'import durable.engine'`", f"{statistics.median(cold_times['import']) * 1000:.0f} ms", ""),
        (f"portfolio of {args.portfolio} deal states, sequential", f"{seq_rate:.0f} deals/s", ""),
        (f"portfolio on all {cores} cores (spawned workers, start-up included)", f"{pool_rate:.0f} deals/s", ""),
        ("share of the floor (cores ÷ bare durable-rules time)", f"{pool_rate * per_deal_floor:.0%}", ">= 80%"),
        ("peak memory of this benchmark process", f"{rss_mib:.1f} MiB", ""),
    ]
    print(
        f"Rules: {len(engine.policy.rules)}; rows per evaluation: {len(explained.results)};"
        f" facts asserted per evaluation: {len(facts)}; {batches} interleaved batches of {rounds} calls per side"
        " (medians; ratios are medians of per-batch ratios)."
    )
    print()
    print("| measure | value | goal |")
    print("|---|---|---|")
    for name, value, goal in rows:
        print(f"| {name} | {value} | {goal} |")
    engine.close()


if __name__ == "__main__":
    main()
