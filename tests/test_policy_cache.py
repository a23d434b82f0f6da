"""The policy cache: a cold start reads the loaded policy back; a changed byte is never served stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from engine.policy import load_policy
from engine.policy_cache import cache_dir
from helpers import ROOT

POLICY = ROOT / "policies" / "jabber-series-d"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("DEALCHECK_CACHE", str(where))
    return where


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "policies" / "jabber-series-d"
    shutil.copytree(POLICY, copy)
    return copy


def test_a_loaded_policy_is_kept_and_read_back(cache: Path, folder: Path) -> None:
    first = load_policy(folder=folder)
    entries = list(cache.glob("*.pickle"))
    assert len(entries) == 1 and oct(cache.stat().st_mode & 0o777) == "0o700"
    again = load_policy(folder=folder)
    assert again == first and again is not first


def test_a_changed_file_is_never_served_stale(cache: Path, folder: Path) -> None:
    assert load_policy(folder=folder).settings["ft_license_commitment"].default == "at_least"
    settings = folder / "settings.yaml"
    text = settings.read_text()
    start = text.index("ft_license_commitment:")
    settings.write_text(text[:start] + text[start:].replace("default: at_least", "default: exactly", 1))
    assert load_policy(folder=folder).settings["ft_license_commitment"].default == "exactly"
    assert len(list(cache.glob("*.pickle"))) == 2


def test_deleting_the_cache_is_safe(cache: Path, folder: Path) -> None:
    first = load_policy(folder=folder)
    shutil.rmtree(cache)
    assert load_policy(folder=folder) == first


def test_an_entry_others_can_write_is_never_read(cache: Path, folder: Path) -> None:
    load_policy(folder=folder)
    (entry,) = cache.glob("*.pickle")
    entry.write_bytes(b"not a pickle a stranger could have left")
    os.chmod(entry, 0o666)
    assert load_policy(folder=folder).id == "jabber-series-d"  # read from the folder, not the entry


def test_the_cache_can_be_turned_off(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALCHECK_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() is None
    load_policy(folder=folder)
    assert not (tmp_path / "xdg").exists()


def test_a_changed_file_in_a_subfolder_is_never_served_stale(cache: Path, folder: Path) -> None:
    """An agreement's rules are a folder of article files: its files are part of the key."""
    assert load_policy(folder=folder).rules["spa.4.1.j"].title == "Legal Opinion"
    article = folder / "spa" / "article-4.yaml"
    article.write_text(article.read_text().replace("title: Legal Opinion", "title: Opinion of Counsel", 1))
    assert load_policy(folder=folder).rules["spa.4.1.j"].title == "Opinion of Counsel"
    assert len(list(cache.glob("*.pickle"))) == 2
