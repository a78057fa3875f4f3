"""Finding the subject of a trigger to its left, and the cue checks that veto a fact.

The subject is the nearest actor (or list of actors) left of the trigger that is not governed
by a preposition and is joined to the trigger by one of the links in grammar.toml (adjacent,
via an apposition or relative clause, or "X said it will ..."). Failing that, a trigger after
"and"/"that"/"which" inherits the subject of the previous fact in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.masking import TOKEN, Masked
from kg.loaders.rules import Rules, expand

_LIST = None
_ACTOR_END = re.compile(r"⟦[soj]\d+⟧[,\s]*$")
# "... to the UK and describes China as ...": a finite verb right after "and" coordinates clauses.
_FINITE = re.compile(r"[a-z]+(?:s|ed)\b")
#: A relative clause set off by commas: "Ghana, which joined the AU in 1963, ...".
ASIDE = re.compile(r",\s(?:(?:on|in|from|to|onto|under|by|after|during)\s+which|which|who|whose|where)\s[^,;]*,")
#: A description set off by commas: "X condemned the attack on Y, the largest American base in the
#: region, calling it ..." (an actor inside it modifies a noun; it is no subject).
_DESCRIPTION = re.compile(r",\s(?:the|a|an)\s(?!(?:day|week|month|year|decade|fortnight|few|couple)s?\s)(?-i:[a-z])"
                          r"(?:(?!\b(?:that|which)\s)[^,;]){0,120},")  # not ", a step that X's minister,", nor ", a day after X ...,"
#: A participle whose own clause names another actor: "The package, cleared once Slovakia dropped its
#: objections, brings ..." (Slovakia is no subject of "brings").
_PARTICIPLE_CLAUSE = re.compile(r",\s(?-i:[a-z][a-z\-]*ed)\s(?:once|after|when|before|because|although|while|as soon as)\s[^,;]{1,80},")
#: A clause of time just before the trigger, after the subject's own verb: "X struck back on Tuesday minutes
#: after a 10% Y tariff came into force, announcing ...": Y is no subject of "announcing".
_TIME_CLAUSE_BEFORE = re.compile(r"\s(?:(?:minutes|hours|days|weeks|shortly|just|soon|only|moments)\s+)?(?:after|before|once)"
                                 r"\s[^,;]{1,120},\s*$")
_HAD = re.compile(r"\bhad\s+(?:(?:\w+ly|long|already|once|since|been)\s+)*$", re.IGNORECASE)
# Two actors joined by ", and" or a bare comma are two clauses, not a list (a list of two takes no
# comma): "X would recognise Y, and Z lifted ...", "... would recognise Y, Z condemned": only Z is the subject
# (or "Z and W": "a deal brokered by Y, and Z and W both joined ...").
_CLAUSE_PAIR = re.compile(r"⟦[so]\d+⟧,\s(?:(?:and|or|but)\s)?(?:the\s)?(?=⟦[so]\d+⟧$)"
                          r"|⟦[so]\d+⟧,\s(?:and|but)\s(?:the\s)?(?=⟦[so]\d+⟧(?:\s(?:and|or)\s(?:the\s)?⟦[so]\d+⟧)+$)"
                          # (a pair already closed by "and": "days after X and Y, and the EU granted it ...")
                          r"|⟦[so]\d+⟧\s(?:and|or)\s(?:the\s)?⟦[so]\d+⟧,\s(?:and|but)\s(?:the\s)?(?=⟦[so]\d+⟧$)")
#: An actor's office just before a name set off by commas: "X's foreign minister, " (then "Y, hailed").
_NAMED_BEFORE = re.compile(r"⟦[soj]\d+⟧(?:['’]s?)?(?:\s(?:[\w\-]+|⟦o\d+⟧)){0,3},\s$")  # (also "X's UN envoy, Y,")
#: ... or a group the list that follows spells out: "The three Baltic states, X, Y and Z, imposed ...", or the body
#: its name follows: "Central Africa's regional bloc, X, suspended ...".
_GROUP_BEFORE = re.compile(r"(?:^\s*(?:(?:In|On|By)\s)?(?:⟦d\d+⟧,?\s)?|[;:]\s|\b(?:and|but|while)\s)(?:[Tt]he\s)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s)?"
                           r"(?:[\w\-]+\s){0,2}(?:states|countries|nations|governments|neighbours|neighbors|allies|partners|republics|juntas|monarchies),\s$"
                           r"|(?:^\s*|[;:]\s|\b(?:and|but|while)\s)(?:[Tt]he\s)?(?:(?:[\w\-]+\s){0,2}[\w\-]+['’]s\s)?(?:[\w\-]+\s){0,2}(?:bloc|alliance|grouping|community|organi[sz]ation),\s$"
                           # "Four of them, X, Y and Z, joined ...", "Two of the juntas, X and Y, ..."
                           r"|(?:^\s*|[;:]\s|\b(?:and|but|while)\s)(?i:all|both|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|most)"
                           r"\sof\s(?:them|these|those|the\s(?:[\w\-]+\s){0,2}?(?:states|countries|nations|governments|members|partners|juntas)),\s$")
#: ... or an office a pronoun owns, opening the sentence or a clause after "and": "Its secretary general, Y,
#: said", "..., and his foreign minister, Y, called".
_OWNED_OFFICE_BEFORE = re.compile(r"(?:^\s*|\band\s+)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[\w\-]+\s){0,2}[\w\-]+,\s$")
#: ... or two mentions of one actor, the second in apposition: "⟦s0⟧ (China's UN envoy), ⟦s1⟧ (Fu Cong),".
_APPOSED = re.compile(r"⟦[soj]\d+⟧, ⟦[soj]\d+⟧")
#: ... unless the name's comma opens an aside: "His ⟦j1⟧ counterpart, ⟦s2⟧, who joined the talks, hailed".
_WHO_AFTER = re.compile(r",\s(?:who|which)\b")
#: A list between dashes that spells out a number told before it: "eight of them - X, Y and Z - have become ...".
_DASHED_GROUP = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?:\sof\s(?:them|those|these)|\s(?:[\w\-]+\s){0,2}?"
                           r"(?:states|countries|nations|governments|members|partners))\s[-–—]\s$", re.IGNORECASE)
#: An owner before the office whose place follows: "⟦s1⟧'s envoy in ⟦s2⟧" (⟦s1⟧'s envoy).
_OWNER_BEFORE = re.compile(r"⟦[so](\d+)⟧['’]s\s+(?:[\w\-]+\s+){1,3}?(?:in|of|from|for)\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_ING = re.compile(r"[a-z]+ing\b")
_CONJUNCTION = re.compile(r"\b(?:and|or|but)\s")
#: A word that takes the first of two comma-joined actors as its object: "would recognise ⟦s1⟧, ⟦s2⟧ condemned".
_OBJECT_BEFORE = re.compile(r"\b(?-i:[a-z]+)\s+$")
#: A person named before the office that names the subject, set off by commas: "Sergei Ryabkov, "
#: (then "X's deputy foreign minister, condemned"), "Y, deputy chairman of " (then "X's Security Council, ").
_NAME_BEFORE = re.compile(
    r"(?:^|[;:]\s|,\s|\b(?:while|and|but)\s)(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+(?:\s(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-'’]+|al|el|bin|de|da|van|von)){1,3}),\s"
    r"(?:(?:the|an?)\s)?(?:(?:(?:deputy|vice|first|acting|interim|senior|chief|top|close|foreign|defen[cs]e|national|security|press|policy)\s){0,3}"
    r"(?:chairman|chairwoman|chair|head|chief|secretary|minister|spokesman|spokeswoman|spokesperson|ambassador|envoy|"
    r"president|adviser|advisor|aide|leader|director|commander|speaker)\s(?:of|for|to|at)\s(?:the\s)?"
    r"(?-i:(?:President|Prime Minister|Supreme Leader|King|Emir|Crown Prince|Chancellor)\s)?)?$")
#: The comma that closes such an apposition, before a time: "..., on Friday called".
_APPOS_END = re.compile(r",\s(?=(?:(?:on|late on|early on)\s⟦d\d+⟧\s)?$)")
#: A preposition before an actor and a noun after it make the actor a modifier: "on all ⟦s1⟧ products".
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:on|from|against|over|into|at)\s(?:(?:all|the|its|their|some|most|many|other)\s)?"
                                    r"(?:(?:new|fresh|latest|recent)\s)?$")
_NOUN_AFTER = re.compile(r"\s(?:goods|products|imports|exports|firms|companies|banks|ships|vessels|officials|citizens|nationals"
                         r"|tariffs|duties|levies|sanctions|curbs|controls)\b")
#: A participle between "the" and an actor makes the actor a modifier: "the reinstated ⟦o1⟧ sanctions".
_PARTICIPLE_BEFORE = re.compile(r"\b[Tt]he\s+(?:newly\s+)?(?!(?:united|red|based)\b)[a-z]+ed\s+$")
#: A reported clause in the pluperfect, then a verb in the simple past after ", and": the second verb
#: is the reporter's ("X said that Y had used ..., and announced sanctions": X announced); so after one
#: in the past progressive ("X said that Y was trying to ..., and denounced the decision").
_BACKSHIFTED = re.compile(r"(?:['’]s?(?:\s[\w\-]+){0,3}?)?\s+(?:had\s+(?!been\b|to\b)[a-z]+|(?:was|were)\s+[a-z]+ing)\b[^;]*,\s(?:and|but)\s$")
#: An apposition that opens with a possessive is no list item: "X, the bloc's newest member, joined".
_POSS_APPOSITION = re.compile(r",\s(?:the\s)?⟦[so]\d+⟧['’]")


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject found left of a trigger and what its link says about the clause."""

    actors: tuple[str, ...]
    start: int
    say: bool = False
    modal: bool = False
    decided: bool = False
    had: bool = False
    relative: bool = False
    inherited: bool = False
    link: str = ""


#: Nouns after a body that make it a qualifier: "a BRICS partner country", "an EU candidate state";
#: or after a name, the title it opens: "the Cuba Restricted List", "the Syria Accountability Act".
_QUALIFIES = re.compile(r"\s+(?:partner|member|candidate|observer)\s+(?:country|countries|state|states|nation|nations)\b"
                        r"|(?-i:(?:\s+[A-Z][a-z]+){1,3}\s+(?:List|Act|Law|Regulations|Programme|Program|Fund|Initiative))\b")


def _actor_lists(rules: Rules) -> re.Pattern[str]:
    global _LIST
    if _LIST is None:
        from kg.loaders.rules import _load

        _LIST = re.compile(expand("{AS}", _load("grammar.toml")["macros"]))
    return _LIST


#: A decision told with its maker after "by": "a decision last Wednesday by ".
_DECISION_BY = re.compile(r"\b(?:decision|move|vote)(?:\s+(?:(?:last|on|of)\s+)?⟦d\d+⟧)?\s+by\s+(?:the\s+)?$")
#: ... unless another answers it, and the answer's sentence does not tell its day: "Nigeria on Saturday
#: rejected a decision by X to designate it ...".
_ANSWERED_BEFORE = re.compile(r"\b(?:rejected|condemned|denounced|welcomed|critici[sz]ed)\s+(?:a|the)\s+$")


#: A quotation, then its speaker after the verb, then a participle: "'...,' said X's Foreign Minister Y, condemning".
_QUOTE_SAID_BY = re.compile(r"^\s*['\"‘“][^'\"’”]{1,300}['\"’”],?\s+(?:said|says|added|declared|wrote)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                            r"⟦[soj](\d+)⟧(?:['’]s)?(?:\s+[\w\-'’.]+){0,6},\s+(?:[a-z]+ly\s+)?$")


#: A time that opens the sentence, right before the subject: "In early December 2024 X, Y and Z imposed ...".
_DATE_BEFORE = re.compile(r"⟦d\d+⟧\s*(?:the\s+)?$")


def _only_an_aside(tail: str) -> bool:
    """Whether `tail` holds one aside or description and nothing else: ", which restored ties with Y,"."""
    aside = ASIDE.match(tail) or _DESCRIPTION.match(tail)
    return aside is not None and not tail[aside.end():].strip()


def find_subject(masked: Masked, trig_start: int, rules: Rules, kind_of, want: str | None,
                 previous: tuple[str, ...] | None, max_candidates: int = 4) -> Subject | None:
    """The subject of the trigger at `trig_start`, or None.

    `kind_of(actor_id)` gives "state"/"org"; `want` restricts the subject's kind; `previous`
    is the subject of the last fact found earlier in the same sentence (for coordination)."""
    text = masked.text
    prefix = text[:trig_start]
    if quoted := _QUOTE_SAID_BY.match(prefix):
        # "'Reciprocity is not negotiable,' said X's foreign minister, Y, condemning ...": the speaker's
        speaker = masked.actors[int(quoted.group(1))].actor
        if not want or kind_of(speaker) == want:
            return Subject((speaker,), quoted.start(1))
    found = list(_actor_lists(rules).finditer(prefix))
    asides = [(r.start(), r.end()) for rx in (ASIDE, _DESCRIPTION, _PARTICIPLE_CLAUSE) for r in rx.finditer(prefix)]
    if clause := _TIME_CLAUSE_BEFORE.search(prefix):
        asides.append((clause.start(), clause.end()))
    for m in reversed(found[-max_candidates:]):
        if any(a < m.start() and m.end() < b for a, b in asides) and not _NAME_BEFORE.search(prefix, 0, m.start()):
            continue  # "Ghana, which joined the AU in 1963, imposed ...": not the AU (but "Y, an adviser to X, said": X)
        if (_VERB_OBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or (
                TOKEN.fullmatch(m.group()) and found[0].start() < m.start() and not _SAID.search(text, 0, m.start())
                and _VERB_OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start()))) \
                and text.startswith(("'s", "’s"), m.end()) \
                and not _DECISION_AFTER.match(text, m.end()):
            # "adopted the EU's triad and called X a rival": the owner of an object, not a subject (but
            # "welcomed the EU's decision to remove X": who decided)
            continue
        if _QUALIFIES.match(text, m.end()):
            continue  # "its bid to become a BRICS partner country": a kind of state, not an actor
        if _OBJECT_OF_PREPOSITION.search(text, max(0, m.start() - 30), m.start()) and _NOUN_AFTER.match(text, m.end()):
            continue  # "announced tariffs on all US products, denouncing ...": a modifier inside a phrase
        if _PARTICIPLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not rules.agent_before.search(
                text, 0, m.start()):
            # "will not recognise the reinstated UN sanctions": a modifier in a noun phrase (but
            # "Leaders of the enlarged BRICS adopted": the people of the body, who act for it)
            continue
        if "," in m.group() and "," not in text[: m.start()] and not _DATE_BEFORE.search(text, 0, m.start()) and (
                rules.scene_before.search(text, 0, m.start()) or rules.intro_before.search(text, 0, m.start())):
            # "In Moscow, Kremlin spokesman X said", "In a statement issued in Abuja, the bloc
            # said": the scene is not part of the subject (but "In a statement on Sunday, the juntas of
            # X, Y and Z announced": a list after the scene's own comma)
            m = _actor_lists(rules).search(text, text.index(",", m.start()) + 1, m.end())
        elif (pair := _CLAUSE_PAIR.match(m.group())) and (_CONJUNCTION.search(pair.group()) or (
                not text.startswith(("'s", "’s"), m.end()) and _OBJECT_BEFORE.search(text, 0, m.start()))):
            # (a bare comma only after an object's verb, not in an apposition: "X, Y's neighbour, joined")
            m = _actor_lists(rules).search(text, m.start() + pair.end(), m.end())
        if (appos := _POSS_APPOSITION.search(text, m.start(), m.end() + 1)) and appos.start() > m.start():
            m = _actor_lists(rules).match(text, m.start(), appos.start())
        ids = [masked.actors[int(n)].actor for k, n in TOKEN.findall(m.group()) if k in "so"]
        if want:
            ids = [a for a in ids if kind_of(a) == want]
        if not ids:
            continue
        before = text[: m.start()]
        reported = bool(rules.say_before.search(before))  # the subject of words reported: "X said that ⟦m⟧ ..."
        if reported and _BACKSHIFTED.match(text, m.end(), trig_start):
            continue
        scene = bool(rules.scene_before.search(before))
        prompted = rules.prompted_before.search(before)
        agent = rules.agent_before.search(before)
        if agent and (owner := _OWNER_BEFORE.search(before)) and masked.actors[int(owner.group(1))].actor not in ids:
            agent = None  # "Peru's envoy in Santiago": Peru's, not Santiago's
        tail = text[m.end(): trig_start]
        if _DATED_COMMA.fullmatch(tail) and _ING.match(text, trig_start) and _PREPOSITION_BEFORE.search(before):
            continue  # "froze its participation in Y in May, accusing the alliance of ...": Y is an object, not who accuses
        # (but "with X issuing ...", "with X, which restored ties with Y, condemning ...": an absolute clause,
        # X its subject)
        blocked = not scene and rules.blocked_by.search(before) and not agent and not (
            _WITH_BEFORE.search(before) and (not tail.strip() or _only_an_aside(tail)) and _ING.match(text, trig_start))
        if tail.startswith(", ") and not _WHO_AFTER.match(tail) and (
                _NAMED_BEFORE.search(before) or _OWNED_OFFICE_BEFORE.search(before) or _GROUP_BEFORE.search(before)
                or (_APPOSED.fullmatch(m.group()) and len(set(ids)) == 1)):
            # "X's foreign minister, Y, hailed", "China's UN envoy, Y, criticised", "The three Baltic states,
            # X, Y and Z, imposed": the list closes an apposition that names the subject
            tail = tail[1:]
        elif tail[:3] in (" - ", " – ", " — ") and _DASHED_GROUP.search(before):
            tail = tail[2:]  # "eight of them - X, Y and Z - have become ...": the list is the subject
        elif (end := _APPOS_END.search(tail)) and "," not in tail[: end.start()] and _NAME_BEFORE.search(before):
            # "Y, X's deputy foreign minister, condemned", "Y, deputy chairman of X's Security
            # Council, called", "Y, the EU ambassador in Z, on Friday called": the apposition
            # names the subject of the person before it
            tail, blocked = tail[: end.start()] + " " + tail[end.end():], False
        for name, link in rules.links.items():
            if scene != (name == "scene"):
                continue  # "In Yerevan, Prime Minister X thanked ...": only the scene link
            if name == "prompted" and not prompted:
                continue
            if name == "nominal_by" and not (
                    (by := _DECISION_BY.search(before)) and not _ANSWERED_BEFORE.search(before, 0, by.start())):
                continue
            if blocked and name not in ("nominal", "nominal_by", "relative"):
                # "condemned X's decision to ...": X decided, whatever governs the phrase; "borrowed
                # from the EU, which called X ...": a relative clause's subject is what it follows
                continue
            lm = link.match(tail)
            if lm is None:
                continue
            needs = rules.link_triggers.get(name)
            if needs is not None and not needs.match(text, trig_start):
                continue
            if name == "coordinated" and len(set(ids)) > 1 and _SINGULAR_AFTER_AND.search(tail):
                continue  # "The watchdog said X and Y had completed their plans, and it also dropped Z": not X and Y
            if name == "coordinated" and _SINGULAR_AFTER_AND.search(tail) and _SUBORDINATOR_BEFORE.search(text, 0, m.start()):
                continue  # "X blocked Y's goods after Y allowed Z to ..., and it banned ...": X, not Y
            if name == "participle" and reported:
                continue  # "X's strategy said Russia posed a threat, while describing China as ...": X describes
            groups = lm.groupdict()
            say = bool(groups.get("say")) or reported
            start = m.start()
            if name == "relative" and len(set(ids)) > 1 and lm.group("rel") in ("which", "who") \
                    and _ENUMERATED_BEFORE.search(text, 0, m.start()):
                # "The full members are X, Y and Z, which joined in January": Z alone
                ids, start = ids[-1:], m.start() + list(TOKEN.finditer(m.group()))[-1].start()
            if (co := _CO_OWNER_BEFORE.search(text, 0, m.start())) and (
                    kind_of(owner := masked.actors[int(co.group(1))].actor) == want or not want):
                ids, start = [owner, *ids], co.start(1) - 1  # "X's foreign ministry and Y's government denounced ...": both
            return Subject(
                actors=tuple(dict.fromkeys(ids)), start=start, say=say,
                modal=bool(groups.get("modal")) and not groups.get("decided"),
                decided=bool(groups.get("decided")) or bool(name == "prompted" and prompted.group("ordered")),
                had=bool(_HAD.search(tail)),
                relative=name == "relative",
                link=name,
            )
    if previous and want:
        previous = tuple(a for a in previous if kind_of(a) == want)  # "X left Y, arguing that ... had admitted Z": not X
    im = rules.inherit.search(prefix) if previous else None
    if im and (not _ACTOR_END.search(prefix[: im.start()]) or (prefix.endswith("and ") and _FINITE.match(text, trig_start))):
        return Subject(actors=previous, start=trig_start, inherited=True)
    return None


#: A verb or phrase that enumerates the list after it: "The full members are ", "among them ".
_ENUMERATED_BEFORE = re.compile(r"\b(?:are|were|include|includes|included|including|such as|among them|namely|joins|joined)\s+(?:the\s+)?$")
#: An owner coordinated with the subject's owner, opening the clause: "X's foreign ministry and " (before "Y's government").
_CO_OWNER_BEFORE = re.compile(r"(?:^\s*|[;:]\s|,\s)(?:[Tt]he\s)?⟦s(\d+)⟧['’]s\s(?:[a-z\-]+\s){1,3}and\s(?:the\s)?$")
#: A day and a comma between an actor and a participle: " in ⟦d1⟧, " (before "accusing").
_DATED_COMMA = re.compile(r"\s(?:(?:on|in|late on|early on)\s)?⟦d\d+⟧,\s")
#: A preposition before an actor (and its modifiers), which makes the actor its object: "participation in ⟦s1⟧-led ".
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|with|from|to|into|against|over)\s(?:(?:the|its|their)\s)?(?:[\w\-⟦⟧]+\s){0,2}$")
#: A verb in the past with its object's article, just before an actor: "adopted the ⟦o⟧'s".
_VERB_OBJECT_BEFORE = re.compile(r"\b(?-i:[a-z]+ed)\s+the\s+$")
#: ... or with none, before one actor after another (the verb's subject) outside reported words:
#: "X withdrew ⟦s⟧'s" (but "Z said X had approved ⟦s⟧'s bid and welcomed ...": whose welcome is unclear).
_SAID = re.compile(r"\b(?:said|says|told|stated|declared|added|noted)\b")
_VERB_OWNER_BEFORE = re.compile(r"\b(?-i:[a-z]+ed|withdrew|took|froze|gave|struck|drew|broke|cut|hit|overrode)\s+$")
_DECISION_AFTER = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:decision|move|vote|order|plan)\b")

#: A singular pronoun opening the clause coordinated with the trigger's: "..., and it also dropped".
_SINGULAR_AFTER_AND = re.compile(r"\b(?:and|but) (?:(?:in |on )?⟦d\d+⟧,? )?(?:it|he|she) (?:[a-z]+ )?$")

#: A subordinate clause opening just before a candidate subject: "... after ⟦s2⟧ allowed ...".
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|when|because|since|once|until)\s+(?:the\s+)?$")

#: An adjunct that opens the sentence before its subject: "In a move likely to anger Y, ...".
_OPENING_ADJUNCT = re.compile(r"\s*(?:In (?:a|an|what) (?:move|step|decision|sign|rebuke|blow|bid|gesture)|In what|Amid|Despite)\b[^,;]{1,100}, ")


#: A participle aside of a document told with its day: ", released on Monday as Y called for ...,".
_RELEASED_ASIDE = re.compile(r",\s(?:released|published|issued|adopted|unveiled|approved|presented)\s(?:on\s|in\s)?⟦d\d+⟧[^,;]{0,100},")
#: A verb of refusal that governs the clause after it, across a short aside: "has ruled out, for now, ".
_NEGATED_BEFORE = re.compile(r"\b(?:ruled|rules|ruling) out(?:,\s[^,;⟦]{1,30},)?\s*$")
#: A conceded fact opens its own clause: "... was possible even though X deposited its notice".
_CONCESSION_BEFORE = re.compile(r"\b(?:even though|although)\s+(?:the\s+)?$")


def vetoed(masked: Masked, start: int, trig_end: int, rules: Rules, ignore=frozenset(),
           clause: int | None = None) -> str | None:
    """The name of the first cue (negation, modality, call, condition) found in the clause
    window that ends at the trigger and starts up to `rules.window` characters before `start`
    (at `clause` when the caller knows where the trigger's clause starts); None when the clause
    is a plain statement."""
    text = masked.text
    if clause is not None and "negation" not in ignore and _NEGATED_BEFORE.search(text, max(0, start), clause):
        return "negation"  # "X has ruled out, for now, designating Y ...": the verb that governs the clause denies it
    if clause is not None:
        window = text[clause:trig_end]
    else:
        lo = max(0, start - rules.window)
        head = text[lo:start]
        cut = max((head.rfind(c) for c in rules.clause_marks), default=-1)
        # (a comma that closes a quotation too; not the one right before the subject: "..., and his
        # minister, Y, called" cuts at the comma before "and")
        comma = max(head.rfind(c, 0, max(0, len(head) - 2)) for c in (", ", ',"', ",\u201d", ",'", ",\u2019"))
        if comma > cut:
            cut = comma
        begin = lo + cut + 1 if cut >= 0 else lo
        if (opening := _OPENING_ADJUNCT.match(text)) and begin < opening.end() <= start:
            begin = opening.end()  # "In a move likely to anger Y, X imposed ...": the adjunct's own cues
        if (concession := _CONCESSION_BEFORE.search(text, begin, start)) is not None:
            begin = concession.end()  # "The arrest was possible even though X left Y in 2018": the fact the main clause concedes
        # a cue inside an aside belongs to the aside: "X and Y, which had lobbied Z to act, praised ..."
        # ... and so does one inside a participle aside: "X's Review, released on Monday as Y called for more, names Z ..."
        window = _RELEASED_ASIDE.sub(",", ASIDE.sub(",", text[begin: trig_end]))
    return next((name for name, cue in rules.cues.items() if name not in ignore and cue.search(window)), None)
