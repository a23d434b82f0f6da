"""`dealcheck check --format html`: one self-contained page built from the same Checklist as the text
and JSON outputs, every deal-state value escaped, and its templates found by any install.

The page in a real browser (expanding, filtering, printing) is tested in tests/test_html_browser.py."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from engine import Engine, html_report, report
from engine.html_view import build
from engine.results import Status
from helpers import EXAMPLES, ROOT, run_cli

GAPS = EXAMPLES / "jabber-series-d-gaps.yaml"
REVIEW = EXAMPLES / "jabber-series-d-review.yaml"
HOSTILE = "<script>alert(1)</script>"
SCREENSHOT = ROOT / "docs" / "html-checklist.png"


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


def _page(engine, path: Path) -> tuple:
    checklist = engine.check(engine.load_state(path))
    return checklist, html_report.render(checklist, engine.policy)


def _text(html: str) -> str:
    """The page's text, tags removed, entities read, whitespace collapsed: what a reader sees."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_page_fetches_nothing_and_allows_only_its_own_style_and_script(engine) -> None:
    _, html = _page(engine, GAPS)
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<link\b|<img\b|<iframe\b|\bsrc\s*=|@import|url\(", html, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in unescape(csp)
    for tag in ("style", "script"):
        blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert len(blocks) == 1, tag  # one inline block each, and nothing else
        digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in unescape(csp)  # the browser runs it (and only it)


def test_every_result_is_in_its_rule_row_with_its_word(engine) -> None:
    checklist, _ = _page(engine, GAPS)
    page = build(checklist, engine.policy)
    assert [p.label for p in page.parties] == ["FTTI", "INTEL", "WEBB", "COMPANY"]
    assert [p.text for p in page.parties][0] == "France Telecom Technologies Investissements"
    spa = page.agreements[0]
    assert spa.title == "Series D Preferred Stock Purchase Agreement (SPA)"
    assert [a.title for a in spa.articles] == [f"SPA Article {n}" for n in (1, 2, 4, 5, 6, 7)]
    rows = {row.rule: row for a in spa.articles for row in a.rows}
    assert len(rows) == page.rows == len({r.rule for r in checklist.results})
    shown = 0
    for r in checklist.results:
        row = rows[r.rule]
        cell = row.whole if r.party is None else row.cells[[p.label for p in page.parties].index(r.party)]
        assert (cell.status, cell.label) == (r.status.value, r.status.label.upper())
        shown += 1
    assert shown == len(checklist.results)
    opinion = rows["spa.4.1.j"]
    assert [c and c.label for c in opinion.cells] == ["NOT MET", "WAIVED", "NOT MET", None]
    assert opinion.outstanding and not rows["spa.4.1.a"].outstanding
    assert rows["spa.1.1.aa"].whole.label == "NOT MET" and rows["spa.1.1.aa"].cells == (None, None, None, None)


def test_outstanding_is_the_statuses_a_waiver_could_still_release() -> None:
    """not met, unknown, due, breached are outstanding; met, waived, complied, not applicable, not yet
    due and ended are not (Status.open, the engine's own)."""
    from engine.html_view import Cell

    outstanding = {s.value for s in Status if Cell.of(s).outstanding}
    assert outstanding == {"not_met", "unknown", "due", "breached"}


def test_the_head_gives_the_date_the_fingerprint_the_verdict_and_the_covenants(engine) -> None:
    checklist, html = _page(engine, GAPS)
    text = _text(html)
    head = _text(html.split('<section class="collapsible')[0])
    assert "Closing checklist as of 2003-03-18" in head
    assert f"fingerprint {checklist.policy_fingerprint}" in head
    assert "✗ NOT READY " + checklist.verdict in head
    assert "Covenants: " + checklist.compliance in head
    assert checklist.verdict.startswith("closing ready: no, 2 conditions outstanding for FTTI: 4.1(j), 4.1(p)")
    for name, choice in checklist.settings.items():  # every interpretation setting, and whether it is the default
        assert f"{name} {choice} (default)" in text


def test_acts_set_aside_and_unresolved_readings_read_as_in_the_text_output(engine) -> None:
    checklist, html = _page(engine, REVIEW)
    text = report.render(checklist, "text", details=True)  # with the clauses, as the page shows them

    def items(title: str, source: str) -> list[str]:
        """The bullets under the title, each unwrapped (its lines after the first are indented)."""
        block = source.split(title + "\n", 1)[1].split("\n\n", 1)[0]
        bullets = block.replace("\n  ", " ").splitlines()
        return [" ".join(line[2:].split()) for line in bullets]

    page = build(checklist, engine.policy)
    assert [" ".join(s.split()) for s in page.set_aside] == items("Set aside (recorded, but they do not count):", text)
    assert [" ".join(s.split()) for s in page.unresolved] == items("Unresolved readings (questions for counsel):", text)
    assert len(page.set_aside) == 5 and page.unresolved[0].startswith("bridge_notes_meaning: §4.2(b) counts")
    seen = _text(html)
    for line in [*page.set_aside, *page.unresolved]:
        assert line in seen
    # on the rows themselves: the stale judgement, the wrong party's assertion, the waiver set aside
    rows = {row.rule: row for a in page.agreements[0].articles for row in a.rows}
    stale = rows["spa.4.1.i"].details[0]
    assert stale.cell.label == "UNKNOWN"
    assert stale.set_aside[0].startswith("the judgement by Investors' counsel (whether the Delaware and Colorado good")
    assert "must be confirmed again: delaware certificate dated changed from March 14, 2003" in stale.set_aside[0]
    assert "[deal state line 146]" in stale.set_aside[0]
    wrong = rows["spa.4.1.l"].details[0]
    assert wrong.set_aside[0].startswith("what the Company asserted (whether the Company's corporate and legal")
    assert "is set aside: the Company may not make it: it is FTTI's call" in wrong.set_aside[0]
    assert rows["spa.4.1.p"].details[1].caused_by == "INTEL"


def test_a_waiver_row_says_who_waived_when_and_the_waiver_set_aside(engine) -> None:
    checklist, _ = _page(engine, GAPS)
    rows = {row.rule: row for a in build(checklist, engine.policy).agreements[0].articles for row in a.rows}
    ftti, intel, _webb = rows["spa.4.1.j"].details
    assert intel.waiver == (
        "by INTEL on 2003-03-18: Intel's written waiver of the legal opinion condition, for its own obligation only."
    )
    assert intel.reason == checklist.result("spa.4.1.j", "INTEL").reason
    assert ftti.set_aside[0].startswith(
        "§4.1(j) Legal Opinion: a waiver by the Company is set aside: the Company may not waive it for FTTI"
    )
    assert rows["spa.4.1.j"].quote.startswith("The Investors shall have received an opinion of the Company's legal")
    assert [s.label for s in rows["spa.4.1.j"].settings] == ["condition_waiver_authority"]
    assert rows["spa.4.1.j"].settings[0].text.startswith("section_4_or_7_9: Both routes count")


def test_without_the_policy_the_page_is_the_same_checklist_less_names_and_descriptions(engine) -> None:
    checklist, with_policy = _page(engine, REVIEW)
    bare = html_report.render(checklist)
    cells = re.compile(r'<span class="status status-(\w+)">')
    assert cells.findall(bare) == cells.findall(with_policy)
    assert "France Telecom Technologies Investissements" in with_policy and "Investissements" not in bare
    page = build(checklist)
    rows = {row.rule: row for a in page.agreements[0].articles for row in a.rows}
    assert rows["spa.4.1.i"].details[0].missing[0].ask == ""  # what the fact is: the policy says
    assert page.agreements[0].title == "SPA"


def test_missing_facts_say_what_to_ask_and_whose_call_it_is(engine) -> None:
    checklist, _ = _page(engine, REVIEW)
    rows = {row.rule: row for a in build(checklist, engine.policy).agreements[0].articles for row in a.rows}
    (missing,) = rows["spa.4.1.i"].details[0].missing
    assert missing.name == "good_standing.as_of_recent_date"
    assert missing.ask.startswith("The Delaware and Colorado good standing certificates confirm")
    assert missing.whose_call == "the call of FTTI, INTEL or WEBB (or counsel acting for one of them)"
    (reading,) = rows["spa.4.2.b"].details[0].missing
    assert reading.name == "settings.bridge_notes_meaning"
    assert reading.ask == checklist.questions["bridge_notes_meaning"]
    assert rows["spa.4.2.b"].details[0].unresolved[0].label == "bridge_notes_meaning"
    sc = rows["spa.2.3.b.sc"].details[0]
    assert [m.name for m in sc.missing] == ["subsequent_closings", "subsequent_closing_purchases"]
    assert sc.missing[0].ask.startswith("Each Subsequent Closing: a later closing") and sc.missing[0].whose_call is None
    assert any(w.startswith("sum(i.shares for i in investments) = 12,259,180 (FTTI)") for w in sc.working)


def test_a_covenant_row_gives_its_dates(engine) -> None:
    checklist, _ = _page(engine, EXAMPLES / "jabber-series-d-year-after.yaml")
    page = build(checklist, engine.policy)
    breached = [
        d for a in page.agreements[0].articles for row in a.rows for d in row.details if d.cell.status == "breached"
    ]
    assert breached and all(any(t.label == "Breached on" for t in d.timing) for d in breached)
    r = next(r for r in checklist.results if r.status is Status.BREACHED)
    assert r.timing.breached_on.isoformat() in [t.text for d in breached for t in d.timing]


def test_a_deal_state_value_is_escaped(engine, tmp_path: Path) -> None:
    text = GAPS.read_text()
    text = text.replace("Intel's written waiver of the legal opinion condition, for its own obligation only.", HOSTILE)
    text = text.replace("source: Company counsel}", 'source: "<img src=x onerror=alert(2)>"}', 1)
    state = tmp_path / "hostile.yaml"
    state.write_text(text)
    _, html = _page(engine, state)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert HOSTILE not in html and "<img" not in html
    assert html.count("<script") == 1  # the page's own


def test_the_command_writes_the_page_to_the_file_and_exits_with_the_verdict(tmp_path: Path) -> None:
    out = tmp_path / "checklist.html"
    done = run_cli("check", str(GAPS), "--format", "html", "-o", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "✗ NOT READY" in page
    closing = run_cli("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), "--format", "html")
    assert closing.returncode == 0 and closing.stdout.startswith("<!DOCTYPE html>") and "✓ READY" in closing.stdout


def test_output_to_a_file_is_what_stdout_would_have_been(tmp_path: Path) -> None:
    out = tmp_path / "checklist.txt"
    to_file = run_cli("check", str(GAPS), "--output", str(out))
    to_stdout = run_cli("check", str(GAPS))
    assert to_file.stdout == "" and out.read_text(encoding="utf-8") == to_stdout.stdout
    assert to_file.returncode == to_stdout.returncode == 1


def test_an_unwritable_output_and_a_portfolio_page_are_one_line_and_exit_2(tmp_path: Path) -> None:
    done = run_cli("check", str(GAPS), "--format", "html", "-o", str(tmp_path / "no-such-folder" / "x.html"))
    assert done.returncode == 2 and "cannot write the file" in done.stderr and done.stderr.count("\n") == 1
    many = run_cli("check", str(GAPS), str(REVIEW), "--format", "html")
    assert many.returncode == 2 and "write one deal's checklist" in many.stderr and many.stdout == ""


def test_a_built_install_carries_the_templates(tmp_path: Path) -> None:
    """What a non-editable install copies (setuptools build_py, as a wheel is built) holds the
    templates, and dealcheck run from there finds them: pyproject's package data is right."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "engine", source / "engine", ignore=shutil.ignore_patterns("__pycache__"))
    built = tmp_path / "built"
    subprocess.run(
        [sys.executable, "-W", "ignore", "-c", "from setuptools import setup; setup()", "-q", "build_py"]
        + ["--build-lib", str(built)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    assert sorted(p.name for p in (built / "engine" / "templates").iterdir()) == sorted(
        p.name for p in (ROOT / "engine" / "templates").iterdir() if p.is_file()
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = elsewhere / "page.html"
    env = {**os.environ, "PYTHONPATH": str(built), "DEALCHECK_POLICIES": str(ROOT / "policies")}
    code = (
        "import sys, engine; assert engine.__file__.startswith(sys.argv[1]), engine.__file__;"
        "from engine.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(built), "check", str(GAPS), "--format", "html", "-o", str(out)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stderr
    assert "✗ NOT READY" in out.read_text(encoding="utf-8")


def test_the_screenshot_is_committed_and_shown_in_the_readme() -> None:
    data = SCREENSHOT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height >= 600
    readme = (ROOT / "README.md").read_text()
    assert "## The HTML checklist" in readme and "(docs/html-checklist.png)" in readme
    assert "dealcheck check examples/jabber-series-d-gaps.yaml --format html -o checklist.html" in readme


def test_the_page_shows_which_statuses_the_scenarios_show_each_rule_in(tmp_path: Path) -> None:
    """`dealcheck coverage` on the page: the share against the project's bar, a table per rule, and
    on each rule's row the statuses its scenarios show."""
    out = tmp_path / "checklist.html"
    run_cli("check", str(GAPS), "--format", "html", "-o", str(out))
    text = _text(out.read_text(encoding="utf-8"))
    assert re.search(
        r"Scenario coverage: The scenarios show (\d+) of the \1 statuses the rules can take \(100%\);"
        r" the project requires 100%\.",
        text,
    )
    assert "Meets the bar." in text
    # §4.1(j) can be met, not met, waived and unknown, and scenarios show each
    assert re.search(r"spa\.4\.1\.j §4\.1\(j\) shown shown shown shown ", text)
    assert "Scenarios show this rule: met, not met, waived, unknown" in text


def test_a_coverage_below_the_bar_names_the_missing_cells(engine) -> None:
    from engine.scenario_coverage import coverage

    checklist = engine.check(engine.load_state(GAPS))
    reached = {"spa.4.1.j": {Status.MET}}
    html = html_report.render(checklist, engine.policy, coverage(engine.policy, reached))
    text = _text(html)
    assert "BELOW the bar." in text
    assert "spa.4.1.j (§4.1(j)): no scenario shows it not met, waived, unknown" in text
    assert "Scenarios show this rule: met" in text and "Scenarios show this rule: none" in text


def test_each_row_gives_the_plain_reason_and_the_reason_in_the_rules_terms(engine) -> None:
    checklist, html = _page(engine, GAPS)
    text = _text(html)
    row = checklist.result("spa.4.1.p", "FTTI")
    assert f"Reason: {row.reason}" in text
    assert "The Investors invested $7,199,999.947 at the Closing, $0.053 short of the $7,200,000 minimum" in text
    assert "In the rule's terms: " + row.explanation[:60] in text


def test_a_definition_row_is_never_an_outstanding_item(engine) -> None:
    """§1.1(aa) says whether a Qualified Public Offering has closed: at the Closing it has not, and
    that is nothing anyone has to do. Its row is not outstanding, though its status is not met."""
    checklist = engine.check(engine.load_state(GAPS))
    row = checklist.result("spa.1.1.aa")
    assert row.status is Status.NOT_MET and row.kind == "definition"
    assert not row.outstanding and row.to_json()["outstanding"] is False
    legal_opinion = checklist.result("spa.4.1.j", "FTTI")
    assert legal_opinion.status is Status.NOT_MET and legal_opinion.outstanding
    page = build(checklist, engine.policy)
    rows = {r.rule: r for a in page.agreements for art in a.articles for r in art.rows}
    assert not rows["spa.1.1.aa"].outstanding and rows["spa.4.1.j"].outstanding
    assert page.outstanding == sum(r.outstanding for r in rows.values())
