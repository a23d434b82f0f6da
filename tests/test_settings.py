"""Interpretation settings: unresolved readings, numeric settings, and how they are listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine import Engine, Status
from engine.dealstate import load_deal_state_text
from engine.errors import DealStateError, PolicyError
from engine.policy import load_policy
from engine.report import explain, rules_listing
from engine.settings import UNRESOLVED, for_compiling
from helpers import EXAMPLES, policy_with, run_cli

CLOSING = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()


@pytest.fixture(scope="module")
def engine():
    with Engine.for_deal("jabber-series-d") as e:
        yield e


def _state(engine: Engine, settings: str, *replace: tuple[str, str]):
    text = CLOSING.replace("as_of: 2003-03-18", f"as_of: 2003-03-18\nsettings: {settings}", 1)
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new, 1)
    return load_deal_state_text(text, engine.policy, "deal.yaml")


SAME_DAY = ("dated: 2003-03-14                                # illustrative", "dated: 2003-03-18")


# ---------------------------------------------------------------- the deal state


def test_unresolved_and_numbers_are_read(engine) -> None:
    state = _state(engine, "{good_standing_recent: 30, ft_license_commitment: unresolved}")
    assert state.settings == {"good_standing_recent": 30, "ft_license_commitment": UNRESOLVED}
    assert for_compiling(engine.policy, state.settings) == {
        "good_standing_recent": "days",
        "ft_license_commitment": "at_least",
    }


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("-1", "at least 0 days"),
        ("2.5", "whole number of days"),
        ("recentish", "cannot be 'recentish'"),
        ("true", "cannot be True"),
    ],
)
def test_bad_numbers_name_the_file_line_and_choices(engine, value: str, needle: str) -> None:
    with pytest.raises(DealStateError) as info:
        _state(engine, f"{{good_standing_recent: {value}}}")
    text = str(info.value)
    assert text.startswith("deal.yaml:16"), text
    assert needle in text
    assert "judgement, unresolved, a whole number of days (0 or more)" in text


def test_a_number_for_a_setting_without_one_is_refused(engine) -> None:
    with pytest.raises(DealStateError, match="ft_license_commitment takes no number.*at_least, exactly, unresolved"):
        _state(engine, "{ft_license_commitment: 30}")


def test_a_bad_setting_value_is_exit_2_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "state.yaml"
    path.write_text(CLOSING.replace("as_of: 2003-03-18", "as_of: 2003-03-18\nsettings: {good_standing_recent: -3}", 1))
    result = run_cli("check", str(path))
    assert result.returncode == 2, result.stderr
    assert "state.yaml:16" in result.stderr and "choose one of judgement, unresolved" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("days", "status"), [(30, Status.MET), (4, Status.MET), (3, Status.NOT_MET), (0, Status.NOT_MET)]
)
def test_good_standing_age_against_a_number_of_days(engine, days: int, status: Status) -> None:
    result = engine.check(_state(engine, f"{{good_standing_recent: {days}}}")).result("spa.4.1.i", "FTTI")
    assert result.status is status, result.explanation
    assert 'closing_date - documents["good_standing_delaware"].dated = 2003-03-18 - 2003-03-14 = 4' in result.working
    assert result.settings["good_standing_recent"] == days
    assert any(f.name == "settings.good_standing_recent" and f.value == str(days) for f in result.facts)
    assert "good_standing.as_of_recent_date" not in {f.name for f in result.facts}  # no judgement needed


def test_same_day_certificate_under_each_reading(engine) -> None:
    before = engine.check(_state(engine, "{good_standing_recent: 30}", SAME_DAY)).result("spa.4.1.i", "INTEL")
    counts = engine.check(
        _state(engine, "{good_standing_recent: 30, good_standing_same_day: closing_date_counts}", SAME_DAY)
    ).result("spa.4.1.i", "INTEL")
    assert before.status is Status.NOT_MET and "2003-03-18" in before.explanation
    assert counts.status is Status.MET and any("2003-03-18 - 2003-03-18 = 0" in w for w in counts.working)


# ---------------------------------------------------------------- unresolved


def test_readings_that_disagree_make_the_row_unknown_with_the_question(engine) -> None:
    checklist = engine.check(
        _state(
            engine, "{ft_license_commitment: unresolved}", ("purchase_commitment: ", "purchase_commitment: 3500000 #")
        )
    )
    row = checklist.result("spa.4.2.h")
    question = engine.policy.settings["ft_license_commitment"].question.strip()
    assert row.status is Status.UNKNOWN
    assert row.explanation == (
        f"unknown: depends on the unresolved reading ft_license_commitment — {question} — met under at_least,"
        " not met under exactly"
    )
    assert row.unresolved == ("ft_license_commitment",)
    assert row.settings["ft_license_commitment"] == UNRESOLVED
    assert row.missing == ("settings.ft_license_commitment",)
    assert any(w.startswith("under exactly: not met") for w in row.working)
    data = json.loads(json.dumps(checklist.to_json()))
    rows = [r for r in data["results"] if r["rule"] == "spa.4.2.h"]
    assert rows[0]["unresolved"] == ["ft_license_commitment"] and rows[0]["status"] == "unknown"
    assert data["settings"]["ft_license_commitment"] == "unresolved"
    lead = checklist.result("spa.4.1.lead", "FTTI")  # satisfied() of an unknown row: unknown, three-valued
    assert lead.status is Status.UNKNOWN and lead.unresolved == ("ft_license_commitment",)


def test_readings_that_agree_keep_the_status_with_a_note(engine) -> None:
    row = engine.check(_state(engine, "{good_standing_same_day: unresolved}")).result("spa.4.1.i", "WEBB")
    assert row.status is Status.MET
    assert row.explanation.endswith("(the same under every reading of good_standing_same_day)")
    assert row.unresolved == ("good_standing_same_day",)
    other = engine.check(_state(engine, "{good_standing_same_day: unresolved}")).result("spa.4.1.j", "WEBB")
    assert other.unresolved == () and "every reading" not in other.explanation


def test_a_number_case_left_unresolved_reads_the_number_as_unknown(engine) -> None:
    row = engine.check(_state(engine, "{good_standing_recent: unresolved}")).result("spa.4.1.i", "FTTI")
    assert row.status is Status.UNKNOWN
    assert "met under judgement, unknown under days (a number of days, none chosen)" in row.explanation
    assert row.missing == ("settings.good_standing_recent",)


def test_two_unresolved_settings_are_decided_under_every_combination(engine) -> None:
    state = _state(engine, "{good_standing_recent: unresolved, good_standing_same_day: unresolved}", SAME_DAY)
    row = engine.check(state).result("spa.4.1.i", "FTTI")
    assert row.status is Status.UNKNOWN
    assert set(row.unresolved) == {"good_standing_recent", "good_standing_same_day"}
    assert "depends on the unresolved readings" in row.explanation
    assert "not met under good_standing_same_day=before_closing_date, good_standing_recent=judgement" in row.explanation


def test_an_unresolved_waiver_authority_is_explained_under_each_reading(engine) -> None:
    waiver = "waivers: [{rule: spa.4.1.i, by: WEBB, in_writing: true, dated: 2003-03-18}]"
    checklist = engine.check(_state(engine, "{condition_waiver_authority: unresolved}", ("waivers: []", waiver)))
    assert checklist.result("spa.4.1.i", "WEBB").status is Status.MET  # met anyway: the waiver is not needed
    text = explain(checklist, engine.policy, "spa.4.1.i")
    assert "under section_4_or_7_9:" in text and "under section_7_9_only:" in text
    assert "condition_waiver_authority = unresolved: left open for counsel: every row" in text


# ---------------------------------------------------------------- listing and explaining


def test_rules_listing_shows_choices_numbers_defaults_and_rules(engine) -> None:
    for fmt in ("text", "markdown"):
        text = rules_listing(engine.policy, fmt)
        assert "good_standing_recent" in text and "Takes a number" in text
        assert "a whole number of days (case `days`)" in text
        assert text.count("unresolved") >= len(engine.policy.settings)
        assert "Rules that depend on it" in text and "spa.4.1.i" in text
        assert "closing_date_counts" in text and "before_closing_date" in text


def test_explain_shows_the_number_chosen(engine) -> None:
    checklist = engine.check(_state(engine, "{good_standing_recent: 30}"))
    text = explain(checklist, engine.policy, "spa.4.1.i")
    assert "good_standing_recent = 30: 30 days (days): Each certificate" in text
    assert 'setting("good_standing_recent")' in text


# ---------------------------------------------------------------- the policy


def _policy_with(tmp_path: Path, old: str, new: str, file: str = "spa/article-4.yaml") -> Path:
    return policy_with(tmp_path, old, new, file)


AGE = 'closing_date - documents["good_standing_delaware"].dated <= setting("good_standing_recent")'


@pytest.mark.parametrize(
    ("new", "needle"),
    [
        (AGE.replace('setting("good_standing_recent")', 'setting("good_standing_recnet")'), "did you mean"),
        (AGE.replace('setting("good_standing_recent")', 'setting("bridge_notes_meaning")'), "takes no number"),
        (AGE.replace('setting("good_standing_recent")', "setting(30)"), "setting name in quotes"),
    ],
)
def test_setting_function_is_checked_when_the_policy_loads(tmp_path: Path, new: str, needle: str) -> None:
    folder = _policy_with(tmp_path, AGE, new)
    with pytest.raises(PolicyError) as info:
        load_policy(folder)
    text = str(info.value)
    assert "article-4.yaml:" in text and "spa.4.1.i" in text and needle in text, text


def test_setting_number_is_only_known_in_its_number_case(tmp_path: Path) -> None:
    old = "              and good_standing.as_of_recent_date\n"
    folder = _policy_with(tmp_path, old, old.replace("good_standing.as_of_recent_date", AGE))
    with pytest.raises(PolicyError, match=r"article-4\.yaml:\d+.*only known in the `days` case"):
        load_policy(folder)


def test_when_cases_must_include_the_number_case(tmp_path: Path) -> None:
    folder = _policy_with(tmp_path, "  number:\n    case: days\n", "  number:\n    case: day_count\n", "settings.yaml")
    with pytest.raises(PolicyError, match="judgement, day_count"):
        load_policy(folder)


def test_a_number_case_named_like_a_choice_is_refused(tmp_path: Path) -> None:
    folder = _policy_with(tmp_path, "  number:\n    case: days\n", "  number:\n    case: judgement\n", "settings.yaml")
    with pytest.raises(PolicyError, match=r"settings\.yaml:\d+.*has the name of a choice"):
        load_policy(folder)


def test_a_quoted_number_that_is_not_plain_ascii_digits_is_refused_cleanly() -> None:
    from engine.settings import BadChoice, parse_choice

    policy = load_policy("jabber-series-d")
    setting = policy.settings["good_standing_recent"]
    for raw in ("²", "9" * 5000):
        with pytest.raises(BadChoice):
            parse_choice(setting, raw)
    assert parse_choice(setting, "30") == 30


# ---------------------------------------------------------------- settings a row only reads


def test_a_row_is_decided_reading_by_reading_only_when_it_is_unknown_without(engine, monkeypatch) -> None:
    """A setting a row reads through a figure or a date (here whether a named date rolls) costs per-reading
    work only on the rows it leaves unknown: the others are the same under every reading, and say so."""
    import engine.evaluation as evaluation

    calls: list[str] = []
    real = evaluation.every_reading

    def counted(run, crule, party, status, steps, names):
        calls.append(crule.rule.id)
        return real(run, crule, party, status, steps, names)

    monkeypatch.setattr(evaluation, "every_reading", counted)
    state = _state(engine, "{period_fixed_date_roll: unresolved}", ("as_of: 2003-03-18", "as_of: 2003-06-01"))
    checklist = engine.check(state)
    readers = [r for r in checklist.results if "period_fixed_date_roll" in r.unresolved]
    assert {"spa.2.3.b.webb_option.expiry", "spa.6.1.reps"} <= set(calls)  # unknown until decided per reading
    assert 0 < len(set(calls)) < len({r.rule for r in readers})
    for row in readers:
        assert row.status is not Status.UNKNOWN, row.explanation  # in June 2003 neither Saturday matters
        assert "the same under every reading of" in row.explanation and "period_fixed_date_roll" in row.explanation
