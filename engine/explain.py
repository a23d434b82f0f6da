"""Turn an evaluation trace into what a lawyer reads: the reason, the facts consulted, the working."""

from __future__ import annotations

import re
import weakref
from collections import deque

from engine.expression import ast
from engine.expression.evaluate import Step, all_reads, describe_reads, working_of
from engine.factbase import UNKNOWN
from engine.policy import Policy
from engine.results import FactUsed
from engine.values import format_value

MAX_PARTS = 6
_PARTY_WORD = re.compile(r"\bparty\b")


class Explainer:
    """Explains one row: `party`, when given, is written in place of the word party."""

    def __init__(self, policy: Policy, party: str | None = None, texts: dict | None = None) -> None:
        self.policy = policy
        self.party = party
        # A step's working text, built once however many rows show it (a figure such as
        # consideration[party] is in the working of every rule that uses it, and a deferred working
        # can cost as much as the list it adds up): id(step) -> (weak reference, text). An entry
        # leaves when its step is collected, so the memo holds no more than the live checklists do.
        self._texts: dict[int, tuple[weakref.ref, str]] = {} if texts is None else texts

    def for_party(self, party: str | None) -> Explainer:
        return Explainer(self.policy, party, self._texts)

    def text(self, node_text: str) -> str:
        return _PARTY_WORD.sub(self.party, node_text) if self.party else node_text

    def why_false(self, step: Step) -> list[str]:
        node = step.node
        if isinstance(node, ast.And):
            return [d for c in step.children if c.value is False for d in self.why_false(c)]
        if isinstance(node, ast.Or):
            return [d for c in step.children for d in self.why_false(c)]
        if isinstance(node, ast.Not):
            return self.why_true(step.children[0])
        return [self.leaf(step)]

    def why_true(self, step: Step) -> list[str]:
        node = step.node
        if isinstance(node, ast.And):
            return [d for c in step.children for d in self.why_true(c)]
        if isinstance(node, ast.Or):
            return [d for c in step.children if c.value is True for d in self.why_true(c)]
        if isinstance(node, ast.Not):
            return self.why_false(step.children[0])
        return [self.leaf(step)]

    def leaf(self, step: Step) -> str:
        node = step.node
        if isinstance(node, ast.Call) and node.func == "satisfied":
            rule = self.policy.rules[node.args[0].value]  # type: ignore[attr-defined]
            status = step.reads[0].value if step.reads else "unknown"
            return f"{rule.section} {rule.title}: {status}"
        if isinstance(node, ast.Quant):
            if node.kind == "every" and step.value is False:
                bad = [c for c in step.children[1:] if c.value is False]
                shown = [(c, self.values_of(c)) for c in bad]
                return f"{self.text(node.text)}: not for " + ", ".join(
                    f"{c.label} ({values})" if values else str(c.label) for c, values in shown
                )
            return f"{self.text(node.text)}: {format_value(step.value)}"
        workings = self.workings(step)
        text = f"{self.text(node.text)} is {format_value(step.value)}"
        if workings:
            direct = "; ".join(
                f"{r.name} = {format_value(r.value)}" for c in step.children if not c.children for r in c.reads
            )
            more = f"; {len(workings) - 1} more steps in the working" if len(workings) > 1 else ""
            first = self.text(workings[0]) if step.working else workings[0]  # the row's own words name its party
            text += " [" + first + (f"; {direct}" if direct else "") + more + "]"
        else:
            shown = self.values_of(step)  # only when there is no working to show instead
            if shown:
                text += f" ({shown})"
        return text

    @staticmethod
    def values_of(step: Step) -> str:
        return describe_reads(step)

    def workings(self, step: Step) -> list[str]:
        out: list[str] = []
        queue = deque([step])  # breadth first, as before; a deque, since list.pop(0) is linear
        texts = self._texts
        while queue:
            s = queue.popleft()
            if s.working:
                key = id(s)
                known = texts.get(key)
                if known is not None and known[0]() is s:
                    out.append(known[1])
                else:
                    text = working_of(s)
                    texts[key] = (weakref.ref(s, lambda _, key=key: texts.pop(key, None)), text)  # type: ignore[arg-type]
                    out.append(text)  # type: ignore[arg-type]
            queue.extend(s.children)
        return list(dict.fromkeys(out))

    @staticmethod
    def facts_used(*steps: Step | None) -> tuple[FactUsed, ...]:
        seen: dict[str, FactUsed] = {}
        for step in steps:
            if step is None:
                continue
            for r in all_reads(step):
                if r.name in seen:
                    continue
                prov = r.provenance
                seen[r.name] = FactUsed(
                    name=r.name,
                    value="unknown" if r.value is UNKNOWN else format_value(r.value),
                    asserted_by=prov.asserted_by if prov else None,
                    source=prov.source if prov else None,
                    note=r.note,
                )
        return tuple(seen.values())


def join_parts(parts: list[str]) -> str:
    parts = list(dict.fromkeys(parts))
    if len(parts) > MAX_PARTS:
        return "; ".join(parts[:MAX_PARTS]) + f"; and {len(parts) - MAX_PARTS} more"
    return "; ".join(parts)
