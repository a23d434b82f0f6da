"""Mistakes legal staff can make in a feature file: each is one line with the file, line and fix.

Every mistake is its own feature file in one temporary features folder, next to a good feature, and
one pytest run (a subprocess) binds them all: a broken file fails alone, the others still run.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import subprocess
import sys

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow  # a pytest run of its own: started first (see conftest.py)

HEADER = """Feature: a scenario with a mistake
  Scenario: mistake {name}
    Given the deal state "examples/jabber-series-d-closing.yaml"
"""

GOOD = """Feature: a good feature next to the broken ones
  Scenario: the good scenario still runs
    Given the deal state "examples/jabber-series-d-closing.yaml"
    When the deal is checked
    Then "spa.4.1.j" is "met" for "FTTI"
"""

# name: (body after HEADER, the line the message names, what the message says)
STEP_MISTAKES = {
    "unknown_step": ("    When the deal is chekced\n", 4, ["unknown step", "did you mean", "When the deal is checked"]),
    "unknown_fact": (
        '    And the fact "closing_dat" is "2003-03-18"\n    When the deal is checked\n',
        4,
        ['"closing_dat" is not a fact', 'did you mean "closing_date"'],
    ),
    "bad_date": ('    And the as-of date is "2003-02-30"\n', 4, ["bad date", "not a real calendar date", "YYYY-MM-DD"]),
    "unknown_rule": (
        '    When the deal is checked\n    Then "spa.4.1.jj" is "met" for "FTTI"\n',
        5,
        ['"spa.4.1.jj" is not a rule', 'did you mean "spa.4.1.j"'],
    ),
    "unknown_status": (
        '    When the deal is checked\n    Then "spa.4.1.j" is "satisfied" for "FTTI"\n',
        5,
        ["is not a status"],
    ),
    "wrong_expectation": (
        '    When the deal is checked\n    Then "spa.4.1.j" is "not met" for "FTTI"\n',
        5,
        ["expected not met, dealcheck says met"],
    ),
}

# name: (the whole file, the line the message names, what the message says). Gherkin syntax errors:
# today's pytest-bdd would stop every feature from collecting; here each fails its own file.
SYNTAX_MISTAKES = {
    "keyword_typo": (
        "Feature: a keyword typo\n"
        "  Scenario: first\n"
        '    Given the deal state "examples/jabber-series-d-closing.yaml"\n'
        "  Scenaro: second\n"
        '    Given the deal state "examples/jabber-series-d-closing.yaml"\n',
        4,
        ["`Scenaro:` is not a Gherkin keyword", "Fix: did you mean `Scenario:`"],
    ),
    "keyword_typo_first": (
        'Feature: a keyword typo read as description\n  Scenaro: only\n    Given the deal "jabber-series-d"\n',
        2,
        ["`Scenaro:` is not a Gherkin keyword", "Fix: did you mean `Scenario:`"],
    ),
    "step_before_scenario": (
        "Feature: a step before any Scenario\n"
        '  Given the deal state "examples/jabber-series-d-closing.yaml"\n'
        "  Scenario: after\n"
        "    When the deal is checked\n",
        2,
        ["a step outside any Scenario", "Fix: put it under a `Scenario:`"],
    ),
    "step_keyword_typo": (
        "Feature: a misspelled step keyword\n"
        "  Scenario: misspelled\n"
        '    Gvien the deal state "examples/jabber-series-d-closing.yaml"\n'
        "    When the deal is checked\n",
        3,
        ["`Gvien` is not a step keyword", "did you mean `Given`"],
    ),
    "ragged_table": (
        "Feature: a ragged table\n"
        "  Scenario: ragged\n"
        '    Given the deal "jabber-series-d"\n'
        "      | a | b |\n"
        "      | c |\n",
        5,
        ["inconsistent cell count", "Fix: give every row"],
    ),
    "open_doc_string": (
        'Feature: an open doc string\n  Scenario: open\n    Given the deal "jabber-series-d"\n      """\n      text\n',
        6,
        ["the file ends too early", '"""'],
    ),
    "not_utf8": (b"Feature: bytes\n  Scenario: latin-1\n    Given the deal \xe9\n", 3, ["not UTF-8"]),
    "empty": ("", 1, ["no `Feature:`"]),
}


@pytest.fixture(scope="module")
def feature_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Run pytest once over every mistake; per test name: (outcome, the failure's one-line message).

    Once per test run, even on several pytest-xdist workers: the first worker to get here runs it
    and leaves the outcomes in the run's shared temporary folder; the others read them."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return _run_features(tmp_path_factory)
    shared = tmp_path_factory.getbasetemp().parent  # this run's folder, above each worker's own
    with open(shared / "feature-mistakes.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        saved = shared / "feature-mistakes.json"
        if saved.exists():
            return {test: tuple(pair) for test, pair in json.loads(saved.read_text()).items()}
        outcomes = _run_features(tmp_path_factory)
        saved.write_text(json.dumps(outcomes))
        return outcomes


def _run_features(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    folder = tmp_path_factory.mktemp("features") / "features"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "good.feature").write_text(GOOD)
    for name, (body, _, _) in STEP_MISTAKES.items():
        (folder / f"mistake_{name}.feature").write_text(HEADER.format(name=name) + body)
    for name, (text, _, _) in SYNTAX_MISTAKES.items():
        path = folder / f"broken_{name}.feature"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_features.py",
            "-q",
            "-rA",
            "-p",
            "no:randomly",
            "-n",
            "0",  # no xdist workers: one small run in one process, its report read line by line below
            "-o",
            f"bdd_features_base_dir={folder}",
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"},  # not CI's --junitxml
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = result.stdout
    assert result.returncode == 1, out[-3000:] + result.stderr[-2000:]
    assert "Traceback" not in out, out[-3000:]
    assert "error" not in out.splitlines()[-1], out[-3000:]  # nothing failed to collect
    outcomes: dict[str, tuple[str, str]] = {}
    for outcome, test in re.findall(r"^(PASSED|FAILED) tests/test_features\.py::(\w+)", out, re.M):
        outcomes[test] = (outcome, "")
    for test, body in re.findall(r"^_+ (\w+) _+\n(.*?)(?=^_+ \w+ _+$|^=+ )", out, re.M | re.S):
        lines = [x for x in body.splitlines() if x.strip()]
        assert len(lines) == 1, body  # one line, no traceback
        outcomes[test] = (outcomes.get(test, ("FAILED", ""))[0], lines[0])
    return outcomes


@pytest.mark.parametrize("name", list(STEP_MISTAKES))
def test_feature_mistakes_are_one_line(feature_run: dict[str, tuple[str, str]], name: str) -> None:
    _, line, needles = STEP_MISTAKES[name]
    outcome, message = feature_run[f"test_mistake_{name}"]
    assert outcome == "FAILED", feature_run
    assert f"mistake_{name}.feature:{line}:" in message, message
    for needle in needles:
        assert needle in message, (needle, message)


@pytest.mark.parametrize("name", list(SYNTAX_MISTAKES))
def test_a_gherkin_syntax_error_fails_its_own_file_alone(feature_run: dict[str, tuple[str, str]], name: str) -> None:
    _, line, needles = SYNTAX_MISTAKES[name]
    outcome, message = feature_run[f"test_feature_file_broken_{name}_feature"]
    assert outcome == "FAILED"
    assert f"broken_{name}.feature:{line}: " in message, message
    assert ". Fix: " in message, message
    for needle in needles:
        assert needle in message, (needle, message)


def test_the_other_feature_files_still_run(feature_run: dict[str, tuple[str, str]]) -> None:
    """The good feature and every step mistake were bound and ran next to the broken files."""
    assert feature_run["test_the_good_scenario_still_runs"][0] == "PASSED", feature_run
    assert {f"test_mistake_{name}" for name in STEP_MISTAKES} <= set(feature_run)
    broken = [t for t, (outcome, _) in feature_run.items() if t.startswith("test_feature_file_")]
    assert len(broken) == len(SYNTAX_MISTAKES), sorted(feature_run)
