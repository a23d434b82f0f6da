"""Random mutations of the example deal states: a complete checklist or one clean error, nothing else.

Each example is a mutated example deal state (a key deleted, a scalar's type changed, a list item
duplicated, a value replaced by a random string, number, date or list, or the text truncated) run
in-process through `engine.cli.main` with stdout and stderr captured. The only outcomes allowed:
exit 0 or 1 with the checklist ending in its verdict line, or exit 2 with one stderr line and an
empty stdout. Control characters are kept out of the random text: tests/test_hostile.py covers them.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.cli import main
from helpers import EXAMPLES, text_verdict

EXAMPLE_TEXTS = {p.name: p.read_text() for p in sorted(EXAMPLES.glob("*.yaml"))}
# Each example parsed once (a deep copy per draw to mutate): PyYAML's pure-Python reader took most of
# this test's time. Dumped with libyaml where PyYAML has it (the same text as PyYAML's own emitter).
EXAMPLE_DATA = {name: yaml.safe_load(text) for name, text in EXAMPLE_TEXTS.items()}
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)
SCALARS = st.one_of(
    TEXT,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.decimals(allow_nan=True, allow_infinity=True, places=None).map(str),
    st.floats(),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.sampled_from(["FTTI", "INTEL", "WEBB", "COMPANY", "$1,000.00", "-$5", "2003-02-30", "spa.4.1.j", "true"]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(TEXT, SCALARS, max_size=2))
MUTATIONS = ("delete", "retype", "duplicate", "replace", "truncate", "rename")


def _paths(data: Any, path: tuple = ()) -> list[tuple]:
    out = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, path + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, path + (i,))
    return out


def _parent(data: Any, path: tuple) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def _retype(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return str(value)
    if isinstance(value, str):
        return [value]
    return str(value)


@st.composite
def mutated(draw) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(EXAMPLE_TEXTS)))
    text = EXAMPLE_TEXTS[name]
    kinds = draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3))
    if kinds == ["truncate"]:
        return name, text[: draw(st.integers(0, len(text)))]
    data = copy.deepcopy(EXAMPLE_DATA[name])
    for kind in kinds:
        paths = _paths(data)
        if not paths or kind == "truncate":
            continue
        path = draw(st.sampled_from(paths))
        parent, last = _parent(data, path), path[-1]
        if kind == "delete":
            del parent[last]
        elif kind == "retype":
            parent[last] = _retype(parent[last])
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(last, parent[last])
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(TEXT)] = parent.pop(last)
        else:
            parent[last] = draw(VALUES)
    out = yaml.dump(data, Dumper=DUMPER, sort_keys=False, allow_unicode=True)
    if "truncate" in kinds:
        out = out[: draw(st.integers(0, len(out)))]
    return name, out


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


SPENT: list[float] = []


@pytest.mark.slow
@settings(
    max_examples=120,
    deadline=dt.timedelta(seconds=10),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(case=mutated(), fmt=st.sampled_from(["text", "json", "markdown"]))
def test_a_mutated_deal_state_gives_a_checklist_or_one_clean_error(
    tmp_path: Path, case: tuple[str, str], fmt: str
) -> None:
    name, text = case
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    code, out, err = run(["check", str(path), "--format", fmt])
    SPENT.append(time.monotonic() - start)
    assert "Traceback" not in out + err
    if code == 2:
        assert out == "", "a partial result on stdout"
        lines = err.splitlines()
        assert len(lines) == 1 and err.endswith("\n"), err[:600]
        assert lines[0].startswith("dealcheck: "), lines[0][:300]  # naming file:line: tests/test_hostile.py
        return
    assert code in (0, 1), (code, err[-600:])
    assert err == ""
    if fmt == "json":
        assert out.rstrip().endswith("}"), out[-300:]
        return
    last = out.splitlines()[-1] if fmt == "markdown" else text_verdict(out)  # the text wraps the verdict
    assert last.startswith("closing ready: yes" if code == 0 else "closing ready: no"), last[:300]


@pytest.mark.parametrize("name", sorted(EXAMPLE_TEXTS))
def test_the_unmutated_examples_pass_the_same_checks(tmp_path: Path, name: str) -> None:
    code, out, err = run(["check", str(EXAMPLES / name)])
    assert code in (0, 1) and err == "" and text_verdict(out).startswith("closing ready: ")
