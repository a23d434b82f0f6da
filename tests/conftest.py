"""pytest set-up: the Gherkin step library, one-line errors for feature authors, rule-id tags."""

from __future__ import annotations

import atexit
import difflib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The suite builds many policy folders: their cache entries go to a folder of the run's own, never
# the user's cache (a test that is about the cache sets DEALCHECK_CACHE itself).
if "DEALCHECK_CACHE" not in os.environ:
    os.environ["DEALCHECK_CACHE"] = tempfile.mkdtemp(prefix="dealcheck-test-cache-")
    atexit.register(shutil.rmtree, os.environ["DEALCHECK_CACHE"], True)

import steps
from engine.policy import load_policy, policies_root
from steps import *  # noqa: F403 - registers every step of the vocabulary with pytest-bdd
from steps import CURRENT, VOCABULARY, FeatureError

GENERIC_TAGS = {
    "boundary": "a scenario at a number the agreement states",
    "waiver": "a scenario about who may waive",
    "errors": "a scenario where the deal state is refused",
    "example": "a scenario over a shipped example deal state",
}


def rule_tag(rule_id: str) -> str:
    """Feature tags stay identifier-like so that `-m` can select them: spa.4.1.j -> spa_4_1_j."""
    return rule_id.replace(".", "_").replace("-", "_")


def pytest_configure(config: pytest.Config) -> None:
    for name, text in GENERIC_TAGS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    root = policies_root()
    for folder in sorted(root.glob("*")):
        if (folder / "deal.yaml").is_file():
            policy = load_policy(folder)
            config.addinivalue_line("markers", f"{rule_tag(policy.id)}: every scenario of deal {policy.id}")
            for rule in policy.rules.values():
                config.addinivalue_line("markers", f"{rule_tag(rule.id)}: {rule.section} {rule.title}")


def _where(feature, step) -> tuple[str, int]:
    try:
        file = str(Path(feature.filename).resolve().relative_to(steps.ROOT))
    except ValueError:
        file = feature.filename
    return file, step.line_number


def pytest_bdd_before_step(request, feature, scenario, step, step_func) -> None:
    CURRENT.file, CURRENT.line = _where(feature, step)


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception) -> None:
    """An unknown step: say where, and offer the nearest phrases of the vocabulary."""
    file, line = _where(feature, step)
    text = f"{step.keyword.strip()} {step.name}"
    examples = [v.example for v in VOCABULARY]
    near = difflib.get_close_matches(text, examples, n=2, cutoff=0.4)
    fix = ("did you mean: " + " / ".join(near)) if near else "see docs/steps.md for the phrases you can use"
    raise FeatureError(f"{file}:{line}: unknown step: {text}. Fix: {fix}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests marked `slow` first, in their order, then the rest in theirs: pytest-xdist hands out
    tests in this order, so a test of many seconds never starts last while the other workers idle.
    Every worker collects the same items and sorts them the same way, as xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is not None and call.excinfo.errisinstance(FeatureError):
        report.longrepr = str(call.excinfo.value)
