"""The text checklist of `dealcheck check`: it fits the terminal, one line per rule with a status per
party, `--details` under each rule, colour only on a terminal, and deal-state text shown as written."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from engine import Engine, report
from engine.results import Checklist, Status
from engine.text_table import DEFAULT_WIDTH, MIN_WIDTH, output_settings
from helpers import EXAMPLES, ROOT, run_cli, run_in_process, text_verdict

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLOSING = EXAMPLES / "jabber-series-d-closing.yaml"
REVIEW = EXAMPLES / "jabber-series-d-review.yaml"


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


def _check(monkeypatch, *args: str, columns: int | None = None) -> str:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", str(columns))
    code, out, err = run_in_process(["check", *args])
    assert code in (0, 1), err
    return out


def _rules(checklist: Checklist) -> dict[str, list]:
    by_rule: dict[str, list] = {}
    for r in checklist.results:
        by_rule.setdefault(r.rule, []).append(r)
    return by_rule


def _grid(text: str, checklist: Checklist) -> list[tuple[list, str]]:
    """Each rule with its line of the grid, in order; fails unless there is exactly one per rule."""
    lines = text.splitlines()
    header = next(n for n, line in enumerate(lines) if line.startswith("  Section"))
    title_at = lines[header].index("Condition")
    title_end = min(lines[header].index(f" {p}", title_at) for p in _parties(checklist))
    rows = _rules(checklist)
    found = []
    at = header + 2
    for results in rows.values():
        first = results[0]
        while lines[at] == "":
            at += 1
        line = lines[at]
        assert re.match(rf"^[✗?! ] {re.escape(first.section)} ", line), f"{first.rule}: line {at + 1} is {line!r}"
        shown = line[title_at:title_end].rstrip()
        assert shown == first.title or (shown.endswith("…") and first.title.startswith(shown[:-1])), line
        found.append((results, lines[at]))
        at += 1
        while at < len(lines) and lines[at].startswith(" " * 4):  # its details
            at += 1
    return found


def _parties(checklist: Checklist) -> list[str]:
    return list(dict.fromkeys(r.party for r in checklist.results if r.party))


def _columns(text: str, parties: list[str]) -> dict[str, tuple[int, int]]:
    header = next(line for line in text.splitlines() if line.startswith("  Section"))
    starts = [header.index(f" {p}", header.index("Condition")) + 1 for p in parties]
    ends = [*starts[1:], None]
    return {p: (s, e) for p, s, e in zip(parties, starts, ends, strict=True)}


def _words(status: Status) -> set[str]:
    """The words a cell may show: its status, lower case for a definition row that stands in no one's way."""
    words = {report.WORDS[status], report.WORDS[status].lower()}
    return words | {"not yet"} if status is Status.NOT_YET_DUE else words


# ---------------------------------------------------------------- fits the width, one line per rule


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_example_fits_the_width_with_one_line_per_rule_and_every_partys_status(
    monkeypatch, engine, path: Path, columns: int
) -> None:
    text = _check(monkeypatch, str(path), columns=columns)
    assert ANSI.search(text) is None and "\x1b" not in text  # not a terminal: no control code
    widest = max(text.splitlines(), key=cell_len)
    assert cell_len(widest) <= columns, widest
    checklist = engine.check(engine.load_state(path))
    spans = _columns(text, _parties(checklist))
    for results, line in _grid(text, checklist):
        if len(results) == 1 and results[0].party is None:
            start = min(s for s, _ in spans.values())
            shown = line[start:]
            assert any(shown.startswith(w + " " + report.WHOLE_DEAL) for w in _words(results[0].status)), line
            continue
        by_party = {r.party: r for r in results}
        for party, (start, end) in spans.items():
            cell = line[start:end].strip()
            if party in by_party:
                assert cell in _words(by_party[party].status), (party, line)
            else:
                assert cell == "", (party, line)
    verdict = text_verdict(text)
    assert verdict == checklist.verdict


def test_outstanding_rules_are_marked_and_counted(monkeypatch, engine) -> None:
    text = _check(monkeypatch, str(REVIEW), columns=100)
    checklist = engine.check(engine.load_state(REVIEW))
    marks = {"✗": 0, "?": 0, "!": 0}
    for results, line in _grid(text, checklist):
        statuses = {r.status for r in results if r.outstanding or not r.status.open}  # a definition row: never
        if statuses & {Status.NOT_MET, Status.BREACHED}:
            want = "✗"
        elif Status.UNKNOWN in statuses:
            want = "?"
        elif Status.DUE in statuses:
            want = "!"
        else:
            want = " "
        assert line[0] == want, line
        marks[want] = marks.get(want, 0) + 1
    outstanding = marks["✗"] + marks["?"] + marks["!"]
    summary = " ".join(text.split("\n\n", 1)[0].split())
    assert (
        f"Outstanding: {outstanding} of {len(_rules(checklist))} rules: ✗ {marks['✗']} not met or breached" in summary
    )
    assert "Verdict: closing ready: no" in summary


def test_the_width_is_100_columns_when_not_a_terminal(monkeypatch) -> None:
    text = _check(monkeypatch, str(REVIEW))
    assert max(cell_len(line) for line in text.splitlines()) == DEFAULT_WIDTH


def test_the_header_names_the_policy_the_settings_off_their_defaults_and_the_verdict(monkeypatch, engine) -> None:
    text = _check(monkeypatch, str(REVIEW), columns=200)
    head = text.splitlines()[:5]
    checklist = engine.check(engine.load_state(REVIEW))
    assert head[0] == f"{checklist.title}: closing checklist as of 2003-03-18"
    assert head[1] == report.policy_line(checklist)
    assert head[2].startswith("Interpretation settings: the policy's defaults")
    assert head[2].endswith("except bridge_notes_meaning=unresolved")
    assert head[3] == "Verdict: closing ready: no (in full at the end)"
    every = _check(monkeypatch, str(REVIEW), "--details", columns=200)
    assert "good_standing_recent=judgement" in every and "good_standing_recent" not in text


# ---------------------------------------------------------------- --details


def test_details_show_each_reason_once_and_the_missing_facts(monkeypatch, engine) -> None:
    text = _check(monkeypatch, str(REVIEW), "--details", columns=100)
    assert max(cell_len(line) for line in text.splitlines()) <= 100
    flat = " ".join(text.split())
    checklist = engine.check(engine.load_state(REVIEW))
    for results, _ in _grid(text, checklist):
        reasons: dict[str, list[str]] = {}
        for r in results:
            reasons.setdefault(r.reason, []).append(r.party or "")
            if r.status is Status.UNKNOWN and r.missing:
                assert "Missing: " + ", ".join(r.missing) in flat, r.rule
        for reason, parties in reasons.items():
            lead = ", ".join(parties) + ": " if parties[0] else ""
            assert " ".join(f"{lead}{report._safe(reason)}".split()) in flat, (results[0].rule, parties)
    default = _check(monkeypatch, str(REVIEW), columns=100)
    opinion = checklist.result("spa.4.1.j", "FTTI").reason
    assert " ".join(opinion.split()[:6]) in flat and " ".join(opinion.split()[:6]) not in " ".join(default.split())


def test_parties_that_share_a_reason_share_its_line(monkeypatch, engine) -> None:
    text = _check(monkeypatch, str(REVIEW), "--details", columns=120)
    checklist = engine.check(engine.load_state(REVIEW))
    shared = checklist.result("spa.4.1.b", "FTTI").reason
    assert {checklist.result("spa.4.1.b", p).reason for p in ("INTEL", "WEBB")} == {shared}
    lines = [line.strip() for line in text.splitlines()]
    assert sum(line.startswith("FTTI, INTEL, WEBB: " + shared[:20]) for line in lines) == 1
    assert not any(line.startswith("INTEL: " + shared[:20]) for line in lines)


# ---------------------------------------------------------------- colour only on a terminal


def test_no_control_codes_through_a_pipe_or_into_a_file(tmp_path: Path) -> None:
    piped = run_cli("check", str(REVIEW))
    assert piped.returncode == 1 and "\x1b" not in piped.stdout
    out = tmp_path / "checklist.txt"
    assert run_cli("check", str(REVIEW), "-o", str(out)).returncode == 1
    assert "\x1b" not in out.read_text(encoding="utf-8")


def _on_a_terminal(*args: str, **env: str) -> str:
    """`dealcheck ARGS` with its stdout on a pseudo-terminal; what it wrote there."""
    leader, follower = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "TERM")}
    environ.update(TERM="xterm", **env)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "engine.cli", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=environ,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command has ended
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=120)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_colour_on_a_terminal_and_none_with_no_color_or_into_a_file(tmp_path: Path) -> None:
    coloured = _on_a_terminal("check", str(REVIEW), COLUMNS="90")
    assert ANSI.search(coloured), coloured[:300]
    plain = ANSI.sub("", coloured)
    assert max(cell_len(line) for line in plain.splitlines()) <= 90
    assert "\x1b" not in _on_a_terminal("check", str(REVIEW), NO_COLOR="1")
    out = tmp_path / "checklist.txt"
    assert _on_a_terminal("check", str(REVIEW), "-o", str(out)) == ""
    assert "\x1b" not in out.read_text(encoding="utf-8")


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        raise OSError("no terminal size here")


def test_output_settings_follow_columns_the_terminal_and_no_color() -> None:
    assert output_settings(_Stream(False), False, {}) == (DEFAULT_WIDTH, False)
    assert output_settings(_Stream(True), False, {}) == (DEFAULT_WIDTH, True)
    assert output_settings(_Stream(True), False, {"NO_COLOR": "1"}) == (DEFAULT_WIDTH, False)
    assert output_settings(_Stream(True), False, {"TERM": "dumb"}) == (DEFAULT_WIDTH, False)
    assert output_settings(_Stream(True), True, {"COLUMNS": "132"}) == (132, False)  # -o FILE
    assert output_settings(_Stream(False), False, {"COLUMNS": "80"}) == (80, False)
    assert output_settings(_Stream(False), False, {"COLUMNS": "20"}) == (MIN_WIDTH, False)
    assert output_settings(_Stream(False), False, {"COLUMNS": "wide"}) == (DEFAULT_WIDTH, False)


# ---------------------------------------------------------------- deal-state text is shown as written


MARKUP = "[red]x[/red] [bold]y[/bold] [link=https://example.com]z[/link]"


def test_rich_markup_in_a_deal_state_is_shown_literally(tmp_path: Path, engine) -> None:
    text = CLOSING.read_text(encoding="utf-8")
    forged = text.replace('asserted_by: "Investors\' counsel"', f'asserted_by: "{MARKUP}"', 1)
    assert forged != text
    path = tmp_path / "deal-state.yaml"
    path.write_text(forged, encoding="utf-8")
    checklist = engine.check(engine.load_state(path))
    for details in (False, True):
        for colour in (False, True):
            out = report.render(checklist, "text", details=details, colour=colour, width=400, policy=engine.policy)
            plain = ANSI.sub("", out)
            assert MARKUP in plain, (details, colour)
            assert "\x1b]8" not in out  # no hyperlink made of it
    result = run_cli("check", str(path))
    assert MARKUP in " ".join(result.stdout.split())


def test_a_definition_row_is_not_marked_outstanding() -> None:
    """§1.1(aa) "not met" at the Closing states a fact: no mark, lower case, not counted."""
    out = run_cli("check", str(EXAMPLES / "jabber-series-d-gaps.yaml"), env={"COLUMNS": "100"}).stdout
    line = next(line for line in out.splitlines() if "A Qualified Public Offering has closed" in line)
    assert line.startswith("  1.1(aa)") and "not met (the deal as a whole)" in line and "NOT MET" not in line
    legal_opinion = next(line for line in out.splitlines() if " Legal Opinion " in line)
    assert legal_opinion.startswith("✗ 4.1(j)") and "NOT MET" in legal_opinion
