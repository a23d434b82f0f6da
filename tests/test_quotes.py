"""Legal fidelity: every quoted clause appears verbatim in the agreement it cites."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from engine.policy import load_policy, normalise_text, policies_root
from helpers import ROOT

DEALS = sorted(p.name for p in policies_root().glob("*") if (p / "deal.yaml").is_file())
SEEDS = ROOT.parent / "shared" / "seeds"


def normalise(text: str) -> str:
    return " ".join(text.split())


def agreement_text(path: Path) -> str:
    """The agreement text as quotes are matched against it, by the engine's own function."""
    return normalise_text(path.read_text(encoding="utf-8"))


def quotes(deal: str):
    yield from load_policy(deal).quotes()


@pytest.mark.parametrize("deal", DEALS)
def test_every_quote_is_verbatim(deal: str) -> None:
    policy = load_policy(deal)
    texts = {a.id: agreement_text(a.text_path) for a in policy.agreements.values()}
    missing = [f"{rid}: {q!r}" for rid, agreement, q in quotes(deal) if normalise_text(q) not in texts[agreement]]
    assert not missing, "quotes not found verbatim in the agreement text:\n" + "\n".join(missing)


@pytest.mark.parametrize("deal", DEALS)
def test_every_spelling_and_affiliate_clause_is_verbatim(deal: str) -> None:
    """deal.yaml's persons' names and spellings and parties' `includes_affiliates` quotes."""
    policy = load_policy(deal)
    text = " ".join(normalise(a.text_path.read_text(encoding="utf-8")) for a in policy.agreements.values())
    missing = [f"{what}: {words!r}" for what, words in policy.identity.quoted() if normalise(words) not in text]
    assert not missing, "names not found verbatim in the agreement text:\n" + "\n".join(missing)


@pytest.mark.parametrize("deal", DEALS)
def test_every_rule_carries_its_citation(deal: str) -> None:
    policy = load_policy(deal)
    for rule in policy.rules.values():
        assert rule.section and rule.title and rule.binds and rule.quote, rule.id
        assert len(rule.quote.split()) >= 4, f"{rule.id}: a quote of a few words cannot prove the clause"


@pytest.mark.parametrize("deal", DEALS)
def test_agreement_copies_are_the_filed_text(deal: str) -> None:
    policy = load_policy(deal)
    for agreement in policy.agreements.values():
        data = agreement.text_path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == agreement.sha256
        seed = SEEDS / agreement.text_path.name
        if SEEDS.is_dir():
            assert seed.read_bytes() == data, f"{agreement.text_path.name} differs from ../shared/seeds"


def test_a_quote_that_is_not_in_the_text_is_caught() -> None:
    policy = load_policy("jabber-series-d")
    text = agreement_text(policy.agreements["spa"].text_path)
    assert normalise("The Investors shall invest a minimum of $7,200,000") in text
    assert normalise("The Investors shall invest a minimum of $7,100,000") not in text


def test_page_furniture_is_only_a_line_holding_a_page_number() -> None:
    text = "the issuance and sale of the Shares and the Conversion\n\n      -20-\n\n\n\nShares and for"
    joined = "the issuance and sale of the Shares and the Conversion Shares and for"
    assert normalise_text(text) == joined
    kept = "see page -20- of the filing\n-20-A\n"
    assert normalise_text(kept) == normalise(kept)


def test_a_quote_across_a_page_break_matches_and_a_changed_word_does_not() -> None:
    path = load_policy("jabber-series-d").agreements["spa"].text_path
    text = agreement_text(path)
    # §4.2(e) runs from page 19 onto page 20 of the filing ("... and the Conversion / -20- / Shares and ...").
    across = (
        "necessary or appropriate for the issuance and sale of the Shares and the Conversion Shares and for"
        " consummation of the transactions contemplated by this Agreement and the Related Agreements."
    )
    assert normalise(across) not in normalise(path.read_text(encoding="utf-8")), "the page break is in the text"
    assert normalise(across) in text
    assert normalise(across.replace("necessary or appropriate", "necessary and appropriate")) not in text
    assert normalise(across.replace("Conversion Shares", "Conversion -20- Shares")) not in text
