"""pytest set-up: the Gherkin step library; one-line errors for feature authors that name the line at
fault (the step, the row of its table, or the Examples row its <placeholders> come from); the tags of
the feature files; and the selection `dealcheck scenarios` passes (engine/scenarios.py)."""

from __future__ import annotations

import atexit
import difflib
import functools
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

from pytest_bdd.gherkin_parser import get_gherkin_document
from pytest_bdd.parser import PARAM_RE
from pytest_bdd.reporting import ReportContext, test_report_context_registry
from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

import steps
from engine.scenarios import (
    FILE_OPTION,
    LINES_OPTION,
    RULE_OPTION,
    TAG_OPTION,
    Selection,
    examples_of,
    scenario_terms,
    shown,
    tags_in,
)
from steps import *  # noqa: F403 - registers every step of the vocabulary with pytest-bdd
from steps import CURRENT, VOCABULARY, FeatureError

GENERIC_TAGS = {
    "boundary": "a scenario at a number the agreement states",
    "waiver": "a scenario about who may waive",
    "errors": "a scenario where the deal state is refused",
    "example": "a scenario over a shipped example deal state",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("dealcheck", "scenarios for legal staff (what `dealcheck scenarios` passes)")
    group.addoption(FILE_OPTION, action="append", default=[], metavar="PATH", help="only this feature file's scenarios")
    group.addoption(RULE_OPTION, action="append", default=[], metavar="ID", help="only the scenarios of this rule id")
    group.addoption(TAG_OPTION, action="append", default=[], metavar="TAG", help="only the scenarios with this tag")
    group.addoption(LINES_OPTION, action="store_true", help="after the run, each failed scenario by file:LINE")


def _features_base(config: pytest.Config) -> Path:
    return config.rootpath / (config.getini("bdd_features_base_dir") or "features")


def pytest_configure(config: pytest.Config) -> None:
    """Every tag a feature file uses is a marker, so no tag needs registering in Python, while
    --strict-markers still refuses a misspelled mark on a Python test."""
    for name, text in GENERIC_TAGS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    for tag, where in tags_in(_features_base(config)).items():
        if tag not in GENERIC_TAGS:
            config.addinivalue_line("markers", f"{tag}: a tag of the feature files (first at {where})")
    if config.getoption(LINES_OPTION) and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_ScenarioLines(), "dealcheck-scenario-lines")


def _where(feature, step) -> tuple[str, int]:
    return shown(feature.filename), step.line_number


# ---------------------------------------------------------------- the line an error names


@functools.cache
def _example_lines(filename: str, scenario_line: int) -> tuple[int, ...]:
    """The line of each Examples row of the Scenario Outline at `scenario_line`, in pytest-bdd's order."""
    children = list(get_gherkin_document(filename).feature.children)
    while children:
        child = children.pop(0)
        if child.rule is not None:
            children.extend(child.rule.children)
        elif child.scenario is not None and child.scenario.location.line == scenario_line:
            return tuple(row.location.line for ex in child.scenario.examples for row in ex.table_body or [])
    return ()


def _template_of(item):
    return registry_get_safe(scenario_wrapper_template_registry, getattr(item, "obj", None))


def _example_index(item) -> int | None:
    callspec = getattr(item, "callspec", None)
    if callspec is None or "_pytest_bdd_example" not in callspec.params:
        return None
    return callspec.indices["_pytest_bdd_example"]


def pytest_bdd_before_step(request, feature, scenario, step, step_func) -> None:
    CURRENT.file, CURRENT.line = _where(feature, step)
    rows = step.datatable.rows if step.datatable is not None else []
    CURRENT.rows = tuple(r.location.line for r in rows)
    CURRENT.table_keys = {r.cells[0].value.strip(): r.location.line for r in rows if r.cells}
    CURRENT.row = None
    CURRENT.example_line, CURRENT.example = None, {}
    template, index = _template_of(request.node), _example_index(request.node)
    if template is None or index is None:
        return
    written = next((s for s in template.steps if s.line_number == step.line_number), None)
    if written is None:
        return
    used = set(PARAM_RE.findall(written.name))
    if written.datatable is not None:
        used.update(p for row in written.datatable.raw() for cell in row for p in PARAM_RE.findall(str(cell)))
    context = request.node.callspec.params["_pytest_bdd_example"]
    lines = _example_lines(feature.filename, template.line_number)
    CURRENT.example_line = lines[index] if index < len(lines) else None
    CURRENT.example = {k: v for k, v in context.items() if k in used}
    unknown = sorted(used - set(context))
    if unknown:
        near = difflib.get_close_matches(unknown[0], list(context), n=1, cutoff=0.5)
        fix = f"did you mean <{near[0]}>?" if near else f"add a column `{unknown[0]}` to the Examples table"
        raise FeatureError(
            f"{CURRENT.file}:{CURRENT.line}: the step uses <{unknown[0]}>, but the Examples table has no such"
            f" column (its columns: {', '.join(context)}). Fix: {fix}"
        )


def pytest_bdd_after_step(request, feature, scenario, step, step_func, step_func_args) -> None:
    world = step_func_args.get("world")
    if step.type == "given" and isinstance(world, steps.World):
        world.note_changes()


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception) -> None:
    """An unknown step: say where, and offer the nearest phrases of the vocabulary."""
    file, line = _where(feature, step)
    text = f"{step.keyword.strip()} {step.name}"
    examples = [v.example for v in VOCABULARY]
    near = difflib.get_close_matches(text, examples, n=2, cutoff=0.4)
    fix = ("did you mean: " + " / ".join(near)) if near else "see docs/steps.md for the phrases you can use"
    raise FeatureError(f"{file}:{line}: unknown step: {text}. Fix: {fix}")


# ---------------------------------------------------------------- collection: order, selection, names


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests marked `slow` first, in their order, then the rest in theirs: pytest-xdist hands out
    tests in this order, so a test of many seconds never starts last while the other workers idle.
    Every worker collects the same items and sorts them the same way, as xdist requires.

    Each scenario also answers to its feature file's path in `-k` and carries its `file:LINE` and
    name (in JUnit XML too); with a selection (`dealcheck scenarios`), only the chosen ones run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    selection = Selection(
        files=frozenset(str(Path(f).resolve()) for f in config.getoption(FILE_OPTION)),
        rules=frozenset(config.getoption(RULE_OPTION)),
        tags=frozenset(t.lstrip("@") for t in config.getoption(TAG_OPTION)),
    )
    chosen, dropped = [], []
    for item in items:
        template = _template_of(item)
        broken = getattr(getattr(item, "obj", None), "feature_file", None)  # a file that could not be bound
        if template is not None:
            file, line = template.feature.filename, template.line_number
            where = f"{shown(file)}:{line}"
            item.extra_keyword_matches.add(shown(file))
            item.user_properties += [("feature", where), ("scenario", template.name)]
            keep = True
            if selection:
                index = _example_index(item)
                examples, context = examples_of(template)[index or 0]
                keep = selection.selects(file, *scenario_terms(template, examples, context))
        elif broken is not None:
            item.extra_keyword_matches.add(shown(broken))
            item.user_properties.append(("feature", shown(broken)))
            keep = selection.selects_file(broken)
        else:
            keep = not selection
        (chosen if keep else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = chosen


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is not None and call.excinfo.errisinstance(FeatureError):
        report.longrepr = str(call.excinfo.value)
    context = registry_get_safe(test_report_context_registry, report)
    if context is not None:  # Cucumber JSON's `uri`: the path from the checkout, as the lawyer types it
        feature = context.scenario["feature"]
        feature["rel_filename"] = shown(feature["filename"])


# pytest-bdd writes Cucumber JSON from what each test's report carries; across pytest-xdist's workers
# that part is not sent along. These two carry it, so that --cucumberjson works on every core.


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(config: pytest.Config, report):
    data = yield
    context = registry_get_safe(test_report_context_registry, report)
    if data is not None and context is not None and config.option.cucumber_json_path:
        data["dealcheck_bdd"] = {"scenario": context.scenario, "name": context.name}
    return data


@pytest.hookimpl(wrapper=True)
def pytest_report_from_serializable(config: pytest.Config, data):
    bdd = data.pop("dealcheck_bdd", None) if isinstance(data, dict) else None
    report = yield
    if bdd is not None and report is not None:
        test_report_context_registry[report] = ReportContext(scenario=bdd["scenario"], name=bdd["name"])
    return report


class _ScenarioLines:
    """`--scenario-lines`: each failed scenario as `FAILED file:LINE  name [row]` and its one-line
    message, in place of pytest's summary (`dealcheck scenarios` runs with --no-summary)."""

    def __init__(self) -> None:
        self.failed: list = []

    def pytest_runtest_logreport(self, report) -> None:
        if report.failed:
            self.failed.append(report)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        write = terminalreporter.write_line
        if self.failed:
            write("")
        for report in self.failed:
            props = dict(report.user_properties)
            row = report.nodeid.partition("[")[2].rstrip("]")
            name = props.get("scenario", report.nodeid.rpartition("::")[2])
            write(f"FAILED {props.get('feature', report.nodeid)}  {name}" + (f"  [{row}]" if row else ""))
            write(f"    {_one_line(report)}")


def _one_line(report) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, str):
        return longrepr
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None:
        return f"{crash.path}:{crash.lineno}: {crash.message}".replace("\n", " ")
    text = str(longrepr).strip().splitlines()
    return text[-1] if text else report.outcome
