"""Entity linking: names, aliases, demonyms, capitals, organs and dated office-holders -> ids.

The tables come from the shipped reference data (package `kg.reference`: states.csv,
organizations.csv, organs.csv, leaders.csv); a directory with the same files can stand in for
tests. Surfaces are matched case-sensitively with one Aho-Corasick automaton per gazetteer.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import ahocorasick

from kg.loaders.dates import find_dates


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming an actor."""

    actor: str
    kind: str  # "state" | "org"
    via: str  # name | alias | demonym | capital | organ | leader
    context: str = ""  # "" | "ambiguous" | "eu-context"
    start: dt.date | None = None
    end: dt.date | None = None
    role: str = ""  # a leader's office: head_of_state | head_of_government | foreign_minister | other


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a text: span, id, kind, how it was named, and whether it is only an
    adjective ("Russian oil": a demonym not followed by an agent noun)."""

    start: int
    end: int
    actor: str
    kind: str
    via: str
    adjectival: bool = False


def _base_letter(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


#: Latin letters with diacritics mapped to their base letter, one character for one, so that offsets
#: in a folded text are those of the original.
_FOLD = {ord(ch): _base_letter(ch) for ch in map(chr, range(0xC0, 0x250)) if _base_letter(ch) != ch}


def fold(text: str) -> str:
    """`text` with accented Latin letters replaced by their base letters (same length)."""
    return text.translate(_FOLD)


#: The United Nations opening an epithet, written any of three ways, possessive or not: "the UN's health agency".
_UN_OPENING = re.compile(r"(?:UN|U\.N\.|United Nations)(?:'s|')? ")


def _un_spellings(surface: str) -> set[str]:
    """`surface` and, where it opens with the United Nations ("UN cultural agency"), the same epithet
    opened by each way of writing it: "U.N.", "United Nations", and each as a possessive."""
    if (un := _UN_OPENING.match(surface)) is None:
        return {surface}
    rest = surface[un.end():]
    return {f"{opening} {rest}" for opening in ("UN", "U.N.", "United Nations", "UN's", "U.N.'s", "United Nations'")}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]) if value and value.strip() else None
    except ValueError:
        return None


def _config() -> dict:
    with (files("kg.loaders.patterns") / "actors.toml").open("rb") as fh:
        return tomllib.load(fh)


class Gazetteer:
    """A compiled surface -> actor table with a `find(text, when)` method."""

    def __init__(self, tables: dict[str, list[dict[str, str]]]):
        cfg = _config()
        self._entries: dict[str, list[Entry]] = {}
        self.kinds: dict[str, str] = {}
        for row in tables.get("states", []):
            a = row["id"]
            self.kinds[a] = "state"
            self._add(row.get("name"), Entry(a, "state", "name"))
            self._add(row.get("official_name"), Entry(a, "state", "name"))
            for s in _split(row.get("aliases")):
                self._add(s, Entry(a, "state", "alias"))
            for s in _split(row.get("demonyms")):
                self._add(s, Entry(a, "state", "demonym"))
            for s in _split(row.get("capital")):
                self._add(s, Entry(a, "state", "capital"))
        self.styles: dict[str, set[str]] = {}  # "People's Republic" -> states officially so styled
        for row in tables.get("states", []):
            official, name = (row.get("official_name") or "").strip(), (row.get("name") or "").strip()
            style = official.split(" of ", 1)[0] if " of " in official and official != name else ""
            if style and style[0].isupper() and style not in cfg.get("descriptions", {}).get("style_stop", ()):
                self.styles.setdefault(style, set()).add(row["id"])
        self._seats: dict[str, set[str]] = {}  # a seat -> the organisations seated there ("the Strasbourg-based body")
        for row in tables.get("organizations", []):
            a = row["id"]
            self.kinds[a] = "org"
            if seat := (row.get("seat") or "").strip():
                self._seats.setdefault(seat.lower(), set()).add(a)
            self._add(row.get("name"), Entry(a, "org", "name"))
            self._add(a, Entry(a, "org", "alias"))
            for s in _split(row.get("aliases")):
                self._add(s, Entry(a, "org", "alias"))
        for row in tables.get("organs", []):
            a = row["actor"]
            kind = self.kinds.get(a, "state")
            self._add(row.get("name"), Entry(a, kind, "organ", (row.get("context") or "").strip()))
        self._given: dict[str, set[str]] = {}  # a word of a leader's names -> all the words of those names
        for row in tables.get("leaders", []):
            a = row["state"]
            e = Entry(a, self.kinds.get(a, "state"), "leader", "", _date(row.get("start")), _date(row.get("end")),
                      row.get("role") or "")
            self._add(row.get("name"), e)
            for s in _split(row.get("aliases")):
                self._add(s, e)
            words = {w for full in [row.get("name") or "", *_split(row.get("aliases"))] for w in full.split()}
            for w in words:
                self._given.setdefault(w, set()).update(words)
        for row in tables.get("companies", []):  # "sanctions on Rosneft": a state's firm, named as its target
            e = Entry(row["state"], "state", "company")
            self._add(row.get("name"), e)
            for s in _split(row.get("aliases")):
                self._add(s, e)
        for surface, a in cfg.get("collectives", {}).items():
            context = "ambiguous" if surface in cfg.get("ambiguous_collectives", ()) else ""
            self._add(surface, Entry(a, self.kinds.get(a, "state"), "organ", context))
        for s in cfg.get("stop_surfaces", []):
            self._entries[fold(s)] = []
        self._priority = {v: i for i, v in enumerate(cfg["via_priority"])}
        self.pacts = frozenset(cfg.get("pacts", ()))  # bodies that are themselves agreements
        self.treaty_bodies = frozenset(cfg.get("treaty_bodies", ()))  # bodies whose members are states parties
        self.armed_forces = tuple(fold(n) for n in cfg.get("armed_forces", ()))  # organs that are a state's forces
        self._sizes = [(row["organization"], int(row["members"]), _date(row.get("start")), _date(row.get("end")))
                       for row in tables.get("member_counts", [])]
        self._roll: dict[str, list[tuple[str, str, str]]] = {}
        for row in tables.get("memberships", []):
            self._roll.setdefault(row["organization"], []).append((row["date"], row["member"], row["action"]))
        from kg.loaders.descriptions import Words
        desc = cfg.get("descriptions", {})
        self._styles = Words(self.styles)
        self._only = {head: frozenset(ids) for head, ids in desc.get("only", {}).items()}
        heads = [*desc.get("org_heads", []), *self._only]
        self._org_heads = Words([*heads, *(h.capitalize() for h in heads)])  # "the Forum adopted ..."
        self._regions = {name: frozenset(ids) for name, ids in cfg.get("regions", {}).items()}
        self._kinds = {head: frozenset(ids) for head, ids in cfg.get("kinds", {}).items()}
        self._state_heads = Words([*desc.get("state_heads", []), *self._kinds])
        self._reach = int(desc.get("reach", 300))
        from kg.loaders.organs import bare_organs
        bare = cfg.get("organs", {}).get("bare", [])
        self._organs = bare_organs(bare) if bare else None
        nouns = sorted(cfg["agent_nouns"], key=len, reverse=True)
        # (agent nouns may stack or be coordinated: "the Chinese foreign ministry spokesman", "Indian missiles and drones")
        # (a model may stand before the noun: "American B-2 bombers", "Israeli F-35 jets")
        # (a department or ministry by its full name: "the U.S. Department of Defense", "the Chinese Ministry of Commerce")
        self._agent = re.compile(r"(?:\s+(?:and\s+)?(?:(?-i:[A-Z][A-Za-z]*-?\d+[A-Za-z]*)\s+)?(?:%s))\b"
                                 r"(?:(?:(?<=department)|(?<=ministry))\s+of\s+(?:the\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?:and\s+)?(?-i:[A-Z][a-z]+)){0,2}\b)?"
                                 % "|".join(re.escape(n) for n in nouns), re.IGNORECASE)
        self._auto = ahocorasick.Automaton()
        for surface in self._entries:
            self._auto.add_word(surface, surface)
        if len(self._auto):
            self._auto.make_automaton()

    def _add(self, surface: str | None, entry: Entry) -> None:
        surface = (surface or "").strip()
        if len(surface) < 2:
            return
        variants = {v for u in _un_spellings(surface) for v in (u, u.replace("'", "\u2019"))}
        if surface.startswith("the "):  # "the Commonwealth" also opens a sentence
            variants |= {"T" + v[1:] for v in variants}
        for s in {fold(v) for v in variants}:  # "Brasília" and "Brasilia", "Erdoğan" and "Erdogan" alike
            bucket = self._entries.setdefault(s, [])
            if entry not in bucket:
                bucket.append(entry)

    def term_start(self, name: str, when: dt.date) -> dt.date | None:
        """The day the latest term in office of the leader called `name` began, on or before `when`
        (None for a name that is no leader's)."""
        starts = [e.start for e in self._entries.get(fold(name.strip()), ()) if e.via == "leader" and e.start and e.start <= when]
        return max(starts, default=None)

    def kind(self, actor: str) -> str | None:
        """'state' or 'org' for a known id, else None."""
        return self.kinds.get(actor)

    def find(self, text: str, when: dt.date | None = None) -> list[Mention]:
        """Non-overlapping actor mentions in `text`, leftmost-longest, in textual order.

        `when` dates office-holders: a leader's name maps to the state only within the term.
        Organs marked 'ambiguous' need an unambiguous mention of the same actor elsewhere in
        the text; 'eu-context' organs need the EU to be named.
        """
        if not len(self._auto):
            return []
        raw: list[tuple[int, int, str]] = []
        for end, surface in self._auto.iter(fold(text)):
            start = end - len(surface) + 1
            if any(e.via == "capital" for e in self._entries[surface]) and _as_place(text, start, end + 1):
                continue
            if text.startswith("+", end + 1):
                continue  # "OPEC+", the wider alliance: not the body itself
            if _bounded(text, start, end + 1) or (
                    _RUNNING_MATE.match(text, end + 1) and _bounded(text[: end + 1], start, end + 1)
                    and any(e.via == "leader" for e in self._entries[surface])):
                raw.append((start, end + 1, surface))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        chosen: list[tuple[int, int, Entry]] = []
        last_end = -1
        for start, end, surface in raw:
            if start < last_end:
                if chosen and chosen[-1][1] == last_end and end > last_end and end - start > last_end - chosen[-1][0]:
                    # "the Commonwealth of Independent States": a longer name that starts inside a
                    # shorter one ("the Commonwealth") is the name meant
                    entry = self._choose(self._entries[surface], when)
                    if entry is not None:
                        chosen[-1] = (start, end, entry)
                        last_end = end
                    elif not self._entries[surface]:
                        chosen.pop()  # "the South American country": a stop surface, no "the South"
                        last_end = end
                continue
            # "then prime minister X": a past term, whichever it was
            entry = self._choose(self._entries[surface], None if _THEN.search(text, max(0, start - 40), start) else when)
            if entry is None and any(e.via == "leader" for e in self._entries[surface]):
                # "the strategy adopted by Fumio Kishida's cabinet on December 16, 2022": the
                # leader's term is read against the day the sentence tells, too
                entry = next((found for day in _days_told(text, start, end, when)
                              if (found := self._choose(self._entries[surface], day)) is not None), None)
            if entry is None:
                last_end = end  # a leader out of term is still a person: "Israel" in "Israel Katz" is no state
                continue
            if entry.via == "leader" and " " not in surface and (given := _GIVEN_NAME.search(text, max(0, start - 20), start)) \
                    and not _TITLE_WORD.fullmatch(given.group(1)) and given.group(1) not in self._given.get(text[start:end], ()):
                last_end = end  # "Francesca Albanese": a family name with another given name is another person
                continue
            chosen.append((start, end, entry))
            last_end = end
        plain = {e.actor for _, _, e in chosen if not e.context}
        out: list[Mention] = []
        for start, end, e in chosen:
            if out and start < out[-1].end:
                continue  # "German Foreign Office": within the agent nouns the mention before took in
            if e.context == "ambiguous" and e.actor not in plain:
                continue
            # "Brussels" is the EU where the EU is named, or where it acts (not "in Brussels").
            if e.context == "eu-context" and "EU" not in plain and LOCATIVE.search(text, 0, start):
                continue
            if e.kind == "org" and _OWN_BODY.match(text, end):
                continue  # "the UN Food and Agriculture Organization": a body of its own, not the UN
            if e.kind == "org" and _ENVOY_TO.match(text, end) and _POSSESSOR.search(text, max(0, start - 30), start):
                continue  # "Israel ..., with its UN ambassador, thanking ...": the possessor's envoy to the body
            if e.via == "leader" and _FORMER.search(text, max(0, start - 40), start) and not _NOW.match(text, end):
                continue  # "former president X said": a private person, not the state (but "X, now deputy head of ...")
            if e.via == "leader" and (pair := _RUNNING_MATE.match(text, end)):
                end = pair.end()  # "the Biden-Harris administration": a ticket names the leader's office
            if e.kind == "org" and (described := _GROUP_DESCRIBED.match(text, end)):
                end = described.end()  # "the BRICS group of emerging economies on Thursday invited": one subject
            m = self._agent.match(text, end) if e.via != "company" else None
            agent = m is not None
            while m:  # "the Chinese foreign ministry spokesman": agent nouns may stack
                end = m.end()
                m = self._agent.match(text, end)
            if agent and _TITLE_END.search(text, start, end) and (person := _PERSON.match(text, end)) and not any(
                    person.start() < a < person.end() for a, _, _ in chosen):
                end = person.end()  # "Honduran President Xiomara Castro": the office-holder, named
            # a firm, like a demonym before a noun, names what an act targets, never who acts
            out.append(Mention(start, end, e.actor, e.kind, e.via, (e.via == "demonym" and not agent) or e.via == "company"))
        holders = [(start, e.actor, e.role) for start, _, e in chosen if e.via == "leader" and e.role in _OFFICE_ROLES
                   and not _MONARCH_TITLE.search(text, max(0, start - 15), start)]
        return _with_office_held(_with_officials(_merge(out, text), text), text, holders)

    def with_home(self, text: str, when: dt.date | None, mentions: list[Mention]) -> list[Mention]:
        """`mentions` plus "the government" read as the state of the dateline's city
        ("LONDON - The government's review ..."), where the text opens with such a dateline."""
        from kg.loaders.organs import scene_of
        from kg.loaders.sentences import SENTENCE_END
        home = self.home(text, when)
        if home is None:
            return mentions
        taken = [(x.start, x.end) for x in mentions]
        # (not where a scene names it: "In Rabat, the government hailed ...", which with_organs reads)
        extra = [Mention(h.start(), h.end(), home, "state", "organ") for h in _HOME.finditer(text)
                 if not any(a < h.end() and h.start() < b for a, b in taken)
                 and scene_of(text, mentions, h.start(),
                              max((e.end() for e in SENTENCE_END.finditer(text, 0, h.start())), default=0)) is None]
        return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions

    def home(self, text: str, when: dt.date | None) -> str | None:
        """The state of the dateline's city that opens `text` ("LONDON - ..."), else None."""
        m = DATELINE.match(text)
        home = [x for x in self.find(m["city"].title(), when) if x.kind == "state"] if m else []
        return home[0].actor if len(home) == 1 else None

    def with_organs(self, text: str, when: dt.date | None, mentions: list[Mention], blocked) -> list[Mention]:
        """`mentions` plus organs named without their state ("the Foreign Ministry"), read as the
        state last named as an actor in the paragraph; see kg.loaders.organs."""
        from kg.loaders.organs import with_organs
        return with_organs(text, mentions, self._organs, blocked, self.home(text, when)) if self._organs else mentions

    def with_descriptions(self, text: str, mentions: list[Mention], when: dt.date | None = None) -> list[Mention]:
        """`mentions` plus descriptive references to actors named before ("the Islamic Republic",
        "the regional bloc"); see kg.loaders.descriptions."""
        from kg.loaders.descriptions import with_assembly, with_descriptions, with_groups
        mentions = with_groups(text, mentions, 3 * self._reach)  # a numbered group is distinctive: it may look further
        mentions = with_assembly(text, mentions, self._reach)
        return with_descriptions(text, mentions, self.styles, self._styles, self._org_heads, self._reach,
                                 lambda n: self.sized(n, when), self._only, self._state_heads,
                                 self._regions, self._kinds, lambda place: self._seats.get(place.lower(), set()))

    def body_of(self, actors: list[str], when: dt.date | None) -> str | None:
        """The organisation whose whole membership on `when` is exactly `actors` (three or more),
        where the reference lists all its members: the leaders of Australia, India, Japan and the
        United States meeting together are the Quad."""
        group = set(actors)
        if len(group) < 3:
            return None
        day = when.isoformat() if when else "9999-12-31"
        for org, n, start, end in self._sizes:
            if n != len(group) or not _within(start, end, when):
                continue
            members: set[str] = set()
            for date, member, action in sorted(self._roll.get(org, ())):
                if date > day:
                    break
                if action in ("joined", "readmitted"):
                    members.add(member)
                elif action in ("left", "suspended"):
                    members.discard(member)
            if members == group:
                return org
        return None

    def sized(self, members: int, when: dt.date | None) -> str | None:
        """The one organisation that had `members` members on `when` (at any time, when None):
        "the 27-nation bloc" is the EU in 2025. None when no organisation, or several, had it."""
        found = {org for org, n, start, end in self._sizes if n == members and _within(start, end, when)}
        return found.pop() if len(found) == 1 else None

    def ever_sized(self, org: str | None, members: int) -> bool:
        """Whether the reference gives `org` exactly `members` members at some time: who "became
        the 31st member" joined a body that reached 31."""
        return any(o == org and n == members for o, n, _, _ in self._sizes)

    def with_anaphora(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`mentions` plus "the court" read as the organisation last named by a name ending in
        that noun ("the International Criminal Court ... The court condemned ...")."""
        named = [(m, text[m.start:m.end].split()) for m in mentions if m.kind == "org" and m.via != "demonym"]
        heads = [(m, w[-1].lower()) for m, w in named if len(w) > 1 and w[-1].lower() in _HEAD_NOUNS]
        # ... or by the last word of its name when its officials follow: "Arab League foreign ministers"
        heads += [(m, caps[-1].lower()) for m, w in named if w[-1].lower() not in _HEAD_NOUNS
                  and len(caps := [x for x in w if x[:1].isupper()]) > 1 and caps[-1].lower() in _HEAD_NOUNS]
        heads.sort(key=lambda h: h[0].start)
        if not heads:
            return mentions
        taken = [(x.start, x.end) for x in mentions]
        extra = []
        for h in _DEFINITE.finditer(text):
            noun = h.group(1).lower().split()[-1]  # "the task force": the Financial Action Task Force
            before = [m for m, head in heads if head == noun and m.end <= h.start()]
            if before and not any(a < h.end(1) and h.start(1) < b for a, b in taken):
                m = before[-1]
                extra.append(Mention(h.start(1), h.end(1), m.actor, m.kind, "organ"))
        # "the court's Assembly of States Parties": one actor, as when named ("the ICC's Assembly")
        return _merge(sorted(mentions + extra, key=lambda x: x.start), text) if extra else mentions

    def _choose(self, entries: list[Entry], when: dt.date | None) -> Entry | None:
        live = [e for e in entries if e.via != "leader" or _in_term(e, when)]
        if not live:
            return None
        if (serving := [e for e in live if e.via == "leader" and _within(e.start, e.end, when)]) and len(serving) < len(
                [e for e in live if e.via == "leader"]):
            # a foreign minister who has just become a body's chair speaks for the body, not for the
            # state whose office he left weeks ago
            live = [e for e in live if e.via != "leader" or e in serving]
        if len({e.actor for e in live}) > 1:
            best = min(self._priority.get(e.via, 9) for e in live)
            live = [e for e in live if self._priority.get(e.via, 9) == best]
            if len({e.actor for e in live}) > 1:
                return None
        return min(live, key=lambda e: self._priority.get(e.via, 9))


#: A dateline that opens a text, its city and perhaps its day: "LONDON - ", "UNITED NATIONS, March 28 (Wire) - ".
DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z.'\- ]{2,30}?)(?:,\s(?P<day>[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}))?(?:\s*\([^)]{1,20}\))?\s+[-\u2013\u2014]\s")
#: A capitalised name after a body's name that makes another body of it: "UN Food and Agriculture
#: Organization", "UN Development Programme" (not "UN Security Council", an organ of the UN).
_OWN_BODY = re.compile(r"(?:\s+(?:[A-Z][\w\-]*|and|for|of|on|the)){1,6}?\s+(?:Organi[sz]ation|Agency|Fund|Programme|Program)\b")
#: What a group's name may carry as its description: "the BRICS group of emerging economies", "the Group of
#: Seven industrialised nations", "the OPEC+ group of oil producers".
_GROUP_DESCRIBED = re.compile(r"(?:\s+(?:group|bloc|club|grouping|forum))?\s+(?:of\s+(?:the\s+(?:world['’]s\s+)?)?)?"
                              r"(?:(?:major|leading|large|big|biggest|largest|rich|richest|wealthy|wealthiest|advanced|emerging|"
                              r"developing|industriali[sz]ed|industrial|democratic|oil|[a-z]+-(?:producing|exporting))\s+){1,3}"
                              r"(?:economies|nations|countries|states|democracies|producers|exporters|powers|markets)\b")
_FORMER = re.compile(r"\b[Ff]ormer (?:[\w\-]+,? ){0,3}$")
_NOW = re.compile(r",\s+now\b")
#: An envoy's title after a body's name, and a possessive pronoun before it: "its UN ambassador" ("Israel's
#: UN ambassador" is read through the state's possessive).
_ENVOY_TO = re.compile(r"\s+(?:ambassador|envoy|representative|mission|delegation)\b", re.IGNORECASE)
_POSSESSOR = re.compile(r"\b(?:its|their|his|her)\s+$")
#: A capitalised word right before a family name: a given name ("Francesca Albanese"), or a title.
_GIVEN_NAME = re.compile(r"(?<![\w\-'’])((?-i:[A-Z][a-zà-ÿ]+)) $")
_TITLE_WORD = re.compile(r"President|Minister|Premier|Chancellor|King|Queen|Emperor|Secretary|Leader|Sheikh|Prince|General|"
                         r"Mr|Mrs|Ms|Dr|Senator|Governor|Speaker|Chairman|Chair|Commissioner|Ambassador|Envoy|Counsellor|"
                         r"Said|Says|Told|Tells|When|While|After|Before|Since|As|But|And|For|With|Then|Meanwhile|Also|Under|By|"
                         r"From|To|On|In|At|Of|The|Sir|Lord|Dame|Madam|Mme|Monsieur|Herr|Frau|Comrade|Marshal|Tsar|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|Today|Yesterday|Tonight|"
                         # a sentence's opening word: "Whether Maduro will oblige is another matter"
                         r"Whether|If|Although|Though|Because|Once|Until|Unless|Why|How|What|Where|Who|Even|Yet|Both|"
                         r"Neither|Nor|Does|Did|Do|Can|Could|Will|Would|Should|Is|Was|Has|Had")
#: "then prime minister X": a past term, whichever it was.
_THEN = re.compile(r"\b[Tt]hen[ \-](?:[\w\-]+,? ){0,3}$")
_HOME = re.compile(r"\b[Tt]he (?:government|cabinet)(?!\s+(?:of|in|at|from)\b)")


_HEAD_NOUNS = frozenset({"court", "council", "union", "organisation", "organization", "agency", "alliance",
                         "fund", "bank", "assembly", "commission", "tribunal", "community", "forum", "league",
                         "force"})
_DEFINITE = re.compile(r"\b[Tt]he ([Cc]ourt|[Cc]ouncil|[Uu]nion|[Oo]rgani[sz]ation|[Aa]gency|[Aa]lliance|[Ff]und|[Bb]ank|"
                       r"[Aa]ssembly|[Cc]ommission|[Tt]ribunal|[Cc]ommunity|[Ff]orum|[Ll]eague|[Tt]ask [Ff]orce)\b(?!\s+(?:of|for|on)\b)")
#: Words before a place named as a place, not as the actor seated there: "talks in Brussels".
LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|via|outside|inside|around|through|visits?|visited|visiting)\s+(?:the\s+)?$", re.I)


#: How long after a term's end the holder's name still stands for the state: news reports an
#: outgoing leader's last acts for weeks ("Biden's decision ..., undone on Monday").
TERM_GRACE = dt.timedelta(days=90)


def _days_told(text: str, start: int, end: int, when: dt.date | None = None) -> list[dt.date]:
    """The first and last day of each date in the sentence around text[start:end]: with its year,
    or resolved against `when`, the publication date ("sanctioned X on January 10")."""
    opens = text.rfind(". ", 0, start) + 1
    closes = text.find(". ", end)
    days = []
    for d in find_dates(text[opens:closes if closes >= 0 else len(text)]):
        value = d.resolve(None) if d.absolute else d.resolve(when) if when else None
        if value:
            y, m, day = (int(x) for x in (value + "-00-00")[:10].split("-"))
            first = dt.date(y, m or 1, day or 1)
            last = first if day else dt.date(y, m, 28) if m else dt.date(y, 12, 31)
            days += [first, last]
    return days


def _in_term(e: Entry, when: dt.date | None) -> bool:
    return _within(e.start, e.end + TERM_GRACE if e.end else None, when)


def _within(start: dt.date | None, end: dt.date | None, when: dt.date | None) -> bool:
    """Whether `when` falls in the period from `start` to `end` (open where None); any
    period holds an unknown date."""
    return when is None or ((start is None or start <= when) and (end is None or when <= end))


#: A leader's running mate before the office's noun: "the Biden-Harris administration".
_RUNNING_MATE = re.compile(r"-[A-Z][\w'’]+(?=\s+(?:administration|government|cabinet)\b)")
_COMPOUND = re.compile(r"-(?:led|backed|brokered|drafted|sponsored|related|allied|aligned|based|registered|owned|flagged|controlled|made|built|produced|manufactured)\b")


def _bounded(text: str, start: int, end: int) -> bool:
    if start > 0:
        c = text[start - 1]
        if c.isalnum() or c in "-_@#/":
            return False
    if end < len(text):
        c = text[end]
        if c == "-" and _COMPOUND.match(text, end):
            return True  # "Saudi-led", "Iran-backed": the name still names the actor
        if c.isalnum() or c in "-_":
            return False
    return True


_TITLES = re.compile(r"\s*(?:(?:President|Prime Minister|Premier|Chancellor|King|Emperor|Foreign Minister|Secretary of State|Secretary|Minister|Supreme Leader|Leader|Sheikh|Crown Prince|General|Gen\.)\s*)*")
#: A title that ends an actor's mention, and the name of its holder after it.
_TITLE_END = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Defen[cs]e Minister|Minister|Emir|King|Crown Prince|"
                        r"Secretary(?: of State)?)$")
_PERSON = re.compile(r" [A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž][\w\-'’]*(?:(?: (?:de|da|dos|del|la|le|van|von|bin|al|el|di|du))? "
                     r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž][\w\-'’]*){0,2}(?![\w\-])")
_OWNER = re.compile(r"['’]s\s+")
#: A state's own leader after its possessive: "Paraguay's Santiago Peña", "Brazil's President Lula".
_OWN_LEADER = re.compile(r"['’]s\s+" + _TITLES.pattern)
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")


#: What a place names when it opens a title: "the Washington Summit Declaration", "the Minsk Agreements",
#: "the New Delhi Leaders' Declaration".
_TITLED_AFTER = re.compile(r" (?:Leaders['’] )?(?:Summit|Declaration|Treaty|Accords?|Agreements?|Consensus|Protocol|Convention|Charter|Process|Format|Communiqu[eé])\b")
#: A gathering a capital names as its place, after an article ("the Paris plenary", "a Brussels summit") or
#: after the gathering ("at the same plenary in Paris").
_GATHERINGS = r"(?:summit|plenary|meeting|talks|session|conference|ministerial|gathering)"
_GATHERING_AFTER = re.compile(rf" {_GATHERINGS}\b")
_GATHERING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ll]ast) $")
_GATHERING_IN = re.compile(rf"\b{_GATHERINGS}s? (?:in|at) $")


def _as_place(text: str, start: int, end: int) -> bool:
    """Whether the capital at text[start:end] names a place, not its state: "the Paris-based watchdog", "the
    Washington Summit Declaration", "the Paris plenary", "at the same plenary in Paris" (only the few words
    around the name are read)."""
    return bool(text.startswith("-based", end) or _TITLED_AFTER.match(text, end)
                or (_GATHERING_AFTER.match(text, end) and _GATHERING_BEFORE.search(text, max(0, start - 8), start))
                or _GATHERING_IN.search(text, max(0, start - 24), start))


#: A state office and its holder's name after the state's demonym: "Brazilian Supreme Court Justice
#: Alexandre de Moraes", "Georgian Interior Minister Vakhtang Gomelauri".
_OFFICE_NAMED = re.compile(
    r"(?: (?:[A-Z][a-z]+|of|the))*? (?:President|Vice President|Prime Minister|Premier|Chancellor|Minister|[Jj]ustice|[Jj]udge|"
    r"General|Admiral|[Aa]mbassador|Speaker|Governor|Secretary|[Pp]rosecutor|Commander|Chief)"
    r"(?P<name>(?: (?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž][\w\-'’]*|de|da|dos|del|la|van|von|bin|al|el)){1,4})(?![\w\-])")


#: A name whose family name comes first, before a hyphenated or split given name: "Lee Jae-myung",
#: "Kim Jong Un".
_FAMILY_FIRST = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z][a-z]+-[a-z]+|[A-Z][a-z]+ [A-Z][a-z]{1,2})$")
#: States whose people's names put the family name first, in English too: "Wang Yi", then "Wang".
_FAMILY_FIRST_STATES = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM"})
#: Capitalised words that open a sentence or a date, never a person's name.
_NOT_A_NAME = (r"(?!(?:In|On|At|By|For|From|After|Before|Since|During|Last|This|Next|When|While|The|An?|And|But|Under|Over|"
               r"January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
#: A person's name of two to four words: "Yusuf Tuggar", "Alexandre de Moraes".
_PERSON_NAME = r"(?-i:[A-Z][\w\-'’]+)(?: (?:(?-i:[A-Z][\w\-'’]+)|de|da|bin|al|van|von)){1,3}"
#: A person named, then described by the state that follows: "Bidzina Ivanishvili, the billionaire founder
#: of " (then "Georgian Dream"); not a document or a body ("National Security Strategy, posted on the").
_DESCRIBED_BEFORE = re.compile(r"(?<![\w\-'’])(?P<name>" + _NOT_A_NAME +
                               r"(?!(?:[A-Z][\w\-'’]+ ){1,3}(?:Strategy|Review|Doctrine|Concept|Paper|Report|Assessment|Declaration|"
                               r"Act|Order|Law|Plan|Programme|Program|Agreement|Treaty|Charter|Council|Committee|Agency|Ministry),)"
                               + _PERSON_NAME + r"), (?:the |a |an )?(?!(?:the|a|an) )(?:[a-z][\w\-]* ){1,5}?(?:(?:of|in|from|for|at) (?:the )?)?"
                               # (the state's leader by title: "the minister who runs Prime Minister X's office")
                               r"(?:(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince) )?$")
#: A person named, then as holder of an office of the state that follows: "Yusuf Tuggar, " (then
#: "Nigeria's foreign minister,").
_HOLDER_BEFORE = re.compile(r"(?<![\w\-'’])(?P<name>" + _NOT_A_NAME + _PERSON_NAME + r"), (?:the )?$")
#: Officers named in the plural after their state's demonym, then their names: "Israeli ministers X and Y".
_OFFICERS = re.compile(r"\b(?:ministers|officials|generals|judges|commanders)$")
#: An office of the state just named: "'s foreign minister", "'s UN envoy".
_OFFICE_WORDS = (r"['’]s (?:(?:top|chief|new|acting|deputy|foreign|defen[cs]e|finance|trade|interior|prime|UN|EU) ){0,3}"
                 r"(?:minister|spokes(?:man|woman|person)|diplomat|envoy|ambassador|president|secretary|adviser|advisor|chief)")
_OFFICE_AFTER = re.compile(_OFFICE_WORDS + r"\b")
#: ... its holder's name in apposition: "'s foreign minister, Asaad al-Shaibani,".
_OFFICE_OF = re.compile(_OFFICE_WORDS + r"(?: (?:and|to the) [a-z ]{3,30})?, (?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+|al-[A-Z][\w\-'’]+)"
                        r"(?: (?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+|al-[A-Z][\w\-'’]+|de|da|dos|del|la|van|von|bin|al|el)){1,3}),")
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+(?: (?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+|de|da|dos|del|la|van|von|bin|al|el)){1,3}"
_NAMES = re.compile(rf" {_NAME}(?:(?:,|,? and) {_NAME}){{1,4}}(?![\w\-])")


def _with_officials(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions`, a demonym before an office and its holder's name taken as that official
    ("Brazilian Supreme Court Justice Alexandre de Moraes"), and the holder's later mentions by
    name ("Moraes", "Alexandre de Moraes"), or an office-holder's by surname ("Gideon Saar", then
    "Saar"), added as the same state's."""
    names: dict[str, tuple[Mention, int]] = {}  # a name -> the state's mention, and where its introduction ends
    described: set[str] = set()  # names of people only described by their state: later, targets, never actors
    out = []
    for m in mentions:
        held, told = [], m.end
        if m.kind == "state" and (person := _DESCRIBED_BEFORE.search(text, max(0, m.start - 120), m.start)):
            # "Bidzina Ivanishvili, the billionaire founder of Georgian Dream", then "Ivanishvili"
            parts = person.group("name").split()
            for full in (" ".join(parts), " ".join(parts[-2:]), parts[-1]):
                if full not in names:
                    names[full] = (m, m.end)
                    described.add(full)
        if m.via == "demonym" and m.adjectival and (office := _OFFICE_NAMED.match(text, m.end)):
            m = Mention(m.start, office.end(), m.actor, m.kind, "official")
            held, told = [office.group("name")], m.end
        elif m.via == "demonym" and _OFFICERS.search(text, m.start, m.end) and (listed := _NAMES.match(text, m.end)):
            held, told = re.split(r",? and |, ", listed.group().strip()), listed.end()  # "Israeli ministers X and Y"
        elif m.via == "leader" and (family := _FAMILY_FIRST.search(text, m.start, m.end)):
            held = [family.group(1)]  # "President Lee Jae-myung", then "Lee": a family name told first
        elif m.via == "leader" and len(text[m.start: m.end].split()) >= 2:
            held = [text[m.start: m.end]]  # "Foreign Minister Gideon Saar", then "Saar"
        elif m.kind == "state" and not m.adjectival and _OFFICE_AFTER.match(text, m.end) and (
                holder := _HOLDER_BEFORE.search(text, max(0, m.start - 60), m.start)):
            held = [holder.group("name")]  # "Yusuf Tuggar, Nigeria's foreign minister,", then "Tuggar"
        elif m.kind == "state" and not m.adjectival and (office := _OFFICE_OF.match(text, m.end)):
            held, told = [office.group("name")], office.end()  # "Syria's foreign minister, Asaad al-Shaibani,", then "al-Shaibani"
        for full in (h.strip() for h in held):
            names.setdefault(full, (m, told))
            if (last := full.split()[-1]) and last[0].isupper():
                names.setdefault(last, (m, told))
            if m.actor in _FAMILY_FIRST_STATES and len(parts := full.split()) == 2:
                names.setdefault(parts[0], (m, told))  # "Foreign Minister Wang Yi", then "Wang"
        out.append(m)
    titled = [(m, title.lower()) for m in out if m.via == "leader" and (title := _holder_title(text, m))]
    if not names and not titled:
        return out
    taken = [(m.start, m.end) for m in out]
    extra = []
    for hit in _TITLE_ALONE.finditer(text) if titled else ():
        # "Crown Prince Mohammed bin Salman ... The crown prince thanked ...": the one holder named before
        told = {m.actor for m, title in titled if m.end <= hit.start() and title == hit.group(1).lower()}
        if len(told) == 1 and not any(a < hit.end() and hit.start() < b for a, b in taken):
            extra.append(Mention(hit.start(1), hit.end(1), told.pop(), "state", "official"))
            taken.append(hit.span())
    for hit in re.finditer(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w\-])", text) if names else ():
        first, told = names[hit.group()]
        if hit.start() >= told and not any(a < hit.end() and hit.start() < b for a, b in taken):
            extra.append(Mention(hit.start(), hit.end(), first.actor, first.kind, "official", hit.group() in described))
            taken.append(hit.span())
    return sorted(out + extra, key=lambda x: x.start) if extra else out


#: A title one office-holder bears in a state, named with the holder ("Crown Prince Mohammed bin Salman"), and
#: the title alone that names the holder again ("The crown prince thanked ...").
_ONE_HOLDER_TITLE = re.compile(r"(Crown Prince|Emir|King|Queen|Sultan|Supreme Leader|Chancellor)\s+")
_TITLE_ALONE = re.compile(r"\b[Tt]he ((?i:crown prince|emir|king|queen|sultan|supreme leader|chancellor))\b(?!['’]s\s+(?:[a-z]+\s+)?of\b| of\b)")


#: An office named alone ("The president signed ..."), and the leader's role that holds it.
_OFFICE_ALONE = re.compile(r"(?<![Vv]ice )(?<![Vv]ice-)\b[Tt]he (president|prime minister)\b(?![\-\w]| of\b|['’]s\s+(?:[a-z]+\s+)?of\b)")
_OFFICE_ROLES = {"head_of_state": "president", "head_of_government": "prime minister"}
_MONARCH_TITLE = re.compile(r"\b(?:King|Queen|Emir|Sultan|Sheikh|Crown Prince|Prince)\s+$")


def _with_office_held(mentions: list[Mention], text: str, holders: list[tuple[int, str, str]]) -> list[Mention]:
    """`mentions` plus "the president" or "the prime minister" read as the state of the one holder
    of that office the text named before ("Donald Trump ... The president signed ..."); where
    several were named, the office alone is left unread."""
    if not holders:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for hit in _OFFICE_ALONE.finditer(text):
        office = hit.group(1).lower()
        told = {actor for start, actor, role in holders if start < hit.start() and _OFFICE_ROLES[role] == office}
        if len(told) == 1 and not any(a < hit.end() and hit.start() < b for a, b in taken):
            extra.append(Mention(hit.start(1), hit.end(1), told.pop(), "state", "official"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


def _holder_title(text: str, m: Mention) -> str | None:
    """The title one holder alone bears that a leader's mention opens with or follows, else None."""
    title = _ONE_HOLDER_TITLE.match(text, m.start, m.end) or next(
        (t for t in _ONE_HOLDER_TITLE.finditer(text, max(0, m.start - 20), m.start) if t.end() == m.start), None)
    return title.group(1) if title else None


#: An envoy's title that ends a body's mention: "UN ambassador", "EU envoy", "NATO mission".
_ENVOY_END = re.compile(r"\b(?:ambassador|envoy|representative|mission|delegation|delegate)s?$", re.IGNORECASE)


def _merge(mentions: list[Mention], text: str) -> list[Mention]:
    """Join neighbours naming the same actor ("U.S. President Donald Trump")."""
    out: list[Mention] = []
    for m in mentions:
        if (out and out[-1].kind == "state" and m.kind == "org" and _OWNER.fullmatch(text[out[-1].end:m.start])
                and _ENVOY_END.search(text, m.start, m.end)):
            prev = out.pop()  # "Israel's UN ambassador": the state's envoy to the body speaks for the state
            out.append(Mention(prev.start, m.end, prev.actor, prev.kind, prev.via))
            continue
        if (out and out[-1].kind == "state" and m.via == "organ" and out[-1].actor != m.actor
                and (_OWNER.fullmatch(gap := text[out[-1].end:m.start]) or (out[-1].adjectival and gap == " "))):
            # "Islamabad's Foreign Office", "Russia's Security Council", "the Armenian Security
            # Council": an organ's common name, owned by the state before it (not the UN's)
            prev = out.pop()
            out.append(Mention(prev.start, m.end, prev.actor, prev.kind, prev.via))
            continue
        if out and out[-1].actor == m.actor:
            gap = text[out[-1].end:m.start]
            # "the African Union's Peace and Security Council", "the Council of the Union": one actor
            organ = (m.via == "organ" and _OWNER.fullmatch(gap)) or (out[-1].via == "organ" and _PART_OF.fullmatch(gap))
            place = out[-1].via == "capital" and LOCATIVE.search(text, max(0, out[-1].start - 20), out[-1].start)
            if (organ or _TITLES.fullmatch(gap) or (m.via == "leader" and _OWN_LEADER.fullmatch(gap))) and not place:
                # (not "in Bogotá President X": the capital is where X spoke, X the one who acts)
                prev = out.pop()
                m = Mention(prev.start, m.end, m.actor, m.kind,
                            prev.via if prev.via != "demonym" else m.via, prev.adjectival and m.adjectival)
        out.append(m)
    return out


TABLES = ("states", "organizations", "organs", "leaders", "member_counts", "memberships", "companies")


def read_tables(directory: str | Path | None = None) -> dict[str, list[dict[str, str]]]:
    """The reference CSVs as row lists, from `directory` or the shipped `kg.reference` package.
    Missing files give empty tables."""
    base = Path(directory) if directory is not None else files("kg.reference")
    tables: dict[str, list[dict[str, str]]] = {}
    for name in TABLES:
        resource = base / f"{name}.csv"
        try:
            with resource.open(encoding="utf-8", newline="") as fh:
                tables[name] = list(csv.DictReader(fh))
        except (FileNotFoundError, OSError):
            tables[name] = []
    return tables


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer over the shipped reference data, built once per process."""
    return Gazetteer(read_tables())
