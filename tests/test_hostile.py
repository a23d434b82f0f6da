"""A hostile-input corpus through the real CLI, each input in its own process under resource limits.

Bad input: exit 2, exactly one stderr line naming the file (and `file:line` where the input has one),
an empty stdout, no traceback, no raw control character echoed. Valid but unusual input: accepted
(exit 0 or 1) with a complete checklist. The small inputs are files under tests/hostile/; the big
ones (and /dev/zero, a FIFO, a directory, ...) are made by the `made` fixture.

Each process is forked from tests/forkserver.py, which has imported dealcheck once: a process of its
own per input (limits, session, exit as `python -m engine.cli`), without an interpreter start each.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from helpers import CLI, EXAMPLES, ROOT, text_verdict

HOSTILE = ROOT / "tests" / "hostile"
CLOSING = str((EXAMPLES / "jabber-series-d-closing.yaml").relative_to(ROOT))
MEMORY = 1536 * 2**20  # RLIMIT_AS: 1.5 GiB
CPU_SECONDS = 20  # RLIMIT_CPU
WALL_SECONDS = 30  # a FIFO blocks without using CPU
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
ANY = "any line"  # the message names file:LINE, whatever the line
NO_LINE = "no line"  # the message names the file; a line is not required (the input has none)


@attrs.frozen
class Case:
    id: str
    args: tuple[str, ...]  # "{input}" stands for the input file
    exit: tuple[int, ...] = (2,)
    file: str | None = None  # what the message must name; None: a command-line mistake
    line: int | str | None = None
    needles: tuple[str, ...] = ()
    make: Callable[[Path], str] | None = None  # writes a generated input, returns its path

    def __str__(self) -> str:
        return self.id


def bad(path: str, line: int | str, *needles: str) -> Case:
    """A corpus file that must be refused."""
    name = f"tests/hostile/{path}"
    return Case(path, ("check", name), file=name, line=line, needles=needles)


def accepted(path: str, *needles: str, exit: tuple[int, ...] = (1,), args: tuple[str, ...] = ()) -> Case:
    return Case(path, ("check", f"tests/hostile/{path}", *args), exit=exit, needles=needles)


def cli(id: str, *args: str, needles: tuple[str, ...] = (), file: str | None = None, line=None) -> Case:
    return Case(f"cli/{id}", args, file=file, line=line, needles=needles)


def made(id: str, make: Callable[[Path], str], line: int | str | None, *needles: str) -> Case:
    return Case(f"made/{id}", ("check", "{input}"), file="{input}", line=line, needles=needles, make=make)


# ---------------------------------------------------------------- generated inputs

H = "deal: jabber-series-d\nas_of: 2003-03-18\n"


def _write(name: str, data: str | bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return str(path)

    return make


def _lazy(name: str, build: Callable[[], str]) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        with path.open("w") as out:
            out.write(build())
        return str(path)

    return make


def _many_records(folder: Path) -> str:
    path = folder / "many-records.yaml"
    with path.open("w") as out:
        out.write(H + "payments:\n")
        row = "  - {investor: FTTI, paid_on: 2003-03-18, cash: $1.00}\n"
        out.write(row * 20_000)  # past the 10,000-item limit, under the 5 MiB file limit
    return str(path)


def _oversized(folder: Path) -> str:
    path = folder / "oversized.yaml"
    with path.open("w") as out:
        out.write(H)
        block = ("# " + "x" * 1021 + "\n") * 1024  # 1 MiB of comments
        for _ in range(200):
            out.write(block)
    return str(path)


def _fifo(folder: Path) -> str:
    path = folder / "deal-state.fifo"
    os.mkfifo(path)
    return str(path)


def _directory(folder: Path) -> str:
    path = folder / "a-directory.yaml"
    path.mkdir()
    return str(path)


def _symlink_loop(folder: Path) -> str:
    path = folder / "loop.yaml"
    path.symlink_to(path)
    return str(path)


def _fixed(path: str) -> Callable[[Path], str]:
    return lambda folder: path


def _absolute_deal(folder: Path) -> str:
    path = folder / "absolute-deal.yaml"
    path.write_text(f"deal: {ROOT / 'policies' / 'jabber-series-d'}\nas_of: 2003-03-18\n")
    return str(path)


def _copy_of_closing(folder: Path) -> str:
    path = folder / "closing-copy.yaml"
    path.write_text((EXAMPLES / "jabber-series-d-closing.yaml").read_text())
    return str(path)


MADE = [
    made("huge-scalar", _lazy("huge-scalar.yaml", lambda: H + 'closing_date: "' + "9" * 4_000_000 + '"\n'), ANY),
    made(
        "huge-text-value",
        _lazy(
            "huge-text.yaml",
            lambda: H + 'blue_sky_filings:\n  - state: "' + "word " * 400_000 + '"\n    notice_filing_pending: true\n',
        ),
        ANY,
    ),
    made("huge-key", _lazy("huge-key.yaml", lambda: H + "closing_dat" + "e" * 2_000_000 + ": 2003-03-18\n"), ANY),
    made("many-records", _many_records, ANY),
    made("oversized-file", _oversized, NO_LINE),
    made("deep-nesting-100k", _lazy("deep.yaml", lambda: H + "closing_date: " + "[" * 100_000 + "]" * 100_000), ANY),
    made(
        "deep-block-nesting",
        _lazy("deep-block.yaml", lambda: H + "".join(" " * i + f"k{i}:\n" for i in range(3000)) + " " * 3000 + "v\n"),
        ANY,
    ),
    made("dev-zero", _fixed("/dev/zero"), NO_LINE),
    made("dev-null", _fixed("/dev/null"), NO_LINE),
    made("fifo", _fifo, NO_LINE),
    made("directory", _directory, NO_LINE),
    made("symlink-loop", _symlink_loop, NO_LINE),
    made("missing-file", lambda folder: str(folder / "no-such-deal.yaml"), NO_LINE, "file not found"),
    made("deal-is-an-absolute-path", _absolute_deal, 1),
    made(
        "newline-in-the-file-name",
        _write("evil\nname\x1b[2J.yaml", H + "closing_dat: 2003-03-18\n"),
        3,
        "closing_dat",
    ),
    made("non-utf8-file-name", _write("caf\udce9.yaml", H + "x: 1\n"), 3),
    Case(
        "made/explain-a-huge-number",
        ("explain", "spa.4.1.f", "{input}"),
        file="{input}",
        line=4,
        make=_write("explain-huge.yaml", H + "conversion_shares:\n  reserved: " + "7" * 5000 + "\n"),
    ),
]

# ---------------------------------------------------------------- the corpus

CASES = [
    # malformed YAML
    bad("syntax/unclosed-flow.yaml", 4, "not valid YAML"),
    bad("syntax/bad-indent.yaml", 5, "not valid YAML"),
    bad("syntax/tab-indent.yaml", 4, "not valid YAML"),
    bad("syntax/unterminated-quote.yaml", ANY, "not valid YAML"),
    bad("syntax/duplicate-key.yaml", 3, "as_of", "twice"),
    bad("syntax/two-documents.yaml", 3),
    bad("syntax/top-level-list.yaml", 1, "mapping"),
    bad("syntax/top-level-scalar.yaml", 1, "mapping"),
    bad("syntax/complex-key.yaml", 3),
    bad("syntax/python-tag.yaml", 3),
    bad("syntax/unknown-tag.yaml", 3, "!date"),
    bad("syntax/undefined-alias.yaml", 3),
    bad("syntax/merge-of-a-scalar.yaml", 4),
    bad("syntax/empty.yaml", NO_LINE),
    bad("syntax/comments-only.yaml", NO_LINE),
    bad("syntax/null-document.yaml", NO_LINE),
    # JSON, strictly
    bad("json/trailing-comma.json", 1),
    bad("json/duplicate-keys.json", 4, "as_of"),
    bad("json/single-quotes.json", 1),
    bad("json/comment.json", 2),
    bad("json/bare-words.json", 1),
    bad("json/unclosed.json", ANY),
    bad("json/nan.json", 2),
    bad("json/huge-exponent.json", 2),
    bad("json/top-level-array.json", 1),
    # wrong types everywhere
    bad("types/party-key-is-a-list.yaml", 5),
    bad("types/party-key-is-a-judgement.yaml", 5),
    bad("types/per-party-fact-is-a-list.yaml", 4, "reasonably_satisfactory"),
    bad("types/record-key-is-a-judgement.yaml", 4, "investor"),
    bad("types/python-object-tag.yaml", 3, "is not accepted in a deal state"),
    bad("types/as-of-a-list.yaml", 2, "a list is not a date"),
    bad("types/waiver-rule-is-a-dict.yaml", 4, "rule"),
    bad("types/waiver-by-nobody.yaml", 4, "by"),
    bad("types/waiver-by-a-mapping.yaml", 4, "by"),
    bad("types/waiver-by-a-judgement.yaml", 4, "by"),
    bad("types/waiver-is-a-string.yaml", 4),
    bad("types/waivers-is-a-mapping.yaml", 3, "waivers"),
    bad("types/waiver-in-writing-is-text.yaml", 4, "in_writing"),
    bad("types/settings-is-a-list.yaml", 3, "settings"),
    bad("types/counsel-is-a-list.yaml", 3, "counsel"),
    bad("types/counsel-clients-mapping.yaml", 4),
    bad("types/records-is-a-mapping.yaml", 3, "investments"),
    bad("types/record-is-a-scalar.yaml", 4, "investments"),
    bad("types/record-without-its-key.yaml", 4, "investor"),
    bad("types/boolean-is-text.yaml", 4, "maybe"),
    bad("types/money-is-a-list.yaml", 4, "amount_owed_at_closing"),
    bad("types/count-is-text.yaml", 4, "lots"),
    bad("types/date-with-a-time.yaml", 3, "closing_date"),
    bad("types/date-is-an-integer.yaml", 3, "closing_date"),
    bad("types/texts-is-a-mapping.yaml", 5),
    bad("types/group-is-a-scalar.yaml", 3, "company_reps"),
    bad("types/assertion-unknown-key.yaml", 4, "sauce"),
    bad("types/basis-is-a-list.yaml", 4, "basis"),
    bad("types/asserted-by-is-a-list.yaml", 4, "asserted_by"),
    bad("types/deal-is-a-list.yaml", 1, "deal"),
    bad("types/as-of-is-a-list.yaml", 2, "as_of"),
    bad("types/judgement-without-who.yaml", 4, "asserted_by"),
    bad("types/party-list-of-mappings.yaml", 5, "delivered_to"),
    # unknown names, with typos
    bad("names/fact-typo.yaml", 3, 'did you mean "closing_date"'),
    bad("names/nested-fact-typo.yaml", 4, "true_when_mad", "company_reps.true_when_made"),
    bad("names/party-typo.yaml", 5, "FTT1", 'did you mean "FTTI"'),
    bad("names/waiver-by-typo.yaml", 4, "INTLE", '"INTEL"'),
    bad("names/waiver-rule-typo.yaml", 4, "spa.4.1.jj", '"spa.4.1.j"'),
    bad("names/setting-typo.yaml", 4, '"ft_license_commitment"'),
    bad("names/setting-choice-typo.yaml", 4, "exactlyy", "exactly"),
    bad("names/record-field-typo.yaml", 4, "shars", '"shares"'),
    bad("names/document-kind-typo.yaml", 4, "legal_opinon", '"legal_opinion"'),
    bad("names/waiver-key-typo.yaml", 4, "ruel", '"rule"'),
    bad("names/counsel-client-typo.yaml", 4, "FTTY"),
    bad("names/blanket-waiver-matches-nothing.yaml", 4, "spa.9.*"),
    bad("names/waivers-singular.yaml", 3, "waiver"),
    bad("names/investment-by-the-company.yaml", 4, "COMPANY"),
    bad("names/affiliate-of-unknown-party.yaml", 4, "FTTY"),
    # values out of their domain
    bad("values/negative-money.yaml", 4, "negative"),
    bad("values/negative-count.yaml", 4, "negative"),
    bad("values/negative-count-text.yaml", 4, "-5"),
    bad("values/impossible-date.yaml", 2, "2003-02-30"),
    bad("values/month-13.yaml", 3, "2003-13-01"),
    bad("values/year-zero.yaml", 3, "0000-01-01"),
    bad("values/money-7-decimals.yaml", 4, "6 decimal"),
    bad("values/ratio-divides-by-zero.yaml", 4, "zero"),
    # huge numbers
    bad("huge/exponent-count.yaml", 4),
    bad("huge/exponent-count-plain.yaml", 4),
    bad("huge/exponent-money.yaml", 4),
    bad("huge/exponent-money-text.yaml", 4),
    bad("huge/tiny-exponent-money.yaml", 4),
    bad("huge/digits-count.yaml", 4),
    bad("huge/digits-money.yaml", 4),
    bad("huge/digits-fraction.yaml", 4),
    bad("huge/inf.yaml", 4),
    bad("huge/nan.yaml", 4),
    bad("huge/nan-text.yaml", 4),
    # limits (the big ones are in MADE)
    bad("limits/alias-bomb.yaml", ANY),
    bad("limits/alias-bomb-in-a-waiver.yaml", ANY),
    bad("limits/merge-key-bomb.yaml", ANY),
    bad("limits/deep-nesting.yaml", 5),
    bad("limits/deep-mapping.yaml", 5),
    # encodings and control characters
    bad("encoding/latin-1.yaml", 5, "UTF-8"),
    bad("encoding/utf-16.yaml", 1, "UTF-8"),
    bad("encoding/nul-byte.yaml", 3),
    bad("encoding/raw-escape-byte.yaml", 3),
    bad("encoding/ansi-in-a-key.yaml", 3, "closing_date"),
    bad("encoding/ansi-in-a-value.yaml", 3, "closing_date"),
    bad("encoding/newline-in-a-key.yaml", 3),
    bad("encoding/cr-in-a-party-key.yaml", 5, "FTTI"),
    bad("encoding/nel-in-a-key.yaml", 3),
    bad("encoding/ansi-in-a-waiver-rule.yaml", 4, "spa.4.1.j"),
    bad("encoding/ansi-in-the-deal.yaml", 1, "jabber-series-d"),
    # `deal:` a path, unknown or missing; no as-of date
    bad("deal/relative-path.yaml", 1, "../x"),
    bad("deal/absolute-path.yaml", 1, "/tmp/x"),
    bad("deal/traversal-to-a-real-policy.yaml", 1),
    bad("deal/traversal-inside-the-root.yaml", 1),
    bad("deal/dot.yaml", 1),
    bad("deal/unknown-deal.yaml", 1, "jabber-series-e", 'did you mean "jabber-series-d"'),
    bad("deal/empty-deal.yaml", 1, "deal"),
    bad("deal/missing-deal.yaml", NO_LINE, "deal"),
    bad("deal/missing-as-of.yaml", NO_LINE, "--as-of"),
    *MADE,
    # the command line
    cli("no-arguments"),
    cli("unknown-command", "chekc", CLOSING, needles=("chekc",)),
    cli("bad-as-of", "check", CLOSING, "--as-of", "18/03/2003", needles=("--as-of", "YYYY-MM-DD")),
    cli("impossible-as-of", "check", CLOSING, "--as-of", "2003-02-30", needles=("--as-of",)),
    cli("as-of-without-a-date", "check", CLOSING, "--as-of", needles=("--as-of",)),
    cli("unknown-format", "check", CLOSING, "--format", "xml", needles=("--format", "xml")),
    cli("extra-argument", "explain", "spa.4.1.j", CLOSING, CLOSING),
    cli("check-without-a-file", "check"),
    cli("explain-unknown-rule", "explain", "spa.4.1.zz", CLOSING, needles=("spa.4.1.zz",)),
    cli("rules-unknown-deal", "rules", "no-such-deal", needles=("no-such-deal",)),
    cli("rules-deal-as-a-relative-path", "rules", "../policies/jabber-series-d"),
    cli("rules-deal-as-a-traversal", "rules", "jabber-series-d/../jabber-series-d"),
    cli("rules-deal-as-an-absolute-path", "rules", str(ROOT / "policies" / "jabber-series-d")),
    cli("ansi-in-as-of", "check", CLOSING, "--as-of", "\x1b[31m2003-03-18\x1b[0m", needles=("--as-of",)),
    cli("ansi-in-a-rule", "explain", "\x1b[2Jspa.4.1.j", CLOSING),
    cli("newline-in-format", "check", CLOSING, "--format", "te\nxt", needles=("--format",)),
    cli("ansi-in-a-missing-file", "check", "no\x1b[31msuch\r\n.yaml", needles=("file not found",)),
    Case(
        "cli/confirm-bad-value",
        (
            "confirm",
            "{input}",
            "good_standing.as_of_recent_date",
            "--value",
            "perhaps",
            "--by",
            "INTEL",
            "--on",
            "2003-03-18",
        ),
        needles=("perhaps",),
        make=_copy_of_closing,
    ),
    Case(
        "cli/confirm-unknown-fact",
        (
            "confirm",
            "{input}",
            "good_standing.as_of_recent_dat",
            "--value",
            "true",
            "--by",
            "INTEL",
            "--on",
            "2003-03-18",
        ),
        needles=("as_of_recent_dat",),
        make=_copy_of_closing,
    ),
    Case(
        "cli/confirm-impossible-date",
        (
            "confirm",
            "{input}",
            "good_standing.as_of_recent_date",
            "--value",
            "true",
            "--by",
            "INTEL",
            "--on",
            "2003-02-30",
        ),
        needles=("--on",),
        make=_copy_of_closing,
    ),
    # valid but unusual: accepted
    accepted("accepted/merge-key-with-override.yaml"),
    accepted("accepted/utf8-bom.yaml"),
    accepted("accepted/dotted-and-nested-names.yaml"),
    accepted("accepted/waiver-by-the-wrong-party.yaml", "a waiver by the Company is set aside"),
    accepted("accepted/crlf-line-endings.yaml"),
    accepted("accepted/unicode-names.yaml"),
    accepted("accepted/control-characters-in-text-values.yaml", "California", args=("--details",)),  # in a reason
    accepted("json/valid.json"),
    Case("accepted/the-closing-example", ("check", CLOSING), exit=(0,)),
]


# ---------------------------------------------------------------- running


@attrs.define
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def run_case(case: Case, folder: Path) -> tuple[Outcome, str | None]:
    """The CLI on one case, in a process of its own under the resource limits (a forked child of
    the fork server, see tests/forkserver.py: the same limits, without an interpreter start each)."""
    path = case.make(folder) if case.make else None
    argv = [a.replace("{input}", path) if path else a for a in case.args]
    done = CLI.run(argv, cwd=ROOT, limits=(MEMORY, CPU_SECONDS), wall=WALL_SECONDS)
    result = Outcome(
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
        done.seconds,
        done.timed_out,
    )
    return result, path


def _shown(case: Case, path: str | None) -> str | None:
    if case.file == "{input}":
        return path
    return case.file


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_input(inputs: Path, case: Case) -> None:
    result, path = run_case(case, inputs)
    both = result.stdout + result.stderr
    assert not result.timed_out, f"no answer in {WALL_SECONDS} s"
    assert result.returncode >= 0, f"killed by signal {-result.returncode} (limits: 1.5 GiB, {CPU_SECONDS} s CPU)"
    assert "Traceback" not in both, result.stderr[-3000:]
    assert result.returncode in case.exit, (result.returncode, result.stdout[-500:], result.stderr[-1500:])
    if case.exit != (2,):
        _assert_complete_checklist(case, result)
    else:
        _assert_one_clean_error(case, result, _shown(case, path))


def _assert_complete_checklist(case: Case, result: Outcome) -> None:
    assert result.stderr == ""
    # the verdict is the last paragraph, and no other line starts as it does (tests/helpers.py)
    assert text_verdict(result.stdout).startswith("closing ready: "), result.stdout[-500:]
    raw = CONTROL.search(result.stdout.replace("\n", ""))
    assert raw is None, f"raw control character {raw.group()!r} in the checklist"
    flat = " ".join(result.stdout.split())  # the text checklist wraps to its width
    for needle in case.needles:
        assert needle in flat, needle


def _assert_one_clean_error(case: Case, result: Outcome, shown: str | None) -> None:
    assert result.stdout == "", "a partial result on stdout"
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stderr.endswith("\n"), f"{len(lines)} stderr lines: {result.stderr[:600]!r}"
    message = lines[0]
    assert message.startswith("dealcheck: "), message[:300]
    raw = CONTROL.search(message)
    assert raw is None, f"raw control character {raw.group()!r} in {message[:300]!r}"
    assert len(message) <= 1000, f"a {len(message)}-character message: {message[:300]}…"
    if shown is not None and CONTROL.search(shown) is None and "\udce9" not in shown:
        assert shown in message, (shown, message)
        if isinstance(case.line, int):
            assert f"{shown}:{case.line}:" in message, (case.line, message)
        elif case.line == ANY:
            assert re.search(re.escape(shown) + r":\d+:", message), message
    for needle in case.needles:
        assert needle in message, (needle, message)


def test_the_corpus_is_small_and_every_file_is_used() -> None:
    files = {str(p.relative_to(HOSTILE)) for p in HOSTILE.rglob("*") if p.is_file()}
    used = {c.args[1].removeprefix("tests/hostile/") for c in CASES if len(c.args) > 1}
    assert files <= used, sorted(files - used)
    assert sum((HOSTILE / f).stat().st_size for f in files) < 200_000
    assert len(CASES) >= 80
