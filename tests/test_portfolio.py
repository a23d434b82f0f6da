"""Portfolios: many deal states in one call, in input order, a bad one failing alone, on processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from engine import Engine
from helpers import EXAMPLES, run_cli

NAMES = ("closing", "gaps", "review")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in NAMES:
        shutil.copy(EXAMPLES / f"jabber-series-d-{name}.yaml", tmp_path / f"{name}.yaml")
    (tmp_path / "broken.yaml").write_text("deal: jabber-series-d\nas_of: [oops\n")
    (tmp_path / "notes.txt").write_text("not a deal state")  # not a deal-state file: left out of a folder
    return tmp_path


def _sources(folder: Path) -> list[Path]:
    return [folder / "closing.yaml", folder / "broken.yaml", folder / "gaps.yaml", folder / "review.yaml"]


def test_check_many_keeps_input_order_and_a_bad_state_fails_alone(folder: Path) -> None:
    with Engine.for_deal("jabber-series-d") as engine:
        outcomes = engine.check_many(_sources(folder))
    assert [Path(o.source).name for o in outcomes] == ["closing.yaml", "broken.yaml", "gaps.yaml", "review.yaml"]
    assert [o.exit_code for o in outcomes] == [0, 2, 1, 1]
    assert outcomes[1].error and "broken.yaml:3" in outcomes[1].error
    # the closing rows met (and §6.1: the representations survive; §6.2, §7.4: the covenants and the
    # Agreement continue; §2.3(a): the Closing held where and when it said); after it nothing breached;
    # no Qualified Public Offering
    counts = outcomes[0].counts
    assert outcomes[0].ready is True and counts["met"] == 121 and counts["not_met"] == 1 and "breached" not in counts
    assert outcomes[2].verdict.startswith("closing ready: no")


@pytest.mark.slow
def test_two_processes_give_the_same_answers_as_one(folder: Path) -> None:
    with Engine.for_deal("jabber-series-d") as engine:
        alone = engine.check_many(_sources(folder) * 2, explain=True)
        pooled = engine.check_many(_sources(folder) * 2, workers=2, explain=True)
    assert [o.to_json() for o in pooled] == [o.to_json() for o in alone]


def test_the_command_checks_a_folder_one_line_per_deal_then_the_totals(folder: Path) -> None:
    result = run_cli("check", str(folder), "--workers", "2")
    assert result.returncode == 2  # one deal state was bad input
    lines = result.stdout.splitlines()
    assert [line.split(":", 1)[0].rsplit("/", 1)[-1] for line in lines[:-1]] == [
        "broken.yaml",
        "closing.yaml",
        "gaps.yaml",
        "review.yaml",
    ]
    assert "error: " in lines[0] and "closing ready: yes" in lines[1]
    assert lines[-1] == "4 deal states: 1 ready, 2 not ready, 1 refused as bad input"


def test_the_command_takes_several_files_and_a_quoted_glob_and_writes_json_lines(folder: Path) -> None:
    result = run_cli("check", str(folder / "closing.yaml"), str(folder / "g*.yaml"), "--format", "json")
    assert result.returncode == 1, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["ready"] for r in rows] == [True, False]
    assert rows[1]["checklist"]["schema"] == "dealcheck.checklist/2"


def test_a_bad_workers_value_is_bad_input() -> None:
    result = run_cli("check", str(EXAMPLES), "--workers", "many")
    assert result.returncode == 2 and result.stdout == ""
    assert "--workers" in result.stderr


@pytest.mark.slow
def test_the_same_portfolio_runs_on_a_dask_cluster(folder: Path) -> None:
    import distributed  # the `dask` extra, which the README's install command and CI install

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        with distributed.Client(lc) as client, Engine.for_deal("jabber-series-d") as engine:
            on_cluster = engine.check_many(_sources(folder), cluster=client, explain=True)
            here = engine.check_many(_sources(folder), explain=True)
    assert [o.to_json() for o in on_cluster] == [o.to_json() for o in here]
    assert [o.exit_code for o in on_cluster] == [0, 2, 1, 1]
