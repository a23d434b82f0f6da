"""Who may make a judgement: the party whose call the agreement makes it, or counsel acting for it.

An assertion by anyone else is a fact about the deal, not bad input: it is set aside, the fact
reads as unknown, and the row says whose assertion was set aside, why, and under which clause.
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.errors import did_you_mean
from engine.facts import Judgement


def entitled(judgement: Judgement, owner: str | None, parties: Mapping[str, object]) -> tuple[str, ...]:
    """The parties whose call the judgement is; `owner` is the party whose value it is."""
    if judgement.by == "the_party":
        return (owner,) if owner else ()
    if judgement.by == "any_party":
        return tuple(parties)
    return tuple(judgement.by)


def describe(judgement: Judgement, owner: str | None) -> str:
    if judgement.by == "the_party":
        who = owner or "the party concerned"
        return f"{who}'s call" + (f" (or counsel acting for {who})" if judgement.counsel else "")
    if judgement.by == "any_party":
        return "a party to the deal" + (" or counsel acting for one" if judgement.counsel else "")
    who = ", ".join(judgement.by[:-1]) + " or " + judgement.by[-1] if len(judgement.by) > 1 else judgement.by[0]
    return f"the call of {who}" + (" (or counsel acting for one of them)" if judgement.counsel else "")


def authority_problem(
    judgement: Judgement,
    who: str,
    owner: str | None,
    parties: Mapping[str, object],
    counsel: Mapping[str, tuple[str, ...]],
) -> str | None:
    """Why `who` may not make this judgement, or None when it may."""
    allowed = entitled(judgement, owner, parties)
    if who in allowed:
        return None
    if who in counsel:
        acts_for = counsel[who]
        if judgement.counsel and set(acts_for) & set(allowed):
            return None
        reason = "not by counsel" if not judgement.counsel else f"{who} acts for {', '.join(acts_for)}"
        return f"{reason}, and it is {describe(judgement, owner)}"
    if who in parties:
        return f"{who} may not make it: it is {describe(judgement, owner)}"
    hint = did_you_mean(who, [*parties, *counsel])
    return (
        f"{who} is neither a party nor counsel named under `counsel:` in the deal state; it is"
        f" {describe(judgement, owner)}" + (f" ({hint})" if hint else "")
    )
