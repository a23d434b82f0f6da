"""Shared test helpers: paths and running the CLI as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"


def run_cli(*args: str, policies: Path | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if policies is not None:
        env["DEALCHECK_POLICIES"] = str(policies)
    return subprocess.run(
        [sys.executable, "-m", "engine.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )


def without_block(text: str, key: str) -> str:
    """The YAML text without its first top-level block `key:`, so a test can write it again."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith(" ") or not lines[end].strip()):
        end += 1
    return "\n".join(lines[:start] + lines[end:])


def compiled_disagreements(engine, state, as_of=None) -> list[str]:
    """Every row where the compiled conditions (engine/expression/compiled.py) and the reference
    evaluator disagree on a condition's value or on the fields durable-rules is given; [] when none.

    It runs one evaluation as Engine.check does, then, with every row's final status in place (what
    satisfied() reads), computes each row's `when` and `applies_when` both ways."""
    from engine.evaluation import _Run
    from engine.factbase import UNKNOWN
    from engine.settings import for_compiling
    from engine.waivers import rows_of

    as_of = as_of or state.as_of
    settings = {**engine.policy.default_settings(), **state.settings}
    compiled, names = engine.compiled(for_compiling(engine.policy, settings))
    run = _Run(engine, compiled, names, state, as_of, settings)
    run.go()
    found = []
    for crule in compiled.rules.values():
        for party in rows_of(crule.rule, engine.policy):
            env = {"party": party} if party else {}
            for cond in (crule.when, crule.applies):
                if cond is None:
                    continue
                value, fields = run._values(crule.rule, cond, env)
                step = run._evaluate(crule.rule, cond, env)
                same_value = value is step.value if UNKNOWN in (value, step.value) else value == step.value
                expected = run.encode(crule.rule, cond, step)
                if not same_value or fields != expected:
                    found.append(
                        f"{crule.rule.id} {party}: compiled {value!r} {fields!r}, reference {step.value!r} {expected!r}"
                    )
    return found
