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
- cold `dealcheck check` of the example (exit code checked) beside a bare `import durable.engine`;
- scaling (bench/scaling.py): a deal with 3, 30 and 300 Investors, and the policy with its rules once
  and ten times over: time per result row of a lazy check and of a full render (check, JSON and
  text), and bytes of JSON and text per row, the sizes interleaved batch by batch;
- RSS over a portfolio of --rss-deals varied deal states: sequentially in one child process (RSS read
  from /proc after the 1,000th deal and at the end), and on every core (the workers' RSS sampled
  while they run), with that run's share of the floor.

`--only core,scale,rss` runs some of the sections; `--scale 3,30,100 --rss-deals 2000` is a quicker run.

Each figure is printed beside its goal (issue "Fast at every size"); the README copies the table.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
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

from bench.scaling import synthetic_deal, varied_portfolio  # noqa: E402
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


def bare_timer(engine: Engine, state) -> tuple[callable, list]:
    """The bare durable-rules side: the facts dealcheck asserts for `state`, replayed into the same rulesets."""
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

    return bare, facts


def thin_timer(engine: Engine, facts: list) -> callable:
    """durable-rules' C engine with none of its Python layer: the same facts, one batch per ruleset,
    through dealcheck's own session (engine/durable_host.py); what it fired read from the C queue."""
    by_ruleset: dict[str, list] = {}
    for name, fact in facts:
        by_ruleset.setdefault(name, []).append(fact)

    def thin() -> None:
        with contextlib.ExitStack() as stack:
            for name, batch in by_ruleset.items():
                stack.enter_context(engine._host.session(name)).assert_facts(batch)

    return thin


def core_rows(args) -> tuple[list[tuple[str, str, str]], str, float]:
    """The rows of one deal state, side by side with bare durable-rules; and the bare time per deal."""
    rounds, batches = args.rounds, args.batches
    engine = Engine.for_deal("jabber-series-d")
    state = engine.load_state(EXAMPLE)
    explained = engine.check(state)
    explained.to_json()
    bare, facts = bare_timer(engine, state)
    sides = {
        "bare": bare,
        "thin": thin_timer(engine, facts),
        "lazy": lambda: engine.check(state),
        "explained": lambda: engine.check(state).to_json(),
        "load": lambda: engine.load_state(EXAMPLE),
        "load_json": lambda: engine.load_state(EXAMPLE_JSON),
        "json": lambda: json.dumps(explained.to_json()),
        "text": lambda: report.render(explained, "text", details=True),  # with every reason, as before issue 9,
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
        paths = varied_portfolio(Path(folder), args.portfolio, fmt="json")
        sequential, pooled = [], []
        for _ in range(3):  # interleaved: sequential, then on every core, three times
            sequential.append(timed(lambda: engine.check_many(paths), 1))
            pooled.append(timed(lambda: engine.check_many(paths, workers=cores), 1))
    per_deal_floor = statistics.median(times["bare"]) / cores  # cores ÷ bare time, as time per deal
    seq_rate = args.portfolio / statistics.median(sequential)
    pool_rate = args.portfolio / statistics.median(pooled)

    def med(name: str) -> float:
        return statistics.median(times[name])

    def ratio(name: str, base: str = "bare") -> float:
        return statistics.median(a / b for a, b in zip(times[name], times[base], strict=True))

    best_load = min(("load", "load_json"), key=ratio)  # the goal stands beside the faster way in
    rows = [
        ("bare durable-rules, same facts and rulesets", f"{med('bare') * 1000:.2f} ms", ""),
        ("durable-rules' C engine alone, same facts (dealcheck's session)", f"{med('thin') * 1000:.2f} ms", ""),
        ("share of bare in durable-rules' Python layer", f"{1 - ratio('thin'):.0%}", ""),
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
        (f"portfolio of {args.portfolio} varied JSON deal states, sequential", f"{seq_rate:.0f} deals/s", ""),
        (f"portfolio on all {cores} cores (spawned workers, start-up included)", f"{pool_rate:.0f} deals/s", ""),
        ("share of the floor (cores ÷ bare durable-rules time)", f"{pool_rate * per_deal_floor:.0%}", ">= 80%"),
    ]
    head = (
        f"Rules: {len(engine.policy.rules)}; rows per evaluation: {len(explained.results)};"
        f" facts asserted per evaluation: {len(facts)}; {batches} interleaved batches of {rounds} calls per side"
        " (medians; ratios are medians of per-batch ratios)."
    )
    engine.close()
    return rows, head, statistics.median(times["bare"])


_JSON = json.JSONEncoder(indent=2, ensure_ascii=False)  # as report.render(checklist, "json")


class _Size:
    """One deal of the scaling rows: its engine, its deal state, and what a batch measured."""

    def __init__(self, folder: Path, investors: int, copies: int) -> None:
        policy, path = synthetic_deal(folder, investors, copies)
        self.engine = Engine.for_policy_dir(policy)
        self.state = self.engine.load_state(path)
        checklist = self.engine.check(self.state)  # compiles the rulesets: not timed
        self.rows = len(checklist.results)
        self.rules = len(self.engine.policy.rules)
        self.times: dict[str, list[float]] = {"lazy": [], "full": []}
        self.bytes: dict[str, int] = {}

    def batch(self, budget: float) -> None:
        """Time per row of a lazy check and of a full render, over about `budget` seconds of calls."""
        gc.collect()  # the last size's garbage is not this size's cost
        start = time.perf_counter()
        calls = 0
        while calls == 0 or time.perf_counter() - start < budget:
            self.engine.check(self.state)
            calls += 1
        self.times["lazy"].append((time.perf_counter() - start) / calls / self.rows)
        start = time.perf_counter()
        calls = 0
        while calls == 0 or time.perf_counter() - start < budget:
            checklist = self.engine.check(self.state)
            # `--format json`'s encoding, streamed and counted rather than held: at 300 Investors the
            # JSON of one deal runs to gigabytes
            chunks = _JSON.iterencode(checklist.to_json())
            json_bytes = sum(len(chunk.encode()) for chunk in chunks)
            text = report.render(checklist, "text", details=True)
            calls += 1
        self.times["full"].append((time.perf_counter() - start) / calls / self.rows)
        self.bytes = {"json": json_bytes, "text": len(text.encode())}

    def close(self) -> None:
        self.engine.close()


def scale_rows(args) -> tuple[list[tuple[str, str, str]], str]:
    """Cost and output size per result row, from 3 to 300 Investors and from 47 to 470 rules."""
    investors = [int(n) for n in args.scale.split(",")]
    sizes: dict[str, _Size] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in investors:
            sizes[f"{n} investors"] = _Size(Path(folder) / f"n{n}", n, 1)
        sizes["rules x1"] = sizes[f"{investors[0]} investors"]
        sizes[f"rules x{args.rule_copies}"] = _Size(Path(folder) / "rules", investors[0], args.rule_copies)
        # The engines and deal states of every size stay for the whole run: out of the collector's
        # way, or a full collection walks the 300-Investor heap while another size is being timed.
        gc.collect()
        gc.freeze()
        for _ in range(args.scale_batches):  # interleaved: every size once per batch
            for key, size in sizes.items():
                if key != "rules x1":
                    size.batch(args.scale_budget)
    small, big = sizes[f"{investors[0]} investors"], sizes[f"{investors[-1]} investors"]
    few, many = sizes["rules x1"], sizes[f"rules x{args.rule_copies}"]

    def ratio(a: _Size, b: _Size, side: str) -> float:
        return statistics.median(x / y for x, y in zip(a.times[side], b.times[side], strict=True))

    def us(size: _Size, side: str) -> str:
        return f"{statistics.median(size.times[side]) * 1e6:.0f}"

    def per_row(size: _Size, kind: str) -> float:
        return size.bytes[kind] / size.rows

    rows: list[tuple[str, str, str]] = []
    named = [(f"{n} investors", sizes[f"{n} investors"]) for n in investors]
    named.append((f"{many.rules} rules", many))
    for label, size in named:
        rows.append(
            (
                f"{label} ({size.rows} rows): per row, lazy check / check, JSON (streamed) and text",
                f"{us(size, 'lazy')} / {us(size, 'full')} us",
                "",
            )
        )
        rows.append(
            (
                f"{label}: bytes per row, JSON / text",
                f"{per_row(size, 'json'):,.0f} / {per_row(size, 'text'):,.0f}"
                f" (whole: {size.bytes['json'] / 2**20:,.1f} / {size.bytes['text'] / 2**20:,.1f} MiB)",
                "",
            )
        )
    for x, y, label in (
        (big, small, f"{investors[-1]} vs {investors[0]} investors"),
        (many, few, f"{many.rules} vs {few.rules} rules"),
    ):
        rows.append((f"cost per row (lazy check), {label}", f"{ratio(x, y, 'lazy'):.2f} x", "<= 1.2 x"))
        rows.append((f"cost per row (check, JSON and text), {label}", f"{ratio(x, y, 'full'):.2f} x", "<= 1.2 x"))
        rows.append(
            (
                f"JSON bytes per row, {label}",
                f"{per_row(x, 'json') / per_row(y, 'json'):.2f} x",
                "linear: <= 1.2 x",
            )
        )
        rows.append(
            (
                f"text bytes per row, {label}",
                f"{per_row(x, 'text') / per_row(y, 'text'):.2f} x",
                "linear: <= 1.2 x",
            )
        )
    for size in {id(s): s for s in sizes.values()}.values():
        size.close()
    head = (
        f"Scaling: {args.scale_batches} interleaved batches, each size timed for about {args.scale_budget:g} s per side"
        " per batch (at least one call); per-row figures are medians, ratios medians of per-batch ratios."
    )
    return rows, head


def _rss_kib() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def rss_child(args) -> None:
    """In a child process: the portfolio sequentially through one engine, RSS after every 1,000 deals."""
    paths = sorted(Path(args.rss_child).glob("deal-*.*"))
    engine = Engine.for_deal("jabber-series-d")
    samples: list[tuple[int, int]] = []
    step = min(1000, max(1, len(paths) // 10))  # the 1,000th deal, or a tenth of a short run
    start = time.perf_counter()
    for first in range(0, len(paths), step):
        outcomes = engine.check_many(paths[first : first + step])
        assert not any(o.error for o in outcomes), [o.error for o in outcomes if o.error][:1]
        samples.append((first + len(outcomes), _rss_kib()))
    elapsed = time.perf_counter() - start
    print(json.dumps({"samples": samples, "seconds": elapsed}))


def _workers_rss_kib() -> int:
    import psutil

    return sum(c.memory_info().rss for c in psutil.Process().children(recursive=True)) // 1024


def rss_rows(args, bare_seconds: float | None) -> tuple[list[tuple[str, str, str]], str]:
    """RSS over a portfolio of --rss-deals varied deal states, sequential and on every core."""
    import threading

    cores = os.cpu_count() or 1
    n = args.rss_deals
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        paths = varied_portfolio(Path(folder), n, fmt="json")
        if bare_seconds is None:
            engine = Engine.for_deal("jabber-series-d")
            bare, _ = bare_timer(engine, engine.load_state(EXAMPLE))
            bare()
            bare_seconds = statistics.median(timed(bare, args.rounds) for _ in range(5))
            engine.close()
        child = subprocess.run(
            [sys.executable, __file__, "--rss-child", folder], capture_output=True, text=True, check=True
        )
        seq = json.loads(child.stdout.strip().splitlines()[-1])
        samples = seq["samples"]
        at, first = samples[0]
        last_deals, last = samples[-1]
        rows.append(
            (
                f"portfolio of {n:,} varied deal states, sequential in one process",
                f"{n / seq['seconds']:.0f} deals/s",
                "",
            )
        )
        rows.append(
            (
                f"RSS of that process after deal {at:,} / after deal {last_deals:,}",
                f"{first / 1024:.1f} / {last / 1024:.1f} MiB (max {max(k for _, k in samples) / 1024:.1f})",
                "",
            )
        )
        rows.append((f"RSS growth from deal {at:,} to the last, sequential", f"{(last - first) / first:+.1%}", "< 5%"))
        engine = Engine.for_deal("jabber-series-d")
        sampled: list[tuple[float, int]] = []
        done = threading.Event()

        def sample() -> None:
            start = time.perf_counter()
            while not done.wait(0.25):
                kib = _workers_rss_kib()
                if kib:
                    sampled.append((time.perf_counter() - start, kib))

        sampler = threading.Thread(target=sample, daemon=True)
        start = time.perf_counter()
        sampler.start()
        outcomes = engine.check_many(paths, workers=cores)
        elapsed = time.perf_counter() - start
        done.set()
        sampler.join()
        engine.close()
        assert not any(o.error for o in outcomes)
    rate = n / elapsed
    rows.append((f"portfolio of {n:,} varied deal states on all {cores} cores", f"{rate:.0f} deals/s", ""))
    rows.append(
        (
            f"share of the floor, {n:,} deal states (cores ÷ bare durable-rules time)",
            f"{rate * bare_seconds / cores:.0%}",
            ">= 80%",
        )
    )
    # The workers' deals are not counted one by one: the 1,000th deal of the portfolio falls at about
    # 1,000/n of the run's time (the chunks go out in order, and deals cost alike).
    mark = elapsed * at / n
    early = [kib for t, kib in sampled if t >= mark]
    if len(early) >= 2:
        first_w, last_w = early[0], early[-1]
        rows.append(
            (
                f"workers' RSS (all {cores}) at about deal {at:,} / at the end",
                f"{first_w / 1024:.1f} / {last_w / 1024:.1f} MiB (max {max(early) / 1024:.1f})",
                "",
            )
        )
        rows.append(
            (
                f"workers' RSS growth from about deal {at:,} to the last",
                f"{(last_w - first_w) / first_w:+.1%}",
                "< 5%",
            )
        )
    else:
        rows.append(("workers' RSS growth", "too short a run to sample", "< 5%"))
    head = f"RSS: {n:,} varied deal states (bench/scaling.py varied_portfolio), RSS read from /proc."
    return rows, head


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20, help="calls per side per batch")
    parser.add_argument("--batches", type=int, default=15)
    parser.add_argument("--portfolio", type=int, default=400, help="deal states in the portfolio rows")
    parser.add_argument("--only", default="core,scale,rss", help="sections to run: core, scale, rss")
    parser.add_argument("--scale", default="3,30,300", help="investor counts of the scaling rows")
    parser.add_argument("--rule-copies", type=int, default=10, help="the rules this many times over")
    parser.add_argument("--scale-batches", type=int, default=3)
    parser.add_argument("--scale-budget", type=float, default=0.5, help="seconds per side, size and batch")
    parser.add_argument("--rss-deals", type=int, default=10_000, help="deal states in the RSS rows")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args)
        return
    only = set(args.only.split(","))
    rows: list[tuple[str, str, str]] = []
    heads: list[str] = []
    bare_seconds = None
    if "core" in only:
        more, head, bare_seconds = core_rows(args)
        rows += more
        heads.append(head)
    if "scale" in only:
        more, head = scale_rows(args)
        rows += more
        heads.append(head)
    if "rss" in only:
        more, head = rss_rows(args, bare_seconds)
        rows += more
        heads.append(head)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory of this benchmark process", f"{rss_mib:.1f} MiB", ""))
    print(" ".join(heads))
    print()
    print("| measure | value | goal |")
    print("|---|---|---|")
    for name, value, goal in rows:
        print(f"| {name} | {value} | {goal} |")


if __name__ == "__main__":
    main()
