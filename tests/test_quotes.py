"""Legal fidelity: every quoted clause appears verbatim in the agreement it cites."""

from __future__ import annotations

import hashlib

import pytest

from engine.policy import load_policy, policies_root
from helpers import ROOT

DEALS = sorted(p.name for p in policies_root().glob("*") if (p / "deal.yaml").is_file())
SEEDS = ROOT.parent / "shared" / "seeds"


def normalise(text: str) -> str:
    return " ".join(text.split())


def quotes(deal: str):
    yield from load_policy(deal).quotes()


@pytest.mark.parametrize("deal", DEALS)
def test_every_quote_is_verbatim(deal: str) -> None:
    policy = load_policy(deal)
    texts = {a.id: normalise(a.text_path.read_text(encoding="utf-8")) for a in policy.agreements.values()}
    missing = [f"{rid}: {q!r}" for rid, agreement, q in quotes(deal) if normalise(q) not in texts[agreement]]
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
    text = normalise(policy.agreements["spa"].text_path.read_text(encoding="utf-8"))
    assert normalise("The Investors shall invest a minimum of $7,200,000") in text
    assert normalise("The Investors shall invest a minimum of $7,100,000") not in text
