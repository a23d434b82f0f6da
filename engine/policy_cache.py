"""A cache of loaded policies, so that a cold `dealcheck check` does not parse and verify the same
policy again. Safe to delete at any time; never served stale.

An entry is keyed by the sha256 of everything that decides what loading would give: every file of
the policy folder and of its subfolders (paths and bytes), the folder's place, the working
directory (messages name files relative to it) and the source of the engine itself. A changed byte
anywhere is a new key. Entries live in the user's own cache folder (`$DEALCHECK_CACHE`, else
`$XDG_CACHE_HOME/dealcheck`, else `~/.cache/dealcheck`), created private (0700); an entry is read
only if it belongs to this user and no one else can write it. `DEALCHECK_CACHE=off` turns the cache
off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = "dealcheck-policy-cache/1"
_ENGINE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    chosen = os.environ.get("DEALCHECK_CACHE")
    if chosen is not None and chosen.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dealcheck"


def cached(folder: Path, load: Callable[[Path], Any]) -> Any:
    """The policy of `folder`, from the cache when an entry for exactly these bytes exists."""
    where = cache_dir()
    if where is None:
        return load(folder)
    try:
        entry = where / f"{_key(folder)}.pickle"
    except OSError:
        return load(folder)
    policy = _read(entry)
    if policy is not None:
        return policy
    policy = load(folder)
    _write(where, entry, policy)
    return policy


def _key(folder: Path) -> str:
    h = hashlib.sha256(FORMAT.encode())
    h.update(str(folder.resolve()).encode())
    h.update(os.getcwd().encode())
    for name, path in _files(folder):
        h.update(name.encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    for base in (_ENGINE, _ENGINE / "expression"):
        for path in sorted(p for p in base.iterdir() if p.is_file()):
            h.update(path.name.encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _files(folder: Path) -> list[tuple[str, Path]]:
    """Every file of the policy folder and of its subfolders (an agreement's rules may be a folder
    of article files), by its path inside the folder; a folder linked twice is read once."""
    out: list[tuple[str, Path]] = []
    seen: set[str] = set()
    for here, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(here)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in files:
            path = Path(here, name)
            if path.is_file():
                out.append((path.relative_to(folder).as_posix(), path))
    return sorted(out)


def _read(entry: Path) -> Any:
    try:
        info = entry.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        return None  # not ours alone: never unpickle it
    try:
        with entry.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own private, content-keyed entry
    except Exception:  # noqa: BLE001 - a damaged entry is a miss, never an error
        return None


def _write(where: Path, entry: Path, policy: Any) -> None:
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=".policy-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(policy, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o600)
        os.replace(tmp, entry)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is simply not used
        return
