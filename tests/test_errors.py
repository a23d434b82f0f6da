"""Every error a user can cause: one line naming the file, the line and the fix; exit 2; no traceback."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT, run_cli, without_block

CLOSING = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deal-state.yaml"
    path.write_text(text)
    return path


def _assert_one_line_error(result, *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""  # never a partial result presented as complete
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_malformed_yaml(tmp_path: Path) -> None:
    path = _write(tmp_path, CLOSING + "\nbroken: [unclosed\n")
    line = _assert_one_line_error(run_cli("check", str(path)), str(path), "not valid YAML", "Fix:")
    assert re.search(r"deal-state\.yaml:\d+", line)


def test_unknown_fact_suggests_the_nearest(tmp_path: Path) -> None:
    path = _write(tmp_path, CLOSING + "\nclosing_dat: 2003-03-18\n")
    line = _assert_one_line_error(run_cli("check", str(path)), "closing_dat", 'did you mean "closing_date"')
    n = len(CLOSING.splitlines()) + 2
    assert f"deal-state.yaml:{n}" in line


def test_wrong_type_names_the_path_and_the_type(tmp_path: Path) -> None:
    text = _replace(CLOSING, "cash: $3,499,995.89", "cash: lots")
    path = _write(tmp_path, text)
    _assert_one_line_error(run_cli("check", str(path)), "payments.0.cash", "Fix: write an amount")


def test_impossible_date(tmp_path: Path) -> None:
    text = _replace(CLOSING, "as_of: 2003-03-18", "as_of: 2003-02-30")
    path = _write(tmp_path, text)
    _assert_one_line_error(run_cli("check", str(path)), "deal-state.yaml:", "2003-02-30")


def test_bad_as_of_on_the_command_line() -> None:
    result = run_cli("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), "--as-of", "18/03/2003")
    _assert_one_line_error(result, "--as-of", "YYYY-MM-DD")


def test_no_as_of_date_anywhere(tmp_path: Path) -> None:
    text = "\n".join(line for line in CLOSING.splitlines() if not line.startswith("as_of:"))
    path = _write(tmp_path, text)
    _assert_one_line_error(run_cli("check", str(path)), "never uses today's date", "--as-of")


def test_unknown_rule_in_a_waiver(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        without_block(CLOSING, "waivers")
        + "\nwaivers:\n  - {rule: spa.4.1.jj, by: INTEL, in_writing: true, dated: 2003-03-18}\n",
    )
    _assert_one_line_error(run_cli("check", str(path)), "spa.4.1.jj", 'did you mean "spa.4.1.j"')


OPINION_DATED = "dated: 2003-03-18\n    delivered_to: [FTTI, INTEL, WEBB]\n    delivered_on: 2003-03-18\n    in_agreed"


def test_waiver_by_a_party_not_entitled_is_set_aside_not_refused(tmp_path: Path) -> None:
    """A wrong-party waiver is a fact about the deal: the checklist prints, exit 1, and says why."""
    path = _write(
        tmp_path,
        CLOSING.replace(OPINION_DATED, OPINION_DATED.replace("2003-03-18", "2003-03-17", 1), 1).replace(
            "waivers: []", "waivers:\n  - {rule: spa.4.1.j, by: COMPANY, in_writing: true, dated: 2003-03-18}"
        ),
    )
    result = run_cli("check", str(path), "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["ready"] is False
    (row,) = [r for r in data["results"] if r["rule"] == "spa.4.1.j" and r["party"] == "FTTI"]
    assert row["status"] == "not_met"
    assert "waiver by COMPANY set aside: COMPANY may not waive it for FTTI" in row["explanation"]
    assert "a waiver by the Company is set aside: the Company may not waive it for FTTI" in row["reason"]
    assert "with respect to an Investor in writing by that Investor" in row["reason"]
    assert {s["subject"] for s in data["set_aside"]} == {"spa.4.1.j"}


def test_waiver_naming_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        CLOSING.replace(
            "waivers: []", "waivers:\n  - {rule: spa.4.1.jj, by: INTEL, in_writing: true, dated: 2003-03-18}"
        ),
    )
    _assert_one_line_error(run_cli("check", str(path)), "spa.4.1.jj", 'did you mean "spa.4.1.j"')


def test_waiver_by_nobody_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        CLOSING.replace("waivers: []", "waivers:\n  - {rule: spa.4.1.j, by: [], in_writing: true, dated: 2003-03-18}"),
    )
    _assert_one_line_error(run_cli("check", str(path)), "a waiver needs `by`")


def test_judgement_fact_without_who_asserts_it(tmp_path: Path) -> None:
    path = _write(tmp_path, without_block(CLOSING, "good_standing") + "\ngood_standing:\n  as_of_recent_date: true\n")
    _assert_one_line_error(run_cli("check", str(path)), "turns on judgement", "asserted_by")


def test_missing_file() -> None:
    _assert_one_line_error(run_cli("check", "no-such-deal.yaml"), "no-such-deal.yaml", "file not found")


def test_policy_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "jabber-series-d", policies / "jabber-series-d")
    spa = policies / "jabber-series-d" / "spa" / "article-4.yaml"
    text = spa.read_text()
    spa.write_text(
        _replace(
            text,
            "when: legal_investment.permitted_at_closing",
            "when: legal_investment.permitted_at_closing and and",
        )
    )
    result = run_cli("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), policies=policies)
    _assert_one_line_error(result, "article-4.yaml:", "spa.4.1.b", "column")


def test_policy_unknown_fact_names_the_rule(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "jabber-series-d", policies / "jabber-series-d")
    spa = policies / "jabber-series-d" / "spa" / "article-4.yaml"
    spa.write_text(
        _replace(
            spa.read_text(),
            "when: legal_investment.permitted_at_closing",
            "when: legal_investment.permited_at_closing",
        )
    )
    result = run_cli("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), policies=policies)
    _assert_one_line_error(result, "article-4.yaml:", "legal_investment.permited_at_closing", "did you mean")


@pytest.mark.parametrize(
    "args",
    [["explain", "spa.4.1.zz", str(EXAMPLES / "jabber-series-d-closing.yaml")], ["rules", "no-such-deal"]],
)
def test_unknown_names_on_the_command_line(args: list[str]) -> None:
    _assert_one_line_error(run_cli(*args), "Fix:")


def test_a_negative_amount_is_bad_input_with_its_line(tmp_path: Path) -> None:
    text = _replace(CLOSING, "cash: $3,499,995.89", "cash: -$3,499,995.89")
    path = _write(tmp_path, text)
    line = text[: text.index("cash: -$3,499,995.89")].count("\n") + 1
    _assert_one_line_error(run_cli("check", str(path)), f"deal-state.yaml:{line}:", "negative", "Fix:")


def test_confirm_writes_a_judgement_with_its_basis_and_keeps_comments(tmp_path: Path) -> None:
    text = CLOSING.replace(
        "    dated: 2003-03-14                                # illustrative", "    dated: 2003-03-17  # new"
    )
    path = _write(tmp_path, text)
    before = run_cli("check", str(path), "--format", "json")
    assert json.loads(before.stdout)["ready"] is False  # the judgement rests on the old certificates' dates
    result = run_cli(
        "confirm",
        str(path),
        "good_standing.as_of_recent_date",
        "--value",
        "true",
        "--by",
        "Investors' counsel",
        "--on",
        "2003-03-18",
    )
    assert result.returncode == 0, result.stderr
    written = path.read_text()
    assert "basis: {delaware_certificate_dated: 2003-03-17, colorado_certificate_dated: 2003-03-17}" in written
    assert "# Who acts for whom" in written  # comments survive
    assert run_cli("check", str(path)).returncode == 0


def test_confirm_refuses_a_fact_that_is_not_a_judgement(tmp_path: Path) -> None:
    path = _write(tmp_path, CLOSING)
    result = run_cli(
        "confirm", str(path), "closing_date", "--value", "2003-03-18", "--by", "COMPANY", "--on", "2003-03-18"
    )
    _assert_one_line_error(result, "closing_date is not a judgement")


def test_a_fix_that_asks_ends_with_its_question_mark_alone() -> None:
    """`did you mean "spa.5.3.b"?` is printed as asked, never as `?.`; a statement gets one full stop."""
    result = run_cli("scenarios", "--rule", "spa.5.3.x", "--list")
    line = _assert_one_line_error(result, 'no rule "spa.5.3.x"', 'did you mean "spa.5.3.b"')
    assert line.endswith("?") and "?." not in line
    result = run_cli("check", str(EXAMPLES / "no-such-deal-state.yaml"))
    assert _assert_one_line_error(result).endswith(".")
