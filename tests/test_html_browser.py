"""The HTML checklist in a real browser: Debian's Chromium (/usr/bin/chromium), driven by playwright
(the pip package only: its own browser download, `playwright install`, is never used).

A missing Chromium fails these tests with one line naming the package to install; they never skip.

The screenshot in docs/ is rewritten only on purpose:
`DEALCHECK_WRITE_SCREENSHOT=1 python -m pytest tests/test_html_browser.py -k screenshot -n 0`;
an ordinary run takes it into a temporary folder and checks it there.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import attrs
import pytest

from engine import Engine, html_report
from helpers import EXAMPLES, ROOT, run_cli

CHROMIUM = Path(os.environ.get("DEALCHECK_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GAPS = EXAMPLES / "jabber-series-d-gaps.yaml"
SCREENSHOT = ROOT / "docs" / "html-checklist.png"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
# What the engine says of the gaps example (filled by `pages`): how many rules, and how many with a row open.
GAPS_COUNTS: dict[str, int] = {}
VISIBLE_ROWS = "[...document.querySelectorAll('tbody.rule')].filter(e => e.getClientRects().length > 0)"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """The gaps and review examples' pages, written as `dealcheck check --format html -o` writes them."""
    folder = tmp_path_factory.mktemp("html")
    out = {}
    with Engine.for_deal("jabber-series-d") as engine:
        for name in ("gaps", "review"):
            checklist = engine.check(engine.load_state(EXAMPLES / f"jabber-series-d-{name}.yaml"))
            if name == "gaps":  # the docs screenshot shows the policy folder as the checkout names it
                checklist = attrs.evolve(checklist, policy_folder="policies/jabber-series-d")
                GAPS_COUNTS["rules"] = len({r.rule for r in checklist.results})
                GAPS_COUNTS["outstanding"] = len({r.rule for r in checklist.results if r.outstanding})
            out[name] = folder / f"{name}.html"
            out[name].write_text(html_report.render(checklist, engine.policy), encoding="utf-8")
    return out


def _need_chromium() -> None:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium is missing ({CHROMIUM}): install Debian's package: apt-get install -y chromium", pytrace=False
        )


def test_chromium_is_installed() -> None:
    """Without it the tests below cannot run: this fails (and they error), none is skipped."""
    _need_chromium()


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium with a new, empty profile; fails (never skips) when it cannot start."""
    _need_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is missing: pip install -e '.[test]' (the pip package playwright)", pytrace=False)
    with tempfile.TemporaryDirectory(prefix="dealcheck-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


class Watched:
    """A page with every request, console error, page error and dialog it caused recorded."""

    def __init__(self, context, path: Path) -> None:
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def row(self, rule: str):
        """The rows of one rule (its id matched whole)."""
        rule_id = self.page.locator(".rule-id", has_text=re.compile(f"^{re.escape(rule)}$"))
        return self.page.locator("tbody.rule", has=rule_id)

    def visible_rows(self) -> int:
        return self.page.evaluate(f"{VISIBLE_ROWS}.length")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def gaps(browser, pages):
    watched = Watched(browser, pages["gaps"])
    yield watched
    watched.close()


def test_the_page_loads_with_no_console_error_and_no_request(gaps) -> None:
    gaps.page.wait_for_timeout(200)  # anything the page would fetch after load
    assert gaps.errors == []  # a style or script the Content-Security-Policy refused would be one
    assert gaps.requests == [gaps.url]  # the file itself, nothing else
    assert gaps.page.evaluate("document.documentElement.classList.contains('js')")  # the script ran
    assert gaps.page.title() == "Jabber, Inc. Series D Preferred Stock financing: closing checklist as of 2003-03-18"


def test_expanding_a_row_shows_its_quote(gaps) -> None:
    row = gaps.row("spa.4.1.j")
    quote = row.locator("tr.detail .quote").first
    assert not quote.is_visible()
    row.locator("button.toggle").click()
    assert quote.is_visible()
    assert quote.inner_text() == (
        "“The Investors shall have received an opinion of the Company's legal counsel, dated the Closing Date,"
        " in the form attached hereto as Exhibit I.”"
    )
    assert row.locator("button.toggle").get_attribute("aria-expanded") == "true"
    detail = row.locator("tr.detail").inner_text()
    assert "WAIVED" in detail and "by INTEL on 2003-03-18" in detail
    assert "waiver by COMPANY set aside: COMPANY may not waive it for FTTI" in detail
    row.locator("button.toggle").click()
    assert not quote.is_visible()


def test_the_filter_hides_the_rows_with_nothing_outstanding(gaps) -> None:
    page = gaps.page
    before = gaps.visible_rows()
    assert before == page.locator("tbody.rule").count() == GAPS_COUNTS["rules"] > 100
    met = gaps.row("spa.4.1.a")
    assert met.is_visible() and met.locator("tr.summary .status-met").count() == 3
    page.check("#outstanding-only")
    after = gaps.visible_rows()
    assert after == page.locator("tbody.rule.outstanding").count() == GAPS_COUNTS["outstanding"]
    assert 0 < after < before
    assert not met.is_visible()
    statuses = page.evaluate(
        f"{VISIBLE_ROWS}.map(e => [...e.querySelectorAll('tr.summary .status')].map(s => s.classList[1]))"
    )
    outstanding = {"status-not_met", "status-unknown", "status-due", "status-breached"}
    assert all(set(row) & outstanding for row in statuses)  # every row shown has something outstanding
    assert page.locator("#counter").inner_text() == f"Showing {after} of {before} items (outstanding only)"
    page.uncheck("#outstanding-only")
    assert gaps.visible_rows() == before


def test_expand_all_opens_every_row(gaps) -> None:
    gaps.page.click("#expand-all")
    assert gaps.page.evaluate("[...document.querySelectorAll('tr.detail')].every(e => e.getClientRects().length)")
    gaps.page.click("#collapse-all")
    assert gaps.page.evaluate("[...document.querySelectorAll('tr.detail')].every(e => !e.getClientRects().length)")


def test_print_shows_every_row_expanded_without_the_controls(gaps) -> None:
    page = gaps.page
    page.check("#outstanding-only")  # whatever the screen shows, paper has it all
    page.emulate_media(media="print")
    assert gaps.visible_rows() == GAPS_COUNTS["rules"]
    assert page.evaluate("[...document.querySelectorAll('tr.detail')].every(e => e.getClientRects().length)")
    assert not page.locator(".controls").is_visible()
    assert page.locator("#settings-body").is_visible()
    colours = page.evaluate(
        "[...document.querySelectorAll('.status')].map(e => [getComputedStyle(e).color,"
        " getComputedStyle(e).backgroundColor])"
    )
    assert {c for c, _ in colours} == {"rgb(0, 0, 0)"} and {b for _, b in colours} == {"rgba(0, 0, 0, 0)"}
    breaks = page.evaluate(
        "[...document.querySelectorAll('section.article')].map(e => getComputedStyle(e).breakBefore)"
    )
    assert breaks == ["auto"] + ["page"] * (len(breaks) - 1)  # each article after the first on a new page
    assert len(page.pdf()) > 10_000


def test_a_hostile_deal_state_value_is_text_and_never_runs(browser, tmp_path: Path) -> None:
    waiver = "Intel's written waiver of the legal opinion condition, for its own obligation only."
    text = GAPS.read_text().replace(waiver, HOSTILE)
    state = tmp_path / "hostile.yaml"
    state.write_text(text)
    with Engine.for_deal("jabber-series-d") as engine:
        checklist = engine.check(engine.load_state(state))
        (tmp_path / "hostile.html").write_text(html_report.render(checklist, engine.policy), encoding="utf-8")
    watched = Watched(browser, tmp_path / "hostile.html")
    try:
        watched.page.click("#expand-all")
        watched.page.wait_for_timeout(200)
        assert watched.dialogs == [] and watched.requests == [watched.url] and watched.errors == []
        waiver = watched.page.locator("p.waiver").first.inner_text()
        assert waiver == f"Waived in writing by INTEL on 2003-03-18: {HOSTILE}"
    finally:
        watched.close()


def test_the_screenshot_of_the_gaps_example(gaps, tmp_path: Path) -> None:
    """The outstanding items of the gaps example, the legal opinion row expanded."""
    page = gaps.page
    page.check("#outstanding-only")
    gaps.row("spa.4.1.j").locator("button.toggle").click()
    page.evaluate("window.scrollTo(0, 0)")
    target = SCREENSHOT if os.environ.get("DEALCHECK_WRITE_SCREENSHOT") == "1" else tmp_path / SCREENSHOT.name
    page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": 1280, "height": 2000}, full_page=True)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_every_example_opens_in_the_browser_as_the_command_writes_it(browser, tmp_path, example: str) -> None:
    """Each shipped example, written by `dealcheck check --format html -o`, with its scenario coverage."""
    out = tmp_path / f"{example}.html"
    done = run_cli("check", str(EXAMPLES / f"{example}.yaml"), "--format", "html", "-o", str(out))
    assert done.returncode in (0, 1), done.stderr
    watched = Watched(browser, out)
    try:
        watched.page.wait_for_timeout(100)
        assert watched.errors == [] and watched.requests == [watched.url]
        assert watched.page.locator("tbody.rule").count() > 100
        coverage = watched.page.locator("#coverage-body")
        assert not coverage.is_visible()
        watched.page.locator("#coverage button.toggle").click()
        assert coverage.is_visible() and "MISSING" not in coverage.inner_text()
    finally:
        watched.close()
