"""What the HTML checklist shows, laid out from a Checklist: agreements, articles, one row per rule,
one cell per party, and each row's why.

Nothing here decides a status: every status, reason, working and verdict is the Checklist's own (the
one the text and JSON outputs print); this module only groups them and picks each status's symbol.
Text from the deal state or the policy is shown as the text output shows it (control characters
escaped, a long value clipped); the template escapes it for HTML.
"""

from __future__ import annotations

import re
from fractions import Fraction

import attrs

from engine import authority, report
from engine.errors import clip, safe
from engine.policy import Policy
from engine.report import CELL_LIMIT, policy_line
from engine.results import Checklist, Result, Status
from engine.scenario_coverage import STATUSES, Coverage, percent

# Each status has a symbol as well as its word, so that neither colour nor symbol carries it alone.
SYMBOLS = {
    Status.MET: "✓",
    Status.COMPLIED: "✓",
    Status.WAIVED: "↷",
    Status.NOT_MET: "✗",
    Status.BREACHED: "✗",
    Status.UNKNOWN: "?",
    Status.DUE: "!",
    Status.NOT_YET_DUE: "◷",
    Status.ENDED: "■",
    Status.NOT_APPLICABLE: "–",
}
_MORE = "see --format json"


def shown(text: object) -> str:
    """Text from the deal state or the policy as the text output shows it: inert and clipped."""
    return safe(clip(str(text), CELL_LIMIT, _MORE))


@attrs.frozen
class Cell:
    """One status: its word, symbol and CSS class."""

    status: str  # the JSON value, e.g. "not_met"
    label: str  # the text output's word, e.g. "NOT MET"
    symbol: str
    outstanding: bool

    @classmethod
    def of(cls, status: Status, outstanding: bool | None = None) -> Cell:
        """`outstanding` defaults to the status's (a definition row's status is never outstanding)."""
        return cls(
            status.value, status.label.upper(), SYMBOLS[status], status.open if outstanding is None else outstanding
        )


@attrs.frozen
class Missing:
    """A fact the row needs, and what to ask for it."""

    name: str
    ask: str  # what the fact is (its description), or the setting's question
    whose_call: str | None = None  # for a judgement: who may make it


@attrs.frozen
class Line:
    label: str
    text: str


@attrs.frozen
class PartyDetail:
    """One result's why: what the text output and `dealcheck explain` say of one row."""

    party: str | None
    cell: Cell
    reason: str
    explanation: str  # the same why in the rule's own terms (its condition and values)
    waiver: str | None
    set_aside: tuple[str, ...]
    caused_by: str | None
    notes: tuple[str, ...]
    working: tuple[str, ...]
    timing: tuple[Line, ...]
    missing: tuple[Missing, ...]
    unresolved: tuple[Line, ...]
    facts: tuple[tuple[str, str, str], ...]  # name, value, what else is known of it
    settings: tuple[Line, ...]  # only when the rule's results do not share them
    quote: str | None  # only when the rule's results do not share it
    condition: str | None


@attrs.frozen
class Row:
    """One rule: its cells (one per party column, or one for the deal as a whole) and its details."""

    id: str  # an HTML id of the page's own, never from the deal state
    rule: str
    section: str
    title: str
    citation: str
    quote: str | None
    condition: str | None
    settings: tuple[Line, ...]
    cells: tuple[Cell | None, ...]  # per party column; None where the rule has no row for that party
    whole: Cell | None  # the rule has one result for the deal, not one per party
    details: tuple[PartyDetail, ...]
    outstanding: bool
    scenarios: str = ""  # the statuses the feature files show the rule in, when coverage is given


@attrs.frozen
class Article:
    id: str
    title: str
    rows: tuple[Row, ...]

    @property
    def outstanding(self) -> int:
        return sum(r.outstanding for r in self.rows)


@attrs.frozen
class AgreementView:
    id: str
    title: str
    articles: tuple[Article, ...]


@attrs.frozen
class Page:
    """Everything the template shows."""

    title: str
    deal: str
    as_of: str
    policy_line: str
    fingerprint: str
    ready: bool
    verdict: str
    compliance: str
    settings: tuple[Line, ...]
    parties: tuple[Line, ...]  # key, and the party's name when the policy is given
    agreements: tuple[AgreementView, ...]
    set_aside: tuple[str, ...]
    unresolved: tuple[str, ...]
    rows: int
    outstanding: int
    legend: tuple[Cell, ...]
    coverage: CoverageView | None = None


@attrs.frozen
class CoverageView:
    """`dealcheck coverage` on the page: the share of statuses the scenarios show, and per rule which."""

    summary: str
    meets: bool
    heads: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # rule, section, a cell per status: shown / MISSING / ""
    missing: tuple[str, ...]


def coverage_view(cov: Coverage, threshold: Fraction) -> CoverageView:
    summary = (
        f"The scenarios show {cov.cells_reached} of the {cov.cells} statuses the rules can take"
        f" ({percent(cov.share)}%); the project requires {percent(threshold)}%."
    )
    rows = tuple(
        (
            shown(r.rule),
            shown(f"§{r.section}"),
            tuple("shown" if s in r.reached else ("MISSING" if s in r.can_take else "") for s in STATUSES),
        )
        for r in cov.rules
    )
    return CoverageView(
        summary,
        cov.meets(threshold),
        tuple(s.label for s in STATUSES),
        rows,
        tuple(shown(m) for m in cov.missing_cells()),
    )


def build(
    checklist: Checklist,
    policy: Policy | None = None,
    coverage: Coverage | None = None,
    threshold: Fraction = Fraction(1),
) -> Page:
    """The page of one checklist; the policy, when given, adds names, descriptions and questions, and
    the coverage, which statuses the scenarios show each rule in."""
    shows = (
        {r.rule: ", ".join(s.label for s in STATUSES if s in r.reached) or "none" for r in coverage.rules}
        if coverage
        else {}
    )
    parties = list(dict.fromkeys(r.party for r in checklist.results if r.party is not None))
    by_rule: dict[str, list[Result]] = {}
    for r in checklist.results:
        by_rule.setdefault(r.rule, []).append(r)
    articles: dict[tuple[str, str], list[Row]] = {}
    for n, (rule, results) in enumerate(by_rule.items()):
        first = results[0]
        articles.setdefault((first.agreement, _article(first.section)), []).append(
            attrs.evolve(_row(f"row-{n}", rule, results, parties, checklist, policy), scenarios=shows.get(rule, ""))
        )
    agreements: dict[str, list[Article]] = {}
    for n, ((agreement, article), rows) in enumerate(articles.items()):
        title = f"{agreement.upper()} Article {article}" if article.isdigit() else f"{agreement.upper()} {article}"
        agreements.setdefault(agreement, []).append(Article(f"article-{n}", shown(title), tuple(rows)))
    names = policy.parties if policy else {}
    rows = [row for articles_ in agreements.values() for a in articles_ for row in a.rows]
    return Page(
        title=shown(checklist.title),
        deal=shown(checklist.deal),
        as_of=checklist.as_of.isoformat(),
        policy_line=policy_line(checklist),
        fingerprint=shown(checklist.policy_fingerprint),
        ready=checklist.ready,
        verdict=shown(checklist.verdict),
        compliance=shown(checklist.compliance),
        settings=_all_settings(checklist, policy),
        parties=tuple(Line(shown(p), shown(names[p].name) if p in names else "") for p in parties),
        agreements=tuple(
            AgreementView(shown(a), shown(_agreement_title(a, policy)), tuple(arts)) for a, arts in agreements.items()
        ),
        set_aside=tuple(_set_aside(item) for item in checklist.set_aside),
        unresolved=_unresolved(checklist),
        rows=len(rows),
        outstanding=sum(r.outstanding for r in rows),
        legend=tuple(Cell.of(s) for s in Status),
        coverage=coverage_view(coverage, threshold) if coverage is not None else None,
    )


def _article(section: str) -> str:
    """The article a section belongs to: "4" for 4.1(j); a section not numbered so stands alone."""
    found = re.match(r"\d+", section)
    return found.group(0) if found else section


def _agreement_title(agreement: str, policy: Policy | None) -> str:
    if policy is not None and agreement in policy.agreements:
        return f"{policy.agreements[agreement].title} ({agreement.upper()})"
    return agreement.upper()


def _row(
    html_id: str, rule: str, results: list[Result], parties: list[str], checklist: Checklist, policy: Policy | None
) -> Row:
    first = results[0]
    shared_quote = len({r.quote for r in results}) == 1
    shared_condition = len({r.condition for r in results}) == 1
    shared_settings = len({tuple(r.settings.items()) for r in results}) == 1
    by_party = {r.party: r for r in results}
    whole = Cell.of(first.status, first.outstanding) if len(results) == 1 and first.party is None else None
    cells = tuple(Cell.of(by_party[p].status, by_party[p].outstanding) if p in by_party else None for p in parties)
    agreement = first.agreement.upper()
    details = tuple(
        _detail(r, checklist, policy, not shared_quote, not shared_condition, not shared_settings) for r in results
    )
    return Row(
        id=html_id,
        rule=shown(rule),
        section=shown(first.section),
        title=shown(first.title),
        citation=shown(f"{agreement} §{first.section}"),
        quote=shown(first.quote) if shared_quote else None,
        condition=shown(first.condition) if shared_condition else None,
        settings=_settings_used(first, policy) if shared_settings else (),
        cells=cells,
        whole=whole,
        details=details,
        outstanding=any(r.outstanding for r in results),
    )


def _detail(
    r: Result, checklist: Checklist, policy: Policy | None, quote: bool, condition: bool, settings: bool
) -> PartyDetail:
    set_aside = tuple(_set_aside(item) for item in r.set_aside)
    texts = {item.text() for item in r.set_aside}
    waiver = None
    if r.waiver is not None:
        dated = f" on {r.waiver.dated.isoformat()}" if r.waiver.dated else " (undated)"
        waiver = f"by {', '.join(r.waiver.by)}{dated}" + (f": {r.waiver.note}" if r.waiver.note else "")
    return PartyDetail(
        party=shown(r.party) if r.party else None,
        cell=Cell.of(r.status, r.outstanding),
        reason=shown(r.reason),
        explanation=shown(r.explanation),
        waiver=shown(waiver) if waiver else None,
        set_aside=set_aside,
        caused_by=shown(", ".join(r.caused_by)) if r.caused_by else None,
        notes=tuple(shown(n) for n in r.notes if n not in texts),
        working=tuple(shown(w) for w in r.working),
        timing=_timing(r),
        missing=tuple(_missing(name, r.party, checklist, policy) for name in r.missing),
        unresolved=tuple(Line(shown(n), shown(checklist.questions.get(n, ""))) for n in r.unresolved),
        facts=tuple((shown(f.name), shown(f.value), shown(_fact_extra(f))) for f in r.facts),
        settings=_settings_used(r, policy) if settings else (),
        quote=shown(r.quote) if quote else None,
        condition=shown(r.condition) if condition else None,
    )


def _set_aside(item) -> str:
    """As the text output's "Set aside" section writes it, with the deal-state line."""
    return shown(item.words()) + (f" [deal state line {item.line}]" if item.line else "")


def _fact_extra(f) -> str:
    extra = [f"asserted by {f.asserted_by}"] if f.asserted_by else []
    return "; ".join(extra + [x for x in (f.source, f.note) if x])


def _timing(r: Result) -> tuple[Line, ...]:
    t = r.timing
    if t is None:
        return ()
    lines = [
        ("Arises", t.arises),
        ("Deadline", t.deadline),
        ("Breached on", t.breached_on),
        ("Ended by", t.ended_by),
        ("Ended on", t.ended_on),
    ]
    return tuple(Line(label, shown(value)) for label, value in lines if value is not None)


def _settings_used(r: Result, policy: Policy | None) -> tuple[Line, ...]:
    out = []
    for name, choice in r.settings.items():
        setting = policy.settings.get(name) if policy else None
        meaning = f": {' '.join(setting.describe(choice).split())}" if setting else ""
        out.append(Line(shown(name), shown(f"{choice}{meaning}")))
    return tuple(out)


def _all_settings(checklist: Checklist, policy: Policy | None) -> tuple[Line, ...]:
    """Every interpretation setting the checklist was decided under, in name order (as the text output)."""
    out = []
    for name, choice in sorted(checklist.settings.items()):
        setting = policy.settings.get(name) if policy else None
        note = ""
        if setting is not None:
            default = "default" if str(choice) == setting.default else f"default: {setting.default}"
            note = f" ({default}) {setting.title}"
        out.append(Line(shown(name), shown(f"{choice}{note}")))
    return tuple(out)


def _unresolved(checklist: Checklist) -> tuple[str, ...]:
    """The text output's "Unresolved readings" lines: each question, and the rows it leaves unknown."""
    return tuple(line[2:] for line in report._unresolved_section(checklist, False) if line.startswith("- "))


_KEY = re.compile(r"\[([^\]]*)\]")


def _missing(name: str, party: str | None, checklist: Checklist, policy: Policy | None) -> Missing:
    """A missing fact and what to ask for it: its declared description and, for a judgement, whose call."""
    if name.startswith("settings."):
        setting = name.removeprefix("settings.")
        return Missing(shown(name), shown(checklist.questions.get(setting, "")) or "the reading to apply")
    if policy is None:
        return Missing(shown(name), "")
    keys = _KEY.findall(name)
    base = _KEY.sub("", name)
    spec = policy.facts.get(base)
    description, judgement = (spec.description, spec.judgement) if spec else ("", None)
    if spec is None and "." in base:
        parent, field = base.rsplit(".", 1)
        records = policy.facts.get(parent)
        if records is not None and field in records.fields:
            description, judgement = records.fields[field].description, records.fields[field].judgement
    owner = next((k for k in keys if k in policy.parties), party)
    whose = authority.describe(judgement, owner) if judgement is not None else None
    return Missing(shown(name), shown(" ".join(description.split())), shown(whose) if whose else None)
