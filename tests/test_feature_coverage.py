"""Every rule is proved by the behaviour suite in each status it can take (engine/scenario_coverage.py).

The Then steps of every feature (Scenario Outlines expanded) are read; a deal whose rules are shown
in fewer of the statuses they can take than the project's bar ([tool.dealcheck]
min_scenario_coverage in pyproject.toml) fails, naming each missing (rule, status).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from engine import Status
from engine.policy import load_policy, policies_root
from engine.scenario_coverage import can_take, coverage, deal_coverage, percent, reached_statuses, threshold
from helpers import ROOT, run_cli
from steps import status_assertions

FEATURES = ROOT / "features"
DEALS = sorted(p.name for p in policies_root().glob("*") if (p / "deal.yaml").is_file())

# The statuses a rule can take, by the name the step catalog generator (tests/step_catalog.py) imports.
required_statuses = can_take


@functools.cache
def asserted_statuses() -> dict[str, set[Status]]:
    return reached_statuses(FEATURES, status_assertions)


@pytest.mark.parametrize("deal", DEALS)
def test_every_rule_is_shown_in_every_status(deal: str) -> None:
    cov = coverage(load_policy(deal), asserted_statuses())
    bar = threshold()
    assert cov.meets(bar), f"{cov.deal}: below the bar of {percent(bar)}%:\n" + "\n".join(cov.missing_cells())


def test_no_feature_names_an_unknown_rule() -> None:
    known = {rid for deal in DEALS for rid in load_policy(deal).rules}
    unknown = sorted(set(asserted_statuses()) - known)
    assert not unknown, f"features assert rules that do not exist: {unknown}"


def test_no_two_scenarios_of_a_feature_share_a_name() -> None:
    """pytest-bdd keeps one scenario per name in a feature file: a second of the same name would
    silently never run."""
    clashes = []
    for path in sorted(FEATURES.rglob("*.feature")):
        names: dict[str, int] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = re.match(r"\s*Scenario(?: Outline)?:\s*(.*?)\s*$", line)
            if m:
                if m[1] in names:
                    clashes.append(f"{path.relative_to(FEATURES)}:{number}: {m[1]!r} (also line {names[m[1]]})")
                names.setdefault(m[1], number)
    assert not clashes, "rename one of each: " + "; ".join(clashes)


# ---------------------------------------------------------------- the bar and `dealcheck coverage`


def test_the_bar_is_set_in_pyproject_and_read_exactly(tmp_path: Path) -> None:
    assert threshold() == 1  # today: every status of every rule
    (tmp_path / "pyproject.toml").write_text("[tool.dealcheck]\nmin_scenario_coverage = 99.5\n")
    assert threshold(tmp_path / "pyproject.toml") * 1000 == 995
    assert threshold(tmp_path / "nothing.toml") == 1
    (tmp_path / "pyproject.toml").write_text("[tool.dealcheck]\nmin_scenario_coverage = 120\n")
    with pytest.raises(Exception, match="not between 0 and 100"):
        threshold(tmp_path / "pyproject.toml")


def test_the_typed_entry_point_agrees_with_the_suite() -> None:
    """`deal_coverage` (for the HTML checklist) reads the same features the same way."""
    cov = deal_coverage("jabber-series-d")
    row = next(r for r in cov.rules if r.rule == "spa.4.1.j")
    assert {Status.MET, Status.NOT_MET, Status.WAIVED, Status.UNKNOWN} <= row.reached
    assert cov.cells_reached == coverage(load_policy("jabber-series-d"), asserted_statuses()).cells_reached


def test_coverage_command_text_and_json() -> None:
    text = run_cli("coverage", "jabber-series-d")
    assert text.returncode == 0, text.stderr
    assert re.search(r"jabber-series-d: scenarios show (\d+) of the \1 statuses .* \(100%\); the project", text.stdout)
    assert re.search(r"^spa\.4\.1\.j +§4\.1\(j\) +yes +yes +yes +yes", text.stdout, re.M), text.stdout
    assert "Every status is shown." in text.stdout
    out = run_cli("coverage", "--format", "json")
    assert out.returncode == 0, out.stderr
    payload = json.loads(out.stdout)
    deal = payload["deals"][0]
    assert deal["deal"] == "jabber-series-d" and deal["meets_threshold"] is True
    assert deal["percent"] == deal["threshold_percent"] == "100"
    rows = {r["rule"]: r for r in deal["rules"]}
    assert rows["spa.4.1.j"]["reached"] == ["met", "not met", "waived", "unknown"]
    covenant = rows["spa.5.2.c.i.annual"]
    assert covenant["kind"] == "covenant over time" and covenant["missing"] == []
    assert {"complied", "breached", "due", "unknown"} <= set(covenant["can_take"])


def test_coverage_below_the_bar_fails_naming_the_missing_cells(tmp_path: Path) -> None:
    """Features that show §4.1(j) met and nothing else: exit 1, every other status named."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "one.feature").write_text(
        "Feature: one\n  Scenario: only met\n"
        '    Given the deal state "examples/jabber-series-d-closing.yaml"\n'
        "    When the deal is checked\n"
        '    Then "spa.4.1.j" is "met" for "FTTI"\n'
    )
    out = run_cli("coverage", "--features", str(features))
    assert out.returncode == 1, out.stderr
    assert "BELOW the bar" in out.stdout
    assert "- spa.4.1.j (§4.1(j)): no scenario shows it not met, waived, unknown" in out.stdout
    assert re.search(r"^spa\.4\.1\.j +§4\.1\(j\) +yes +MISSING +MISSING +MISSING", out.stdout, re.M)
    bad = run_cli("coverage", "jabber-series-dd")
    assert bad.returncode == 2 and 'did you mean "jabber-series-d"' in bad.stderr, bad.stderr
