"""Every feature file under features/ is bound here; none is left out."""

from pytest_bdd import scenarios

scenarios(".")
