"""The closing checklist as one self-contained HTML page (`dealcheck check --format html`).

The page is built from the Checklist the text and JSON outputs print (engine/html_view.py lays it
out) with a Jinja2 template shipped in engine/templates/. Everything the deal state or the policy
writes is HTML-escaped (autoescape). The page fetches nothing: its stylesheet and script are inline,
and its Content-Security-Policy allows those two blocks alone (by their sha256), no other script, no
style attribute and no request to any address.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from fractions import Fraction

import jinja2
from markupsafe import Markup

from engine.html_view import build
from engine.policy import Policy
from engine.results import Checklist
from engine.scenario_coverage import Coverage

TEMPLATE = "checklist.html.j2"
STYLE = "checklist.css"
SCRIPT = "checklist.js"


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("engine", "templates"),
        autoescape=True,  # every template: what the deal state writes is always escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _inline(name: str) -> tuple[Markup, str]:
    """A static file of the templates folder, to be placed inline, and its CSP source (its sha256)."""
    env = _environment()
    text, _, _ = env.loader.get_source(env, name)
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def render(
    checklist: Checklist,
    policy: Policy | None = None,
    coverage: Coverage | None = None,
    threshold: Fraction = Fraction(1),
) -> str:
    """The page. With the policy, parties carry their names, and a missing fact what to ask for it;
    with the scenario coverage (`dealcheck coverage`), the statuses the scenarios show each rule in."""
    style, style_hash = _inline(STYLE)
    script, script_hash = _inline(SCRIPT)
    csp = f"default-src 'none'; style-src {style_hash}; script-src {script_hash}; img-src data:; base-uri 'none'"
    template = _environment().get_template(TEMPLATE)
    return template.render(page=build(checklist, policy, coverage, threshold), style=style, script=script, csp=csp)
