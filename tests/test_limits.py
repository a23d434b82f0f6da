"""Hostile deal states: each is one line on stderr naming the file (and line), exit 2, nothing on
stdout, in bounded time and memory. The CLI runs under an address-space and a CPU-time limit, so
a file that made it expand or spin would kill it rather than pass."""

from __future__ import annotations

import json
import os
import subprocess
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from engine import limits
from engine.dealstate import load_deal_state_text
from engine.errors import DealcheckError, DealStateError
from engine.policy import load_policy
from engine.yamlsource import load_yaml_text
from helpers import CLI, EXAMPLES, ROOT

CLOSING = (EXAMPLES / "jabber-series-d-closing.yaml").read_text()
MEMORY = 1536 * 1024 * 1024  # bytes of address space the CLI may use
CPU_SECONDS = 20
WALL_SECONDS = 15
POLICY = load_policy("jabber-series-d")


def run_limited(*args: str) -> subprocess.CompletedProcess:
    """The CLI as a user runs it, in a process of its own under resource limits (forked from
    tests/forkserver.py); it must finish well inside them."""
    done = CLI.run(args, cwd=ROOT, limits=(MEMORY, CPU_SECONDS), wall=60)
    result = subprocess.CompletedProcess(
        ["dealcheck", *args], done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )
    assert not done.timed_out, "no answer in 60 s"
    assert result.returncode >= 0, f"killed by signal {-result.returncode} (a resource limit): {result.stderr[-500:]}"
    assert "MemoryError" not in result.stderr and "RecursionError" not in result.stderr, result.stderr[-500:]
    assert done.seconds < WALL_SECONDS, f"took {done.seconds:.1f} s"
    return result


def refused(path: Path | str, *needles: str, line: int | None = None) -> str:
    """Run `dealcheck check path` and return the one error line, checked."""
    result = run_limited("check", str(path))
    assert result.returncode == 2, (result.returncode, result.stdout[-300:], result.stderr[-300:])
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = [text for text in result.stderr.splitlines() if text.strip()]
    assert len(lines) == 1, result.stderr[-1000:]
    (text,) = lines
    assert text.startswith(f"dealcheck: {path}"), text
    if line is not None:
        assert text.startswith(f"dealcheck: {path}:{line}:"), text
    assert "Fix: " in text, text
    for needle in needles:
        assert needle in text, (needle, text)
    return text


def _write(tmp_path: Path, text: str | bytes, name: str = "deal-state.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _replace(old: str, new: str) -> str:
    assert old in CLOSING, old
    return CLOSING.replace(old, new, 1)


# ---------------------------------------------------------------- what is read at all


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 10 MB value: refused on its size, before reading or parsing."""
    path = _write(tmp_path, 'deal: jabber-series-d\nnote: "' + "x" * 10_000_000 + '"\n')
    refused(path, "larger than 5 MiB")


def test_dev_zero_is_refused_at_once() -> None:
    refused("/dev/zero", "not a regular file")


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "deal-state.yaml"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it for reading would wait for ever
    refused(fifo, "not a regular file")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "deal-state.yaml"
    folder.mkdir()
    refused(folder, "is a folder, not a")


def test_latin1_bytes_name_the_line_and_the_encoding(tmp_path: Path) -> None:
    text = "deal: jabber-series-d\nas_of: 2003-03-18\n# Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n"
    path = _write(tmp_path, text.encode("latin-1"))
    refused(path, "not UTF-8", "byte 0xe9", "save the file as UTF-8", line=3)


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + CLOSING.encode("utf-8"))
    result = run_limited("check", str(path))
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- shape


def _alias_bomb() -> str:
    """About 1 KB that a naive loader expands to 9**9 (387 million) strings."""
    lines = ["deal: jabber-series-d", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        name, previous = chr(97 + i), chr(96 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_fails_fast_in_bounded_memory(tmp_path: Path) -> None:
    text = _alias_bomb()
    assert len(text) < 1024
    path = _write(tmp_path, text)
    # 9**6 values under f: the first top-level entry past the limit of values
    refused(path, "aliases here expand", f"more than {limits.MAX_NODES:,} values", line=_line_of(text, "f:"))


def test_too_many_aliases(tmp_path: Path) -> None:
    text = "deal: jabber-series-d\nname: &n x\nmany:\n" + "  - *n\n" * (limits.MAX_ALIASES + 1)
    path = _write(tmp_path, text)
    refused(path, f"more than {limits.MAX_ALIASES:,} aliases", line=4 + limits.MAX_ALIASES)


def test_600_levels_of_flow_nesting(tmp_path: Path) -> None:
    path = _write(tmp_path, "deal: jabber-series-d\nx: " + "[" * 600 + "]" * 600 + "\n")
    refused(path, f"nested more than {limits.MAX_DEPTH} levels", line=2)


def test_600_levels_of_block_nesting(tmp_path: Path) -> None:
    text = "deal: jabber-series-d\n" + "".join("  " * i + "k:\n" for i in range(600)) + "  " * 600 + "v\n"
    path = _write(tmp_path, text)
    refused(path, f"nested more than {limits.MAX_DEPTH} levels", line=limits.MAX_DEPTH + 2)


def test_5000_levels_of_json_nesting(tmp_path: Path) -> None:
    """Deeper than Python's json module can recurse: still the nesting error, with its line."""
    path = _write(tmp_path, '{"deal": "jabber-series-d",\n "x": ' + "[" * 5000 + "]" * 5000 + "}\n", "deal.json")
    refused(path, f"nested more than {limits.MAX_DEPTH} levels", line=2)


def test_20000_records(tmp_path: Path) -> None:
    text = _replace("share_certificates:\n", "share_certificates:\n" + "  - {investor: FTTI}\n" * 20_000)
    path = _write(tmp_path, text)
    line = _line_of(text, "share_certificates:") + 1 + limits.MAX_ITEMS
    refused(path, f"more than {limits.MAX_ITEMS:,} entries", line=line)


def test_20000_keys_in_one_mapping(tmp_path: Path) -> None:
    text = CLOSING + "notes:\n" + "".join(f"  k{i}: 1\n" for i in range(20_000))
    path = _write(tmp_path, text)
    line = len(CLOSING.splitlines()) + 2 + limits.MAX_KEYS
    refused(path, f"more than {limits.MAX_KEYS:,} keys", line=line)


def test_one_value_over_the_length_limit(tmp_path: Path) -> None:
    text = CLOSING + 'note: "' + "x" * (2 * limits.MAX_SCALAR_CHARS) + '"\n'
    path = _write(tmp_path, text)
    refused(path, f"at most {limits.MAX_SCALAR_CHARS:,}", line=len(CLOSING.splitlines()) + 1)


# ---------------------------------------------------------------- numbers

CASH = "cash: $3,499,995.89"
RATIO = "prior_preferred_conversion_ratio: 1000"


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (CASH, "cash: 1.0e+999999999", "exponent"),  # a YAML float
        (CASH, "cash: 1e999999999", "is not an amount"),  # YAML 1.1 reads it as text
        (RATIO, "prior_preferred_conversion_ratio: 1e999999999", "exponent"),
        (RATIO, "prior_preferred_conversion_ratio: 1.0e+999999999", "exponent"),
        (RATIO, "prior_preferred_conversion_ratio: 1/" + "7" * 40, "more than 30 digits"),
        (CASH, "cash: .inf", "not a finite number"),
        (CASH, "cash: .nan", "not a finite number"),
        (RATIO, "prior_preferred_conversion_ratio: Infinity", "not a finite number"),
        (RATIO, "prior_preferred_conversion_ratio: NaN", "not a finite number"),
        (CASH, "cash: " + "9" * 5000, "more than 30 digits"),
        (CASH, 'cash: "' + "9" * 5000 + '"', "too long to be a number"),
        (CASH, "cash: " + "1" * 31 + ".5", "more than 30 digits"),
        (RATIO, "prior_preferred_conversion_ratio: 0x" + "f" * 31, "more than 30 digits"),
    ],
)
def test_numbers_that_would_expand_or_are_not_finite(tmp_path: Path, old: str, new: str, needle: str) -> None:
    text = _replace(old, new)
    path = _write(tmp_path, text)
    error = refused(path, needle, line=_line_of(text, new))
    assert "YYYY-MM-DD" not in error
    assert "Fix: write" in error


def test_a_5000_digit_integer_has_a_fix_about_numbers_not_dates(tmp_path: Path) -> None:
    text = _replace(CASH, "cash: " + "9" * 5000)
    error = refused(_write(tmp_path, text), "Fix: write a plain number of at most 30 digits")
    assert len(error) < 400  # the number is not repeated in full


def test_the_largest_number_accepted_is_read_exactly() -> None:
    for written in ("9" * 30, "0." + "9" * 30, "1e30", "1e-30", '"' + "9" * 30 + '"'):
        state = load_deal_state_text(_replace(RATIO, f"prior_preferred_conversion_ratio: {written}"), POLICY)
        ratio = state.facts.plain["restated_certificate.prior_preferred_conversion_ratio"]
        assert ratio == Fraction(Decimal(written.strip('"'))), written


# ---------------------------------------------------------------- JSON


def _closing_as_json(**dumps: object) -> str:
    data = load_yaml_text(CLOSING, "closing.yaml").data  # `on:` stays a key, never YAML 1.1's true
    return json.dumps(data, default=str, **dumps)  # type: ignore[arg-type]


def _status(result: subprocess.CompletedProcess) -> list[tuple[str, str, str]]:
    data = json.loads(result.stdout)
    return sorted((r["rule"], str(r.get("party")), r["status"]) for r in data["results"])


def test_a_json_deal_state_reads_as_its_yaml_does(tmp_path: Path) -> None:
    as_yaml = run_limited("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), "--format", "json")
    for i, indent in enumerate((None, 2, "\t")):
        path = _write(tmp_path, _closing_as_json(indent=indent), f"deal-{i}.json")
        as_json = run_limited("check", str(path), "--format", "json")
        assert as_json.returncode == as_yaml.returncode == 0, as_json.stderr
        assert _status(as_json) == _status(as_yaml)


def test_malformed_json_is_not_read_leniently_as_yaml(tmp_path: Path) -> None:
    text = '{"deal": "jabber-series-d",\n "as_of": "2003-03-18",\n}\n'  # a trailing comma YAML forgives
    refused(_write(tmp_path, text, "deal.json"), "not valid JSON", line=3)


def test_a_yaml_file_starting_with_a_brace_is_read_as_json(tmp_path: Path) -> None:
    refused(_write(tmp_path, "{deal: jabber-series-d}\n"), "not valid JSON", "read as JSON", line=1)


def test_json_with_a_key_given_twice(tmp_path: Path) -> None:
    text = '{"deal": "jabber-series-d",\n "as_of": "2003-03-18",\n "as_of": "2003-03-19"}\n'
    refused(_write(tmp_path, text, "deal.json"), '"as_of" is given twice', line=3)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity(tmp_path: Path, constant: str) -> None:
    text = '{"deal": "jabber-series-d",\n "note": "NaN",\n "ratio": ' + constant + "}\n"
    refused(_write(tmp_path, text, "deal.json"), f"{constant.lstrip('-')} is not a number", line=3)


def test_valid_json_that_yaml_cannot_place_says_how_to_lay_it_out(tmp_path: Path) -> None:
    text = (
        '{"deal":\n "jabber-series-d",\n "as_of"\n : "2003-03-18"}\n'  # valid JSON; YAML wants key and colon together
    )
    refused(_write(tmp_path, text, "deal.json"), "cannot read this JSON layout", "json.dumps", line=4)


def test_json_with_a_5000_digit_number(tmp_path: Path) -> None:
    text = '{"deal": "jabber-series-d",\n "n": ' + "9" * 5000 + "}\n"
    refused(_write(tmp_path, text, "deal.json"), "more than 30 digits", line=2)


# ---------------------------------------------------------------- YAML merge keys

FTTI_PAYMENT = "  - investor: FTTI\n    paid_on: 2003-03-18\n"
INTEL_PAYMENT = """  - investor: INTEL
    paid_on: 2003-03-18
    cash: $2,954,999.74
    webb_note_cancelled: $0
    other_indebtedness_cancelled: $0
    expenses_withheld: $45,000.00"""


def test_a_merge_key_with_an_override_is_accepted_and_the_explicit_key_wins(tmp_path: Path) -> None:
    assert CLOSING.count(FTTI_PAYMENT) == 1 and INTEL_PAYMENT in CLOSING
    text = CLOSING.replace(FTTI_PAYMENT, "  - &ftti\n    investor: FTTI\n    paid_on: 2003-03-18\n").replace(
        INTEL_PAYMENT,
        "  - <<: *ftti\n    investor: INTEL\n    cash: $2,954,999.74\n    expenses_withheld: $45,000.00",
    )
    merged = run_limited("check", str(_write(tmp_path, text)), "--format", "json")
    original = run_limited("check", str(EXAMPLES / "jabber-series-d-closing.yaml"), "--format", "json")
    assert merged.returncode == original.returncode == 0, merged.stderr
    assert _status(merged) == _status(original)


def test_merge_keys_earlier_mapping_wins_and_explicit_keys_override() -> None:
    doc = load_yaml_text("a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  y: 3\n", "m.yaml")
    assert doc.data["c"] == {"x": 1, "y": 3, "z": 2}
    assert doc.where(("c", "y")) == (5, 3)
    assert doc.where(("c", "x"))[0] == 1  # where the merged value was written
    with pytest.raises(DealcheckError, match="`<<` merges mappings") as caught:
        load_yaml_text("a: &a 1\nb:\n  <<: *a\n", "m.yaml")
    assert caught.value.line == 3


def test_a_key_given_twice_explicitly_is_still_refused(tmp_path: Path) -> None:
    text = CLOSING + "x: &x {a: 1}\ny:\n  <<: *x\n  b: 1\n  b: 2\n"
    refused(_write(tmp_path, text), '"b" is given twice', line=len(CLOSING.splitlines()) + 5)


def test_two_merge_keys_in_one_mapping_are_refused(tmp_path: Path) -> None:
    text = CLOSING + "x: &x {a: 1}\ny:\n  <<: *x\n  <<: *x\n"
    refused(_write(tmp_path, text), "`<<` is given twice", "<<: [*first, *second]")


# ---------------------------------------------------------------- the Python API


def test_the_api_refuses_a_10mb_value_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(DealStateError, match="larger than 5 MiB"):
        load_deal_state_text('deal: jabber-series-d\nnote: "' + "x" * 10_000_000 + '"\n', POLICY)
    assert time.monotonic() - start < 2


def test_the_api_refuses_an_alias_bomb_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(DealStateError, match="aliases here expand") as caught:
        load_deal_state_text(_alias_bomb(), POLICY, "bomb.yaml")
    assert caught.value.file == "bomb.yaml" and caught.value.line == 7
    assert time.monotonic() - start < 5


def test_number_limits_in_values() -> None:
    from engine import values

    for parse in (values.parse_money, values.parse_count, values.parse_ratio):
        for raw in (Decimal("1e999999999"), Decimal("NaN"), Decimal("-Infinity"), 10**31, "9" * 5000):
            with pytest.raises(values.ValueProblem):
                parse(raw)
    with pytest.raises(values.ValueProblem, match="exponent"):
        values.parse_ratio("1e999999999")
    with pytest.raises(values.ValueProblem, match="finite"):
        values.parse_ratio("Infinity")
    assert values.parse_money("$" + "9" * 24 + ".999999") == Decimal("9" * 24 + ".999999")
