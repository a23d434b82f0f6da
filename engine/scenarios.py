"""The behaviour suite for legal staff: pick scenarios by feature file, rule id or tag, and run them.

`dealcheck scenarios` checks what it is given against what exists (a did-you-mean otherwise) and
runs tests/test_features.py through pytest in a process of its own, passing the selection as
options that tests/conftest.py applies with `Selection.selects`, the one test of "is this scenario
chosen" (the `--list` of the command uses it too). Needs this checkout's features/ and tests/ and
the test extra (pytest-bdd); the engine itself never imports this module.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from engine.errors import DealcheckError, did_you_mean

ROOT = Path(__file__).resolve().parent.parent
SUITE = "tests/test_features.py"
FEATURES = ROOT / "features"

# The pytest options of tests/conftest.py that carry a selection (pytest-bdd has a --feature of its own).
FILE_OPTION, RULE_OPTION, TAG_OPTION = "--feature-file", "--feature-rule", "--feature-tag"
LINES_OPTION = "--scenario-lines"  # one line per failed scenario, `file:LINE`, in place of pytest's summary

# Below this many scenarios one process is quicker than starting pytest-xdist's workers (each imports
# and collects everything before its first scenario).
FEW_SCENARIOS = 60

_QUOTED = re.compile(r'"([^"]*)"')
_TAG_LINE = re.compile(r"^\s*@")


def rule_tag(rule_id: str) -> str:
    """The tag of a rule's scenarios, identifier-like so that pytest's `-m` can select it: spa.4.1.j -> spa_4_1_j."""
    return rule_id.replace(".", "_").replace("-", "_")


@attrs.frozen
class Selection:
    """Which scenarios to run: those of any of `files`, AND naming any of `rules`, AND tagged any of
    `tags` (an empty part selects everything)."""

    files: frozenset[str] = frozenset()  # resolved absolute paths of feature files
    rules: frozenset[str] = frozenset()  # rule ids
    tags: frozenset[str] = frozenset()  # tag names without "@"

    def __bool__(self) -> bool:
        return bool(self.files or self.rules or self.tags)

    def options(self) -> list[str]:
        """The selection as pytest options of tests/conftest.py."""
        out = [f"{FILE_OPTION}={f}" for f in sorted(self.files)]
        out += [f"{RULE_OPTION}={r}" for r in sorted(self.rules)]
        return out + [f"{TAG_OPTION}={t}" for t in sorted(self.tags)]

    def selects_file(self, file: str | os.PathLike) -> bool:
        return not self.files or str(Path(file).resolve()) in self.files

    def selects(self, file: str | os.PathLike, tags: Iterable[str], mentions: Iterable[str]) -> bool:
        """A scenario of `file` with these tags (its own, its Rule's, its Feature's, its Examples')
        and quoting these words (in its steps, Background included, and their tables) is chosen.
        A scenario is a rule's when it carries the rule's tag or names the rule in a step."""
        if not self.selects_file(file):
            return False
        tags = set(tags)
        if self.tags and not tags & self.tags:
            return False
        if self.rules:
            words = set(mentions)
            return any(r in words or rule_tag(r) in tags for r in self.rules)
        return True


# ---------------------------------------------------------------- what one scenario is


def examples_of(template: Any) -> list[tuple[Any, dict[str, str]]]:
    """(Examples block, row) of each test pytest-bdd makes of a scenario, in its order; ((None, {}))
    for a plain Scenario."""
    pairs = [(ex, ctx) for ex in template.examples for ctx in ex.as_contexts()]
    return pairs or [(None, {})]


def scenario_terms(template: Any, examples: Any, context: dict[str, str]) -> tuple[set[str], set[str]]:
    """The tags of one scenario (or one row of a Scenario Outline) and the words it quotes."""
    tags = set(template.tags) | set(template.feature.tags)
    if template.rule is not None:
        tags |= set(template.rule.tags)
    if examples is not None:
        tags |= set(examples.tags)
    words: set[str] = set()
    for step in template.render(context).steps:
        words.update(_QUOTED.findall(step.name))
        if step.datatable is not None:
            words.update(str(cell).strip() for row in step.datatable.raw() for cell in row)
    return tags, words


@attrs.frozen
class Listed:
    """One scenario (one row of a Scenario Outline) as a lawyer finds it: file, line, name."""

    file: str
    line: int
    name: str
    example: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}  {self.name}" + (f"  [{self.example}]" if self.example else "")


def shown(path: str | os.PathLike) -> str:
    """A path as the lawyer types it: relative to the checkout when it is inside."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def feature_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.feature"))


def listing(selection: Selection, folder: Path) -> tuple[list[Listed], list[str]]:
    """The scenarios the selection chooses, and the chosen feature files that cannot be read (the
    run reports each of them, with its line and fix, as a failure)."""
    from pytest_bdd.parser import FeatureParser

    found: list[Listed] = []
    broken: list[str] = []
    for path in feature_files(folder):
        if not selection.selects_file(path):
            continue
        try:
            feature = FeatureParser(str(folder), str(path.relative_to(folder))).parse()
        except Exception:  # noqa: BLE001 - any refusal of the parser: the run shows it with its line
            broken.append(shown(path))
            continue
        for template in feature.scenarios.values():
            for examples, context in examples_of(template):
                tags, words = scenario_terms(template, examples, context)
                if selection.selects(path, tags, words):
                    row = "-".join(context.values())
                    name = template.render(context).name
                    found.append(Listed(shown(path), template.line_number, name, row))
    return found, broken


# ---------------------------------------------------------------- what the lawyer names


def tags_in(folder: Path) -> dict[str, str]:
    """Every tag a feature file under `folder` uses (without "@"), with the first `file:LINE` of it."""
    tags: dict[str, str] = {}
    for path in feature_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the run reports the file
        for number, line in enumerate(text.splitlines(), 1):
            if _TAG_LINE.match(line):
                for word in line.split("#", 1)[0].split():
                    if word.startswith("@") and len(word) > 1:
                        tags.setdefault(word[1:], f"{shown(path)}:{number}")
    return tags


def resolve_files(given: Sequence[str], folder: Path, cwd: Path | None = None) -> frozenset[str]:
    """Feature files (or folders of them) as typed, relative to here, the checkout or the features
    folder; each must exist under `folder`."""
    cwd = cwd or Path.cwd()
    every = feature_files(folder)
    chosen: set[str] = set()
    for text in given:
        path = _existing(text, folder, cwd)
        if path is None:
            raise DealcheckError(f"{text}: no such feature file", fix=_near_file(text, every, folder))
        path = path.resolve()
        if not (path == folder.resolve() or folder.resolve() in path.parents):
            raise DealcheckError(
                f"{text}: not under the features folder {shown(folder)}",
                fix=f"give a feature file under {shown(folder)}/",
            )
        if path.is_dir():
            inside = [p for p in every if path in p.resolve().parents]
            if not inside:
                raise DealcheckError(f"{text}: no feature file in this folder", fix=_near_file(text, every, folder))
            chosen.update(str(p.resolve()) for p in inside)
        elif path.suffix != ".feature":
            raise DealcheckError(f"{text}: not a feature file", fix="give a file ending in .feature")
        else:
            chosen.add(str(path))
    return frozenset(chosen)


def _existing(text: str, folder: Path, cwd: Path) -> Path | None:
    path = Path(text)
    candidates = [path] if path.is_absolute() else [cwd / path, ROOT / path, folder / path]
    return next((p for p in candidates if p.exists()), None)


def _near_file(text: str, every: list[Path], folder: Path) -> str:
    names = {shown(p): p for p in every}
    near = difflib.get_close_matches(text, list(names), n=1, cutoff=0.6)
    if not near:  # the file's own name, typed without (or with a wrong) folder
        by_name = {p.name: shown(p) for p in every}
        near = [by_name[n] for n in difflib.get_close_matches(Path(text).name, list(by_name), n=1, cutoff=0.6)]
    if near:
        return "did you mean " + " or ".join(f'"{n}"' for n in near) + "?"
    example = shown(every[0]) if every else f"{shown(folder)}/…/x.feature"
    return f"give the path of a feature file, such as {example}"


def resolve_rules(given: Sequence[str], rule_ids: Iterable[str]) -> frozenset[str]:
    """Rule ids as typed: a rule (`spa.5.3.a`), its tag (`spa_5_3_a`), or the start of several
    (`spa.4.1` for every §4.1 rule)."""
    ids = sorted(set(rule_ids))
    by_tag = {rule_tag(r): r for r in ids}
    chosen: set[str] = set()
    for text in given:
        text = text.strip()
        if text in ids:
            chosen.add(text)
        elif text.lstrip("@") in by_tag:
            chosen.add(by_tag[text.lstrip("@")])
        elif under := [r for r in ids if r.startswith(text.rstrip(".") + ".")]:
            chosen.update(under)
        else:
            raise DealcheckError(
                f'no rule "{text}"', fix=did_you_mean(text, ids) or "`dealcheck rules` lists the rules and their ids"
            )
    return frozenset(chosen)


def resolve_tags(given: Sequence[str], known: Iterable[str]) -> frozenset[str]:
    """Tags as typed, with or without "@"; each must be used by some feature file."""
    known = sorted(set(known))
    chosen: set[str] = set()
    for text in given:
        tag = text.strip().lstrip("@")
        if tag not in known:
            hint = did_you_mean(f"@{tag}", [f"@{k}" for k in known])
            raise DealcheckError(f"no feature file uses the tag @{tag}", fix=hint or "the tags in use: " + _few(known))
        chosen.add(tag)
    return frozenset(chosen)


def _few(names: list[str], limit: int = 12) -> str:
    shown_names = ", ".join("@" + n for n in names[:limit])
    return shown_names + (f" and {len(names) - limit} more" if len(names) > limit else "")


# ---------------------------------------------------------------- the run


def check_suite() -> None:
    """The behaviour suite is in this checkout and pytest-bdd is installed, or a one-line refusal."""
    if not (ROOT / SUITE).is_file():
        raise DealcheckError(
            f"the behaviour suite ({SUITE}) is not next to this dealcheck ({ROOT})",
            fix="run dealcheck from a checkout of its repository (it has features/ and tests/)",
        )
    try:
        import pytest_bdd  # noqa: F401
        import xdist  # noqa: F401
    except ImportError:
        raise DealcheckError(
            "running scenarios needs the test tools (pytest-bdd, pytest-xdist)",
            fix="install them: .venv/bin/pip install -e '.[test]'",
        ) from None


def pytest_command(
    selection: Selection,
    folder: Path,
    count: int,
    cucumber_json: Path | None = None,
    junit_xml: Path | None = None,
    workers: int | None = None,
) -> list[str]:
    """The pytest run of the chosen scenarios: quiet, one line per failure; on `workers` processes,
    by default one for a few scenarios and every core for many."""
    if workers is None:
        workers = 1 if count < FEW_SCENARIOS else 0
    argv = [sys.executable, "-m", "pytest", SUITE, "-q", "--no-header", "--no-summary", LINES_OPTION]
    argv += ["-o", f"bdd_features_base_dir={folder.resolve()}"]
    argv += ["-n", "0" if workers == 1 else ("auto" if workers == 0 else str(workers))]
    argv += selection.options()
    if cucumber_json is not None:
        argv.append(f"--cucumberjson={cucumber_json.resolve()}")
    if junit_xml is not None:
        argv.append(f"--junitxml={junit_xml.resolve()}")
    return argv


def run(argv: list[str], policies: Path | None = None) -> int:
    """pytest's exit code; its output goes straight to this process's own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}  # what the user's shell adds is not ours
    if policies is not None:
        env["DEALCHECK_POLICIES"] = str(policies.resolve())
    sys.stdout.flush()
    return subprocess.run(argv, cwd=ROOT, env=env, check=False).returncode


def step_library() -> Any:
    """tests/steps.py of this checkout, the step vocabulary (for what a Then step asserts)."""
    check_suite()
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import steps

    return steps
