"""The `dealcheck` command and its exception boundary.

Exit 0: the closing can happen; 1: it cannot; 2: bad input (one line on stderr naming the file, the
line and the fix); 3: an internal error (a bug: one line, the trace only under --debug); 130:
interrupted. When the reader of the output goes away (`dealcheck check … | head`), the command
stops writing and exits as it would have, quietly.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from engine import report, text_table
from engine.errors import DealcheckError, InternalError, clip, did_you_mean, safe
from engine.evaluation import Engine, check_state_path
from engine.policy import find_policy_dir, known_deals, load_policy, policies_root
from engine.values import ValueProblem, parse_date

EXIT_READY, EXIT_NOT_READY, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
DEBUG_HINT = "(run with --debug for the trace)"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other bad input
        self.exit(EXIT_BAD_INPUT, f"dealcheck: {safe(message)}. Fix: see `{self.prog} --help`.\n")


def _date(text: str):
    try:
        return parse_date(text)
    except ValueProblem as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dealcheck", description="Policy as code for venture-financing deals.")
    parser.add_argument("--debug", action="store_true", help="on an internal error, print the whole trace")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        p.add_argument(
            "--policies",
            type=Path,
            metavar="DIR",
            help="the folder holding <deal>/deal.yaml (default: $DEALCHECK_POLICIES, else policies/)",
        )
        return p

    check = command("check", "the closing checklist for a deal state, or a summary line per deal for many")
    check.add_argument(
        "deal_state", type=Path, nargs="+", help="a deal-state file; several, a folder or a quoted glob for a portfolio"
    )
    check.add_argument("--as-of", type=_date, help="evaluate as of this date (YYYY-MM-DD)")
    check.add_argument("--format", choices=(*report.FORMATS, "html"), default="text")
    check.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the checklist to FILE, not stdout")
    check.add_argument(
        "--details",
        action="store_true",
        help="text: under each rule, each party's reason and, for an unknown row, the facts it is missing",
    )
    check.add_argument(
        "--workers", type=_workers, default=1, help="processes for a portfolio (default 1; 0 means every core)"
    )
    rules = command("rules", "list a deal's rules with their citations")
    rules.add_argument("deal", nargs="?", help="deal id (default: every deal under the policies folder)")
    rules.add_argument("--format", choices=("text", "markdown"), default="text")
    explain = command("explain", "the clause, facts and reasoning behind one rule")
    explain.add_argument("rule")
    explain.add_argument("deal_state", type=Path)
    explain.add_argument("--as-of", type=_date)
    calendar = command("calendar", "every date the deal's policy names, in date order, with its working")
    calendar.add_argument("deal_state", type=Path)
    calendar.add_argument("--as-of", type=_date, help="evaluate as of this date (YYYY-MM-DD)")
    calendar.add_argument("--from", dest="start", type=_date, help="only deadlines on or after this date")
    calendar.add_argument("--to", dest="end", type=_date, help="only deadlines on or before this date")
    calendar.add_argument("--format", choices=("text", "json"), default="text")
    calendar.add_argument("--ics", type=Path, metavar="FILE", help="also write them as an iCalendar file")
    confirm = command("confirm", "write a judgement into a deal state, with the values it rests on (its basis)")
    confirm.add_argument("deal_state", type=Path)
    confirm.add_argument("fact", help="the judgement fact, e.g. good_standing.as_of_recent_date")
    confirm.add_argument("--value", required=True, help="what is judged, e.g. true")
    confirm.add_argument("--by", required=True, help="who makes the call: a party, or counsel named in the deal state")
    confirm.add_argument("--on", required=True, type=_date, help="the date of the judgement (YYYY-MM-DD)")
    confirm.add_argument("--for", dest="key", help="the party (per-party facts) or the record (a records field)")
    _scenario_commands(command)
    return parser


def _scenario_commands(command) -> None:
    """`dealcheck scenarios` and `dealcheck coverage`: the behaviour suite, for legal staff."""
    scenarios = command("scenarios", "run the Gherkin scenarios: all, or those of files, a rule or a tag")
    scenarios.add_argument("files", nargs="*", metavar="FILE", help="a feature file, or a folder of them")
    scenarios.add_argument("--rule", action="append", default=[], metavar="ID", help="a rule id, e.g. spa.5.3.a")
    scenarios.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag, e.g. @boundary")
    scenarios.add_argument("--list", action="store_true", help="list the chosen scenarios, do not run them")
    scenarios.add_argument("--cucumber-json", type=Path, metavar="FILE", help="also write a Cucumber JSON report")
    scenarios.add_argument("--junit-xml", type=Path, metavar="FILE", help="also write a JUnit XML report")
    scenarios.add_argument("--features", type=Path, metavar="DIR", help="the feature files (default: features/)")
    scenarios.add_argument(
        "--workers", type=_workers_or_all, help="processes (default: 1 for a few scenarios, every core for many)"
    )
    cov = command("coverage", "for each rule, the statuses the scenarios show it in, against the project's bar")
    cov.add_argument("deal", nargs="?", help="deal id (default: every deal under the policies folder)")
    cov.add_argument("--format", choices=("text", "json"), default="text")
    cov.add_argument("--features", type=Path, metavar="DIR", help="the feature files (default: features/)")


def main(argv: Sequence[str] | None = None) -> int:
    """The one exception boundary of the command: every failure ends here as one line and a code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        debug = bool(getattr(args, "debug", False))
        return _run(args)
    except InternalError as exc:
        return _internal(exc.message, exc, debug)
    except DealcheckError as exc:
        if debug:
            traceback.print_exc()
        _say(f"dealcheck: {exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _say("dealcheck: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # stderr itself has gone: nothing more can be said
        _silence(sys.stdout)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the boundary: a bug, reported as one
        return _internal(f"{type(exc).__name__}: {exc}", exc, debug)


def _internal(what: str, exc: BaseException, debug: bool) -> int:
    if debug:
        traceback.print_exception(exc)
    _say(f"dealcheck: internal error: {clip(safe(what), 300)} {'' if debug else DEBUG_HINT}".rstrip())
    return EXIT_INTERNAL


def _say(line: str) -> None:
    try:
        print(line, file=sys.stderr, flush=True)
    except (BrokenPipeError, ValueError):
        pass


def _silence(stream) -> None:
    """The reader has gone: point the stream at /dev/null, so the flush at exit says nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _emit(text: str) -> None:
    """Write the output; if the reader has gone (`| head`), stop writing, quietly."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence(sys.stdout)


def _root(args: argparse.Namespace) -> Path:
    """The policies folder: --policies, else $DEALCHECK_POLICIES, else policies/ of this checkout."""
    root = policies_root(args.policies)
    if not root.is_dir():
        given = "--policies" if args.policies is not None else "DEALCHECK_POLICIES"
        raise DealcheckError(
            f"{given}: the policies folder {root} does not exist",
            fix="give the folder holding <deal>/deal.yaml",
        )
    return root


def _engine_for(args: argparse.Namespace):
    """The engine of the deal the deal state names, from the policies folder only, and its state."""
    from engine.dealstate import locate_policy

    root = _root(args)
    path = check_state_path(args.deal_state)
    deal, doc, _ = locate_policy(path, root)
    engine = Engine.for_deal(deal, root)
    return engine, path, deal, doc


def _calendar(engine: Engine, state, args: argparse.Namespace) -> int:
    """`dealcheck calendar`: the deadlines in date order (text or JSON), and an iCalendar file."""
    from engine import deadlines

    if args.start and args.end and args.start > args.end:
        raise DealcheckError(f"--from {args.start} is after --to {args.end}", fix="give --from before --to")
    as_of = args.as_of or state.as_of
    entries = deadlines.between(engine.deadlines(state, args.as_of), args.start, args.end)
    if args.ics is not None:
        try:
            args.ics.write_bytes(deadlines.to_ics(entries, engine.policy.id))
        except OSError as exc:
            raise DealcheckError(f"{args.ics}: cannot write the file ({exc.strerror})", fix="check the path") from None
    if args.format == "json":
        payload = {"deal": engine.policy.id, "as_of": as_of.isoformat() if as_of else None}
        payload["deadlines"] = [d.to_json() for d in entries]
        _emit(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _emit(deadlines.to_text(entries, engine.policy.id, as_of))
    return EXIT_READY


def _scenarios(args: argparse.Namespace) -> int:
    """`dealcheck scenarios`: check what was named, then run the chosen scenarios through pytest.
    Exit 0 every scenario passed, 1 one failed, 2 bad input (a file, rule or tag that does not exist)."""
    from engine import scenarios

    scenarios.check_suite()
    folder = _features(args)
    rules: frozenset[str] = frozenset()
    if args.rule:
        root = _root(args)
        known = {r for deal in known_deals(root) for r in load_policy(deal, root=root).rules}
        rules = scenarios.resolve_rules(args.rule, known)
    selection = scenarios.Selection(
        files=scenarios.resolve_files(args.files, folder),
        rules=rules,
        tags=scenarios.resolve_tags(args.tag, scenarios.tags_in(folder)) if args.tag else frozenset(),
    )
    found, broken = scenarios.listing(selection, folder)
    if not found and not broken:
        raise DealcheckError("no scenario is in all of what was named", fix="name fewer files, rules or tags")
    if args.list:
        unread = [f"{b}  (cannot be read: run it for the line and the fix)" for b in broken]
        _emit("\n".join([*map(str, found), *unread]))
        return EXIT_READY
    files = len({f.file for f in found} | set(broken))
    _emit(f"dealcheck scenarios: {len(found)} scenario(s) from {files} feature file(s)")
    argv = scenarios.pytest_command(selection, folder, len(found), args.cucumber_json, args.junit_xml, args.workers)
    code = scenarios.run(argv, args.policies)
    if code in (EXIT_READY, EXIT_NOT_READY):
        return code
    raise InternalError(f"the behaviour suite did not run to the end (pytest exit {code}); its output is above")


def _workers_or_all(text: str) -> int:
    """--workers N for the scenarios: 0 is every core (pytest-xdist's `auto`)."""
    if not text.isdecimal() or len(text) > 4:
        raise argparse.ArgumentTypeError(f"--workers {text!r}: write a whole number (0 means every core)")
    return int(text)


def _features(args: argparse.Namespace) -> Path:
    from engine.scenarios import FEATURES

    folder = args.features or FEATURES
    if not folder.is_dir():
        raise DealcheckError(f"--features: the folder {folder} does not exist", fix="give the folder of .feature files")
    return folder


def _coverage(args: argparse.Namespace) -> int:
    """`dealcheck coverage`: exit 0 when every deal meets the project's bar, 1 when one does not."""
    from engine import scenario_coverage, scenarios

    root = _root(args)
    if args.deal:
        find_policy_dir(args.deal, root)
    deals = [args.deal] if args.deal else known_deals(root)
    reached = scenario_coverage.reached_statuses(_features(args), scenarios.step_library().status_assertions)
    found = [scenario_coverage.coverage(load_policy(d, root=root), reached) for d in deals]
    bar = scenario_coverage.threshold()
    if args.format == "json":
        _emit(json.dumps({"deals": [c.to_json(bar) for c in found]}, indent=2, ensure_ascii=False))
    else:
        _emit(scenario_coverage.to_text(found, bar))
    return EXIT_READY if all(c.meets(bar) for c in found) else EXIT_NOT_READY


def _run(args: argparse.Namespace) -> int:
    if args.command == "scenarios":
        return _scenarios(args)
    if args.command == "coverage":
        return _coverage(args)
    if args.command == "rules":
        root = _root(args)
        if args.deal:
            find_policy_dir(args.deal, root)  # an id under the root, or refused
            deals = [args.deal]
        else:
            deals = known_deals(root)
            if not deals:
                raise DealcheckError(f"no policies in {root}", fix="give the folder holding <deal>/deal.yaml")
        _emit("\n\n".join(report.rules_listing(load_policy(d, root=root), args.format) for d in deals))
        return EXIT_READY
    if args.command == "check":
        if len(args.deal_state) > 1 or _is_many(args.deal_state[0]):
            return _portfolio(args)
        args.deal_state = args.deal_state[0]
    engine, path, deal, doc = _engine_for(args)
    with engine:
        if args.command == "confirm":
            return _confirm(engine, args)
        state = engine._state_of(path, deal, doc)
        if args.command == "calendar":
            return _calendar(engine, state, args)
        if args.command == "explain":
            if args.rule not in engine.policy.rules:
                hint = did_you_mean(args.rule, engine.policy.rules)
                raise DealcheckError(
                    f'no rule "{args.rule}" in deal {engine.policy.id}', fix=hint or "run `dealcheck rules`"
                )
            checklist = engine.check(state, args.as_of)
            _emit(report.explain(checklist, engine.policy, args.rule))
            return EXIT_READY
        checklist = engine.check(state, args.as_of)
        code = EXIT_READY if checklist.ready else EXIT_NOT_READY
        if args.format == "html":
            from engine import html_report

            coverage, share = _scenario_coverage(engine.policy)
            text = html_report.render(checklist, engine.policy, coverage, share)
        elif args.format == "text":
            width, colour = text_table.output_settings(sys.stdout, to_file=args.output is not None)
            text = report.render(
                checklist, "text", details=args.details, width=width, colour=colour, policy=engine.policy
            )
        else:
            text = report.render(checklist, args.format)
        _output(text, args.output)
        return code


def _scenario_coverage(policy: Any) -> tuple[Any, Any]:
    """`dealcheck coverage` of the deal for the HTML page: its feature files in this checkout, and
    the project's bar. None where there are no feature files (an installed copy without them)."""
    from fractions import Fraction

    from engine import scenario_coverage
    from engine.scenarios import FEATURES

    if not FEATURES.is_dir():
        return None, Fraction(1)
    try:
        return scenario_coverage.policy_coverage(policy, FEATURES), scenario_coverage.threshold()
    except ImportError:  # pytest-bdd is installed with the test extras only
        return None, Fraction(1)


def _output(text: str, path: Path | None) -> None:
    """The checklist to stdout, or to the file -o names."""
    if path is None:
        _emit(text)
        return
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise DealcheckError(f"{path}: cannot write the file ({exc.strerror})", fix="check the path") from None


def _workers(text: str) -> int:
    if not text.isdecimal() or len(text) > 4:
        raise argparse.ArgumentTypeError(f"--workers {text!r}: write a whole number (0 means every core)")
    return int(text) or (os.cpu_count() or 1)


def _is_many(path: Path) -> bool:
    """A folder, or a quoted glob that matches files: a portfolio. Anything else is one deal state
    (a missing file is then reported as one)."""
    text = str(path)
    if path.is_dir():
        return any(p.is_file() and p.suffix in (".yaml", ".yml", ".json") for p in path.iterdir())
    return any(ch in text for ch in "*?[") and not path.exists() and bool(glob.glob(text))


def _portfolio(args: argparse.Namespace) -> int:
    """Many deal states: one summary line per deal in input order, then the totals (or JSON Lines)."""
    from engine import portfolio

    if args.format == "html" or args.output is not None:
        raise DealcheckError("--format html and -o write one deal's checklist", fix="give one deal state")
    root = _root(args)
    sources = portfolio.expand(args.deal_state)
    progress = sys.stderr.isatty() and args.format != "json"
    if progress:
        _say(f"dealcheck: checking {len(sources)} deal states on {args.workers} process(es)…")
    outcomes = portfolio.check_many(
        sources, workers=args.workers, as_of=args.as_of, policies=root, explain=args.format == "json"
    )
    if args.format == "json":
        for outcome in outcomes:
            _emit(json.dumps(outcome.to_json(), ensure_ascii=False))
    else:
        for outcome in outcomes:
            line = f"error: {outcome.error}" if outcome.error is not None else outcome.verdict
            _emit(safe(f"{outcome.source}: {line}"))
        _emit(portfolio.totals(outcomes))
    codes = {o.exit_code for o in outcomes}
    return EXIT_BAD_INPUT if EXIT_BAD_INPUT in codes else (EXIT_NOT_READY if EXIT_NOT_READY in codes else EXIT_READY)


def _confirm(engine: Engine, args: argparse.Namespace) -> int:
    from engine import confirm

    policy = engine.policy
    state = engine.load_state(args.deal_state)
    target, spec, _ = confirm.target_for(policy, args.fact, args.key)
    value_type = spec.fields[target.field].type if target.field else spec.type
    value = confirm.parse_cli_value(value_type, args.value, policy.party_keys)
    entry = confirm.judgement_entry(policy, state, target, value, args.by, args.on)
    confirm.write_judgement(args.deal_state, target, entry)
    engine.load_state(args.deal_state)  # what was written reads back
    basis = ", ".join(f"{k} = {v}" for k, v in (entry.get("basis") or {}).items())
    who = f" for {args.key}" if args.key else ""
    _emit(
        safe(
            f"{args.deal_state}: {target.name}{who} = {args.value} asserted by {args.by} on {args.on}"
            + (f"; basis: {basis}" if basis else "")
        )
    )
    return EXIT_READY


if __name__ == "__main__":
    sys.exit(main())
