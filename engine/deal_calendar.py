"""A deal's §7.10 calendar as its policy declares it (`calendar:` in deal.yaml, e.g. calendar.yaml).

The policy names each holiday calendar and its source (the `holidays` library: a country and
subdivision, or a financial market), whether its observed dates count, the setting that chooses
which calendars count, and the fiscal year, each with the words of the Agreement they rest on.
This module reads and checks that declaration; every problem is a PolicyError naming the file,
the line and the fix. `CalendarDeclaration.calendar(settings)` gives the `BankCalendar` a deal
state's settings select, and `calendars(settings)` every one an `unresolved` setting leaves open.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from engine.bank_holidays import BankCalendar, HolidaySource, check_source
from engine.errors import PolicyError, did_you_mean
from engine.settings import UNRESOLVED
from engine.time_periods import FiscalYear
from engine.yamlsource import Located

_TOP_KEYS = {"agreement", "section", "quote", "calendars", "holidays", "fiscal_year"}
_SOURCE_KEYS = {"source", "country", "subdivision", "financial", "observed", "label", "law", "election_day"}
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


@attrs.frozen
class ElectionDay:
    """A calendar adds the general election day of every even year when `setting` is `when`."""

    setting: str
    when: str


@attrs.frozen
class CalendarDeclaration:
    """What a policy says its §7.10 calendar is. Immutable; quotes verified with the policy's."""

    agreement: str
    section: str
    quote: str
    sources: dict[str, HolidaySource]
    election_days: dict[str, ElectionDay]  # calendar name -> when it adds Election Day
    setting: str  # the setting that chooses which calendars count
    cases: dict[str, tuple[str, ...]]  # its choice -> the calendars that count
    fiscal_year: FiscalYear
    fiscal_year_section: str
    fiscal_year_quote: str
    file: str
    line: int | None

    def settings(self) -> tuple[str, ...]:
        """The settings that choose the calendar."""
        return tuple(dict.fromkeys([self.setting, *(e.setting for e in self.election_days.values())]))

    def calendar(self, chosen: Mapping[str, object]) -> BankCalendar:
        """The calendar under a deal state's settings (the policy's defaults merged in); when one
        is left unresolved, `calendars` gives every reading."""
        for name in self.settings():
            if chosen.get(name) in (None, UNRESOLVED):
                raise ValueError(f"{name} is not chosen: pass every setting's choice, or use calendars()")
        choice = str(chosen[self.setting])
        sources = []
        for name in self.cases[choice]:
            source = self.sources[name]
            election = self.election_days.get(name)
            if election is not None and str(chosen[election.setting]) == election.when:
                source = attrs.evolve(source, election_day_every_even_year=True)
            sources.append(source)
        return BankCalendar(tuple(sources))

    def calendars(
        self, chosen: Mapping[str, object], choices: Mapping[str, tuple[str, ...]]
    ) -> dict[str, BankCalendar]:
        """Every calendar the settings leave open, keyed "setting=choice, ...": one when none of
        the calendar's settings is unresolved. `choices` gives each setting's choices."""
        names = self.settings()
        options = [choices[n] if chosen.get(n) == UNRESOLVED else (str(chosen[n]),) for n in names]
        out: dict[str, BankCalendar] = {}
        for combo in itertools.product(*options):
            picked = dict(zip(names, combo, strict=True))
            out[", ".join(f"{n}={c}" for n, c in picked.items())] = self.calendar(picked)
        return out

    def quotes(self) -> list[tuple[str, str, str]]:
        """(where, agreement, words) for every quote, checked against the agreement at load."""
        return [
            ("calendar (holidays)", self.agreement, self.quote),
            ("calendar (fiscal_year)", self.agreement, self.fiscal_year_quote),
        ]


def load_calendar(doc: Located, settings: Mapping[str, Any], agreements: Mapping[str, Any]) -> CalendarDeclaration:
    """Read and check a calendar declaration. `settings` are the policy's (name -> Setting)."""
    data = doc.data

    def fail(message: str, path: tuple = (), fix: str | None = None) -> PolicyError:
        line, col = doc.where(path)
        return PolicyError(f"calendar: {message}", doc.file, line, col, fix)

    if not isinstance(data, dict):
        raise fail("the file is a mapping: agreement, section, quote, calendars, holidays, fiscal_year")
    for key in sorted(set(data) - _TOP_KEYS):
        raise fail(f"unknown key {key!r}", (key,), did_you_mean(str(key), _TOP_KEYS) or None)
    for key in ("agreement", "section", "quote", "calendars", "holidays", "fiscal_year"):
        if data.get(key) in (None, ""):
            raise fail(f"`{key}` is required", (), f"write `{key}:` (see policies/jabber-series-d/calendar.yaml)")
    if data["agreement"] not in agreements:
        raise fail(f"agreement {data['agreement']!r} is not an agreement of the deal", ("agreement",))
    if not isinstance(data["calendars"], dict) or not data["calendars"]:
        raise fail("`calendars` maps a name to a calendar of the holidays library", ("calendars",))
    sources: dict[str, HolidaySource] = {}
    elections: dict[str, ElectionDay] = {}
    for name, raw in data["calendars"].items():
        sources[str(name)] = _source(str(name), raw, fail)
        if isinstance(raw, dict) and raw.get("election_day") is not None:
            elections[str(name)] = _election(str(name), raw["election_day"], settings, fail)
    setting, cases = _holidays(data["holidays"], sources, settings, fail)
    fiscal, fy_section, fy_quote = _fiscal_year(data["fiscal_year"], fail)
    return CalendarDeclaration(
        agreement=str(data["agreement"]),
        section=str(data["section"]),
        quote=" ".join(str(data["quote"]).split()),
        sources=sources,
        election_days=elections,
        setting=setting,
        cases=cases,
        fiscal_year=fiscal,
        fiscal_year_section=fy_section,
        fiscal_year_quote=fy_quote,
        file=doc.file,
        line=doc.where(())[0] or 1,
    )


def _source(name: str, raw: Any, fail) -> HolidaySource:
    at = ("calendars", name)
    shape = (
        "{source: holidays, country: US, subdivision: DE, observed: true, label: ...}"
        " or {source: holidays, financial: XFED, observed: true, label: ...}"
    )
    if not isinstance(raw, dict):
        raise fail(f"calendar {name} is a mapping", at, f"write {shape}")
    for key in sorted(set(raw) - _SOURCE_KEYS):
        raise fail(f"calendar {name}: unknown key {key!r}", at + (key,), did_you_mean(str(key), _SOURCE_KEYS) or None)
    if raw.get("source") != "holidays":
        raise fail(
            f"calendar {name}: `source` is `holidays` (the holidays library), not {raw.get('source')!r}",
            at + ("source",),
            "write `source: holidays`",
        )
    if ("country" in raw) == ("financial" in raw):
        raise fail(f"calendar {name} names a `country` (with `subdivision`) or a `financial` market, one of them", at)
    if not isinstance(raw.get("observed"), bool):
        raise fail(
            f"calendar {name}: `observed` is true or false (whether the observed dates count)",
            at + ("observed",),
            "write `observed: true` or `observed: false`",
        )
    if not isinstance(raw.get("label"), str) or not raw["label"].strip():
        raise fail(f"calendar {name}: `label` says what a day of it is, e.g. `a Delaware bank holiday`", at)
    kind = "country" if "country" in raw else "financial"
    subdivision = raw.get("subdivision")
    if subdivision is not None and kind != "country":
        raise fail(f"calendar {name}: `subdivision` goes with `country`", at + ("subdivision",))
    source = HolidaySource(
        name=name,
        kind=kind,
        code=str(raw[kind]),
        subdivision=str(subdivision) if subdivision is not None else None,
        observed=raw["observed"],
        label=" ".join(raw["label"].split()),
        law=" ".join(str(raw.get("law", "")).split()),
    )
    if problem := check_source(source):
        raise fail(f"calendar {name}: {problem}", at + (kind,), "name a calendar the holidays library supports")
    return source


def _election(name: str, raw: Any, settings: Mapping[str, Any], fail) -> ElectionDay:
    at = ("calendars", name, "election_day")
    if not isinstance(raw, dict) or set(raw) != {"setting", "when"}:
        raise fail(f"calendar {name}: `election_day` is {{setting: NAME, when: CHOICE}}", at)
    setting = settings.get(raw["setting"])
    if setting is None:
        raise fail(
            f"calendar {name}: election_day names setting {raw['setting']!r}, which settings.yaml does not declare",
            at,
            did_you_mean(str(raw["setting"]), settings) or None,
        )
    if raw["when"] not in setting.choices:
        raise fail(f"calendar {name}: {raw['when']!r} is not a choice of {setting.name}", at)
    return ElectionDay(setting.name, str(raw["when"]))


def _holidays(raw: Any, sources: Mapping[str, HolidaySource], settings: Mapping[str, Any], fail):
    at = ("holidays",)
    if not isinstance(raw, dict) or set(raw) != {"setting", "cases"} or not isinstance(raw.get("cases"), dict):
        raise fail("`holidays` is {setting: NAME, cases: {CHOICE: [calendar, ...]}}", at)
    setting = settings.get(raw["setting"])
    if setting is None:
        raise fail(
            f"holidays: setting {raw['setting']!r} is not declared in settings.yaml",
            at + ("setting",),
            did_you_mean(str(raw["setting"]), settings) or "declare it in settings.yaml",
        )
    if setting.number is not None:
        raise fail(f"holidays: {setting.name} takes a number; the calendar is chosen by a named choice", at)
    if set(raw["cases"]) != set(setting.choices):
        raise fail(
            f"holidays: the cases must be exactly the choices of {setting.name}: {', '.join(setting.choices)}",
            at + ("cases",),
        )
    cases: dict[str, tuple[str, ...]] = {}
    for choice, names in raw["cases"].items():
        if not isinstance(names, list) or not names:
            raise fail(f"holidays: case {choice} is a list of calendar names", at + ("cases", choice))
        for n in names:
            if n not in sources:
                raise fail(
                    f"holidays: case {choice} names calendar {n!r}, which `calendars` does not declare",
                    at + ("cases", choice),
                    did_you_mean(str(n), sources) or None,
                )
        cases[str(choice)] = tuple(str(n) for n in names)
    return setting.name, cases


def _fiscal_year(raw: Any, fail) -> tuple[FiscalYear, str, str]:
    at = ("fiscal_year",)
    if not isinstance(raw, dict) or set(raw) != {"ends", "section", "quote"}:
        raise fail("`fiscal_year` is {ends: MM-DD, section, quote}", at)
    match = _MONTH_DAY.fullmatch(str(raw["ends"]))
    fiscal = None
    if match:
        try:
            fiscal = FiscalYear(int(match[1]), int(match[2]))
            fiscal.end(2001)  # a real month and day in a year that is not a leap year
        except ValueError:
            fiscal = None
    if fiscal is None:
        raise fail(f"fiscal_year: ends {raw['ends']!r} is not a month and day", at + ("ends",), 'write ends: "12-31"')
    return fiscal, str(raw["section"]), " ".join(str(raw["quote"]).split())
