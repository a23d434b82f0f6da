"""The `dealcheck` command. Exit 0: closing can happen; 1: it cannot; 2: bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from engine import report
from engine.errors import DealcheckError, did_you_mean
from engine.evaluation import Engine
from engine.policy import load_policy, policies_root
from engine.values import ValueProblem, parse_date

EXIT_READY, EXIT_NOT_READY, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other bad input
        self.exit(EXIT_BAD_INPUT, f"dealcheck: {message}. Fix: see `dealcheck {self.prog.split()[-1]} --help`.\n")


def _date(text: str):
    try:
        return parse_date(text)
    except ValueProblem as exc:
        raise argparse.ArgumentTypeError(f"--as-of {exc}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dealcheck", description="Policy as code for venture-financing deals.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="the closing checklist for a deal state")
    check.add_argument("deal_state", type=Path)
    check.add_argument("--as-of", type=_date, help="evaluate as of this date (YYYY-MM-DD)")
    check.add_argument("--format", choices=report.FORMATS, default="text")
    rules = sub.add_parser("rules", help="list a deal's rules with their citations")
    rules.add_argument("deal", nargs="?", help="deal id (default: every deal under policies/)")
    rules.add_argument("--format", choices=("text", "markdown"), default="text")
    explain = sub.add_parser("explain", help="the clause, facts and reasoning behind one rule")
    explain.add_argument("rule")
    explain.add_argument("deal_state", type=Path)
    explain.add_argument("--as-of", type=_date)
    confirm = sub.add_parser(
        "confirm", help="write a judgement into a deal state, with the values it rests on (its basis)"
    )
    confirm.add_argument("deal_state", type=Path)
    confirm.add_argument("fact", help="the judgement fact, e.g. good_standing.as_of_recent_date")
    confirm.add_argument("--value", required=True, help="what is judged, e.g. true")
    confirm.add_argument("--by", required=True, help="who makes the call: a party, or counsel named in the deal state")
    confirm.add_argument("--on", required=True, type=_date, help="the date of the judgement (YYYY-MM-DD)")
    confirm.add_argument("--for", dest="key", help="the party (per-party facts) or the record (a records field)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except DealcheckError as exc:
        print(f"dealcheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `dealcheck check … | head`: the reader has gone; say nothing more
        sys.stderr.close()
        return EXIT_BAD_INPUT


def _engine_for(path: Path) -> Engine:
    from engine.dealstate import read_deal_id

    deal, _ = read_deal_id(path)
    return Engine.for_deal(deal)


def _run(args: argparse.Namespace) -> int:
    if args.command == "rules":
        deals = (
            [args.deal]
            if args.deal
            else sorted(p.name for p in policies_root().glob("*") if (p / "deal.yaml").is_file())
        )
        print("\n\n".join(report.rules_listing(load_policy(d), args.format) for d in deals))
        return 0
    engine = _engine_for(args.deal_state)
    if args.command == "confirm":
        return _confirm(engine, args)
    with engine:
        state = engine.load_state(args.deal_state)
        if args.command == "explain":
            if args.rule not in engine.policy.rules:
                hint = did_you_mean(args.rule, engine.policy.rules)
                raise DealcheckError(
                    f'no rule "{args.rule}" in deal {engine.policy.id}', fix=hint or "run `dealcheck rules`"
                )
            checklist = engine.check(state, args.as_of)
            print(report.explain(checklist, engine.policy, args.rule))
            return 0
        checklist = engine.check(state, args.as_of)
        print(report.render(checklist, args.format))
        return EXIT_READY if checklist.ready else EXIT_NOT_READY


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
    print(
        f"{args.deal_state}: {target.name}{who} = {args.value} asserted by {args.by} on {args.on}"
        + (f"; basis: {basis}" if basis else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
