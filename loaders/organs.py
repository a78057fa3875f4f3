"""A government organ or role named without its state: "the Foreign Ministry denounced ...".

The organ stands for the state most recently named as an actor (a state mention that no
preposition, possessive or transitive verb governs, outside quotation marks) earlier in the same paragraph; when the
sentence of that mention names another state as an actor too, the two are equally recent and
the organ stays unresolved. An organ that opens a paragraph after the first two with no actor
before it stands for the one state acting in the paragraph before, if only one does. Otherwise,
with no actor before it in its paragraph, the organ is the dateline's state ("MOSCOW - The Foreign
Ministry ...", "... \n\n The then Conservative government announced ..."; words for the time or
the party in office may qualify it). A bare "the department" stands only for the last department
(or Treasury) named before it, anywhere in the article, since a department is also a region's name
in many states; a bare "the ministry" stands for the last ministry named before it, where one was
(else as above).
The nouns are data (patterns/actors.toml, [organs] bare).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.loaders.gazetteer import Mention
from kg.loaders.sentences import PARAGRAPH_BREAK, paragraph_start, split_sentences

_OWNS = re.compile(r"['’]s\b")
_OWNER_OF = re.compile(r"['’]s\s+")


#: A sentence that opens on its scene: "In Seoul, ..." (the scene's mention follows).
_SCENE = re.compile(r"\s*(?:In|From)\s+$")
#: A place named just before as where the organ acts: "in Riyadh, where the foreign ministry ...".
_WHERE = re.compile(r",\s*where\s+")
_COMMA = re.compile(r",\s*(?:(?:where|which|whose|when)\s[^,;]*,\s*)?")
#: The organ's voice after its noun: "the foreign ministry spokeswoman", "department officials".
_VOICE = r"(?:\s+(?:spokes(?:man|woman|person)|officials?))?"
_BARE_DEPARTMENT = re.compile(rf"(?:[Tt]he|[Aa])\s+(?i:department){_VOICE}")
_DEPARTMENT = re.compile(r"\b(?:[Dd]epartment|Treasury)\b")
_BARE_MINISTRY = re.compile(rf"(?:[Tt]he|[Aa])\s+(?i:ministry){_VOICE}")
_MINISTRY = re.compile(r"\b[Mm]inistry\b")
_OWNED = re.compile(r"['’]s(?:\s+[a-z]+){0,2}\s+[A-Za-z]+\b")  # "'s trade ministry", "'s Commerce Department"
#: Words that tell which government without naming its state: "the then Conservative government".
_TIME_OR_PARTY = (r"(?:(?:then|new|previous|former|outgoing|incoming|current|(?-i:Conservative|Labour|Tory|Liberal|"
                  r"Socialist|Republican|Democratic))[\s-]+){0,2}")
_QUOTATION = re.compile(r'"[^"\n]{1,600}"|“[^”\n]{1,600}”')


def bare_organs(nouns: list[str]) -> re.Pattern[str]:
    """The regex for "the <organ>" not followed by a phrase that names its owner, with the
    organ's voice if one follows ("a foreign ministry spokeswoman"), or for the organ's voice alone
    opening a sentence or a clause ("Foreign ministry spokesman X said")."""
    alts = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # a look-ahead for the letters a match can open with: the engine skips other positions at once
    letters = "".join(sorted({n[0].lower() for n in nouns} | {"a", "t"}))
    return re.compile(rf"(?=[{letters}{letters.upper()}])\b(?:(?:[Tt]he|[Aa])\s+{_TIME_OR_PARTY}(?:(?i:{alts})){_VOICE}"
                      # without an article, only with its voice: "In Tehran, foreign ministry spokesman X said"
                      rf"|(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s))(?:(?i:{alts}))\s+spokes(?:man|woman|person))\b"
                      # (not "in turn", "in a statement": "in" then names no place)
                      rf"(?!['’]?\s*(?:of|at|from|for)\b|['’]?\s*in\b(?!\s+(?:turn|response|return|particular|a|an|its|their)\b)|-)")


def scene_of(text: str, mentions: list[Mention], at: int, opening: int) -> Mention | None:
    """The state a sentence that opens at `opening` sets as its scene just before offset `at`:
    Seoul in "In Seoul, the foreign ministry ...", else None."""
    return next((m for m in mentions if m.kind == "state" and opening <= m.start < at
                 and _SCENE.match(text, opening, m.start) and _COMMA.fullmatch(text, m.end, at)), None)


def with_organs(text: str, mentions: list[Mention], organs: re.Pattern[str], blocked: re.Pattern[str],
                home: str | None) -> list[Mention]:
    """`mentions` plus the bare organs that resolve to a state (see the module docstring)."""
    hits = [h for h in organs.finditer(text)]
    if not hits:
        return mentions
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    sentences = split_sentences(text)
    sent_starts = [s for s, _ in sentences]
    first_break = PARAGRAPH_BREAK.search(text)
    second_break = PARAGRAPH_BREAK.search(text, first_break.end()) if first_break else None
    # in the first two paragraphs the dateline's state comes before the paragraph before's actor:
    # "MANILA - ... \n\n The Department of Foreign Affairs ..."
    first_para_end = second_break.start() if second_break else len(text)
    quoted = [q.span() for q in _QUOTATION.finditer(text)]  # whom a quotation names, not who speaks
    extra = []
    for h in hits:
        i = bisect_right(ends, h.start())
        if i < len(mentions) and mentions[i].start < h.end():
            continue  # already part of a named actor ("the Russian Foreign Ministry")
        if i < len(mentions) and mentions[i].via == "organ" and _OWNER_OF.fullmatch(text, h.end(), mentions[i].start):
            continue  # the named organ it owns acts: "the department's Office of Foreign Assets Control"
        if blocked.search(text, max(0, h.start() - 40), h.start()) and not _OWNS.match(text, h.end()):
            # "with the government describing ...": not the subject of a clause (but "according
            # to the government's review" names the review's owner)
            continue
        if _BARE_DEPARTMENT.fullmatch(h.group()):
            # "the Commerce Department added ... . Two days earlier, the department issued ...": a department
            # takes up only one named before it (a bare "department" may be a region's)
            if (named := _named_before(text, mentions[:i] + extra, h.start(), _DEPARTMENT)) is not None:
                extra.append(Mention(h.start(), h.end(), named.actor, "state", "organ"))
            continue
        k = bisect_right(sent_starts, h.start()) - 1
        opening = sent_starts[k] if k >= 0 else 0
        scene = scene_of(text, mentions[:i], h.start(), opening)
        if scene is not None:  # "In Seoul, the foreign ministry summoned ...": the ministry of the scene
            extra.append(Mention(h.start(), h.end(), scene.actor, "state", "organ"))
            continue
        if i and mentions[i - 1].kind == "state" and _WHERE.fullmatch(text, mentions[i - 1].end, h.start()):
            # "welcomed in Riyadh, where the foreign ministry praised ...": the ministry of the place
            extra.append(Mention(h.start(), h.end(), mentions[i - 1].actor, "state", "organ"))
            continue
        lo = paragraph_start(text, h.start())
        ruled = next((m for m in reversed(mentions[bisect_right(starts, lo - 1): i]) if m.kind == "state"
                      and _MILITARY_RULE.match(text, m.end)), None) if _MILITARY.search(h.group()) else None
        if ruled is not None:  # "businessmen tied to X's military government ... the junta's spokesman": X's
            extra.append(Mention(h.start(), h.end(), ruled.actor, "state", "organ"))
            continue
        if _BARE_MINISTRY.fullmatch(h.group()) and (named := _named_before(text, mentions[:i] + extra, h.start(), _MINISTRY)):
            # "in what its foreign ministry called a reply to Washington's listings. ... the ministry said", "The commerce
            # ministry also barred ... . || On 4 April, two days after X's tariffs, the ministry imposed ...": the one named
            extra.append(Mention(h.start(), h.end(), named.actor, "state", "organ"))
            continue
        actors = _actors_before(text, mentions, starts, lo, i, opening, quoted, blocked)
        if not actors and lo > 0 and opening == lo and (home is None or h.start() >= first_para_end):
            # a paragraph that opens on the organ: "... barred 131 X-ians. \n\n The ministry had already ...":
            # the one state acting in the paragraph before
            actors = _actors_before(text, mentions, starts, paragraph_start(text, lo - 1), i, opening, quoted, blocked)
            if len({m.actor for m in actors}) > 1:
                continue
        if actors:
            last = actors[-1]
            k = bisect_right(sent_starts, last.start) - 1
            s, e = sentences[k] if k >= 0 else (0, len(text))
            rivals = {m.actor for m in actors if s <= m.start < e}
            if len(rivals) != 1:
                continue  # two states equally recent
            actor = last.actor
        elif home is not None:
            actor = home
        else:
            continue
        extra.append(Mention(h.start(), h.end(), actor, "state", "organ"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


def _named_before(text: str, mentions: list[Mention], at: int, noun: re.Pattern[str]) -> Mention | None:
    """The last state mention before offset `at` whose words hold `noun` ("the Commerce Department"), or
    that owns it ("Peru's trade ministry")."""
    return max((m for m in mentions if m.start < at and m.kind == "state" and (
        noun.search(text, m.start, m.end) or ((owned := _OWNED.match(text, m.end)) and noun.search(owned.group())))),
        key=lambda m: m.start, default=None)


def _actors_before(text: str, mentions: list[Mention], starts: list[int], lo: int, i: int, opening: int,
                   quoted: list[tuple[int, int]], blocked: re.Pattern[str]) -> list[Mention]:
    """The states named as actors from offset `lo` up to the `i`-th mention, in text order."""
    before = mentions[bisect_right(starts, lo - 1): i]
    governed = _governed_lists(text, before, blocked)
    return [m for m in before
            if m.kind == "state" and not m.adjectival and m.start >= lo and id(m) not in governed
            and not any(a < m.start < b for a, b in quoted)
            and not _GOODS.match(text, m.end)
            # an earlier sentence's object ("upgraded China to ..."); in the organ's own sentence the
            # state acted on may well be the one that answers ("removed X ..., a step the government hailed")
            and not (m.start < opening and _VERB_BEFORE.search(text, max(0, m.start - 20), m.start))]


def _governed_lists(text: str, mentions: list[Mention], blocked: re.Pattern[str]) -> set[int]:
    """The ids of the mentions governed (see _governed), with the rest of a list one of them opens:
    "recalled its ambassadors from London, Paris and Berlin" (all three are places, none a subject)."""
    governed: set[int] = set()
    previous = None
    for m in mentions:
        if _governed(text, m, blocked) or (previous is not None and id(previous) in governed
                                           and _LIST_GAP.fullmatch(text, previous.end, m.start)):
            governed.add(id(m))
        previous = m
    return governed


def _governed(text: str, m: Mention, blocked: re.Pattern[str]) -> bool:
    """A mention governed by a preposition, a possessor or a transitive verb is not an actor, nor
    is one an "as" phrase describes ("describes X as a threat, and Y as a rival")."""
    return blocked.search(text, max(0, m.start - 40), m.start) is not None or _DESCRIBED_AS.match(text, m.end) is not None


#: A military ruler named as such with its state's name, and the bare organ that names it again.
_MILITARY_RULE = re.compile(r"['’]s?\s+(?:ruling\s+)?(?:military(?:\s+(?:government|rulers|regime|leadership|authorities|junta))?|junta|generals)\b")
_MILITARY = re.compile(r"\b(?:junta|military)\b", re.IGNORECASE)
_DESCRIBED_AS = re.compile(r"\s+as\s+(?:at once |both )?(?:an?|the)\s")
#: What joins the items of a list: "London, Paris and Berlin".
_LIST_GAP = re.compile(r"(?:,\s|,?\s(?:and|or)\s)(?:the\s)?")
#: A state named as what a thing belongs to or is about, not as who acts: "US tariffs", "Chinese goods",
#: "its first China strategy".
_GOODS = re.compile(r"\s+(?:tariffs?|duties|goods|products|exports?|imports?|trade|economy|markets?|dollars?|debt|bonds|"
                    r"oil|gas|assets|companies|firms|banks|territory|soil|airspace|waters|strateg(?:y|ies)|"
                    r"polic(?:y|ies)|sanctions)\b")
#: A verb right before the mention makes it the verb's object: "upgraded China to ...", "removing Cuba from ...".
_VERB_BEFORE = re.compile(r"\b(?-i:[a-z]{3,}(?:ed|ing))\s+$")
