"""A portfolio: many deal states checked in one call, in input order, across processes.

A fund's whole portfolio, or a law firm's open matters, are checked together. Each deal state is
checked on its own: a bad one fails alone, with its one-line error, and never stops the rest.
Workers are processes (durable-rules never releases the GIL, so threads gain nothing), each with
its own engine for each deal it meets.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from engine.errors import DealcheckError, UsageError

STATE_SUFFIXES = (".yaml", ".yml", ".json")


@attrs.frozen
class DealOutcome:
    """What one deal state of a portfolio came to: a checklist's summary, or the error it raised."""

    source: str
    deal: str | None = None
    ready: bool | None = None
    verdict: str | None = None
    counts: dict[str, int] = attrs.field(factory=dict)  # status -> rows
    error: str | None = None  # the one-line message of bad input
    checklist: dict[str, Any] | None = None  # the JSON contract, when asked for

    @property
    def exit_code(self) -> int:
        return 2 if self.error is not None else (0 if self.ready else 1)

    def to_json(self) -> dict[str, Any]:
        if self.error is not None:
            return {"source": self.source, "deal": self.deal, "error": self.error}
        base = {"source": self.source, "deal": self.deal, "ready": self.ready, "verdict": self.verdict}
        return {**base, "counts": dict(self.counts), **({"checklist": self.checklist} if self.checklist else {})}


def expand(paths: Sequence[str | os.PathLike]) -> list[str]:
    """Files as given, every deal-state file of a folder (sorted), and the matches of a quoted glob."""
    out: list[str] = []
    for raw in paths:
        text = os.fspath(raw)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text))
            if not matches:
                raise UsageError(f"{text}: matches no file", fix="check the pattern")
            out += matches
        elif Path(text).is_dir():
            found = sorted(str(p) for p in Path(text).iterdir() if p.is_file() and p.suffix in STATE_SUFFIXES)
            if not found:
                raise UsageError(f"{text}: the folder holds no deal-state file (*.yaml, *.yml, *.json)")
            out += found
        else:
            out.append(text)
    return out


def check_many(
    sources: Iterable[str | os.PathLike],
    *,
    workers: int = 1,
    as_of: dt.date | None = None,
    policies: str | os.PathLike | None = None,
    explain: bool = False,
    engine: Any = None,
    cluster: Any = None,
) -> list[DealOutcome]:
    """Check every deal state, in input order. `workers` > 1 spreads them over that many processes;
    with one, `engine` (if given) serves the deal states of its own deal. `cluster` (a
    dask.distributed Client, or a scheduler address) runs them on a Dask cluster instead."""
    items = [os.fspath(s) for s in sources]
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise UsageError(f"workers must be a whole number of at least 1, not {workers!r}")
    root = os.fspath(policies) if policies is not None else None
    if cluster is not None:
        return _on_cluster(items, cluster, root, as_of, explain)
    if workers == 1 or len(items) < 2:
        checker = _Checker(root)
        if engine is not None:
            checker.engines[engine.policy.id] = engine
        try:
            return [checker.one(s, as_of, explain) for s in items]
        finally:
            checker.close(keep=engine)
    from concurrent.futures import ProcessPoolExecutor  # here, not at import: a single check never needs it
    from multiprocessing import get_context

    chunk = max(1, len(items) // (workers * 4))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start, initargs=(root,)) as pool:
        return list(pool.map(_one, items, [as_of] * len(items), [explain] * len(items), chunksize=chunk))


class _Checker:
    """One engine per deal id met, kept for the whole portfolio."""

    def __init__(self, root: str | None) -> None:
        self.root = root
        self.engines: dict[str, Any] = {}

    def one(self, source: str, as_of: dt.date | None, explain: bool) -> DealOutcome:
        from engine.dealstate import locate_policy
        from engine.evaluation import Engine
        from engine.policy import policies_root

        deal = None
        try:
            root = policies_root(self.root)
            deal, doc, _ = locate_policy(source, root)
            if deal not in self.engines:
                self.engines[deal] = Engine.for_deal(deal, root)
            engine = self.engines[deal]
            checklist = engine.check(engine._state_of(source, deal, doc), as_of)
        except DealcheckError as exc:
            return DealOutcome(source, deal if isinstance(deal, str) else None, error=str(exc))
        return _outcome(source, deal, checklist, explain)

    def close(self, keep: Any = None) -> None:
        for engine in self.engines.values():
            if engine is not keep:
                engine.close()
        self.engines.clear()


_WORKER: _Checker | None = None


def _start(root: str | None) -> None:
    global _WORKER
    _WORKER = _Checker(root)


def _one(source: str, as_of: dt.date | None, explain: bool) -> DealOutcome:
    assert _WORKER is not None
    return _WORKER.one(source, as_of, explain)


def _on_cluster(items: list[str], cluster: Any, root: str | None, as_of: dt.date | None, explain: bool) -> list:
    """The portfolio on a Dask distributed cluster (the `dask` extra): the deal states travel as text,
    with the policies they name, so the workers need neither the files nor the policies folder."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("a Dask cluster needs the dask extra", fix="pip install 'dealcheck[dask]'") from None
    from engine.dealstate import locate_policy
    from engine.policy import load_policy, policies_root
    from engine.yamlsource import read_text

    client = cluster if isinstance(cluster, Client) else Client(cluster)
    try:
        jobs: list[Any] = []
        policies: dict[str, Any] = {}
        for source in items:
            try:
                deal, _, folder = locate_policy(source, policies_root(root))
                if deal not in policies:
                    policies[deal] = client.scatter(load_policy(folder=folder), broadcast=True)
                jobs.append(
                    client.submit(_remote, source, read_text(source), policies[deal], as_of, explain, pure=False)
                )
            except DealcheckError as exc:
                jobs.append(DealOutcome(source, error=str(exc)))
        return [job if isinstance(job, DealOutcome) else job.result() for job in jobs]
    finally:
        if client is not cluster:
            client.close()


def _remote(source: str, text: str, policy: Any, as_of: dt.date | None, explain: bool) -> DealOutcome:
    """One deal state on a Dask worker, with an engine kept per policy for the worker's life."""
    from engine.dealstate import load_deal_state_text
    from engine.evaluation import Engine

    engines = _REMOTE_ENGINES
    if policy.fingerprint not in engines:
        engines[policy.fingerprint] = Engine(policy)
    engine = engines[policy.fingerprint]
    try:
        checklist = engine.check(load_deal_state_text(text, policy, source), as_of)
    except DealcheckError as exc:
        return DealOutcome(source, policy.id, error=str(exc))
    return _outcome(source, policy.id, checklist, explain)


_REMOTE_ENGINES: dict[str, Any] = {}


def _outcome(source: str, deal: str, checklist: Any, explain: bool) -> DealOutcome:
    counts: dict[str, int] = {}
    for r in checklist.results:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    return DealOutcome(
        source,
        deal,
        ready=checklist.ready,
        verdict=checklist.verdict,
        counts=counts,
        checklist=checklist.to_json() if explain else None,
    )


def totals(outcomes: Sequence[DealOutcome]) -> str:
    ready = sum(1 for o in outcomes if o.error is None and o.ready)
    refused = sum(1 for o in outcomes if o.error is not None)
    not_ready = len(outcomes) - ready - refused
    return f"{len(outcomes)} deal states: {ready} ready, {not_ready} not ready, {refused} refused as bad input"
