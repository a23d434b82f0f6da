"""Shared test helpers: paths, and running the CLI as a user would (in its own process) or in-process."""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"


@attrs.define
class Outcome:
    """What a finished CLI process gave: its exit code (negative: killed by that signal) and output."""

    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    timed_out: bool = False


class ForkServer:
    """The client of tests/forkserver.py: one server per test process (so per xdist worker), started
    on first use; each run is a forked child of it, a process of its own (see that module)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._folder: str | None = None
        self._next = 0
        self._done: dict[int, dict] = {}
        atexit.register(self.close)

    def _server(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            self._folder = self._folder or tempfile.mkdtemp(prefix="dealcheck-cli-")
            self._proc = subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "forkserver.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=ROOT,
            )
        return self._proc

    def start(
        self,
        argv: Sequence[str],
        *,
        cwd: Path | str = ROOT,
        env: dict[str, str] | None = None,
        limits: tuple[int, int] | None = None,
        wall: float = 120,
    ) -> int:
        """Start `dealcheck ARGV` (as `python -m engine.cli ARGV`); returns a ticket for `wait`."""
        with self._lock:
            server = self._server()
            self._next += 1
            ticket = self._next
            request = {
                "id": ticket,
                "argv": list(argv),
                "cwd": str(cwd),
                "env": dict(os.environ if env is None else env),
                "stdout": os.path.join(self._folder, f"{ticket}.out"),
                "stderr": os.path.join(self._folder, f"{ticket}.err"),
                "limits": list(limits) if limits else None,
                "wall": wall,
            }
            assert server.stdin is not None
            server.stdin.write(json.dumps(request).encode() + b"\n")
            server.stdin.flush()
            self._done[ticket] = {"request": request}
            return ticket

    def wait(self, ticket: int) -> Outcome:
        with self._lock:
            server = self._proc
            assert server is not None and server.stdout is not None
            while "returncode" not in self._done[ticket]:
                line = server.stdout.readline()
                if not line:
                    raise RuntimeError(f"the CLI fork server ended (exit {server.wait()})")
                reply = json.loads(line)
                self._done[reply["id"]].update(reply)
            done = self._done.pop(ticket)
        paths = (done["request"]["stdout"], done["request"]["stderr"])
        out, err = (Path(p).read_bytes() for p in paths)
        for p in paths:
            os.unlink(p)
        return Outcome(done["returncode"], out, err, done["seconds"], done["timed_out"])

    def run(self, argv: Sequence[str], **kwargs) -> Outcome:
        return self.wait(self.start(argv, **kwargs))

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(timeout=30)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


CLI = ForkServer()


def run_cli(
    *args: str, policies: Path | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """`dealcheck ARGS` in a process of its own, with $DEALCHECK_POLICIES set when `policies` is given
    and the variables of `env` set."""
    env = {**os.environ, **(env or {})}
    if policies is not None:
        env["DEALCHECK_POLICIES"] = str(policies)
    done = CLI.run(args, cwd=cwd or ROOT, env=env, wall=120)
    assert not done.timed_out, f"dealcheck {' '.join(args)}: no answer in 120 s"
    return subprocess.CompletedProcess(
        ["dealcheck", *args], done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def text_verdict(text: str) -> str:
    """The verdict of a text checklist: its last paragraph, the one line that starts "closing ready:"
    and the indented lines after it, joined. Fails if another line starts so, or anything follows it."""
    lines = text.rstrip("\n").split("\n")
    starts = [n for n, line in enumerate(lines) if line.startswith("closing ready:")]
    assert len(starts) == 1, f"{len(starts)} lines start with 'closing ready:' (a value posed as the verdict?)"
    rest = lines[starts[0] + 1 :]
    assert all(line.startswith("  ") for line in rest), "the verdict is not the last paragraph"
    return " ".join(line.strip() for line in lines[starts[0] :])


def run_in_process(argv: Sequence[str]) -> tuple[int, str, str]:
    """`engine.cli.main(argv)` in this process, stdout and stderr captured: for a CLI with a bug
    planted by monkeypatch. The exit code is main's return value, or argparse's SystemExit code."""
    from engine.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def policy_with(tmp_path: Path, old: str, new: str, file: str) -> Path:
    """A copy of the Jabber policy folder with `old` replaced by `new` once in `file` (which must hold it)."""
    import shutil

    folder = tmp_path / "jabber-series-d"
    shutil.copytree(ROOT / "policies" / "jabber-series-d", folder)
    path = folder / file
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    return folder


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
    satisfied() reads), computes each part of each row (`when`, `applies_when`, a covenant's end and
    deadline) both ways."""
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
            for cond in crule.parts().values():  # when, applies_when, and a covenant's end and deadline
                value, fields = run._values(crule.rule, cond, env)
                step = run._evaluate(crule.rule, cond, env)
                same_value = value is step.value if UNKNOWN in (value, step.value) else value == step.value
                expected = run.encode(crule.rule, cond, step)
                if not same_value or fields != expected:
                    found.append(
                        f"{crule.rule.id} {party}: compiled {value!r} {fields!r}, reference {step.value!r} {expected!r}"
                    )
    return found
