"""`dealcheck calendar`: every date the policy names, in date order, with its working, as text,
JSON and an iCalendar file read back with `icalendar`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from engine import Engine
from engine.cli import main
from helpers import EXAMPLES

CLOSING = EXAMPLES / "jabber-series-d-closing.yaml"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["calendar", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_dates_the_agreement_names_in_date_order(capsys) -> None:
    code, out, err = _run(capsys, str(CLOSING), "--format", "json")
    assert code == 0 and err == ""
    listed = [(d["section"], d["date"], d["party"], d["status"]) for d in json.loads(out)["deadlines"]]
    assert listed == [
        ("2.1", "2003-03-18", None, "complied"),  # the Shares authorized on or prior to the Closing Date
        ("5.2(l)", "2003-04-30", None, "not yet due"),  # the first $12,000 month of the software purchases
        ("5.2(m)", "2003-06-30", None, "due"),  # the Stock Plan decrease: a reasonable time, in FTTI's judgement
        ("2.3(b)", "2003-11-01", None, None),  # the Webb Option expires unless a venture capital firm has informed
        ("2.3(b)", "2003-11-01", None, None),  # the notice date, no Board vote having extended it (one figure)
        ("5.2(c)(iii)", "2003-12-01", "FTTI", "due"),  # the 2004 budget: 30 days prior to the fiscal year-end
        ("5.2(c)(iii)", "2003-12-01", "INTEL", "due"),
        ("5.2(c)(iii)", "2003-12-01", "WEBB", "due"),
        ("2.3(b)", "2004-01-31", None, None),  # the last Subsequent Closing
        ("2.3(b)", "2004-01-31", None, None),  # the Board may not extend the Webb Option beyond
        ("2.3(b)(iii)", "2004-01-31", None, None),  # Webb buys by
        ("5.2(l)", "2004-08-31", None, "due"),  # the asset purchase: listed once, with its covenant
        ("6.1", None, None, None),  # the end of survival: a year from a Subsequent Closing that may yet be held
    ]
    expiry = json.loads(out)["deadlines"][3]
    assert expiry["quote"] == "the Webb Option shall expire on November 1, 2003"
    assert any("2003-11-01 is a Saturday, but the date stands" in w for w in expiry["working"])


def test_a_fixed_date_rolls_only_under_its_reading(tmp_path: Path, capsys) -> None:
    rolled = tmp_path / "rolled.yaml"
    text = CLOSING.read_text()
    assert "\nsettings:" not in text
    rolled.write_text(text + "\nsettings:\n  period_fixed_date_roll: rolled\n")
    _, out, _ = _run(capsys, str(rolled), "--format", "json")
    dates = {d["name"]: d["date"] for d in json.loads(out)["deadlines"]}
    assert dates["webb_option_expiry"] == "2003-11-03"  # Saturday, November 1 -> Monday, November 3
    assert dates["webb_option_purchase_deadline"] == "2004-02-02"  # Saturday, January 31 -> Monday
    assert dates["spa.5.2.l.assets"] == "2004-08-31"  # a Tuesday: nothing to roll
    rolled.write_text(text + "\nsettings:\n  period_fixed_date_roll: unresolved\n")
    _, out, _ = _run(capsys, str(rolled))
    assert any(line.startswith("2004-08-31 Tue  §5.2(l)") for line in out.splitlines())  # every reading gives it
    lines = out.splitlines()  # the two Saturdays: once under each reading, labelled
    expiry = "§2.3(b)  The Webb Option expires unless a venture capital firm has informed the Company"
    assert f"2003-11-01 Sat  {expiry} (under period_fixed_date_roll=not_rolled)" in lines
    assert f"2003-11-03 Mon  {expiry} (under period_fixed_date_roll=rolled)" in lines
    assert "2004-02-02 Mon  §2.3(b)(iii)  Webb must buy the Shares available under the Webb Option" in out
    assert not [line for line in lines if line.startswith("unknown") and "§2.3(b)" in line]
    _, out, _ = _run(capsys, str(rolled), "--format", "json")
    readings = {(d["name"], d["date"]): d["reading"] for d in json.loads(out)["deadlines"]}
    assert readings[("webb_option_expiry", "2003-11-03")] == "period_fixed_date_roll=rolled"
    assert readings[("spa.5.2.l.assets", "2004-08-31")] is None


def test_from_and_to_choose_the_period(capsys) -> None:
    code, out, _ = _run(capsys, str(CLOSING), "--from", "2003-11-02", "--to", "2004-06-30")
    assert code == 0
    assert "§2.3(b)(iii)" in out and "2003-11-01" not in out and "§5.2(l)" not in out
    code, _, err = _run(capsys, str(CLOSING), "--from", "2004-01-01", "--to", "2003-01-01")
    assert code == 2 and "--from 2004-01-01 is after --to 2003-01-01" in err
    with pytest.raises(SystemExit) as exit_:  # argparse's own exit, as from the command line
        main(["calendar", str(CLOSING), "--from", "2003-02-30"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "not a real calendar date" in err and err.count("\n") == 1


def test_the_icalendar_file_reads_back(tmp_path: Path, capsys) -> None:
    ics = tmp_path / "jabber.ics"
    code, _, _ = _run(capsys, str(CLOSING), "--ics", str(ics))
    assert code == 0
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    got = [(str(e["summary"]), e.decoded("dtstart")) for e in events]
    budget = "§5.2(c)(iii) Operating budget and strategic plan within thirty days prior to each fiscal year-end"
    assert got == [
        (
            "§2.1 Authorization of Shares (and of the Conversion Shares) [complied as of the check]",
            dt.date(2003, 3, 18),
        ),
        (
            "§5.2(l) Software purchases from Webb at $12,000 a month for twenty-one months"
            " [not yet due as of the check]",
            dt.date(2003, 4, 30),
        ),
        (
            "§5.2(m) Stock Plan (decrease to 5,958,981 shares) [due as of the check]",
            dt.date(2003, 6, 30),
        ),
        (
            "§2.3(b) The Webb Option expires unless a venture capital firm has informed the Company",
            dt.date(2003, 11, 1),
        ),
        ("§2.3(b) The date by which an acceptable venture capital firm must inform the Company", dt.date(2003, 11, 1)),
        *[(f"{budget} ({who}) [due as of the check]", dt.date(2003, 12, 1)) for who in ("FTTI", "INTEL", "WEBB")],
        ("§2.3(b) The last Subsequent Closing must occur by January 31, 2004", dt.date(2004, 1, 31)),
        ("§2.3(b) The Board may not extend the Webb Option beyond January 31, 2004", dt.date(2004, 1, 31)),
        ("§2.3(b)(iii) Webb must buy the Shares available under the Webb Option", dt.date(2004, 1, 31)),
        (
            "§5.2(l) Purchase of the Schedule 5.2(l) assets from Webb for $200,000 by August 31, 2004"
            " [due as of the check]",
            dt.date(2004, 8, 31),
        ),
    ]
    assert "the Webb Option shall expire on November 1, 2003" in str(events[3]["description"])
    again = tmp_path / "again.ics"
    _run(capsys, str(CLOSING), "--ics", str(again))
    assert again.read_bytes() == ics.read_bytes()  # the same deal state, the same file: never the clock


def test_an_unwritable_ics_path_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, str(CLOSING), "--ics", str(tmp_path / "no-such-folder" / "x.ics"))
    assert code == 2 and "cannot write the file" in err and err.count("\n") == 1


def test_the_api_gives_the_same(capsys) -> None:
    with Engine.for_deal("jabber-series-d") as engine:
        entries = engine.deadlines(engine.load_state(CLOSING))
    assert [e.date for e in entries] == [
        dt.date(2003, 3, 18),
        dt.date(2003, 4, 30),
        dt.date(2003, 6, 30),
        *[dt.date(2003, 11, 1)] * 2,
        *[dt.date(2003, 12, 1)] * 3,
        *[dt.date(2004, 1, 31)] * 3,
        dt.date(2004, 8, 31),
        None,  # the end of survival, not known while a Subsequent Closing may be held
    ]


@pytest.mark.parametrize("name", ["closing", "gaps", "review"])
def test_every_example_lists_its_deadlines(name: str, capsys) -> None:
    code, out, err = _run(capsys, str(EXAMPLES / f"jabber-series-d-{name}.yaml"))
    assert code == 0 and err == "" and "§2.3(b)(iii)" in out


def test_a_figure_that_cannot_be_computed_names_its_file_and_line(tmp_path: Path, capsys) -> None:
    from helpers import policy_with

    folder = policy_with(
        tmp_path, "value: fixed_date(2004-08-31)", "value: days_after(2004-08-31, 999999999999)", "spa/article-5.yaml"
    )
    code, out, err = _run(capsys, str(CLOSING), "--policies", str(folder.parent))
    assert code == 2 and out == "" and err.count("\n") == 1
    # the covenant that owes it is checked first, and names itself, the expression and the problem
    assert "article-5.yaml:" in err and "spa.5.2.l.assets" in err and "past the calendar" in err
    assert "Fix:" in err
