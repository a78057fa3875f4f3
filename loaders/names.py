"""Names read from a match: designation labels in their stored form, policy titles as titled.

"state supporters of terrorism" -> "state sponsor of terrorism" (by labels.toml and a singular
head), "a strategy on China" -> "China Strategy", "national security strategy" -> "National
Security Strategy".
"""

from __future__ import annotations

import re
from functools import cache

from kg.loaders.rules import FLAGS, Rules, _load, expand


@cache
def policy_name() -> re.Pattern[str]:
    """One item of a list of titled documents (the POLICYNAME macro), compiled once."""
    return re.compile(expand("{POLICYNAME}", _load("grammar.toml")["macros"]), FLAGS)


def bare(raw: str, rules: Rules) -> str:
    """A label's words as written, without quotes, others' word for it or leading articles and
    owners: "a religious freedom" -> "religious freedom"."""
    plain = " ".join(re.sub(r"[\"“”‘’']", "", raw).lower().split())
    if (called := _WHAT_CALLED.match(plain)) and called.end() < len(plain):
        plain = plain[called.end():]  # "what bankers call the grey list": the grey list
    words = plain.split()
    while words and words[0] in rules.drop_leading:
        words = words[1:]
    return " ".join(words)


def label(raw: str | None, rules: Rules) -> str | None:
    """A designation label as stored (None when it is no designation at all)."""
    if not raw:
        return None
    words = bare(raw, rules).split()
    name = rules.normalise.get(" ".join(words)) or " ".join(_singular(words))
    name = rules.normalise.get(name, name)
    if len(words) > 1 and words[-1] in _LIST_KINDS and not name.endswith("list"):
        name += " list"  # "a special watch list" read up to its kind: "special watch" + list
    if (not name or name in rules.reject_labels or len(name.split()) > 7 or "⟦" in name or _MORE_OF_A_LIST.match(name)
            or name.split()[-1] in _INSTRUMENTS or _NO_LABEL_EDGE.search(name)):
        return None
    return name


#: A label that opens with a preposition or a foreign article, ends on a function word, or is a bare
#: degree word: the words around a label, not one ("for the first time", "trusted partners the", "most").
_NO_LABEL_EDGE = re.compile(r"^(?:for|in|at|on|by|with|from|to|of|as|de|del|los|las|la|el|le|les)\b"
                            r"|\b(?:the|a|an|of|to|for|and|or|in|on|with|by)$|^(?:most|least|more|less|many|few)$")


#: A label told as others' word for it: "what bankers call ", "what is known as ".
_WHAT_CALLED = re.compile(r"what (?:[a-z\-]+ ){0,3}?(?:calls?|called|dubs?|dubbed|terms?|termed) |what is (?:known|described) as ")

#: Words that name a kind of list when "list" follows them ("watch", "grey"), left off a label read before "list".
_LIST_KINDS = frozenset({"watch", "grey", "gray", "black", "white", "red"})

#: Heads that name the instrument holding a list, not a label: "the enhanced tier of its Foreign
#: Influence Registration Scheme".
_INSTRUMENTS = frozenset({"scheme", "programme", "program", "mechanism", "framework", "system", "act", "law", "sanction"})


#: The rest of a list of states read as a label: "redesignated A, B and nine other governments".
_MORE_OF_A_LIST = re.compile(r"(?:and |or )|(?:[\w\-]+ )?other (?:government|countr|state|nation|jurisdiction|econom)")


@cache
def _ends_in_head() -> re.Pattern[str]:
    return re.compile(r"(?:%s)(?: for (?!(?:the|a|an|its|their|our)\b)[a-z]+)?['\"’”]?$" % expand("{HEADS}", _load("grammar.toml")["macros"]), FLAGS)


_COORDINATION = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def labels(raw: str | None, rules: Rules) -> list[str]:
    """The labels of a coordination, each as stored: "a partner, a competitor and a systemic
    rival" -> partner, competitor, systemic rival. Split only where every part ends in a head
    noun (a "threat to peace and security" stays whole)."""
    parts = [p.strip() for p in _COORDINATION.split(raw or "") if p.strip()]
    if len(parts) > 1 and all(_ends_in_head().search(p) for p in parts):
        return list(dict.fromkeys(n for p in parts if (n := label(p, rules))))
    one = label(raw, rules)
    return [one] if one else []


_PREP = frozenset({"of", "for", "to", "in", "with", "against"})


def _singular(words: list[str]) -> list[str]:
    """A label as one holder would bear it: "state supporters of terrorism" -> "... supporter ..."."""
    cut = next((i for i, w in enumerate(words) if w in _PREP), len(words))
    if cut == 0:
        return words
    head = words[cut - 1]
    if len(head) < 4 or head.endswith(("ss", "us", "is", "ics")) or not head.endswith("s"):
        return words
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith(("ches", "shes", "xes")):
        head = head[:-2]
    else:
        head = head[:-1]
    return words[: cut - 1] + [head] + words[cut:]


_PAPER_ON = re.compile(r"^(?:white |policy |strategy )?paper (?:on|for|about) (?:the )?(?=\S+(?: \S+){0,2} (?:policy|strategy)$)", re.I)


_THE = re.compile(r"^the\s+(?=\S+\s)(?!Hague\b)", re.I)
#: ... but "The Hague Summit Declaration" keeps the city's own article, capitalised.
_THE_HAGUE = re.compile(r"^the(?= Hague\b)")
_TOPIC_AFTER = re.compile(r"^(strategy|policy) (?:on|for|towards|toward) (.+)$")  # lower case: "Strategy on China" is a title


_AFTER_QUOTE = re.compile(r"['’\"”]\s+[a-z].*$")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")  # (not an abbreviation's: "... of the U.S.")


def policy(raw: str | None) -> str | None:
    """A policy document's title as titled."""
    if not raw:
        return None
    raw = _AFTER_QUOTE.sub("", raw).strip(" '\"‘’“”,")  # a closing quote read with the title ("... New Era' on Monday")
    raw = _SENTENCE_STOP.sub("", raw)  # the sentence's full stop inside the closing quote: '... Organizations."'
    raw = _PAPER_ON.sub("", raw)  # "white paper on Arctic policy" names the Arctic policy
    raw = _THE_HAGUE.sub("The", _THE.sub("", raw))  # "signed off on the Strategic Compass": the title is "Strategic Compass"
    raw = _TOPIC_AFTER.sub(r"\2 \1", raw)  # "a strategy on China" is the China strategy
    words = raw.split()
    if raw.islower():
        words = [w if w in ("of", "for", "on", "and", "the") else w.capitalize() for w in words]
    return " ".join(words)
