"""Render a checklist as a text table, Markdown, or the JSON contract for apps."""

from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from engine.errors import clip, safe, safe_keep_lines
from engine.policy import Policy, SettingSwitch
from engine.results import Checklist, Result
from engine.settings import UNRESOLVED

FORMATS = ("text", "markdown", "json")

# A cell of the text or Markdown table shows at most this many characters of what the deal state
# wrote, then says how many more there are: wrapping stays linear, and a 10 MB value stays readable.
CELL_LIMIT = 4000
_JSON_HINT = "see --format json"


def _safe(text: object, more: str = _JSON_HINT) -> str:
    """Text from the deal state or the policy, for a terminal: clipped, every control escaped."""
    return safe(clip(str(text), CELL_LIMIT, more))


def _wrap(text: object, width: int, more: str = _JSON_HINT, **kwargs) -> list[str]:
    """textwrap.wrap on clipped, escaped text (textwrap is quadratic in the length of one word)."""
    return textwrap.wrap(_safe(text, more), width, **kwargs)


def render(checklist: Checklist, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(checklist.to_json(), indent=2, ensure_ascii=False)
    markdown = fmt == "markdown"
    rows = [_row(r, markdown) for r in checklist.results]
    table = tabulate(
        rows,
        headers=["Section", "Condition", "Party", "Status", "Reason / missing"],
        tablefmt="github" if markdown else "simple",
        disable_numparse=True,
    )
    head = f"{_safe(checklist.title)}: closing checklist as of {checklist.as_of.isoformat()}"
    changed = _safe(_non_default(checklist))
    lines = [f"## {head}" if markdown else head, ""]
    lines += [policy_line(checklist, markdown), ""]
    if changed:
        lines += ["Interpretation settings: " + changed, ""]
    lines += [table, ""]
    lines += _set_aside_section(checklist, markdown)
    lines += _unresolved_section(checklist, markdown)
    if checklist.compliance:  # the covenants over time; the verdict stays the last line
        lines += [_safe(checklist.compliance)]
    lines += [_safe(checklist.verdict)]
    return safe_keep_lines("\n".join(lines))


def policy_line(checklist: Checklist, markdown: bool = False) -> str:
    """Which policy decided: the deal, the folder it was loaded from, and its fingerprint."""
    tick = "`" if markdown else ""
    folder = f" from {tick}{_safe(checklist.policy_folder)}{tick}" if checklist.policy_folder else ""
    return f"Policy: {_safe(checklist.deal)}{folder} (fingerprint {_safe(checklist.policy_fingerprint)})"


def _set_aside_section(checklist: Checklist, markdown: bool) -> list[str]:
    """Acts the deal records that do not count: wrong party, too late, not in writing, stale."""
    if not checklist.set_aside:
        return []
    title = "Set aside (recorded, but they do not count)"
    lines = [f"### {title}" if markdown else title + ":", ""]
    for item in checklist.set_aside:
        where = f" [deal state line {item.line}]" if item.line else ""
        text = f"{item.subject}: {item.text()}" if item.kind == "waiver" else item.text()
        lines.append(f"- {_safe(text)}{where}")
    return lines + [""]


def _unresolved_section(checklist: Checklist, markdown: bool) -> list[str]:
    """Readings left unresolved, the rows they decide, and the question for counsel."""
    rows: dict[str, list[str]] = {name: [] for name in checklist.questions}
    for r in checklist.results:
        for name in r.unresolved:
            if r.status.value == "unknown":
                rows.setdefault(name, []).append(f"{r.section}" + (f" {r.party}" if r.party else ""))
    if not rows:
        return []
    rows = {name: decided or ["no row (every reading gives the same answer)"] for name, decided in rows.items()}
    title = "Unresolved readings (questions for counsel)"
    lines = [f"### {title}" if markdown else title + ":", ""]
    for name, decided in rows.items():
        question = checklist.questions.get(name, "")
        lines.append(_safe(f"- {name}: {question} Unknown on {', '.join(dict.fromkeys(decided))}."))
    return lines + [""]


def _row(r: Result, markdown: bool) -> list[str]:
    cells = [_safe(r.section), _safe(r.title), _safe(r.party or ""), r.status.label.upper()]
    if markdown:
        return [c.replace("|", "\\|") for c in [*cells, _safe(r.reason)]]
    return [*cells, "\n".join(_wrap(r.reason, 70)) or _safe(r.reason)]


def _non_default(checklist: Checklist) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(checklist.settings.items()))


def explain(checklist: Checklist, policy: Policy, rule_id: str) -> str:
    """Everything about one rule: the clause, the condition, and each party's facts and reasoning."""
    rule = policy.rules[rule_id]
    agreement = policy.agreements[rule.agreement]
    lines = [
        f"{rule.id}: {agreement.title} §{rule.section} {rule.title}",
        f"Kind: {rule.kind}; binds: {', '.join(rule.binds)}; waivable by: {_waiver_text(rule, checklist.settings)}",
        "",
        "Clause (verbatim):",
        *textwrap.wrap(f"“{rule.quote}”", 96, initial_indent="  ", subsequent_indent="  "),
        "",
        "Condition:",
        *textwrap.wrap(rule.condition(checklist.settings).source, 96, initial_indent="  ", subsequent_indent="  "),
    ]
    timing = rule.timing
    if timing is not None:  # a covenant over time: when it arises, its deadline, what ends it
        breached_on = timing.breached_on
        if isinstance(breached_on, SettingSwitch):
            breached_on = breached_on.pick(checklist.settings)  # chosen by a reading
        for label, cond in (("Arises", timing.arises), ("Deadline", timing.due), ("Breached on", breached_on)):
            if cond is not None:
                lines += ["", f"{label}:", *textwrap.wrap(cond.source, 96, initial_indent="  ", subsequent_indent="  ")]
        for end in timing.ends:
            lines += ["", f"Ends with {end.event} (§{end.section}):"]
            lines += textwrap.wrap(f"“{end.quote}”", 96, initial_indent="  ", subsequent_indent="  ")
            lines += textwrap.wrap(end.when.source, 96, initial_indent="  ", subsequent_indent="  ")
    if rule.notes:
        lines += ["", "Notes:", *textwrap.wrap(rule.notes, 96, initial_indent="  ", subsequent_indent="  ")]
    used = rule.settings_used()
    if used:
        lines += ["", "Interpretation settings:"]
        for name in used:
            setting = policy.settings[name]
            choice = checklist.settings[name]
            lines.append(f"  {name} = {choice}: {setting.describe(choice)}")
    more = "see `dealcheck check --format json`"
    for r in checklist.results:
        if r.rule != rule_id:
            continue
        who = f" for {_safe(r.party)}" if r.party else ""
        lines += ["", f"As of {checklist.as_of.isoformat()}{who}: {r.status.label.upper()}"]
        lines += _wrap(r.reason, 96, more, initial_indent="  ", subsequent_indent="  ")
        lines.append("  In the rule's terms:")
        lines += _wrap(r.explanation, 96, more, initial_indent="    ", subsequent_indent="    ")
        if r.facts:
            lines.append("  Facts consulted:")
            for f in r.facts:
                extra = []
                if f.asserted_by:
                    extra.append(f"asserted by {f.asserted_by}")
                if f.source:
                    extra.append(f.source)
                if f.note:
                    extra.append(f.note)
                shown = f"{f.name} = {f.value}" + (f" ({'; '.join(extra)})" if extra else "")
                lines.append(f"    {_safe(shown, more)}")
        if r.working:
            lines.append("  Working:")
            lines += [f"    {_safe(w, more)}" for w in r.working]
        if r.missing:
            lines.append("  Missing: " + _safe(", ".join(r.missing), more))
        for note in r.notes:
            lines.append(f"  Note: {_safe(note, more)}")
    return safe_keep_lines("\n".join(lines))


def _waiver_text(rule, settings) -> str:
    if rule.waiver_setting is not None and settings.get(rule.waiver_setting) == UNRESOLVED:
        return "; ".join(
            f"under {case}: {_waiver_text(rule, {**settings, rule.waiver_setting: case})}" for case in rule.waiver
        )
    spec = rule.waiver_spec(settings)
    if not spec.waivable:
        return "nobody"
    ways = []
    for route in spec.routes:
        who = "the party it protects, for itself" if route.by == "beneficiary" else "jointly by " + ", ".join(route.by)
        ways.append(
            who + (", in writing" if route.in_writing else "") + (f" (§{route.section})" if route.section else "")
        )
    return "; or ".join(ways)


def rules_listing(policy: Policy, fmt: str = "text") -> str:
    rows = []
    for rule in policy.rules.values():
        agreement = policy.agreements[rule.agreement]
        rows.append([rule.id, f"{agreement.id.upper()} §{rule.section}", rule.title, rule.kind, rule.for_each or ""])
    table = tabulate(
        rows,
        headers=["Rule", "Citation", "Title", "Kind", "One result per"],
        tablefmt="github" if fmt == "markdown" else "simple",
        disable_numparse=True,
    )
    settings = settings_listing(policy, fmt)
    return safe_keep_lines("\n".join([f"{policy.title}: {len(policy.rules)} rules", "", table, "", *settings]))


_UNRESOLVED_MEANS = (
    "Left open for counsel: every row that depends on it is decided under each choice; where the choices"
    " disagree the row is unknown, and its reason quotes the question and what each choice gives."
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def settings_listing(policy: Policy, fmt: str = "text") -> list[str]:
    """Each interpretation setting: its question, its choices and what each means, the default,
    whether it takes a number, and the rules that depend on it."""
    markdown = fmt == "markdown"
    lines = ["## Interpretation settings" if markdown else "Interpretation settings:"]
    for s in policy.settings.values():
        rules = [r.id for r in policy.rules.values() if s.name in r.settings_used()]
        number = f"yes, a whole number of {s.number.unit} (case `{s.number.case}`)" if s.number else "no"
        choices = [(c, " (default)" if c == s.default else "", " ".join(m.split())) for c, m in s.choices.items()]
        if s.number:
            choices.append(("30", f" (a number of {s.number.unit}: case {s.number.case})", s.number.means))
        choices.append((UNRESOLVED, "", _UNRESOLVED_MEANS))
        facts = [
            ("Question", " ".join(s.question.split())),
            ("Default", s.default),
            ("Takes a number", number),
            ("Rules that depend on it", ", ".join(rules) or "none"),
        ]
        if markdown:
            lines += ["", f"### {s.name}: {s.title}", ""]
            lines += [f"- **{k}:** {_cell(v)}" for k, v in facts]
            lines += ["", "| choice | means |", "|---|---|"]
            lines += [f"| `{c}`{extra} | {_cell(m)} |" for c, extra, m in choices]
            continue
        lines += ["", f"  {s.name}: {s.title}"]
        for k, v in facts:
            lines += textwrap.wrap(f"{k}: {v}", 96, initial_indent="    ", subsequent_indent="      ")
        lines.append("    Choices:")
        for c, extra, m in choices:
            lines += textwrap.wrap(f"{c}{extra}: {m}", 96, initial_indent="      ", subsequent_indent="        ")
    return lines
