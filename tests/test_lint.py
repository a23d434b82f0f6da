"""ruff lint and format are part of the suite, configured in pyproject.toml."""

import subprocess
import sys

from helpers import ROOT


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint() -> None:
    result = _ruff("check", "engine", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _ruff("format", "--check", "engine", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr
