"""Every fact and records field says how a reason names it (`wording:`): the loader requires it, refuses
a wording that would not read as English, and the Jabber policy's wordings read well in every form a
missing fact is named by (engine/reasons.py `Words.fact`)."""

from __future__ import annotations

import re

import pytest

from engine.errors import PolicyError
from engine.facts import load_facts
from engine.policy import load_policy
from engine.reasons import Words
from engine.wording import syntax_in
from engine.yamlsource import load_yaml_text
from helpers import ROOT, policy_with

JABBER = ROOT / "policies" / "jabber-series-d"
GROUPS = {"investors": ("FTTI", "INTEL", "WEBB")}
PARTIES = frozenset({"COMPANY", "FTTI", "INTEL", "WEBB"})


def _load(text: str):
    return load_facts(load_yaml_text(text, "facts.yaml"), GROUPS, PARTIES)


def _refused(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        _load(text)
    return info.value


# ---------------------------------------------------------------- the loader


def test_a_fact_without_wording_is_refused_with_its_line() -> None:
    error = _refused(
        "closing_date:\n  type: date\n  wording: the Closing Date\n  description: d\n"
        "legal_investment.permitted_at_closing:\n  type: boolean\n  description: d\n"
    )
    assert str(error).startswith("facts.yaml:5:1: fact legal_investment.permitted_at_closing: every fact needs")
    assert "`wording`" in str(error)
    assert 'add `wording: "whether' in str(error)  # a boolean is worded "whether …"


def test_a_records_field_without_wording_is_refused_with_its_line() -> None:
    error = _refused(
        "payments:\n  type: records\n  key: investor\n  wording: the payments made for the Shares\n"
        "  description: d\n  fields:\n"
        "    investor: {type: party, wording: the Investor who paid, description: d}\n"
        "    cash: {type: money, description: d}\n"
    )
    assert str(error).startswith("facts.yaml:8:5: fact payments: field cash needs a `wording`"), str(error)
    assert "{key}" in str(error)


def test_a_per_party_fact_is_told_of_party() -> None:
    error = _refused("plan:\n  type: boolean\n  per: investors\n  description: d\n")
    assert "{party}" in str(error)


@pytest.mark.parametrize(
    ("decl", "message"),
    [
        (
            "x:\n  type: date\n  wording: the date of {other}\n  description: d\n",
            "`wording` may hold {party} and {key}, not {other}",
        ),
        (
            "x:\n  type: boolean\n  wording: whether {party} approved\n  description: d\n",
            "only a fact with `per:` has a party to put in it",
        ),
        (
            "x:\n  type: date\n  wording: the date of {key}\n  per: investors\n  description: d\n",
            "only a field of a records fact has a key to put in it",
        ),
        (
            "x:\n  type: date\n  wording: the closing_date\n  description: d\n",
            "reads as the expression language: a name written in snake_case ('closing_date')",
        ),
        (
            "x:\n  type: date\n  wording: documents.dated\n  description: d\n",
            "reads as the expression language",
        ),
        (
            "x:\n  type: date\n  wording: ''\n  description: d\n",
            "`wording` is the words a reason names the fact by",
        ),
    ],
)
def test_a_wording_that_cannot_be_filled_or_read_is_refused(decl: str, message: str) -> None:
    error = _refused(decl)
    assert message in str(error), str(error)
    assert str(error).startswith("facts.yaml:3:"), str(error)  # the line of its `wording`


_DOCUMENTS = (
    "documents:\n  type: records\n  key: kind\n  wording: the closing documents\n  description: d\n"
    "  keys: [legal_opinion, voting_agreement]\n{key_wording}"
    "  fields:\n    kind: {{type: text, wording: which document it is, description: d}}\n"
)


def test_a_records_fact_with_keys_needs_words_for_each_key() -> None:
    assert "needs `key_wording`" in str(_refused(_DOCUMENTS.format(key_wording="")))
    missing_one = "  key_wording: {legal_opinion: the legal opinion}\n"
    assert "the key voting_agreement needs its words" in str(_refused(_DOCUMENTS.format(key_wording=missing_one)))
    extra = (
        "  key_wording: {legal_opinion: the legal opinion, voting_agreement: the Voting Agreement,"
        " legal_opnion: the opinion}\n"
    )
    error = _refused(_DOCUMENTS.format(key_wording=extra))
    assert "legal_opnion is not one of the `keys:`" in str(error) and "legal_opinion" in str(error)
    both = "  key_wording: {legal_opinion: the legal opinion, voting_agreement: the Voting Agreement}\n"
    spec = _load(_DOCUMENTS.format(key_wording=both)).get("documents")
    assert spec.key_wording == {"legal_opinion": "the legal opinion", "voting_agreement": "the Voting Agreement"}


def test_the_jabber_policy_refuses_a_fact_whose_wording_is_removed(tmp_path) -> None:
    folder = policy_with(tmp_path, "  wording: the Closing Date\n", "", "facts.yaml")
    with pytest.raises(PolicyError) as info:
        load_policy(folder=folder)
    assert re.match(r".*facts\.yaml:\d+:1: fact closing_date: every fact needs a `wording`", str(info.value))
    assert 'add `wording: "the Closing Date"`' in str(info.value)


# ---------------------------------------------------------------- the Jabber policy's wordings


POLICY = load_policy(folder=JABBER)
SAMPLE = {"party": "Intel", "key": "the legal opinion"}


def _filled(wording: str) -> str:
    return re.sub(r"\{(party|key)\}", lambda m: SAMPLE[m.group(1)], wording)


def test_every_fact_and_field_of_the_jabber_policy_has_a_wording_that_reads_as_english() -> None:
    specs = POLICY.facts.specs.values()
    assert len(specs) >= 111
    for spec in specs:
        assert spec.wording and syntax_in(_filled(spec.wording)) is None, (spec.name, spec.wording)
        assert ("{party}" in spec.wording) == bool(spec.per), (spec.name, spec.wording)
        if spec.type == "boolean":
            assert spec.wording.startswith("whether"), (spec.name, spec.wording)
        for field in spec.fields.values():
            where = f"{spec.name}.{field.name}"
            assert field.wording and syntax_in(_filled(field.wording)) is None, (where, field.wording)
            if field.type == "boolean":
                assert field.wording.startswith("whether"), (where, field.wording)
        if spec.keys:
            assert set(spec.key_wording) == set(spec.keys), spec.name
            assert all(syntax_in(w) is None for w in spec.key_wording.values()), spec.name


def _sample_key(spec) -> str:
    if spec.keys:
        return spec.keys[0]
    return "FTTI" if spec.fields[spec.key].type == "party" else "INTEL: a claim of 2004-06-30"


def test_every_form_a_missing_fact_is_named_by_reads_as_english() -> None:
    """The plain fact, a party's value, the list, a whole record, a record's field and one of several
    records sharing a key, as Words.fact names them."""
    words = Words(POLICY)
    for spec in POLICY.facts.specs.values():
        names = [f"{spec.name}[INTEL]" if spec.per else spec.name]
        if spec.is_records:
            key = _sample_key(spec)
            names.append(f"{spec.name}[{key}]")
            names += [f"{spec.name}[{key}{'#2' if spec.many else ''}].{f}" for f in spec.fields]
        for name in names:
            shown = words.fact(name)
            assert syntax_in(shown) is None, (name, shown)
            assert "{" not in shown and "[" not in shown and "#" not in shown, (name, shown)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("closing_date", "the Closing Date"),
        (
            "company_reps.true_when_made",
            "whether the Company's representations and warranties were true and correct when made",
        ),
        (
            "business_plan.plan_2003_received_and_approved[INTEL]",
            "whether Intel has received and approved the Company's detailed business and financial plan for 2003",
        ),
        ("documents[legal_opinion].dated", "the date of the legal opinion"),
        ("documents[legal_opinion].delivered_to", "to whom the legal opinion was delivered"),
        (
            'documents["ft_license_agreement"].signed_by',
            "the parties who have executed the license agreement between the Company and FT",
        ),
        ("documents[legal_opinion]", "the legal opinion"),
        ("investments[FTTI].shares", "the number of Shares FTTI bought"),
        ("payments", "the payments made for the Shares"),
        ("payments[WEBB]", "the payments made for the Shares (Webb)"),
        ("payments[FTTI#2].cash", "the amount FTTI paid by certified check or wire transfer (record 2)"),
        ("blue_sky_filings[California].notice_fee", "the fee payable with the blue sky notice filing in California"),
        (
            "public_offerings[the offering of 2004-06-30].closed_on",
            "the date the public offering “the offering of June 30, 2004” closed",
        ),
        (
            "indemnity_claims[INTEL: a breach of §3.1(k)].losses_incurred_on",
            "the date the Losses of the claim “Intel: a breach of §3.1(k)” were incurred",
        ),
        (
            "webb_option_extensions[2003-10-30].directors_voting_for",
            "the number of directors who voted for the extension on October 30, 2003",
        ),
        ("documents.dated", "documents dated"),  # no record to name: the name spelled out, as before
    ],
)
def test_words_fact_names_each_form(name: str, shown: str) -> None:
    assert Words(POLICY).fact(name) == shown
