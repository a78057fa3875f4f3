"""Descriptive references to actors named earlier in a text.

"the People's Republic" is the state last named whose official name has that style ("People's
Republic of China"); "the Nordic country", "the Gulf kingdom", "the island" is the state of that
region or kind last named shortly before; "the three countries" is the last list of three states
named shortly before (a group mention, its actor ids joined by "|"); "the regional bloc", "the
Paris-based agency", "the group" is the organisation last named shortly before; "the 27-nation
bloc", "the six-member alliance" is the one organisation of that size on the article's date
(kg/reference/member_counts.csv), named or not.
The head nouns are data (patterns/actors.toml, [descriptions]).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import takewhile

import ahocorasick

from kg.loaders.gazetteer import Mention
from kg.loaders.sentences import PARAGRAPH_BREAK, SENTENCE_END, paragraph_floor, paragraph_start


class Words:
    """Words and phrases found with one Aho-Corasick pass, each kept only where it is not followed
    by of/for/on, a hyphen or an apostrophe ("Islamic Republic", not "Islamic Republic of Iran")."""

    def __init__(self, words):
        self.auto = ahocorasick.Automaton()
        for w in words:
            self.auto.add_word(w, w)
        if len(self.auto):
            self.auto.make_automaton()

    def __bool__(self) -> bool:
        return len(self.auto) > 0

    def hits(self, text: str):
        for end, word in self.auto.iter(text):
            start = end - len(word) + 1
            if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or not _AFTER.match(text, end + 1):
                continue
            yield start, end + 1, word


#: "on" may follow when a day does ("the bloc on Monday") or a list ("placed the island on the list"), not a
#: topic ("the Commission on Human Rights");
#: "for" when a reason does ("criticised the alliance for its ..."), not a purpose ("the Agency for ..."); "of"
#: when a charge does ("accused the alliance of smearing ..."), not a name ("the Alliance of Sahel States").
_AFTER = re.compile(r"(?!\w|['’](?!s\b)|\s+of\b(?!\s+(?!having\b)[a-z]+ing\b)|\s+for\b(?!\s+(?:what|its|their|his|her|[a-z]+ing)\b)|\s+on\b(?!\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:the|its|their|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:black|grey|gray|watch)?list\b))|-)")


#: What stands before a head: "the", then up to two lower-case modifiers ("the regional bloc",
#: "the Paris-based agency", "the 27-member alliance"), and a coordinated list of adjectives ("the
#: Paris-based educational, scientific and cultural agency").
_THE_MODS = re.compile(r"\b[Tt]he (?:(?:(?!(?:the|a|an|this|that|its|their|his|her)\b)[a-z][\w\-]*|[A-Z][a-z]+-[a-z][\w\-]*|\d+-[a-z]+) ){0,2}(?:[a-z]+, (?:[a-z]+, )*[a-z]+,? and [a-z]+ )?$")
_THE = re.compile(r"\b[Tt]he $")
#: ... and before a head the name follows: "the East African bloc IGAD", "the regional bloc ECOWAS".
_THE_NAMED = re.compile(r"\b[Tt]he (?:(?:[a-z][\w\-]*|[A-Z][a-z]+(?:-[a-z][\w\-]*)?) ){0,3}$")
#: The people of a body named by a bare head: "alliance leaders", "bloc foreign ministers".
_PEOPLE_AFTER = re.compile(r" (?:(?:foreign|defen[cs]e|finance|trade) )?(?:leaders|ministers|officials|diplomats|envoys)\b")
#: ... after a word that leaves no room for an article: "after alliance leaders", "as bloc leaders met".
_BARE_BEFORE = re.compile(r"\b(?:after|as|when|while|before|where|and|but|that)\s$")
#: No article at all, where a description goes without one ("alliance leaders").
_EMPTY = re.compile(r"")
#: A charge after a head: "accused the alliance of smearing ...".
_CHARGE_AFTER = re.compile(r"\s+of\s+[a-z]+ing\b")
#: Communities that are no organisation: "the international community", "the business community".
_WIDER_COMMUNITY = re.compile(r"\b(?:international|global|world|business|diplomatic|intelligence|scientific|donor|local|diaspora|expatriate|academic|financial|Muslim|Jewish|Christian|LGBT\w*)\b", re.IGNORECASE)
#: A seat among them: "the Strasbourg-based body".
_BASED = re.compile(r"\b((?-i:[A-Z][a-z]+))-based\b")
#: ... or with a modifier that describes any state, never another one ("the young nation", not "the
#: neighbouring country").
_THE_PLAIN = re.compile(r"\b[Tt]he (?:(?:tiny|small|young|half-island|landlocked|impoverished|oil-rich|gas-rich|war-torn|"
                        r"reclusive|isolated|troubled|nuclear-armed|mountainous) )?$")
#: A capital named as where something happened ("a summit in Kuala Lumpur"), not as its state.
_AT_PLACE = re.compile(r"\b(?:in|at)\s$")
#: What stands before a state's head: "the", then a region ("the Nordic country", "the Central
#: African nation", "the South American country"); a distinctive head needs none ("the island").
_THE_REGION = re.compile(r"\b[Tt]he ((?-i:[A-Z][a-z]+)(?:[ \-](?-i:[A-Z][a-z]+|of Africa))?) $")
_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty").split()
#: "27-nation", "six-member", "32-strong", "15-country": a size given as a modifier.
_SIZE = re.compile(r"\b(\d{1,3}|%s)-(?:member|nation|country|state|strong)\b" % "|".join(_NUMBERS), re.IGNORECASE)


def named_as_place(m: Mention, text: str, start: int) -> bool:
    """Whether mention `m`, starting at offset `start` of `text`, is a capital named as where something
    happened ("a summit in Kuala Lumpur", "adopted in Madrid") rather than as its state."""
    return m.via == "capital" and _AT_PLACE.search(text, max(0, start - 4), start) is not None


def _size(modifiers: str) -> int | None:
    m = _SIZE.search(modifiers)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _NUMBERS.index(word) + 1


def with_descriptions(text: str, mentions: list[Mention], styles: dict[str, set[str]],
                      style_words: Words, org_heads: Words,
                      reach: int, sized=lambda members: None, only: dict[str, frozenset[str]] | None = None,
                      state_heads: Words | None = None, regions: dict[str, frozenset[str]] | None = None,
                      kinds: dict[str, frozenset[str]] | None = None, seated=lambda place: set()) -> list[Mention]:
    """`mentions` plus the descriptive references that resolve to an actor named before them,
    or, for a size ("the 27-nation bloc"), to the one organisation `sized(members)` names. A head
    in `only` refers only to the organisations it lists ("the tribunal" to a court); a seat ("the
    Strasbourg-based body") to the last named of the organisations `seated(place)` gives."""
    only = only or {}
    extra: list[Mention] = []
    ends = [m.end for m in mentions]  # mentions are sorted and do not overlap

    def before(at: int) -> list[Mention]:
        return mentions[: bisect_right(ends, at)]

    def free(a: int, b: int) -> bool:
        i = bisect_right(ends, a)
        return i >= len(mentions) or mentions[i].start >= b

    if style_words:
        for start, end, word in style_words.hits(text):
            the = _THE.search(text, max(0, start - 4), start)
            if the is None:
                continue
            named = next((m for m in reversed(before(start)) if m.actor in styles[word]), None)
            if named is not None and free(start, end):
                extra.append(Mention(the.start(), end, named.actor, "state", "organ"))
    def window(start: int) -> int:
        """Where the paragraph before the one of `start` begins, or `reach` before it if nearer."""
        return paragraph_floor(text, start, max(0, start - reach))

    if state_heads:
        for start, end, head in state_heads.hits(text):
            if head == "government" and _SEAT_AFTER.match(text, end):
                continue  # "the government in Kinshasa": the seat names it
            the = _THE_REGION.search(text, max(0, start - 30), start)
            fits = (regions or {}).get(the.group(1)) if the else None
            if fits is None and head in (kinds or {}) and (the := _THE.search(text, max(0, start - 4), start)):
                fits = kinds[head]
            if fits is None and head in _ANY_STATE and (the := _THE_PLAIN.search(text, max(0, start - 30), start)):
                # "the country" with one state named before it in this paragraph and the one before,
                # none in its own sentence ("X said it had frozen the country's membership" is X's own)
                lo = window(start)
                opening = max((m.end() for m in SENTENCE_END.finditer(text, lo, start)), default=lo)
                named = {m.actor for m in before(start) if m.kind == "state" and m.start >= lo and not m.adjectival
                         and not named_as_place(m, text, m.start)}
                if len(named) > 1:  # several over two paragraphs, one in its own: "For X, ... The country asked ..."
                    here = paragraph_start(text, start)
                    named = {m.actor for m in before(start) if m.kind == "state" and m.start >= here and not m.adjectival
                             and not named_as_place(m, text, m.start)} or named
                if len(named) > 1 and opening == the.start() and (topic := _topic(text, before(opening), opening)):
                    named = {topic}  # "X will leave Y, hours after Z's leader landed. The country joined Y in 2001": X
                own = any(m.kind == "state" and m.start >= opening and not m.adjectival for m in before(start))
                # ... unless it opens a clause of its own: "X made Y its partner in 2018, the country joined Z in 2020"
                opens = bool(_CLAUSE_OPENING.search(text, max(0, the.start() - 40), the.start())) and not text.startswith(("'s", "’s"), end)
                fits = frozenset(named) if len(named) == 1 and (not own or opens) else None
            if not fits or not free(the.start(), end):
                continue
            lo = window(start)
            fitting = [m for m in takewhile(lambda m: m.start >= lo, reversed(before(start))) if m.kind == "state" and m.actor in fits]
            # the last named, by name before one only named as an adjective: "Georgia's path ... a copy of
            # Russian legislation. The Black Sea nation keeps ...": Georgia
            named = next((m for m in fitting if not m.adjectival), fitting[0] if fitting else None)
            if named is not None:
                extra.append(Mention(the.start(), end, named.actor, "state", "organ"))
    named_after: set[int] = set()  # organisations named right after their description
    if org_heads:
        for start, end, head in org_heads.hits(text):
            head = head.lower()
            i = bisect_right(ends, end)
            if i < len(mentions) and mentions[i].start == end + 1 and text[end] == " " and mentions[i].kind == "org" \
                    and (the := _THE_NAMED.search(text, max(0, start - 80), start)) and free(the.start(), end):
                # "left the regional bloc ECOWAS", "the East African bloc IGAD": one name, its description before it
                named_after.add(i)
                extra.append(Mention(the.start(), mentions[i].end, mentions[i].actor, "org", mentions[i].via))
                continue
            if head not in only and _CHARGE_AFTER.match(text, end):
                continue  # (a charge only where the head fits a few: "accused the organisation of covering for X" may be any)
            the = _THE_MODS.search(text, max(0, start - 80), start)
            if the is None and head in only and (people := _PEOPLE_AFTER.match(text, end)) and _BARE_BEFORE.search(
                    text, max(0, start - 20), start):
                # "after alliance leaders branded X ...": the alliance's leaders, one actor as "NATO leaders" is
                the, end = _EMPTY.match(text, start), people.end()
            if the is None or (head == "community" and _WIDER_COMMUNITY.search(the.group())):
                continue  # (not "the international community")
            members = _size(the.group())
            if members is not None and (org := sized(members)) is not None:
                if free(start, end):
                    extra.append(Mention(the.start(), end, org, "org", "organ"))
                continue
            if (based := _BASED.search(the.group())) and (there := seated(based.group(1))):
                named = next((m for m in reversed(before(start)) if m.kind == "org" and not m.adjectival and m.actor in there), None)
                if named is not None and free(start, end):
                    extra.append(Mention(the.start(), end, named.actor, "org", "organ"))
                continue
            # the organisation named last, in the same paragraph and within reach; a head that
            # fits only a few ("the alliance", "the court"), the last of those named anywhere before
            lo = 0 if head in only else window(start)
            named = next((m for m in reversed(before(start)) if m.start < lo or (
                m.kind == "org" and not m.adjectival and m.actor in only.get(head, (m.actor,)))), None)
            if head not in only and (named is None or not _names_head(text, named, head)) and (titled := next((
                    m for m in reversed(before(start)) if m.kind == "org" and not m.adjectival and _names_head(text, m, head)), None)):
                named = titled  # "the Association of ... Nations ... || ... UN administration, applied to join the association"
            if named is not None and (named.start >= lo or _names_head(text, named, head)) and free(start, end):
                actor = named.actor
                if head in only and named.start < window(start) and (topic := lead_org(text, mentions, start)) in only[head]:
                    actor = topic  # named only paragraphs before, in passing ("X, a NATO member, ..."): the article's body
                extra.append(Mention(the.start(), end, actor, "org", "organ"))
    if not extra:
        return mentions
    kept: list[Mention] = []
    for m in sorted(extra, key=lambda x: (x.start, x.start - x.end)):  # "the island nation", not also "the island"
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    mentions = [m for i, m in enumerate(mentions) if i not in named_after]
    return sorted(mentions + kept, key=lambda x: x.start)


def _names_head(text: str, m: Mention, head: str) -> bool:
    """Whether the organisation mentioned at `m` is named there by a name holding `head` ("the
    Association of Southeast Asian Nations" for "the association")."""
    return re.search(rf"\b{re.escape(head)}\b", text[m.start:m.end], re.IGNORECASE) is not None


#: Leaders who open a sentence without saying whose they are: "Leaders also adopted the X
#: Declaration", "The summit leaders condemned ...". They speak for the organisation that met.
_ASSEMBLY = re.compile(r"(?:[Ll]eaders|[Hh]eads of (?:state|government)(?: and government)?|[Aa]llies)(?!\s+(?:of|from)\b|['’\w])")
#: What may open the sentence before them: "The", "Their", "summit".
_ASSEMBLY_OPENING = re.compile(r"(?:[Tt]he |[Tt]heir )?(?:(?:assembled|summit) )?\Z")  # (not "$", which matches before a paragraph's "\n")


#: A gathering that opens the sentence before its leaders: "At their summit in Kazan on October 23, the leaders ...".
_ASSEMBLY_INTRO = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:At|During) (?:their|the|a|its) [^.;\n]{0,80}?"
                             r"(?:summit|meeting|session|gathering)[^.;\n]{0,60}?, $")


def with_assembly(text: str, mentions: list[Mention], reach: int) -> list[Mention]:
    """`mentions` plus leaders opening a sentence unqualified ("Leaders also adopted ...") as the
    organisation last named before them, in the same paragraph or the one before and within
    `reach`: a summit's leaders act as the body that holds it."""
    if "eaders" not in text and "eads of" not in text and "llies" not in text:
        return mentions  # (a cheap test before the regular expression's scan)
    extra: list[Mention] = []
    ends = [m.end for m in mentions]
    for lead in _ASSEMBLY.finditer(text):
        start = _ASSEMBLY_OPENING.search(text, max(0, lead.start() - 22), lead.start()).start()
        if start and text[start - 1] != "\n" and not (start > 1 and text[start - 1].isspace() and text[start - 2] in ".!?") \
                and not _ASSEMBLY_INTRO.search(text, max(0, start - 160), start):
            continue  # not at the opening of a sentence (or after "At their summit in X on D, ")
        k = bisect_right(ends, start)
        if k < len(mentions) and mentions[k].start < lead.end():
            continue
        lo = paragraph_floor(text, lead.start(), max(0, lead.start() - reach))
        named = next((m for m in reversed(mentions[:k]) if m.kind == "org" and not m.adjectival and m.start >= lo), None)
        body = named.actor if named is not None else lead_org(text, mentions, start)  # else the one body the lead names
        if body is not None:
            extra.append(Mention(start, lead.end(), body, "org", "organ"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


def lead_org(text: str, mentions: list[Mention], before: int) -> str | None:
    """The one organisation the first paragraph names before offset `before`, if it names exactly
    one: what an article about it means by "the leaders" or "applied for membership" further on."""
    stop = PARAGRAPH_BREAK.search(text)
    end = min(stop.start() if stop else len(text), before)
    bodies = {m.actor for m in mentions if m.start < end and m.kind == "org" and not m.adjectival}
    return bodies.pop() if len(bodies) == 1 else None


#: What may stand before a sentence's subject: "On Monday, ", "In 2019, ", "The government of ".
_SUBJECT_OPENING = re.compile(r"(?:(?:On|In|Last|Earlier) [\w ,]{1,30}, )?(?:[Tt]he )?$")


def _topic(text: str, mentions: list[Mention], opening: int) -> str | None:
    """The state that is the subject of the sentence before `opening`, when a state's name
    opens it ("Hungary will withdraw from ...", "On Monday, Hungary said ..."), else None."""
    start = _sentence_before(text, opening)
    first = next((m for m in mentions if m.start >= start), None)
    if first is None or first.kind != "state" or first.adjectival or "|" in first.actor \
            or not _SUBJECT_OPENING.fullmatch(text, start, first.start):
        return None
    return first.actor


#: Heads that fit any state: "the country" names one only where one state alone was named before.
_ANY_STATE = frozenset({"country", "nation", "government"})
_SEAT_AFTER = re.compile(r"\s+(?:in|at|from)\s")
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s+(?:and\s+|but\s+|while\s+|as\s+|when\s+)?(?:(?:in|on|by)\s+[A-Z0-9][\w ]{0,20}?,?\s+)?|^)$")


GROUP_SEPARATOR = "|"
#: "the three countries", "all three governments", "both nations": a number of states named before.
_GROUP_NOUN = re.compile(r"(?=[acdgjnpqst])\b(?:countries|states|nations|governments|juntas|capitals|neighbours|neighbors|allies|powers|(duo|pair|trio|quartet))\b")
#: Nouns that say how many they are: "the trio" is the last list of three states.
_COLLECTIVE = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4}
_GROUP_BEFORE = re.compile(r"\b([Tt]he|[Aa]ll(?: the)?|[Tt]hese|[Tt]hose|[Bb]oth(?: the)?)\s+(?:(two|three|four|five|six)\s+)?"
                           r"(?:(?:[A-Z][a-z]+|[a-z]+-[a-z]+|military|Sahelian|neighbouring|neighboring)\s+){0,2}$")
#: A count _GROUP_BEFORE needs unless the noun gives it ("trio").
_COUNT = re.compile(r"\b(?:two|three|four|five|six|[Bb]oth)\s")
#: A place, not an actor: "a conference in Luxembourg".
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s$")
#: ... unless it sets the scene of its sentence: "In Abuja, the minister hailed ...".
_SCENE = re.compile(r"(?:^|[.!?]\s|\n)In\s$")
#: What may stand between the names of one list: "Mali, Burkina Faso and Niger".
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+)?$")


#: "Both" alone opening a sentence or a clause of time, before its verb: "Both were granted candidate
#: status in June 2022", "..., two years after both were granted candidate status".
_BOTH_ALONE = re.compile(r"\b[Bb]oth(?=\s+(?:were|had|have|are|also|then|later|joined|applied|signed|left|became)\b)")
_BOTH_OPENS = {"B": re.compile(r"(?:^|[.!?]\s)$"), "b": re.compile(r"\b(?:after|before|since|when)\s$")}


def _group_phrases(text: str):
    """Each phrase that names a number of states named before: (where it starts, where its noun
    ends, how many, whether it says "both")."""
    for noun in _GROUP_NOUN.finditer(text):
        if not noun.group(1) and not _COUNT.search(text, max(0, noun.start() - 40), noun.start()):
            continue  # "the countries": no number, no group (a cheap test before _GROUP_BEFORE's search)
        g = _GROUP_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
        if g is None:
            continue
        both = g.group(1)[:4].lower() == "both"
        if noun.group(1):
            size = 0 if g.group(2) else _COLLECTIVE[noun.group(1)]
        else:
            size = _NUMBERS.index(g.group(2).lower()) + 1 if g.group(2) else (2 if both else 0)
        yield g, noun, size, both
    if "oth " in text:  # (a cheap test before the regular expression's scan)
        for alone in _BOTH_ALONE.finditer(text):
            if _BOTH_OPENS[alone.group()[0]].search(text, max(0, alone.start() - 8), alone.start()):
                yield alone, alone, 2, True


#: What opens a list of examples, never a group that acts: "countries such as X and Y".
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|like|including|notably)\s+$")


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one that opens at `at` starts."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    return ends[-2] if len(ends) > 1 else 0


def _named_since(text: str, states: list[Mention], state_ends: list[int], floor: int, at: int) -> list[str]:
    """The distinct states named from `floor` to `at`, not as adjectives nor as places ("a
    conference in Luxembourg"; but a scene opening its sentence, "In Abuja, the minister said", is
    its state)."""
    return list(dict.fromkeys(m.actor for m in states[: bisect_right(state_ends, at)]
                              if m.start >= floor and not m.adjectival
                              and not (_PLACE_BEFORE.search(text, max(0, m.start - 4), m.start)
                                       and not (_SCENE.search(text, 0, m.start) and text.startswith(",", m.end)))))


def with_groups(text: str, mentions: list[Mention], reach: int) -> list[Mention]:
    """`mentions` plus "the three countries" (or "both nations") as one group mention of the
    last list of that many distinct states named within `reach` characters before it."""
    extra: list[Mention] = []
    ends = [m.end for m in mentions]
    states = [m for m in mentions if m.kind == "state"]
    state_ends = [m.end for m in states]
    for g, noun, size, both in _group_phrases(text):
        k = bisect_right(ends, g.start())
        if size < 2 or (k < len(mentions) and mentions[k].start < noun.end()):
            continue  # not a group, or part of a name
        # the last whole list of that many states within reach: "Mali, Burkina Faso and Niger"
        last = bisect_right(state_ends, g.start()) - 1
        # (three or more: a distinctive count, which may reach back to the lead's list: "X, Y and Z left
        # the court on Monday. ... its president regretted the decision of the three states")
        floor = 0 if size >= 3 else g.start() - reach
        while last >= 0 and states[last].start >= floor:
            first = last
            while first > 0 and _LIST_GAP.match(text[states[first - 1].end: states[first].start]):
                first -= 1
            run = states[first: last + 1]
            if len(run) == size and len({m.actor for m in run}) == size \
                    and not _EXAMPLES_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
                extra.append(Mention(g.start(), noun.end(), GROUP_SEPARATOR.join(m.actor for m in run), "state", "group"))
                break
            last = first - 1
        else:
            # "X opened talks, hours after Y did the same. Both countries ...": no list, but only
            # two states named within reach (a place, "in Luxembourg", is not one of them)
            # ("Both" alone: the two of the sentence before it)
            floor = g.start() - reach if noun is not g else _sentence_before(text, g.start())
            named = _named_since(text, states, state_ends, floor, g.start())
            if size == 2 and both and len(named) > 2 and noun is not g:
                # several within reach, two in the two sentences before: "... Ramaphosa said. In Abuja,
                # Finance Minister X hailed the result. Both countries had been placed on the list ..."
                named = _named_since(text, states, state_ends, _sentence_before(text, _sentence_before(text, g.start()) + 1), g.start())
            if size == 2 and both and len(named) == 2:
                extra.append(Mention(g.start(), noun.end(), GROUP_SEPARATOR.join(named), "state", "group"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions
