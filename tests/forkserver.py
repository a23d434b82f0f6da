"""A fork server: the command line run as a user runs it, without a new interpreter for every run.

The server is a plain, single-threaded `python` process that imports dealcheck once (no engine, no
durable-rules host, no thread) and then forks one child per request. Each child is a process of its
own, as `python -m engine.cli ARGS` would be: its own session, working directory and environment,
stdin from /dev/null, stdout and stderr to files, the resource limits it was asked for
(RLIMIT_AS, RLIMIT_CPU), killed past its wall-clock limit, and it ends through
`sys.exit(main(argv))`, so the interpreter's own exit (atexit hooks, the flush of stdout) runs as in
a fresh process. What it skips is starting the interpreter and importing (about 0.25 s a run, most
of the suite's time before). Cold starts stay tested in real subprocesses (tests/test_boundary.py).

Protocol, JSON lines. On the server's stdin, a request
`{"id", "argv", "cwd", "env", "stdout", "stderr", "limits": [address_space_bytes, cpu_seconds] | null, "wall"}`;
on its stdout, one line per finished child: `{"id", "returncode", "seconds", "timed_out"}`, where
returncode is negative for a signal, as in `subprocess`. The server ends when its stdin closes.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import select
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # as `python -m engine.cli` run from the checkout: this checkout's engine

import engine.cli  # noqa: E402 - after the path is set
import engine.confirm  # noqa: E402, F401 - what the commands import lazily, imported once here
import engine.dealstate  # noqa: E402, F401
import engine.portfolio  # noqa: E402, F401


def _finish(out, request: dict, status: int, start: float, timed_out: bool) -> None:
    reply = {
        "id": request["id"],
        "returncode": os.waitstatus_to_exitcode(status),
        "seconds": time.monotonic() - start,
        "timed_out": timed_out,
    }
    out.write(json.dumps(reply) + "\n")
    out.flush()


def serve() -> dict:
    """Answer requests until stdin closes. Returns only in a forked child, with its request."""
    proto_in, proto_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    out = os.fdopen(proto_out, "w", encoding="utf-8")
    gc.freeze()  # what is imported stays out of each child's collections: no copy-on-write of every page at exit
    children: dict[int, tuple[dict, float, int | None]] = {}  # pid -> (request, start, pidfd)
    pending = b""
    while True:
        waits = [proto_in] + [fd for _, _, fd in children.values() if fd is not None]
        deadlines = [start + request["wall"] for request, start, _ in children.values()]
        polling = any(fd is None for _, _, fd in children.values())
        timeout = None if not children else max(0.0, min(deadlines) - time.monotonic())
        if polling:
            timeout = min(timeout if timeout is not None else 0.005, 0.005)
        ready, _, _ = select.select(waits, [], [], timeout)
        if proto_in in ready:
            chunk = os.read(proto_in, 1 << 16)
            if not chunk:  # the test process has gone: so do its children
                for pid in children:
                    _kill(pid)
                os._exit(0)
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                request = json.loads(line)
                start = time.monotonic()
                pid = os.fork()
                if pid == 0:
                    os.close(proto_in)
                    out.close()
                    for _, _, fd in children.values():
                        if fd is not None:
                            os.close(fd)
                    return request
                try:
                    pidfd: int | None = os.pidfd_open(pid)
                except (AttributeError, OSError):
                    pidfd = None
                children[pid] = (request, start, pidfd)
        for pid, (request, start, pidfd) in list(children.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            timed_out = False
            if done == 0:
                if time.monotonic() - start <= request["wall"]:
                    continue
                _kill(pid)
                _, status = os.waitpid(pid, 0)
                timed_out = True
            if pidfd is not None:
                os.close(pidfd)
            del children[pid]
            _finish(out, request, status, start, timed_out)


def _kill(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
            return
        except OSError:
            continue


def run_child(request: dict) -> None:
    """The forked child: become `python -m engine.cli ARGV` and exit as it would."""
    os.setsid()  # its own session, so a timeout kills everything it started
    if request.get("limits"):
        memory, cpu = request["limits"]
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))
    streams = [
        (os.devnull, os.O_RDONLY, 0),
        (request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 1),
        (request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 2),
    ]
    for path, flags, target in streams:
        fd = os.open(path, flags, 0o600)
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = [engine.cli.__file__, *request["argv"]]
    sys.exit(engine.cli.main(request["argv"]))


if __name__ == "__main__":
    run_child(serve())
