"""One person or entity under several names: persons' spellings, officer roles, parties' Affiliates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from engine import DealStateError, Engine, PolicyError
from engine.dealstate import load_deal_state_text
from engine.facts import load_facts
from engine.identity import IdentityProblem, load_identity
from engine.policy import load_policy
from engine.yamlsource import load_yaml_text
from helpers import EXAMPLES, run_cli

CLOSING = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
POLICY = load_policy("jabber-series-d")
IDENTITY = POLICY.identity
PARTIES = POLICY.party_keys


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _state(text: str):
    return load_deal_state_text(text, POLICY, "deal-state.yaml")


@pytest.fixture(scope="module")
def engine():
    with Engine(POLICY) as e:
        yield e


# ---------------------------------------------------------------- the declarations are the agreement's words
# (every spelling and quote is verbatim: tests/test_quotes.py)


def test_only_the_parties_defined_with_their_affiliates_have_them() -> None:
    assert set(IDENTITY.affiliate_clauses) == {"FTTI", "INTEL", "WEBB"}
    text = _normalise(POLICY.agreements["spa"].text_path.read_text(encoding="utf-8"))
    assert '"FT" shall mean France Telecom R&D.' in text  # §1.1(n): no "and its Affiliates"
    assert '"Company" shall mean Jabber, Inc., a Delaware corporation.' in text  # §1.1(g)


def test_a_spelling_not_in_the_text_would_be_caught() -> None:
    text = _normalise(POLICY.agreements["spa"].text_path.read_text(encoding="utf-8"))
    assert "Bill Cullen" in text and "Claude Pedrillat" in text
    assert "Billy Cullen" not in text


# ---------------------------------------------------------------- reading names


def _read(type_name: str, names: str | None, raw, affiliates=None):
    return IDENTITY.reader(affiliates, PARTIES).read(type_name, names, raw)


def test_a_declared_spelling_is_read_as_the_person_with_its_source() -> None:
    value, note = _read("texts", "persons", ["Bill Cullen", "claude  PEDRILLAT", "Rick Jennewine"])
    assert value == ["William Cullen", "Claude Perdrillat", "Rick Jennewine"]
    assert (
        note
        == "Bill Cullen read as William Cullen (VA §2.3(b)); claude  PEDRILLAT read as Claude Perdrillat (VA §2.2(b))"
    )


def test_the_rules_spelling_and_an_unknown_spelling_pass_unchanged_without_a_note() -> None:
    assert _read("text", "persons", "William Cullen") == ("William Cullen", None)
    assert _read("text", "persons", "Wm. Cullen") == ("Wm. Cullen", None)


def test_one_person_listed_under_two_spellings_is_refused() -> None:
    with pytest.raises(
        IdentityProblem, match=r'William Cullen is listed twice \(as "William Cullen" and "Bill Cullen"\)'
    ):
        _read("texts", "persons", ["William Cullen", "Rick Jennewine", "Bill Cullen"])


def test_titles_are_read_as_the_set_of_offices() -> None:
    value, note = _read(
        "texts", "officer_roles", ["President and Chief Executive Officer", "CFO", "Chief Executive Officer"]
    )
    assert value == ["chief executive officer", "chief financial officer"]
    assert (
        note
        == "President and Chief Executive Officer read as chief executive officer; CFO read as chief financial officer"
    )


def test_secretary_is_not_assistant_secretary() -> None:
    assert _read("texts", "officer_roles", ["Secretary"])[0] == ["secretary"]
    assert _read("texts", "officer_roles", ["Assistant Secretary"])[0] == ["assistant secretary"]


def test_a_title_that_is_no_office_is_kept_as_written_and_the_note_says_so() -> None:
    value, note = _read("texts", "officer_roles", ["Vice President, Finance"])
    assert value == ["Vice President, Finance"]
    assert note is not None and "Vice President, Finance kept as written: it is none of the officer roles" in note


def test_an_affiliate_is_read_as_its_party_citing_the_definition() -> None:
    value, note = _read("parties", None, ["FTTI", "Intel Corporation"], {"INTEL": ["Intel Corporation"]})
    assert value == ["FTTI", "INTEL"]
    assert note == (
        'Intel Corporation, an Affiliate of INTEL, read as INTEL (SPA §1.1(s): "Intel" shall mean Intel Capital'
        " Corporation and its Affiliates.)"
    )
    assert _read("party", None, "intel  corporation", {"INTEL": ["Intel Corporation"]})[0] == "INTEL"
    assert _read("party", None, "Intel Corporation") == ("Intel Corporation", None)  # not declared: not a party


@pytest.mark.parametrize(
    ("affiliates", "message", "path"),
    [
        ({"FT": ["Orange S.A."]}, "the definition of FT does not include its Affiliates", ("FT",)),
        ({"COMPANY": ["Jabber Europe"]}, "the definition of COMPANY does not include its Affiliates", ("COMPANY",)),
        ({"INTLE": ["Intel Corporation"]}, '"INTLE" is not a party of this deal', ("INTLE",)),
        (
            {"INTEL": ["Intel Corp"], "WEBB": ["intel corp"]},
            "claimed as an Affiliate for both INTEL and WEBB",
            ("WEBB", 0),
        ),
        ({"INTEL": ["FTTI"]}, '"FTTI" is a party of this deal, not an Affiliate', ("INTEL", 0)),
        ({"INTEL": "Intel Corporation"}, "the Affiliates of INTEL are a list of names", ("INTEL",)),
        (["INTEL"], "`affiliates` maps a party to the names of its Affiliates", ()),
    ],
)
def test_affiliates_the_definitions_do_not_allow_are_refused(affiliates, message: str, path: tuple) -> None:
    with pytest.raises(IdentityProblem) as exc:
        IDENTITY.reader(affiliates, PARTIES)
    assert message in exc.value.message
    assert exc.value.path == path


# ---------------------------------------------------------------- through a deal state, into the checklist


def _with_bill_cullen() -> str:
    return _replace(CLOSING, "    - William Cullen", "    - Bill Cullen")


def test_the_deal_state_holds_the_rules_name_and_the_read_carries_the_mapping() -> None:
    facts = _state(_with_bill_cullen()).facts
    read = facts.read_plain("board.directors_at_closing")
    assert "William Cullen" in read.value and "Bill Cullen" not in read.value
    assert read.note == "Bill Cullen read as William Cullen (VA §2.3(b))"


def test_a_checklist_shows_the_mapping_in_the_json_facts(engine) -> None:
    checklist = engine.check(_state(_with_bill_cullen()))
    row = checklist.to_json()["results"]
    k = next(r for r in row if r["rule"] == "spa.4.1.k" and r["party"] == "WEBB")
    assert k["status"] == "met"
    notes = {f["name"]: f["note"] for f in k["facts"]}
    assert notes["board.directors_at_closing"] == "Bill Cullen read as William Cullen (VA §2.3(b))"
    json.dumps(checklist.to_json())


def test_an_affiliate_investment_is_the_parties_investment(engine) -> None:
    text = _replace(CLOSING, "  - investor: INTEL\n", "  - investor: Intel Corporation\n")
    text += "affiliates:\n  INTEL: [Intel Corporation]\n"
    state = _state(text)
    read = state.facts.read_field("payments", "INTEL#1", "cash")
    assert str(read.value) == "2954999.74"
    assert read.note is not None and read.note.startswith("Intel Corporation, an Affiliate of INTEL, read as INTEL")
    assert engine.check(state).result("spa.4.1.p", "INTEL").status.label == "met"


def test_an_asserted_party_list_is_read_too() -> None:
    text = _replace(
        CLOSING,
        "    delivered_to: [FTTI, INTEL, WEBB]\n    delivered_on: 2003-03-18\n    in_agreed_form",
        "    delivered_to: {value: [France Telecom S.A., FTTI, WEBB], asserted_by: COMPANY}\n"
        "    delivered_on: 2003-03-18\n    in_agreed_form",
    )
    text += "affiliates: {FTTI: [France Telecom S.A.]}\n"
    read = _state(text).facts.read_field("documents", "legal_opinion", "delivered_to")
    assert read.value == ("FTTI", "WEBB")  # a party and its Affiliate are one party
    assert read.provenance is not None and read.provenance.asserted_by == "COMPANY"
    assert read.note is not None and "France Telecom S.A., an Affiliate of FTTI, read as FTTI (SPA §1.1(o)" in read.note


def test_explain_shows_the_mapping(tmp_path: Path) -> None:
    path = tmp_path / "deal-state.yaml"
    path.write_text(_replace(_with_bill_cullen(), "    - Claude Perdrillat", "    - Claude Pedrillat"))
    result = run_cli("explain", "spa.4.1.k", str(path))
    assert result.returncode == 0, result.stderr
    assert (
        "Bill Cullen read as William Cullen (VA §2.3(b)); Claude Pedrillat read as Claude Perdrillat (VA §2.2(b))"
        in (result.stdout)
    )


# ---------------------------------------------------------------- refusals name the file, the line and the fix


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_an_investment_by_a_party_outside_the_investors_is_refused_with_its_line(tmp_path: Path) -> None:
    text = _replace(CLOSING, "  - investor: WEBB\n", "  - investor: FT\n")  # WEBB's payment, now FT's
    line = _line_of(text, "investor: FT\n")
    with pytest.raises(DealStateError) as exc:
        _state(text)
    message = str(exc.value)
    assert message.startswith(f"deal-state.yaml:{line}:")
    assert 'payments has one record per party of investors, and "FT" is not one of them' in message
    assert "Fix: remove this entry, or write it for one of FTTI, INTEL, WEBB" in message
    path = tmp_path / "deal-state.yaml"
    path.write_text(text)
    result = run_cli("check", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert re.search(rf"deal-state\.yaml:{line}:\d+: payments has one record", result.stderr)


def test_affiliates_of_ft_are_refused_with_their_line(tmp_path: Path) -> None:
    text = CLOSING + "affiliates:\n  FT: [Orange S.A.]\n"
    path = tmp_path / "deal-state.yaml"
    path.write_text(text)
    result = run_cli("check", str(path))
    assert result.returncode == 2, result.stderr
    line = _line_of(text, "  FT: [Orange")
    assert f"deal-state.yaml:{line}:" in result.stderr
    assert "the definition of FT does not include its Affiliates. Fix: remove FT from `affiliates`" in result.stderr


def test_a_person_twice_is_refused_at_the_list_entry() -> None:
    text = _replace(CLOSING, "    - Rick Jennewine", "    - Bill Cullen")
    with pytest.raises(DealStateError) as exc:
        _state(text)
    assert f"deal-state.yaml:{_line_of(text, '    - Bill Cullen')}:" in str(exc.value)
    assert "board.directors_at_closing: William Cullen is listed twice" in str(exc.value)


# ---------------------------------------------------------------- the policy declarations are checked


def _identity(text: str):
    return load_identity(load_yaml_text(text, "deal.yaml"), {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("persons:\n  a: {name: Ann Lee, spellings: [Annie]}\n", "person a: a spelling is {text, source}"),
        (
            "persons:\n  a: {name: Ann Lee}\n  b: {name: Bo Lee, spellings: [{text: ann lee, source: X}]}\n",
            '"ann lee" is a name of both a and b',
        ),
        ("officer_roles:\n  CEO: {forms: [Chief Executive Officer]}\n", 'officer role "CEO" is written in lower case'),
        ("parties:\n  A: {name: A, includes_affiliates: {quote: A and its Affiliates}}\n", "is {source, quote}"),
        (
            "parties:\n  A: {name: A, includes_affiliates: {source: X, quote: A shall mean A}}\n",
            "the quote does not mention Affiliates",
        ),
    ],
)
def test_malformed_identity_declarations_are_policy_errors(text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=re.escape(message)) as exc:
        _identity(text)
    assert str(exc.value).startswith("deal.yaml:")


@pytest.mark.parametrize(
    ("decl", "message"),
    [
        (
            "x:\n  type: boolean\n  description: d\n  names: persons\n",
            "`names: persons` is for facts of type text or texts",
        ),
        (
            "x:\n  type: text\n  description: d\n  names: officer_roles\n",
            "`names: officer_roles` is for facts of type texts",
        ),
        ("x:\n  type: texts\n  description: d\n  names: people\n", "`names` is one of persons, officer_roles"),
    ],
)
def test_names_is_checked_in_facts_yaml(decl: str, message: str) -> None:
    with pytest.raises(PolicyError, match=re.escape(message)):
        load_facts(load_yaml_text(decl, "facts.yaml"), {}, frozenset())
