"""Synthetic deals for the scaling rows of the bench: N investors, and the rules replicated k times.

    synthetic_deal(folder, investors=300)      # the jabber-series-d policy with 300 Investors
    synthetic_deal(folder, rule_copies=10)     # the same policy with its rules 10 times

Both start from the shipped policy folder and a shipped example deal state, read with dealcheck's
own YAML reader (so that a key such as `on` means what it means to dealcheck) and written back with
PyYAML. The agreement text is copied unchanged, so every quote is still verified against it at load.

N investors: FTTI, INTEL and WEBB, then INV004 ... INVnnn (roles [investor]), in the `investors`
group, every rule's `binds` and every §7.9 waiver route (the written consent of each Investor).
The deal state gives each new Investor what FTTI has: its own judgements (asserted by itself), 1,000
Shares at $0.2855 paid in cash, its share certificate, and a place in every document signed by or
delivered to all of the Investors. A rule `for_each: investors` then has N rows.

Rules k times: every rule again under the id `<id>~2` ... `<id>~k`, with its quote, condition and
waiver intact (a copy's `satisfied("...")` still names the original rules, and the closing gates are
the original ones), so an evaluation has k times the rows.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "policies" / "jabber-series-d"
EXAMPLES = ROOT / "examples"
ORIGINAL = ("FTTI", "INTEL", "WEBB")
NEW_SHARES = 1_000  # × $0.2855 = $285.50, paid in cash on the Closing Date


def investor_keys(n: int) -> list[str]:
    """The keys of n Investors: the three of the deal, then INV004, INV005, ..."""
    if n < len(ORIGINAL):
        raise ValueError(f"at least {len(ORIGINAL)} investors (the deal's own), not {n}")
    return [*ORIGINAL, *(f"INV{i:03d}" for i in range(len(ORIGINAL) + 1, n + 1))]


def synthetic_deal(
    folder: Path,
    investors: int = 3,
    rule_copies: int = 1,
    example: str = "jabber-series-d-closing.yaml",
    name: str = "deal.yaml",
) -> tuple[Path, Path]:
    """Write a policy folder (folder/jabber-series-d) and a deal state (folder/<name>) for it.
    Returns (policy folder, deal-state file)."""
    from engine.yamlsource import load_yaml

    keys = investor_keys(investors)
    policy = Path(folder) / POLICY.name
    policy.mkdir(parents=True, exist_ok=True)
    shutil.copytree(POLICY, policy, dirs_exist_ok=True)  # every file as it is, then the rewritten ones
    deal = load_yaml(POLICY / "deal.yaml").data
    _write(policy / "deal.yaml", _deal(deal, keys))
    for agreement in deal["agreements"]:
        source = POLICY / agreement["rules"]  # one rules file, or a folder of them (one per article)
        for path in sorted(source.glob("*.yaml")) if source.is_dir() else [source]:
            _write(policy / path.relative_to(POLICY), _rules(load_yaml(path).data, keys, rule_copies))
    state = _state(load_yaml(EXAMPLES / example).data, keys)
    path = Path(folder) / name
    _write(path, state)
    return policy, path


def _deal(deal: dict, keys: list[str]) -> dict:
    deal = copy.deepcopy(deal)
    for key in keys[len(ORIGINAL) :]:
        deal["parties"][key] = {"name": f"Investor {key[3:]} LP", "roles": ["investor"]}
    deal["groups"]["investors"] = list(keys)
    return deal


def _rules(doc: dict, keys: list[str], copies: int) -> dict:
    doc = _widen(copy.deepcopy(doc), keys)
    originals = list(doc.get("rules") or [])
    for k in range(2, copies + 1):
        for rule in originals:
            twin = copy.deepcopy(rule)
            twin["id"] = f"{rule['id']}~{k}"
            doc["rules"].append(twin)
    return doc


def _widen(value: Any, keys: list[str]) -> Any:
    """Every list naming all of the deal's Investors names all of the N Investors."""
    if isinstance(value, dict):
        return {k: _widen(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        items = [_widen(v, keys) for v in value]
        if all(isinstance(v, str) for v in items) and set(ORIGINAL) <= set(items):
            items += [k for k in keys if k not in items]
        return items
    return value


def _state(doc: dict, keys: list[str]) -> dict:
    new = keys[len(ORIGINAL) :]
    return _grow(copy.deepcopy(doc), new)


def _grow(value: Any, new: list[str]) -> Any:
    """FTTI's facts, once for each new Investor, everywhere the deal state has one per Investor."""
    if isinstance(value, dict):
        value = {k: _grow(v, new) for k, v in value.items()}
        if set(ORIGINAL) <= set(value):
            for key in new:
                value[key] = _as(value["FTTI"], key)
        return value
    if isinstance(value, list):
        items = [_grow(v, new) for v in value]
        if all(isinstance(v, str) for v in items) and set(ORIGINAL) <= set(items):
            return items + new
        ftti = [v for v in items if isinstance(v, dict) and v.get("investor") == "FTTI"]
        if ftti and len(ftti) == 1:
            items += [_record(ftti[0], key) for key in new]
        return items
    return value


def _as(value: Any, key: str) -> Any:
    """FTTI's value for another Investor: its own judgement, asserted by itself."""
    if isinstance(value, dict) and value.get("asserted_by") == "FTTI":
        return {**value, "asserted_by": key}
    return copy.deepcopy(value)


def _record(record: dict, key: str) -> dict:
    """An Investor's record (investment, payment, share certificate) for 1,000 Shares paid in cash."""
    out = {**record, "investor": key}
    if "certificate" in out:  # a stock certificate (§7.2) is named by its number: one of its own
        out["certificate"] = f"{out['certificate']} ({key})"
    if "shares" in out:
        out["shares"] = NEW_SHARES
    if "cash" in out:
        out["cash"] = "$285.50"
    return out


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # every value written out: no anchors, no aliases


_Dumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", str(v)))
_Dumper.add_representer(dt.date, yaml.SafeDumper.represent_date)


def _write(path: Path, data: Any) -> None:
    path.write_text(yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120))


def _json_value(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"no JSON for {type(value).__name__}")


def varied_portfolio(folder: Path, n: int, seed: int = 20030318, variants: int = 60, fmt: str = "yaml") -> list[Path]:
    """n deal-state files (folder/deal-00000.yaml ..., or .json with fmt="json": the fast path an app
    watching many deals writes), cycling through `variants` varied deal states of the shipped deal:
    the three examples with facts dropped, payments changed, waivers added, other as-of dates and
    other settings."""
    import random

    from engine.yamlsource import load_yaml

    rng = random.Random(seed)
    bases = [load_yaml(EXAMPLES / f"jabber-series-d-{name}.yaml").data for name in ("closing", "gaps", "review")]
    variants_data = [copy.deepcopy(b) for b in bases]
    while len(variants_data) < variants:
        data = copy.deepcopy(rng.choice(bases))
        for _ in range(rng.randint(1, 4)):
            move = rng.randrange(5)
            if move == 0:
                fixed = ("deal", "as_of", "payments", "waivers", "counsel", "settings")
                data.pop(rng.choice([k for k in data if k not in fixed]))
            elif move == 1:
                rng.choice(data["payments"])["cash"] = f"${rng.randint(0, 5_000_000)}.{rng.randint(0, 99):02d}"
            elif move == 2:
                rule = rng.choice(["spa.4.1.j", "spa.4.1.p", "spa.4.1.a", "spa.4.1.q.v", "spa.4.1.u"])
                who = rng.choice(ORIGINAL)
                waiver = {"rule": rule, "by": who, "in_writing": True, "dated": dt.date(2003, 3, rng.randint(10, 19))}
                data["waivers"] = [*(data.get("waivers") or []), waiver]
            elif move == 3:
                data["as_of"] = dt.date(2003, 3, rng.randint(10, 25))
            else:
                data["settings"] = {
                    **(data.get("settings") or {}),
                    "ft_license_commitment": rng.choice(["at_least", "exactly"]),
                }
        variants_data.append(data)
    if fmt == "json":
        texts = [json.dumps(d, indent=1, ensure_ascii=False, default=_json_value) for d in variants_data]
    else:
        texts = [yaml.dump(d, Dumper=_Dumper, sort_keys=False, allow_unicode=True) for d in variants_data]
    paths = []
    for i in range(n):
        path = Path(folder) / f"deal-{i:05d}.{fmt}"
        path.write_text(texts[i % len(texts)])
        paths.append(path)
    return paths
