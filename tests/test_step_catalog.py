"""The step catalog in docs/steps.md is generated, never hand-edited, and must be current."""

from step_catalog import TARGET, render


def test_step_catalog_is_current() -> None:
    assert TARGET.read_text() == render(), "docs/steps.md is out of date: run `python tests/step_catalog.py`"


def test_every_step_has_an_example_that_it_matches() -> None:
    import re

    from steps import VOCABULARY

    for step in VOCABULARY:
        text = step.example.split(" ", 1)[1]
        assert re.fullmatch(step.pattern, text), f"the example does not match its own step: {step.example}"
