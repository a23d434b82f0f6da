"""Mistakes legal staff can make in a feature file: each is one line with the file, line and fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

HEADER = """Feature: a scenario with a mistake
  Scenario: the mistake
    Given the deal state "examples/jabber-series-d-closing.yaml"
"""


def run_feature(tmp_path: Path, body: str) -> str:
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "mistake.feature").write_text(HEADER + body)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_features.py",
            "-q",
            "-p",
            "no:randomly",
            "-o",
            f"bdd_features_base_dir={folder}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout[-2000:]
    return result.stdout


@pytest.mark.parametrize(
    "body, line, needles",
    [
        ("    When the deal is chekced\n", 4, ["unknown step", "did you mean", "When the deal is checked"]),
        (
            '    And the fact "closing_dat" is "2003-03-18"\n    When the deal is checked\n',
            4,
            ['"closing_dat" is not a fact', 'did you mean "closing_date"'],
        ),
        ('    And the as-of date is "2003-02-30"\n', 4, ["bad date", "not a real calendar date", "YYYY-MM-DD"]),
        (
            '    When the deal is checked\n    Then "spa.4.1.jj" is "met" for "FTTI"\n',
            5,
            ['"spa.4.1.jj" is not a rule', 'did you mean "spa.4.1.j"'],
        ),
        ('    When the deal is checked\n    Then "spa.4.1.j" is "satisfied" for "FTTI"\n', 5, ["is not a status"]),
        (
            '    When the deal is checked\n    Then "spa.4.1.j" is "not met" for "FTTI"\n',
            5,
            ["expected not met, dealcheck says met"],
        ),
    ],
)
def test_feature_mistakes_are_one_line(tmp_path: Path, body: str, line: int, needles: list[str]) -> None:
    out = run_feature(tmp_path, body)
    lines = [x for x in out.splitlines() if "mistake.feature:" in x and "FAILED" not in x]
    assert lines, out[-2000:]
    message = lines[0]
    assert f"mistake.feature:{line}:" in message, message
    for needle in needles:
        assert needle in message, (needle, message)
    assert "Traceback" not in out
