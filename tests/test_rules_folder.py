"""An agreement's `rules:` may name a folder of article files (`rules: spa` -> spa/article-2.yaml,
spa/article-4.yaml, …): read in the order of their numbers, together one agreement's rules and
figures, every message naming the article file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from engine.errors import PolicyError
from engine.policy import load_policy, rules_file_order
from helpers import FIXTURES

TOY = FIXTURES / "toy-deal"
FLOOR = """  - name: floor
    section: "1.1(b)"
    title: The minimum
    quote: The Buyers shall invest a minimum of $1,000,000 at the Closing.
    value: $1,000,000
"""


def _rules(text: str) -> dict[str, str]:
    """toy.yaml's rules, each as its YAML text, by id."""
    chunks = re.split(r"(?m)^(?=  - id: )", text.split("rules:\n", 1)[1])
    return {re.match(r"  - id: (\S+)", c).group(1): c for c in chunks if c.strip()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The toy deal with its rules as a folder: §1.1 in article-2.yaml, §1.2 in article-10.yaml
    (named so that a plain string sort would read article-10 first)."""
    copy = tmp_path / "toy-deal"
    shutil.copytree(TOY, copy)
    rules = _rules((copy / "toy.yaml").read_text())
    (copy / "toy.yaml").unlink()
    (copy / "toy").mkdir()
    first = [r for r in rules if r.startswith("toy.1.1.")]
    second = [r for r in rules if r.startswith("toy.1.2.")]
    (copy / "toy" / "article-2.yaml").write_text(
        "# Article 2 (§1.1 here): the Buyers' conditions.\nagreement: toy\nrules:\n" + "".join(rules[r] for r in first)
    )
    (copy / "toy" / "article-10.yaml").write_text(
        "# Article 10 (§1.2 here): the Seller's conditions.\nagreement: toy\nrules:\n"
        + "".join(rules[r] for r in second)
    )
    (copy / "toy" / "README.md").write_text("Not a rules file: only *.yaml files are read.\n")
    deal = copy / "deal.yaml"
    deal.write_text(deal.read_text().replace("rules: toy.yaml", "rules: toy"))
    return copy


def _error(folder: Path) -> str:
    with pytest.raises(PolicyError) as info:
        load_policy(folder=folder)
    return str(info.value)


def test_files_are_read_in_the_order_of_their_numbers() -> None:
    names = ["article-10.yaml", "article-2.yaml", "article-7.yaml", "article-4.yaml", "notes.txt", "article-4.yml"]
    order = rules_file_order(Path(n) for n in names)
    assert [p.name for p in order] == ["article-2.yaml", "article-4.yaml", "article-7.yaml", "article-10.yaml"]
    assert [p.name for p in rules_file_order(Path(n) for n in ["b-2.yaml", "a-10.yaml", "a-9.yaml"])] == [
        "a-9.yaml",
        "a-10.yaml",
        "b-2.yaml",
    ]


def test_a_folder_gives_the_rules_of_the_single_file_in_the_same_order(folder: Path) -> None:
    single = load_policy(folder=TOY)
    split = load_policy(folder=folder)
    assert list(split.rules) == list(single.rules)  # article-2 before article-10
    for rid, rule in split.rules.items():
        assert rule.quote == single.rules[rid].quote and rule.when == single.rules[rid].when
    assert split.rules["toy.1.1.a"].file.endswith("toy/article-2.yaml")
    assert split.rules["toy.1.2.lead"].file.endswith("toy/article-10.yaml")
    assert split.agreements["toy"].rules_file == "toy"


def test_an_error_names_the_article_file_and_its_line(folder: Path) -> None:
    article = folder / "toy" / "article-10.yaml"
    text = article.read_text()
    article.write_text(text.replace("    title: Signatures\n", "    title: Signatures\n    titel: typo\n"))
    line = article.read_text().splitlines().index("    titel: typo") + 1
    message = _error(folder)
    assert f"toy/article-10.yaml:{line}" in message and 'rule toy.1.2.a: unknown key "titel"' in message, message


def test_a_rule_id_in_two_files_is_refused_naming_both(folder: Path) -> None:
    article = folder / "toy" / "article-10.yaml"
    article.write_text(article.read_text().replace("  - id: toy.1.2.a\n", "  - id: toy.1.1.a\n"))
    first = (folder / "toy" / "article-2.yaml").read_text().splitlines().index("  - id: toy.1.1.a") + 1
    second = article.read_text().splitlines().index("  - id: toy.1.1.a") + 1
    message = _error(folder)
    assert re.search(
        rf"toy/article-10\.yaml:{second}:\d+: rule id toy\.1\.1\.a is used twice: "
        rf"here and at \S*toy/article-2\.yaml:{first}\.",
        message,
    ), message


def test_a_figure_in_two_files_is_refused_naming_both(folder: Path) -> None:
    (folder / "toy" / "article-1.yaml").write_text("# Figures of §1.1.\nagreement: toy\ndefinitions:\n" + FLOOR)
    assert load_policy(folder=folder).definitions["floor"].file.endswith("toy/article-1.yaml")  # figures alone
    article = folder / "toy" / "article-10.yaml"
    article.write_text(article.read_text() + "definitions:\n" + FLOOR)
    second = article.read_text().splitlines().index("  - name: floor") + 1
    message = _error(folder)
    assert re.search(
        rf"toy/article-10\.yaml:{second}:\d+: definition floor: the name is defined twice: here and at "
        r"\S*toy/article-1\.yaml:4\.",
        message,
    ), message


def test_every_file_of_the_folder_names_its_agreement(folder: Path) -> None:
    article = folder / "toy" / "article-10.yaml"
    article.write_text(article.read_text().replace("agreement: toy\n", ""))
    message = _error(folder)
    assert "toy/article-10.yaml:1: a rules file starts with `agreement: toy`" in message, message
    article.write_text("agreement: toy\n")
    assert "toy/article-10.yaml:1: a rules file starts with `agreement: toy` and a `rules:` or `definitions:`" in (
        _error(folder)
    )


def test_an_empty_rules_folder_is_refused(folder: Path) -> None:
    for path in (folder / "toy").glob("*.yaml"):
        path.unlink()
    assert "the rules folder holds no *.yaml file" in _error(folder)


def test_a_single_rules_file_still_needs_its_rules_list(tmp_path: Path) -> None:
    copy = tmp_path / "toy-deal"
    shutil.copytree(TOY, copy)
    (copy / "toy.yaml").write_text("agreement: toy\ndefinitions:\n" + FLOOR)
    assert "toy.yaml:1: a rules file starts with `agreement: toy` and a `rules:` list" in _error(copy)
