"""`dealcheck scenarios`: the behaviour suite as legal staff run it (engine/scenarios.py).

What is named is checked first (exit 2 with a did-you-mean); `--list` shows what would run; a run
goes through pytest (exit 0 all passed, 1 a scenario failed) and can write Cucumber JSON and JUnit
XML, which are parsed back here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from engine.scenarios import Selection, rule_tag
from helpers import ROOT, run_cli

SET_OFF = "features/jabber-series-d/spa/article-7/7.1-set-off.feature"
NO_MAJORITY = "features/jabber-series-d/spa/article-5/5.3-a-no-majority-ownership.feature"


def _listed(*args: str) -> list[str]:
    out = run_cli("scenarios", "--list", *args)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["features/jabber-series-d/waiver.feature"], 'did you mean "features/jabber-series-d/waivers.feature"?'),
        (["7.1-set-of.feature"], f'did you mean "{SET_OFF}"?'),
        (["README.md"], "not under the features folder"),
        (["--rule", "spa.5.3.aa"], 'no rule "spa.5.3.aa". Fix: did you mean "spa.5.3.a"'),
        (["--tag", "@boundry"], 'no feature file uses the tag @boundry. Fix: did you mean "@boundary"?'),
        (["--tag", "waiver", "--rule", "spa.2.4"], "no scenario is in all of what was named"),
    ],
)
def test_what_does_not_exist_is_refused_with_exit_2(args: list[str], says: str) -> None:
    out = run_cli("scenarios", *args)
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert says in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert out.stdout == ""  # nothing ran


def test_one_file_one_rule_one_tag() -> None:
    one_file = _listed(SET_OFF)
    assert one_file and all(line.startswith(SET_OFF + ":") for line in one_file), one_file
    assert len(one_file) == sum(1 for line in (ROOT / SET_OFF).read_text().splitlines() if "Scenario:" in line)
    folder = _listed("features/jabber-series-d/spa/article-7")  # a folder: every file in it
    assert set(one_file) < set(folder) and all(
        line.startswith("features/jabber-series-d/spa/article-7/") for line in folder
    )

    rule = _listed("--rule", "spa.5.3.a")
    assert any(line.startswith(NO_MAJORITY + ":") for line in rule), rule
    assert _listed("--rule", "spa_5_3_a") == rule  # the rule's tag says the same
    assert not any("7.1-set-off" in line for line in rule)
    assert set(_listed("--rule", "spa.4.1.q")) < set(_listed("--rule", "spa.4.1"))  # a section: all its rules

    tagged = _listed("--tag", "@boundary")
    assert tagged and set(tagged) == set(_listed("--tag", "boundary"))
    both = _listed(NO_MAJORITY, "--tag", "boundary")
    assert both and set(both) == set(_listed(NO_MAJORITY)) & set(tagged) != set(_listed(NO_MAJORITY))


def test_a_rule_s_scenarios_are_those_tagged_with_it_or_naming_it(tmp_path: Path) -> None:
    from pytest_bdd.parser import FeatureParser

    from engine.scenarios import examples_of, scenario_terms

    (tmp_path / "x.feature").write_text(
        "Feature: x\n"
        "  @spa_4_1_j\n  Scenario: tagged\n    When the deal is checked\n"
        '  Scenario: named\n    Then "spa.4.1.j" is "met" for "FTTI"\n'
        "  Scenario: in a table\n    Then the outcomes are:\n      | rule | party | status |\n"
        "      | spa.4.1.j | FTTI | met |\n"
        '  Scenario: another rule\n    Then "spa.4.1.j.x" is "met"\n'
        '  Scenario Outline: a row\n    Then "<rule>" is "met"\n    Examples:\n      | rule |\n'
        "      | spa.4.1.j |\n      | spa.4.1.k |\n"
    )
    feature = FeatureParser(str(tmp_path), "x.feature").parse()
    chosen = Selection(rules=frozenset({"spa.4.1.j"}))
    picked = [
        (t.name, ctx.get("rule"))
        for t in feature.scenarios.values()
        for ex, ctx in examples_of(t)
        if chosen.selects(feature.filename, *scenario_terms(t, ex, ctx))
    ]
    assert picked == [("tagged", None), ("named", None), ("in a table", None), ("a row", "spa.4.1.j")]
    assert rule_tag("spa.2.3.b.webb_option.cap") == "spa_2_3_b_webb_option_cap"


ROWS = 4  # the rows of the Scenario Outline of the run below


def _outline(rows: int) -> str:
    examples = "".join(f"      | 2003-03-{18 + i % 10} |\n" for i in range(rows))
    return (
        "Feature: many rows of one outline\n"
        "  Scenario Outline: the opinion is met on <date>\n"
        '    Given the deal state "examples/jabber-series-d-closing.yaml"\n'
        '    When the deal is checked as of "<date>"\n'
        '    Then "spa.4.1.j" is "met" for "FTTI"\n'
        "    Examples:\n      | date |\n" + examples
    )


FAILING = """Feature: a failing scenario
  Scenario: the opinion is said to be not met
    Given the deal state "examples/jabber-series-d-closing.yaml"
    When the deal is checked
    Then "spa.4.1.j" is "not met" for "FTTI"
"""

TAGGED = """@brand_new_tag
Feature: a tag nobody registered in Python
  Scenario: a tagged scenario
    Given the deal state "examples/jabber-series-d-closing.yaml"
    When the deal is checked
    Then "spa.4.1.j" is "met" for "FTTI"
"""


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("run") / "features"
    folder.mkdir()
    (folder / "many.feature").write_text(_outline(ROWS))
    (folder / "failing.feature").write_text(FAILING)
    (folder / "tagged.feature").write_text(TAGGED)
    return folder


@pytest.mark.slow  # two pytest runs of their own: started first (see conftest.py)
def test_a_run_writes_cucumber_json_and_junit_xml(features: Path, tmp_path: Path) -> None:
    """On two pytest-xdist workers, one scenario failing: exit 1, its file:LINE on stdout, and both
    reports parsed back (the Cucumber JSON crosses the workers, tests/conftest.py). A tag no Python
    file registers is collected under --strict-markers, and selects its scenario."""
    cucumber, junit = tmp_path / "cucumber.json", tmp_path / "junit.xml"
    args = ["--features", str(features), "--cucumber-json", str(cucumber), "--junit-xml", str(junit)]
    out = run_cli("scenarios", *args, "--workers", "2")
    total = ROWS + 2
    assert out.returncode == 1, out.stdout + out.stderr
    assert f"dealcheck scenarios: {total} scenario(s) from 3 feature file(s)" in out.stdout
    assert f"1 failed, {total - 1} passed" in out.stdout, out.stdout
    failing = str(features / "failing.feature")
    assert f"FAILED {failing}:2  the opinion is said to be not met" in out.stdout, out.stdout
    assert f"    {failing}:5: spa.4.1.j for FTTI: expected not met, dealcheck says met" in out.stdout

    report = {f["name"]: f for f in json.loads(cucumber.read_text())}
    many = report["many rows of one outline"]
    assert len(many["elements"]) == ROWS
    scenario = many["elements"][0]
    assert scenario["name"].startswith("the opinion is met on 2003-03-")
    assert {s["result"]["status"] for s in scenario["steps"]} == {"passed"}
    assert report["a tag nobody registered in Python"]["tags"][0]["name"] == "brand_new_tag"
    [bad] = report["a failing scenario"]["elements"]
    statuses = [s["result"]["status"] for s in bad["steps"]]
    assert statuses == ["passed", "passed", "failed"]
    assert "expected not met, dealcheck says met" in bad["steps"][-1]["result"]["error_message"]

    cases = {c.get("name"): c for c in ET.parse(junit).getroot().iter("testcase")}
    assert len(cases) == total
    case = cases["test_the_opinion_is_said_to_be_not_met"]
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props == {"feature": f"{failing}:2", "scenario": "the opinion is said to be not met"}
    assert case.find("failure") is not None
    passed = next(c for name, c in cases.items() if name.startswith("test_the_opinion_is_met_on_date["))
    assert passed.find("failure") is None and passed.find("error") is None

    only_tag = run_cli("scenarios", "--features", str(features), "--tag", "brand_new_tag")
    assert only_tag.returncode == 0, only_tag.stdout + only_tag.stderr
    assert "1 passed" in only_tag.stdout


def test_pytest_k_selects_a_feature_file_by_its_name(features: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_features.py", "-k", "many.feat", "--collect-only", "-q"]
        + ["-n", "0", "-o", f"bdd_features_base_dir={features}"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    collected = [line for line in out.stdout.splitlines() if line.startswith("tests/test_features.py::")]
    assert len(collected) == ROWS and all("opinion_is_met_on" in c for c in collected), out.stdout


@pytest.mark.slow
def test_one_real_feature_file_passes_with_its_reports(tmp_path: Path) -> None:
    cucumber, junit = tmp_path / "c.json", tmp_path / "j.xml"
    out = run_cli("scenarios", SET_OFF, "--cucumber-json", str(cucumber), "--junit-xml", str(junit))
    assert out.returncode == 0, out.stdout + out.stderr
    count = len(_listed(SET_OFF))
    assert f"{count} passed" in out.stdout
    [feature] = json.loads(cucumber.read_text())
    assert feature["uri"] == SET_OFF
    names = {e["name"]: e for e in feature["elements"]}
    known = names["Intel withholds $45,000.00 of $52,300.00 of expenses, within the $60,000 cap"]
    assert {s["result"]["status"] for s in known["steps"]} == {"passed"}
    suite = ET.parse(junit).getroot()
    assert sum(1 for _ in suite.iter("testcase")) == count
    assert not list(suite.iter("failure"))


def test_feature_tags_are_markers_and_python_marks_stay_strict(pytestconfig: pytest.Config) -> None:
    names = {line.split(":")[0] for line in pytestconfig.getini("markers")}
    assert {"boundary", "waiver", "spa_5_3_a", "jabber_series_d"} <= names  # tags the feature files use
    assert "brand_new_tag" not in names and "slwo" not in names
    assert "--strict-markers" in pytestconfig.getini("addopts")
