"""JSON deal states through the C parser (engine/yamlsource.py, _fast_json): the same values and
positions as the full reader, and every input it is not sure of left to the full reader, so that
every error is the same one, with its line."""

from __future__ import annotations

import json
from typing import Any

import pytest

from engine import Engine
from engine.errors import DealcheckError
from engine.yamlsource import _fast_json, _load_json_slowly, load_json_text, load_yaml_text, read_text
from helpers import EXAMPLES

NAMES = ("closing", "gaps", "review")
LAYOUTS = ({}, {"indent": 2}, {"indent": "\t"}, {"separators": (",", ":")}, {"indent": 0, "ensure_ascii": False})


def _as_json(name: str, **dumps: Any) -> str:
    data = load_yaml_text(read_text(EXAMPLES / f"jabber-series-d-{name}.yaml"), name).data
    return json.dumps(data, default=str, **dumps)


def _outcome(load, text: str) -> Any:
    try:
        doc = load(text, "deal.json")
    except DealcheckError as exc:
        return ("refused", exc.message, exc.line, exc.column)
    return ("read", doc.data, {path: doc.where(path) for path in list(doc.positions)})


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("layout", LAYOUTS, ids=str)
def test_the_fast_path_reads_what_the_full_reader_reads(name: str, layout: dict) -> None:
    text = _as_json(name, **layout)
    fast, full = _fast_json(text, "deal.json"), _load_json_slowly(text, "deal.json")
    assert fast is not None
    assert fast.data == full.data
    for path in fast.positions._index:  # type: ignore[attr-defined]
        assert fast.positions[path] == full.positions[path], path
    for path in full.positions:
        assert fast.where(path) == full.where(path), path
    assert fast.where(("no", "such", "path")) == full.where(("no", "such", "path"))


DECLINED = {
    "a key twice": '{"deal": "jabber-series-d",\n "as_of": "2003-03-18",\n "as_of": "2003-03-19"}',
    "NaN": '{"deal": "jabber-series-d",\n "x": NaN}',
    "a number YAML reads as text": '{"deal": "jabber-series-d",\n "x": 1e5}',
    "an exponent": '{"deal": "jabber-series-d",\n "x": 1.5e+999999}',
    "31 digits": '{"deal": "jabber-series-d",\n "x": ' + "9" * 31 + "}",
    "a 5000-digit number": '{"deal": "jabber-series-d",\n "x": ' + "9" * 5000 + "}",
    "65 levels": '{"deal": "jabber-series-d",\n "x": ' + "[" * 64 + "]" * 64 + "}",
    "900 levels": '{"deal": "jabber-series-d",\n "x": ' + "[" * 900 + "]" * 900 + "}",
    "5000 levels": '{"deal": "jabber-series-d",\n "x": ' + "[" * 5000 + "]" * 5000 + "}",
    "a key apart from its colon": '{"deal":\n "jabber-series-d",\n "as_of"\n : "2003-03-18"}',
    "a DEL character": '{"deal": "jabber-series-d",\n "x": "a\x7fb"}',
    "a C1 control character": '{"deal": "jabber-series-d",\n "x": "Soci\x90t\u00e9"}',
    "a line separator": '{"deal": "jabber-series-d",\n "x": "a\u2028b",\n "y": 1}',
    "a lone carriage return": '{"deal": "jabber-series-d",\r "as_of": "2003-03-18"}',
    "a trailing comma": '{"deal": "jabber-series-d",\n "as_of": "2003-03-18",\n}',
    "too many entries": '{"deal": "jabber-series-d",\n "x": [' + ",".join(["1"] * 10_001) + "]}",
    "too many values": '{"deal": "jabber-series-d",\n "x": [' + ",".join(["[1,1]"] * 35_000) + "]}",
    "a top-level array": '[{"deal": "jabber-series-d"}]',
}


@pytest.mark.parametrize("text", DECLINED.values(), ids=DECLINED.keys())
def test_what_the_fast_path_is_not_sure_of_the_full_reader_decides(text: str) -> None:
    if not text.startswith("["):
        assert _fast_json(text, "deal.json") is None
    assert _outcome(load_json_text, text) == _outcome(_load_json_slowly, text)


def test_nesting_the_c_parser_reads_is_still_refused_with_its_line() -> None:
    text = '{"deal": "jabber-series-d",\n "x":\n ' + "[" * 100 + "]" * 100 + "}"
    with pytest.raises(DealcheckError, match="nested more than 64 levels") as exc:
        load_json_text(text, "deal.json")
    assert exc.value.line == 3


def _without_lines(data: Any) -> Any:
    """A checklist with the deal-state lines taken out (a JSON file has its own)."""
    if isinstance(data, dict):
        return {k: _without_lines(v) for k, v in data.items() if k not in ("line", "file")}
    if isinstance(data, list):
        return [_without_lines(v) for v in data]
    return data


def test_the_shipped_json_example_is_the_closing_example() -> None:
    shipped = json.loads((EXAMPLES / "jabber-series-d-closing.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(_as_json("closing"))
    with Engine.for_deal("jabber-series-d") as engine:
        as_yaml = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-closing.yaml")).to_json()
        as_json = engine.check(engine.load_state(EXAMPLES / "jabber-series-d-closing.json")).to_json()
    assert as_json["verdict"] == as_yaml["verdict"]
    assert _without_lines(as_json["results"]) == _without_lines(as_yaml["results"])
    assert _without_lines(as_json.get("set_aside")) == _without_lines(as_yaml.get("set_aside"))
