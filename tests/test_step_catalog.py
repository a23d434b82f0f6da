"""The step catalog in docs/steps.md is generated, never hand-edited, and must be current; what it
says about facts, settings and rules is what the policy and the engine say."""

from __future__ import annotations

import re

import pytest

from engine.policy import load_policy
from step_catalog import TARGET, WIDTH, engine_facts, render, rule_facts, section_key, step_lines
from steps import VOCABULARY

DEAL = "jabber-series-d"


@pytest.fixture(scope="module")
def catalog() -> str:
    return render()


def section(text: str, heading: str) -> str:
    """The text under a heading, up to the next heading of the same level or above."""
    level = len(heading) - len(heading.lstrip("#"))
    start = text.index(f"\n{heading}\n") + 1
    body = start + len(heading) + 1
    ends = [m.start() for m in re.finditer(r"^(#+) ", text[body:], re.M) if len(m[1]) <= level]
    return text[start : body + ends[0]] if ends else text[start:]


def test_step_catalog_is_current(catalog: str) -> None:
    assert TARGET.read_text() == catalog, "docs/steps.md is out of date: run `python tests/step_catalog.py`"


def test_every_step_has_an_example_that_it_matches() -> None:
    for step in VOCABULARY:
        text = step.example.split(" ", 1)[1]
        assert re.fullmatch(step.pattern, text), f"the example does not match its own step: {step.example}"


def test_every_step_the_catalog_writes_is_a_step(catalog: str) -> None:
    """The examples written with real facts (and real record keys) are phrases the steps accept."""
    lines = step_lines(catalog)
    assert len(lines) > 500
    bad = []
    for line in dict.fromkeys(lines):
        keyword, text = line.split(" ", 1)
        if not any(s.keyword == keyword and re.fullmatch(s.pattern, text) for s in VOCABULARY):
            bad.append(line)
    assert not bad, "no step matches: " + "; ".join(bad[:5])


def test_the_facts_of_a_rule_are_those_the_engine_reads() -> None:
    policy = load_policy(DEAL)
    for rule in policy.rules.values():
        assert set(rule_facts(rule, policy)) == engine_facts(rule, policy), rule.id


def test_every_fact_and_field_is_described_with_its_type(catalog: str) -> None:
    policy = load_policy(DEAL)
    for spec in policy.facts.specs.values():
        entry = section(catalog, f"#### `{spec.name}`")
        assert spec.description.split()[0] in entry
        for field in spec.fields.values():
            assert re.search(rf"- `{field.name}` \*{field.type}\b", entry), f"{spec.name}.{field.name}"


def test_a_judgement_field_is_marked_with_who_may_assert_it(catalog: str) -> None:
    documents = section(catalog, "#### `documents`")
    field = documents[documents.index("- `in_agreed_form` *boolean*") :]
    field = " ".join(field[: field.index("\n  - `", 1)].split())
    assert "**Judgement:** the call of FTTI, INTEL or WEBB (or counsel acting for one of them)" in field
    assert "§4.1(j), 4.1(r)" in field
    assert (
        '`Given the "in_agreed_form" of the "documents" record "investors_rights_agreement" is "true"'
        ' as asserted by "FTTI"`' in documents
    )
    lapses = section(catalog, "#### `existence_lapses`")
    assert "the call of COMPANY, FTTI, INTEL or WEBB" in lapses
    # a field that is not a judgement says nothing of one
    assert "**Judgement:**" not in documents[documents.index("- `dated`") : documents.index("- `in_agreed_form`")]


def test_a_judgement_of_each_party_for_itself(catalog: str) -> None:
    entry = section(catalog, "#### `board.independent_director.independent_of`")
    flat = " ".join(entry.split())
    assert "the call of the party whose value it is (each for its own), or counsel acting for it; §4.1(k)" in flat
    assert (
        '`Given the fact "board.independent_director.independent_of" for "FTTI" is "true" as asserted by "FTTI"`'
        in entry
    )
    assert "one value per party of `investors` (FTTI, INTEL and WEBB)" in flat
    entry = section(catalog, "#### `good_standing.as_of_recent_date`")
    assert 'rests on `documents["good_standing_delaware"].dated`' in " ".join(entry.split())
    assert '`Given "FTTI" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"`' in entry


def test_a_setting_lists_its_choices_default_and_meanings(catalog: str) -> None:
    entry = " ".join(section(catalog, "#### `ft_license_commitment`").split())
    assert "Default: `at_least`" in entry
    assert "`at_least` (the default): A commitment of $3,000,000 or more satisfies the condition" in entry
    assert "`exactly`: Only a commitment of exactly $3,000,000 satisfies it (the literal words)." in entry
    assert "`unresolved`: left open for counsel" in entry
    assert "`spa.4.1.w`" in entry and "`spa.4.2.h`" in entry
    assert '`Given the setting "ft_license_commitment" is "exactly"`' in entry
    entry = " ".join(section(catalog, "#### `good_standing_recent`").split())
    assert "a whole number of days, 0 or more (case `days`)" in entry


def test_a_rule_lists_the_facts_its_conditions_read_and_the_steps_that_set_them(catalog: str) -> None:
    entry = section(catalog, "##### `spa.4.1.i` §4.1(i)")
    flat = " ".join(entry.split())
    assert "**Good Standing Certificates.**" in flat
    assert "met, not met, unknown or waived" in flat
    assert "`good_standing_same_day`, `good_standing_recent`" in flat
    assert "`documents` *records*: `good_standing_delaware`, `good_standing_colorado`; fields" in flat
    for field in ("delivered_to", "delivered_on", "fully_executed", "dated"):
        assert f"`{field}`" in flat
    assert "`good_standing.as_of_recent_date` *boolean* (judgement)" in flat
    assert "`closing_date` *date*" in flat
    for kind in ("delaware", "colorado"):
        assert (
            f'- `Given the document "good_standing_{kind}" signed by "COMPANY" and delivered to "FTTI, INTEL, WEBB"'
            ' dated "2003-03-18"`' in entry
        )
        assert f'- `Given the "fully_executed" of the "documents" record "good_standing_{kind}" is "true"`' in entry
    assert '- `Given the fact "good_standing.as_of_recent_date" is "true" as asserted by "FTTI"`' in entry


def test_a_fact_read_only_for_the_end_of_a_covenant_says_so(catalog: str) -> None:
    flat = " ".join(section(catalog, "##### `spa.5.2.e` §5.2(e)").split())
    assert "`public_offerings` *records* (only for its end by the closing of a Qualified Public Offering)" in flat
    assert "`existence_lapses` *records*: fields `lapsed_on`, `corporate_existence`, `material_license`" in flat
    assert "- `Given no public offering of the Company has closed`" in flat


def test_rules_are_in_article_order_under_a_table_of_contents(catalog: str) -> None:
    assert section_key("1.1(z)") < section_key("1.1(aa)") < section_key("2.3(b)") < section_key("2.3(b)(i)")
    assert section_key("4.1(q)(iv)") < section_key("4.1(q)(v)") < section_key("4.1(q)(ix)") < section_key("4.1(r)")
    headings = re.findall(r"^##### `[^`]+` §(\S+)$", catalog, re.M)
    assert len(headings) == len(load_policy(DEAL).rules)
    assert headings == sorted(headings, key=section_key)
    contents = section(catalog, "## Contents")
    anchors = re.findall(r"\]\(#([^)]+)\)", contents)
    assert "spa-article-4" in anchors and "facts-of-jabber-series-d" in anchors
    for anchor in anchors:
        heading = next(
            (
                h
                for h in re.findall(r"^#+ (.+)$", catalog, re.M)
                if re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") == anchor
            ),
            None,
        )
        assert heading is not None, f"the contents link to #{anchor}, which no heading makes"


def test_lines_are_short(catalog: str) -> None:
    """Prose is wrapped; only a step, or a code span that cannot be broken, runs longer."""
    long = [
        line
        for line in catalog.splitlines()
        if len(line) > WIDTH
        and not re.fullmatch(r"\s*- `[^`]*` *", line)
        and not any(len(span) > WIDTH // 2 for span in re.findall(r"`[^`]*`", line))
    ]
    assert not long, long[:3]


def test_the_sample_values_are_values_of_their_type() -> None:
    from engine.values import LIST_TYPES, SCALAR_TYPES, parse_value
    from step_catalog import Examples
    from steps import _raw

    policy = load_policy(DEAL)
    examples = Examples(policy)
    for type_name in SCALAR_TYPES + LIST_TYPES:
        parse_value(type_name, _raw(type_name, examples.value(type_name)), policy.party_keys)
