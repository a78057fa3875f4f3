"""What a reaction reacts to: the actor named as its object, else the actor of an earlier event.

A reaction's object phrase ("the decision", "Washington's move", "it") is resolved against the
facts found earlier in the document: an actor token in the phrase wins; a noun phrase whose head
names a kind of event ("the document") looks back further for the last event of that kind; a
head repeated from an earlier sentence ("welcomed the order" after "signed an executive order")
picks the event of that sentence; failing all that, the nearest event, the event a reaction just
before reacted to (reactions keep their event in view), or that reaction's object ("X hailed Y's
move ..., while Z said the move ...").
"""

from __future__ import annotations

import datetime as dt
import re

from kg.loaders.masking import TOKEN, Masked
from kg.loaders.rules import Rules, _load, expand
from kg.loaders.sentences import PARAGRAPH_BREAK

#: How many sentences back a reaction looks for the event it reacts to.
REACH = 2
#: ... and how many when its object names the kind of event ("the document") or repeats a head.
REACH_KIND = 8
#: ... and a feeling with no object ("reacted with dismay"), within its paragraph and the one
#: before, at most this many sentences back.
REACH_FEELING = 6
#: ... and how many when it names words voiced at the reactor ("rejected the accusations"): the
#: accusers may have acted a paragraph before.
REACH_VOICED = 4
#: The sentences that make up an article's lead, besides its first two paragraphs: a definite "the
#: decision" with no nearer event reacts to the lead's event, the first the article states (when
#: its sentence states only one).
LEAD = 1
#: ... and how many sentences after it a reaction may still mean it: in a long article the
#: later paragraphs move on to other acts.
REACH_LEAD = 12

_OBJECT_CUT = re.compile(
    r"[,;:]|\s(?:as|for|on|in|at|after|because|saying|calling|which|that|amid|while|despite|when|but|and said|and(?!\s+⟦j\d+⟧)(?!\s+[a-z\-]+['’\"”]\s)|to)\b",
    re.IGNORECASE)
#: A place or gathering where the reaction was voiced, standing where its object would.
_VENUE = re.compile(r"\s*(?:at|during|in) (?:the |a |an |⟦d\d+⟧'s )?(?:[\w\-]+ )?(?:meeting|session|summit|talks|hearing|briefing|"
                    r"news conference|press conference|debate)\b", re.IGNORECASE)
#: A clause that opens where the object would: "(a move X had denounced) because the court ...".
_CLAUSE_OPENER = re.compile(r"\s*(?:because|as|since|while|amid|despite|saying|calling|citing)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:on|against|targeting|in|at|with|over|about|from|into|of)\s+(?:the\s+)?(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.IGNORECASE)
#: ... but not an actor whose act "of" names: "the expansion of the US travel ban".
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
#: ... nor one whose own deed the noun before "of" names: "the decision of X, Y and Z", "the withdrawal of X",
#: "a resolution of X's board".
_DEED_OF = re.compile(r"\b(?:decisions?|moves?|choice|announcements?|withdrawals?|exits?|departures?|resolutions?|rulings?|verdicts?)"
                      r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWNED_ACT_AFTER = re.compile(r"\s(?:[a-z\-]+\s){0,2}?(?:bans?|sanctions|measures|restrictions|tariffs|embargo|decision|order)\b", re.IGNORECASE)
#: The owner of a list an act put someone on: "the inclusion of X's firms in the EU list".
_LIST_OWNER = re.compile(r"\b(?:in|on|to|into)\s+(?:the\s+)?⟦[so](\d+)⟧(?:['’]s)?\s(?:[a-z\-]+\s){0,2}?(?:list|blacklist|register)\b")
#: (not whom one calls on: "opposed the move and called on Washington to end its embargo")
_AIMED_BEFORE = re.compile(r"\b(?<!call )(?<!calls )(?<!called )(?<!calling )(?:on|against|targeting)\s+(?:the\s+)?$", re.IGNORECASE)
#: "of" after those who govern names the actor: "the actions of the governments of ⟦s1⟧, ⟦s2⟧ and ⟦s3⟧".
#: ... and so does "of" after what one does or says: "the anti-American policies of the group", "the annual
#: report of the US Commission on ...".
_GOVERNMENTS_OF = re.compile(r"\b(?:governments?|leaders?|authorities|rulers|regimes?|polic(?:y|ies)|actions|conduct|behaviou?r|"
                             r"practices|provocations|reports?|statements?|assessments?|findings|recommendations?|remarks|"
                             r"comments) of\s+(?:the\s+)?$", re.IGNORECASE)
#: A seat of government where a decision was taken names who took it: "the decision taken in Madrid".
_TAKEN_IN = re.compile(r"^(?:the|this|that|its)\s(?:[\w\-]+\s){0,3}?(?:taken|made|reached|announced|adopted)\s+in\s+(?:the\s+)?⟦s(\d+)⟧",
                       re.IGNORECASE)
#: "of" after a word of quantity names the act's own kind, not its target: "the wave of ⟦s1⟧ strikes".
_QUANTITY_OF = re.compile(r"\b(?:wave|waves|series|spate|string|round|rounds|barrage|volley|flurry|salvo|raft|batch|set|sets|package|packages|number|host|dozens|hundreds) of\s+(?:the\s+)?$",
                          re.IGNORECASE)
_PRONOUN = re.compile(r"\s*(?:it|this|that|them|these|those)(?:\s+(?:the same day|(?:later )?that (?:day|evening|night|morning|afternoon)|"
                      r"within hours|hours later|immediately|too|as well|outright|swiftly|again|also))?"
                      r"\s*[.!]?[\"'”’]?\s*$"
                      r"|\s*(?:it|this|that|them|these|those)\s+[\"‘“]", re.IGNORECASE)  # (or a quoted judgement after it: 'called it "regrettable"')
#: Whom a protest is addressed to, before what it is against: "protested to ⟦o1⟧ against ⟦s2⟧'s plan".
_ADDRESSEE = re.compile(r"^\s*to\s+(?:the\s+)?⟦[so]\d+⟧\s+(?=(?:against|over|about)\s)", re.IGNORECASE)
#: Two acts at once: "condemned both", "called both steps illegitimate".
_BOTH = re.compile(r"^\s*(?:both\b(?!\s+(?:of\s+)?(?:the|its|their|⟦))|the two (?=[a-z]))", re.IGNORECASE)
#: How many sentences back "both steps" may find the second of the two acts it names.
REACH_BOTH = 4
#: An owner that is the patient of the act its noun names, not its agent: "⟦s1⟧'s suspension", "⟦s1⟧'s removal
#: from the list" (not "⟦s1⟧'s designation of ⟦s2⟧").
_DONE_TO_OWNER = re.compile(r"['’]s\s+(?:[\w\-]+\s+)?(?:suspension|expulsion|removal|delisting|de-listing|relisting|re-listing|listing"
                            r"|designation|blacklisting|exclusion|ouster)s?\b(?!\s+(?:of|by)\b)")
#: Nouns of a listing that may be a sanctions listing ("condemned the designations" after a Treasury action).
_LISTED = frozenset({"listing", "listings", "delisting", "delistings", "designation", "designations"})
#: Bodies a complaint is filed with or an act challenged at, not against: "lodged a complaint with the WTO",
#: "would challenge the tariffs at the WTO".
_FORUMS = frozenset({"WTO", "ICJ", "ICC", "UN", "UNHRC", "IAEA", "OPCW"})
_FORUM = re.compile(r"^\s*(?:(?:at|with|before|to)\s+)?(?:the\s+)?⟦o(\d+)⟧?")  # (a phrase cut at a word's end may cut the token's "⟧")
#: Triggers that bring a reaction before such a body: a complaint, protest or case filed, or an act challenged.
_FILED = re.compile(r"\b(?:complaints?|protests?|representations|case)\b(?: with)?$|\b(?:challenge|contest)\b[^;]*$")
#: The reaction's own day before what it reacts to: "protested on Friday, saying ...".
_LEAD_DAY = re.compile(r"^\s*(?:(?:late |early )?on\s+)?⟦d\d+⟧\s*,\s*")
#: A preposition that introduces what is reacted to, after a day at most: "regret at X's decision",
#: "protesting against X's plan", "lodged a protest on Monday against X's plan".
_LEAD_PREP = re.compile(r"^\s*(?:(?:on\s+)?⟦d\d+⟧\s+)?(?:at|over|about|against|with|to|for|of|regarding|parts of)\s+", re.IGNORECASE)
#: (not an actor with a possessive, which opens a clause: "with ⟦s1⟧, and ⟦s2⟧'s ministry summoned ...",
#: unless it owns the act: "⟦s1⟧, ⟦s2⟧ and ⟦s3⟧'s move")
_LIST_AFTER = re.compile(r"(?:(?:,|,? and|,? or) (?:the )?⟦[so]\d+⟧(?!['’]))*(?:(?:,|,? and|,? or) (?:the )?⟦[so]\d+⟧(?!['’])"
                         r"|,? and (?:the )?⟦[so]\d+⟧['’]s? (?=(?:[a-z\-]+ )?(?:move|decision|step|sanctions|measures|action|plan|strikes|recognition|initiative)\b))")
#: ... whose last actor opens a clause of its own: "congratulated X, and Y, a backer of the bid, said ...".
_SPEAKER_AFTER = re.compile(r"(?:,\s[^,;⟦]{3,80},)?\s(?:(?:also|later|then|has|had)\s)?(?:said|says|told|added|argued|insisted|"
                            r"warned|noted|stressed|declared|responded|replied|announced)\b")
#: ... and a list of demonyms before the act's noun: "condemned the British, Canadian and Australian moves".
_ADJ_LIST_AFTER = re.compile(r"(?:(?:,|,? and) (?:the )?(?:⟦j\d+⟧(?= [a-z])|⟦o\d+⟧))+")  # (or "the American and the European decisions")
#: "European" (not masked, as it may name any European state) coordinated with a demonym: "the European and ".
_EUROPEAN_BEFORE = re.compile(r"\bEuropean,?\s+(?:and|or)\s+(?:the\s+)?$")
_CLAUSE_CUT = re.compile(r"[,;:]")
#: The actors who did an act together, as tokens: "⟦s1⟧", "⟦s1⟧, ⟦s2⟧ and the ⟦s3⟧".
_DOERS = r"⟦[soj]\d+⟧(?:(?:,|,?\s+and)\s+(?:the\s+)?⟦[soj]\d+⟧)*"
#: The verb of an act the doers did or will do: "had signed", "approved", "will host", "intends to leave".
_ACTING = r"(?:(?:had\s+|have\s+|has\s+)?(?-i:[a-z]+ed)|(?:will|would)\s+(?-i:[a-z]+)|(?:intends|intend|plans|plan)\s+to\s+(?-i:[a-z]+))"
#: Who did the act a noun phrase names: "the storming of its embassy by ⟦s1⟧", "the treaty that
#: ⟦s1⟧ and ⟦s2⟧ signed".
_AGENT = re.compile(r"^\s*(?:the|its|their|this|that|an?)\s[^,;]{0,80}?\b(?:by\s+(?:the\s+)?(?:(?:regime|government|authorities|junta|leadership)\s+(?:in|of)\s+)?(?P<by>" + _DOERS + r")|(?:that|which)\s+"
                    r"(?:the\s+)?(?P<who>" + _DOERS + r")\s+" + _ACTING + r"\b)")
#: ... and of a noun a name qualifies: "the ⟦s1⟧ peace conference that ⟦s2⟧ will host", "the ⟦s1⟧ aid
#: package approved by ⟦s2⟧".
_QUALIFIED_AGENT = re.compile(r"(?:\s(?-i:[a-z][\w\-]*)){1,3}?\s(?:(?:that|which)\s+(?:the\s+)?(?P<who>" + _DOERS + r")\s+"
                              + _ACTING + r"\b"
                              r"|(?-i:[a-z]+ed)\s+by\s+(?:the\s+)?(?P<by>" + _DOERS + r"))")
#: ... and of a bare plural: "condemned overnight air strikes by ⟦s1⟧ and ⟦s2⟧".
_BARE_AGENT = re.compile(r"^\s*(?!(?:as|and|that|which|what)\b)(?-i:[a-z][\w\-]*)(?:\s+(?-i:[a-z][\w\-]*)){0,4}?\s+by\s+(?:the\s+|an?\s+)?"
                         r"(?P<by>" + _DOERS + r")")
#: A titled document (or an order) with its issuer in a relative clause or a participle: "condemned
#: Executive Order 14203, which President X had signed a day earlier", "condemned an executive order,
#: signed by President X the previous day".
_TITLE_ISSUER = re.compile(r"^\s*(?:(?:the\s+)?(?-i:[A-Z][\w\-]*)(?:\s+(?:(?-i:[A-Z][\w\-]*)|of|on|for|and|the|\d+))*"
                           r"|(?:an?|the)\s+(?:new\s+)?(?:executive\s+)?(?:order|decree|directive|memorandum|proclamation))"
                           r",?\s+(?:(?:which|that)\s+"
                           r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:the\s+)?(?P<who>⟦[so]\d+⟧)\s+(?:had\s+|has\s+)?"
                           r"(?:signed|issued|adopted|published|released|approved|unveiled|announced|enacted|passed)\b"
                           # "condemned Executive Order 14203, signed by President X the previous day"
                           r"|(?:signed|issued|adopted|published|released|approved|unveiled)\s+by\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:the\s+)?(?P<by>⟦[so]\d+⟧))")
#: A reported judgement before the act: "condemned what it called an illegal move", "what its foreign
#: ministry called blatant aggression".
_WHAT_CALLED = re.compile(r"^\s*what\s+(?:he|she|it|they|(?:its|their|his|her)\s+(?:foreign\s+)?(?:ministry|government|spokesman|spokeswoman|spokesperson)|[\w⟦⟧]+)\s+(?:called|termed|described as|branded)\s+", re.IGNORECASE)
#: The act reacted to, as a noun phrase: "the decision", "the summit's verdict", "Monday's order".
_ACT = re.compile(expand(r"^[\"“‘']?(?:the|this|that|these|those|its|their|his|her|an?|any|{D}'s|⟦s\d+⟧['’]s)\s(?:[\"“‘]?[\w'\-]+[\"”’]?,?\s){0,4}?{ACTNOUN}\b",
                         _load("grammar.toml")["macros"]), re.IGNORECASE)

#: A military operation named by its code name: "Operation Sindoor".
_NAMED_OPERATION = re.compile(r"\s*(?-i:Operation(?: [A-Z][\w\-]*)+)")

#: Sanctions named without a determiner: "firmly opposed unilateral sanctions". Generic on its own;
#: an answer when sanctions were just imposed on the one who opposes them.
_BARE_SANCTIONS = re.compile(r"^(?:[\w'\-]+\s){0,3}?(?:sanctions|restrictions|punitive measures)\b", re.IGNORECASE)


#: What an act's noun is of: "the lifting of (the remaining) sanctions".
_OF_WHAT = re.compile(r"\s+of\s+(?:[\w\-]+\s+){0,3}?(?P<noun>[\w\-]+)\s*$")
#: An act the reactor's own possessive names: "its removal", "their readmission".
_OWN = re.compile(r"\s*(?:its|their)\s", re.IGNORECASE)
#: A meeting named as what is answered: "criticised the summit", "condemned Tuesday's meeting".
_MEETING = re.compile(r"\s*(?:the|this|that|its|their|⟦d\d+⟧['’]s) (?:[\w\-]+ )?(?:summit|meeting|gathering|session)\b(?! (?:of|between|with)\b)")
#: A noun told for the first time, which names no act told before: "backed a draft resolution".
_INDEFINITE = re.compile(r"\s*an?\s", re.IGNORECASE)
#: A minority's vote, not the body's decision "the vote" names: "Russia and China voted no".
_DISSENT = re.compile(r"\bvot(?:ed|ing) (?:no|against)\b|\babstain")
#: A pronoun for the act: "calling it an act of arrogance".
_IT = re.compile(r"\s*(?:it|them)\b")
#: The people who did the last act, named by their office: "thanked the ministers", "praised the leaders".
_ACTING_PEOPLE = re.compile(r"\s*(?:the|those|these) (?:[a-z\-]+ ){0,2}?(?:ministers|leaders|governments|officials|diplomats|lawmakers|member states)(?=\s*$|,|\s+(?:on|for|over)\b)")
#: The state that just joined, named by its new place: "welcomed the new ally", "welcomed the new members".
_NEW_MEMBER = re.compile(r"\s*(?:the|its|their)\s+(?:new|newest|latest)\s+(?:members?|ally|allies)(?![\w\-])")
#: What was done to the reactor, told as a passive gerund: "regretted being placed alongside countries with weaker controls".
_BEING_DONE = re.compile(r"\s*(?:being|having been)\s+(?:placed|put|added|listed|named|included|kept|designated|removed|taken|"
                         r"dropped|struck|suspended|expelled|excluded|sanctioned|targeted|blacklisted|singled out)\b", re.IGNORECASE)
#: Nouns of an act that undoes what its kind does, and of one that does it: "the lifting of sanctions".
_UNDOING = frozenset({"lifting", "easing", "relief", "removal", "delisting", "withdrawal", "exit", "departure", "rescission",
                      "repeal", "reversal"})
_DOING = frozenset({"imposition", "reimposition", "listing", "relisting", "re-listing", "designation", "accession", "admission"})
#: Nouns too general to name an act by themselves ("the move" is whatever was last done).
#: Acts that decide nothing, which "the decision" or "the move" does not name: "X held talks".
_NO_DECISION = frozenset({"held", "holds", "voted", "votes", "filed", "files", "sued", "sues", "delivered", "delivers"})
#: Heads that name a plan, which may be any act the lead told.
_PLANS = frozenset({"plan", "plans", "project", "scheme", "initiative"})
#: Nouns for the laws or bans the lead may tell as an act no frame models: "Two laws ... took effect. ... X
#: condemned the ban".
_LAW_HEADS = frozenset({"law", "laws", "legislation", "bill", "bills", "ban", "bans"})
_GENERIC_HEADS = frozenset({"decision", "decisions", "move", "moves", "step", "steps", "action", "actions", "development",
                            "news", "outcome", "result", "moment", "change", "shift", "announcement", "statement"})
#: What a body's vote ends in: the act a body decided, before any the vote's target did in answer.
_TALLIED = frozenset({"outcome", "result", "vote", "verdict"})
#: What a declaration about a state may be called by that state: "called the expulsion regrettable".
_DECLARED = frozenset({"expulsion", "exclusion", "announcement", "ban", "snub", "boycott", "declaration", "ultimatum",
                       "idea", "proposal", "suggestion", "offer", "plan", "threat", "warning", "demand"})
#: What is only said, so that the words just told in the same sentence are what it names: "X floated the
#: idea of buying Y; Z called the proposal absurd".
_PROPOSED = frozenset({"idea", "proposal", "suggestion", "offer", "plan"})
#: Heads that name what an actor said it would do (a boycott is a stay-away announced).
_PLEDGED = frozenset({"pledge", "pledges", "promise", "promises", "commitment", "commitments", "vow", "undertaking",
                      "boycott", "snub"})
#: What a noun ends in and its verb need not: "ruling" ~ "ruled", "orders" ~ "ordered", "closure" ~ "closed".
_STEM = re.compile(r"(?:ing|ion|ment|ure|al|als|s)$")
#: Nouns that name what another voiced, not did: "rejected the protest", "dismissed the accusations".
_VOICED = frozenset({"protest", "protests", "complaint", "complaints", "criticism", "criticisms", "accusation", "accusations",
                     "condemnation", "remarks", "comments", "allegation", "allegations", "claims", "resolution",
                     "resolutions"})
#: Nouns that name what was announced, however the announcing was told: "X said he would order ... . (aside)
#: Y welcomed the announcement".
_ANNOUNCED = frozenset({"announcement", "announcements", "pledge", "promise"})
#: Nouns that name words voiced, whoever they answered: "condemned the remarks", "her comments".
_SPOKEN = frozenset({"remark", "remarks", "comment", "comments", "statement", "statements", "words", "speech", "post",
                     "posts", "claim", "claims", "assertion", "assertions", "rhetoric", "outburst", "threat", "threats"})
#: Nouns that name one armed act by another word: "the air strike on X ... Y denounced the raid".
#: A veto, answered as such though told by another verb: "X blocked Y's bid ... Y denounced the veto".
_VETO = re.compile(r"\b(?:veto|block)")
#: An invitation, answered as such though told by its verb: "X invited Y to join ... Y welcomed the offer".
_INVITATION = frozenset({"invitation", "invitations", "offer", "offers"})
_INVITED = re.compile(r"\binvit")
_ARMED = re.compile(r"\b(?:strike|struck|striking|raid|attack|bomb|assault|operation|incursion|invasion|invaded|offensive|shell|storm|seiz|captur|fir(?:ed|ing)|aggression|manoeuv|maneuv|rammed|ramming|collided)")
#: ... one release of prisoners: "X pardoned 52 prisoners ... Y welcomed the releases"; and one
#: law: "X signed two laws ... Y welcomed the legislation".
_FREED = re.compile(r"\b(?:releas|free|pardon)")
_LAWS = re.compile(r"\b(?:law|legislat|bill)")
#: ... and one set of duties: "X's duties on Y's cars came into force. Z denounced the tariffs".
_DUTIES = re.compile(r"\b(?:dut(?:y|ies)|tariff|levy|levies)")
#: ... and one demolition: "X's bulldozers began tearing down ... Y denounced the demolition".
_DEMOLITION = re.compile(r"\b(?:demoli|tear|tore|torn|raz|bulldoz)")
#: ... and one ruling of a court: "the court ordered provisional measures, X hailed the ruling".
_RULINGS = re.compile(r"\b(?:rul|verdict|judg|order)")
#: ... and one set of manoeuvres: "X wrapped up two days of exercises around Y. Y condemned the drills".
_DRILLS = re.compile(r"\b(?:drill|exercis|war game|manoeuvr|maneuver)")


def is_act(fact, subjects: list[str], sent: int) -> bool:
    """Whether `subjects` in sentence `sent` may react to `fact`: any fact but a reaction, and a
    reaction that is a deed done to them in an earlier sentence ("X expelled Y's envoy. Y condemned
    the move"; a third party's "condemned the raid" still means the raid, not the expulsion that
    answered it)."""
    return fact.kind != "reaction" or (fact.extra.get("deed", False) and fact.object in subjects and fact.sent < sent)


def in_lead(text: str, at: int) -> bool:
    """Whether offset `at` lies in the first two paragraphs of a text that has several."""
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    return len(breaks) >= 2 and at < breaks[1]


def actor_of(fact) -> str:
    """Who acted in `fact`: the body that decided a suspension, else the subject."""
    return fact.extra.get("agent", fact.subject)


#: An act named by an owner that is no actor: "the North's response", "the Taliban's decree".
_UNKNOWN_OWNER = re.compile(r"(?:over |at |about |to |on |against )?(?:the )?(?-i:[A-Z][a-z]+)['’]s? [a-z]")
#: A clause that states what its subject will do or is, not what it answers: "X would no longer ...".
_STATEMENT = re.compile(r"^(?:that )?(?:the )?⟦[so]\d+⟧ (?:would|will|was|is|had|has|could|must|should|wanted|wants|intends|planned|plans)\b")
#: ... or a judgement quoted, no act named: "hailed 'a historic day' for his nation".
_QUOTED_JUDGEMENT = re.compile(r"^\s*['\"‘“]")


def reaction_objects(masked: Masked, groups: dict, subjects: list[str], earlier: list, sent: int,
                     rules: Rules, text: str, floor: int | None = None, published: dt.date | None = None) -> tuple[list[str], object]:
    """The actors a reaction by `subjects` in sentence `sent` reacts to ([] when unknown), and
    the earlier fact it reacts to (None when the object is named or unknown).

    With a `floor` (a reaction stated only by a feeling: "X reacted with relief"), an object
    the phrase does not name is the actor of the last act of another actor that starts at or
    after `floor` (the start of the paragraph before), never one found further back. A protest
    addressed to an actor about an act of no one known answers the addressee: "protested to ⟦s1⟧
    about the post"."""
    if _UNKNOWN_OWNER.match(groups.get("rest") or ""):
        return [], None  # "expressed regret over the North's response": someone no table names acted
    if published is None and (days := [f.date for f in earlier if len(f.date or "") == 10]):
        # an undated text: the last day it tells stands for publication ("X joined Y on March 7, 2024.
        # Z had joined on April 4, 2023. W denounced the enlargement": the news, not Z's)
        published = dt.date.fromisoformat(max(days))
    found = _reaction_objects(masked, groups, subjects, earlier, sent, rules, text, floor, published)
    if not found[0] and (_STATEMENT.match(groups.get("rest") or "") or _QUOTED_JUDGEMENT.match(groups.get("rest") or "")):
        # "X reacted furiously, saying X would no longer buy Y's weapons": what X said about itself
        # names no act; the act reacted to is the one told before
        found = _reaction_objects(masked, {**groups, "rest": None}, subjects, earlier, sent, rules, text, floor, published)
    if not found[0] and (to := _ADDRESSEE.match(groups.get("rest") or "")):
        addressee = masked.actors[int(TOKEN.search(to.group()).group(2))].actor
        return ([addressee] if addressee not in subjects else []), None
    if len(found[0]) > 1 and (_OWN.match(groups.get("rest") or "") or _IT.match(groups.get("rest") or "")):
        # "singled out Washington, denouncing its measures", "singled out the EU's decision, calling it ...":
        # of those who acted together, the one named
        named = {a.actor for a in masked.actors} & set(found[0])
        if len(named) == 1:
            return list(named), found[1]
    return found


def _reaction_objects(masked: Masked, groups: dict, subjects: list[str], earlier: list, sent: int,
                      rules: Rules, text: str, floor: int | None, published: dt.date | None) -> tuple[list[str], object]:
    rest = groups.get("rest")
    if rest and _VENUE.match(rest):
        # "registered a protest at Friday's meeting": where, not what; what is the last act of another
        return _last_other_act(earlier, subjects, 0, sent)
    if rest and _FILED.search(groups.get("trig") or "") and (forum := _FORUM.match(rest)) \
            and masked.actors[int(forum.group(1))].actor in _FORUMS:
        # "filed a complaint with the WTO against X's curbs": a forum, not the one answered; with nothing
        # after it, the complaint answers the last act done to the complainant
        rest = rest[forum.end():] if re.search(r"⟦[soj]\d+⟧", rest[forum.end():]) else ""
    rest = _LEAD_PREP.sub("", _ADDRESSEE.sub("", _LEAD_DAY.sub("", rest))) if rest else rest
    if rest and _MEETING.match(rest) and (met := next((f for f in reversed(earlier) if f.extra.get("body")
                                                       and sent - REACH_KIND <= f.sent <= sent and actor_of(f) not in subjects), None)):
        return [actor_of(met)], met  # "criticised the summit": the body that met, by the last act it did there
    if rest and _ACTING_PEOPLE.match(rest):
        return _last_other_act(earlier, subjects, 0, sent)  # "thanked the ministers": for what they did last
    if rest and _NEW_MEMBER.match(rest) and (joined := next((f for f in reversed(earlier) if f.kind == "membership_change"
                                                          and f.action == "joined" and sent - REACH_KIND <= f.sent <= sent
                                                          and f.subject not in subjects and not told_as_past(f, published)), None)):
        # "X joined NATO on Tuesday. ... Y welcomed the new ally": the joiners, however many joined together (not
        # one told as history: "the first expansion since Z joined in 2010")
        return list(dict.fromkeys(f.subject for f in earlier if f.kind == "membership_change" and f.action == "joined"
                                  and f.order == joined.order and f.subject not in subjects)), joined
    if rest and _BEING_DONE.match(rest) and (done := _done_to(subjects, earlier, sent, published)) is not None:
        return _actors_of(done, earlier, subjects)  # "regretted being placed alongside ...": who placed it there
    if rest and (operation := _NAMED_OPERATION.match(rest)):
        rest = "the operation" + rest[operation.end():]  # "condemned Operation Sindoor as ...": the armed act
    if rest and (called := _WHAT_CALLED.match(rest)):
        rest = "the " + rest[called.end():]  # "condemned what it called reckless aggression by X": the act, with its agent
    if rest and (place := _TAKEN_IN.match(rest)) and (taker := masked.actors[int(place.group(1))].actor) not in subjects:
        return [taker], None
    if rest and _BOTH.match(rest):
        # "condemned both", "called both steps illegitimate": the last two acts of two other actors
        actors = list(dict.fromkeys(actor_of(f) for f in reversed(earlier) if f.kind not in ("reaction", "act")
                                    and not f.extra.get("pending") and sent - REACH_BOTH <= f.sent <= sent
                                    and actor_of(f) not in subjects))
        if len(actors) >= 2:
            return actors[:2], None
        if len(actors) == 1:
            return actors, None  # "X approved sanctions and froze assets. Y denounced both decisions"
    if rest and (issued := _TITLE_ISSUER.match(rest)) and (issuer := masked.actors[int(TOKEN.search(issued["who"] or issued["by"]).group(2))].actor) \
            not in subjects:
        return [issuer], None
    kind, head, nominal = None, None, False
    targets = set()  # actors the act was aimed at: "the description of X as a rival"
    aimed = set()  # ... by "on" or "against": "the drone attacks on Port Sudan"
    cut = _OBJECT_CUT.search(rest, 1) if rest else None
    phrase = (rest[: cut.start()] if cut else rest) if rest and not _CLAUSE_OPENER.match(rest) else ""
    if phrase.strip() and not _PRONOUN.match(phrase):  # else: "vowed to retaliate", "dismissed it"
        for tm in TOKEN.finditer(phrase):
            if tm.group(1) == "d":
                continue
            if (_TARGET_BEFORE.search(phrase[: tm.start()]) and not _QUANTITY_OF.search(phrase[: tm.start()])
                    and not _DEED_OF.search(phrase[: tm.start()])
                    and not _GOVERNMENTS_OF.search(phrase[: tm.start()])
                    and not (_OF_BEFORE.search(phrase[: tm.start()]) and _OWNED_ACT_AFTER.match(phrase, tm.end()))):
                targets.add(masked.actors[int(tm.group(2))].actor)
                continue
            actor = masked.actors[int(tm.group(2))].actor
            if actor not in subjects and _DONE_TO_OWNER.match(phrase, tm.end()) and (
                    done := _done_to([actor], earlier, sent, published)) is not None:
                # "welcomed Russia's suspension", "hailed Russia's expulsion": the body that did it
                agent = done.object if done.kind == "membership_change" and done.subject == actor else actor_of(done)
                if agent not in (actor, *subjects):
                    return [agent], done
            if (by := _QUALIFIED_AGENT.match(rest, tm.end())) and (agents := [a for a in (
                    masked.actors[int(n)].actor for _, n in TOKEN.findall(by.group("by") or by.group("who"))) if a not in subjects]):
                return list(dict.fromkeys(agents)), None  # "dismissed the X peace conference that Y will host": Y's
            if actor not in subjects:
                # "recalled its ambassadors to X, Y and Z": every actor of a list
                listed = (_ADJ_LIST_AFTER if tm.group(1) == "j" else _LIST_AFTER).match(rest, tm.end())
                if listed and _SPEAKER_AFTER.match(rest, listed.end()):
                    listed = None  # "congratulated X, and Y, a backer of the bid, said ...": Y speaks in a clause of its own
                more = [masked.actors[int(n)].actor for k, n in TOKEN.findall(listed.group())] if listed else []
                if tm.group(1) == "j" and _EUROPEAN_BEFORE.search(phrase, 0, tm.start()) and any(
                        f.subject == "EU" and f.kind != "reaction" for f in earlier):
                    more = ["EU", *more]  # "welcomed the European and British steps", after the EU acted: the EU's too
                return list(dict.fromkeys(a for a in [actor] + more if a not in subjects)), None
        clause = _CLAUSE_CUT.split(rest, 1)[0]
        # (not an owner: "its inclusion on the EU's list")
        aimed = {masked.actors[int(tm.group(2))].actor for tm in TOKEN.finditer(clause)
                 if tm.group(1) != "d" and _AIMED_BEFORE.search(clause[: tm.start()]) and not clause.startswith(("'s", "’s"), tm.end())}
        if (owner := _LIST_OWNER.search(clause)) and (keeper := masked.actors[int(owner.group(1))].actor) not in subjects:
            return [keeper], None  # "opposed the inclusion of its firms in the EU list": the list's keeper
        # "condemned the storming of its embassy in Quito by Ecuadorean police": the act's agent
        if (by := _AGENT.search(clause) or _BARE_AGENT.search(clause)) and (agents := [a for a in (
                masked.actors[int(n)].actor for _, n in TOKEN.findall(by.group("by") or by.group("who"))) if a not in subjects]):
            return list(dict.fromkeys(agents)), None
        # "a hypocritical and cynical designation": the act may run past a coordination
        act = _ACT.match(phrase.strip()) or _ACT.match(clause.strip())
        if not act and _BARE_SANCTIONS.match(phrase.strip()):
            imposed = next((f for f in reversed(earlier) if f.kind == "sanction_change" and f.action == "imposed"
                            and f.object in subjects and sent - REACH <= f.sent < sent), None)
            return (_actors_of(imposed, earlier, subjects) if imposed is not None else ([], None))
        if not act:
            return [], None
        nominal = True
        kind = next((k for k, rx in rules.antecedents.items() if rx.search(act.group())), None)
        if kind is None and (of := _OF_WHAT.match(phrase.strip(), act.end())):
            # "the lifting of sanctions": the noun after "of" names the kind
            kind = next((k for k, rx in rules.antecedents.items() if rx.search(of.group("noun"))), None)
        head = act.group().split()[-1].lower()
        if floor is not None:
            named = next((f for f in reversed(earlier) if kind and is_act(f, subjects, sent) and not f.extra.get("pending")
                          and f.span[0] >= floor and actor_of(f) not in subjects
                          and (f.kind == kind or (head in _LISTED and f.kind == "sanction_change"))), None)
            if named is not None:
                return _actors_of(named, earlier, subjects)  # "expressed dismay at the designation of X": that listing
            return _news_over_history(_last_other_act(earlier, subjects, floor, sent), earlier, subjects, text, sent, published)
    if floor is not None:
        return _echo(earlier, subjects, sent) or _news_over_history(
            _last_other_act(earlier, subjects, floor, sent), earlier, subjects, text, sent, published)
    def acts_of(kind):
        return [f for f in reversed(earlier) if is_act(f, subjects, sent) and not f.extra.get("pending") and f.sent < sent + 1
                and (kind is None or f.kind == kind)]

    if kind == "membership_change" and head in ("suspension", "suspensions") and (latest := next(
            (f for f in acts_of(None) if (f.kind, f.action) in (("membership_change", "suspended"), ("sanction_change", "lifted"))), None)):
        kind = latest.kind  # "welcomed the Caesar suspension": of sanctions or of a member, whichever was told last
    # (of one sentence's acts, its news before what it came after: "X sanctioned Y on Monday, a month after Z
    # blacklisted Y's carrier. Y condemned the measures")
    events = sorted(acts_of(kind), key=lambda f: (-f.sent, bool(f.extra.get("prior"))))
    if kind and not events and head in _UNDOING:
        # "X and Y were struck from the grey list ... X's minister welcomed the exit": an undoing of another kind
        events = [f for f in acts_of(None) if f.kind not in ("act", "said", "reaction") and f.action in ("lifted", "removed", "left")]
        kind = events[0].kind if events else kind
    if head in _UNDOING or head in _DOING:
        # "criticised the lifting of sanctions": an act that undid (or did) what its kind does
        undoing = head in _UNDOING
        events = [f for f in events if (f.action in ("lifted", "removed", "left")) == undoing] or events
    if kind == "designation_change" and head in _LISTED and not any(f.sent >= sent - REACH_KIND for f in events) and any(
            f.sent >= sent - REACH_KIND for f in acts_of("sanction_change")):
        # "the listings" with no designation told: the sanctions that listed people ("agreed to sanction 15 officials")
        kind = "sanction_change"
        events = acts_of(kind)
    # "X welcomed its removal", "hailed its exit": the last act done to the reactor itself,
    # whatever kind the noun suggests
    antecedent = _done_to(subjects, earlier, sent, published) if nominal and _OWN.match(phrase) else None
    if antecedent is None and kind:
        # news before history: "Sweden joined ... Both had applied in May 2022. ... Moscow denounced
        # the enlargement" reacts to the joining, when it is within reach
        in_reach = [f for f in events if f.sent >= sent - REACH_KIND]
        antecedent = next((f for f in in_reach if not told_as_past(f, published)), None)
        if antecedent is not None and antecedent.object not in subjects and (mine := next(
                (f for f in in_reach if f.object in subjects and not told_as_past(f, published)), None)):
            antecedent = mine  # "X taxed Y's and Z's goods, and Y hit back with tariffs. Z opposed the levies": X's
        if antecedent is None and in_reach:
            # (all within reach told as history: the lead's news however far on, "X left Y last Thursday.
            # ... Z had quit Y in February 2025. ... On Saturday, W called the withdrawal a mistake")
            lead = _lead_act(earlier, text, sent, kind, reach=sent)
            antecedent = lead if lead is not None and not told_as_past(lead, published) else next(
                (f for f in in_reach if not f.extra.get("since")), None)
        elif antecedent is None and (head in _UNDOING or head in _DOING) and (
                led := next((f for f in events if f.sent <= LEAD or in_lead(text, f.span[0])), None)):
            antecedent = led  # "... criticised the lifting of sanctions", the lead's lifting, paragraphs on
        elif antecedent is None:
            antecedent = _lead_act(earlier, text, sent, kind)  # none within reach: the lead's, if of that kind
        # the act's own noun picks among acts of its kind: "welcomed the package" is the act told as a package
        word = (re.compile(r"\b(?:black)?list(?:ing|ed)\b", re.IGNORECASE) if head in ("listing", "listings")  # "blacklisting X"
                else re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE) if head else None)
        named = next((f for f in events if word and (f.sent >= sent - REACH_KIND or f.sent <= LEAD or in_lead(text, f.span[0]))
                      and word.search(text, f.span[0], f.span[1]) and not told_as_past(f, published)), None)
        antecedent = named if named is not None and head not in _GENERIC_HEADS else antecedent
        # the act's target picks the event however far back: "rejected the description of X as ..."
        antecedent = next((f for f in events if f.object in targets), antecedent)
        # an actor the reaction's sentence names picks its own act of the kind, however far back: "the
        # sanctions were an unfriendly act that would not strengthen ties with Washington"
        in_sentence = {masked.actors[int(n)].actor for k, n in TOKEN.findall(masked.text) if k in "so"} - set(subjects)
        if antecedent is not None and actor_of(antecedent) not in in_sentence and (own := next(
                (f for f in events if actor_of(f) in in_sentence and not told_as_past(f, published)), None)):
            antecedent = own
        # "X protested the listing", the last one told history: the act of that kind done to X itself, told as news
        if antecedent is not None and told_as_past(antecedent, published) and antecedent.object not in subjects and (mine := next(
                (f for f in events if f.object in subjects and not told_as_past(f, published)), None)):
            antecedent = mine
    elif antecedent is None and head:
        word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        # an armed act is the one whose own verb or noun is armed ("American strikes on boats"), not one
        # whose sentence names it ("X ordered the suspension in protest at American strikes")
        armed_head = bool(_ARMED.match(head))
        verb = _ARMED if armed_head else _VETO if _VETO.match(head) else _INVITED if head in _INVITATION else None
        # (news, not history: "Resolution 2231 ... in January 2016 ... lifted" is not "the resolution" of 2025)
        antecedent = next((f for f in events if sent - REACH_KIND <= f.sent < sent and not told_as_past(f, published) and (
            verb.search(f.extra.get("verb", "")) if verb is not None and f.kind == "act" else
            not armed_head and word.search(text, f.span[0], f.span[1]))), None)
    if antecedent is None and head in _VOICED:
        # "X protested to Y ... Y rejected the protest": the one who voiced it at the reactor
        # (further back only when the sentence names no one else: "X's ministry called Y's decision hasty
        # and rejected the accusations" answers Y)
        others = any(masked.actors[int(n)].actor not in subjects for k, n in TOKEN.findall(masked.text) if k in "soj")
        reach = REACH if others else REACH_VOICED
        said = next((f for f in reversed(earlier) if f.kind == "reaction" and f.object in subjects
                     and f.subject not in subjects and sent - reach <= f.sent <= sent), None)
        if said is not None:  # all who voiced it together: "X and Y criticised Z. Z rejected the complaints"
            return list(dict.fromkeys(f.subject for f in earlier if f.kind == "reaction" and f.sent == said.sent
                                      and f.object == said.object and f.action == said.action and f.subject not in subjects)), said
    if antecedent is None and head in _SPOKEN:
        # "X said a blockade would threaten it. Y condemned the remarks": the last one who spoke
        antecedent = next((f for f in reversed(earlier) if f.kind == "said" and sent - REACH_KIND <= f.sent < sent
                           and f.subject not in subjects), None)
    if antecedent is None and head and head not in _GENERIC_HEADS:
        # "X ordered Y to ... . Z welcomed the order": an act no frame models, named by its noun
        stem = cut if len(cut := _STEM.sub("", head)) >= 4 else head  # not "de" from "deal"
        armed, invited = bool(_ARMED.match(stem)), head in _INVITATION
        names = _ARMED if armed else _INVITED if invited else next((family for family in (_FREED, _LAWS, _DUTIES, _DEMOLITION, _RULINGS, _DRILLS) if family.match(stem)),
                                          re.compile(rf"\b{re.escape(stem)}"))
        # within reach; the lead's act, or an armed act, however far: "X banned exports to Y" then,
        # paragraphs on, "Z called the ban coercion"; "... after last week's air strike on X" then
        # "Y denounced the raid"
        antecedent = next((f for f in reversed(earlier) if f.kind == "act" and f.sent <= sent
                           and (armed or sent - REACH_KIND <= f.sent or f.sent <= LEAD or in_lead(text, f.span[0]))
                           and actor_of(f) not in subjects
                           and names.search(f.extra.get("verb", "") if armed or invited else f.extra.get("said", ""))
                           and not _DISSENT.search(f.extra.get("said", ""))), None)
    if antecedent is None and head in ("vote", "votes") and (decided := next((
            f for f in reversed(earlier) if f.extra.get("body") and f.kind not in ("said", "reaction")
            and sent - REACH_KIND <= f.sent <= sent and actor_of(f) not in subjects), None)):
        antecedent = decided  # "X declared Y in breach ... Z voted no. W praised the vote": what the body decided
    if antecedent is None and not nominal and phrase and _PRONOUN.match(phrase) and (same := next(
            (f for f in reversed(earlier) if f.kind == "reaction" and f.sent == sent - 1 and f.subject in subjects
             and f.object and f.object not in subjects), None)):
        return [same.object], same.extra.get("event")  # "Y welcomed X's decision. Y's ministry called it ...": X's
    if antecedent is None:
        # not an act told as history: "... reimposed its own sanctions in May 2018. Y dismissed the outcome"
        # (a vote's outcome, the act a body decided a little further back, before what its target did in answer:
        # "... voted to suspend X. X said it was leaving the council. Y welcomed the outcome")
        tallied = head in _TALLIED and next((f for f in events if "agent" in f.extra and f.sent >= sent - REACH_KIND), None)
        near = [f for f in events if (f.sent >= sent - REACH or f is tallied) and not history(f.date, published)]
        fresh = next((f for f in near if not told_as_past(f, published)), None)
        if fresh is not None and fresh.kind == "membership_change" and fresh.action == "joined" and actor_of(fresh) in subjects:
            # "X became a member of Y on Thursday, a year after Z joined. X's president hailed the
            # decision": its own news, the body's admission of it, not Z's
            return [fresh.object], fresh
        if (talks := next((f for f in reversed(earlier) if f.kind == "act" and "with" in f.extra and actor_of(f) in subjects
                           and sent - REACH_KIND <= f.sent <= sent), None)) is not None and not [
                f for f in near if actor_of(f) not in subjects and not told_as_past(f, published)]:
            # "X opened accession talks with Y on Tuesday. X's prime minister hailed the step": its own step, with Y
            return [talks.extra["with"]], talks
        # one reacts to what was done to one, then to another's act before one's own: "X listed Y
        # ...; Z had been delisted in May. Y dismissed the move", "X suspended Y; Y left, calling
        # the vote illegal"
        # (news before background told with its own past date: "X approved Y's accession on Tuesday,
        # ... alongside Z, which joined in April 2023. Y welcomed the vote")
        others = [f for f in near if actor_of(f) not in subjects]
        others.sort(key=lambda f: f is not tallied)
        antecedent = next((f for f in near if f.object in subjects and actor_of(f) not in subjects),
                          next((f for f in others if not told_as_past(f, published)), None))
        if antecedent is None and not (others and _unmodelled_acts(earlier, subjects, sent)):
            antecedent = others[0] if others else (near[0] if near else None)
    # ("Y also hailed the decision": the one the reactions before it answered, however many sentences back)
    also = bool(groups.get("trig") and re.search(rf"\balso\s+{re.escape(groups['trig'])}", masked.text))
    prior = next((f for f in reversed(earlier) if f.kind == "reaction" and f.sent >= sent - (REACH_KIND if also else REACH)
                  and f.object), None)
    if antecedent is None and nominal and prior is not None:
        antecedent = prior.extra.get("event")
        if antecedent is not None and _armed_mismatch(head, antecedent):
            antecedent = None  # "X welcomed the ruling. Y condemned the drone attacks": not the ruling
        if antecedent is None and prior.object in subjects and prior.subject not in subjects and head in _DECLARED:
            # "X declared Y's ambassador persona non grata. Y called the expulsion regrettable": the
            # act that answered is itself answered
            return [prior.subject], None
    if antecedent is None and nominal and prior is None:
        # "X designated two gangs as terrorist groups. Y welcomed the decision": an act no frame
        # models, told within reach
        told = _unmodelled_acts(earlier, subjects, sent)
        # an act told by its verb before one only named ("launched the process to restore UN sanctions")
        antecedent = next((f for f in told if not f.extra.get("nominal")), told[0] if told else None)
    if antecedent is None and nominal and prior is None and (head in _GENERIC_HEADS or head in _DECLARED or head in _PROPOSED
                                                             or head in _PLEDGED):
        # "X declared on Friday that Y's envoy was no longer welcome. Y called the expulsion
        # regrettable": what another actor announced about the reactor in the sentence before; or
        # what it said it would do ("X will leave Y by next year, its minister said. Z condemned the plan")
        antecedent = next((f for f in reversed(earlier) if f.kind == "said" and actor_of(f) not in subjects and (
            (f.sent == sent and head in _PROPOSED) or ((f.sent == sent - 1 or (f.sent == sent - 2 and head in _ANNOUNCED)) and (
                set(f.extra.get("about", ())) & set(subjects) or (f.extra.get("future") and (head not in _DECLARED or head in _PLEDGED)))))), None)
    if antecedent is None and nominal and prior is None:
        # "... called the decision regrettable", paragraphs after the lead: the lead's event (an act
        # no frame models only when named as any act is: "the move", "the plan")
        antecedent = _lead_act(earlier, text, sent, kind, unmodelled=head in _GENERIC_HEADS or head in _PLANS or head in _LAW_HEADS)
    if antecedent is None:
        # "X regretted Y's decision, while Z praised it", "X welcomed the step. Z hailed it ...": a
        # pronoun takes up the act reacted to in its sentence or the one before
        echo = (nominal and not _INDEFINITE.match(phrase)) or (prior is not None and prior.sent >= sent - 1 and bool(_PRONOUN.match(phrase)))
        if echo and prior and prior.object not in subjects and not (
                prior.extra.get("event") is not None and _armed_mismatch(head, prior.extra["event"])):
            if head and head.endswith("s") and not head.endswith("ss"):
                # (a plural takes up all it answered at once: "X condemned A's, B's and C's steps. Y welcomed the
                # recognitions")
                return list(dict.fromkeys(f.object for f in earlier if f.kind == "reaction" and f.sent == prior.sent
                                          and f.subject == prior.subject and f.action == prior.action
                                          and f.object and f.object not in subjects)), None
            return [prior.object], None
        # "X's ministry announced the duties on Tuesday. Y denounced it": with no reaction before it,
        # the act no frame models told in the sentence before, or in its own
        told = [f for f in _unmodelled_acts(earlier, subjects, sent) if f.sent >= sent - 2
                and f.extra.get("verb") not in _NO_DECISION] if _PRONOUN.match(phrase) and not echo else []
        if not told and _PRONOUN.match(phrase) and not echo and prior is None:
            # "X's new strategy drops ... Moscow noticed. Peskov described them as a positive step": the
            # acts told within reach, all of one other actor
            told = [f for f in earlier if f.kind not in ("reaction", "act", "said") and not f.extra.get("pending")
                    and sent - REACH_KIND <= f.sent < sent and not told_as_past(f, published)]
            told = told[::-1] if told and all(actor_of(f) not in subjects for f in told) else []
        if not told and nominal and head not in _GENERIC_HEADS and (same := next((
                f for f in reversed(earlier) if f.kind == "reaction" and sent - REACH_KIND <= f.sent < sent and f.object
                and f.object not in subjects and re.search(rf"\b{re.escape(head)}\b", text[f.span[0]:f.span[1]], re.IGNORECASE)), None)):
            # "X condemned an executive order by Y. ... Z said it regretted the order": the act an
            # earlier reaction named by the same noun, further back than an echo reaches
            return [same.object], None
        if not told and nominal and not _INDEFINITE.match(phrase) and not any(
                f.kind not in ("reaction", "said") for f in earlier) and (lead := next((
                    f for f in earlier if f.kind == "reaction" and (f.sent <= LEAD or in_lead(text, f.span[0]))
                    and f.object and f.object not in subjects and f.subject not in subjects), None)):
            # "X dismissed a warrant issued by Y for its president. ... Z welcomed the ruling": the act the
            # lead's reaction answered, when the text tells no other
            return [lead.object], None
        if len({actor_of(f) for f in told}) != 1:
            return [], None  # none, or several actors' acts: "it" names none for sure
        antecedent = told[0]
    if (nominal and head in _GENERIC_HEADS and told_as_past(antecedent, published)
            and (news := _done_to(subjects, earlier, sent, published)) is not None and not told_as_past(news, published)):
        # "The Emirati foreign ministry welcomed the decision": the news done to it, not the history told since
        antecedent = news
    if antecedent.kind == "membership_change" and antecedent.action in ("joined", "applied") and (own := next((
            f for f in earlier if f.kind == antecedent.kind and f.action == antecedent.action and f.object == antecedent.object
            and f.sent == antecedent.sent and actor_of(f) in subjects), None)):
        # "X joined Y together with Z and W. X's officials hailed the accession": its own news, the
        # body's admission of it (an application is its own act, answering no one)
        return ([own.object], own) if own.action == "joined" else ([], None)
    if nominal and (named := {masked.actors[int(n)].actor for k, n in TOKEN.findall(masked.text)
                                                    if k in "so"} - set(subjects)) and actor_of(antecedent) not in named and (
            own := next((f for f in events if actor_of(f) in named and f.sent >= sent - REACH_KIND
                         and not told_as_past(f, published)), None)):
        antecedent = own  # "X regretted the move and hoped Y would reconsider": Y's move, not the last told
    # (a singular noun names one deed: "condemned Tuesday's package", not the same day's others)
    actors, event = _actors_of(antecedent, earlier, subjects, several=not head or head.endswith("s"))
    # "condemned the drone attacks on Port Sudan": not the state the act was aimed at
    return ([a for a in actors if a not in aimed], event) if aimed else (actors, event)


def _news_over_history(found: tuple[list[str], object], earlier: list, subjects: list[str], text: str, sent: int,
                       published: dt.date | None) -> tuple[list[str], object]:
    """`found`, unless its act is history (told with a date months before publication) and the
    lead reports news within reach: "Sweden joined NATO on Thursday ... Both had applied in May
    2022 ... Moscow responded with hostility" reacts to the joining."""
    act = found[1]
    if act is None or not told_as_past(act, published):
        return found
    recent = [f for f in earlier if not told_as_past(f, published)]
    # (the lead's news may be an act no frame models: "X vetoed the resolution. Z, which listed Y in
    # 2017, accused X ... W voiced regret")
    lead = _lead_act(recent, text, sent, None, unmodelled=True)
    if lead is None or (lead.kind == "act" and any(
            f.kind == "act" and f.sent == lead.sent and f.extra.get("verb") == lead.extra.get("verb")
            and actor_of(f) in subjects for f in earlier)):
        return found  # the subjects' own deed, done with others: "X and Y opened talks with Z. Y hailed the step"
    return _actors_of(lead, earlier, subjects)


def _lead_act(earlier: list, text: str, sent: int, kind: str | None, unmodelled: bool = False, reach: int = REACH_LEAD):
    """The act the lead reports, when it reports one (of `kind`, when given) and it lies at most
    `reach` sentences before sentence `sent`; else None. With `unmodelled`, an act no frame
    models counts when the lead tells no other ("X's State Council approved the reserve")."""
    acts = [f for f in earlier if f.kind != "reaction" and not f.extra.get("pending") and not f.extra.get("since")]
    if unmodelled and not any(in_lead(text, f.span[0]) or f.sent <= LEAD for f in acts):
        acts = [f for f in earlier if f.kind == "act" and f.extra.get("verb") not in _NO_DECISION]
    first = min((f.sent for f in acts), default=LEAD + 1)
    lead = [f for f in acts if f.sent == first and (first <= LEAD or in_lead(text, f.span[0]))
            and sent - f.sent <= reach]
    def deed(f):  # one deed, however many did it together: "X, Y and Z set in motion ..."
        return f.kind, f.object, f.action, f.designation, f.extra.get("verb")
    told = [f for f in lead if kind is None or f.kind == kind]
    if lead and (all(f.key()[:4] == lead[0].key()[:4] for f in told) or all(deed(f) == deed(lead[0]) for f in told)):
        return lead[0] if kind is None or lead[0].kind == kind else None
    if kind is None and told and len({actor_of(f) for f in told}) == 1:
        return told[0]  # several facts, one actor: "X adopted its 18th package (a text and sanctions)"
    return None


def told_as_past(fact, published: dt.date | None) -> bool:
    """Whether `fact` is dated by the text to a month before the one before publication."""
    if not (published and fact.date):
        return False
    last_month = (published.replace(day=1) - dt.timedelta(days=1)).isoformat()
    return fact.date[:7] < last_month[: min(7, len(fact.date))]


def history(date: str | None, published: dt.date | None) -> bool:
    """Whether `date` lies two calendar years or more before `published` (2023 or earlier for 2025)."""
    return bool(published and date) and date[:4] < str(published.year - 1)


def _armed_mismatch(head: str | None, act) -> bool:
    """Whether a noun for an armed act ("the drone attacks") cannot name `act`, an act told
    otherwise (a ruling, a listing)."""
    return bool(head and _ARMED.match(head)) and not (act.kind == "act" and _ARMED.search(act.extra.get("verb", "")))


def _unmodelled_acts(earlier: list, subjects: list[str], sent: int) -> list:
    """The acts no frame models, told within reach by another actor than `subjects`, last first."""
    return [f for f in reversed(earlier) if f.kind == "act" and sent - REACH <= f.sent <= sent and actor_of(f) not in subjects]


def _done_to(subjects: list[str], earlier: list, sent: int, published: dt.date | None = None):
    """The last fact within REACH_KIND sentences done to one of `subjects`: its object, or the
    member of a membership change (which a body decides: "hailed its readmission"); news before
    background told with a past date ("X added Y to its list on Tuesday. Z had grey-listed Y in
    June 2024. Y criticised its inclusion")."""
    done = [f for f in reversed(earlier) if f.kind not in ("reaction", "act") and not f.extra.get("pending")
            and sent - REACH_KIND <= f.sent <= sent
            and (f.object in subjects or (f.kind == "membership_change" and f.subject in subjects))]
    return next((f for f in done if not told_as_past(f, published)), done[0] if done else None)


def _echo(earlier: list, subjects: list[str], sent: int) -> tuple[list[str], object] | None:
    """The object of a reaction told earlier in the same sentence, for a feeling that names none:
    "X, Y and Z condemned the veto, while V and W expressed deep regret"."""
    prior = next((f for f in reversed(earlier) if f.kind == "reaction" and f.sent == sent and f.object
                  and f.object not in subjects), None)
    return ([prior.object], prior.extra.get("event")) if prior is not None else None


def _last_other_act(earlier: list, subjects: list[str], floor: int, sent: int) -> tuple[list[str], object]:
    """The actors of the last act (one no frame models included) at or after `floor`, and at most
    REACH_FEELING sentences back (a text without blank lines is one paragraph), whose actor is
    not among `subjects`."""
    acts = [f for f in reversed(earlier) if is_act(f, subjects, sent) and (f.kind == "act" or not f.extra.get("pending"))
            and sent - f.sent <= REACH_FEELING]
    # (one done to the reactor first: "X's tariffs on Y and Z took effect, and Y answered with duties on X's
    # goods. Z said the tariffs were unjustified": X's)
    others = [f for f in acts if f.span[0] >= floor and actor_of(f) not in subjects]
    antecedent = next((f for f in others if f.object in subjects), others[0] if others else None)
    if antecedent is None and not any(f.span[0] >= floor for f in acts):
        # the paragraphs in between report no act at all ("X joined Y. <colour>. Z responded
        # angrily."): the last act before them, still within reach
        antecedent = next((f for f in acts if actor_of(f) not in subjects), None)
    return _actors_of(antecedent, earlier, subjects) if antecedent is not None else ([], None)


def _actors_of(antecedent, earlier: list, subjects: list[str], several: bool = True) -> tuple[list[str], object]:
    """Who a reaction by `subjects` to the fact `antecedent` reacts to, and that fact (with those who did
    the same the same day just before, unless the reaction's noun is `several`-less: "the package")."""
    agent = antecedent.extra.get("agent") or next(
        (f.extra["agent"] for f in earlier if "agent" in f.extra and f.key() == antecedent.key()), None)
    if agent:  # "X was suspended by Y": both X and third parties react to Y
        return ([agent] if agent not in subjects else []), antecedent
    if antecedent.subject in subjects:
        return ([antecedent.object] if antecedent.object and antecedent.object not in subjects else []), antecedent
    # "The US and the EU lifted sanctions ... Tehran hailed the move": both acted; so did one who did the
    # same the same day in the sentence before ("X imposed sanctions on Y on Friday. Z announced matching
    # freezes the same day. Y said the measures ...")
    # (not one told in another month: "X was admitted on Sunday, the first since Y joined in 1999")
    joint = [f.subject for f in earlier if f.kind == antecedent.kind
             and ((f.sent == antecedent.sent and (f.date or "")[:7] == (antecedent.date or "")[:7])
                  or (several and f.kind == "sanction_change" and abs(f.sent - antecedent.sent) == 1
                      and f.date == antecedent.date and len(f.date or "") == 10))
             and (f.object, f.action) == (antecedent.object, antecedent.action) and f.subject not in subjects
             and (f.kind != "act" or f.extra.get("verb") == antecedent.extra.get("verb"))]  # acts: the same deed
    return list(dict.fromkeys(joint)), antecedent


def answering(earlier: list, subjects: list[str], sent: int, reach: int) -> tuple[list[str], object]:
    """Whom a retaliation in kind answers ("X expelled Y's diplomats. Y answered in kind"): the
    actor of the last fact within `reach` sentences, reaction or act, done to one of `subjects`."""
    done = next((f for f in reversed(earlier) if sent - f.sent <= reach and f.object in subjects
                 and actor_of(f) not in subjects and not f.extra.get("pending")), None)
    return ([actor_of(done)], done) if done is not None else ([], None)


def actors_of_sentence_act(earlier: list, subjects: list[str], sent: int) -> list[str]:
    """The actors of the last act told in sentence `sent` by others than `subjects`, for a reaction
    in a relative clause hung on it: "X and Y recognised Z on Sunday, a step that W denounced"."""
    acts = [f for f in earlier if f.sent == sent and (f.kind != "reaction" or f.extra.get("deed")) and actor_of(f) not in subjects]
    return list(dict.fromkeys(actor_of(f) for f in acts if f.order == acts[-1].order)) if acts else []


def acted(actor: str, earlier: list) -> bool:
    """True when `actor` is the actor of an earlier non-reaction fact, or of an act no frame models
    ("X, Y and Z recognised Palestine. W accused them of ...")."""
    return any(f.kind != "reaction" and (f.kind == "act" or not f.extra.get("pending")) and actor_of(f) == actor
               for f in earlier)
