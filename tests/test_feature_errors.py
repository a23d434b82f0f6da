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
    "ragged_examples": (
        "Feature: a ragged Examples table\n"
        "  Scenario Outline: ragged\n"
        '    Given the as-of date is "<date>"\n'
        "    Examples:\n"
        "      | date       |\n"
        "      | 2003-03-18 |\n"
        "      | 2003-03-19 | met |\n",
        7,
        ["inconsistent cell count", "Fix: give every row of the table the same number of | cells"],
    ),
    "open_doc_string": (
        'Feature: an open doc string\n  Scenario: open\n    Given the deal "jabber-series-d"\n      """\n      text\n',
        6,
        ["the file ends too early", '"""'],
    ),
    "not_utf8": (b"Feature: bytes\n  Scenario: latin-1\n    Given the deal \xe9\n", 3, ["not UTF-8"]),
    "empty": ("", 1, ["no `Feature:`"]),
}


STATE = 'Given the deal state "examples/jabber-series-d-closing.yaml"'
DATE_FIX = 'write dates as YYYY-MM-DD, such as "2003-03-18"'
AMOUNT_FIX = 'write an amount such as $7,200,000.00 or "7200000" (no floats, at most 6 decimals)'


def _record(rows: str) -> str:
    return f'    {STATE}\n    And the "documents" record "legal_opinion" with:\n      | field | value |\n{rows}'


def _outline(step: str, columns: str, row: str, then: str = "") -> str:
    return f"    {STATE}\n    {step}\n    When the deal is checked\n{then}    Examples:\n      {columns}\n      {row}\n"


# name: (the scenario's steps, the line the message names, words of the message, its exact fix or None).
# Mistakes inside a table (a data table of a step, or the Examples of a Scenario Outline): the line is
# the row's, and the fix is written in Gherkin, never as YAML. Each is a file of its own:
# features/mistake_in_<name>.feature, its scenario on line 2 (a Scenario Outline for an `example_` one).
TABLE_MISTAKES = {
    "table_bad_date": (
        _record("      | signed_by | COMPANY |\n      | dated | 2003-02-30 |\n"),
        7,
        ['the "dated" of the "documents" record "legal_opinion": "2003-02-30" is not a real calendar date'],
        DATE_FIX,
    ),
    "table_bad_amount": (
        f'    {STATE}\n    And the "payments" record "FTTI" with:\n      | cash | $3,499,99O.89 |\n',
        5,
        ['the "cash" of the "payments" record "FTTI": "$3,499,99O.89" is not an amount'],
        AMOUNT_FIX,
    ),
    "table_unknown_field": (
        _record("      | signed_by | COMPANY |\n      | datedd | 2003-03-18 |\n"),
        7,
        ['"datedd" is not a field of documents'],
        'did you mean "dated"?',
    ),
    "table_wrong_number_of_cells": (
        f'    {STATE}\n    And the "documents" record "legal_opinion" with:\n      | signed_by | COMPANY | FTTI |\n',
        5,
        ["this row has 3 cells, and each row of this table is | field | value |"],
        "write two cells in each row: the field, then its value",
    ),
    "table_unknown_party": (
        _record("      | delivered_to | FTTI, Intel Corp |\n      | dated | 2003-03-18 |\n")
        + '    When the deal is checked\n    Then "spa.4.1.j" is "met" for "FTTI"\n',
        6,
        ['the "delivered_to" of the "documents" record "legal_opinion": "Intel Corp" is not a party of this deal'],
        'write party keys separated by commas, such as "FTTI, INTEL"',
    ),
    "outcomes_unknown_rule": (
        f"    {STATE}\n    When the deal is checked\n    Then the outcomes are:\n"
        "      | rule | party | status |\n      | spa.4.1.j | FTTI | met |\n      | spa.4.1.jj | FTTI | met |\n",
        8,
        ['"spa.4.1.jj" is not a rule'],
        'did you mean "spa.4.1.j" or "spa.4.1.w" or "spa.4.1.v"?',
    ),
    "outcomes_unknown_status": (
        f"    {STATE}\n    When the deal is checked\n    Then the outcomes are:\n"
        "      | rule | party | status |\n      | spa.4.1.j | FTTI | mett |\n",
        7,
        ['"mett" is not a status'],
        'did you mean "met"?',
    ),
    "judgement_without_who": (
        f'    {STATE}\n    And the fact "legal_investment.permitted_at_closing" is "true"\n'
        '    When the deal is checked\n    Then "spa.4.1.j" is "met" for "FTTI"\n',
        4,
        ["legal_investment.permitted_at_closing turns on judgement, so the deal state must say who asserts it"],
        'say who makes the call: end the step with as asserted by "WHO" (a party, or counsel)',
    ),
    "example_bad_date": (
        _outline('And the as-of date is "<date>"', "| date |", "| 2003-02-30 |"),
        8,
        ['bad date: "2003-02-30" is not a real calendar date (in the Examples row, for the step on line 4)'],
        DATE_FIX,
    ),
    "example_bad_amount": (
        _outline(
            'And the fact "<fact>" is "<amount>"', "| fact | amount |", "| webb_note.amount_owed_at_closing | 1,2x |"
        ),
        8,
        ['webb_note.amount_owed_at_closing: "1,2x" is not an amount', "(in the Examples row, for the step on line 4)"],
        AMOUNT_FIX,
    ),
    "example_unknown_fact": (
        _outline('And the fact "<fact>" is "<value>"', "| fact | value |", "| closing_dat | 2003-03-18 |"),
        8,
        ['"closing_dat" is not a fact of deal jabber-series-d (in the Examples row, for the step on line 4)'],
        'did you mean "closing_date" or "closing_actions" or "pre_closing_conduct"?',
    ),
    "example_unknown_party": (
        _outline(
            'And the "delivered_to" of the "documents" record "legal_opinion" is "<to>"',
            "| to |",
            "| FTTI, Intel Corp |",
            '    Then "spa.4.1.j" is "met" for "FTTI"\n',
        ),
        9,
        ['the "delivered_to" of the "documents" record "legal_opinion": "Intel Corp" is not a party of this deal'],
        'write party keys separated by commas, such as "FTTI, INTEL"',
    ),
    "example_wrong_expectation": (
        _outline(
            "And nothing else", "| status |", "| not met |", '    Then "spa.4.1.j" is "<status>" for "FTTI"\n'
        ).replace("    And nothing else\n", ""),
        8,
        ["spa.4.1.j for FTTI: expected not met, dealcheck says met", "(in the Examples row, for the step on line 5)"],
        None,
    ),
    "example_unknown_column": (
        _outline('And the as-of date is "<dat>"', "| date |", "| 2003-03-18 |"),
        4,
        ["the step uses <dat>, but the Examples table has no such column (its columns: date)"],
        "did you mean <date>?",
    ),
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
    for name, (steps, *_) in TABLE_MISTAKES.items():
        keyword = "Scenario Outline" if name.startswith("example_") else "Scenario"
        (folder / f"mistake_in_{name}.feature").write_text(f"Feature: {name}\n  {keyword}: mistake in {name}\n{steps}")
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
    for outcome, test in re.findall(r"^(PASSED|FAILED) tests/test_features\.py::(.+?)(?: - .*)?$", out, re.M):
        outcomes[test] = (outcome, "")
    for test, body in re.findall(r"^_+ (.+?) _+\n(.*?)(?=^_+ .+? _+$|^=+ )", out, re.M | re.S):
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


@pytest.mark.parametrize("name", list(TABLE_MISTAKES))
def test_a_mistake_in_a_table_names_its_row_and_a_gherkin_fix(
    feature_run: dict[str, tuple[str, str]], name: str
) -> None:
    _, line, needles, fix = TABLE_MISTAKES[name]
    [(outcome, message)] = [v for t, v in feature_run.items() if t.startswith(f"test_mistake_in_{name}")]
    assert outcome == "FAILED", message
    assert re.match(rf"/\S+/features/mistake_in_{name}\.feature:{line}: ", message), message
    for needle in needles:
        assert needle in message, (needle, message)
    if fix is None:
        assert ". Fix: " not in message, message
    else:
        assert message.endswith(f". Fix: {fix}"), message


def test_no_message_is_about_yaml(feature_run: dict[str, tuple[str, str]]) -> None:
    """A feature file is Gherkin: no message names a "(scenario)" without a line, or suggests YAML."""
    for _, message in feature_run.values():
        assert "(scenario)" not in message, message
        assert not re.search(r"asserted_by|\{value|`- |`[a-z_]+: ", message), message


def test_the_other_feature_files_still_run(feature_run: dict[str, tuple[str, str]]) -> None:
    """The good feature and every step mistake were bound and ran next to the broken files."""
    assert feature_run["test_the_good_scenario_still_runs"][0] == "PASSED", feature_run
    assert {f"test_mistake_{name}" for name in STEP_MISTAKES} <= set(feature_run)
    broken = [t for t, (outcome, _) in feature_run.items() if t.startswith("test_feature_file_")]
    assert len(broken) == len(SYNTAX_MISTAKES), sorted(feature_run)
