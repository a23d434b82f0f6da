"""Render a checklist as a text table, Markdown, or the JSON contract for apps."""

from __future__ import annotations

import json
import re
import textwrap

import attrs
from tabulate import tabulate

from engine.errors import clip, safe, safe_keep_lines
from engine.policy import Policy, SettingSwitch
from engine.results import Checklist, Result, Status
from engine.settings import UNRESOLVED
from engine.text_table import DEFAULT_WIDTH, Page, cell, joined, width_of

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


def render(
    checklist: Checklist,
    fmt: str,
    *,
    details: bool = False,
    width: int = DEFAULT_WIDTH,
    colour: bool = False,
    policy: Policy | None = None,
) -> str:
    """The checklist as text, Markdown or JSON. The text fits `width` columns (one line per rule,
    a status per party; `details` adds each party's reason), in colour only when `colour`; the
    policy, when given, lets it name only the settings that differ from the policy's defaults."""
    if fmt == "json":
        return json.dumps(checklist.to_json(), indent=2, ensure_ascii=False)
    if fmt == "text":
        return text_checklist(checklist, details=details, width=width, colour=colour, policy=policy)
    rows = [_markdown_row(r) for r in checklist.results]
    table = tabulate(
        rows,
        headers=["Section", "Condition", "Party", "Status", "Reason / missing"],
        tablefmt="github",
        disable_numparse=True,
    )
    head = f"{_safe(checklist.title)}: closing checklist as of {checklist.as_of.isoformat()}"
    changed = _safe(_non_default(checklist))
    lines = [f"## {head}", ""]
    lines += [policy_line(checklist, True), ""]
    if changed:
        lines += ["Interpretation settings: " + changed, ""]
    lines += [table, ""]
    lines += _set_aside_section(checklist, True)
    lines += _unresolved_section(checklist, True)
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
        lines.append(f"- {_safe(item.words())}{where}")
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


def _markdown_row(r: Result) -> list[str]:
    cells = [_safe(r.section), _safe(r.title), _safe(r.party or ""), r.status.label.upper(), _safe(r.reason)]
    return [c.replace("|", "\\|") for c in cells]


def _non_default(checklist: Checklist) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(checklist.settings.items()))


# ---------------------------------------------------------------- the text checklist, for a terminal

# Each status in words, short enough for a column, and how it looks (engine/text_table.py STYLES).
# What stands in the way is in capitals, so that it shows without colour too.
WORDS = {
    Status.MET: "met",
    Status.NOT_MET: "NOT MET",
    Status.WAIVED: "waived",
    Status.UNKNOWN: "unknown",
    Status.NOT_APPLICABLE: "n/a",
    Status.COMPLIED: "complied",
    Status.BREACHED: "BREACHED",
    Status.DUE: "due",
    Status.NOT_YET_DUE: "not yet due",
    Status.ENDED: "ended",
}
_COMPACT = {**WORDS, Status.NOT_YET_DUE: "not yet"}  # for a narrow terminal
_LOOKS = {
    Status.MET: "good",
    Status.COMPLIED: "good",
    Status.NOT_MET: "bad",
    Status.BREACHED: "bad",
    Status.UNKNOWN: "unknown",
    Status.DUE: "due",
    Status.WAIVED: "waived",
    Status.NOT_APPLICABLE: "quiet",
    Status.NOT_YET_DUE: "quiet",
    Status.ENDED: "quiet",
}
# The mark in a row's first column: what stands in the way, most serious first.
MARKS = (
    ("✗", "bad", "not met or breached", frozenset({Status.NOT_MET, Status.BREACHED})),
    ("?", "unknown", "unknown", frozenset({Status.UNKNOWN})),
    ("!", "due", "due", frozenset({Status.DUE})),
)
WHOLE_DEAL = "(the deal as a whole)"
_GAP = 2  # columns between two columns of the grid
_SECTION_MAX = 14  # a longer section is cut with an ellipsis
_TITLE_ROOM = 40  # fewer columns than this for the title: shorter words, then closer party columns


def _word(r: Result, words: dict[Status, str]) -> tuple[str, str]:
    """A row's status as its cell shows it: in capitals and red only when it stands in the way (a
    definition row that is "not met" states a fact, and is shown lower case and quiet)."""
    if r.status.open and not r.outstanding:
        return words[r.status].lower(), "quiet"
    return words[r.status], _LOOKS[r.status]


@attrs.frozen
class _Rule:
    """One line of the text checklist: a rule and its results (one per party, or one for the deal)."""

    results: tuple[Result, ...]

    @property
    def first(self) -> Result:
        return self.results[0]

    @property
    def whole_deal(self) -> bool:
        return len(self.results) == 1 and self.first.party is None

    def mark(self) -> tuple[str, str | None]:
        for symbol, looks, _, statuses in MARKS:
            if any(r.status in statuses and r.outstanding for r in self.results):  # a definition row never
                return symbol, looks
        return "", None


def text_checklist(
    checklist: Checklist,
    *,
    details: bool = False,
    width: int = DEFAULT_WIDTH,
    colour: bool = False,
    policy: Policy | None = None,
) -> str:
    """The checklist for a terminal `width` columns wide: the header, one line per rule with a status
    per party, what was set aside, the questions for counsel, the covenants and the verdict."""
    rules = _rules(checklist)
    parties = list(dict.fromkeys(r.party for r in checklist.results if r.party is not None))
    page = Page(width)
    page.paragraph((f"{_safe(checklist.title)}: closing checklist as of {checklist.as_of.isoformat()}", "head"))
    page.paragraph(policy_line(checklist))
    page.paragraph(_settings_text(checklist, policy, details))
    for line in _summary(checklist, rules):
        page.paragraph(*line)
    page.blank()
    _grid(page, rules, parties, details)
    _text_set_aside(page, checklist, details)
    _text_unresolved(page, checklist)
    _text_covenants(page, checklist, rules)
    page.blank()
    _text_verdict(page, checklist)
    return page.render(colour)


def _rules(checklist: Checklist) -> list[_Rule]:
    by_rule: dict[str, list[Result]] = {}
    for r in checklist.results:
        by_rule.setdefault(r.rule, []).append(r)
    return [_Rule(tuple(results)) for results in by_rule.values()]


def _settings_text(checklist: Checklist, policy: Policy | None, every: bool) -> str:
    """The interpretation settings: with the policy, only those off its defaults (every one with
    --details); without it, every one."""
    if policy is None or every:
        return "Interpretation settings: " + _safe(_non_default(checklist))
    changed = {
        name: choice
        for name, choice in sorted(checklist.settings.items())
        if name not in policy.settings or str(choice) != policy.settings[name].default
    }
    if not changed:
        return f"Interpretation settings: all {len(checklist.settings)} at the policy's defaults (--details lists them)"
    listed = ", ".join(f"{k}={v}" for k, v in changed.items())
    return _safe(f"Interpretation settings: the policy's defaults (--details lists them), except {listed}")


def _summary(checklist: Checklist, rules: list[_Rule]) -> list[list[tuple[str, str | None]]]:
    """Two lines: the verdict in brief, and how many rules are outstanding, by their mark."""
    counts = {symbol: 0 for symbol, *_ in MARKS}
    for rule in rules:
        symbol, _ = rule.mark()
        if symbol:
            counts[symbol] += 1
    ready = ("closing ready: yes", "good") if checklist.ready else ("closing ready: no", "bad")
    verdict = [("Verdict: ", "head"), ready, (" (in full at the end)", None)]
    outstanding = sum(counts.values())
    if not outstanding:
        return [verdict, [("Outstanding: ", "head"), (f"none of the {len(rules)} rules", None)]]
    shown = [(f"{symbol} {counts[symbol]} {words}", looks) for symbol, looks, words, _ in MARKS if counts[symbol]]
    line = [("Outstanding: ", "head"), (f"{outstanding} of {len(rules)} rules: ", None)]
    for n, part in enumerate(shown):
        line += [part] if n == 0 else [(", ", None), part]
    return [verdict, line]


@attrs.frozen
class _Layout:
    """The grid's columns: the mark (2), the section, the title (what is left), one per party."""

    section: int
    title: int
    parties: dict[str, int]
    gap: int  # between two party columns
    words: dict[Status, str]
    whole_deal: str = WHOLE_DEAL  # after the status of a rule with one result for the deal

    @property
    def lead(self) -> int:
        """Where the title starts (the details start there too)."""
        return 2 + self.section + _GAP

    @property
    def grid(self) -> int:
        return sum(self.parties.values()) + self.gap * max(len(self.parties) - 1, 0)

    def span(self, rules: list[_Rule]) -> int:
        """The width of the party columns, or more when a rule's status for the whole deal needs it."""
        spans = [len(self.words[r.first.status]) + 1 + len(self.whole_deal) for r in rules if r.whole_deal]
        return max([self.grid, *spans]) if self.whole_deal else self.grid


def _layout(width: int, rules: list[_Rule], parties: list[str]) -> _Layout:
    """The widest words that leave the title _TITLE_ROOM columns; narrower, "not yet due" is written
    "not yet", then the party columns close up to one space, then the title takes what is left."""
    section = min(max([len("Section"), *(width_of(_safe(r.first.section)) for r in rules)]), _SECTION_MAX)
    layout = None
    for words, gap in ((WORDS, _GAP), (_COMPACT, _GAP), (_COMPACT, 1)):
        columns = {p: max([width_of(_safe(p)), 3, *(len(words[r.status]) for r in _column(rules, p))]) for p in parties}
        layout = _Layout(section, 0, columns, gap, words)
        if not parties:  # every rule has one result for the deal: one column of statuses
            longest = max((len(words[r.first.status]) for r in rules), default=0)
            layout = _Layout(section, 0, {"Status": max(longest, len("Status"))}, gap, words, whole_deal="")
        title = width - layout.lead - _GAP - layout.span(rules)
        layout = attrs.evolve(layout, title=max(title, 10))
        if title >= _TITLE_ROOM:
            break
    return layout


def _grid(page: Page, rules: list[_Rule], parties: list[str], details: bool) -> None:
    """One line per rule: its mark, section, title (cut to fit) and a status per party; a rule with
    one result for the deal writes it across the party columns. With `details`, each party's reason."""
    lay = _layout(page.width, rules, parties)
    span_w = lay.span(rules)
    gaps = [_GAP] + [lay.gap] * len(lay.parties)
    page.line(
        "  ",
        cell(("Section", "head"), lay.section + _GAP),
        cell(("Condition", "head"), lay.title),
        *[
            cell(joined(" " * g, (_safe(p), "head")), g + w)
            for g, (p, w) in zip(gaps, lay.parties.items(), strict=False)
        ],
    )
    dashes = ["-" * lay.section, " " * _GAP, "-" * lay.title]
    dashes += [" " * g + "-" * w for g, w in zip(gaps, lay.parties.values(), strict=False)]
    page.line(("  " + "".join(dashes), "quiet"))
    article = None
    for rule in rules:
        if article is not None and _article(rule.first.section) != article:
            page.blank()  # a blank line between articles
        article = _article(rule.first.section)
        symbol, looks = rule.mark()
        title = (_safe(rule.first.title), "strong" if symbol else None)
        head = [cell((symbol, looks), 2), cell(_safe(rule.first.section), lay.section + _GAP), cell(title, lay.title)]
        if rule.whole_deal:
            span = [(" " * _GAP, None), _word(rule.first, lay.words)]
            if lay.whole_deal:
                span.append((" " + lay.whole_deal, "quiet"))
            page.line(*head, cell(joined(*span), _GAP + span_w))
        else:
            by_party = {r.party: r for r in rule.results}
            cells = []
            for g, (p, w) in zip(gaps, lay.parties.items(), strict=False):
                r = by_party.get(p)
                word = _word(r, lay.words) if r is not None else ""
                cells.append(cell(joined(" " * g, word), g + w))
            page.line(*head, *cells)
        if details:
            _row_details(page, rule, lay.lead)
    if lay.words is _COMPACT and any(r.status is Status.NOT_YET_DUE for rule in rules for r in rule.results):
        page.line(('  ("not yet" stands for not yet due)', "quiet"))


def _article(section: str) -> str:
    """The article a section belongs to: "4" for 4.1(j); a section not numbered so stands alone."""
    found = re.match(r"\d+", section)
    return found.group(0) if found else section


def _column(rules: list[_Rule], party: str) -> list[Result]:
    return [r for rule in rules for r in rule.results if r.party == party]


def _row_details(page: Page, rule: _Rule, indent: int) -> None:
    """Under a rule's line: the reason of each party (once for parties that share it) and, for an
    unknown row, the facts it is missing."""
    groups: dict[tuple[Status, str, tuple[str, ...]], list[str]] = {}
    for r in rule.results:
        groups.setdefault((r.status, r.reason, r.missing), []).append(r.party or "")
    for (status, reason, missing), who in groups.items():
        named = [p for p in who if p]
        lead = [(_safe(", ".join(named)) + ": ", _LOOKS[status])] if named else []
        page.paragraph(*lead, _safe(reason), indent=indent, hang=2)
        if missing and status is Status.UNKNOWN:
            page.paragraph(("Missing: ", "unknown"), _safe(", ".join(missing)), indent=indent + 2, hang=2)


def _text_set_aside(page: Page, checklist: Checklist, details: bool) -> None:
    """Acts the deal records that do not count; the clause they fall under with --details."""
    if not checklist.set_aside:
        return
    page.blank()
    page.line(("Set aside (recorded, but they do not count):", "head"))
    for item in checklist.set_aside:
        where = f" [deal state line {item.line}]" if item.line else ""
        page.paragraph(f"- {_safe(item.words(clause=details))}{where}", hang=2)


def _text_unresolved(page: Page, checklist: Checklist) -> None:
    lines = _unresolved_section(checklist, False)
    if not lines:
        return
    page.blank()
    page.line((lines[0].rstrip(":") + ":", "head"))
    for line in lines[1:]:
        if line.startswith("- "):
            page.paragraph(line, hang=2)


def _text_covenants(page: Page, checklist: Checklist, rules: list[_Rule]) -> None:
    """The covenants over time: the engine's summary, a line for each part and each covenant it names."""
    if not checklist.compliance:
        return
    page.blank()
    head, *parts = _top_level(_safe(checklist.compliance), "; ")
    page.paragraph((head, "head"))
    timed = sorted({r.rule for rule in rules for r in rule.results if r.timing is not None}, key=len, reverse=True)
    starts = re.compile(r", (?=(?:" + "|".join(re.escape(_safe(t)) for t in timed) + r") \(§)") if timed else None
    for part in parts:
        label, colon, items = part.partition(": ")
        if not colon or starts is None:
            page.paragraph(part, indent=2, hang=2)
            continue
        looks = "bad" if label.startswith("breached") else "due" if label == "due" else "unknown"
        page.line("  ", (label + ":", looks))
        for item in starts.split(items):
            page.paragraph(item, indent=4, hang=2)


def _text_verdict(page: Page, checklist: Checklist) -> None:
    """The verdict, last: one line per party's part, the first starting "closing ready:"."""
    parts = _top_level(_safe(checklist.verdict), "; ")
    looks = "good" if checklist.ready else "bad"
    for n, part in enumerate(parts):
        text = part + (";" if n < len(parts) - 1 else "")
        if n == 0:
            page.paragraph((text, looks), indent=0, hang=2)
        else:
            page.paragraph(text, indent=2, hang=2)


def _top_level(text: str, sep: str) -> list[str]:
    """`text` split at `sep`, but not inside brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


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
