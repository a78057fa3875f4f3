"""Documents to facts: sentences, mentions, frames, roles, dates, then one fact per event.

The engine only interprets the pattern data (patterns/*.toml via kg.loaders.rules); what makes
a membership or a sanction is written there. Facts are plain dicts in the output contract:
kind, subject, object, action, designation, policy, date, source, evidence, span, confidence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Callable, Sequence

from kg.loaders.dates import ABSOLUTE, DATED_NOUNS, MONTHS, DateMention, find_dates
from kg.loaders.descriptions import lead_org, named_as_place
from kg.loaders.gazetteer import DATELINE, LOCATIVE, Gazetteer, default_gazetteer, fold
from kg.loaders.masking import TOKEN, Masked, mask
from kg.loaders.names import bare as _bare, label as _label, labels as _labels, policy as _policy, policy_name as _policy_name
from kg.loaders.reactions import (LEAD, REACH_LEAD, acted, actor_of, actors_of_sentence_act, answering, history, in_lead,
                                  reaction_objects, told_as_past)
from kg.loaders.roles import ASIDE, Subject, find_subject, vetoed
from kg.loaders.rules import Frame, Rules, _load, expand, load_rules
from kg.loaders.sentences import PARAGRAPH_BREAK, SENTENCE_END, paragraph_floor, paragraph_start, split_sentences
from kg.loaders.sources import Document

EXTRACTOR_VERSION = "kg-patterns/1"

#: Date ranks: a date written in the sentence beats the publication date beats none.
RANK_TEXT, RANK_PUBLISHED, RANK_NONE = 2, 1, 0
#: The date of an event placed only vaguely in the past ("decades ago"): background, not news.
VAGUE = "vague"
_ACTOR_TOKEN = re.compile(r"⟦[so]\d+⟧")
#: The rest of a list an actor opens: ", ⟦s3⟧ and ⟦s4⟧".
_LISTED_AFTER = re.compile(r"(?:,\s*⟦[so]\d+⟧)*,?\s+and\s+⟦[so]\d+⟧")
_SAID_ON = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?⟦d(\d+)⟧")
_SINCE = re.compile(r"[Ss]ince\b")
_CLAUSE_BREAK = re.compile(r"[,;]")
#: A day that opens the sentence, or a clause after a colon or semicolon, and dates its main clause (whose
#: subject may stand between): "Last Thursday, X rejected ...", "...: on February 4, Executive Order 14199 took".
_OPENING_DAY = re.compile(r"(?:^|(?<=[:;]))\s*(?:(?:[Oo]n|[Ii]n|[Ee]arly on|[Ll]ate on)\s+)?⟦d\d+⟧,"
                          r"(?:\s+(?:in|at|during|amid|after|before|with|under)\s[^,;:⟦]*(?:⟦[so]\d+⟧[^,;:⟦]*)?,)?"
                          r"(?:\s+[^,;:⟦]*(?:⟦[so]\d+⟧[^,;:⟦]*)?)?\s*$")
_WHEN_AFTER = re.compile(r",?\s+when\s")
_CLAUSE_END = re.compile(r"[,;.]")
#: A sentence whose subject is a pronoun, after two opening phrases at most: "At the same meeting, they ",
#: "At the same meeting they ", "In January its commerce ministry ", "Two weeks later, on May 4, he ", "When he ".
_PRONOUN_SUBJECT = re.compile(r"^(?:(?-i:[A-Z])[^,;⟦]{0,50},\s+|(?-i:[A-Z][a-z]+ing)\s[^,;]{0,80},\s+|(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Ff]ollowing)\s(?:[^,;⟦]|⟦d\d+⟧){0,60}?\s|(?:(?:[Oo]n|[Ii]n|[Bb]y|Since)\s)?⟦d\d+⟧(?:,\s+(?:the|a|an)\s[^,;⟦]{1,60})?,?\s+|(?:When|Once|As)\s){0,2}"
                              r"(?:[Tt]hey|[Ii]t|[Tt]he (?:same )?(?:(?:two|three|four|five) )?(?:ministers|leaders|governments|officials|envoys|diplomats|juntas)"
                              r"|[Aa]ll (?:two|three|four|five)|[Tt]he (?:two|three|four|five)"
                              r"|(?:[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:ministry|ministers|government|cabinet|council|parliament|officials|leaders|authorities|regulators?|statement|communiqu[eé])(?:,\s(?:in|at|during)\s[^,;]{1,60},)?"
                              # a leader told in the sentence before, or the leader's office: "He hailed ...", "His office
                              # criticised ...", "On June 30 the president signed ..."
                              r"|(?-i:[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er) (?:office|government|administration|cabinet|spokes(?:man|woman|person)|ministers?)|[Tt]he (?:president|prime minister)))\s+"
                              r"(?:ha[sd]\s+|have\s+)?(?:(?:also|already|then|later|further|subsequently|jointly|together|formally|officially|finally|eventually|first)\s+)?"
                              r"(?:(?:agreed|decided|voted)(?:\s+on\s+⟦d\d+⟧)?\s+to\s+)?"
                              # what it said it had done: "It said in 2023 that it had formally applied to join Y"
                              r"(?:(?:said|announced|confirmed|declared)(?:\s+(?:on\s+|in\s+)?⟦d\d+⟧)?\s+that\s+(?:it|they)\s+(?:ha[sd]|have)\s+"
                              r"(?:(?:also|already|formally|officially)\s+)?)?$")
#: The grammar's macros, for the few patterns here that share the pattern files' words.
_MACROS = _load("grammar.toml")["macros"]
#: Past tenses not in -ed that tell acts: "froze", "withdrew", "hit".
_PAST = r"(?:(?-i:[a-z]+ed)|took|put|gave|made|struck|left|cut|set|froze|hit|quit|withdrew|broke|sent|kept|held|sought|forbade|drew|won|led)"
#: A sentence's subject that is an office-holder named by title and name, no actor's: "Oil minister
#: Pedro Tellechea", "Parliament speaker Shalva Papuashvili, a party loyalist,".
_OFFICE = (r"(?:(?:On|In|Late on|Later)\s[^,;⟦]{1,40},\s+)?(?P<title>(?:(?:[A-Z][a-z]+|[a-z]+)\s){0,2}?"
           r"(?:Vice[ -]President|President|(?:Deputy )?Prime Minister|[Mm]inister|[Ss]peaker|[Ss]ecretary|[Ss]pokes(?:man|woman|person)))"
           r"(?:\s(?:[A-Z]|(?:al|el)-[A-Z])[\w\-'.]+){1,4}")  # ("Foreign Minister Asaad al-Shaibani")
_UNNAMED_OFFICIAL = re.compile(rf"^{_OFFICE}\s*(?:,[^,;⟦]{{1,80}},\s*)?(?:(?:also|later|then|quickly|swiftly|promptly)\s+)?$")
#: ... opening a sentence that names no actor: it may still tell a reaction.
_OFFICE_OPENING = re.compile(rf"\s*{_OFFICE}")
#: ... or a pronoun for the actor just told: "It rescinded the designation on January 13, 2020"; a leader's only
#: for a document ("He signed Executive Order 14257"), since "She welcomed ..." may stand for any person named before.
_PRONOUN_OPENING = re.compile(r"\s*(?:(?:On|In|By)\s[^,;]{1,40},\s+)?(?:(?:He|She)\s+(?:(?:also|then|later)\s+)?(?:signed|issued|approved|unveiled|decreed)\b"
                              r"|(?:It|They)\s+(?:(?:also|then|later|first)\s+)?(?:(?:was|were|had been|has been)\s+(?:(?:also|again|then|later|first)\s+)?)?" + _PAST + r"\b"
                              r"|[A-Z][^,;]{0,40},\s+(?:[^,;]{1,40},\s+)?(?-i:he|she|they|it)\s+" + _PAST + r"\b"  # "Two weeks later, on May 4, he signed"
                              r"|(?:On|In)\s[^,;]{1,60}?\s(?-i:it|they|he|she)\s+" + _PAST + r"\b"  # "On September 12 it sanctioned", "... it froze"
                              # "On 20 May its foreign ministers agreed to lift ..."
                              r"|(?:(?:On|In)\s[^,;]{1,40}?,?\s)?(?:Its|Their|(?<=\s)its|(?<=\s)their)\s(?:[a-z\-]+\s){0,2}?"
                              r"(?:ministers|leaders|government|cabinet|council|parliament)\s+(?-i:[a-z]+ed)\b)")
#: ... or a numbered package that goes on a chronology of them: "The thirteenth arrived on 23 February 2024",
#: "The 15th package, adopted on 16 December, ...". (Its number is the grammar's ORDINAL, which the frame that
#: reads such a sentence, sanction-numbered-package-dated, names it by.)
_NUMBERED_OPENING = re.compile(expand(r"\s*(?:(?:The|Its|Their)\s{ORDINAL}(?:(?:\s(?:sanctions\s)?package)?,?\s"
                                      r"(?:(?:formally|finally)\s)?(?:adopted|agreed|approved|came|followed|arrived)\b"
                                      r"|\s(?:sanctions\s)?package\s(?:was|had\sbeen)\s(?:adopted|agreed|approved)\b"
                                      r"|(?:\s(?:sanctions\s)?package)?,\s(?:on|in)\s[^,;]{3,30},\s)"  # "The 14th package, in June 2024, went after ..."
                                      # "And on 20 May the 17th added ...", "On 24 February, ..., the 16th package banned ..."
                                      r"|(?:And\s)?(?:On|In|(?<=And\s)on|(?<=And\s)in)\s[^;]{3,80}?\bthe\s{ORDINAL}(?:\s(?:sanctions\s)?package)?\s"
                                      r"(?:added|banned|went|targeted|listed|extended|introduced|imposed|blacklisted|cut|hit)\b"
                                      # "It comes two months after the 17th package, adopted on May 20, ..."
                                      r"|[^.;!?\n]{0,80}?\b(?:after|following|since)\sthe\s{ORDINAL}(?:\s(?:sanctions\s)?package)?,?\s"
                                      r"(?:(?:formally|finally)\s)?(?:adopted|agreed|approved)\b)",
                                      _MACROS))
#: ... or the sanctions just told, undone or begun in the passive or dated: "The measures were lifted on July 3,
#: 2022", "The tariffs, of up to 218 per cent, were imposed in November 2020", "The sanctions, announced on
#: Friday, ...", "The measures, one of them titled ...", or a licence that eased them, issued.
_MEASURES_OPENING = re.compile(r"\s*(?:[^,;]{1,40},\s+)?(?:(?:most|many|some|all|part|much) of )?(?:the|those|these|such) (?:[a-z]+ ){0,2}?"
                               r"(?:sanctions|measures|restrictions|penalties|embargo|tariffs|duties|levies|ban)"
                               r"(?:(?:, [^,;]{1,40},)? (?:were|was|had been) "
                               r"|, (?:first |originally |initially )?(?:announced|imposed|adopted|unveiled|approved) "
                               r"|, one of (?:them|which) (?:titled|entitled) )"
                               r"|\s*(?:the|a) (?:[a-z\-]+ ){0,2}?licen[cs]e(?:, [^,;]{1,60},)? (?:had been|was|has been) (?:issued|granted)\b"
                               # "The first four judges were designated on June 5"
                               r"|\s*(?:the )?(?:(?:first|next|other|remaining) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty) (?:more |other )?"
                               r"(?:judges|officials|prosecutors|ministers|individuals|entities|companies|banks|firms) (?:were|was) (?:designated|sanctioned|blacklisted)\b"
                               # "X Logistics and its founder were blacklisted in January 2022"
                               r"|\s*(?-i:[A-Z][\w\-&]+)(?: (?-i:[A-Z&][\w\-&]*)){0,3} and (?:its|their) (?:founder|owners?|chief executive|directors?|chairman) "
                               r"(?:were|have been|had been) (?:blacklisted|sanctioned)\b"
                               # "A further round on 20 February added 32 names"
                               r"|\s*(?:(?:On|In) [^,;]{3,30},? )?(?:(?:a|an|the) (?:further|second|third|fourth|fifth|new|fresh|next|later)|another) round\b",
                               re.IGNORECASE)
#: ... or an order an act was part of: "The reversal was folded into an executive order, 'X', ...".
_ORDER_NAMED = re.compile(r"\b(?:into|in|of) (?:a|an|the) (?:[\w\-]+ ){0,2}?(?:executive order|decree|directive|proclamation),"
                          # ... or as the sentence's subject: "The order, Executive Order 14203, targets ..."
                          r"|(?:(?<=[.!?] )|(?<=\n))(?:(?:The|That|This) (?:executive )?(?:order|measure|decree), (?:numbered )?)?(?:Executive Order|Presidential Decree) ",
                          re.IGNORECASE)
#: A membership step named with the pronoun of the state the sentence before was about, read whatever was told
#: before and though it names no actor: "X is no longer a member of Y. Its withdrawal took effect on Sunday",
#: "Their departure became final on January 29, 2025".
_STEP_PRONOUN_OPENING = re.compile(r"\s*(?:Its|Their)\s+(?:formal\s+|official\s+)?(?:withdrawal|exit|departure|accession|admission|entry|readmission)\b")
#: A list named by what its members are: "the list of state sponsors of terrorism".
_LIST_OF = re.compile(r"\blist of ([a-z][a-z\- ]{3,60})", re.IGNORECASE)
#: ... or a titled document told with when it came out: "the Integrated Review released in March 2021".
_TITLE_TOLD = re.compile(r"(?-i:[A-Z][\w\-]+) (?-i:Review|Strategy|Concept|Doctrine|Paper|Compass|Plan|Era|Declaration)['\"’”]?,? "
                         r"(?:released|published|issued|unveiled|adopted|appeared|was released|was published|agreed by|adopted by|endorsed by|approved by)\b")
#: A decision others answer, which the answer tells as taken: "X rejected Y's decision to designate Z a ...".
_ANSWERED_DECISION = re.compile(r"\b(?:rejected|condemned|denounced|welcomed|hailed|critici[sz]ed|protested|slammed|praised|"
                                r"deplored|regretted|opposed|objected|pushed\s+back|hit\s+back)"
                                r"(?:\s+(?:on\s+)?⟦d\d+⟧)?(?:\s+(?:against|to|at|on))?"  # "pushed back on Sunday against ..."
                                r"\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?⟦[so]\d+⟧['’]s\s+decision\s+to\s+$")
#: ... and the day the answered decision was taken, told in an aside after it: ", a step Y took on Tuesday".
_STEP_TAKEN = re.compile(r"[^;.]{0,120}?,\s(?:a|the)\s(?:step|move|decision)\s(?:that\s|which\s)?(?:⟦[so]\d+⟧|it|he|she|they|the\s[a-z]+(?:\s[a-z]+)?)"
                         r"\s(?:had\s)?(?:took|taken|announced|made|adopted)\s(?:on\s|in\s|late\son\s)?⟦d(\d+)⟧")
#: A ratification, and a legislature as its subject: "X's parliament ratified", "lawmakers in X ratified".
_RATIFIED = re.compile(r"ratif(?:ied|ies|ying)\b")
_LEGISLATURE_BEFORE = re.compile(r"\b(?:parliament|lawmakers|legislators|legislature|MPs|deputies|Rada|Duma|Senate|Sejm|Knesset|National Assembly|"
                                 r"Grand National Assembly|congress|Congress)(?:\s(?:of|in)\s[A-Z][\w\-]*)?\s+(?:(?:also|finally|formally|then|had|has)\s+)?$")
#: An act told as what came of the one before: "X suspended Y in 2023, only to reinstate it in March 2024".
_ONLY_TO = re.compile(r",\s+only\s+to\s+$")
#: A mention that names a person by title: "Mozambique's President Daniel Chapo".
_TITLED = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|King|Emir|Minister|Secretary)\b")
#: An act judged before a pronoun in the same sentence, which "it" then stands for: "rejected the new tariff ..., while".
_ACT_JUDGED = re.compile(r"\b(?:rejected|condemned|denounced|critici[sz]ed|welcomed|hailed|praised|opposed|slammed|dismissed|protested)\s"
                         r"(?:(?:the|this|that|its|their)\s|⟦[so]\d+⟧['’]s\s)?(?:(?:[\w\-]+|⟦[soj]\d+⟧)\s){0,3}?(?:tariffs?|sanctions|"
                         r"decision|move|measures?|ban|order|plan|deal|law|resolution|step|listing|strikes?|attacks?|veto|vote)\b[^.;]*?(?:,|\s(?:while|and|but))\s[^.;]*$")
#: A day told as a leader's first in office: "on his first day back in the White House".
_FIRST_DAY = re.compile(r"\b(?:his|her) first (?:full )?day (?:back )?(?:in office|in power|(?:in|at) (?:the White House|⟦s\d+⟧)"
                        r"|as (?:president|prime minister|chancellor))(?![\w⟦])")
#: A day that owns what follows it: "Friday's addition".
_POSSESSIVE_DAY = re.compile(r"['’]s\s+\S")
#: A pronoun that stands for a person, a leader told before: "He", "His office".
_PERSON_PRONOUN = re.compile(r"(?-i:\b(?:[Hh]e|[Ss]he|His|Her|[Tt]he president|[Tt]he prime minister))\s")
#: A sentence whose subject is "he" or "she": "On March 2 he announced ...", "Later, she said ...".
_PERSON_OPENING = re.compile(r"\s*(?:(?-i:[A-Z])[^,;⟦]{0,50},\s+|(?:(?:[Oo]n|[Ii]n|[Bb]y)\s)?⟦d\d+⟧,?\s+)?(?-i:[Hh]e|[Ss]he)\s")
#: A sentence opening with a leader's government: "His government has cultivated ties with ...".
_LEADERS_OWN = re.compile(r"\s*(?-i:His|Her)\s+(?:government|administration|cabinet)\b")
#: A leader's office after "and", its holder named by an unknown name: ", and his foreign minister, Y, called".
_LEADERS_OFFICE = re.compile(r"\band\s+(?:(?:(?:in|on|by)\s)?(?:⟦d\d+⟧|[^,;⟦]{1,30}?)(?:\sof\s(?:that|the\ssame)\s(?:year|month))?\s)?(?-i:his|her)\s+(?:[a-z\-]+\s+){0,2}?(?:minister|spokes(?:man|woman|person)|office|government|administration|ambassador|envoy)"
                             r"(?:,\s(?-i:[A-Z])[^,;⟦]{1,40},)?\s+(?:[a-z]+ly\s+)?$")
#: ... and one inside the sentence, taking up its subject: ", and he called".
_PERSON_INHERITED = re.compile(r"(?-i:\b(?:he|she))\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$")
#: A pronoun after a colon that opens on the sentence's subject: "X has been busy: in February it ...".
_COLON_PRONOUN = re.compile(r"^\s*(?:[Tt]he\s+)?⟦[so](\d+)⟧(?:,\s[^,:;]{1,100},)?[^:;⟦]*(?:⟦d\d+⟧[^:;⟦]*)?:\s+(?:(?:on|in)\s+)?(?:⟦d\d+⟧,?\s+)?"
                            r"(?:(?:meeting|speaking|gathered|gathering) (?:in|at) [^,;:]{1,40},\s+)?(?:it|they)\s+(?:ha[sd]\s+|have\s+)?$")
#: ... or the subject of a time clause before it: "When the State Department renewed its designations in
#: January 2024, it again named ...".
_CLAUSE_PRONOUN = re.compile(r"^\s*(?:When|After|Once|As)\s+(?:the\s+)?⟦[so](\d+)⟧(?!['’])[^,;⟦]{1,60}(?:⟦d\d+⟧[^,;⟦]{0,20})?,\s+"
                             r"(?:it|they)\s+(?:ha[sd]\s+|have\s+)?(?:(?:also|again|then)\s+)?$")
#: A day told with the year of the narrative: "on January 2 of that year".
_THAT_YEAR = re.compile(r"⟦d\d+⟧,? (?:of )?(?:that|the same) year\b")
#: Words that tell what an actor will do.
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|intends? to)\b")
#: A future between a reaction's verb and a date: the date is of what is to come.
_FUTURE_BETWEEN = re.compile(r"\b(?:will|would|shall|is to|are to|is due|are due|next|(?:is|are) expected to)\b")
#: An undoing told after the act: "..., only to drop that designation on January 13, 2020".
_ONLY_TO_BETWEEN = re.compile(r",?\s+only\s+(?:to|for)\b")
#: What a reaction said, after it: "protested the listing, saying X had made progress since ... in 2023".
_SAYING_BETWEEN = re.compile(r",\s+(?:saying|adding|arguing|noting|insisting|warning)\b")
#: Others who reacted alike, after the reaction: "X also rejected the step, as did the GCC".
_AS_DID = re.compile(r"[^;.]{0,80}?,\s+as did\s+(?:the\s+)?(?P<who>⟦[so]\d+⟧(?:(?:,|,?\s+and)\s+(?:the\s+)?⟦[so]\d+⟧)*)")
#: Others who took the same measures in the same step, named after it: "imposed sanctions on X on Wednesday,
#: joining Y and Z in a coordinated package", "..., alongside Y".
_CO_SANCTIONERS = re.compile(r"[^;.,⟦]{0,80}?(?:⟦d\d+⟧[^;.,⟦]{0,20}?)?,\s(?:joining|alongside|along\swith|together\swith|in\sconcert\swith)\s"
                             r"(?:the\s)?(?P<who>⟦[so]\d+⟧(?:(?:,|,?\sand)\s(?:the\s)?⟦[so]\d+⟧)*)"
                             r"(?=\s*(?:[.;]|$)|\sin\s(?:an?\s|the\s|its\s|their\s)?(?:[a-z\-]+\s){0,2}?"
                             r"(?:package|action|move|round|step|measures|sanctions|effort|response|designations|listings)\b|\sin\s(?:imposing|sanctioning|targeting))")
#: A vote told before a side taken: "When states voted on October 4, X and Y opposed the duties" (a
#: ballot cast, not a reaction).
_VOTE_BEFORE = re.compile(r"\bvot(?:ed|es|e|ing)\b")
_SIDES = frozenset({"opposed", "backed", "supported"})
#: A second actor and day after an act, the verb left out: "... in November 2015 and Tajikistan in
#: March 2013", "... on Russia in 2014 and on Belarus in 2020" (the first day's cause between: "... in
#: June 2021 after its second coup, Y in January 2022", "... on June 1, 2021, after its second coup, and Y on ...").
_GAPPED = re.compile(r"(?: (?:in |on |since )?⟦d\d+⟧(?:,? (?:after|following) [^,;⟦]{1,60})?)?(?:,? (?:and|while|but)|,) (?:(?P<prep>on|against) )?(?P<who>⟦[so]\d+⟧(?:(?:,|,? and) ⟦[so]\d+⟧){0,4}) "
                     r"(?:(?:together|jointly|both|as early as|as far back as|only|back) )?(?:in |on |since )?⟦d(?P<when>\d+)⟧(?=\s*[,.;]|\s*$| (?:and|but|while|after|before)\b)")
#: Another object and label after a designation's, the verb left out: "..., and China as at once a
#: partner, a competitor and a systemic rival".
#: (in quotes, it may end a clause: "... and Y as a 'persistent challenge', and urges ..."; unquoted, a
#: clause after a comma or a phrase after "to" may follow it, quoted or not: "... and Y as the most acute threat to its security")
_PAIRED_LABEL = re.compile(r"[^;.⟦]{0,120}?,? and ⟦s(?P<who>\d+)⟧ (?:as (?:at once |both |simultaneously )?"
                           r"(?P<label>(?:(?:an?|the) )?[a-z][\w\- ]{1,80}?(?:(?:,|,? and) (?:(?:an?|the) )?[a-z][\w\- ]{1,40}?)*)(?=\s*[.;]|\s*$|, (?:while|whereas|but|as|amid|saying|citing)\b| (?:to|for|against) )"
                           r"|(?:as )?(?:(?:an?|the) )?[\"“‘'](?P<quoted>[a-z][\w\- ]{1,80}?)[\"”’'](?=\s*[.;,]|\s*$| (?:to|for|against) )"
                           # "calling X an immediate threat and Y a persistent challenge": the verb and "as" left out
                           r"|an? (?P<bare>[a-z][\w\- ]{1,80}?)(?=\s*[.;]|\s*$)"
                           # ... or with "the", a phrase after "to" may follow: "and Y the most acute threat to its security"
                           r"|the (?!(?:same|next|following|previous|day|week|month|year)\b)(?P<bare_the>[a-z][\w\- ]{1,80}?)(?=\s*[.;]|\s*$| (?:to|for|against) ))")
#: A sentence whose subject opens a clause that a colon ends: "This year the government began using its law: ...".
_COLON_LEAD = re.compile(r"^[^:;⟦]{0,60}?⟦s(\d+)⟧[^:;⟦]{1,80}:\s")
#: ... or a step further, told in a when-clause: "Britain went further on 24 April, when sanctions on X were removed".
_WHEN_LEAD = re.compile(r"^\s*(?:[Tt]he\s+)?⟦[so](\d+)⟧ (?:went (?:a step )?further|followed up|moved again)(?: (?:on |in |late on )?⟦d\d+⟧)?,\s+when\s")
#: The actor that opens a sentence as its subject: "China on Thursday ended ...".
_SENTENCE_SUBJECT = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z/ .,]+)\s+[—–-]\s+)?(?:(?:[Oo]n|[Ii]n|[Bb]y)\s+)?(?:⟦d\d+⟧,?\s+)?(?:[Tt]he\s+)?⟦[so](\d+)⟧(?!['’])")
#: ... after an opening adjunct of place or time: "In Asia, X set the tone with ...".
_OPENING_SUBJECT = re.compile(r"^\s*(?:(?:In|On|At|By|For|Since)\s[^,;⟦]{1,30},\s+)?(?:(?:[Oo]n|[Ii]n)\s+)?(?:⟦d\d+⟧,?\s+)?(?:[Tt]he\s+)?⟦[so](\d+)⟧(?!['’])")
#: ... or its owner: "London's first measures date from 2022, when it froze ..." (what "it" takes up).
_SENTENCE_OWNER = re.compile(r"^\s*(?:[Tt]he\s+)?⟦[so](\d+)⟧")
#: ... after a dateline, if any: "WASHINGTON — NATO leaders ended ...".
_DATELINED_SUBJECT = re.compile(r"^\s*(?:[A-Z][A-Z/ .,]+(?:,\s⟦d\d+⟧)?(?:\s*\([^()⟦]{1,20}\))?\s+[—–-]\s+)?(?:[Tt]he\s+)?⟦[so](\d+)⟧(?!['’])")
#: A clause told some days before the main one, without saying how many: ", days after X ...".
_SOME_DAYS_AFTER = re.compile(r",\s(?:just |only |barely |mere )?(?:days|weeks) (?:after|before)\s[^,;]*$")
#: A clause that counts the act it tells before the sentence's news: ", a month after ", ", days after ".
_COUNTED_AFTER = re.compile(r",\s(?:(?:just|only|barely|nearly|almost|less than|more than|about|some)\s)?(?:(?:a|an|one|two|three|four|five|"
                            r"six|several|a few|\d+)\s)?(?:hours?|days?|weeks?|months?|years?)\s(?:after|before)\s[^,;]*$")
#: A pluperfect relative clause that the trigger opens: ", who had ", ", which had already ".
_RELATIVE_HAD = re.compile(r",\s(?:who|which)\s+had\s+(?:(?:already|earlier|once|previously|also)\s+)?$")
#: ... whose antecedent is a thing, not an actor: "allowing a licence that had eased the restrictions to expire".
_THING_THAT_HAD = re.compile(r"(?<!⟧)\s(?-i:[a-z][a-z\-]+)\s+that\s+had\s+(?:(?:already|earlier|once|previously|also|temporarily|partly)\s+)?$")
#: A reaction's object that names another's act by its actor: "the American decision", "Y's move".
_ACT_OF = re.compile(r"(?:the\s)?⟦[sjo]\d+⟧(?:['’]s?)?\s['‘\"“]?(?:[a-z\-]+\s)?(?:decision|move|step|measures?|sanctions|designation|listing|order|ban|plan|"
                     r"tariffs?|duties|levies|bullying|coercion|blackmail|arms sales|sales|curbs|restrictions|controls|"
                     r"actions?|attacks?|strikes?|provocations?|interference|recognition|remarks)\b")
#: A clause joined to the one before, whose agentless passive shares its subject.
_WHILE = re.compile(r"(?:,\s(?:while|whereas|and)|;)\s+$")
#: Those a wrong was done to: "violence against X-ians", "its aggression against X" (the grammar's VICTIMS).
_VICTIMS = re.compile(expand(r"\b{VICTIMS}", _MACROS), re.IGNORECASE)


def _victims_at(text: str, start: int) -> int:
    """Where the text after ``start`` names those a wrong was done to (its end if it names none)."""
    victims = _VICTIMS.search(text, start)
    return victims.start() if victims else len(text)


#: Measures named again in a relative clause: "..., measures that were lifted on 3 July".
_MEASURES_RELATIVE = re.compile(r"(?:measures|sanctions|restrictions|penalties) (?:that|which) ")
#: Measures of the actor's own, matching others': "announced its own measures".
_OWN_MEASURES = re.compile(r"\b(?:its|their) own\b")
#: A blacklist named by its kind after the label: "its tax-haven blacklist".
_BLACKLIST_AFTER = re.compile(r"['\"’”]?\sblacklist\b")
#: A quotation: its days are the speaker's ("'Today we are closer', X wrote the same day").
_QUOTED = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”')
#: A list named after a body: "the FATF grey list", "the OFAC sanctions list".
_LIST_AFTER_BODY = re.compile(r"['’]?s?\s+(?:(?:gr[ae]y|black|white|watch|red|sanctions|monitoring|terrorism|terror)[ \-]?)?list\b", re.IGNORECASE)
#: ... or a body of its own, told by what it is: "the UN climate convention", "the UN refugee agency".
_BODY_OF_BODY = re.compile(r"\s+(?:[a-z][a-z\-']*\s+){1,2}(?:convention|agency|agencies|office|body|panel|programme|program|fund|treaty)\b")
#: The FATF's list by its common name, which "increased monitoring" is in an article that uses it.
_GREY_LIST = re.compile(r"\bgr[ae]y[ \-]?list", re.IGNORECASE)
#: A tier after a label: "placed X on the enhanced tier of its scheme" (the label is the tier).
_TIER_AFTER = re.compile(r"['\"’”]?\stier\b")
#: A decision told before an infinitive trigger: "agreed on Tuesday to ".
_DECIDED_TO = re.compile(r"\b(?:decided|voted|agreed|moved|chose|opted|resolved)\s+(?:on\s+⟦d\d+⟧\s+)?to\s+$")
#: The sentence's subject as a pronoun in a time clause: "X began drills on Monday, days after it sanctioned ...".
_SUBJECT_AGAIN = re.compile(r"\b(?:after|before|when|once)\s+(?:it|they)\s+(?:(?:had|has|have|also|first|already)\s+)*$")
#: An actor named as a place, which no pronoun stands for: "drills around ⟦s1⟧".
_PLACE_ACTOR = re.compile(r"\b(?:in|around|near|over|across|off|along|inside|outside)\s+(?:the\s+)?⟦[so]\d+⟧")
#: ... or as the other party of talks, which the subject's own pronoun does not stand for either:
#: "X opened accession talks with Y and Z, two years after it granted ...".
_PARTY_ACTORS = re.compile(r"\b(?:talks|negotiations)\s+with\s+(?:the\s+)?⟦[so]\d+⟧(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?⟦[so]\d+⟧)*")
#: A relative clause of what the subject undid: "rescinded a 2017 memorandum that tightened ..." tells the
#: act undone, an earlier one, not the subject's.
_UNDONE_RELATIVE = re.compile(r"\b(?:rescinded|rescinds|revoked|revokes|repealed|repeals|reversed|reverses|overturned|"
                              r"overturns|scrapped|scraps|annulled|annuls|struck down|strikes down|tore up|tears up)\s"
                              r"(?:[^,;⟦]|⟦d\d+⟧){1,80}?\s(?:that|which)\s+(?:had\s+)?$")
#: A relative clause that the trigger stands in: "..., which withdraws X from Y".
_WHICH_CLAUSE = re.compile(r", (?:which|that) [^,;]{0,60}$")
#: A member counted as a party to the body's founding treaty: "became the 124th state party".
_STATE_PARTY = re.compile(r"\bstates? part(?:y|ies)\b", re.IGNORECASE)
#: An agreement named after the last body, which is then what a party leaves or joins (unless the body
#: is itself a pact: patterns/actors.toml, pacts).
_AGREEMENT = re.compile(r"(?<!accession )(?<!membership )\b(?:accord|agreement|deal|pact|treaty|plan of action)\b", re.IGNORECASE)
#: Words before a date that make it the start or deadline of what a measure sets: "from January 2027".
_SCHEDULE_BEFORE = re.compile(r"\b(?:from|by|until|to|through|starting|beginning|as of|effective)\s+(?:(?:early|late|mid)[\s-]+)?$")
#: A day an act is to be done on, told after a future: "said they would formally recognise a state on May 28".
_TO_BE_DONE_ON = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)(?: due| set| scheduled)? to)\s(?:[^.;,⟦]|⟦[soj]\d+⟧){0,80}?\s(?:on|from)\s$")
#: A day an act takes effect from: "ended the programme from July 1", "effective March 10".
_EFFECT_FROM = re.compile(r"\b(?:from|starting|beginning|as of|effective)\s+(?:(?:early|late|mid)[\s-]+)?$")
#: "also" right before a trigger: one more act of a kind told before ("Z was also removed").
_ALSO_BEFORE = re.compile(r"\balso\s+$")
#: The end of a year, which in that year is still to come: "would quit Y at the end of 2026".
_YEAR_END = re.compile(r"(?:[Aa]t|[Bb]y|[Tt]owards?) the end of ")
#: The kinds of fact the output models (not reactions, nor the acts and words they answer).
_MODELLED = frozenset({"designation_change", "membership_change", "policy_issued", "sanction_change"})
#: A reason given after the act, a clause of its own: ", arguing that ".
_ARGUING_THAT = re.compile(r",\s(?:arguing|saying|noting|adding|claiming|insisting|complaining|recalling|pointing out)\s+that\s+(?:the\s+)?$")
#: A reaction that joins the one told before: "Z also criticised the move".
_ALSO = re.compile(r"\b(?:also|likewise|similarly)\s+$")
#: An act done to nothing: "imposed no new sanctions" (but "no fewer than 100").
_NONE_AFTER = re.compile(r"\s+no\s+(?!(?:fewer|less|more|later|sooner|earlier|longer|doubt)\b)")
#: A tally, not an act: "has listed more Russian tankers than any other country".
_MORE_THAN_AFTER = re.compile(r"\s+more\s(?:[^;,.]{1,60}?\s)?than\s(?:any|all|every|most)\b")
#: A practice told by how often it recurs, in the clause after the trigger: "publishes the paper every two years".
_HABITUAL_AFTER = re.compile(r"(?:(?!\s(?:and|but|which|that|while)\s)[^,;.]){0,80}?\b(?:every (?:(?:two|three|four|five|six|few|other|\d+) )?(?:years?|months?|weeks?)|annually|each year|once a year|twice a year)\b")
#: The document just told, doing more: "The same order pulled X out of Y".
_SAME_DOCUMENT = re.compile(r"\b(?:the|that) same (?:executive )?(?:order|decree|directive|proclamation|memorandum|law|act|decision)\b", re.I)
#: Labels that name a kind of list, not what it lists.
_KIND_LISTS = frozenset({"blacklist", "black list", "white list", "watch list", "entity list", "red list"})
_SAME_PERIOD = re.compile(r"\b(?:in )?(?:the|that) (?P<which>same|following|next) (?P<unit>month|year)\b|\blater that (?P<later>year)\b"
                          r"|(?<!later )\b(?:in |during )?that (?P<that>month|year)\b", re.IGNORECASE)
_SAME_DAY_AS = re.compile(r"\bon the same day as\s+(?:the\s+)?⟦s(\d+)⟧")
_RULING = re.compile(r"(?:dismiss|reject)(?:ed|s|ing)?$", re.IGNORECASE)
#: A pluperfect right before a trigger: "X had been placed on the list in June 2021".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:already|long|previously|first|been)\s+){0,2}$")
_SAME_MEETING = re.compile(r"\bthe same (?:(?:extraordinary|emergency|special|annual|regular|informal|ministerial) )?(?:plenary|meeting|session|summit|sitting|plenary session|council meeting)\b"
                           r"|^\s*(?:At|During) the (?:(?:accession|signing|handover) )?ceremony\b", re.IGNORECASE)
#: Examples set off by commas between an act and the time that closes its clause: "lifted sanctions on five
#: banks, including the central bank, in March" (March is the lifting's own month).
_EXAMPLES_THEN = re.compile(r"[^,;]*,\s(?:including|notably|among them|such as)\s[^,;⟦]*,\s(?:in|on|at|from)?\s*")
_SAME_DAY = re.compile(r"\b(?:the same (?:(?-i:[A-Z][a-z]+) )?(?:day|evening|night|morning|afternoon|statement|speech|interview|briefing|news conference|press conference)|that (?:same )?(?:day|evening|night|morning|afternoon)|within (?:hours|minutes)|(?:hours|minutes) later|at the time|on the (?:very )?day(?= (?:that |when )?(?:the )?⟦[so]\d+⟧))\b", re.IGNORECASE)
#: ... of which this one means the time of the act answered, however precisely that was told.
_AT_THE_TIME = re.compile(r"\bat the time\b(?! of\b)", re.IGNORECASE)
#: A reaction told as coming at once: "X's office immediately condemned the decision" (the act's day).
_AT_ONCE = re.compile(r"\b(?:immediately|promptly|instantly|swiftly)\b", re.IGNORECASE)
#: A sentence opened as hours apart from the one before: "Hours earlier, X had added ...".
_HOURS_APART = re.compile(r"\s*(?:Hours|Minutes|Moments|Shortly) (?:earlier|before|later|after)\b")
#: The meeting where the act answered was done: "condemned the veto at the meeting".
_AT_THE_MEETING = re.compile(r"\b(?:(?:at|during) the (?:meeting|session|vote|debate)|attending the (?:meeting|summit|session|talks)|(?:at|during) (?:an?|the) (?:intergovernmental |signing |accession )?(?:conference|ceremony)|(?:told|addressed) the (?:summit|meeting|session|assembly)"
                             r"|(?:[Ss]peaking|[Ss]hortly|[Mm]oments|[Mm]inutes|[Jj]ust) after the (?:vote|meeting|session|debate|ruling|verdict))\b")
#: The day of the act answered, said as such: "hailed the result on the day it was announced".
_ACT_DAY = re.compile(r"\bon the day (?:it|they) (?:was|were) (?:announced|made|taken|adopted|published|unveiled)\b")
#: An act followed by sanctions of one's own, whatever else was told last: "followed with its own listings".
_OWN_LISTINGS = re.compile(r"(?:\s+(?:on|in|late|early)?\s*⟦d\d+⟧)?\s+with\s+(?:its|their)\s+own\s+(?:[a-z]+\s+)?(?:listings|sanctions|measures|designations)\b")
_SANCTION_WORD = re.compile(r"\b(?:cap|ceiling|measures|sanctions)\b")
#: Reactions voiced again by others: "Z and W issued similar denunciations" (what they follow is a reaction).
_VOICED_WORD = re.compile(expand(r"\b{VOICEDAGAIN}\b", _MACROS))
#: The opening of the next clause, whose time ("and days later he ...") is not the act's.
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|then)\s")
#: A sentence that counts its time from the one told before: "Weeks later, on August 22, ...".
_NARRATIVE_LATER = re.compile(r"\s*(?:(?:less than|more than|about|nearly|almost|barely|just|only) )?"
                              r"(?:(?:a|one|two|three|four|five|six|several|some|a few) )?(?:days|weeks|months|day|week|month) later\b|"
                              r"\s*(?:later|that|the same|the following|the next) (?:that )?(?:month|year)\b|"
                              r"\s*(?:(?:a|an|the) (?:further|second|third|next|later|new|fresh)|another) round\b", re.IGNORECASE)  # "A further round on 20 February"
#: A body, unless it qualifies a member: "The NATO member thus joins the queue" is about a state.
_ORG_TOKEN = re.compile(r"⟦o(\d+)⟧((?:\s+(?:member|members|ally|allies|partner|partners|state|states|country|countries)\b)?)")
_RELATIVE_OPENING = re.compile(r",\s(?:(?:on|in|from|to|onto|under|by|after|during)\s+which|which|who|whose|that)\s")
#: A clause that gives a cause or a prior event, up to a date: ", following its takeover of X in ".
_CAUSE_CLAUSE = re.compile(r"[,;]\s+(?:following|after|amid|over)\s[^,;]*$")
#: A noun phrase with its own clause, in apposition: ", the bloc it walked out of 16 years ago".
_RELATIVE_APPOSITION = re.compile(r",\s(?:(?:the|a|an)\s[\w\- ]{1,60}?|⟦[so]\d+⟧)\s(?:it|they|he|she|which|that|who)\s[^,;⟦]*(?:⟦d\d+⟧[^,;⟦]*)?(?:,|[.!?]?$)")
#: A relative clause whose object is the act just told: "..., a step that ⟦s1⟧ denounced", "..., a
#: move ⟦s1⟧ welcomed", "in a move ⟦s1⟧ criticised" (", prompting ⟦s1⟧ to protest" is the grammar's subject.prompted_before; ", a
#: spokesman said that ⟦o1⟧ regretted" is reported speech, no relative clause).
_OBJECT_RELATIVE = re.compile(
    r"(?:,\s(?:(?:an?|the)\s(?:(?!\b(?:said|says|announced|added|stated|declared|insisted|told)\b)[^,;]){0,160}?\b(?:that|which)|(?:an?|the)\s(?:[\w\-]+\s){0,2}?(?:step|move|decision|measure|result|action|gesture|day|moment|vote|outcome|ruling|finding|verdict|pact|deal|agreement|resolution"
    r"|label|description|characteri[sz]ation|designation))"
    r"|\sin\sa\s(?:[\w\-]+\s)?(?:step|move|decision)(?:\s(?:that|which))?)"  # "ratified the statute in October 2023 in a move (that) X criticised"
    # (the reactor may be named twice: "X's minister, Y, hailed"; or after another: "a step X called historic and Y dismissed";
    # or by a title before a leader's name: "a decision President Y hailed")
    r"\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s){0,2}(?:⟦[so]\d+⟧[^,;⟦]{0,40},\s+|⟦[so]\d+⟧\s(?-i:[a-z]+ed)\b[^,;⟦]{0,60}?\sand\s+)?$")
#: A participle set off by commas after an actor, with a date of its own: "Senegal, listed since
#: 2021, was taken off" (not "the Strategy, unveiled on Thursday, calls ...": the document's issue).
_PARTICIPLE_ASIDE = re.compile(r"(?:(?<=⟦[so]\d⟧)|(?<=⟦[so]\d\d⟧)),\s(?:(?:both|all|each|also)\s)?(?!(?:announced|said|confirmed|stated|declared|reported|responded|reacted|replied|answered|retorted|protested|objected)\b)(?-i:[a-z][a-z\-]*ed)\s(?:(?:[\w\-]+\s){0,4}?(?:since|in|on|until|from|for)\s[^,;]{1,40}?|⟦d\d+⟧),")
#: A relative clause that ends the sentence: "..., which in March issued a warrant for ...".
_FINAL_RELATIVE = re.compile(r",\s(?:(?:on|in|from|to|onto|under|by|after|during)\s+which|which|who|whose)\s[^,;]*$")
#: A violent event named by its day: "the October 7 attack", "the September 11 attacks".
_NAMED_BY_ITS_DAY = re.compile(r"\s(?:(?:terror|terrorist|Hamas|militant|missile|drone|suicide)\s)?(?:attacks?|massacres?|atrocities|raids?|bombings?|assaults?)\b")
#: A gathering's text named by its kind (the grammar's GATHERINGTEXT): "the summit declaration".
_GATHERING_TEXT = re.compile(expand("{GATHERINGTEXT}", _MACROS), re.IGNORECASE)
_GENERIC_DOCUMENT = re.compile(r"(?:executive )?order|decree|directive|(?:national security )?(?:presidential )?memorandum|proclamation|"
                               r"(?:(?:annual|defen[cs]e|security|military) )*white paper|" + _GATHERING_TEXT.pattern, re.IGNORECASE)
_UNTITLED_ORDER = re.compile(r"(?:executive )?order|decree|directive|proclamation", re.IGNORECASE)
#: A numbered round of sanctions, read as a document so that what it targets and who answers it are
#: found, but itself a sanction, not a policy: "the 18th package of sanctions".
_SANCTIONS_ROUND = re.compile(r"\S+ (?:sanctions package|package of sanctions)", re.IGNORECASE)
#: A superlative measured from a time: "its biggest round since 2022", "the first such step since".
_YARDSTICK = re.compile(r"\b(?:biggest|largest|toughest|harshest|widest|broadest|first|highest|lowest|worst|most \w+|\w{3,}est)\s(?:[\w\-]+\s){0,3}?(?:since\s+)?$")
_SINCE_WORD = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|from|dat(?:ing|es|ed)(?:\s+back)?\s+(?:from|to))\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)
#: How far into a sentence its first free actor may stand to be taken for its subject.
SUBJECT_REACH = 60
#: A date in the dateline that opens a text: "ABUJA, Feb 24 – ".
_DATELINE = re.compile(r"⟦d\d+⟧(?:\s*\([^()⟦]{1,20}\))?\s*[–—-]\s")
#: A document named in passing, untitled: "denounced an executive order by President X that ...".
_ORDER_IN_PASSING = re.compile(r"\ban (?:new )?executive order\b|\ba (?:new |presidential )?(?:decree|proclamation|memorandum)\b")
#: A relative clause with its own subject after a verb: "condemned the pact that ⟦s1⟧ signed".
_OWN_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:the\s+)?⟦[soj]\d+⟧")
#: A clause of another subject after the trigger's: ", while ⟦s1⟧'s foreign ministry said on Friday".
_OTHER_SUBJECT = re.compile(r",\s+(?:while|whereas|but)\s+(?:the\s+)?⟦[so]\d+⟧[^,;]*$")
#: ... or one that opens with its day: ", and on ⟦d1⟧ ⟦s2⟧ signed ...".
_CLAUSE_OPENING_DAY = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:late |early )?(?:on|in)\s+)?$")
#: ... the clause's own subject and verb after that day.
_SUBJECT_AFTER_DAY = re.compile(r",?\s+(?:the\s+)?⟦[so]\d+⟧(?:['’]s\s+[a-z]+)?\s+(?:(?:had|has|have|then|also)\s+)?(?-i:[a-z]+ed)\b")
#: A date in a reported clause in the pluperfect, before the reporter's own second verb: "X said on
#: Thursday that Y had used them in 2024, and announced sanctions" (2024 is Y's act).
_BACKSHIFTED_DATE = re.compile(r"\bhad\s+(?!been\b|to\b)[a-z]+\b[^;,]*$")
_THEN_AND = re.compile(r"[^;]*,\s(?:and|but)\s$")
#: A gerund placed only vaguely by the act of its clause: "shortly after leaving the EU".
_GERUND_AFTER = re.compile(r"\b(?:shortly|soon|just|not long|long) (?:after|before) $")
_ING = re.compile(r"[a-z]+ing\b")
#: A sentence that opens with its trigger as a gerund, the subject of what follows.
_GERUND_SUBJECT = re.compile(r"^\W*\w+ing$")
#: A present perfect between a subject and its verb: "X has described ...".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$")
#: A clause that tells since when, with an act of its own: "since gunmen killed 26 people ... on April 22",
#: "since the kingdom was grey-listed in 2021".
_SINCE_CLAUSE = re.compile(r"(?:\bsince\s+(?!⟦d)(?:(?:the\s+)?(?:[\w\-]+\s+|⟦[so]\d+⟧\s+){0,3}?(?-i:[a-z]+(?:-[a-z]+)*ed)\b"
                           r"|(?:its|their|⟦[so]\d+⟧['’]s)\s+(?:exit|removal|departure|delisting|accession|listing)\b)"
                           # ... or counted from it: "was removed less than two years after the watchdog placed it there in March 2022"
                           r"|\b(?:years?|months?|weeks?)\s+after\s+(?!⟦d)(?:the\s+)?(?:[\w\-]+\s+|⟦[so]\d+⟧\s+){0,3}?(?-i:[a-z]+(?:-[a-z]+)*ed|put|took|set|made)\b)[^,;]*$")
#: A perfect marked as told before: "X and Y have already imposed entry bans on Z" (background).
_ALREADY = re.compile(r"\b(?:has|have|had)\s+already\s+$")
#: A passive pluperfect, background unless the sentence dates it: "X had been removed from the list".
_HAD_BEEN = re.compile(r"\bhad been\b")
#: A date that names when the act a noun names happened: "the 2015 decision", "Tuesday's strike".
_DATED_NOUN = re.compile(rf"⟦d\d+⟧(?:\s{DATED_NOUNS}|['’]s\s)")
#: ... but not the day of the words the act is told in: "said in Wednesday's statement", "at Monday's briefing".
_SPOKEN_ON_DAY = re.compile(r"(?<=\b(?:in|at))\s+⟦d\d+⟧['’]s\s+(?:[a-z\-]+\s+)?(?:statement|communiqu[eé]|remarks|briefing|"
                            r"(?:press|news) conference|address|speech|interview|post|message|letter|note)s?\b")
#: ... and before the trigger, an event it names: "lifted the sanctions slapped on X after the July 2023 coup,
#: ..., unfreezing its assets" (the coup's date, not the unfreezing's).
_DATED_EVENT = re.compile(r"⟦d\d+⟧(?:['’]s)?\s(?:military\s)?(?:coup|putsch|takeover|invasion|uprising|revolution|crackdown)s?\b")
#: ... or an election after it: "sanctions on officials who subverted the July 2024 election" (not the sanctions' day).
_DATED_ELECTION = re.compile(r"(?<=the )⟦d\d+⟧\s(?:(?:presidential|parliamentary|general|legislative)\s)?(?:election|poll)s?\b")
#: A noun of an act dated by "of" or a participle: "Y's decision of January 14", "the decision announced on Thursday".
_NOUN_OF = re.compile(r"\b(?:decision|move|order|vote|ruling|announcement|resolution|statement)s? (?:of|(?:announced|taken|made|adopted|"
                      r"unveiled|published|issued|reached)(?:\s+(?:on|in|last))?)\s+$")
#: A noun of an act right before a time earlier than the news: "Y's decision a day earlier to bar ...".
_NOUN_EARLIER = re.compile(r"\b(?:decision|move|order|vote|ruling|announcement)s?\s+$")
#: A date of an earlier act named inside the match: "lifted the sanctions it imposed in 2021".
_EARLIER_ACT = re.compile(r"\b(?:imposed|placed|introduced|slapped|adopted)\s+(?:(?:on|in|against|after|following)\s+"
                          r"(?:(?:the|a|an|its|their)\s+)?(?:[a-z\-]+\s+){0,2}?(?:⟦[soj]\d+⟧\s+)?(?:of\s+)?){0,2}$")
#: ... or the undoing of what is now done again: "restored asset freezes dropped ten years ago".
_UNDONE_BEFORE = re.compile(r"\b(?:dropped|lifted|suspended|eased|removed|scrapped|waived)\s+(?:\w+\s+)?$")
#: The auxiliary a passive trigger opens with: "were lifted".
_AUXILIARY = re.compile(r"(?:were|was|have been|has been|had been)\s+")
#: ... or after the earlier act's own clause: "removed the sanctions it imposed on members of X in 2021".
_EARLIER_CLAUSE = re.compile(r"\b(?:it|they|⟦[so]\d+⟧)\s+(?:had\s+)?(?:first\s+|originally\s+)?(?:imposed|placed|slapped|introduced)\b[^,;]*$")
#: ... or after a decision named after the trigger: "imposed sanctions on X in retaliation for Y's decision
#: to blacklist two of its banks last month".
_DECISION_CLAUSE = re.compile(r"⟦[so]\d+⟧['’]s\s+(?:[a-z]+\s+)?(?:decision|move|vote)s?\s+to\s+[a-z]+\b[^,;]*$")
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
#: A document named by the year it came out, opening the sentence: "X's 2022 strategy ", "Its 2017 review ",
#: "In its 2018 strategy, X ".
_DATED_DOCUMENT = re.compile(r"^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|⟦[so]\d+⟧['’]s\s+|In\s+(?:its|their|⟦[so]\d+⟧['’]s)\s+)((?:19|20)\d\d)\s+"
                             r"(?:[\w\-]+\s+){0,3}?(?i:strategy|review|paper|white paper|concept|doctrine|report|assessment)"
                             r"(?:,\s+(?:the\s+)?⟦[so]\d+⟧)?\s+(?:(?:had|has)\s+)?(?:also\s+)?$")
#: The year a document's title is told with, undated otherwise: "Its 2022 Strategic Concept".
_YEAR_OF_TITLE = re.compile(r"(?:^|\s)(?:[Ii]ts|[Tt]heir|[Tt]he|⟦[so]\d+⟧['’]s)\s+((?:19|20)\d\d)\s+$")
#: The owner named in a document's phrase: "The first ⟦s0⟧ strategy".
_DOCUMENT_OWNER = re.compile(r"⟦[so]\d+⟧(?=(?:['’]s)? (?:[\w\-]+ ){0,2}?(?:document|strategy|paper|review|concept|doctrine|report|text|declaration)\b)")
#: A sentence about the measures just told: "The restored UN measures include an arms embargo".
_MEASURES_TOLD = re.compile(r"\s*(?:The|These|Those) (?:[\w\-]+ |⟦[so]\d+⟧ ){0,3}?(?:measures|sanctions|restrictions|penalties)\b")
#: How many sentences back "The package" may find the round of sanctions it names, where that round was told as adopted.
REACH_PACKAGE = 8
_PACKAGE_NAMED = re.compile(r"\b(?:adopted|approved|agreed|unveiled|announced|passed|endorsed|rolled out)\s+(?:its|their|the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:package|round)\b")
#: A package of sanctions as the subject of what it does: "The package also blacklisted two X refineries".
_PACKAGE_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[\w\-]+\s+){0,2}?(?:package|round|measures)\s+(?:also\s+|further\s+)?$")
#: A decision just told as the subject of a second step it takes: "The decision, taken at a summit in Abuja,
#: also removed the sanctions on Y".
_DECISION_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+(?:[\w\-]+\s+)?(?:decision|move|step|order|ruling)(?:,\s[^,;⟦]{1,80},)?\s+(?:also\s+|further\s+)$")
#: A numbered order as the subject of the sentence's verb: "Two days later, Executive Order 14203 imposed ...".
_ORDER_SUBJECT = re.compile(r"\s*(?:[^,;⟦]{1,40},\s)?(?P<title>(?:Executive Order|National Security Presidential Memorandum) \d+)\s(?:also\s)?")
#: ... opening the sentence: "X's strategy, published in 2022, said ...".
_OWNED_DOCUMENT_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?⟦[so](\d+)⟧['’]s (?:[\w\-]+ ){0,2}?(?:document|strategy|paper|review|concept|doctrine|report|declaration)\b")
#: A document as the subject of a verb the trigger is coordinated with: "the unclassified 34-page document
#: places ..., promises ..., and describes X as ...".
_DOCUMENT_CONJUNCT = re.compile(r"(?:^|[,;]\s+)(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir) (?:[\w\-]+ ){0,3}?(?:document|strategy|paper|review|text|report|concept|doctrine) "
                                r"(?-i:[a-z]+s)\b[^;]*?,?\s+and(?:,\s[^,;⟦]{1,60},)?\s+(?:[a-z]+ly\s+)?$")  # ("and, in a break with X, drops")
#: An item of a list in apposition, a clause of its own: "..., including the Strategy adopted in 2022".
_INCLUDING_OPENING = re.compile(r",\s(?:including|among them|notably)\s")
#: A verb coordinated with the clause before it: "..., and took".
_AND_BEFORE = re.compile(r",?\s+and\s+$")
#: The conjunction (or semicolon) that opens a coordinated verb phrase, last before its verb.
_LAST_CONJUNCTION = re.compile(r".*(?:\b(?:and|but)\s|;\s)", re.DOTALL)
#: An infinitive the conjunction continues: "to go further and " (before a verb not in the past: "put").
_INFINITIVE_AND = re.compile(r"\bto\s[a-z]+(?:\s[a-z\-]+){0,3}\sand\s$")
_PAST_VERB = re.compile(r"[a-z]+ed\b")
#: An aside set off by commas after a sentence's opening noun: ", meant to bring the EU's list into line,".
_ASIDES_OUT = re.compile(r",\s(?:(?-i:[a-z]+ed)|meant|known|made|seen|taken|given|which|who)\s[^,;]{1,100},")
#: A match that opens with the conjunction of a verb phrase of its own: ", and was put back".
_CONJUNCT_OPENING = re.compile(r",?\s(?:and|but)\s")
#: A conjunction right before the trigger, and a trigger in a finite form: "... and " (before "identifies", "designated").
_CONJUNCTION_BEFORE = re.compile(r"\s(?:and|but)\s$")
_FINITE_VERB = re.compile(r"(?-i:[a-z]+(?:ed|[^s\W]s))\b")
#: What lies between a date that ends one verb phrase and the next verb coordinated with it.
_ENDS_CONJUNCT = re.compile(r",? (?:and|but)(?: then| later)? ")
#: ... and the next passive verb, its subject shared: "placed on the list in ⟦d1⟧ and was removed".
_ENDS_PASSIVE_CONJUNCT = re.compile(r",? (?:and|but)(?: then| later)? (?:was|were|has been|have been|had been) (?:[a-z]+ly )?")


@dataclass
class _Fact:
    kind: str
    subject: str
    object: str | None
    action: str | None
    designation: str | None = None
    policy: str | None = None
    date: str | None = None
    rank: int = RANK_NONE
    confidence: float = 0.8
    span: tuple[int, int] = (0, 0)
    order: int = 0
    sent: int = 0  # index of the sentence that states it
    extra: dict = field(default_factory=dict)

    def key(self) -> tuple:
        return (self.kind, self.subject, self.object, self.action, self.designation,
                (self.policy or "").lower() or None)


@dataclass(frozen=True, slots=True)
class _Head:
    """A sentence as the antecedent of an agentless passive in the next one: the kinds of act it
    is about, and (read only when asked) the actor it names as its subject."""

    sent: int
    end: int
    kinds: frozenset[str]
    read: Callable[[], Masked]  # the masked sentence, masked when first read
    made: tuple

    def actors(self, rules: Rules, plural: bool = False) -> list[str]:
        """The actor of its first act, else its first actor that no preposition, possessive or
        verb governs (with `plural`, the whole list it opens: "X, Y and Z have cut their links")."""
        acts = [f for f in self.made if f.kind != "reaction" and not f.extra.get("pending")]
        if acts and plural and (many := self._named_plural(acts)):
            return [many]  # "X applied in 2022, and EU leaders granted it the status. In 2024 they condemned ...": the leaders
        if acts:
            return [acts[0].extra.get("agent", acts[0].subject)]
        masked = self.read()
        text = masked.text
        first = next((t for t in _ACTOR_TOKEN.finditer(text)
                      if not rules.blocked_by.search(text, max(0, t.start() - 40), t.start())), None)
        if first is None or first.start() > SUBJECT_REACH:
            return []  # deep in the sentence an actor is an object ("helping the Kremlin"), not its subject
        listed = _LISTED_AFTER.match(text, first.end()) if plural else None
        tokens = [first.group()] + (_ACTOR_TOKEN.findall(listed.group()) if listed else [])
        return list(dict.fromkeys(masked.actors[int(t[2:-1])].actor for t in tokens))

    def _named_plural(self, acts: list) -> str | None:
        """The actor of the last of `acts` whose subject the sentence names as people ("EU leaders",
        "foreign ministers"), if any: what a plural pronoun after it takes up."""
        masked = self.read()
        plural = {masked.actors[int(t[2:-1])].actor for t in _ACTOR_TOKEN.findall(masked.text)
                  if _PEOPLE.search((masked.surfaces or {}).get(t, ""))}
        return next((a for f in reversed(acts) if (a := f.extra.get("agent", f.subject)) in plural), None)


#: A mention that names an actor's people, plural: "EU leaders", "NATO foreign ministers".
_PEOPLE = re.compile(r"\b(?:leaders|ministers|officials|governments|diplomats|lawmakers|envoys)$")


def extract(doc: Document, gazetteer: Gazetteer | None = None, rules: Rules | None = None) -> list[dict]:
    """The facts stated in `doc`, one dict per fact, deduplicated per document (the
    best-dated, most confident mention of each fact wins), in textual order."""
    gaz = gazetteer or default_gazetteer()
    rules = rules or load_rules()
    text = doc.text
    mentions = gaz.with_anaphora(text, gaz.with_home(text, doc.published, gaz.find(text, doc.published)))
    mentions = gaz.with_descriptions(text, mentions, doc.published)
    mentions = gaz.with_organs(text, doc.published, mentions, rules.blocked_by)
    facts: list[_Fact] = []
    loose: list[_Fact] = []  # facts of loose frames (rules.Frame.fallback)
    told: list[_Fact] = []  # both, in the order read: the acts later sentences may refer back to
    mi = 0
    head: _Head | None = None  # the last sentence with frames: its subject and kinds of act
    for idx, (s, e) in enumerate(split_sentences(text)):
        while mi < len(mentions) and mentions[mi].start < s:
            mi += 1
        mj = mi
        while mj < len(mentions) and mentions[mj].end <= e:
            mj += 1
        if mj == mi and not _STEP_PRONOUN_OPENING.match(text, s) and not (
                told and (_OFFICE_OPENING.match(text, s) or _MEASURES_OPENING.match(text, s)
                          or _ORDER_NAMED.search(text, s, e) or _PRONOUN_OPENING.match(text, s)
                          or _NUMBERED_OPENING.match(text, s)
                          or _TITLE_TOLD.search(text, s, e))):
            # (still the sentence before the next: "The three juntas drew closer. In 2023 they ...")
            head = _Head(idx, e, frozenset(), cache(partial(mask, text[s:e], [], s)), ())
            continue
        sentence = text[s:e]
        frames = rules.frames_for(sentence)
        if not frames or _skip(sentence, doc.title):
            # no act here, but a pronoun in the next sentence may name its subject: "X's bid moved
            # faster. It became the 31st member on ..."
            head = _Head(idx, e, frozenset(), cache(partial(mask, sentence, mentions[mi:mj], s)), ())
            continue
        masked = mask(sentence, mentions[mi:mj], s)
        if any(f.antecedent == "body" for f in frames):  # only those frames read it
            body, lead = _body_before(mentions, mi, text, s, gaz.pacts), lead_org(text, mentions, s)
            if body is not None and lead not in (None, body) and not _named_since(mentions, mi, body, paragraph_start(text, s)):
                body = lead  # a body named only in the paragraph before yields to the one the article is about
            if body is None and (lead in gaz.pacts or not _AGREEMENT.search(text, paragraph_floor(text, s), e)):
                body = lead  # (not where an agreement was just named: the deal is left)
            elif body not in gaz.treaty_bodies and _STATE_PARTY.search(sentence) \
                    and lead in gaz.treaty_bodies:
                body = lead  # "became the 124th state party": of the court the text is about, not the UN named last
            if (nth := _NTH_MEMBER.search(sentence)) and not gaz.ever_sized(body, count := int(nth.group(1))) and len(
                    fits := {m.actor for m in mentions if m.kind == "org" and gaz.ever_sized(m.actor, count)}) == 1:
                body = fits.pop()  # "Finland became the 31st member": the one body the text names that had 31
            masked = replace(masked, body=body)
        prev = head if head is not None and head.sent == idx - 1 and not PARAGRAPH_BREAK.search(text, head.end, s) else None
        made = _sentence_facts(masked, frames, (s, e), idx, doc, gaz, rules, told, prev)
        # a loose frame's reading is kept aside, out of the output where a stricter frame read the same fact
        # (below); later sentences still read it as an act told: "..., while Y welcomed the sanctions"
        told.extend(made)
        loose.extend(f for f in made if f.extra.get("fallback"))
        made = [f for f in made if not f.extra.get("fallback")]
        facts.extend(made)
        head = _Head(idx, e, frozenset(f.kind for f in frames), lambda m=masked: m, tuple(made))
    _date_from_paragraph(facts, text, doc.published, loose, mentions)  # (pending facts too date what follows them)
    facts = [f for f in facts if not f.extra.get("pending")]
    read: dict[tuple, list[_Fact]] = {}
    for f in facts:
        read.setdefault(f.key(), []).append(f)
    # (never in place of a stricter frame's reading, but beside one of another event: "X imposed sanctions
    # on Y's firms on Wednesday. X first penalised Y's leaders in February 2021")
    facts += [f for f in loose if not f.extra.get("pending") and all(_distinct_dates(f, g) for g in read.get(f.key(), ()))]
    return [_as_dict(f, doc, text) for f in _dedupe(facts)]


#: The act whose end an undoing tells began with: "took X off, ending a listing that began in 2021".
_BEGUN = {"removed": "assigned", "lifted": "imposed", "left": "joined"}

#: How many sentences after a document's issue a sentence may still quote it.
REACH_DOCUMENT = 3

#: How many sentences after an act "X followed" may still repeat it.
REACH_ACT = 3
#: ... and how many a sentence that opens "A day later," may count from it.
REACH_LATER = 6
#: A day counted from the act told before: "the next day", "two days later", "a week later".
_LATER = re.compile(r"\b(?:the (?:next|following) (?:day|(?P<w0>week))|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:days?|(?P<w>weeks?)) later"
                    r"|(?P<before>(?P<nb>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:days?|(?P<wb>weeks?)) earlier|the (?:day|evening|night) before"
                    r"|the previous day))\b",
                    re.IGNORECASE)
#: An official's title after a body's name: "the UN secretary-general", "the WHO's director-general".
_OFFICIAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:secretary[- ]general|director[- ]general|secretariat|chief|envoy|spokes(?:man|woman|person)|president|chair(?:man|woman|person)?)\b",
                             re.IGNORECASE)
_OFFICIAL_WORD = re.compile(r"\b(?:secretary[- ]general|director[- ]general)\b", re.IGNORECASE)
#: ... nor a kind of body it holds: "funding for any UN agency" names UNESCO or the WHO, not the UN.
_KIND_OF_BODY_AFTER = re.compile(r"\s+(?:agency|agencies|bodies|body|organs?|programmes?|programs?|funds|entities)\b")
#: Verbs of speech: what they tell is no act another follows.
_SPEECH_VERBS = frozenset({"announced", "announces", "said", "says", "declared", "declares", "confirmed", "confirms", "stated", "states"})
#: A sentence counted in years from the last date told: "Four years later to the day, X signed ...".
_YEARS_LATER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? later(?P<day>,? to the day)?\b",
                          re.IGNORECASE)
#: An act told in a clause placed days before the one it follows: ", a day after Y announced ...".
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d) (?P<unit>days?|weeks?) after\s(?:[^,;]|,\s(?-i:[A-Z])[^,;]{1,40},"
                         r"|,\s(?-i:[a-z]+ed)\s[^,;]{1,40},|,\s(?=[a-z]+ing\b|where\b))*(?:,\s)?$",
                         re.IGNORECASE)  # (a name in apposition: "declared the ambassador, X Y, persona non grata";
                                         # a participle: ", restricting ... and adding X to its list", ", gathered in X,";
                                         # a place: ", where Y announced ...")
#: A participle aside opened after the subject: "X's Review, made public on Monday a day after ..., names ...".
_ASIDE_OPENED = re.compile(r",\s(?:[a-z]+ly\s)?(?-i:[a-z]+ed|made|set|put|sent|drawn|written|given|shown|taken|laid|brought)\b[^,;]*$")
#: The paragraph after the lead giving the news its day: "The announcement came on Thursday, September 11, after ...".
_ANNOUNCED_ON = re.compile(r"\s*(?:The|This|That) (?:[\w\-]+ )?(?:announcement|decision|move|step|news|order|listing|delisting|"
                           r"designation|relief) (?:came|was (?:announced|made|taken|published|unveiled))(?: late| early)? on "
                           r"(?P<day>[^.;!?\n]{1,40})")
#: A sentence that dates what the one before told by another act: "The appeal came a day after ...", "It came ...".
_CAME_AFTER = re.compile(r"\s*(?:(?:The|This|That|Its|Their) (?:[\w\-]+ ){0,2}?(?:appeal|move|decision|announcement|step|call|request|statement|visit|vote|demand|offer)|It|This|That) (?:came|followed)\b")
#: Days told without their year: "22 September", "May 20".
_YEARLESS_DAYS = frozenset({"md", "dm"})
#: A day told right after a count of days: "a week later, on May 20".
_ON_DAY = re.compile(r",?\s(?:on|in)\s⟦d\d+⟧")
#: Counts written as words: "a day", "four years", "the three governments".
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _days_before_main(masked: Masked, trig_start: int, doc: Document, lede: bool = False) -> str | None:
    """The day of an act told in a clause "N days after ..." that follows a main clause dated to the
    day ("The flag rose on Monday, four days after X joined Y"), or that opens the article's lede, whose
    news is of its day ("Five days after X froze ..., the first effects are showing"): that day less N
    days; "" when the main clause's day is relative and the article has no date to resolve it by."""
    ago = _days_after(masked, trig_start)
    if ago is None:
        return None
    main = [d for pos, d in masked.date_tokens() if pos < ago.start()]
    day = main[-1].resolve(doc.published) if main else None
    if not main and lede and doc.published and not masked.text[: ago.start()].strip():
        day = doc.published.isoformat()
    if main and doc.published is None and not day:
        return ""
    if not day or len(day) != 10:
        return None
    return (dt.date.fromisoformat(day) - dt.timedelta(days=_days_counted(ago))).isoformat()


def _days_after(masked: Masked, trig_start: int) -> re.Match | None:
    """The clause "N days after ..." right before an act, unless it closes an aside after the subject
    ("X's Review, made public on Monday a day after Y presented it, names ...": the Review's day)."""
    ago = _DAYS_AFTER.search(masked.text, 0, trig_start)
    if ago is not None and ago.group().endswith(", ") and _ASIDE_OPENED.search(masked.text, 0, ago.start()):
        return None
    return ago


def _days_counted(after: re.Match) -> int:
    """The days a clause "N days after" or "a week after" counts."""
    return _count(after.group("n")) * (7 if after.group("unit").startswith("week") else 1)


def _count(count: str) -> int:
    """A number as written: "a", "two", "3"."""
    return int(count) if count.isdigit() else _NUMBERS[count.lower()]


def _counted_in_sentence(masked: Masked, trig_start: int, date: str | None, published: dt.date | None) -> str | None:
    """The day of an act told as days after the day its sentence named before, when that day is
    the `date` read for it: "On July 26, 2023, X ..., and four days later Y imposed ..." (July 30)."""
    later = None
    for later in _LATER.finditer(masked.text, 0, trig_start):
        pass
    if later is None or later.group("before") or "⟦d" in masked.text[later.end(): trig_start]:
        return None
    told = [d for pos, d in masked.date_tokens() if pos < later.start()]
    if not told or (day := told[-1].resolve(published)) != date or len(day or "") != 10:
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=_later_days(later))).isoformat()


def _later_days(later: re.Match[str]) -> int:
    """The days a count read by _LATER spans: "four days later" 4, "the following week" 7, "a day
    earlier" and "the day before" -1."""
    days = _count(later.group("n") or later.group("nb") or "a") * (7 if later.group("w") or later.group("w0") or later.group("wb") else 1)
    return -days if later.group("before") else days


#: How many sentences back an act done "also" looks for the act of its kind whose day it shares.
REACH_ALSO = 3

#: How many sentences after a designation "the list" may still mean its list.
REACH_LABEL = 3

#: How many days apart a fact told with its date and the same fact dated by publication may be
#: and still be one event.
SAME_NEWS_DAYS = 20
#: How many days before publication a paragraph's date may lie to be the day of its news.
NEWS_DAYS = 7
#: ... and how old a date must be for the undated sentences after it in its paragraph to share it.
HISTORY_DAYS = 120
#: How long before publication an act may have been signed that the news reports as made public now.
SIGNED_DAYS = 60


#: A member counted by its place: "became the 31st member", "joined as the 166th member state".
_NTH_MEMBER = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) (?:full |new )?member\b")
#: A body named as the agent of a participle in an aside: "Vladimir Putin, wanted by the ICC, will ...".
_WANTED_BY = re.compile(r",\s(?:[a-z]+ly\s)?(?-i:[a-z]+ed)\sby\s(?:the\s)?$")


#: A body named only to tell another apart from it: "The Council of Europe, separate from the European Union, ...".
_SET_APART_FROM = re.compile(r"\b(?:(?:separate|distinct|different|independent)\s+from|not\s+to\s+be\s+confused\s+with|unrelated\s+to)"
                             r"\s+(?:the\s+)?$")


def _body_before(mentions: list, before: int, text: str, at: int, pacts: frozenset[str] = frozenset()) -> str | None:
    """The organisation named last before offset `at` (mentions[:before]), in its paragraph or
    the one before: what "joined as full members" joined; none where an agreement is named after it,
    unless the body is one of `pacts`, itself an agreement."""
    floor = paragraph_floor(text, at)
    for m in reversed(mentions[:before]):
        if m.start < floor or (m.kind == "org" and m.actor not in pacts and _AGREEMENT.search(text, m.end, at)):
            return None  # "... under the deal. The agreement began to unravel when X pulled out": the deal
        if m.kind == "org" and not (m.via == "organ" and not text.startswith(("the ", "The "), m.start)
                                    and LOCATIVE.search(text, max(0, m.start - 20), m.start)) \
                and not (_OFFICIAL_AFTER.match(text, m.end) or _OFFICIAL_WORD.search(text, m.start, m.end)
                         or _KIND_OF_BODY_AFTER.match(text, m.end)) \
                and not (m.start < paragraph_start(text, at) and _WANTED_BY.search(text, max(0, m.start - 30), m.start)) \
                and not _SET_APART_FROM.search(text, max(0, m.start - 40), m.start):
            # not a seat named as a place: "the alliance's headquarters in Brussels" ("from the tribunal" is the
            # body), nor an official's title: "a notice lodged with the UN secretary-general", nor a kind of body
            # it holds ("any UN agency"), nor one named to tell another apart from it
            return m.actor
    return None


def _named_since(mentions: list, before: int, actor: str, start: int) -> bool:
    """Whether mentions[:before] name `actor` at or after offset `start` (read back from the last)."""
    for m in reversed(mentions[:before]):
        if m.start < start:
            return False
        if m.actor == actor:
            return True
    return False


def _date_from_paragraph(facts: list[_Fact], text: str, published, loose: Sequence[_Fact] = (), mentions: Sequence = ()) -> None:
    """A fact whose sentence gives no date happened on the day its paragraph tells, when a
    neighbouring sentence names a day of the week before publication ("X has applied to join Y.
    Its prime minister handed over the application on Tuesday ..."); in a later paragraph that
    names no day, on the day the lead paragraph tells. The `loose` facts are dated alike, without
    being read as the neighbours of any."""
    if published is None:
        return
    lead_stop = PARAGRAPH_BREAK.search(text)
    lead_end = lead_stop.start() if lead_stop else len(text)
    lead_day = _news_day(text, 0, lead_end, (lead_end, lead_end), published)  # the lead's last day
    for f in [*facts, *loose]:
        if f.kind == "reaction" and (day := _day_answered(f, facts, text)):
            f.date = day  # "'Today is a historic day,' X wrote shortly after the vote": the vote's day
            continue
        if f.kind == "membership_change" and f.action == "applied" and (day := _submitted_day(text, f.span[1], published)) \
                and (f.rank == RANK_PUBLISHED or f.date is None or (len(f.date) == 4 and day.startswith(f.date))):
            f.date = day  # "X has applied to join Y. The application was submitted last month": that month
            continue
        if f.rank != RANK_PUBLISHED:
            continue
        start = paragraph_start(text, f.span[0])
        if _CONTINUED.match(text, f.span[0]) and (day := _day_before(facts, text, start, f.span[0], published)):
            f.date = day  # "X met on April 24 and condemned ... . It closed its airspace ...": that day
            continue
        if f.kind == "reaction":
            f.date = _reaction_day(f, facts, text, start, lead_end, lead_day, published) or f.date
            continue
        stop = PARAGRAPH_BREAK.search(text, f.span[1])
        if (day := _signed_day(text, start, stop.start() if stop else len(text), published)) is not None:
            f.date = day  # "X designated A, B and C as ... . The decisions were signed on December 29": that day
            continue
        if start > lead_end and (days := f.extra.get("from_news")):
            # "The EU opened talks on Tuesday. || ... || The decision came a day after X adopted ...", "... || A
            # day earlier, X adopted ...": the lead's day (else publication's), less one
            f.date = (dt.date.fromisoformat(lead_day or published.isoformat()) + dt.timedelta(days=days)).isoformat()
            continue
        day = _news_day(text, start, stop.start() if stop else len(text), f.span, published)
        if day is None and f.span[1] <= lead_end and (told := next((
                g for g in facts if g.kind == "said" and g.subject == f.subject and g.rank == RANK_TEXT
                and lead_end < g.span[0] and not PARAGRAPH_BREAK.search(text, lead_end + 2, g.span[0])), None)) \
                and len(told.date or "") == 10 and 0 <= (published - dt.date.fromisoformat(told.date)).days <= 6:
            # "X has imposed sanctions on Y ... || The commerce ministry said on Wednesday that ...": the
            # day the paragraph after the lead gives the actor's words on it
            day = told.date
        if day is None and f.span[1] <= lead_end and (came := _ANNOUNCED_ON.match(text, lead_end)) and (
                told := next(iter(find_dates(came.group("day"))), None)) and told.start == 0 and (
                value := told.resolve(published)) and len(value) == 10 and 0 <= (published - dt.date.fromisoformat(value)).days <= NEWS_DAYS:
            # "X has lifted sanctions on Y's airline ... || The announcement came on Thursday, September 11, after ...":
            # the day the paragraph after the lead gives the news
            day = value
        if day is None and f.span[1] <= lead_end and lead_day is None:
            # "X has put Y back on its list. || The report released on Thursday noted ...": the day the
            # paragraph after an undated lead opens with (a membership is the body's act too: "The bloc's
            # leaders agreed on Saturday to ...")
            actors = {f.subject, f.object} if f.kind == "membership_change" else {f.subject}
            day = _opening_day(text, lead_end, published, actors, mentions)
        if day is None and start > lead_end and (same := next((
                g for g in facts if g.rank == RANK_TEXT and g.span[1] <= lead_end and g.kind == f.kind and g.subject == f.subject
                and g.designation == f.designation and g.kind != "reaction"), None)) and len(same.date or "") == 10:
            # "The Commission on Tuesday adopted an update of its list ... || ... its exit from the grey list in
            # February. X and Y were among ten added to the EU list": the day of the lead's act of that list
            day = same.date
        if day is None and start > lead_end:
            # a paragraph that names no day reports the news of the lead ("placed X on its list
            # on Friday. ... Y and Z were taken off the list"): the lead's day
            day = _told_before(text, start, f.span[0], published) or lead_day
        if day is not None:
            f.date = day


#: Verbs and documents that tell or publish the news, before the day that opens the paragraph after the lead.
_TELLING = re.compile(r"\b(?:said|announced|released|issued|published|signed|unveiled|made public|confirmed|told|notified|wrote|declared"
                      r"|approved|adopted|agreed|endorsed|(?:notice|report|review|statement|order|memorandum|decree|decision|"
                      r"announcement|notification|filing|communiqu[eé]|resolution)s?)\b", re.IGNORECASE)


def _opening_day(text: str, at: int, published: dt.date, actors: set[str], mentions: Sequence) -> str | None:
    """The day, at most NEWS_DAYS before publication, that the first sentence of the paragraph
    after offset `at` names first, after a verb that tells or publishes, when no actor but those of
    the fact, `actors`, is named before it ("The report released on Thursday", "X's secretary of
    state announced the step on Monday", not "Y's prime minister on Thursday suspended the talks":
    the news's cause); else None."""
    start = PARAGRAPH_BREAK.search(text, at)
    if start is None:
        return None
    stop = SENTENCE_END.search(text, start.end())
    day = next(iter(find_dates(text[start.end(): stop.start() if stop else len(text)])), None)
    value = day.resolve(published) if day is not None else None
    if not value or len(value) != 10 or not 0 < (published - dt.date.fromisoformat(value)).days <= NEWS_DAYS:
        return None
    if not _TELLING.search(text, start.end(), start.end() + day.start):
        return None  # (another event's day: "Talks began on Tuesday")
    if any(m.actor not in actors and not LOCATIVE.search(text, max(0, m.start - 20), m.start)
           for m in mentions if start.end() <= m.start < start.end() + day.start):
        return None  # (a place is no actor: "at their summit in Madrid on Wednesday")
    return value


def _reaction_day(f: _Fact, facts: list[_Fact], text: str, start: int, lead_end: int, lead_day: str | None,
                  published) -> str | None:
    """The day of reaction `f`, whose own words give none, from the sentences around it in its
    paragraph (which starts at `start`) and the lead's day (`lead_day`, news of the week before
    publication); None to keep publication's."""
    if same := next((g for g in facts if g.sent == f.sent - 1 and actor_of(g) == f.subject and g.kind != "act"
                     and g.rank == RANK_TEXT and g.span[0] >= start and len(g.date or "") == 10), None):
        # "X and Y announced on Sunday that they were leaving Z. In a joint communique, they
        # denounced Z's sanctions", "The court answered on Tuesday. Its president said she regretted
        # ...": the same occasion, the day the sentence before tells
        return same.date
    if start > lead_end and not PARAGRAPH_BREAK.search(text, lead_end + 2, start) and (
            lead := next((g for g in facts if g.span[0] < lead_end and g.kind in _MODELLED and g.rank == RANK_TEXT), None)) \
            and actor_of(lead) == f.subject and len(lead.date or "") == 10:
        # "The Commission on Tuesday described X as ... . || 'X has chosen another road,' its commissioner
        # told reporters, condemning ...": the paragraph after the lead quotes the lead's actor on its day
        return lead.date
    came = _RESPONSE_CAME.search(text, max(start, f.span[0] - 80), f.span[0])
    if came and (day := _day_before(facts, text, start, f.span[0], published)):
        return day  # "The response from X came on Wednesday. Its president said she regretted ...": that day
    if came and _WITHIN_HOURS.search(came.group()) and (
            answered := next((g for g in reversed(facts) if g.span[1] <= came.start() and actor_of(g) == f.object
                              and g.rank == RANK_TEXT and g.kind != "said"), None)) and len(answered.date or "") == 10:
        f.extra["chorus"] = True  # (others answering in the sentences after echo it that day)
        return answered.date  # "X cut ties with Y on Monday. || Y responded within hours. Its minister called ...": Monday
    if told := next((g for g in facts if g.sent == f.sent + 1 and actor_of(g) == f.subject and g.kind == "said"
                     and g.rank == RANK_TEXT and len(g.date or "") == 10
                     and not PARAGRAPH_BREAK.search(text, f.span[1], g.span[0])), None):
        # "Moscow has reacted with hostility. On Friday, Kremlin spokesman X said ...", "The Kremlin was
        # quick to object. Its spokesman said on Thursday ...": the day the sentence after gives the same reactor's words
        return told.date
    if f.span[1] <= lead_end and (told := next((
            g for g in facts if g.span[0] > lead_end and g.subject == f.subject and g.kind in ("said", "reaction")
            and g.rank == RANK_TEXT and len(g.date or "") == 10
            and 0 < (published - dt.date.fromisoformat(g.date)).days <= NEWS_DAYS), None)):
        # "X dismissed Y's new sanctions ... (the lead) || Speaking to reporters on Thursday, X's president said
        # the sanctions ...": the day the body gives the same reactor's words
        return told.date
    if chorus := next((g for g in facts if g.sent in (f.sent - 1, f.sent + 1, f.sent + 2) and g.kind == "reaction" and g.object == f.object
                       and g.subject != f.subject and (g.rank == RANK_TEXT or g.extra.get("chorus")) and g.span[0] >= start
                       and not PARAGRAPH_BREAK.search(text, min(f.span[1], g.span[1]), max(f.span[0], g.span[0]))
                       and len(g.date or "") == 10 and _SPOKEN_REACTION.search(text, *g.span)), None):
        # "X on Tuesday condemned Y's strike as ... . Z denounced what it called ...", "Z welcomed the
        # package. ... X's spokesman said on Monday the sanctions were illegal": one chorus of reactions to
        # the same act, on the day one of them is dated
        f.extra["chorus"] = True
        return chorus.date
    # else dated by publication, or in a paragraph of history by it, unless it answers news ("X joined
    # Y on Thursday. ... Both had applied in May 2022. Z condemned the enlargement.")
    event = f.extra.get("event")
    if event is not None and event.rank < RANK_TEXT and (twin := next((
            g for g in facts if g.rank == RANK_TEXT and g.sent == event.sent and (g.kind, g.subject, g.object, g.action)
            == (event.kind, event.subject, event.object, event.action)), None)):
        event = twin  # "X announced on Tuesday that he had ordered the lifting of sanctions": the reading with its day
    # (a later paragraph that names no day before the reaction)
    undated = start > lead_end and next(iter(find_dates(text[start:f.span[0]])), None) is None
    if undated and (event is None or not told_as_past(event, published)) and (lead := next((
            g for g in facts if g.span[1] <= lead_end and g.kind == "reaction" and g.object == f.object
            and g.rank == RANK_TEXT and len(g.date or "") == 10), None)):
        # "Capitals across the region lined up on Friday to denounce X's strikes ... || Y called the raids
        # a provocation": the chorus the lead tells, on its day
        return lead.date
    if start > lead_end and (event is None or told_as_past(event, published)):
        if undated and event is None and (lead := next((
                g for g in facts if g.span[1] <= lead_end and actor_of(g) == f.object and g.rank == RANK_TEXT
                and len(g.date or "") == 10 and (published - dt.date.fromisoformat(g.date)).days == 1), None)):
            # "X recognised Y on Sunday. || ... Z hailed X's decision": the lead's act, told the day before
            return lead.date
        told = _told_before(text, start, f.span[0], published)  # (None where the paragraph names no day)
        if told is None and event is None and (act := next((
                g for g in reversed(facts) if g.span[1] <= f.span[0] and actor_of(g) == f.object and g.rank == RANK_TEXT
                and g.kind not in ("said", "reaction") and len(g.date or "") == 10
                and 0 <= (published - dt.date.fromisoformat(g.date)).days <= 31), None)):
            # "Iran struck Y's base on Monday. || ... Z condemned what it called Iranian aggression": that day (the
            # news's own day, when that actor's last deed was done on the day of publication)
            return act.date
        last = _last_day_told(text, f.span[0], published) if told is None else None
        if last and 0 < (published - dt.date.fromisoformat(last)).days <= NEWS_DAYS:
            # "On Monday X's drones struck a hospital. || Z condemned what it called an X war crime": the day
            # its paragraph or the one before last told, news of the week before publication (not a date a few
            # weeks old, which may be the news's background)
            return last
        if told is None and last is None and lead_day:
            # "The designation took effect on Wednesday. || (history) || Y welcomed the decision": the lead's
            # day, when neither its paragraph nor the one before names a day
            return lead_day
        return told
    if start > lead_end and any(d.resolve(published) == published.isoformat() for d in find_dates(text[start:f.span[0]])):
        return None  # "Moscow echoed that view on Sunday. Its foreign ministry said ...": the day its paragraph tells
    act = event or next((g for g in reversed(facts) if g.span[1] <= f.span[0] and actor_of(g) == f.object
                         and g.rank == RANK_TEXT and g.kind in _MODELLED), None)
    if act is not None and len(act.date or "") == 10 and \
            1 <= (published - dt.date.fromisoformat(act.date)).days <= (31 if start > lead_end else 1):
        # "X on Thursday imposed sanctions on Y. || Y condemned the measures." in Friday's paper: the
        # day of the news it answers; after the lead, of news told within the month before publication
        # (measured: most sets' golds, worked and blind; see tests/test_extract_eval.py's floors)
        return act.date
    sentence = text[f.span[0]:f.span[1]]
    for d in find_dates(sentence):
        if _POSSESSIVE_DAY.match(sentence, d.end) and len(value := d.resolve(published) or "") == 10 \
                and (published - dt.date.fromisoformat(value)).days == 1:
            return value  # "X hailed Friday's order by Y" in Saturday's paper: the day of the act it answers
    return None


#: A reaction in words (not a deed such as breaking off relations), which others may echo the same day.
_SPOKEN_REACTION = re.compile(r"\b(?:condemn|denounc|welcom|hail|critici[sz]|prais|decr|slamm|deplor|protest|reject|applaud|called)\w*")
#: A reaction told moments after the act it answers: "X wrote shortly after the vote", "hailed the vote hours
#: after it was taken".
_SHORTLY_AFTER = re.compile(r"\b(?:shortly|soon|minutes|moments|hours|right|just|immediately) after (?:(?:the|its|their|this|that) "
                            r"(?:vote|decision|announcement|ruling|result|move|verdict|signing|ceremony)\b|(?:it|they) (?:was|were) "
                            r"(?:taken|made|announced|adopted|cast|passed)\b)")
#: A response told to come on the day of the act it answers: "responded within hours", "replied the same day",
#: "The reaction from X was immediate."
_WITHIN_HOURS = re.compile(r"\b(?:within (?:hours|minutes)|(?:hours|minutes) later|the same (?:day|evening|night)|(?:was|were) (?:immediate|instant|swift))\b")
#: A sentence that announces the reaction the next one tells: "The response from The Hague came on Wednesday.",
#: "Moscow responded on Thursday.", "The reaction from Tehran was immediate."
_RESPONSE_CAME = re.compile(r"\b(?:(?:response|answer|reaction|reply|riposte|retort)\b[^.;!?\n]{0,40}\b(?:came|was|were)|responded|answered|replied)\b[^.;!?\n]{0,40}[.!?]\s+$")


def _day_answered(reaction: _Fact, facts: list[_Fact], text: str) -> str | None:
    """The day of the act a reaction answers, when its sentence tells it came moments after that act
    ("X wrote shortly after the vote"); else None."""
    stop = SENTENCE_END.search(text, reaction.span[1])
    if not _SHORTLY_AFTER.search(text, reaction.span[0], stop.start() if stop else len(text)):
        return None
    event = reaction.extra.get("event") or next((g for g in reversed(facts) if actor_of(g) == reaction.object
                                                 and g.sent < reaction.sent and g.rank == RANK_TEXT), None)
    return event.date if event is not None and len(event.date or "") == 10 else None


#: A sentence whose subject is a pronoun carries on the sentence before it.
_CONTINUED = re.compile(r"(?:It|They|He|She)\s")


def _day_before(facts: list[_Fact], text: str, start: int, at: int, published) -> str | None:
    """The date of the sentence before offset `at`, when it lies in the paragraph starting at
    `start`: that of its last fact dated by its own words, else the last date it names; to the
    month or day, and before publication."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, at) if m.end() < at]
    lo = ends[-2] if len(ends) > 1 else start
    told = [f.date for f in facts if f.rank == RANK_TEXT and lo <= f.span[0] and f.span[1] <= at and f.date]
    last = told[-1] if told else None
    for d in find_dates(text[lo:at]) if last is None else ():
        last = d.resolve(published)
    if not last or len(last) < 7 or last[: len(published.isoformat())] >= published.isoformat()[: len(last)]:
        return None
    return last


def _told_before(text: str, start: int, at: int, published) -> str | None:
    """The date a paragraph of history last named before offset `at` ("On October 14, 2024, the
    police said ... . Ottawa expelled six diplomats"), when it lies HISTORY_DAYS or more before
    publication; else None."""
    last = None
    for d in find_dates(text[start:at]):
        last = d.resolve(published)
    if not last or len(last) < 7:
        return None
    first_day = dt.date.fromisoformat(last if len(last) == 10 else last + "-01")
    return last if (published - first_day).days >= HISTORY_DAYS else None


def _news_day(text: str, start: int, stop: int, span: tuple[int, int], published) -> str | None:
    """The day, at most NEWS_DAYS before publication, named in text[start:stop] nearest to
    `span` but outside it."""
    best = None
    for d in find_dates(text[start:stop]):
        value = d.resolve(published)
        if not value or len(value) != 10 or not 0 < (published - dt.date.fromisoformat(value)).days <= NEWS_DAYS:
            continue
        at = start + d.start
        if span[0] <= at < span[1]:
            continue  # the sentence's own aside ("which chairs the bloc this week")
        dist = span[0] - at if at < span[0] else at - span[1]
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best is not None else None


#: A sentence that dates the acts its paragraph tells: "The decisions were signed on December 29 but only
#: made public this week."
_SIGNED_ON = re.compile(r"(?:^|(?<=[.!?]\s))(?:The|These|Those|Both|All the) (?:[a-z\-]+ ){0,2}?(?:decisions?|designations?|"
                        r"determinations?|orders?|listings?|documents?) (?:was|were|had been|have been) (?:formally )?"
                        r"(?:signed|taken|made|approved|adopted|finali[sz]ed|dated) (?:on|in) ")


def _signed_day(text: str, start: int, stop: int, published: dt.date) -> str | None:
    """The day a sentence of text[start:stop] says the paragraph's acts were signed, when it is at
    most SIGNED_DAYS before publication."""
    for m in _SIGNED_ON.finditer(text, start, stop):
        day = next(iter(find_dates(text[m.end(): min(stop, m.end() + 40)])), None)
        value = day.resolve(published) if day is not None and day.start == 0 else None
        if value and len(value) == 10 and 0 < (published - dt.date.fromisoformat(value)).days <= SIGNED_DAYS:
            return value
    return None


#: The sentence after an application told without its day, telling when it was handed in: "The application
#: was submitted last month to the depositary", "Its request to join was lodged on Tuesday".
_SUBMITTED = re.compile(r"\s*(?:The|Its|Their|That|This) (?:formal |written |membership )?(?:application|bid|request)"
                        r"(?: (?:for|to)\b[^.;]{0,40}?)? (?:was|had been|has been) (?:formally |officially )?"
                        r"(?:submitted|lodged|filed|sent|handed (?:over|in)|delivered|presented)\b")


def _submitted_day(text: str, at: int, published: dt.date) -> str | None:
    """The date the sentence opening at offset `at` says an application was handed in, when it
    opens so and the date is not after publication; else None."""
    if (m := _SUBMITTED.match(text, at)) is None:
        return None
    stop = SENTENCE_END.search(text, m.end())
    day = next(iter(find_dates(text[m.end(): stop.start() if stop else len(text)])), None)
    value = day.resolve(published) if day is not None else None
    # (a month or year compares as the prefix it is: "2024-09" comes before "2024-10-03")
    return value if value and value <= published.isoformat() else None


def _skip(sentence: str, title: str | None) -> bool:
    """Questions, titles and headline-like lines carry no facts."""
    stripped = sentence.rstrip("\"'”’) ")
    if stripped.endswith("?"):
        return True
    if title and sentence.strip() == title.strip():
        return True
    if not stripped.endswith((".", "!", "…")):
        words = _WORD.findall(sentence)
        caps = sum(1 for w in words if w[0].isupper())
        return len(words) < 4 or caps / len(words) > 0.5
    return False


def _sentence_facts(masked: Masked, frames: list[Frame], span: tuple[int, int], idx: int, doc: Document,
                    gaz: Gazetteer, rules: Rules, earlier: list[_Fact], prev: _Head | None = None) -> list[_Fact]:
    cands = []
    for frame in frames:
        for rx in frame.regexes:
            # a match resumes after its trigger, not after its whole span: a reaction's object
            # ("welcomed the step, and Y also hailed the move") may hold the next trigger
            pos = 0
            while (m := rx.search(masked.text, pos)) is not None:
                g = "trig" if m.group("trig") is not None else "base"
                cands.append((m.start(g), m.end(g), frame, m))
                pos = max(m.end(g), m.start() + 1)
    cands.sort(key=lambda c: (c[0], c[1], c[2].kind == "reaction"))  # a reaction after the act read from its own words
    out: list[_Fact] = []
    unanswered = []  # reactions that found no act before them
    for trig_start, trig_end, frame, m in cands:
        previous = next((f for f in reversed(out) if f.kind != "reaction"), None)
        # all who did the last act together: "X, Y and Z withdrew from A in March and, in May, from B"
        prev_subject = tuple(dict.fromkeys(f.subject for f in out if f.order == previous.order)) if previous else None
        made = _apply(frame, m, trig_start, trig_end, masked, doc, gaz, rules, prev_subject, earlier + out, idx, prev,
                      span[0])
        if not made and frame.kind == "reaction" and m.groupdict().get("rest"):
            unanswered.append((trig_start, trig_end, frame, m, prev_subject))
        _place(made, span, idx, trig_start)
        if frame.fallback:
            for f in made:
                f.extra["fallback"] = True
        out.extend(made)
    for trig_start, trig_end, frame, m, prev_subject in unanswered:
        # the act told inside the reaction's own object: "objected to Friday's addition of the country to the list"
        inside = [f for f in out if f.kind in _MODELLED and max(trig_end, m.start("rest")) <= f.order - span[0] * 1000 < m.end("rest")]
        if inside:
            made = _apply(frame, m, trig_start, trig_end, masked, doc, gaz, rules, prev_subject, earlier + inside, idx, prev,
                          span[0])
            _place(made, span, idx, trig_start)
            out.extend(made)
    out += _partners(masked, out, span[0] * 1000)
    out += _based_in(masked, out, gaz)
    # "'A victory,' X's minister said, thanking Y and Z by name": the reaction the sentence names
    # answers for the quotation's, whose object was only inferred
    named = {(f.subject, f.action) for f in out if f.kind == "reaction" and f.extra.get("named")}
    found = {f.kind for f in out if not f.extra.get("fallback")}
    return [f for f in out if not (f.kind == "reaction" and f.extra.get("bare") and (f.subject, f.action) in named)
            and not (f.extra.get("fallback") and f.kind in found)]


#: Partners a sentence names as acting with the sanctioning subject: "X, acting in coordination with Y and Z,
#: imposed ...", "..., joined by Y", "..., a move mirrored by Y".
_PARTNERS = re.compile(r"\b(?:in (?:close )?(?:coordination|concert|step|tandem|lockstep) with|in an? (?:coordinated|joint) (?:action|move|step) with"
                       r"|(?:(?<=, )|(?<=, and ))(?:joined|matched|mirrored|echoed) by|(?<!and, )(?<!and )together with"
                       r"|(?:a|the) (?:move|step|decision) (?:mirrored|matched|echoed|copied) by)\s(?:the\s)?(?P<who>⟦[so]\d+⟧(?:(?:,|,?\sand)\s(?:the\s)?⟦[so]\d+⟧)*)")


def _partners(masked: Masked, out: list[_Fact], base: int) -> list[_Fact]:
    """The sentence's sanctions again, for each partner it names as acting with their subject (those of the
    day told last before the partner, when the sentence tells several: "On May 9 X listed 100 tankers, and on
    May 20 it announced more in coordination with Y": Y's on May 20)."""
    told = [f for f in out if f.kind == "sanction_change" and not f.extra.get("fallback")]
    if not told:
        return []
    have = {(f.subject, f.object, f.action) for f in out if f.kind == "sanction_change"}
    more = []
    for m in _PARTNERS.finditer(masked.text):
        last = max((f for f in told if f.order - base < m.start()), key=lambda f: f.order, default=None)
        acts = [f for f in told if f.date == last.date] if last is not None else told
        for who, f in ((a.actor, f) for a in masked.actors_in(m.group("who")) for f in acts):
            if who not in (f.subject, f.object) and (who, f.object, f.action) not in have:
                more.append(replace(f, subject=who, extra=dict(f.extra), confidence=round(f.confidence - 0.1, 2)))
                have.add((who, f.object, f.action))
    return more


#: Targets named by where they are based, among those a listing took: "adding 200 entities to its blacklist, among
#: them several companies in mainland X and Y".
_BASED_IN = re.compile(r"\b(?:among them|including|notably)\s(?:[\w\-]+\s){0,3}?(?:companies|firms|entities|businesses|brokers|"
                       r"traders|suppliers|refiner(?:y|ies)|banks|manufacturers|intermediaries)\s(?:(?:based|registered|"
                       r"incorporated|located)\s)?in\s(?:mainland\s)?(?P<who>⟦s\d+⟧(?:(?:,|,?\sand)\s⟦s\d+⟧)*)")


def _based_in(masked: Masked, out: list[_Fact], gaz: Gazetteer) -> list[_Fact]:
    """The sentence's sanctions again, on each state where it says some of their targets are based."""
    told = [f for f in out if f.kind == "sanction_change" and f.action == "imposed" and not f.extra.get("fallback")]
    if not told:
        return []
    where = [a.actor for m in _BASED_IN.finditer(masked.text) for a in masked.actors_in(m.group("who"))
             if gaz.kind(a.actor) == "state"]
    have = {(f.subject, f.object) for f in out if f.kind == "sanction_change"}
    more = []
    for state in dict.fromkeys(where):
        for f in told:
            if state != f.subject and (f.subject, state) not in have:
                more.append(replace(f, object=state, extra=dict(f.extra), confidence=round(f.confidence - 0.1, 2)))
                have.add((f.subject, state))
    return more


#: A state's diplomat, whom a label names as a person: "the Indian envoy".
_ENVOY = re.compile(r"\b(?:envoy|ambassador|diplomat|high commissioner|consul|charg[eé] d['’]affaires)s?$", re.IGNORECASE)
#: A clause that tells the act an accusation answers: "accused X of bad faith after X's ministry deleted ...".
_ACT_CLAUSE = re.compile(r"\b(?:after|when|because) (?:the )?"
                         r"(⟦[so]\d+⟧(?:, ⟦[so]\d+⟧)*(?:,? and ⟦[so]\d+⟧)?)"  # one actor, or a list of them
                         r"(?:['’]s? (?:[\w\-]+ ){0,3}?[\w\-]+)? (?:had |has )?[a-z]+ed\b")


def _acts_in_clause(masked: Masked, actor: str, start: int) -> bool:
    """Whether a clause after offset `start` of `masked` tells an act of `actor` (or of a list of actors
    it is one of: "a day after X, Y and Z unveiled ...")."""
    return any(masked.actors[int(t.group(2))].actor == actor for m in _ACT_CLAUSE.finditer(masked.text, start)
               for t in TOKEN.finditer(m.group(1)))


def _place(facts: list[_Fact], span: tuple[int, int], sent: int, trig_start: int) -> None:
    """Mark `facts` as told in sentence `sent` at `span`, by the trigger at `trig_start`."""
    for f in facts:
        f.span = span
        f.order = span[0] * 1000 + trig_start
        f.sent = sent


#: The last of two objects joined by ", and", and a verb right after it: the actor opens a clause of its own.
_AND_LAST = re.compile(r"(?<=⟧),\s+and\s+(?:the\s+)?⟦[so]\d+⟧$")
#: (not one that tells it got the same: "X was designated in March, and Y received the status the same year")
_OWN_VERB = re.compile(r"\s+(?:(?:has|had|have|also|then|later|too)\s+)?(?!(?:received|gained|obtained|earned|won|secured|achieved)\b)"
                       r"(?-i:[a-z]{3,}ed)\b(?!\s+by\b)")


def _ids(masked: Masked, fragment: str | None, kind: str | None, gaz: Gazetteer) -> list[str]:
    if not fragment:
        return []
    ids = [m.actor for m in masked.actors_in(fragment)]
    if kind:
        ids = [a for a in ids if gaz.kind(a) == kind]
    return list(dict.fromkeys(ids))


def _forces_only(masked: Masked, fragment: str | None, gaz: Gazetteer) -> bool:
    """Whether the actors `fragment` names are all a state's armed forces ("Iran's Revolutionary Guards")."""
    tokens = [t.group() for t in TOKEN.finditer(fragment or "") if t.group(1) != "d"]
    return bool(tokens) and all(fold((masked.surfaces or {}).get(t, "")).endswith(gaz.armed_forces) for t in tokens)


def _apply(frame: Frame, m: re.Match[str], trig_start: int, trig_end: int, masked: Masked,
           doc: Document, gaz: Gazetteer, rules: Rules, prev_subject, earlier, sent: int = 0,
           prev: _Head | None = None, at: int = 0) -> list[_Fact]:
    groups = m.groupdict()
    act = None
    issuer_in_passing = None  # who issued a document a reaction before named only in passing
    if frame.antecedent in ("act", "deed"):
        # "Y followed on Tuesday": the last act, done again by another actor; "Y eased its own
        # measures": the last act of the frame's kind gives the object; a deed: the last act of any kind
        follow = frame.kind == "follow"
        # ("followed with its own listings", "announced the same cap": sanctions, whatever else was told last)
        listings = follow and (_OWN_LISTINGS.match(masked.text, trig_end) or _SANCTION_WORD.search(groups.get("trig") or ""))
        # ("issued similar denunciations": a reaction, whatever else was told last)
        voiced = follow and _VOICED_WORD.search(groups.get("trig") or "")
        # (what is followed is an act told as a fact, not an unmodelled reading: "a day after army
        # officers halted the count. The AU followed on Friday with a suspension of its own")
        act = _recent(earlier, sent, REACH_ACT, lambda f: not f.extra.get("pending") and (
            (follow and f.kind not in ("act", "said") and (not listings or f.kind == "sanction_change")
             and (not voiced or f.kind == "reaction"))
            or f.kind == frame.kind or (frame.antecedent == "deed" and f.kind in _MODELLED)))
        if act is None and frame.retitles and (answered := _recent(
                earlier, sent, 1, lambda f: f.kind == "reaction" and f.object and _ORDER_IN_PASSING.search(doc.text, *f.span))):
            # "X denounced an executive order by President Y that ... . The order, 'Title', signed on Monday, ...":
            # a document the reaction before named only in passing, issued by the one it answered
            issuer_in_passing = answered.object
        elif act is None or (frame.kind in ("reaction", "designation_change") and act.action != frame.action):
            return []  # (a reaction of the other sign, or "The others are X and Y" after a removal: not this act)
        if act is not None and frame.retitles and act.policy and not act.extra.get("untitled") and not _GENERIC_DOCUMENT.fullmatch(act.policy):
            return []  # "X unveiled its Indo-Pacific strategy. The document, titled 'Y', ...": named already
        if follow and history(act.date, doc.published) and not history(own := _date(masked, m.start(), m.end(), trig_start, doc)[0], doc.published) \
                and not (own and act.date and own[:4] >= act.date[:4] and _YEAR_TOLD_AFTER.match(masked.unmask(masked.text[trig_end:]))):
            return []  # "... the sanctions X imposed in December 2020. Y followed on February 26": not that act
            # (but "Finland joined in April 2023, and Sweden followed in March 2024": a year of its own, after the act's)
        if follow and _recent(earlier, sent, REACH_ACT, lambda f: act.order < f.order < at * 1000 + trig_start
                              and f.extra.get("pending") and f.subject != actor_of(act)
                              and f.extra.get("verb") not in _SPEECH_VERBS and not f.extra.get("nominal")):
            # "X applied in 2022. Y's parliament ratified ... and Z followed suit": Z followed Y's act (but
            # "Z announced that it would follow" follows X: the announcing is no act to follow)
            return []
        if follow and not frame.undoes and act.date and (own := _date(masked, m.start(), m.end(), trig_start, doc)[0]) \
                and own[:4] < act.date[:4]:
            return []  # "Y and Z took the same step in May 2024": not an act told with a later year
        if follow and not voiced and act.kind == "reaction" and not act.extra.get("deed") and any(
                f.kind == "act" and f.extra.get("pending") and actor_of(f) == act.object and f.sent == act.sent
                for f in earlier):
            return []  # "X and Y recognised Z, a step W denounced. V followed": the recognition, which no fact models
        if follow and (groups.get("trig") or "").lower() in ("follow", "follow suit") and not (
                act.kind == "membership_change" and act.action == "left"):
            return []  # "X said it would follow": an exit announced is a fact, any other act to come a plan
        if follow and frame.undoes and act.action not in _BEGUN:
            return []
        if follow:
            frame = replace(frame, kind=act.kind, action=_BEGUN[act.action] if frame.undoes else act.action)
    if frame.kind == "reaction" and (groups.get("trig") or "").lower() in _SIDES and _VOTE_BEFORE.search(masked.text, 0, trig_start):
        return []
    if frame.must_say is not None and not frame.must_say.search(masked.unmask(m.group())):
        return []
    action = frame.action or frame.actions.get((groups.get("trig") or "").lower())
    if action is None and frame.kind != "policy_issued":
        return []
    label = _label(groups.get("label"), rules) if "label" in groups else None
    if "label" in groups and not label and frame.kind == "designation_change":
        # "a cooperation partner, an economic competitor and a systemic rival": no one label, several
        label = next(iter(_labels(groups.get("label"), rules)), None)
    if "label" in groups and not label:
        return []
    explicit = _ids(masked, groups.get("subj"), None, gaz)
    if not explicit and act is not None and (frame.kind == "policy_issued" or follow) and frame.left == "none":
        explicit = [act.subject]  # "The order, titled X, ...": the issuer of the document just told
    elif not explicit and issuer_in_passing:
        explicit = [issuer_in_passing]
    if not explicit and frame.antecedent == "issuer":
        # (a gathering's text is a body's, never a state's: "The summit declaration, adopted on Monday, ...")
        gathering = _GATHERING_TEXT.fullmatch(groups.get("policy") or "") is not None
        documents = [f for f in earlier if f.kind == "policy_issued" and not f.extra.get("pending")
                     and (not gathering or gaz.kind(f.subject) == "org")]
        if issued := _recent(documents, sent, 2, lambda f: True):
            explicit = [issued.subject]  # "X published its Review on Monday. It succeeds the Y Review released in 2021": X's
        elif len(issuers := {f.subject for f in documents}) == 1:
            explicit = list(issuers)  # ... paragraphs on, when the text has told one issuer's documents only
    if not explicit and groups.get("pron") and frame.left in ("none", "object") and frame.kind == "membership_change":
        # "a bill taking the country out of Y"; "their departure from Y became final"; "Y suspended X
        # in 2011 and only readmitted it in 2023"
        explicit = (list(_last_group(earlier, sent, _count(they["count"]) if they["count"] else None))
                    if (they := _THEY.match(groups["pron"])) else _antecedent(masked, m.start(), []))
        if not explicit and groups["pron"].lower() in ("it", "the country") and (
                told := _recent(earlier, sent, 2, lambda f: f.kind == "membership_change" and f.sent < sent and not f.extra.get("pending"))):
            explicit = [told.subject]  # "X was suspended on August 31. The Y suspended it in September": the member just told
        if not explicit and groups["pron"] in ("It", "The country") and not masked.text[: m.start()].strip() and prev is not None and (
                len(state := prev.actors(rules)) == 1 and gaz.kind(state[0]) == "state"):
            explicit = state  # "X hopes to return. It was suspended in 2002": the state the sentence before is about
        if not explicit and groups["pron"] == "its" and (named := _states_before(masked, m.start())):
            explicit = named[-1:]  # "readmitted X, a decade after its membership was suspended": the state last named
    if frame.kind == "membership_change" and groups.get("obj") and (
            _LIST_AFTER_BODY.match(masked.text, m.end("obj")) or _BODY_OF_BODY.match(masked.text, m.end("obj"))):
        return []  # "X exited the FATF grey list", "X left the UN climate convention": the body's list or body, not the body
    obj = groups.get("obj")
    if obj and (joined := _AND_LAST.search(obj)) and _OWN_VERB.match(masked.text, m.end("obj")):
        obj = obj[: joined.start()]  # "lifted sanctions on X, and Y lifted ... on Z": Y opens a clause of its own
    objects = _ids(masked, obj, "org" if frame.kind == "membership_change" else None, gaz)
    more = [a for g in ("more", "more2", "more3") for a in _ids(masked, groups.get(g), None, gaz)]
    objects += [a for a in more if a not in objects]
    named_objects = list(objects) if groups.get("obj") else []
    if frame.kind == "designation_change" and (said := masked.actors_in(groups.get("obj") or "")) and all(x.via == "leader" for x in said):
        return []  # "calling Petro 'antisemitic'": a label for a person, not a designation of the state
    if frame.kind == "designation_change" and (people := [t.group() for t in TOKEN.finditer(groups.get("obj") or "") if t.group(1) != "d"]) \
            and all(_ENVOY.search(masked.unmask(t)) for t in people):
        return []  # "identified the Indian envoy as a person of interest": a label for a diplomat, not for the state
    package = None
    if frame.antecedent == "package":
        # "The EU adopted its 18th package against X ... The 14th, agreed in June 2024, ...": that imposer's, on that target
        packages = [f for f in earlier if f.kind == "sanction_change" and f.action == "imposed"
                    and _NUMBERED_PACKAGE.search(doc.text, *f.span)]
        if not packages:
            return []
        # (of the acts its sentence tells, the first: "X adopted its 19th package ..., hours after Y blacklisted ...")
        package = min((f for f in packages if f.sent == packages[-1].sent), key=lambda f: f.order)
        objects = [package.object]
    if frame.antecedent == "target" and not objects:
        # "London sanctioned 135 tankers on July 21": the state the article's sanctions target
        # (a lifting answers the state the article's sanctions were lifted from, too)
        every = Counter(f.object for f in earlier if f.kind == "sanction_change")
        # (an article on a lifting tells how it began)
        targets = Counter(f.object for f in earlier if f.kind == "sanction_change" and f.action in ("imposed", frame.action)) or every
        ranked, either = targets.most_common(2), every.most_common(2)
        if frame.action == "lifted" and _MEASURES_RELATIVE.match(m.group()) and (
                told := next((f for f in reversed(earlier) if f.kind == "sanction_change" and f.sent == sent), None)):
            objects = [told.object]  # "froze X's assets on 9 January 2022, measures that were lifted in July": X
        elif ranked and ranked[0][1] >= 2 and not (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            objects = [ranked[0][0]]
        elif either and either[0][1] >= 2 and not (len(either) > 1 and either[1][1] * 2 > either[0][1]):
            objects = [either[0][0]]  # "X delisted Y's generals on Thursday. X first sanctioned them in 2019. ...": sanctions both ways
        elif len(ranked) == 1 and ranked[0][0] in _title_states(doc, gaz):
            objects = [ranked[0][0]]  # the one state sanctioned so far, which the title names too
        elif len(ranked) == 1 and (last := next((f for f in reversed(earlier) if f.kind == "sanction_change"), None)) \
                and sent - last.sent == 1 and last.subject not in {x.actor for x in masked.actors_in(masked.text[:trig_start])} \
                and not _NUMBERED_PACKAGE.search(m.group()):  # (a numbered package goes on with a regime told elsewhere)
            objects = [ranked[0][0]]  # ... and in the sentence just before: "X adopted its package on Y. Z announced its largest round
        elif len(ranked) == 1 and any(f.kind == "sanction_change" and f.sent == sent and f.object == ranked[0][0] for f in earlier):
            objects = [ranked[0][0]]  # "X unfroze Y's reserves on 6 March, and on 24 April it lifted sanctions on 23 entities": Y
        elif not targets and (done_to := [
                f.subject if f.kind == "membership_change" else f.object for f in earlier if f.sent == sent and not f.extra.get("pending")
                and (f.action == "suspended" if f.kind == "membership_change" else f.kind in ("sanction_change", "designation_change"))]) \
                and _AND_BEFORE.search(masked.text, 0, trig_start) and len(set(done_to)) == 1 and gaz.kind(done_to[0]) == "state":
            objects = done_to[:1]  # "suspended X from the bloc's bodies on July 30 and imposed sweeping sanctions": on X
        elif not targets and 1 <= len(titled := _title_targets(doc, gaz)) <= 2:
            # "Syria's isolation ends ...: the EU lifted its economic sanctions"; of two, "Cuba back on US terror
            # list", the one the sanctioning state is not (below)
            objects = sorted(titled)
            if (pair := _the_other_state(masked, trig_start, doc, gaz)) and titled == {pair[0]}:
                objects = [pair[1]]  # "Britain targets prison chiefs || Britain froze ...": the other state told
            elif len(titled) == 2 and len(hit := _title_sanctioned(doc, gaz)) == 1:
                objects = sorted(hit)  # "X cuts ties with Y as EU sanctions X-ian commanders": X
        elif len(named := {x.actor for x in masked.actors_in(masked.text[trig_start:_victims_at(masked.text, trig_start)])}
                      & set(targets)) == 1:
            # "... measures against 100 vessels, saying the ships carried X-ian oil": of the targets, X (not
            # the wronged: "... on two ministers for inciting violence against X-ians")
            objects = list(named)
        elif (pair := _the_other_state(masked, trig_start, doc, gaz)) and (
                (not targets and gaz.kind(pair[0]) == "state")
                or (set(targets) == {pair[1]} and not _OWN_MEASURES.search(m.group()))):
            # "X froze the assets of six prison officials", in a text on X and Y alone: Y (whom X's sanctions
            # told so far target, if any: "on 9 May, X had sanctioned another 100 tankers"; but not X's
            # "own measures", X's act told again; a body's, only on the state its sanctions told so far target)
            objects = [pair[1]]
        elif not targets and len(told := _states_of_clause(masked, trig_start, gaz)) == 1:
            objects = sorted(told)  # "the bloc imposed sweeping sanctions, closing borders and freezing X-ian assets": X
        else:
            return []  # no state the article's sanctions mostly target
    if frame.antecedent == "body" and frame.kind == "policy_issued" and not explicit:
        # "The Washington Summit Declaration, adopted on Wednesday, ...": the body whose acts the text
        # told last, else the one it was just about
        body = next((f.subject for f in reversed(earlier) if f.kind != "reaction" and not f.extra.get("pending")
                     and gaz.kind(f.subject) == "org"), masked.body)
        if body is None:
            return []
        explicit = [body]
    elif frame.antecedent == "body" and frame.kind != "policy_issued" and not objects:
        # "X joined as full members": of the organisation the sentence, else the text, was just about
        orgs = [n for n, modifier in _ORG_TOKEN.findall(masked.text, 0, trig_start) if not modifier]
        body = masked.actors[int(orgs[-1])].actor if orgs else masked.body
        if body is None:
            return []
        objects = [body]
    found: Subject | None = None
    issuer: _Fact | None = None
    confidence = frame.confidence
    intro = named = list_told = None
    if frame.antecedent == "list":
        # "X approved a list of states it considers unfriendly. Y and Z were named.": the members
        # take the subject, label and date of the list announced in the sentence before
        intro = next((f for f in reversed(earlier) if f.extra.get("pending") and f.kind == "designation_change"
                      and 0 < sent - f.sent <= 1), None)
        if intro is None:
            return []
        label = intro.designation
    elif frame.antecedent == "label":
        named = _recent(earlier, sent, REACH_LABEL, lambda f: f.kind == "designation_change" and not f.extra.get("pending"))
        if label and (same := next((f for f in reversed(earlier) if f.kind == "designation_change" and f.designation == label
                                    and not f.extra.get("pending")), None)):
            named = same  # "rescinded the terrorism designation": the last holder of that label, however far back
        if named is not None and (owners := _ids(masked, groups.get("owner") or groups.get("lowner"), None, gaz)) and named.subject not in owners and (
                kept := next((f for f in reversed(earlier) if f.kind == "designation_change" and f.subject in owners
                              and not f.extra.get("pending")), None)):
            named = kept  # "... its exit from the FATF grey list in February. X and Y were added to the EU list": the EU's
        if named is None:
            # "The label has a long history. X was first placed on the list in 1982": the lead's list
            # (however far on, when the title names it)
            named = next((f for f in earlier if f.kind == "designation_change" and not f.extra.get("pending")
                          and (f.sent <= LEAD or in_lead(doc.text, f.span[0])) and (
                              sent - f.sent <= REACH_LEAD or (f.designation and f.designation in (doc.title or "").lower()))), None)
        if named is None and len({f.designation for f in earlier if f.kind == "designation_change" and not f.extra.get("pending")}) == 1:
            # "A label with a long history || X was first placed on the list in 1982": the one label the text told
            named = next(f for f in reversed(earlier) if f.kind == "designation_change" and not f.extra.get("pending"))
        if named is None and ("obj" in groups or groups.get("pron")) and (told := _label_told_before(doc.text, at, rules) or _label_told_before(
                before := doc.text[:at] + masked.unmask(masked.text[:trig_start]), len(before), rules)):
            # "... nowhere clearer than on the list of state sponsors of terrorism. Washington first placed
            # the island on the list on March 1, 1982": a list named, though no act of it was told yet
            label = list_told = told
        elif named is None:
            return []
        else:
            if _ON_THE_LIST.search(m.group()) and not _is_list(named.designation) and (listed := next((
                    f for f in reversed(earlier) if f.kind == "designation_change" and _is_list(f.designation)
                    and not f.extra.get("pending")), None)):
                named = listed  # "X was branded a manipulator in 2019. ... Y was put back on the list": the list told
            named = next((f for f in earlier if f.kind == named.kind and f.sent == named.sent and f.span == named.span
                          and _by_kind_only(named, f)), named)
            label = label or named.designation  # (its own: "rescinded the terrorism designation as well")
            explicit = explicit or ([named.subject] if frame.left == "none" else [])
        if named is not None and "obj" not in groups and groups.get("both"):
            # "... labelled Y and Z manipulators. The next administration dropped both designations": all the act's holders
            objects = list(dict.fromkeys(f.object for f in earlier if f.kind == named.kind and f.order == named.order))
        elif named is not None and "obj" not in groups:
            objects = [named.object]  # "The label ... had been lifted by X in 2021": the label's holder
    if frame.left == "none":
        # "X was added to the FATF's grey list": the list's owner designates
        owner = _ids(masked, groups.get("owner"), None, gaz) if frame.kind in ("designation_change", "sanction_change") else []
        subjects = explicit or owner or ([intro.subject] if intro else []) or (
            [rules.designators[label]] if label in rules.designators else []) or (
            _issuers_named(groups.get("policy"), rules))
        if not subjects and package is not None:
            subjects = [package.subject]
        if not subjects and groups.get("pron") and (lead := _SENTENCE_SUBJECT.match(masked.text)):
            subjects = [masked.actors[int(lead.group(1))].actor]  # "X ended the duties it had slapped on Y"
        if not subjects and groups.get("pron") and prev is not None and masked.text.lstrip().startswith(("Its ", "Their ")):
            # "X faces a dilemma. Its first Strategy, published in April 2024, ...": X's ("X, Y and Z cut ties
            # with W. Their withdrawal from V took effect ...": all three's)
            subjects = prev.actors(rules, plural=masked.text.lstrip().startswith("Their "))
        start = m.start()
        if not subjects and frame.antecedent == "document":
            # "The document states that X poses a systemic challenge": the issuer of the
            # document issued shortly before labels X, on the day it issued it
            reach = REACH_DOCUMENT if frame.kind != "policy_issued" else sent  # a titled document: the last issuer told
            issuer = _recent(earlier, sent, reach, lambda f: f.kind == "policy_issued")
            subjects = [issuer.subject] if issuer else []
            if owned := _OWNED_DOCUMENT_OPENING.match(masked.text):
                # "X's strategy, published on October 12, 2022, said Y posed an 'immediate threat'": X's, on its own
                # day, whatever came before
                subjects, issuer = [masked.actors[int(owned.group(1))].actor], None
        if not subjects and frame.agentless and act is not None and sent - act.sent <= (
                2 if frame.action == act.action or groups.get("obj")
                or (prev is not None and _MEASURES_TOLD.match(prev.read().text)) else 1):
            # (the same act restated may lie a sentence further back than one undoing it, or one the sentence
            # between describes: "UN sanctions on X returned. The restored measures include ... . They had been
            # lifted"; so may one whose target is named: "X lifted its sanctions on Y. ... . The sanctions on Y,
            # adopted in 2023, ...")
            subjects = [act.subject]  # "X imposed sanctions on Y in 2022. The measures were lifted in July 2022."
        if not subjects and frame.agentless and frame.kind == "sanction_change" and (suspended := next((
                f for f in reversed(earlier) if f.sent == sent and f.kind == "membership_change" and f.action == "suspended"
                and gaz.kind(f.object) == "org"), None)):
            # "X was suspended from Y's bodies in 2021, and sanctions on X were lifted in July 2022": Y's
            subjects = [suspended.object]
        if not subjects and frame.agentless and prev_subject and _WHILE.search(masked.text, 0, m.start()):
            # "X redesignated A as ..., while B and C were placed on a watch list": the same designator
            subjects = list(prev_subject)
        if not subjects and frame.agentless and frame.antecedent == "target" and (imposers := Counter(
                f.subject for f in earlier if f.kind == "sanction_change" and f.object in objects)):
            # "The licence, known as ..., had been issued last October": by who sanctions the article's target
            subjects = [imposers.most_common(1)[0][0]]
        if not subjects and frame.agentless and prev is not None and frame.kind in prev.kinds:
            # "X agreed to ease its sanctions on Y. Sanctions on Y's banks were lifted on Monday."
            last = _recent(earlier, sent, 2, lambda f: f.kind == frame.kind and not f.extra.get("pending"))
            subjects = prev.actors(rules) or ([last.subject] if last else [])
            if _background(*_date(masked, start, m.end(), trig_start, doc), doc):
                return []  # "sanctions on Y were lifted in 2016": background, not news
            confidence -= 0.1
        if not subjects and frame.agentless and (lead := _COLON_LEAD.match(masked.text) or _WHEN_LEAD.match(masked.text)) \
                and lead.end() <= m.start():
            # "the government began using its new law: X was placed on the enhanced tier": the clause before the colon
            subjects = [masked.actors[int(lead.group(1))].actor]
    else:
        want = frame.subject_kind
        found = find_subject(masked, trig_start, rules, gaz.kind, want, prev_subject)
        if found is not None and found.relative and frame.left != "object" and _PASSIVE_RELATIVE.search(
                masked.text, found.start, trig_start):
            # "sanctions on X, which were tightened in June to mirror ...": X underwent the act, it did not do it
            found = None
        if (found is not None and frame.kind == "designation_change" and objects and set(found.actors) <= set(objects)
                and (issued := _recent(earlier, sent, 0, lambda f: f.kind == "policy_issued"))):
            # "adopted a China strategy, describing China as a rival": the state in the title is
            # the object, and the document's issuer labels it
            found = Subject((issued.subject,), trig_start, inherited=True)
        if (found is None and frame.left == "subject" and label in rules.designators
                and not _ACTOR_TOKEN.search(masked.text, 0, trig_start)):
            # The label names its designator ("the terrorism list" is the US list), but only
            # when no actor at all stands before the trigger.
            found = Subject((rules.designators[label],), max(0, trig_start - 1), inherited=True)
        if found is None and frame.kind == "designation_change" and (document := rules.document.search(masked.text, 0, trig_start)
                                                                     or _DOCUMENT_CONJUNCT.search(masked.text, 0, trig_start)):
            issuer = next((f for f in reversed(earlier) if f.kind == "policy_issued"), None)
            found = Subject((issuer.subject,), trig_start, inherited=True) if issuer else None
            if document.group().startswith("with ") and (lead := _OPENING_SUBJECT.match(masked.text)) \
                    and lead.end() <= document.start():
                # "X set the tone with its strategy in December 2022, which described Y as ...": X's own
                found = Subject((masked.actors[int(lead.group(1))].actor,), trig_start, inherited=True)
            if found is None and (owner := _DOCUMENT_OWNER.search(document.group())):
                # "The first Trump strategy, published on December 18, 2017, branded X ...": its owner's
                found = Subject((masked.actors[int(TOKEN.search(owner.group()).group(2))].actor,), trig_start, inherited=True)
            if found is None and (lead := _DATELINED_SUBJECT.match(masked.text)):
                # "X's leaders ended their summit with a declaration that named Y a threat": X's text
                found = Subject((masked.actors[int(lead.group(1))].actor,), trig_start, inherited=True)
        if found is None and groups.get("owner") and (
                frame.kind == "sanction_change"
                or (frame.kind == "designation_change" and not _ACTOR_TOKEN.search(masked.text, 0, trig_start))):
            # "the Council struck X off the EU list of ...": the list's owner designates, when no
            # actor at all stands before the trigger; "ministers approved the 15th round of EU
            # sanctions on X": the sanctions' owner imposes them
            found = Subject(tuple(_ids(masked, groups["owner"], None, gaz)), m.start("owner"), inherited=True,
                            decided=bool(_DECIDED_TO.search(masked.text, 0, trig_start)))  # "ministers agreed to lift the EU's ..."
        if found is None and frame.kind == "policy_issued" and _BARE_LEADERS.search(masked.text, 0, trig_start) \
                and (body := _summit_body(masked)):
            found = Subject((body,), trig_start, inherited=True)  # "at a summit in Astana, where leaders signed ...": the body's text
        found = found or _pronoun_subject(masked, trig_start, earlier, sent, prev, rules)
        if found is None and (order := _ORDER_SUBJECT.match(masked.text)) and order.end() == trig_start and (
                signers := _issuers_named(order.group("title"), rules)):
            found = Subject(tuple(signers), trig_start, inherited=True)  # "Two days later, Executive Order 14203 imposed sanctions on X"
        if found is None and frame.kind == "sanction_change" and _PACKAGE_SUBJECT.match(masked.text, 0, trig_start) and (
                package := _recent(earlier, sent, REACH_PACKAGE, lambda f: f.kind == "sanction_change" and f.action == "imposed" and (
                    sent - f.sent <= 2 or _PACKAGE_NAMED.search(doc.text, *f.span)))):
            found = Subject((package.subject,), trig_start, inherited=True)  # "The package also blacklisted two X refineries"
        if found is None and frame.kind == "sanction_change" and _DECISION_SUBJECT.match(masked.text, 0, trig_start) and (
                decided := _recent(earlier, sent, 1, lambda f: f.kind == frame.kind and f.action == frame.action)):
            found = Subject((decided.subject,), trig_start, inherited=True)  # "The decision also removed the sanctions on Y"
        if found is None and named is not None and not _ACTOR_TOKEN.search(_ASIDES_OUT.sub(",", masked.text[:trig_start])):
            # "X put Y on its list ... In the same update, ministers took Z off the list": the
            # list's designator, when no actor at all stands before the trigger (but in an aside:
            # "The update, meant to bring the EU's list into line, also removed ...")
            found = Subject((named.subject,), trig_start, inherited=True)
        if found is None and named is not None and named.sent == sent and _AND_BEFORE.search(masked.text, 0, trig_start):
            # "X added ten countries to its list, among them Y, and took seven off it": the verb
            # coordinated with the listing just read shares its designator
            found = Subject((named.subject,), trig_start, inherited=True)
        if found is None and frame.kind == "reaction" and (official := _UNNAMED_OFFICIAL.match(masked.text[:trig_start])):
            # "Oil minister Pedro Tellechea dismissed the decision": an official no table names
            # answers for the state the act reacted to was done to
            _, event = reaction_objects(masked, groups, [], earlier, sent, rules, doc.text, None, doc.published)
            done_to = {f.object for f in earlier if event is not None and f.sent == event.sent and f.kind == event.kind and f.object}
            if len(done_to) > 1:
                # "X, Y and Z were taken off the list. Finance Minister W welcomed ..., saying it confirmed X's
                # strength": of those it was done to, the one the sentence names
                done_to &= {a.actor for a in masked.actors}
            if event is not None and len(done_to) == 1 and gaz.kind(state := next(iter(done_to))) == "state":
                found = Subject((state,), official.start("title"), inherited=True)  # one state it was done to
        if frame.kind == "policy_issued" and groups.get("owner"):
            owners = tuple(_ids(masked, groups["owner"], None, gaz))
            if found is not None and not set(owners) & set(found.actors):
                return []  # "Switzerland adopted the EU's 17th sanctions package": the EU issued it, not then
            # "Alliance leaders endorsed NATO's new Strategic Concept": the owner issues it
            found = found or Subject(owners, m.start("owner"))
        if found is not None and (found.inherited or found.link == "coordinated") and _PERSON_INHERITED.search(masked.text, 0, trig_start):
            # "Foreign Minister X said the three governments had abused ..., and he called": the person
            # the sentence names, not the last subject
            if (leader := _leader_in(masked, trig_start)) is not None:
                found = Subject((leader.actor,), trig_start, inherited=True)
        if found is None:
            return []
        if frame.left == "object":
            subjects, objects = explicit, objects or list(found.actors)
        else:
            subjects = list(found.actors)
        start = found.start
        if found.inherited:
            confidence -= 0.1
    subjects += [a for a in _ids(masked, groups.get("co"), None, gaz) if a not in subjects]
    if frame.kind == "sanction_change" and (co := _CO_SANCTIONERS.match(masked.text, m.end())):
        subjects += [a for a in _ids(masked, co.group("who"), None, gaz) if a not in subjects]
    if frame.kind == "reaction" and (did := _AS_DID.match(masked.text, trig_end)):
        subjects += [a for a in _ids(masked, did.group("who"), None, gaz) if a not in subjects]  # "..., as did Y"
    if groups.get("lead") and not set(_ids(masked, groups["lead"], None, gaz)) <= set(subjects):
        return []  # "Kazakhstan will join X, Y announced": what the clause tells is another's act
    if frame.kind == "reaction" and _RULING.match(groups.get("trig") or ""):
        courts = [a for a in subjects if a in rules.courts]
        subjects = [a for a in subjects if a not in rules.courts]  # "the court dismissed X's case": a ruling ...
        if courts and not subjects:  # ... which is the court's act, one others answer
            subjects, action = courts, "acted"
            frame = replace(frame, kind="act", action="acted", announces=True, antecedent=None)
            objects = []
    if not subjects or (groups.get("keeper") and not set(_ids(masked, groups["keeper"], None, gaz)) & set(subjects)):
        return []  # (not "The EU lifted the sanctions Britain imposed on X": Britain's, not the EU's, to lift)
    if frame.antecedent == "label" and frame.left == "subject" and groups.get("pron") and named is not None \
            and named.subject not in subjects:
        return []  # "the OIC, which had frozen X's membership, restored it": the body's own seat, not another's list
    if frame.antecedent == "target" and len(objects) == 2 and not _ids(masked, groups.get("obj"), None, gaz):
        objects = [o for o in objects if o not in subjects]
        if len(objects) != 1:
            return []
    if frame.kind == "policy_issued" and (body := gaz.body_of(subjects, doc.published)):
        subjects = [body]  # "leaders of A, B, C and D adopted ...", all of the Quad's members: the Quad's text
    clause = None
    if found is not None and found.link == "coordinated" and (conj := _LAST_CONJUNCTION.search(masked.text, found.start, trig_start)) \
            and not (_INFINITIVE_AND.search(masked.text, found.start, conj.end())
                     and not _PAST_VERB.match(masked.text, conj.end())):
        clause = conj.end()  # "X denied any role and denounced ...": the first verb's cues are not the second's
        # (but "urged Y to go further and put Z on its list": the second infinitive is urged too)
    elif found is not None and found.relative and (rel := _RELATIVE_OPENING.search(masked.text, found.start, trig_start)):
        clause = rel.end()  # "voted to recommend admitting X, which applied in 2022": the main verb's cues
    elif found is not None and found.link == "participle" and (comma := masked.text.rfind(", ", found.start, trig_start)) > 0:
        clause = comma + 2  # "X will not recognise the step, its ministry said, denouncing ...": the participle's own cues
    elif found is None and (rel := _RELATIVE_OPENING.search(masked.text, m.start(), trig_start)) \
            and not _CLAUSE_BREAK.search(masked.text, rel.end(), trig_start):
        clause = rel.end()  # "debated whether to strip X of its status, which Y granted in 2023": the relative clause's own cues
    elif found is None and _CONJUNCT_OPENING.match(masked.text, m.start()):
        clause = m.start()  # "..., in return for inspections that never materialised, and was put back in 2017": its own cues
    elif (found is None or found.inherited) and _CONJUNCTION_BEFORE.search(masked.text, max(0, trig_start - 8), trig_start) \
            and _FINITE_VERB.match(masked.text, trig_start):
        clause = trig_start  # "The review says the army must grow and identifies X as ...": the first verb's cues are not the second's
    elif found is None and (listed := _INCLUDING_OPENING.search(masked.text, 0, trig_start)) \
            and not _CLAUSE_BREAK.search(masked.text, listed.end(), trig_start):
        clause = listed.end()  # "is expected to revise its documents, including the Strategy adopted in 2022": the item's own cues
    cue = vetoed(masked, start, trig_start, rules, frame.ignore_cues, clause)
    if cue is None and clause is not None and (found is not None and found.link == "coordinated" or clause == trig_start) \
            and vetoed(masked, start, trig_start, rules, frame.ignore_cues) == "condition":
        cue = "condition"  # (but a condition holds both verbs: "provided Y carries out reforms and holds elections")
    if cue is None and "negation" not in frame.ignore_cues and _NONE_AFTER.match(masked.text, trig_end):
        cue = "negation"  # "has imposed no new sanctions on X"
    if cue is None and frame.kind not in ("reaction", "act", "said") and _MORE_THAN_AFTER.match(masked.text, trig_end):
        cue = "tally"  # "has sanctioned more X-ian firms than any other country": a count, no event
    if cue is None and frame.kind not in ("reaction", "act", "said") and _HABITUAL_AFTER.match(masked.text, trig_end):
        cue = "habitual"  # "The ministry publishes the white paper every two years": a practice, no event
    days_before = _days_before_main(masked, trig_start, doc, lede=sent == 0) if cue == "earlier" else None
    if cue == "earlier" and days_before is None and _CAME_AFTER.match(masked.text) \
            and (ago := _days_after(masked, trig_start)) and not _ROUGHLY.search(masked.text, 0, ago.start()) \
            and _step_before(earlier, sent):
        cue = None  # "X acted on Monday. ... The step came four days after Y ...": Y's act, dated from X's (below)
    if cue and days_before is None and not (cue in ("earlier", "since") and (_own_day(
            masked, m.end(), doc, years=cue == "since" or bool(_YEARS_AFTER.search(masked.text, 0, trig_start)))
            or found is not None and found.say and _day_between(masked, found.start, trig_start, doc))):
        # but "nine days after X was admitted on August 21", "the first since Y joined in 1999": an event with its
        # own time, which may be its announcement's ("weeks after X announced in April that it would quit Y")
        return []
    if found is None and frame.kind not in ("reaction", "act", "said") and _RELATIVE_HAD.search(masked.text, 0, trig_start) \
            and not _dated_clause(masked.text, trig_start):
        return []  # "X, who had pulled the country out of the court, was flown to ...": undated background
    if frame.kind not in ("reaction", "act", "said") and (thing := _THING_THAT_HAD.search(masked.text, 0, trig_start)) \
            and "⟦d" not in masked.text[thing.start(): (end.start() if (end := _CLAUSE_BREAK.search(masked.text, trig_start)) else None)]:
        return []  # "allowing a licence that had eased the restrictions to expire": what the thing had done, undated
    if found is None and not masked.dates and _HAD_BEEN.search(m.group()) and not _SAME_DAY.search(masked.text):
        return []  # (but "Officials said that same evening that X had been restored to the list": a day told)
    if found is not None and found.inherited and _UNDONE_RELATIVE.search(masked.text, 0, trig_start):
        return []
    if _GERUND_SUBJECT.match(masked.text[:trig_end]):
        return []  # "Taking X off the list is not on the agenda": an act named, not told
    if _GERUND_AFTER.search(masked.text, 0, trig_start) and _ING.match(masked.text, trig_start) and not any(
            trig_start < pos and not _CLAUSE_BREAK.search(masked.text, trig_end, pos) for pos, _ in masked.date_tokens()):
        return []  # "London applied in February 2021, shortly after leaving the EU": placed by another act, undated
    dated_document = _DATED_DOCUMENT.search(masked.text, 0, trig_start)  # "X's 2022 strategy had described ..."
    if found is not None:
        say = found.say or bool(rules.say_after.match(masked.text, m.end()))
        if groups.get("base") and not ((found.modal and say) or found.decided
                                       or _ANSWERED_DECISION.search(masked.text, 0, trig_start)
                                       or _ONLY_TO.search(masked.text, 0, trig_start)):
            return []
        if found.modal and (not say or action in ("joined", "applied")):
            return []  # "X said it would leave Y" announces the exit; "... would join Y by 2030" is a plan
        if (found.modal or found.decided or groups.get("base") or frame.kind not in ("act", "said")) \
                and rules.condition_after.match(masked.text, m.end()):
            return []  # "X said it would leave Y if the court did not change course"
        if frame.kind not in ("act", "said", "reaction") and rules.hearsay_after.search(masked.text, m.end()):
            return []  # "X has asked to join Y, according to people familiar with the matter": unconfirmed
        if (found.modal or groups.get("base")) and rules.untimed_after.search(masked.text, m.end()):
            return []  # "X will leave Y, its leader said, though he declined to say when": no step taken yet
        # A pluperfect is background unless the sentence dates it ("had lifted ... in May");
        # a relative clause is background unless it carries a date of its own.
        if found.had and not found.say and not masked.dates and not _HOURS_APART.match(masked.text) and not dated_document:
            return []  # (but "Hours earlier, X had added ...": the day the sentence before told)
        if found.had and (why := _ARGUING_THAT.search(masked.text, 0, found.start)) \
                and not _dated_clause(masked.text[why.start():], trig_start - why.start()):
            return []  # "X left Y on Monday, arguing that the agency had admitted Z": the reason, undated background
        if found.relative and frame.kind != "reaction" and not _dated_clause(masked.text, trig_start):
            return []
    if act is not None and frame.left == "none" and groups.get("obj") and act.kind == "membership_change" and act.action == "suspended":
        # "the AU suspended X in June 2021, and it took the same step against Y": the body acts on another member
        subjects, objects = _ids(masked, groups["obj"], "state", gaz), [act.object]
    elif act is not None and frame.left == "none" and named_objects:
        subjects, objects = [act.subject], [o for o in named_objects if o != act.subject]  # "after doing the same for Y"
    elif act is not None:
        if act.sent != sent and found is not None and _ACTOR_TOKEN.search(masked.text, 0, found.start):
            return []  # "Y went first, announcing its exit, and Z followed": the act is this sentence's own
        objects = list(dict.fromkeys([act.object, *more]))  # "went after both firms, listing them alongside a refinery in Y"
        if frame.action == act.action and not (frame.agentless and subjects == [act.subject]) \
                and not _RENEWING.fullmatch(groups.get("trig") or ""):
            # another actor does it again (unless the sentence restates the act); one may undo one's own
            # act, and renew it ("imposed sanctions on X in March 2020 and extended them in June 2021")
            subjects = [a for a in subjects if a != act.subject]
        if frame.kind == "designation_change" and gaz.kind(act.subject) == "org" and subjects and all(
                gaz.kind(a) == "state" for a in subjects):
            # "EU leaders granted X candidate status in 2022, and Y followed in 2023": Y was granted it too
            subjects, objects = [act.subject], subjects
        elif frame.kind == "designation_change" and act.extra.get("holder_first") and subjects and all(
                gaz.kind(a) == "state" for a in subjects):
            # "Bahrain received it in 2002 and Kuwait followed in 2004": Kuwait received it too
            subjects, objects = [act.subject], subjects
        elif frame.kind == "membership_change" and act.action == "suspended" and subjects and all(
                gaz.kind(a) == "org" for a in subjects):
            # "ECOWAS suspended X on May 8, and the AU followed suit two days later": X, suspended by the AU
            subjects, objects = [act.subject], subjects
    if frame.kind == "membership_change" and not explicit and not (
            found is not None and found.link == "direct" and not found.inherited and act is None):
        # only a named member may be a body: its clause's own subject ("the African Union became a member
        # of the G20") or the frame's ("the G20 admitted the African Union as a member")
        subjects = [a for a in subjects if gaz.kind(a) == "state"]
    if (groups.get("pron") or "").lower() == "them" and not _ids(masked, groups.get("obj"), None, gaz):
        objects = list(dict.fromkeys(_them(masked, trig_start, subjects, prev) + objects))
    elif groups.get("pron") and frame.kind != "membership_change" and not _ids(masked, groups.get("obj"), None, gaz):
        if frame.kind == "designation_change" and groups["pron"].lower() == "it" and _ACT_JUDGED.search(masked.text, 0, trig_start):
            return []  # "X rejected the new tariff, while Y called it a threat to trade": "it" is the act, no state
        # (with the others it is listed along with: "added it along with X and Y"; a member's "it" is its subject)
        count = 2 if groups["pron"].lower().startswith("both") else 1  # "granted both candidate status"
        objects = list(dict.fromkeys(_antecedent(masked, trig_start, subjects, count) + objects))
        if not objects and (lead := _SENTENCE_SUBJECT.match(masked.text)) and (
                opener := masked.actors[int(lead.group(1))].actor) not in subjects and gaz.kind(opener) == "state":
            objects = [opener]  # "X applied on March 3, ... after Y's troops invaded Z, and W granted it ...": X, the topic
        if not objects and prev is not None and groups["pron"].lower() != "it":
            # "X's penalties on Y are among its oldest. X listed the country as ...": the sentence before's
            told = prev.read()
            objects = _antecedent(told, len(told.text), subjects)
        if not objects and named is not None and named.object not in subjects:
            objects = [named.object]  # "X was first listed in 1982. Y took it off in 2015": the one listed
        if not objects and named is None and (list_told or label in rules.designators) and prev is not None:
            told = prev.read()  # "X was on its way off Y's list. On Monday, Y put it back": the state the list was about
            objects = [a for a in _antecedent(told, len(told.text), subjects) if gaz.kind(a) == "state"][:1]
    # A coordinated verb phrase has its own dates: "X suspended Y in 2021 and imposed ... in 2022".
    # So has one told after "after" or "before": "left X on Tuesday, two years after rejoining it in July 2023".
    # (a subject inherited after "and" coordinates too: "unfroze X's reserves in March and lifted sanctions on ... in April")
    coordinated = found is not None and (found.link == "coordinated" or (
        found.inherited and _ENDS_CONJUNCT.search(masked.text, max(0, trig_start - 12), trig_start) is not None))
    having = found is not None and found.link == "participle" and bool(
        _HAVING_BEFORE.search(masked.text, max(0, trig_start - 40), trig_start))
    own = trig_start if coordinated or having or (found is not None and found.link == "participle"
                                                  and masked.text.endswith(("after ", "before "), 0, trig_start)) else start
    if frame.kind == "membership_change" and _RATIFIED.match(m.group("trig") or "") and _LEGISLATURE_BEFORE.search(
            masked.unmask(masked.text[max(0, trig_start - 80):trig_start])):
        return []  # "Armenia's parliament ratified the Rome Statute in October 2023": a domestic step, the state joins later
    if having and any(f.sent == sent and f.kind == frame.kind and f.action == action and f.subject in subjects
                      and f.object in objects for f in earlier):
        return []  # "X became the 125th state party on 1 January, having ratified the statute in 2024": a step to it
    if found is not None and found.inherited and start == trig_start and masked.text.endswith(", ", 0, trig_start) \
            and masked.text.endswith("ing", 0, trig_end):
        # "On May 16 they signed a charter, creating Y": the participle is dated by the clause it ends
        own = comma + 2 if (comma := masked.text.rfind(", ", 0, trig_start - 2)) >= 0 else 0
    # (a reaction is never dated by a state's start: "protested X's plan for the reef, which Y has held since 2012")
    date, rank = _date(masked, own, m.end(), trig_start, doc, states=frame.kind != "reaction", before=frame.kind == "reaction",
                       undoing=action in ("lifted", "removed"), conjunct=coordinated)
    if frame.kind == "policy_issued" and rank == RANK_PUBLISHED and m.groupdict().get("policy") and (
            year := _YEAR_OF_TITLE.search(masked.text, 0, m.start("policy"))) \
            and not (doc.published and year.group(1) > str(doc.published.year)):
        date, rank = year.group(1), RANK_TEXT  # "Its 2022 Strategic Concept, adopted in Madrid, ...": of 2022 (not "the 2050 Strategy")
    if rank == RANK_TEXT and len(date or "") in (7, 10) and (that := _THAT_YEAR.search(masked.text)) and (
            year := _year_told_before(masked.unmask(masked.text[: that.start()]), None) or _year_told_before(doc.text, at)):
        # "In 2024 ... X recalled its envoy on January 2 of that year", "imposed ... in January 2022 and
        # lifted them in July of that year": the year told before
        date = f"{year}{date[4:]}"
    if (rank < RANK_TEXT or len(date or "") == 7) and (began := _term_began(masked, gaz, doc.published)) \
            and (rank < RANK_TEXT or began[:7] == date):
        date, rank = began, RANK_TEXT  # "X revoked it on his first day back in office": the day X's term began
    if groups.get("base") and _ANSWERED_DECISION.search(masked.text, 0, trig_start) \
            and (step := _STEP_TAKEN.match(masked.text, m.end())) \
            and (told := _resolved(masked, masked.dates[int(step.group(1))], step.start(1), doc.published)):
        date, rank = told, RANK_TEXT  # "protested Y's decision to list X, a step Y took on Tuesday": that day
    if groups.get("date") and (day := next((d for pos, d in masked.date_tokens() if pos == m.start("date")), None)) \
            and (told := _resolved(masked, day, m.start("date"),
                                   _year_told_in_sentence(masked, day, m.start("date"), doc.published) or doc.published)):
        date, rank = told, RANK_TEXT  # "X's designation ..., which dates back to 1979": the date the frame names
        if doc.published and told > doc.published.isoformat()[:len(told)]:
            return []  # "X's accession to Y in 2030 remains distant": a date to come names no event
    if rank == RANK_TEXT and (that_day := _SAME_DAY.search(masked.text, trig_end, trig_end + 40)) \
            and not _CLAUSE_BREAK.search(masked.text, trig_end, that_day.start()) \
            and not any(pos < that_day.start() for pos, _ in masked.date_tokens()) \
            and (told := _last_day_told(doc.text, at, doc.published)):
        date = told  # "X condemned Y that day for ..., and strikes followed until Z on July 28": the day told before
    elif rank == RANK_TEXT and (anchor := _narrative_anchor(doc.text, at, doc.published)) is not None:
        # "On July 30, 2023, ... Weeks later, on August 22, ...": a date without its year follows the last one told
        date, rank = _date(masked, own, m.end(), trig_start, replace(doc, published=anchor + dt.timedelta(days=364)))
    if (some := _SOME_DAYS_AFTER.search(masked.text, 0, trig_start)) and not any(
            pos > some.start() for pos, _ in masked.date_tokens()) and not (
            len(date or "") in (4, 7) and " days " in some.group()):
        # "X began drills on Monday, days after it sanctioned Y": not Monday (but "X hit back in March 2021, days after
        # Y imposed ...": that month)
        date, rank = None, RANK_NONE
    if found is not None and (found.modal or masked.text.endswith(("is ", "are "), 0, trig_start)):
        # "X will leave Y on January 1, its minister announced on Monday", "X is withdrawing from Y,
        # its spokesman announced on Wednesday": the news is the announcement
        said = rules.say_after.match(masked.text, m.end())
        when = _SAID_ON.match(masked.text, said.end()) if said else None
        if when and (value := masked.dates[int(when.group(1))].resolve(doc.published)):
            date, rank = value, RANK_TEXT
    counted = bool(days_before) and rank < RANK_TEXT
    if counted:
        # "hoisted on Monday, four days after X became a member": Thursday ("a week after" is a round count,
        # which a day the text tells elsewhere for the same act overrides)
        weeks = _days_after(masked, trig_start).group("unit").startswith("week")
        date, rank = days_before, RANK_PUBLISHED if weeks else RANK_TEXT
    if frame.kind == "designation_change" and dated_document and (not doc.published or dated_document.group(1) <= str(doc.published.year)) and not (
            issuer is not None and (issuer.date or "").startswith(dated_document.group(1))):
        # "X's 2022 strategy had described Y as a rival": that document's year (unless it is the document just told)
        date, rank = dated_document.group(1), RANK_TEXT
    elif issuer is not None and (rank < RANK_TEXT or (frame.antecedent == "document" and not any(
            m.start() <= pos < m.end() for pos, _ in masked.date_tokens()))):
        # what a document says dates from its issue (not from a day its sentence tells of another
        # act: "The text refers to the threat X poses, echoing the Concept agreed in June 2022")
        date, rank = issuer.date, issuer.rank
    elif found is not None and rank < RANK_TEXT and (
            (found.inherited and found.start == trig_start) or found.link == "coordinated") \
            and not _SOME_DAYS_AFTER.search(masked.text, 0, trig_start):  # (not "on Monday, days after it sanctioned ...")
        # "It calls X a threat and describes Y as a concern": the second verb shares the first's date
        first = next((f for f in reversed(earlier) if f.kind != "reaction" and f.sent == sent
                      and (found.inherited or f.subject in found.actors)), None)
        if first is not None and first.rank > rank:
            date, rank = first.date, first.rank
    if rank < RANK_TEXT and ((found is not None and (found.inherited or found.relative))
                             or _WHICH_CLAUSE.search(masked.text, 0, trig_start)) and (
            signed := _recent(earlier, sent, 0, lambda f: f.kind == "policy_issued" and f.rank == RANK_TEXT)):
        date, rank = signed.date, signed.rank  # "X signed an order on Monday, which withdraws Y from Z": the order's day
    if frame.undated or (frame.nominal and rank == RANK_TEXT and not any(
            pos >= m.start() or _POSSESSIVE_DAY.match(masked.text, masked.text.index("⟧", pos) + 1, m.start() + 1)
            for pos, _ in masked.date_tokens())):
        # "welcomed X's new strategy": not issued that day; "X protested on Wednesday against its inclusion
        # on the list": the day is the protest's (but "Friday's addition of the country" is the addition's)
        date, rank = _published(doc)
    if intro is not None:
        date, rank = intro.date, intro.rank
    elif act is not None and frame.kind == "policy_issued" and groups.get("date") and groups.get("owner"):
        pass  # "The first X administration's strategy, published on December 18, 2017, ...": an earlier edition, its own day
    elif act is not None and frame.kind == "policy_issued" and groups.get("date"):
        # "The document, released by X late on Thursday, ...": the day of the document named in passing before
        if act.rank < RANK_TEXT and rank == RANK_TEXT:
            for f in earlier:
                if f.order == act.order and f.kind == "policy_issued":
                    f.date, f.rank = date, rank
        return []
    elif act is not None and frame.kind == "policy_issued":
        date, rank = act.date, act.rank  # "The order, titled X, ends the emergency declared in 2004": issued when told
    elif act is not None and frame.agentless and act.action == frame.action and rank < RANK_TEXT:
        date, rank = act.date, act.rank  # "X adopted its package on July 18. The same package added ...": that act
    elif named is not None and rank < RANK_TEXT and named.action != frame.action and _ALSO_BEFORE.search(masked.text, 0, trig_start) and (
            alike := _recent(earlier, sent, REACH_LABEL, lambda f: f.kind == named.kind and f.action == frame.action
                             and f.rank == RANK_TEXT and f.date and not f.extra.get("pending"))):
        # "X took Y off its list on Friday. Y had been placed on it in 2021. Z was also removed": the removal's day
        date, rank = alike.date, alike.rank
    elif named is not None and rank < RANK_TEXT and named.rank == RANK_TEXT and 0 < sent - named.sent <= 1:
        # "X added A to its list on May 3. B was taken off.": the same update (the sentence's latest act of the
        # kind, not its background: "A's removal was announced on Friday, three years after it was listed in 2021")
        # (or the sentence's before, when its act is later than a background one told after it: "X placed A on its
        # list on Friday. B was put on it in June. X removed C from the list": Friday's)
        update = max((f for f in earlier if named.sent - 1 <= f.sent <= named.sent and f.kind == named.kind
                      and f.rank == RANK_TEXT and f.date and not f.extra.get("pending")),
                     key=lambda f: f.date, default=named)
        date, rank = update.date, update.rank
    counted_from_news = 0
    later = _LATER.search(masked.text, trig_end, trig_end + 40) or (rank < RANK_TEXT and _LATER.search(masked.text))
    if later and (on_day := _ON_DAY.match(masked.text, later.end())):
        later = None  # "a week later, on May 20": the day told
        if rank < RANK_TEXT or act is not None:
            # (a follower's own, not the act followed: "Y followed nine days later, on August 30")
            token = next((d for pos, d in masked.date_tokens() if pos >= on_day.start()), None)
            told = token.resolve(doc.published) if token is not None else None
            if token is not None and act is not None and act.date and (told is None or (
                    token.kind in _YEARLESS_DAYS and act.date[:4] < told[:4])):
                # no publication date, or an act followed in an earlier year ("X applied on 16 September
                # 2021, and Y followed six days later, on 22 September"): a yearless day in that act's year
                told = token.resolve(dt.date(int(act.date[:4]), 12, 31))
            if told and (doc.published is None or told <= doc.published.isoformat()[: len(told)]):
                date, rank = told, RANK_TEXT
    elif later and later.group("before") and later.start() > trig_start \
            and _NOUN_EARLIER.search(masked.text, max(0, later.start() - 25), later.start()):
        later = None  # "denouncing Y's decision a day earlier to bar ...": the decision's day, not this act's
        # (but the act the noun's own words tell is the noun's: "Y's announcement a week earlier that it was lifting ...")
    elif later and later.start() > trig_end and _NEXT_CLAUSE.search(masked.text, trig_end, later.start()):
        later = None  # "struck X's name from its list, and days later he became ...": the next clause's time
    if not later and rank == RANK_TEXT and (after_told := _counted_in_sentence(masked, trig_start, date, doc.published)):
        date = after_told  # "On July 26, X ..., and four days later Y imposed ...": July 30
    if later:
        # "Y followed a day later", "The next day X imposed ...": counted from the last act dated to the day
        # (one told before "later", not another reading of this very act: "A day later, X adopted ...")
        def told_before(f: _Fact) -> bool:
            # (not this sentence's speaking: "The WHO said the next day that it regretted ...")
            return f.kind != "reaction" and f.rank == RANK_TEXT and (
                f.sent < sent or (f.order - at * 1000 < min(later.start(), trig_start) and f.kind != "said"))

        base = act or _recent(earlier, sent, REACH_ACT, told_before)
        opening = not masked.text[: later.start()].strip()
        if base is None and opening:
            # "A day later, X adopted ..." opening a sentence paragraphs after the act: the last act told to the day
            base = _recent(earlier, sent, REACH_LATER, lambda f: told_before(f) and len(f.date or "") == 10)
        if base is not None and act is None and opening and not later.group("before") and len(base.date or "") == 10 and (
                told := _last_day_told(doc.text, at, doc.published or dt.date(int(base.date[:4]), 12, 31))) \
                and told > base.date:
            # "X invoked it on August 28. ... A draft failed on September 26. || The next day, Y recalled ...":
            # the story has gone on past the last act; the next day after the last day it told
            base = replace(base, date=told)
        day = base.date if base is not None else (
            # the last day its paragraph told: "the coup of August 30 ... . The AU suspended X the next day"
            _last_day_told(doc.text, at, doc.published, own_paragraph=True)
            if frame.kind not in ("act", "said") or not masked.text[: later.start()].strip() else None)
        if not day and frame.kind not in ("reaction", "act", "said") and (
                told := [d for pos, d in masked.date_tokens() if pos < trig_start]):
            # "X condemned on Friday the order, which Y had signed a day earlier": the day the sentence tells
            day = told[-1].resolve(doc.published)
        if day and len(day) == 10:
            date, rank = (dt.date.fromisoformat(day) + dt.timedelta(days=_later_days(later))).isoformat(), RANK_TEXT
        elif opening and ((base is None and not day) or (
                base is not None and len(day or "") != 10 and base.span[0] < paragraph_start(doc.text, at))):
            # "A day earlier, X adopted ..." after the lead, with no act told to the day before it in its own
            # paragraph: counted from the news's day (_date_from_paragraph)
            counted_from_news = _later_days(later)
    elif (years := _YEARS_LATER.search(masked.text, 0, trig_start)) and not masked.dates \
            and (told := _last_told(doc.text, at, at)):
        # "... retracted it on January 20, 2021. Four years later to the day, X signed ...": 2025-01-20
        date, rank = str(int(told[:4]) + _count(years.group("n"))) + (told[4:] if years.group("day") else ""), RANK_TEXT
    elif (after := _days_after(masked, trig_start)) and rank == RANK_TEXT and len(date or "") == 10 \
            and not counted and not _own_day(masked, trig_end, doc, floor=after.start()):
        # "X left on Tuesday, a day after Y announced its departure": days before the act told first
        date = (dt.date.fromisoformat(date) - dt.timedelta(days=_days_counted(after))).isoformat()
    elif after and rank < RANK_TEXT and not counted and (
            told := _recent(earlier, sent, 1, lambda f: f.sent < sent and f.rank == RANK_TEXT and len(f.date or "") == 10)):
        # "X approved it on Thursday. The approval came a day after Y imposed ...": days before that act
        date, rank = (dt.date.fromisoformat(told.date) - dt.timedelta(days=_days_counted(after))).isoformat(), RANK_TEXT
    elif after and rank < RANK_TEXT and not counted and _CAME_AFTER.match(masked.text) and (
            day := _last_day_told(doc.text, at, doc.published, own_paragraph=True)):
        # "X urged Y on Tuesday to ... The appeal came a day after Z announced ...": the day told before, less one
        date, rank = (dt.date.fromisoformat(day) - dt.timedelta(days=_days_counted(after))).isoformat(), RANK_TEXT
    elif after and rank < RANK_TEXT and not counted and _CAME_AFTER.match(masked.text) and (
            told := _step_before(earlier, sent)):
        # "X suspended sanctions on Monday. ... \n\n The step came four days after Y ...": the last act's day, less four
        date, rank = (dt.date.fromisoformat(told.date) - dt.timedelta(days=_days_counted(after))).isoformat(), RANK_TEXT
    if rank < RANK_TEXT and _SAME_MEETING.search(masked.text) and (told := _recent(earlier, sent, REACH_ACT, _dated_act)):
        # "at the same plenary, the watchdog took X off": the day the last act is dated (of the acts its sentence
        # tells, the latest: "took Y off on Friday, ending scrutiny that began when Y was grey-listed in March 2022")
        told = max((f for f in earlier if f.sent == told.sent and _dated_act(f)), key=lambda f: f.date or "")
        date, rank = told.date, RANK_TEXT
    closing = _SAME_PERIOD.search(masked.text, m.end(), m.end() + 60)  # "... lodged its notice the following month"
    if closing and _CLAUSE_BREAK.search(masked.text, m.end(), closing.start()):
        closing = None  # "that it would follow, and X lodged its notice the following month": another clause's time
    if (rank < RANK_TEXT or _period_before(masked, trig_start) or (closing and not any(trig_start < pos and not _CLAUSE_BREAK.search(masked.text, m.end(), pos)
                                                            for pos, _ in masked.date_tokens()))) \
            and (month := _same_period(doc.text, at, doc.published)):
        date, rank = month, RANK_TEXT  # "In the same month, X became a state party to Y"
    if rank < RANK_TEXT and (same := _SAME_DAY_AS.search(masked.text, trig_end)):
        # "Tokyo froze ... on the same day as Seoul": the day of that actor's act told before
        other = masked.actors[int(same.group(1))].actor
        base = next((f for f in reversed(earlier) if f.subject == other and f.rank == RANK_TEXT and f.kind != "reaction"), None)
        if base is not None:
            date, rank = base.date, RANK_TEXT
    if rank < RANK_TEXT and frame.kind not in ("reaction", "act", "said") and _ALREADY.search(masked.text, 0, trig_start):
        return []  # "X has already imposed bans on Y": told as known, not as news, and no date of its own
    if frame.announces and not objects:
        objects = [None]  # pending: never output, only read by the next sentence
    if date is VAGUE or (found is not None and (found.relative or _PERFECT.search(masked.text, found.start, trig_start))
                         and frame.kind != "reaction" and _background(date, rank, doc)
                         and _date(masked, own, m.end(), trig_start, doc, states=False)[1] != RANK_TEXT):
        return []  # "Washington, which has kept X on its list since 2017", "X has described Y as a rival since 2019": a state
    event = None
    if frame.kind == "reaction" and act is None:  # a reaction followed ("Y followed suit") keeps its object
        floor = paragraph_floor(doc.text, at) if frame.antecedent == "paragraph" else None
        if frame.antecedent == "done_to":  # "Y answered in kind"
            objects, event = answering(earlier, subjects, sent, REACH_ACT)
        elif frame.antecedent == "reaction":  # "X congratulated Y. Z sent its congratulations": Y
            prior = _recent(earlier, sent, 1, lambda f: f.kind == "reaction" and f.action == action
                            and f.object and f.object not in subjects)
            objects, event = ([prior.object], prior.extra.get("event")) if prior else ([], None)
        elif frame.antecedent == "sentence":
            # only the act the clause hangs on, below; with no subject before the trigger, that act
            # right away: "X struck Y on Friday, drawing condemnation from Z"
            objects = actors_of_sentence_act(earlier, subjects, sent) if frame.left == "none" else []
        else:
            objects, event = reaction_objects(masked, groups, subjects, earlier, sent, rules, doc.text, floor, doc.published)
        also = bool(_ALSO.search(masked.text, max(0, trig_start - 12), trig_start))
        if (also and not _ACTOR_TOKEN.search((groups.get("rest") or "").split(",")[0])
                and (prior := _recent(earlier, sent, 1, lambda f: f.kind == "reaction" and f.action == action
                                      and f.object and f.object not in subjects))):
            objects, event = [prior.object], prior.extra.get("event")  # "Z also criticised the move": what Y reacted to
        if event is not None and rank < RANK_TEXT and event.date and (
                _ACT_DAY.search(masked.text, trig_end) or _AT_THE_MEETING.search(masked.text)):
            date, rank = event.date, event.rank
        elif event is not None and rank < RANK_TEXT and later and not later.group("before") and len(event.date or "") == 10:
            # "X expelled Y's ambassador on August 26. ... Y rejected the accusation the next day": counted from
            # the act it answers, when no act before told its day (an expulsion is itself a reaction)
            date, rank = (dt.date.fromisoformat(event.date) + dt.timedelta(days=_later_days(later))).isoformat(), RANK_TEXT
        elif event is not None and rank < RANK_TEXT and event.date and (
                _SAME_DAY.search(masked.text) or _AT_ONCE.search(masked.text, max(0, trig_start - 25), trig_end + 25)):
            date, rank = event.date, event.rank  # "X dismissed the step the same day"
            told = _last_day_told(doc.text, at, doc.published, own_paragraph=True)
            if _AT_THE_TIME.search(masked.text) and (then := _last_told(doc.text, at, at, published=doc.published, main=True)):
                # "Y's parliament voted to ratify it in October. X criticised the ratification at the time": the
                # time last told before, to the month if that is all it gives
                date, rank = then, RANK_TEXT
            elif told and told != event.date and not (len(event.date) == 10 and told < event.date
                                                    and event.span[0] >= paragraph_start(doc.text, at)):
                # "On Thursday, Z said ... . Y criticised the step the same day": Thursday (but never a day before
                # an act its own paragraph tells: "readmitted X on Wednesday, after the 12 April election. X welcomed
                # the decision the same day")
                date, rank = told, RANK_TEXT
        if rank < RANK_TEXT and also and (
                same := _recent(earlier, sent, 1, lambda f: f.kind == "reaction" and f.sent == sent - 1 and f.rank == RANK_TEXT
                                and (f.subject in subjects or (f.object in objects and f.action == action)))):
            # "X said on Saturday ... . X also recalled its envoys", "X condemned the strikes the same day.
            # Z also criticised the strikes": that day
            date, rank = same.date, RANK_TEXT
        if date is None and doc.published is None and event is not None and len(event.date or "") == 10:
            date, rank = event.date, RANK_PUBLISHED  # an undated text: the day of the act answered, the only day known
        if (not objects or event is not None) and found is not None and (
                _OBJECT_RELATIVE.search(masked.text, 0, found.start) or rules.prompted_before.search(masked.text, 0, found.start)):
            # "..., a step that Z denounced", "prompting Z to": the act the clause hangs on, before any
            # earlier one; none when the act is the reactor's own ("X ratified Y, a day X's leader hailed")
            own_act = any(f.sent == sent and f.kind != "reaction" and actor_of(f) in subjects for f in earlier)
            objects = actors_of_sentence_act(earlier, subjects, sent) or ([] if own_act else objects)
        if len(objects) > 1 and (single := _SINGLED_OUT.search(masked.text, trig_end)) \
                and (who := masked.actors[int(single.group(1) or single.group(2))].actor) in objects:
            objects = [who]  # "Y called the step outrageous, singling out London for criticism": London's part of it
        if frame.antecedent == "actor":  # "urged X to abandon ...": X must have acted before, or in a clause after
            objects = [o for o in objects if acted(o, earlier) or _acts_in_clause(masked, o, trig_end)]
        if event is None and not _ACT_OF.match(groups.get("rest") or ""):
            # "X left Y, denouncing Y as ...": Y named as the reason for X's own act is no reaction
            # (but "X listed Y's army and condemned the American decision" answers Y's act); so is a member
            # a body acted on: "X restored Y's membership, welcoming Y's government back"
            own = {a for f in earlier if f.sent == sent and f.kind != "reaction" and f.extra.get("agent", f.subject) in subjects
                   for a in (f.object, f.subject) if a not in subjects}
            objects = [o for o in objects if o not in own]
    elif frame.kind == "policy_issued":
        objects = [None]
    if rank < RANK_TEXT and (same_day := _SAME_DAY.search(masked.text)) and (
            day := _same_day_told(earlier, sent, same_day.group(), doc, at)):
        # "X restored its sanctions on Monday. Y reimposed its own the same day"
        date, rank = day, RANK_TEXT
    elif masked.text.endswith("while ", 0, trig_start) and masked.text.endswith("ing", 0, trig_end) and not _own_day(masked, m.end(), doc) and (
            same := _recent(earlier, sent, 0, lambda f: f.kind in _MODELLED and f.rank == RANK_TEXT and not f.extra.get("pending"))):
        date, rank = same.date, RANK_TEXT  # "In February it took X off the list while adding Y, and in June ...": February
    elif rank < RANK_TEXT and frame.kind != "reaction" and _ALSO.search(masked.text, max(0, trig_start - 12), trig_start) and (
            told := [f for f in earlier if sent - REACH_ALSO <= f.sent < sent and f.rank == RANK_TEXT and f.subject in subjects
                     and not f.extra.get("pending")]) and (
            like := next((f for f in reversed(told) if (f.kind, f.action) == (frame.kind, action)), None)
            or next((f for f in reversed(told) if f.sent == sent - 1), None)):
        # "On April 24, X condemned ... . X also closed its airspace": that day (the same kind of act's, if told
        # shortly before: "X lifted the sanctions on Y on Saturday. X had imposed them in July. X also lifted those on Z")
        date, rank = like.date, RANK_TEXT
    elif rank < RANK_TEXT and frame.kind != "reaction" and _SAME_DOCUMENT.search(masked.text, 0, trig_start) and (
            issued := _recent(earlier, sent, 2, lambda f: f.kind == "policy_issued" and f.rank == RANK_TEXT)):
        date, rank = issued.date, RANK_TEXT  # "X signed an order on February 4 ... . The same order pulled X out of Y"
    # coordinated names: "a Strategy, together with a Review"; "a rival ..., as well as a competitor"
    labels = [label] if intro is not None or frame.kind != "designation_change" else (_labels(groups.get("label"), rules) or [label])
    labels += [x for x in [_label(groups.get("label2"), rules)] if x and x not in labels]
    if groups.get("label") and _BLACKLIST_AFTER.match(masked.text, m.end("label")) and _bare(groups["label"], rules) not in rules.normalise:
        labels = [x if x.endswith("list") else x + " blacklist" for x in labels]  # "its tax-haven blacklist" (not "its tax blacklist")
    if "watch list" in labels and _CURRENCY_WATCH.search(masked.text):
        labels = ["monitoring list" if x == "watch list" else x for x in labels]  # the Treasury's currency watch list
    if groups.get("label") and _TIER_AFTER.match(masked.text, m.end("label")):
        labels = [x + " tier" for x in labels if x and not x.endswith("tier")]
    policies = [_policy(masked.unmask(groups.get(g) or "")) for g in ("policy", "policy2") if groups.get(g)]
    # orders signed together, one document each: "signed Executive Orders 14193, 14194 and 14195"
    policies = [one for p in policies for one in (
        [f"Executive Order {n}" for n in re.findall(r"\d+", p)] if p and p.startswith("Executive Orders ") else [p])]
    if groups.get("ordernum"):
        policies = [f"Executive Order {groups['ordernum']}"]  # "An executive order signed on Tuesday, numbered 14199"
    if act is not None and not policies:
        labels, policies = [act.designation], [act.policy] if act.policy else []
    if labels == ["blacklist"] and frame.agentless and (told := _recent(earlier, sent, 1, lambda f: f.kind == "designation_change"
                                                                       and f.subject in subjects and not f.extra.get("pending"))):
        labels = [told.designation]  # "X added Y to its list of non-cooperative jurisdictions. Z was blacklisted as well."
    elif labels == ["blacklist"] and (told := _recent(earlier, sent, 3, lambda f: f.kind == "designation_change" and f.subject in subjects
                                                      and f.object in objects and f.designation != "blacklist")):
        labels = [told.designation]  # "X put Y back on its list of state sponsors of terrorism. Z had removed Y from the blacklist"
    if "increased monitoring" in labels and _GREY_LIST.search(doc.text):
        labels = ["grey list"]  # the FATF's list by its formal name, in an article that calls it the grey list
    if groups.get("plist"):  # "...: a new X Strategy, a Y Review and a Z Program"
        policies += [_policy(masked.unmask(p.group())) for p in _policy_name().finditer(groups["plist"])]
    if groups.get("lowner") and not set(_ids(masked, groups["lowner"], None, gaz)) & set(subjects):
        return []  # "Y was added to the EU list" after the FATF's grey list: another owner's list
    if frame.kind == "designation_change" and _forces_only(masked, groups.get("obj"), gaz):
        # "X listed Y's Revolutionary Guards as a terrorist entity": the force is labelled, not Y; the
        # listing stays an act Y may answer
        frame, action, objects = replace(frame, kind="act", action="acted", announces=True), "acted", [None]
    extra = {"agent": found.actors[0]} if frame.left == "object" and found is not None else {}
    if frame.kind == "membership_change" and frame.antecedent == "body" and len(objects) == 1 \
            and "admitted" in (groups.get("trig") or "").lower():
        extra["agent"] = objects[0]  # "X was admitted as a full member": the body decided (what "the decision" names)
    if (found is not None and found.had) or _HAD_BEFORE.search(masked.text, max(0, trig_start - 30), trig_start):
        extra["had"] = True  # told in the pluperfect: background to the meeting a later "same meeting" means
    if (objects == [None] and frame.announces) or frame.silent:
        extra["pending"] = True
    if frame.kind == "act":
        # what a reaction's noun may name ("the order"), in the act's own clause: not "designated"
        # in "becomes the fourth state to hold it, joining Y, designated in 1987"
        extra["said"] = _CLAUSE_BREAK.split(masked.unmask(m.group()).lower(), 1)[0]
        extra["verb"] = (groups.get("trig") or "").lower()  # what the act is: "strikes", "ordered"
        if frame.id.startswith("act-nominal"):
            extra["nominal"] = True  # told as a noun: "the US strikes", "UN sanctions"
        if with_body := _TALKS_WITH.search(_CLAUSE_BREAK.split(m.group(), 1)[0]):
            extra["with"] = masked.actors[int(with_body.group(1))].actor  # "opened accession talks with the EU"
    if frame.kind == "said":
        extra["about"] = tuple(_ids(masked, groups.get("what"), None, gaz))  # whom the words concern
        extra["future"] = bool(_FUTURE.search(masked.text))  # what it says it will do: an announcement
    if event is not None:
        extra["event"] = event
    if frame.kind == "reaction":
        extra["named"] = bool(_ACTOR_TOKEN.search(groups.get("rest") or ""))
        extra["bare"] = groups.get("rest") is None  # a quotation's or a verb's with nothing after it
    if frame.deed:
        extra["deed"] = True
    if frame.kind == "designation_change" and groups.get("obj") and groups.get("trig") and m.start("obj") < m.start("trig"):
        extra["holder_first"] = True  # "Bahrain received it in 2002": the holder is told where an actor would be
    if cue == "since":
        extra["since"] = True  # "the first since Y joined in 1999": a yardstick, not an act others answer
    if rank < RANK_TEXT and not counted and _CAME_AFTER.match(masked.text) and (ago := _days_after(masked, trig_start)):
        extra["from_news"] = -_days_counted(ago)  # "The decision came a day after X adopted ...": dated by the news
    elif rank < RANK_TEXT and counted_from_news:
        extra["from_news"] = counted_from_news
    if _COUNTED_AFTER.search(masked.text, 0, trig_start):
        extra["prior"] = True  # "X imposed ... on Monday, a month after Y blacklisted Z": what the news came after
    if frame.kind == "policy_issued" and groups.get("policy") and not any(c.isupper() for c in masked.unmask(groups["policy"])):
        extra["untitled"] = True  # "the bloc's first security doctrine": a kind of document, no title
    if frame.kind == "designation_change" and objects:
        objects = [*objects, *(a for a in _co_objects(masked, m, labels, gaz, action) if a not in objects)]
    if frame.kind == "sanction_change" and objects and groups.get("obj") and (also := _AND_ON.match(masked.text, m.end())):
        objects = [*objects, *(a for a in _ids(masked, also.group("obj"), None, gaz) if a not in objects)]
    facts = []
    for subject in subjects:
        for obj in objects:
            if obj == subject:
                continue
            for name in (policies or [None]) if frame.kind == "policy_issued" else labels:
                facts.append(_Fact(
                    kind="sanction_change" if frame.imposes else frame.kind, subject=subject, object=obj,
                    action="imposed" if frame.imposes else action if frame.kind != "policy_issued" else "issued",
                    designation=name if frame.kind == "designation_change" else None,
                    policy=name if frame.kind == "policy_issued" else None,
                    extra=dict(extra, body=True) if gaz.kind(subject) == "org" else dict(extra),
                    date=date, rank=rank, confidence=round(min(confidence + (0.05 if rank == RANK_TEXT else 0), 0.99), 2),
                ))
    _dated_by_item(facts, masked, m.end(), doc)
    return facts + _verb_left_out(facts, frame, masked, m.end(), doc, rules) + _undone_before(facts, frame, masked, m.end(), doc) \
        if facts else facts


#: Verbs by which an actor renews its own act: "imposed sanctions on X in 2020 and extended them in 2021".
_RENEWING = re.compile(r"extended|renewed|prolonged|tightened|widened|expanded|broadened|toughened|reimposed|restored|reinstated", re.I)

#: One of several actors picked out by a reaction: "..., singling out London for criticism", "rejected the
#: measures, calling Washington's decision a desperate act".
_SINGLED_OUT = re.compile(r"\bsingl(?:ing|ed) out (?:the )?⟦[so](\d+)⟧|,\s(?:calling|describing|branding|denouncing)\s(?:the\s)?⟦[so](\d+)⟧['’]s?\s"
                          r"(?:decision|move|measures|sanctions|step|action)\b")

#: A colon that opens a list after the match: "suspended the three countries one after another: ".
_COLON_AFTER = re.compile(r"[^:;.⟦]{0,40}?:\s")
#: ... whose items each name an actor with its own date: "X in June 2021".
_DATED_ITEM = re.compile(r"⟦[so](\d+)⟧\s(?:(?:in|on)\s)?⟦d(\d+)⟧")


def _dated_by_item(facts: list[_Fact], masked: Masked, at: int, doc: Document) -> None:
    """Give each fact the date a colon list after the match (which ends at `at`) gives its member:
    "suspended the three countries one after another: X in June 2021, Y in January 2022 and Z in
    August 2023"."""
    colon = _COLON_AFTER.match(masked.text, at)
    if colon is None:
        return
    days: dict[str, str] = {}
    for item in _DATED_ITEM.finditer(masked.text, colon.end()):
        if (day := masked.dates[int(item[2])].resolve(doc.published)):
            days.setdefault(masked.actors[int(item[1])].actor, day)
    for f in facts:
        if (day := days.get(f.subject if f.kind == "membership_change" else f.object)):
            f.date, f.rank = day, RANK_TEXT


def _verb_left_out(facts: list[_Fact], frame: Frame, masked: Masked, at: int, doc: Document, rules: Rules) -> list[_Fact]:
    """The facts said again, the verb left out, after the match that ends at `at`: another object
    and its labels ("describes X as a threat, and Y as a partner and a systemic rival"), or other
    actors each on its own day ("X joined Y in 2015 and Z in March 2013", "X in 2000, Y in 2002
    and Z in 2004", "... on Russia in 2014 and on Belarus in 2020")."""
    more: list[_Fact] = []
    if frame.kind == "designation_change" and (pair := _PAIRED_LABEL.match(masked.text, at)):
        who = masked.actors[int(pair["who"])].actor
        first = facts[0]
        said = pair["label"] or pair["quoted"] or pair["bare"] or pair["bare_the"]
        more += [replace(first, object=who, designation=name, extra=dict(first.extra))
                 for name in _labels(said, rules) if who not in (first.subject, first.object)]
    while frame.kind in ("membership_change", "sanction_change", "designation_change") and (
            gap := _GAPPED.match(masked.text, at)) and (day := _in_year_of(masked.dates[int(gap["when"])], facts, doc.published)):
        # (another listed, after a passive listing or an active one: "X was designated in 1998, Y in 2002",
        # "added X to its grey list in February 2024 and Y in June 2024")
        target = gap["prep"] is not None or frame.kind == "designation_change"
        for n in re.findall(r"\d+", gap["who"]):  # "..., and Y and Z together in February 2023"
            who = masked.actors[int(n)].actor
            # (a body another one joined: "It joined the SCO in July 2023 and BRICS in January 2024")
            target = target or (frame.kind == "membership_change" and masked.actors[int(n)].kind != "state")
            more += [replace(f, subject=f.subject if target else who, object=who if target else f.object, date=day,
                             rank=RANK_TEXT, extra=dict(f.extra)) for f in facts if who not in (f.subject, f.object)]
        at = gap.end()
    if frame.kind == "membership_change" and (by := _AND_BY.match(masked.text, at)) and masked.actors[int(by["who"])].kind != "state":
        # "was suspended by the bloc on 28 January 2022 and by the AU three days later, on 31 January": by the
        # other body, on its own day (in the year of the first)
        who, when = masked.actors[int(by["who"])].actor, masked.dates[int(by["when"])]
        more += [replace(f, object=who, date=day, rank=RANK_TEXT, extra=dict(f.extra)) for f in facts
                 if f.object != who and (day := _in_year_of(when, [f], doc.published))]
    if pair := _DATE_PAIR.match(masked.text, at):
        # "reimposed sanctions in August and November that year": the same act again on the second day
        first, day = (_resolved(masked, masked.dates[int(pair[g])], pair.start(g), doc.published) for g in ("first", "second"))
        more += [replace(f, date=day, rank=RANK_TEXT, extra=dict(f.extra)) for f in facts if day and f.date == first and day != first]
    return more


#: Date expressions that tell no year of their own ("in October", "that October", "on 3 May").
_YEARLESS = frozenset({"in_month", "that_month", "md", "dm", "month_part", "meeting_month"})


def _in_year_of(when: DateMention, facts: list[_Fact], published: dt.date | None) -> str | None:
    """A day told after the facts' own, resolved in their year when it tells none: "X was added in
    February 2024, and Y that October" (October 2024)."""
    year = next((int(f.date[:4]) for f in facts if f.date), None)
    if year is not None and when.kind in _YEARLESS and (day := when.resolve(dt.date(year, 12, 31))) and (
            published is None or day <= published.isoformat()[: len(day)]):
        return day
    return when.resolve(published)


#: Another agent of a passive act, on its own day: "... and by the AU three days later, on 31 January".
_AND_BY = re.compile(r"(?:[^;.⟦]|⟦d\d+⟧){0,60}?,? and by (?:the )?⟦o(?P<who>\d+)⟧[^;,.⟦]{0,30}?,? (?:on |in )?⟦d(?P<when>\d+)⟧")
#: Two dates of one act, the clause's last words: "... in ⟦d1⟧ and ⟦d2⟧."
_DATE_PAIR = re.compile(r"[^;,.⟦]{0,30}?⟦d(?P<first>\d+)⟧,? and (?:again )?(?:in |on )?⟦d(?P<second>\d+)⟧(?=\s*[.;]|\s*$)")


#: An act undone by the one just matched, told in a participle after it: ", reversing a decision
#: Y had taken on January 14", ", undoing Y's removal of X from that list on January 14".
_UNDOING_AFTER = re.compile(r"[^;.]{0,60}?,\s(?:reversing|undoing|overturning|cancell?ing|annulling)\s(?P<what>(?:[^;.,⟦]|⟦[sjd]\d+⟧)"
                            r"{0,40}?\b(?:decision|removal|delisting|move|step)\b(?:[^;.,⟦]|⟦[sjd]\d+⟧){0,70}"
                            # ("... the island's removal from that list, which Y had ordered on January 14")
                            r"(?:,\s(?:which|that)\s(?:[^;.,⟦]|⟦[sjd]\d+⟧){0,60})?)")
#: ... or done before it by the same hand, told in a participle: "put X back on its list on Thursday, a year
#: after taking it off in November 2023".
_TAKEN_OFF_BEFORE = re.compile(r"[^;.]{0,40}?\b(?:after|since) (?:taking|removing|dropping|delisting|striking) (?:it|them)"
                            r"(?: off| from (?:the|its|their) list)? (?P<when>(?:in |on )?⟦d\d+⟧)")
#: ... or undone later, told in apposition: "was branded a manipulator in August 2019, a label removed in January 2020".
_LABEL_UNDONE = re.compile(r"[^;.]{0,60}?,\s(?:a|the)\s(?:label|designation|listing|status|finding|decision)\s(?:that\swas\s(?:later\s)?)?"
                           r"(?:removed|lifted|revoked|rescinded|dropped|reversed|withdrawn|scrapped)\s(?P<when>(?:in\s|on\s)?⟦d\d+⟧)")
#: A perfect participle just before a trigger: "..., having earlier suspended Y in June 2021" (its own day).
_HAVING_BEFORE = re.compile(r",\shaving\s(?:[a-z]+\s)?$")
#: ... or told in a perfect participle: "was taken off the list in November 2021, having first been added in December 2020".
_HAVING_BEEN = re.compile(r"[^;.]{0,60}?,\shaving\s(?:first\s|originally\s|initially\s|only\s)?been\s(?:(?P<listed>added|listed|designated|placed|put)|"
                          r"removed|taken off|delisted|dropped)(?:\s(?:on|to|from|off)\s(?:the|that|its)\s(?:same\s)?list)?\s(?P<when>(?:in\s|on\s)?⟦d\d+⟧)")
#: ... or told as the start of a span that ends with the removal: "X was removed from the grey list on Friday,
#: nearly three years after it was added in October 2021" (or after its lister put it there: "... after the
#: watchdog put the country under increased monitoring in October 2021").
_LISTED_BEFORE = re.compile(r"[^;.]{0,60}?\b(?:years?|months?|weeks?)\s(?:after|since)\s(?:(?:it|they|⟦s\d+⟧)\s(?:was|were|had\sbeen)\s|being\s"
                            r"|(?:the\s(?:watchdog|body|task\sforce|bloc|union|department)|⟦o\d+⟧|it)\s(?:had\s)?(?=(?:first\s)?(?:added|listed|placed|put)\s"
                            r"(?:it|them|the\scountry|⟦s\d+⟧)\s))"
                            r"(?:first\s)?(?:added|listed|placed|put|designated)(?:\s(?:it|them|the\scountry|⟦s\d+⟧))?(?:\s(?:on|to|onto)\s(?:(?:the|that|its)\s(?:same\s)?(?:grey\s|gray\s)?list|it)"
                            r"|\sunder\sincreased\smonitoring)?\s(?P<when>(?:in\s|on\s)?⟦d\d+⟧)")
#: ... the day it was taken: its date, or days counted back from the act that undid it.
_DAYS_EARLIER = re.compile(r"(?<!than )(?<!about )(?<!some )(?<!nearly )(?<!almost )\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d) (?P<w>days?|weeks?) (?:earlier|before)\b")
_FLIPPED = {"assigned": "removed", "removed": "assigned"}
#: Verbs that undo a designation: "only to drop that designation", "only for X to revoke both listings".
_UNDO_VERB = r"(?:drop|lift|remove|rescind|revoke|withdraw|reverse|scrap)"
#: ... or one that undid it later: "... on January 14 only for Trump to put it back six days later", "... only for the
#: Biden Treasury to drop both designations in April 2021".
_UNDONE_LATER = re.compile(rf"[^;.]{{0,40}}?\bonly for (?:the )?⟦[so](?P<who>\d+)⟧(?: [A-Z][a-z]+)? to (?:(?:put|take|bring|add|restore|return) (?:it|them) (?:back|off)|"
                           rf"{_UNDO_VERB} (?:(?:both|the|those|these|its|their) )?(?:designations?|labels?|listings?))\b(?P<when>[^;.,]{{0,40}})")
#: ... or that its own subject undid: "designated X a manipulator in August 2019, only to drop that designation on
#: January 13, 2020".
_DROPPED_LATER = re.compile(rf"[^;.]{{0,40}}?,? only to {_UNDO_VERB} "
                            r"(?:(?:that|the|this|its) (?:designation|label|listing|status)|it)\b(?P<when>[^;.]{0,40})")
_DAYS_LATER = re.compile(r"(?<!than )\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d) (?P<w>days?|weeks?) later\b")


#: A suspension a readmission ends, with its day: ", ending a suspension imposed in November 2011".
_SUSPENSION_ENDED = re.compile(r"[^;.]{0,60}?,\s(?:ending|lifting|ended|lifted)\s(?:a|the|its|their)\s(?:[\w\-]+\s)?suspension"
                               r"\s(?:imposed|ordered|decided|decreed)\s(?P<when>(?:in\s|on\s)?⟦d\d+⟧)")
#: Sanctions a lifting undoes, named with the day they were imposed: "lifted the sanctions imposed on X in 2021",
#: "... on X's national airline in August 2023" (the object, then its day; the verb just before the object).
_IMPOSED_THEN = re.compile(r"(?:['’]s?(?:\s[a-z\-]+){1,3}?)?\s(?:in\s|on\s)?(?P<when>⟦d\d+⟧)(?=[\s,.;]|$)")
_IMPOSED_ON_BEFORE = re.compile(r"\b(?:(?:first|originally|initially)\s)?(?:imposed|introduced|slapped|placed)\s(?:on|against)\s"
                                r"(?:(?:the|its|their)\s)?(?:[a-z\-]+\s){0,2}?⟦[sj]\d+⟧$")

#: ... or with the day since which they have held: "... on X-ian wine that have been in place since March 2021".
_IN_PLACE_SINCE = re.compile(r"(?:\s[a-z\-]+){0,3}?,?\s(?:(?:which|that)\s(?:have|has|had)\s(?:long\s)?been\s)?in\s(?:place|force|effect)"
                             r"\s(?:ever\s)?since\s(?P<when>⟦d\d+⟧)")


def _undone_before(facts: list[_Fact], frame: Frame, masked: Masked, at: int, doc: Document) -> list[_Fact]:
    """The designation undone by the one just told, or undoing it, with its own day: "X put Y back on
    its list on Monday, reversing a decision Z had taken on January 14" (Z removed Y on January 14;
    Z is X when the text names no one else: "his predecessor's decision"); "Z removed Y from the list
    on January 14 only for X to put it back six days later" (X listed Y on January 20)."""
    if frame.kind == "membership_change" and (ended := _SUSPENSION_ENDED.match(masked.text, at)) is not None:
        # "readmitted X to Y on Sunday, ending a suspension imposed in November 2011": Y suspended X then
        return _flipped([f for f in facts if f.action == "joined"], masked, ended.group("when"), [], _DAYS_EARLIER, -1,
                        doc.published, action="suspended")
    if frame.kind == "sanction_change" and (then := (_IMPOSED_THEN.match(masked.text, at) if _IMPOSED_ON_BEFORE.search(
            masked.text, max(0, at - 80), at) else None) or _IN_PLACE_SINCE.match(masked.text, at)) is not None:
        # "lifted most of the sanctions imposed on X in July 2023", "scrapped the tariffs on X-ian wine that have been in
        # place since March 2021": the lifter imposed them then
        days = [masked.dates[int(n)] for k, n in TOKEN.findall(then.group("when")) if k == "d"]
        when = days[0].resolve(doc.published) if days and days[0].absolute else None  # (not "imposed on X last week")
        return [replace(f, action="imposed", date=when, rank=RANK_TEXT, extra=dict(f.extra)) for f in facts
                if f.action == "lifted" and when and (not f.date or when < f.date)]
    if frame.kind != "designation_change":
        return []
    if (undone := _UNDONE_LATER.match(masked.text, at)) is not None:
        who = [masked.actors[int(undone.group("who"))].actor]
        return _flipped(facts, masked, undone.group("when"), who, _DAYS_LATER, 1, doc.published)
    if (dropped := _DROPPED_LATER.match(masked.text, at)) is not None:
        return _flipped(facts, masked, dropped.group("when"), [], _DAYS_LATER, 1, doc.published)
    if (label := _LABEL_UNDONE.match(masked.text, at)) is not None:
        undone = [f for f in facts if f.action == "assigned"]
        return _flipped(undone, masked, label.group("when"), [], _DAYS_LATER, 1, doc.published)
    if (having := _HAVING_BEEN.match(masked.text, at)) is not None:
        undone = [f for f in facts if f.action == ("removed" if having.group("listed") else "assigned")]
        return _flipped(undone, masked, having.group("when"), [], _DAYS_EARLIER, -1, doc.published)
    if (listed := _LISTED_BEFORE.match(masked.text, at)) is not None:
        return _flipped([f for f in facts if f.action == "removed"], masked, listed.group("when"), [], _DAYS_EARLIER, -1, doc.published)
    if (taken := _TAKEN_OFF_BEFORE.match(masked.text, at)) is not None:
        return _flipped(facts, masked, taken.group("when"), [], _DAYS_EARLIER, -1, doc.published)
    if (undoing := _UNDOING_AFTER.match(masked.text, at)) is not None:
        what = undoing.group("what")
        states = [a.actor for a in masked.actors_in(what) if a.kind == "state"]
        return _flipped(facts, masked, what, states, _DAYS_EARLIER, -1, None)
    return []


def _flipped(facts: list[_Fact], masked: Masked, phrase: str, who: list[str], counted: re.Pattern[str], sign: int,
             published: dt.date | None, action: str | None = None) -> list[_Fact]:
    """The opposites of `facts` done by the first of `who` that is not their object (else by their
    subject) on the day `phrase` tells: its date (resolved against `published`, else the fact's
    day), or the days `counted` finds, after (`sign` 1) or before (-1) the fact's day."""
    days = [masked.dates[int(n)] for k, n in TOKEN.findall(phrase) if k == "d"]
    span = counted.search(phrase)
    more = []
    for f in facts:
        if (action is None and f.action not in _FLIPPED) or f.rank != RANK_TEXT or not f.date or (len(f.date) != 10 and not days):
            continue
        day = dt.date.fromisoformat(f.date) if len(f.date) == 10 else None
        if days:
            when = days[0].resolve(published or day)
        elif span:
            when = (day + sign * dt.timedelta(days=_count(span["n"]) * (7 if span["w"].startswith("week") else 1))).isoformat()
        else:
            continue  # an undone act with no day of its own is background
        if when and (when > f.date if sign > 0 else when < f.date):
            subject = next((a for a in who if a != f.object), f.subject)
            more.append(replace(f, subject=subject, action=action or _FLIPPED[f.action], date=when, extra=dict(f.extra)))
    return more


def _period_before(masked: Masked, trig_start: int) -> bool:
    """Whether the trigger's clause opens its time with "the following month" (or "the same year")
    before the trigger, no date between: "X struck Y off its list in August 2019, and Y retaliated the
    following month by removing X from its own" (not a day's year: "On July 30 that year")."""
    text = masked.text
    for period in _SAME_PERIOD.finditer(text, 0, trig_start):
        opening = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, period.start())), default=0)
        if period["which"] and not _CLAUSE_BREAK.search(text, period.end(), trig_start) \
                and "⟦d" not in text[period.end():trig_start] and "⟦d" not in text[opening:period.start()]:
            return True
    return False


#: An interval counted in years before the act it dates: "twelve years after X first applied in 2012".
_YEARS_AFTER = re.compile(r"\b(?:years|decades?) after\b")


def _own_day(masked: Masked, end: int, doc: Document, years: bool = False, floor: int = 0) -> bool:
    """Whether the clause that ends a match at `end` (and starts no sooner than `floor`) names a day or
    month of its own ("on August 21", "in October 2022"), or with `years` a year too ("in 1999")."""
    stop = _CLAUSE_END.search(masked.text, end)
    return any(max(end - 30, floor) <= pos < (stop.start() if stop else len(masked.text)) and _names_day(d, doc, years)
               for pos, d in masked.date_tokens())


def _day_between(masked: Masked, lo: int, hi: int, doc: Document) -> bool:
    """Whether a day or month (not a bare year) is named between offsets `lo` and `hi`."""
    return any(lo < pos < hi and _names_day(d, doc) for pos, d in masked.date_tokens())


def _names_day(d: DateMention, doc: Document, years: bool = False) -> bool:
    """Whether date `d` names a day or month (with `years`, a year will do). A day without its year is one, even in
    an undated text: "joined on August 21"."""
    return len(d.resolve(doc.published) or "") >= (4 if years else 7) or d.kind in _YEARLESS_DAYS


#: A plural pronoun as a sentence's subject.
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]heir|(?:[Tt]he|[Aa]ll) (?P<count>two|three|four|five)(?: [a-z]+)?|[Tt]he (?:juntas|governments))\b")
#: How many sentences back "the three governments" may find the three who last acted together.
REACH_COUNTED = 12


def _last_group(earlier: list[_Fact], sent: int, size: int | None = None, named: bool = False) -> tuple[str, ...]:
    """The subjects of the last act (no reaction) that several actors did together, at most
    REACH_ACT sentences before sentence `sent` (REACH_COUNTED for a group of a `size` the text
    counts, "the three governments", or one it `named` by a plural noun, "the juntas"; for a counted
    group none is within reach of, the first group of that size the text told); empty when there is none."""
    def acting(order: int) -> tuple[str, ...]:
        # (an act read as modelled facts and as an unmodelled one: "the AU suspended the three countries"
        # is the three's suspension, not an act of the AU's beside it)
        told = [g for g in earlier if g.order == order]
        modelled = [g for g in told if g.kind in _MODELLED]
        return tuple(dict.fromkeys(g.subject for g in modelled or told))

    def together(f: _Fact) -> bool:
        count = len(acting(f.order))
        return count > 1 and (size is None or count == size)

    def group_act(f: _Fact) -> bool:
        return f.kind not in ("reaction", "said") and (f.kind == "act" or not f.extra.get("pending")) and together(f)

    last = _recent(earlier, sent, REACH_ACT if size is None and not named else REACH_COUNTED, group_act)
    if last is None and size is not None:
        # "X, Y and Z announced on Monday ... (twenty sentences) ... The three completed their exit": a group
        # of that size however far back: the first the text told
        last = next((f for f in earlier if group_act(f)), None)
    return acting(last.order) if last is not None else ()


def _pronoun_subject(masked: Masked, trig_start: int, earlier: list[_Fact], sent: int, prev: _Head | None,
                     rules: Rules) -> Subject | None:
    """Who a pronoun standing as the trigger's subject stands for, or None."""
    before = masked.text[:trig_start]
    if colon := _COLON_PRONOUN.match(before):
        # "The watchdog has been busy this year: in February it released X": the subject before the colon
        return Subject((masked.actors[int(colon.group(1))].actor,), trig_start, inherited=True)
    if lead := _CLAUSE_PRONOUN.match(before):
        # "When the State Department renewed its designations in January 2024, it again named ...": the clause's subject
        return Subject((masked.actors[int(lead.group(1))].actor,), trig_start, inherited=True)
    # (also a clause's own after "and": "In 2023 they signed a pact, and in 2024 they announced ...")
    conjunct = None
    if not (pron := _PRONOUN_SUBJECT.match(before)) and (conj := _LAST_CONJUNCTION.match(before)):
        pron = conjunct = _PRONOUN_SUBJECT.match(before[conj.end():])
    they = pron and _THEY.search(pron.group())
    size = _count(they["count"]) if they and they["count"] else None
    named = bool(they and size is None and prev is not None and (counted := _THEY.match(prev.read().text.lstrip())))
    if named and counted["count"]:
        size = _count(counted["count"])  # "The three juntas drew closer. In 2023 they signed ...": those three
    if size and not _last_group(earlier, sent, size):
        return None  # "the three governments", where no three acted together: nobody known
    if they and (group := _last_group(earlier, sent, size, named)):
        # ("The juntas drew closer. In 2024 they left ...": the group however far back the juntas last acted)
        # "X, Y and Z announced that they were leaving W. ... This year they also withdrew from V": the
        # last several actors who acted together
        return Subject(group, trig_start, inherited=True)
    if conjunct and not they and (same := _recent(earlier, sent, 0, lambda f: f.kind in _MODELLED and not f.extra.get("pending"))):
        # "In February it took X off the list, and in June it delisted Y": the first clause's actor
        return Subject((same.extra.get("agent", same.subject),), trig_start, inherited=True)
    if conjunct and not they and (lead := _SENTENCE_SUBJECT.match(masked.text)):
        # "The watchdog removed X last Friday, and at the same meeting it also took Y off the list": the
        # subject the sentence opens with, when its first clause told no fact
        return Subject((masked.actors[int(lead.group(1))].actor,), trig_start, inherited=True)
    if conjunct and not they and _LEADERS_OWN.match(masked.text) and prev is not None and (
            leader := _leader_in(told := prev.read(), len(told.text))) is not None:
        # "Whether X obliges is another matter. His government has courted Y, and it said ...": X's state
        return Subject((leader.actor,), trig_start, inherited=True)
    if (owned := _LEADERS_OFFICE.search(before)) and (leader := _leader_in(masked, owned.start())) is not None:
        # "Petro answered within hours, and his foreign minister, Y, called ...": the leader's state
        return Subject((leader.actor,), trig_start, inherited=True)
    if _PERSON_PRONOUN.search(before) and (_PRONOUN_SUBJECT.match(before) or conjunct and _PERSON_OPENING.match(masked.text)):
        # ("He warned of tariffs, and in August he imposed ...": the same person in both clauses)
        # "Mozambique's President X said ... . He hailed ...", "His office criticised ...": the leader
        # the sentence before names first, else nobody known
        told = prev.read() if prev is not None else None
        if told and _PERSON_OPENING.match(told.text):
            # "He announced ..., accusing Y's leader of ... . Later he signed ...": the same person as the
            # sentence before, whose state its act told, else nobody known (not the leader it named)
            acts = [f for f in prev.made if f.kind in _MODELLED and f.kind != "reaction" and not f.extra.get("pending")]
            return Subject((acts[0].subject,), trig_start, inherited=True) if acts else None
        leader = _leader_in(told, len(told.text)) if told else None
        return Subject((leader.actor,), trig_start, inherited=True) if leader is not None else None
    if prev is not None and _PRONOUN_SUBJECT.match(before) and (actors := prev.actors(rules, plural=bool(they))):
        # "EU ministers adopted ... . At the same meeting, they suspended ...": the subject of the sentence before
        # ("Its ministers agreed on May 20 to lift ...": a decision)
        return Subject(tuple(actors), trig_start, inherited=True, decided=bool(_DECIDED_TO.search(before)))
    if (again := _SUBJECT_AGAIN.search(before)) and (lead := _SENTENCE_OWNER.match(masked.text)) and len(
            _ACTOR_TOKEN.findall(masked.text, lead.end(), again.start())) == sum(
            len(_ACTOR_TOKEN.findall(m.group())) for rx in (_PLACE_ACTOR, _PARTY_ACTORS)
            for m in rx.finditer(masked.text, lead.end(), again.start())):
        # "X began drills around Y on Monday, days after it sanctioned ...": the pronoun is X, the
        # only actor before it that is not a place or a party to talks
        return Subject((masked.actors[int(lead.group(1))].actor,), trig_start, inherited=True)
    return None


def _issuers_named(title: str | None, rules: Rules) -> list[str]:
    """The issuer a document's title names ("Executive Order 14203" is the United States'), if any."""
    return [issuer for kind, issuer in rules.issuers.items() if (title or "").lower().startswith(kind)]


#: Leaders named by no state or body, just before a verb: "where leaders also signed ", "Hours later the leaders ".
_BARE_LEADERS = re.compile(r"(?:^|(?<=, )|(?<=\bas )|(?<=\bwhere )|(?<=\bwhen )|(?<=\band )|(?<=\bwhose )|(?<=\bthen )|(?<=\blater ))(?:[Tt]he )?(?:(?:same|remaining|other) )?[Ll]eaders (?:(?:also|later|then|jointly|formally|⟦d\d+⟧|on ⟦d\d+⟧) )*$")
#: A body whose summit a sentence tells: "⟦o1⟧ summit", "a summit of the ⟦o1⟧", "the ⟦o1⟧'s summit".
_SUMMIT_OF = re.compile(r"⟦o(\d+)⟧(?:['’]s)? (?:[a-z\-]+ )?summit\b|\bsummit of (?:the )?⟦o(\d+)⟧")


def _summit_body(masked: Masked) -> str | None:
    """The body whose leaders a sentence tells of without naming it: the one whose summit it names, else
    the first it names, else the last named before it in its paragraph or the one before."""
    if (summit := _SUMMIT_OF.search(masked.text)) is not None:
        return masked.actors[int(summit.group(1) or summit.group(2))].actor
    first = next((tm for tm in TOKEN.finditer(masked.text) if tm.group(1) == "o"), None)
    return masked.actors[int(first.group(2))].actor if first is not None else masked.body


def _leader_in(masked: Masked, stop: int):
    """The first actor named in `masked` before `stop` as a leader or by a title, or None."""
    named = ((masked.actors[int(tm.group(2))], tm.group()) for tm in TOKEN.finditer(masked.text, 0, stop) if tm.group(1) != "d")
    return next((a for a, token in named if a.via == "leader" or _TITLED.search(masked.unmask(token))), None)


def _term_began(masked: Masked, gaz: Gazetteer, published: dt.date | None) -> str | None:
    """For a sentence that tells a leader's first day in office ("on his first day back in the White
    House"), the day the term of the leader it names before that began; else None."""
    first = _FIRST_DAY.search(masked.text)
    if first is None or published is None:
        return None
    leaders = [tm for tm in TOKEN.finditer(masked.text) if tm.group(1) != "d" and masked.actors[int(tm.group(2))].via == "leader"]
    # (or, where no actor stands before the phrase, the leader named after it: "On his first day back in
    # office, President X signed ...")
    leader = next((tm.group() for tm in reversed(leaders) if tm.start() < first.start()), None) or next(
        (tm.group() for tm in leaders if not _ACTOR_TOKEN.search(masked.text, 0, first.start())), None)
    began = gaz.term_start(masked.unmask(leader), published) if leader else None
    return began.isoformat() if began else None


def _recent(earlier: list[_Fact], sent: int, reach: int, test) -> _Fact | None:
    """The last fact told in sentence `sent` or at most `reach` sentences before it that passes `test`."""
    return next((f for f in reversed(earlier) if sent - f.sent <= reach and test(f)), None)


def _title_states(doc: Document, gaz: Gazetteer) -> set[str]:
    """The states an article's title names."""
    return {m.actor for m in gaz.find(doc.title, doc.published) if m.kind == "state"} if doc.title else set()


#: Talks held with a body: "opened the first cluster of its accession negotiations with the EU".
_TALKS_WITH = re.compile(r"\b(?:talks|negotiations)\s+with\s+(?:the\s+)?⟦o(\d+)⟧")
#: A package numbered in a series: "its 19th package", "the sixteenth sanctions package".
_NUMBERED_PACKAGE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|(?![a-z]+est )[a-z]+(?:th|st|nd|rd)) (?:sanctions )?package\b")
#: Who a title names as the source of an act, not its target: "sanctions from Brussels and London".
_TITLE_SOURCE = re.compile(r"\b(?:from|by)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*\s*(?:,|and)\s+)*(?:the\s+)?$")


#: An actor that may be a subject: not an owner ("X's industry") nor a preposition's object ("in X").
_SUBJECT_TOKEN = re.compile(r"(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bto )(?<!\bfrom )(?<!\bwith )(?<!\bfor )(?<!\bat )(?<!\bagainst )"
                            r"⟦[so](\d+)⟧(?!['’])")


@lru_cache(maxsize=64)
def _text_states(doc: Document, gaz: Gazetteer) -> frozenset[str]:
    """The states a whole text names."""
    return frozenset(m.actor for m in gaz.find(doc.text, doc.published) if m.kind == "state")


def _the_other_state(masked: Masked, trig_start: int, doc: Document, gaz: Gazetteer) -> tuple[str, str] | None:
    """In a text that names two states alone, (the one acting, the other) when the last actor that may be a
    subject before the trigger is one of them and the sentence names neither after it (not "X banned two
    ministers for inciting violence against Y-ans": the wronged); else None. A body acting in a text that
    names one state alone has that state for the other ("The EU ... on Syria. The bloc began imposing ...")."""
    if not (last := list(_SUBJECT_TOKEN.finditer(masked.text, 0, trig_start))) or not 1 <= len(named := _text_states(doc, gaz)) <= 2:
        return None
    actor = masked.actors[int(last[-1].group(1))].actor
    if len(named) == 1 and gaz.kind(actor) == "org" and not named & {x.actor for x in masked.actors_in(masked.text[trig_start:])}:
        return actor, next(iter(named))
    if actor not in named or len(named) != 2 or named & {x.actor for x in masked.actors_in(masked.text[trig_start:])}:
        return None
    return actor, next(iter(named - {actor}))


def _title_targets(doc: Document, gaz: Gazetteer) -> set[str]:
    """The states an article's title names, but those it names as a source ("from X and Y")."""
    if not doc.title:
        return set()
    return {m.actor for m in gaz.find(doc.title, doc.published) if m.kind == "state"
            and not _TITLE_SOURCE.search(doc.title, 0, m.start)}


def _title_sanctioned(doc: Document, gaz: Gazetteer) -> set[str]:
    """The states an article's title names right after a word of sanctions ("EU sanctions Rwandan commanders")."""
    return {m.actor for m in gaz.find(doc.title or "", doc.published) if m.kind == "state"
            and _SANCTIONS_BEFORE.search(doc.title, max(0, m.start - 40), m.start)}


#: A word of sanctions and at most two words before a name: "sanctions Rwandan", "sanctions on two X-ian".
_SANCTIONS_BEFORE = re.compile(r"\bsanction(?:s|ed|ing)?\s+(?:(?:on|against)\s+)?(?:(?!(?:as|and|but|while|after|over|from|by|in)\b)[\w\-]+\s+){0,2}?$",
                               re.IGNORECASE)


def _antecedent(masked: Masked, trig_start: int, subjects: list[str], count: int = 1) -> list[str]:
    """What an object pronoun ("take it off the list") stands for: the one state named before
    the trigger in the sentence that is not a subject ([] when there is none or more than one);
    with `count` 2, the two that "both" stands for."""
    named = [a for a in dict.fromkeys(_states_before(masked, trig_start)) if a not in subjects]
    return named if len(named) == count else []


def _states_before(masked: Masked, at: int) -> list[str]:
    """The states the sentence names as such (not as adjectives, nor as the place where something happened:
    "adopted in Madrid") before offset `at`, in order."""
    named = []
    for token in TOKEN.finditer(masked.text, 0, at):
        m = masked.actors[int(token.group(2))] if token.group(1) != "d" else None
        if m is not None and m.kind == "state" and not m.adjectival and not named_as_place(m, masked.text, token.start()):
            named.append(m.actor)
    return named


#: A count given roughly: "less than two weeks after", "about a week after".
_ROUGHLY = re.compile(r"\b(?:than|about|nearly|almost|some|roughly|around)\s+$")
#: How many sentences back "The step came N days after ..." may find the step, the last act dated to the day.
REACH_STEP = 3


#: An actor's token as an owner: "⟦s1⟧'s" (the wrongdoer in "sanctions over ⟦s1⟧'s war").
_POSSESSIVE_TOKEN = re.compile(r"⟦[so]\d+⟧['’]s\b")


def _states_of_clause(masked: Masked, start: int, gaz: Gazetteer) -> set[str]:
    """The states the clause from `start` names, up to the next clause coordinated with it (", while Y
    added ...") or to those a wrong was done to, other than as an owner ("sanctions over ⟦s1⟧'s war")
    or by a firm's name."""
    stop = _NEXT_CLAUSE.search(masked.text, start)
    clause = masked.text[start: min(stop.start() if stop else len(masked.text), _victims_at(masked.text, start))]
    return {x.actor for x in masked.actors_in(_POSSESSIVE_TOKEN.sub("", clause))
            if gaz.kind(x.actor) == "state" and x.via != "company"}


def _step_before(earlier: list[_Fact], sent: int) -> _Fact | None:
    """The step a sentence "The step came N days after ..." means: the last modelled act of the
    REACH_STEP sentences before `sent` that its text dates to the day, or None."""
    return _recent(earlier, sent, REACH_STEP, lambda f: f.sent < sent and f.kind in _MODELLED and _dated_act(f)
                   and len(f.date or "") == 10)


def _dated_act(f: _Fact) -> bool:
    """An act told with a date of its text's, not one pending or told as done before ("had")."""
    return f.rank == RANK_TEXT and not f.extra.get("pending") and not f.extra.get("had")


def _them(masked: Masked, trig_start: int, subjects: list[str], prev: _Head | None) -> list[str]:
    """What "them" stands for: the states (two or more) named before the trigger that are not
    subjects, else those of the sentence before ("X and Y applied in March. Z named them ...")."""
    sentences = [(masked, trig_start)] + ([(prev.read(), None)] if prev is not None else [])
    for told, end in sentences:
        named = [m.actor for m in told.actors_in(told.text[:end]) if m.kind == "state" and not m.adjectival]
        named = [a for a in dict.fromkeys(named) if a not in subjects]
        if len(named) >= 2:
            return named
        if named:
            return []  # one state and something else: people or firms, not states
    return []


#: States given the same label with the object, named after it: "granted X candidate status on June 23,
#: 2022, together with Y", "became partner countries on 1 January, alongside Y and Z", "X was taken off the
#: list, as were Y and Z".
_CO_OBJECTS = re.compile(r"(?:,?\s(?:on\s|in\s)?⟦d\d+⟧){0,2},?\s(?P<how>together with|alongside|along with|as (?:was|were)(?: the)?)\s"
                         r"(?P<co>⟦s\d+⟧(?:(?:,|,?\sand)\s⟦s\d+⟧)*)")
#: A participle that likens the act to an earlier one: ", mirroring decisions taken by ⟦o1⟧ in ⟦d1⟧".
_MIRRORING = re.compile(r",\s(?:mirroring|echoing|matching|copying|replicating|in line with|in step with)\s[^,;]*$")
#: A relative clause telling when the measure just named took effect: "imposed duties on X's copper,
#: which came into force on Thursday" (the measure's day is the act's).
_IN_FORCE_RELATIVE = re.compile(r",\s(?:which|that)\s(?:(?:both|all|also|only)\s)?(?:came|come|comes|took|take|takes|entered|enter|enters|went)\s"
                                r"(?:into\s(?:force|effect)|effect)\b", re.IGNORECASE)
#: The act just told, named again by an apposition that tells when it took effect: "X walked out of Y,
#: an exit that took effect in January" (its day is the act's).
_ACT_TOOK_EFFECT = re.compile(r",\s(?:an?|the|its|their)\s(?:formal\s)?(?:exit|withdrawal|departure|accession|suspension|expulsion|readmission)\s"
                              r"(?:that|which)\s(?:(?:only|formally|finally)\s)?(?:took|takes|came\sinto|comes\sinto|became|becomes|was|is)\s"
                              r"(?:effect|force|effective|final|completed|formalised|formalized)\b")
_MEASURE = re.compile(r"\b(?:tariffs?|duties|duty|levies|levy|sanctions|bans?|embargo(?:es)?|restrictions|curbs|controls|measures|freezes?|package)\b",
                      re.IGNORECASE)
_LIST_WORD = re.compile(r"\blist\b", re.IGNORECASE)


#: A second target after the first's words, its preposition repeated: "sanctions on X's envoy in Y, Z, and on
#: two W-ian organisations", "on A, a member of the X-ian unit B, and on a Y-based network".
_AND_ON = re.compile(r"(?:['’]s?)?(?:\s(?-i:[a-z][\w\-]*)){0,4}(?:\s(?-i:[A-Z])[\w\-]+){0,3}(?:\s(?:in|at)\s(?:⟦s\d+⟧|(?-i:[A-Z])[\w\-]+))?(?:,\s[^,;.⟦]{1,40},)?,?\sand\s(?:also\s)?(?:on|against)\s"
                     r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens\sof|\d+)\s)?(?P<obj>⟦[sj]\d+⟧)"
                     r"(?!['’]s?\s(?:[a-z\-]+\s)?(?:sanctions|measures))")


def _co_objects(masked: Masked, m: re.Match[str], labels: list, gaz: Gazetteer, action: str) -> list[str]:
    """The states given or relieved of the label with the object, named after the match ("..., together
    with Y"), but not those beside it on a list ("put X on the blacklist alongside Y and Z" names those
    already on it; "X came off it alongside Y and Z" names others taken off)."""
    co = _CO_OBJECTS.match(masked.text, m.end())
    if co is None or (co.group("how").startswith("al") and action != "removed"
                      and (any(_is_list(x) for x in labels) or _LIST_WORD.search(m.group(0)))):
        return []
    return _ids(masked, co.group("co"), "state", gaz)


def _in_force_relative(text: str, trig: int, at: int) -> bool:
    """Whether the clause at `at` tells when the measure named after the trigger took effect
    ("imposed duties on X's copper, which came into force on Thursday"): its day is the act's."""
    return trig < at and (bool(_IN_FORCE_RELATIVE.match(text, at)) and bool(_MEASURE.search(text, trig, at))
                          or bool(_ACT_TOOK_EFFECT.match(text, at)))


#: A clause opening the sentence that tells another act than the main clause's, up to a date in it: a
#: concessive one, "Although X scrapped its tax at the end of ", or one telling a later time the main clause's
#: act came before, "By the time X lifted ... on May 2, Y had already ...".
_OTHER_ACT_OPENING = re.compile(r"\s*(?:Although|Though|Even though|Even as|Whereas|Despite|By the time)\s[^,;]*$")
#: A relative clause in the passive, up to its verb: ", which were ".
_PASSIVE_RELATIVE = re.compile(r",?\s(?:which|who)\s(?:(?:first|later|then|also)\s)?"
                               r"(?:was|were|is|are|(?:has|have|had)\sbeen)\s(?:[a-z]+ly\s)?$")
#: A passive relative clause that a date ends, before the trigger: "sanctions that were suspended in ".
_PASSIVE_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s(?:were|was|had\sbeen|have\sbeen|has\sbeen)\s(?:first\s)?[a-z]+ed\s(?:(?:in|on|since)\s)?$")


def _to_come(text: str, at: int, d, published: dt.date | None, lo: int = 0) -> bool:
    """Whether `d`, told at offset `at` after "would/will/is to ... on" in its clause (read from `lo` on), is a
    day the act is still to be done on, later in the year of `published` ("said they would recognise X on May 28")."""
    return bool(published and _TO_BE_DONE_ON.search(text, max(lo, at - 100), at) and _later_this_year(d, published))


def _later_this_year(d, published: dt.date) -> bool:
    """Whether `d`, a day told without its year ("effective February 10"), falls later in the year of
    `published` (read otherwise as that day of the year before)."""
    return d.kind in _YEARLESS_DAYS and (when := d.resolve(published)) is not None and when[:4] < str(published.year)


#: A document named right before a relative aside, which tells what it did: "signed Executive Order 14199, which ...",
#: "the order he signed on Feb. 4, which ...".
_DOCUMENT_BEFORE = re.compile(r"\b(?:[Oo]rder|[Dd]ecree|[Dd]irective|[Pp]roclamation|[Mm]emorandum|[Rr]esolution|[Dd]eclaration|[Rr]egulation)(?:\s(?:No\.\s)?\d+)?"
                              r"(?:(?:\s(?:that|which))?\s(?:he|she|it|they|⟦[so]\d+⟧)\s(?:had\s)?(?:signed|issued|adopted|published)(?:\s(?:on|in))?\s⟦d\d+⟧)?$")


#: A date with its year right after a trigger: " in March 2024", " on 1 January 2025".
_YEAR_TOLD_AFTER = re.compile(r"(?: (?:on|in|late|early))?(?: \d{1,2})?(?: [A-Z][a-z]+)?(?: \d{1,2},?)? (?:19|20)\d\d\b")


def _date(masked: Masked, start: int, end: int, trig: int, doc: Document, states: bool = True,
          before: bool = False, undoing: bool = False, conjunct: bool = False) -> tuple[str | None, int]:
    """The date of the act whose clause spans start..end, and its rank. With `states` False, a
    date that only starts a state ("since 2017") or dates an earlier act is not taken. A tie goes
    to the date after the trigger, or with `before` to one right before it (a reaction's own day:
    "X on Thursday condemned Y's deportation of Z last month"). With `conjunct`, the clause is a
    verb phrase coordinated with another, and a date that ends the other is that one's unless
    nothing else dates this one."""
    best = None
    aside = [(r.start(), r.end()) for rx in (ASIDE, _RELATIVE_APPOSITION, _FINAL_RELATIVE, _PARTICIPLE_ASIDE) for r in rx.finditer(masked.text)
             if not r.start() <= trig < r.end() and not _in_force_relative(masked.text, trig, r.start())]
    inside = next(((r.start(), r.end()) for r in ASIDE.finditer(masked.text) if r.start() <= trig < r.end()), None)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(masked.text) if not q.start() <= trig < q.end()]
    if inside is not None and (own := [_EFFECT_FROM.search(masked.text, max(0, pos - 20), pos) is not None
                                       for pos, _ in masked.date_tokens() if inside[0] <= pos < inside[1]]) and all(own):
        inside = None  # "signed an order on June 30, which ended the programme from July 1": the clause tells only the effect's day
    if inside is not None and _DOCUMENT_BEFORE.search(masked.text, 0, inside[0]):
        inside = None  # "On 4 February he signed Executive Order 14199, which pulled X out of Y, cut ...": what the order did, on its day
    for pos, d in masked.date_tokens():
        tok = masked.text[pos: masked.text.index("⟧", pos) + 1]
        surface = (masked.surfaces or {}).get(tok, "")
        if _NAMED_BY_ITS_DAY.match(masked.text, pos + len(tok)):
            continue  # "a slap in the face to the victims of the October 7 attack": an event's name, no day of this act
        if doc.published and (when := d.resolve(doc.published)) and (
                (_SCHEDULE_BEFORE.search(masked.text, max(0, pos - 20), pos) and (
                    when > doc.published.isoformat()[: len(when)] or _later_this_year(d, doc.published)))
                or _to_come(masked.text, pos, d, doc.published)
                or (_YEAR_END.match(surface) and when == str(doc.published.year) and doc.published.month < 12)):
            continue  # "bans imports from January 2027", "would quit Y at the end of 2026": a schedule to come dates no event told
        if pos < start and _OTHER_ACT_OPENING.match(masked.text[:pos]):
            continue  # "Although X scrapped its tax at the end of June, Y raised the duty to 35% from 1 August": X's day
        if any(a <= pos < b for a, b in aside):
            continue  # "Brazil, which chairs the bloc this year, said ...": the aside's own date
        if any(a <= pos < b for a, b in quoted):
            continue  # "'Today we are closer to Europe,' X wrote": the speaker's day, not the article's
        if inside and not inside[0] <= pos < inside[1]:
            continue  # "Ghana, which joined the AU, imposed ... on Monday": the main clause's date
        if pos > end and ";" in masked.text[end:pos]:
            continue  # "took X off the list; Y had been removed in October": the next clause's own act
        if pos < trig and (when := _WHEN_AFTER.match(masked.text, masked.text.index("⟧", pos) + 1)) \
                and not _CLAUSE_BREAK.search(masked.text, when.end(), trig) and "⟦d" not in masked.text[when.end(): trig]:
            # (but "a step taken last year, when X in May 2024 removed Y": the when-clause's own date)
            if d.kind == "year" and _day_in_clause(masked, trig):
                continue  # "the hopes of 2020, when X took Y off its list on 14 December": the day, in that year
            best = (-1, d, pos)  # "shut out since October 2021, when the AU suspended it": the when-clause's time
            continue
        dist = 0 if start <= pos <= end else min(abs(pos - start), abs(pos - end))
        adjacent = before and pos < trig and not masked.text[masked.text.index("⟧", pos) + 1: trig].strip()
        dist += -1 if adjacent else 0 if pos >= trig else 1
        if pos > trig and _SINCE_CLAUSE.search(masked.text, trig, pos):
            continue  # "..., the latest step since gunmen killed 26 people on April 22": that act's date
        if pos > trig and _MIRRORING.search(masked.text, trig, pos):
            continue  # "removed X, mirroring decisions taken by Y in February": the model's date
        if before and pos > trig and _FUTURE_BETWEEN.search(masked.text, trig, pos):
            continue  # "welcomed X's request, which would be discussed at the summit in October": a time to come
        if pos > trig and _ONLY_TO_BETWEEN.search(masked.text, trig, pos):
            continue  # "designated X in August 2019, only to drop that designation on January 13, 2020": the undoing's
        if pos > trig and _SAYING_BETWEEN.search(masked.text, trig, pos):
            # "protested the listing, saying X had made progress since it was listed in 2023", "agreed to lift the
            # sanctions, saying it wanted to help after the fall of Y in December": what it said
            continue
        other_clause = (pos < start and _CLAUSE_BREAK.search(masked.text, pos, start) and not _OPENING_DAY.search(masked.text, max(0, pos - 20), start)) \
            or (pos > end and _CLAUSE_BREAK.search(masked.text, end, pos) and not _EXAMPLES_THEN.fullmatch(masked.text, end, pos))
        # (not "Last Thursday, X rejected ...", nor "lifted sanctions on five banks, including the central bank, in March")
        if conjunct and _ENDS_CONJUNCT.fullmatch(masked.text, masked.text.index("⟧", pos) + 1, start):
            dist += 500  # "sanctioned X on July 21 and targeted Y on October 15": the first verb's date
        elif pos < trig and _ENDS_PASSIVE_CONJUNCT.fullmatch(masked.text, masked.text.index("⟧", pos) + 1, trig):
            dist += 500  # "X was placed on the list in December 2020 and was removed by Y in November 2021": the first's
        if pos < trig and _BACKSHIFTED_DATE.search(masked.text, max(0, pos - 120), pos) \
                and _THEN_AND.fullmatch(masked.text, masked.text.index("⟧", pos) + 1, trig):
            continue  # "said that Y had used them in 2024, and announced ...": the reported act's date
        if pos < trig and _PASSIVE_RELATIVE_BEFORE.search(masked.text, max(0, pos - 60), pos):
            dist += 40  # "the UN sanctions that were suspended in 2016 came back into force on Saturday": the relative's own date
        if pos > trig and (brk := _CLAUSE_BREAK.search(masked.text, trig, pos)) and _SAME_DAY.search(masked.text, trig, brk.start()):
            continue  # "Z called it a bad day the same day, and parliament approved the bill on 20 May": not 20 May
        if other_clause:
            if pos > end and _CAUSE_CLAUSE.search(masked.text, max(0, pos - 80), pos):
                continue  # "was placed on the list, following its takeover of X in September": the cause's date
            dist += 40  # "drills began this week, days after X joined Y on July 4": another clause's date
        elif pos > trig and _OWN_RELATIVE.search(masked.text, trig, pos):
            dist += 40  # "condemned the pact that X and Y signed on Monday": the pact's own date
        elif pos > trig and (_OTHER_SUBJECT.search(masked.text, trig, pos) or (
                _CLAUSE_OPENING_DAY.search(masked.text, trig, pos)
                and _SUBJECT_AFTER_DAY.match(masked.text, masked.text.index("⟧", pos) + 1))):
            # "X on Saturday opposed the listings, while Y said on Friday ...", "In November 2024 X censured
            # Y, and on February 4 Z signed ...": Z's own day
            dist += 40
        since = bool(_SINCE.match(surface) or _SINCE_WORD.search(masked.text, max(0, pos - 20), pos))
        if since or _SINCE_BEFORE.search(masked.text, max(0, pos - 20), pos):
            if since and _YARDSTICK.search(masked.text, max(0, pos - 60), pos):
                continue  # "its biggest round since 2022": a yardstick, no date of the act
            if other_clause:
                continue  # "sanctions on X, where the junta has ruled since 2021": another clause's state
            if not states or (undoing and since):
                continue  # (an undoing ends a state: "ends the emergency on which the restrictions had rested since 2004")
            dist += 10_000  # "has kept X on its list since 2017": a state's start, the last resort
        elif _DATELINE.match(masked.text, pos):
            dist += 1000  # "WASHINGTON, Jan 21 - ...": the day of filing, weaker than any day the sentence tells
        elif d.kind == "meeting_month":
            if doc.published is None or d.resolve(doc.published) == doc.published.isoformat()[:7]:
                continue  # "closing its February plenary" in February: the news's own day tells more
            dist += 1000  # "last Friday at the close of its October plenary": the day
        elif (pos > trig and ((_DATED_NOUN.match(masked.text, pos) and not _SPOKEN_ON_DAY.match(masked.text, pos - 1))
                              or _DATED_ELECTION.match(masked.text, pos)
                              or _NOUN_OF.search(masked.text, max(0, pos - 25), pos))) \
                or (pos < trig and _DATED_EVENT.match(masked.text, pos)):
            continue  # "annulled the 2015 decision to remove X", "condemned Tuesday's strike", "reversing Y's
            # decision of January 14": the other act's date
        elif pos > trig and _EARLIER_CLAUSE.search(masked.text, trig, pos):
            continue  # "removed the sanctions it imposed on members of X in 2021": that act's own date
        elif pos > trig and not before and _DECISION_CLAUSE.search(masked.text, trig, pos):
            continue  # "in retaliation for Y's decision to blacklist two banks last month": the decision's date
        elif (undone := _UNDONE_BEFORE.search(masked.text, max(0, pos - 25), pos)) and undone.start() > trig \
                and not _AUXILIARY.fullmatch(masked.text, trig, undone.start()):  # (not the trigger's own: "were lifted on ⟦d0⟧")
            continue  # "restored asset freezes dropped ten years ago": when they were dropped
        elif (act := _EARLIER_ACT.search(masked.text, max(0, pos - 60), pos)) and act.start() > trig:
            if not states or undoing:
                continue  # (an undoing is not dated by what it undoes: "lifted the sanctions imposed on X in 2021")
            dist += 10_000  # "lifted the sanctions it imposed in 2021": the earlier act's date
        if best is None or dist < best[0]:
            best = (dist, d, pos)
    if best is not None:
        if best[1].kind == "vague":
            return VAGUE, RANK_NONE
        published = doc.published
        if published is None and best[1].kind in _YEARLESS:
            # undated: "On 24 February 2024 ... In January", "On 14 January 2025 ... On 20 January": as if told
            # a month after the latest day the text tells with its year
            published = latest + dt.timedelta(days=31) if (latest := _latest_told(doc.text)) else None
        published = (_year_told_in_sentence(masked, best[1], best[2], doc.published)
                     or _year_told_in_paragraph(masked, best[1], doc) or published)
        published = _that_year(masked, best[1], best[2]) or published  # "in June 2024 and added Y that November"
        value = best[1].resolve(published)
        if value and _DATELINE.match(masked.text, best[2]) and doc.published and value == _filed(doc.text[:60], doc.published):
            return _published(doc)  # the day of filing: the news's own day, which the paragraphs after may tell better
        return (value, RANK_TEXT) if value else (None, RANK_NONE)  # never a guessed precision
    return _published(doc)


@lru_cache(maxsize=64)
def _latest_told(text: str) -> dt.date | None:
    """The latest day an undated text tells with its year (a month or a year told alone stands for its last
    day), against which its days told without a year are read; None where it tells none."""
    days = []
    for d in find_dates(text):
        value = d.resolve(None) if d.kind in ABSOLUTE else None
        if value and len(value) == 10:
            days.append(dt.date.fromisoformat(value))
        elif value and len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            days.append(dt.date(year, month, calendar.monthrange(year, month)[1]))
        elif value:
            days.append(dt.date(int(value), 12, 31))
    return max(days) if days else None


def _year_told_in_sentence(masked: Masked, day: DateMention, at: int, published: dt.date | None) -> dt.date | None:
    """For a day told without its year ("on August 10") at offset `at`, the date to resolve it against
    when its sentence told a year before it: "On August 7, 2020, X froze ..., and on August 10 Y
    announced ...", the year told before it, or the next, where the sentence goes on in time ("the 15th
    on 16 December 2024 ...; the 17th on 20 May", not "... on 28 May 2024; X had recalled its envoy on
    22 May"); else None."""
    if day.kind not in _YEARLESS_DAYS:
        return None
    years = [(pos, d) for pos, d in masked.date_tokens() if pos < at and (
        d.kind in ("mdy", "dmy", "iso") or (d.kind == "year" and _WHEN_AFTER.match(masked.text, masked.text.index("⟧", pos) + 1))
        or (d.kind == "my" and d.resolve(None)[5:] == (day.resolve(dt.date(2000, 12, 31)) or "")[5:7]))]
    told = (years[-1][1].resolve(None) or "") if years else ""
    if len(told) >= 7 and not _LOOKING_BACK.search(masked.text, years[-1][0], at):
        # ("In October 2023, ..., the administration eased restrictions: on October 18, ...": that October; a
        # month and year counts only for a day of the same month)
        first = dt.date.fromisoformat(told if len(told) == 10 else told + "-01")
        return min(first + dt.timedelta(days=364), published or dt.date.max)
    return dt.date(int(told[:4]), 12, 31) if told else None


def _year_told_in_paragraph(masked: Masked, day: DateMention, doc: Document) -> dt.date | None:
    """For a day told without its year ("On January 2, Y declared ..."), the end of the year its paragraph
    told before it, where that is an earlier year than the publication's and the day follows the day told
    within two months: "On 1 January 2024 X signed a memorandum ... On January 2, Y declared it void";
    else None."""
    if day.kind == "that_month" and (year := _year_told_before(doc.text[paragraph_start(doc.text, masked.offset): masked.offset], None)):
        return dt.date(int(year), 12, 31)  # "... applied in March 2022. By June of that year, ...": that year's June
    if day.kind not in _YEARLESS_DAYS or doc.published is None or _RECENTLY.search(masked.text):
        return None
    dates = find_dates(doc.text[paragraph_start(doc.text, masked.offset): masked.offset])
    if not dates or dates[-1].kind not in ("mdy", "dmy", "iso"):
        return None  # (the last day told must name its year: not "In March of this year, ... and on April 6")
    if not (told := dates[-1].resolve(None)) or (then := dt.date.fromisoformat(told)).year >= doc.published.year:
        return None
    year_end = dt.date(then.year, 12, 31)
    value = day.resolve(year_end)
    return year_end if value and len(value) == 10 and 0 <= (dt.date.fromisoformat(value) - then).days <= 60 else None


#: Words that bring a narrative back to the present: "Most recently, the council suspended X on October 15".
_RECENTLY = re.compile(r"\b(?:most recently|more recently|latest|this (?:year|month|week)|now)\b", re.IGNORECASE)
#: Words that take a sentence back in time from a day it told: "on 28 May 2024; X had recalled ... on 22 May".
_LOOKING_BACK = re.compile(r"\b(?:had|after|before|earlier|since|until|ago|previous|prior|preceding)\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # (asked once per fact; bounded, for long runs of `kg load`)
def _filed(opening: str, published: dt.date) -> str:
    """The day a text was filed: its dateline's ("UNITED NATIONS, March 28 (Wire) - " in a paper of
    March 29) when one to three days before publication, else publication's."""
    if (line := DATELINE.match(opening)) and line["day"]:
        days = [d for d in find_dates(line.group("day")) if d.kind in ("mdy", "dmy", "md", "dm")]
        day = days[0].resolve(published) if days else None
        if day and len(day) == 10 and 1 <= (published - dt.date.fromisoformat(day)).days <= 3:
            return day
    return published.isoformat()


def _published(doc: Document) -> tuple[str | None, int]:
    """The publication date as a fact's date (the day the dateline gives, if it gives an earlier one),
    and its rank (none when the article has no date). Relative dates still count from publication."""
    return (_filed(doc.text[:60], doc.published), RANK_PUBLISHED) if doc.published is not None else (None, RANK_NONE)


#: Labels that name a list whoever keeps it.
_LIST_LABELS = ("blacklist", "watch list", "white list", "monitoring list")


#: What makes a watch list the US Treasury's list of currency practices ("its watch list of trading partners
#: whose currency practices ...").
_CURRENCY_WATCH = re.compile(r"\b(?:currenc(?:y|ies)|exchange[- ]rates?|trading partners)\b", re.IGNORECASE)
#: A list meant without its name: "put back on it", "returned to the list", "taken off that list".
_ON_THE_LIST = re.compile(r"\b(?:on|onto|to|off|from) (?:it\b|(?:the|that|its) (?:same )?list\b(?! of))")


def _is_list(label: str | None) -> bool:
    """Whether a designation is a place on a list ("grey list", "monitoring list"), not a label ("manipulator")."""
    return bool(label) and label.endswith("list")  # (every one of _LIST_LABELS too)


def _label_told_before(text: str, at: int, rules: Rules) -> str | None:
    """The last label with a known designator named as a list ("the list of state sponsors of
    terrorism") or as what a state is or is not ("a state sponsor of terrorism"), or that is a list
    ("its blacklist"), in the paragraph of offset `at` or the one before, before it; else in the
    article's first paragraph ("X spent a week off the list of ... || ... || X was first placed on
    the list in 1982")."""
    floor = paragraph_floor(text, at)
    lead = PARAGRAPH_BREAK.search(text)
    return _label_between(text, floor, at, rules) or (
        _label_between(text, 0, lead.start(), rules) if lead and 0 < lead.start() < floor else None)


def _label_between(text: str, floor: int, at: int, rules: Rules) -> str | None:
    """The last label `_label_told_before` reads in text[floor:at]."""
    told = None
    for m in _LIST_OF.finditer(text, floor, at):
        phrase = m.group(1).lower()
        for label in rules.designators:
            if phrase.startswith(label) or phrase.startswith(label.replace("sponsor", "sponsors").replace("country", "countries")):
                told = label, m.start()
    # a label with its designator, held or not: "X was not officially a state sponsor of terrorism for six days"
    for label in rules.designators:
        if (last := list(re.finditer(rf"\b(?:an?|the)\s+(?:[a-z]+\s+)?{re.escape(label)}\b", text[floor:at], re.IGNORECASE))):
            if told is None or floor + last[-1].start() > told[1]:
                told = label, floor + last[-1].start()
    # a label that is itself a list: "no longer on the grey list of the FATF", "kept X on its blacklist"
    for label in {*(d for d in rules.designators if d.endswith(" list")), *_LIST_LABELS}:
        if (last := list(re.finditer(rf"\b{re.escape(label)}\b", text[floor:at], re.IGNORECASE))):
            if told is None or floor + last[-1].start() > told[1]:
                told = label, floor + last[-1].start()
    return told[0] if told else None


def _resolved(masked: Masked, day: DateMention, at: int, published: dt.date | None) -> str | None:
    """The date `day` (told at offset `at`) stands for: in the year its sentence told before for "that June",
    else against `published`."""
    return day.resolve(_that_year(masked, day, at) or published)


def _that_year(masked: Masked, day: DateMention, at: int) -> dt.date | None:
    """For "that June", the last day of the year its sentence told before (as if published then):
    "applied in 2022 and were made candidates that June", "since the 2008 war, after which X gave notice
    in August of that year"."""
    if day.kind != "that_month":
        return None
    told = masked.unmask(masked.text[:at])
    year = _year_told_before(told, None) or next((y.group() for y in reversed(list(_BARE_YEAR.finditer(told)))), None)
    return dt.date(int(year), 12, 31) if year else None


def _day_in_clause(masked: Masked, trig: int) -> bool:
    """Whether the clause of the trigger at `trig` names a day or month without its year ("on 14 December", "in
    July of that year")."""
    stop = brk.start() if (brk := _CLAUSE_BREAK.search(masked.text, trig)) else len(masked.text)
    return any(d.kind in ("md", "dm", "that_month") and trig < pos < stop for pos, d in masked.date_tokens())


#: A year named as a modifier: "the 2008 war".
_BARE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_told_before(text: str, at: int | None) -> str | None:
    """The year of the last date before offset `at` (or in all `text`) that tells its own year."""
    years = [d.resolve(None) for d in find_dates(text[:at]) if d.kind in ABSOLUTE]
    return next((y[:4] for y in reversed(years) if y), None)


#: A relative clause of background in commas: ", which X had joined only in June 2022,".
_RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whom|whose)\s[^,;.]*?\bhad\s[^,;.]*,")


def _last_told(text: str, at: int, stop: int, to_month: bool = False, published: dt.date | None = None,
               main: bool = False) -> str | None:
    """The last date with its own year (and month, with `to_month`) told in the paragraph of
    offset `at`, before `stop`; with `published`, a month without its year counts too ("In
    December, ... The same month, ..."); with `main`, not one told in a relative clause of background
    ("Y, which X had joined in June 2022, suspended it the same month")."""
    told = text[paragraph_floor(text, at): stop]
    if main:
        told = _RELATIVE_ASIDE.sub(lambda r: " " * len(r.group()), told)
    dated = [d for d in find_dates(told)
             if (d.absolute or (published is not None and d.kind in ("in_month", "last_month_name"))) and not (to_month and d.kind == "year")]
    return dated[-1].resolve(None if dated[-1].absolute else published) if dated else None


def _narrative_anchor(text: str, at: int, published: dt.date | None = None) -> dt.date | None:
    """The last date, to the month at least, told in the paragraph before a sentence (at `at`)
    that opens by counting from it ("Weeks later, ...", "The following month, ..."); else None.
    A day told without its year after the last one with it is read against `published` ("..., to take
    effect on 31 December 2026. On 20 January, X signed ... . Two weeks later, ...": 20 January)."""
    if not _NARRATIVE_LATER.match(text, at):
        return None
    told = [d for d in find_dates(text[paragraph_floor(text, at): at]) if d.kind != "year"]
    dated = [d for d in told if d.absolute]
    if not dated or len(value := dated[-1].resolve(None) or "") < 7:
        return None
    if published is not None and not told[-1].absolute and (day := told[-1].resolve(published)) and len(day) == 10:
        value = day  # (a yearless day told last, in the past of the news)
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")


def _in_month_named(phrase: str, day: str) -> bool:
    """Whether `day` ("YYYY-MM-DD") falls in the month `phrase` names ("the same January day"), if it names one."""
    named = next((n for w in phrase.lower().split() if (n := MONTHS.get(w)) and len(w) > 3), None)
    return named is None or int(day[5:7]) == named


def _same_day_told(earlier: list[_Fact], sent: int, phrase: str, doc: Document, at: int) -> str | None:
    """The day "the same day" in sentence `sent` (starting at `at`) means: that of the last act told to
    the day in its paragraph, else the last day its paragraph tells ("... notified Congress on January
    14. The same day, X abolished ..."), else the last act told to the day just before, else the last
    day the paragraph before tells ("on the night of April 5. Within hours X ...")."""
    opening = paragraph_start(doc.text, at)
    acts = [f for f in reversed(earlier) if f.rank == RANK_TEXT and len(f.date or "") == 10
            and sent - REACH_ACT <= f.sent < sent and not f.extra.get("pending") and _in_month_named(phrase, f.date)]
    return (next((f.date for f in acts if f.span[0] >= opening), None)
            or _last_day_told(doc.text, at, doc.published, own_paragraph=True)
            or next((f.date for f in acts), None)
            or _last_day_told(doc.text, at, doc.published))


#: A day that times another event than the sentence's act: "after the 12 April election", "a tribunal,
#: which on 12 July 2016 found ...".
_NAMED_BY_DAY = re.compile(r"(?:\b(?:after|before|since|until|ahead of)\sthe|,\s(?:which|who)(?:\s(?:on|in))?)\s$")


def _last_day_told(text: str, at: int, published: dt.date | None, own_paragraph: bool = False) -> str | None:
    """The last day (to the day) told before offset `at` in its paragraph and the one before (in its
    own paragraph only, with `own_paragraph`); else None."""
    floor = paragraph_start(text, at) if own_paragraph else paragraph_floor(text, at)
    # (not a day that names an act, "Tuesday's attack": the day of the last act told as an adverb, nor
    # one the act its sentence dated first takes effect from: "signed the order on June 30, ending the
    # programme from July 1", nor one still to come: "said they would recognise X on May 28")
    days, prev = [], None
    for d in find_dates(text[floor: at]):
        if len(v := d.resolve(published) or "") == 10 and not text.startswith(("'s", "’s"), floor + d.end) \
                and not _NAMED_BY_DAY.search(text, max(floor, floor + d.start - 40), floor + d.start) and not (
                prev is not None and not SENTENCE_END.search(text, floor + prev, floor + d.start)
                and _EFFECT_FROM.search(text, max(floor, floor + d.start - 20), floor + d.start)) \
                and not _to_come(text, floor + d.start, d, published, lo=floor):
            days.append(v)
        prev = d.end
    return days[-1] if days else None


def _same_period(text: str, at: int, published: dt.date | None = None) -> str | None:
    """The month ("in the same month") or year ("that same year") of the last date with its year
    told before the phrase, in its paragraph, for the sentence starting at `at`, or the one after
    it ("the following month"); else None."""
    same = _SAME_PERIOD.search(text, at, text.find(".", at) + 1 or len(text))
    if same is None or (value := _last_told(text, at, same.start(), published=published, main=True)) is None:
        return None
    step = 1 if (same["which"] or "").lower() in ("following", "next") else 0
    if (same["unit"] or same["later"] or same["that"]).lower() == "year":
        return str(int(value[:4]) + step)
    if len(value) < 7:
        return None
    months = int(value[:4]) * 12 + int(value[5:7]) - 1 + step
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _dated_clause(text: str, at: int) -> bool:
    """Whether the relative clause holding offset `at` names a date: "Ghana, which joined the AU
    in 1963, ..." does, "Ghana, which joined the AU, imposed ... on Monday" does not."""
    opening = max((m.start() for m in _RELATIVE_OPENING.finditer(text, 0, at)), default=0)
    closing = _CLAUSE_BREAK.search(text, at)
    return "⟦d" in text[opening: closing.start() if closing else len(text)]


def _background(date: str | None, rank: int, doc: Document) -> bool:
    """A date written in the text that lies before the publication month (or any written date
    when the publication date is unknown)."""
    if rank != RANK_TEXT or not date:
        return False
    if doc.published is None:
        return True
    return date[:7] < doc.published.isoformat()[:7]


def _dedupe(facts: list[_Fact]) -> list[_Fact]:
    """One fact per event: mentions of the same fact keep the best-dated one (a date from the
    text over the publication's, then the more precise, then the surer reading). Two mentions whose
    text gives each its own date, neither a refinement of the other, are two events ("designated
    X on Friday ... X was first placed on the list in December 2020")."""
    best: dict[tuple, list[_Fact]] = {}
    for f in facts:
        same = best.setdefault(f.key(), [])
        i = next((i for i, g in enumerate(same) if not _distinct_dates(f, g)), None)
        if i is None:
            same.append(f)
        elif (f.rank, len(f.date or ""), f.confidence) > (same[i].rank, len(same[i].date or ""), same[i].confidence):
            f.order = min(f.order, same[i].order)
            same[i] = f
    every = [f for same in best.values() for f in same]
    kept = [f for f in every if not _shadowed(f, every)]
    return sorted(kept, key=lambda f: f.order)


def _distinct_dates(f: _Fact, g: _Fact) -> bool:
    """Whether the facts have dates neither of which refines the other, and both are the text's
    own, or one is dated by publication and the other weeks before it by the text ("Y condemned X's
    conduct at the time [in August]. ... Y said [today] it rejected X's plan": a dispute answered twice)."""
    if not (f.date and g.date) or f.date.startswith(g.date) or g.date.startswith(f.date):
        return False
    if f.rank == g.rank == RANK_TEXT:
        return True
    told, news = (f, g) if f.rank == RANK_TEXT else (g, f)
    if told.rank != RANK_TEXT or news.rank != RANK_PUBLISHED or len(news.date) != 10:
        return False
    # "X has once again closed its market to Y ... X banned Y's seafood in August 2023", "X is lifting its
    # sanctions on Y ... In September X eased sanctions on Y's airline": an act told as news and the same
    # act told with a date weeks before it are two events, unless the next sentence dates the news ("X
    # followed. X designated Y's minister on December 27.")
    apart = HISTORY_DAYS if f.kind != "reaction" and abs(f.sent - g.sent) <= 1 else SAME_NEWS_DAYS
    before = (dt.date.fromisoformat(news.date) - dt.timedelta(days=apart)).isoformat()
    return told.date < before[: len(told.date)]


def _shadowed(f: _Fact, facts) -> bool:
    """A label or a title read short from the same sentence as a longer one ("white" in "white list"), or
    a document named only by its kind: an order with no title at all ("signed an executive order
    ending ..."), or one beside its title ("an executive order titled X", "the X Compass, the
    bloc's first security doctrine"), or with the title told after it on the same date ("an
    executive order ... The order, titled X, ..."), or a numbered round of sanctions (a sanction,
    told as such)."""
    if f.kind == "policy_issued" and f.policy and (_UNTITLED_ORDER.fullmatch(f.policy) or _SANCTIONS_ROUND.fullmatch(f.policy)):
        return True
    if f.kind == "policy_issued" and f.extra.get("untitled") and any(
            g.kind == f.kind and g.span == f.span and g.subject == f.subject and not g.extra.get("untitled") for g in facts):
        return True  # "the Strategic Compass, the bloc's first security doctrine, which ...": the title told
    if f.kind == "policy_issued" and f.policy and _GENERIC_DOCUMENT.fullmatch(f.policy):
        return any(g is not f and g.kind == f.kind and g.subject == f.subject and (
            g.span == f.span or (g.date == f.date and not _GENERIC_DOCUMENT.fullmatch(g.policy or ""))) for g in facts)
    if f.kind == "policy_issued" and f.policy and any(
            g is not f and g.kind == f.kind and g.span == f.span and g.subject == f.subject and g.policy
            and (g.policy.startswith(f.policy + " ") or g.policy.endswith(" " + f.policy)) for g in facts):
        return True  # "Foreign Policy" read short from the same sentence as "Foreign Policy Concept", "First Trade
        # Policy" as "America First Trade Policy"
    if not f.designation:
        return False
    return any(g is not f and g.span == f.span and (g.subject, g.object, g.action) == (f.subject, f.object, f.action)
               and g.designation and (g.designation.startswith(f.designation + " ") or _by_kind_only(f, g)) for g in facts)


def _by_kind_only(f: _Fact, g: _Fact) -> bool:
    """Whether `f` names only the kind of list that `g` names by its content ("the EU blacklist
    of non-cooperative jurisdictions" is read as both)."""
    return f.designation in _KIND_LISTS and g.designation not in _KIND_LISTS


def _as_dict(f: _Fact, doc: Document, text: str) -> dict:
    return {
        "kind": f.kind, "subject": f.subject, "object": f.object, "action": f.action,
        "designation": f.designation, "policy": f.policy, "date": f.date, "source": doc.id,
        "evidence": text[f.span[0]: f.span[1]], "span": [f.span[0], f.span[1]],
        "confidence": f.confidence,
    }
