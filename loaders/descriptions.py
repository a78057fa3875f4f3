"""Descriptive references to actors named earlier in a text.

"the People's Republic" is the state last named whose official name has that style ("People's
Republic of China"); "the regional bloc", "the Paris-based agency", "the group" is the organisation
last named shortly before. The head nouns are data (patterns/actors.toml, [descriptions]).
"""

from __future__ import annotations

import re

from kg.loaders.gazetteer import Mention


def compile_styles(styles: dict[str, set[str]]) -> re.Pattern[str] | None:
    """'the <style>' not followed by 'of': "the Islamic Republic", "the Kingdom"."""
    if not styles:
        return None
    alts = "|".join(re.escape(s) for s in sorted(styles, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he ({alts})\b(?!['’]s?\w|\s+of\b)")


def compile_org_heads(heads: list[str]) -> re.Pattern[str] | None:
    """'the [one or two lower-case modifiers] <head>' not followed by of/for/on:
    "the regional bloc", "the Paris-based agency", "the 27-member bloc"."""
    if not heads:
        return None
    alts = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he ((?:(?:[a-z][\w\-]*|[A-Z][a-z]+-[a-z][\w\-]*|\d+-[a-z]+) ){{0,2}}(?:{alts}))\b(?!\s+(?:of|for|on)\b|-)")


def with_descriptions(text: str, mentions: list[Mention], styles: dict[str, set[str]], style_rx, org_rx,
                      reach: int) -> list[Mention]:
    """`mentions` plus the descriptive references that resolve to an actor named before them."""
    extra: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    if style_rx is not None:
        for h in style_rx.finditer(text):
            owners = styles[h.group(1)]
            before = [m for m in mentions if m.end <= h.start() and m.actor in owners]
            if before and free(h.start(1), h.end(1)):
                extra.append(Mention(h.start(), h.end(), before[-1].actor, "state", "organ"))
    if org_rx is not None:
        for h in org_rx.finditer(text):
            lo = max(0, h.start() - reach)
            # the organisation named last, in the same paragraph and within reach
            para = text.rfind("\n\n", lo, h.start())
            lo = max(lo, para + 2) if para >= 0 else lo
            before = [m for m in mentions if lo <= m.start and m.end <= h.start() and m.kind == "org" and not m.adjectival]
            if before and free(h.start(1), h.end(1)):
                m = before[-1]
                extra.append(Mention(h.start(), h.end(), m.actor, "org", "organ"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions
