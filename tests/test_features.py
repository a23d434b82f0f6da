"""Every feature file under features/ is bound here; none is left out.

Each file is bound on its own, so that a Gherkin mistake in one file (a misspelled keyword, a step
before any Scenario, a broken table) fails that file alone, as one test whose message is
`features/…/x.feature:LINE: what is wrong. Fix: …`, and every other feature still runs.
"""

from __future__ import annotations

import difflib
import glob
import os
import re
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserException
from gherkin.parser import Parser
from pytest_bdd import scenarios
from pytest_bdd.scenario import get_features_base_dir

from engine.scenarios import shown
from steps import VOCABULARY, FeatureError

BLOCK_KEYWORDS = ("Feature", "Rule", "Background", "Scenario", "Scenario Outline", "Example", "Examples")
STEP_KEYWORDS = ("Given", "When", "Then", "And", "But")
_TOKENS = {
    "#EOF": "the end of the file",
    "#FeatureLine": "Feature:",
    "#RuleLine": "Rule:",
    "#BackgroundLine": "Background:",
    "#ScenarioLine": "Scenario:",
    "#ExamplesLine": "Examples:",
    "#StepLine": "a step",
    "#TagLine": "a tag",
    "#TableRow": "a table row",
    "#DocStringSeparator": 'a doc string (""")',
    "#Other": "more text",
}
_STEP_PATTERNS = [re.compile(v.pattern) for v in VOCABULARY]


def _keyword_fix(text: str) -> tuple[str, str] | None:
    """`Scenaro: x` -> did you mean `Scenario:`; `Gven the deal …` -> did you mean `Given`."""
    head = text.strip()
    if ":" in head:
        word = head.split(":", 1)[0].strip()
        near = difflib.get_close_matches(word, BLOCK_KEYWORDS, n=1, cutoff=0.6)
        if near and word != near[0]:
            return f"`{word}:` is not a Gherkin keyword", f"did you mean `{near[0]}:`?"
    word, _, rest = head.partition(" ")
    near = difflib.get_close_matches(word, STEP_KEYWORDS, n=1, cutoff=0.6)
    if near and word not in STEP_KEYWORDS and any(p.fullmatch(rest) for p in _STEP_PATTERNS):
        return f"`{word}` is not a step keyword", f"did you mean `{near[0]}`?"
    return None


def _parse_error(exc: Exception) -> tuple[int | None, str, str]:
    errors = exc.errors if isinstance(exc, CompositeParserException) else [exc]
    first = errors[0]
    line = (getattr(first, "location", None) or {}).get("line")
    text = re.sub(r"^\(\d+:\d+\): ", "", str(first.args[0] if first.args else first))
    match = re.match(r"expected: (.*), got '(.*)'$", text, re.S)
    fix = "check the keywords: Feature, Rule, Background, Scenario, Examples, Given, When, Then, And, But"
    ended = re.match(r"unexpected end of file, expected: (.*)$", text, re.S)
    if ended:
        expected = [_TOKENS[t.strip()] for t in ended.group(1).split(",") if t.strip() in _TOKENS]
        text = "the file ends too early; expected " + ", ".join(dict.fromkeys(expected))
        fix = 'close what is open (a doc string needs its closing """)'
    elif "inconsistent cell count" in text:
        fix = "give every row of the table the same number of | cells"
    elif text.startswith("Language not supported"):
        fix = "remove the `# language:` line, or name a language Gherkin knows (en, fr, de, ...)"
    if match:
        expected = [_TOKENS[t.strip()] for t in match.group(1).split(",") if t.strip() in _TOKENS]
        got = match.group(2)
        text = f"unexpected line `{got.strip()}`; expected " + ", ".join(dict.fromkeys(expected))
        near = _keyword_fix(got)
        if near:
            text, fix = near[0], near[1]
    return line, text, fix


def _descriptions(node, out: list) -> None:
    """Every free-text description (of the Feature, a Rule, Background, Scenario or Examples)."""
    if isinstance(node, dict):
        if node.get("description", "").strip() and "location" in node:
            out.append((node["location"]["line"], node["description"]))
        for value in node.values():
            _descriptions(value, out)
    elif isinstance(node, list):
        for value in node:
            _descriptions(value, out)


def _lint(lines: list[str], document: dict) -> tuple[int, str, str] | None:
    """Gherkin reads a misspelled keyword, or a step before any Scenario, as description text and
    drops it silently. Find such lines."""
    found: list[tuple[int, str]] = []
    _descriptions(document.get("feature"), found)
    for start, description in found:
        wanted = [d.strip() for d in description.splitlines() if d.strip()]
        number = start
        for text in wanted:
            while number < len(lines) and lines[number].strip() != text:
                number += 1
            number += 1  # 1-based line of `text`
            word = text.split(" ", 1)[0]
            if word in STEP_KEYWORDS or word == "*":
                return (
                    number,
                    f"a step outside any Scenario: `{text}`",
                    "put it under a `Scenario:` (or a `Background:`), or reword the description",
                )
            near = _keyword_fix(text)
            if near:
                return number, near[0], near[1]
    return None


def _tags(node, out: list) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "tags":
                out.extend(value)
            else:
                _tags(value, out)
    elif isinstance(node, list):
        for value in node:
            _tags(value, out)


def _bad_tag(document: dict) -> tuple[int, str, str] | None:
    """Any tag is welcome (tests/conftest.py accepts every tag a feature file uses), but pytest reads
    a mark's name up to a `:` or `(`."""
    found: list[dict] = []
    _tags(document.get("feature"), found)
    for tag in found:
        if re.search(r"[:()]", tag["name"]):
            better = re.sub(r"[:()]+", "_", tag["name"]).strip("_")
            return tag["location"]["line"], f"the tag {tag['name']} has a `:`, `(` or `)`", f"write {better}"
    return None


def feature_problem(path: str) -> str | None:
    """One line `file:LINE: what is wrong. Fix: …`, or None when the file is good Gherkin."""
    name = shown(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        return f"{name}:{line}: not UTF-8 text (byte {exc.object[exc.start]:#04x}). Fix: save the file as UTF-8"
    except OSError as exc:
        return f"{name}: cannot read the file ({exc.strerror}). Fix: check the file"
    try:
        document = Parser().parse(text)
    except (CompositeParserException, ParserException) as exc:
        line, message, fix = _parse_error(exc)
        return f"{name}:{line or 1}: {message}. Fix: {fix}"
    if document.get("feature") is None:
        return f"{name}:1: no `Feature:` in the file. Fix: start the file with `Feature: <title>`"
    problem = _lint(text.splitlines(), document) or _bad_tag(document)
    if problem:
        line, message, fix = problem
        return f"{name}:{line}: {message}. Fix: {fix}"
    if not any("scenario" in c or "rule" in c for c in document["feature"].get("children", [])):
        line = document["feature"]["location"]["line"]
        return f"{name}:{line}: the feature has no Scenario. Fix: add a `Scenario:` with its steps"
    return None


def _failing(message: str, path: str):
    def test() -> None:
        raise FeatureError(message)

    test.feature_file = path  # tests/conftest.py: selected with its file, answers to its path in -k
    return test


def _test_name(path: str, base: str) -> str:
    return "test_feature_file_" + re.sub(r"\W+", "_", os.path.relpath(path, base)).strip("_").lower()


_BASE = get_features_base_dir(__file__)
for _path in sorted(glob.glob(os.path.join(_BASE, "**", "*.feature"), recursive=True)):
    _problem = feature_problem(_path)
    if _problem is None:
        try:
            scenarios(_path)
        except Exception as _exc:  # pytest-bdd refuses what the Gherkin parser took: still this file alone
            _problem = f"{shown(_path)}:{getattr(_exc, 'line', None) or 1}: {getattr(_exc, 'message', _exc)}"
    if _problem is not None:
        globals()[_test_name(_path, _BASE)] = _failing(_problem, _path)
