"""The pattern data (patterns/*.toml) compiled once into regular expressions.

grammar.toml holds macros, subject links and cue words; frames.toml the event frames;
labels.toml the designation label normal forms. Nothing here knows about any kind of fact:
it only expands `{MACRO}` references and compiles what the files say.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter

import ahocorasick
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

_REF = re.compile(r"\{([A-Z][A-Z_]*)\}")
FLAGS = re.IGNORECASE


def _load(name: str) -> dict:
    with (files("kg.loaders.patterns") / name).open("rb") as fh:
        return tomllib.load(fh)


def expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    """Replace `{NAME}` by the macro NAME until none is left (unknown names are an error)."""
    if depth > 12:
        raise ValueError(f"macro expansion too deep in {pattern[:60]!r}")

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise KeyError(f"unknown pattern macro {{{m.group(1)}}}")
        return expand(macros[m.group(1)], macros, depth + 1)

    return _REF.sub(sub, pattern)


@dataclass(frozen=True)
class Frame:
    """One compiled event frame."""

    id: str
    kind: str
    action: str | None
    regexes: tuple[re.Pattern[str], ...]
    sources: tuple[str, ...] = ()  # the patterns as written, macros expanded (the regexes are compiled for speed)
    left: str = "subject"
    subject_kind: str | None = None
    confidence: float = 0.8
    actions: dict[str, str] = field(default_factory=dict)
    anchors: frozenset[str] = frozenset()  # lower-case literals one of which a match contains
    needs: tuple[str, ...] = ()  # lower-case substrings one of which the sentence must contain
    ignore_cues: frozenset[str] = frozenset()  # cue names that do not veto this frame's facts
    antecedent: str | None = None  # "actor": a reaction's object must have acted in an earlier fact;
    # "list": subject, label and date come from a list announced in the sentence before;
    # "label": "the list" is the last designation's, read at most REACH_LABEL sentences before;
    # "paragraph": an unnamed object is the last act of another actor in this paragraph or the one before;
    # "sentence": a reaction in a clause hung on an act ("..., a step that Z condemned") reacts to that act;
    # "target": sanctions told without a target target the state most of the article's sanctions target;
    # "act": the last act of the frame's kind; "deed": the last act of any kind (its actor and day);
    # "issuer": the issuer of the document told in this sentence or the two before (not its day)
    # "package": subject and target are those of the last numbered sanctions package told
    # "reaction": the object and act of the last reaction of the same action, in this sentence or the one before
    announces: bool = False  # a list announced without its members: kept pending for an "antecedent = list" frame
    agentless: bool = False  # a passive without "by ...": its actor is the previous sentence's subject
    must_say: re.Pattern[str] | None = None  # the match, with its actors' words, must contain this
    deed: bool = False  # a reaction that is itself an act others react to (a rupture, an expulsion)
    undated: bool = False  # an act named in passing ("welcomed X's new strategy"): its sentence's day is not its own
    nominal: bool = False  # an act told as a noun phrase: a day told before it is the governing verb's
    retitles: bool = False  # a title for the document just told, which names it only if that one was named by its kind
    undoes: bool = False  # a "follow" frame telling the start of what the act followed ended: its opposite action
    imposes: bool = False  # a reaction by a measure ("retaliated with an export ban"): a sanction on whom it answers
    fallback: bool = False  # a loose frame: its facts stand only where no other frame found a fact of its kind
    silent: bool = False  # a mention read only as what later sentences refer back to, never a fact of its own


@dataclass(frozen=True)
class Rules:
    """Everything the extraction engine needs, compiled."""

    frames: tuple[Frame, ...]
    links: dict[str, re.Pattern[str]]
    link_triggers: dict[str, re.Pattern[str]]
    antecedents: dict[str, re.Pattern[str]]
    blocked_by: re.Pattern[str]
    say_before: re.Pattern[str]
    inherit: re.Pattern[str]
    agent_before: re.Pattern[str]
    scene_before: re.Pattern[str]
    prompted_before: re.Pattern[str]
    courts: frozenset[str]
    condition_after: re.Pattern[str]
    untimed_after: re.Pattern[str]
    hearsay_after: re.Pattern[str]
    intro_before: re.Pattern[str]
    document: re.Pattern[str]
    say_after: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    window: int
    clause_marks: str
    normalise: dict[str, str]
    drop_leading: frozenset[str]
    reject_labels: frozenset[str]
    designators: dict[str, str]
    issuers: dict[str, str]
    anchor_index: object = None  # Aho-Corasick automaton: word -> (length, frames it anchors, frames that need it)
    unanchored: list[Frame] = field(default_factory=list)  # frames tried on every sentence

    def frames_for(self, text: str) -> list[Frame]:
        """The frames whose trigger anchors occur in `text` (lower-cased), in file order."""
        hits: set[int] = set()
        met: set[int] = set()  # frames one of whose `needs` occurs
        low = text.lower()
        for end, (size, anchored, needing) in self.anchor_index.iter(low):
            start = end - size + 1
            if anchored and (start == 0 or not low[start - 1].isalpha()):
                hits.update(anchored)
            met.update(needing)
        if not hits:
            return self.unanchored
        found = [self.frames[i] for i in sorted(hits) if i in met or not self.frames[i].needs]
        return found + self.unanchored if self.unanchored else found


def _top_alternatives(body: str) -> list[str]:
    """Split a regex group body at its top-level '|'."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            cur.append(body[i:i + 2])
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _group_body(regex: str, start: int) -> str:
    depth = 0
    for i in range(start, len(regex)):
        if regex[i] == "\\":
            continue
        if regex[i] == "(" and (i == 0 or regex[i - 1] != "\\"):
            depth += 1
        elif regex[i] == ")" and regex[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return regex[start:i + 1]
    return regex[start:]


def _lookbehinds(alt: str) -> bool:
    """Whether `alt` opens with a group of lookbehinds only: "(?:(?<=had )|(?<=had already ))"."""
    if not alt.startswith("(?:"):
        return False
    alts = _top_alternatives(_group_body(alt, 0)[3:-1])
    return all(a.startswith(("(?<=", "(?<!")) and len(_group_body(a, 0)) == len(a) for a in alts)


def _prefixes(alt: str) -> set[str] | None:
    """Literal lower-case prefixes every match of `alt` starts with (None if unknown)."""
    while alt.startswith(("(?<=", "(?<!")) or _lookbehinds(alt):  # a lookbehind consumes nothing: "(?<=had )become"
        alt = alt[len(_group_body(alt, 0)):]
    if alt.startswith("(?:"):
        group = _group_body(alt, 0)
        out: set[str] = set()
        for a in _top_alternatives(group[3:-1]):
            p = _prefixes(a)
            if p is None:
                return None
            out |= p
        rest = alt[len(group):]
        if (optional := re.match(r"\?\??|\*\??|\{0,?\d*\}\??", rest)) and optional.group():
            # "(?:formally )?denounce": a match may also start after the optional group
            after = _prefixes(rest[optional.end():])
            if after is None:
                return None
            out |= after
        return out
    m = re.match(r"[a-z][a-z' \-]*", alt, re.IGNORECASE)
    lit = m.group().rstrip("?*") if m else ""
    if m and m.end() < len(alt) and alt[m.end()] in "?*{":
        lit = lit[:-1]
    lit = lit.strip().lower()
    return {lit} if len(lit) >= 3 else None


def _trigger_prefixes(pattern: str) -> set[str] | None:
    """The literal prefixes of every alternative of `pattern`'s trigger groups (None if one is unknown)."""
    found: set[str] = set()
    for name in ("(?P<trig>", "(?P<base>"):
        at = pattern.find(name)
        if at < 0:
            continue
        for alt in _top_alternatives(_group_body(pattern, at)[len(name):-1]):
            p = _prefixes(alt)
            if p is None:
                return None
            found |= p
    return found


def _anchors(sources: list[str]) -> frozenset[str]:
    found: set[str] = set()
    for src in sources:
        p = _trigger_prefixes(src)
        if p is None:
            return frozenset()
        found |= p
    return frozenset(found)


_LITERAL = re.compile(r"[a-z][a-z '\-]*", re.IGNORECASE)


def _alts(items: list[str]) -> str:
    """The alternatives as written, longest first: the readable form of a trigger group."""
    return "|".join(sorted(items, key=len, reverse=True))


def _trie(words: list[str]) -> str:
    """Literal words as one regex sharing their prefixes ("sign(?:ed|s)?"), longer words first."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        parts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" not in node:
            return body
        return body + "?" if len(parts) == 1 and len(parts[0]) == 1 else f"(?:{'|'.join(parts)})?"

    return emit(root)


def _compact_alts(items: list[str]) -> str:
    """The same alternatives as `_alts`, with the plain words folded into a trie.

    Python's engine tries alternatives one by one, so a trigger of 150 verbs costs 150 tests at
    each position; the trie costs a few. Patterns come first, as they do in `_alts` for
    any trigger list where no pattern and no plain word can match at the same place."""
    words = [i for i in items if _LITERAL.fullmatch(i)]
    others = sorted((i for i in items if not _LITERAL.fullmatch(i)), key=len, reverse=True)
    return "|".join(others + ([_trie(words)] if words else []))


def _frame_sources(spec: dict, macros: dict[str, str], alts) -> list[str]:
    sources = list(spec.get("patterns", []))
    if "finite" in spec:
        trig = f"(?P<trig>{alts(spec['finite'])})"
        if spec.get("base"):
            trig = f"(?:{trig}|(?P<base>{alts(spec['base'])}))"
        afters = spec["after"] if isinstance(spec["after"], list) else [spec["after"]]
        # (each after-part grouped: an alternation of its own never escapes the trigger)
        # (a reaction reads "condemned what it called ..." as its object's own phrase, see kg.loaders.reactions)
        called = "{CALLED}" if spec.get("kind") != "reaction" else ""
        sources += [rf"\b{trig}['\"‘’“”]?{{WHEN}}{{SPAN}}{called}\s+(?:{a})" for a in afters]
    out = []
    for src in sources:
        text = expand(src, macros)
        if not text.startswith("\\b") and not text.startswith("(?P<subj>") and not text.startswith("(?P<obj"):
            text = r"(?<![\w⟧])" + text if text[:1].isalpha() else text
        out.append(text)
    return out


def _frame_regexes(spec: dict, macros: dict[str, str]) -> tuple[list[str], list[re.Pattern[str]]]:
    """A frame's patterns as written (expanded), and compiled for speed: behind a first-letter
    guard, with trigger word lists folded into tries."""
    readable = _frame_sources(spec, macros, _alts)
    out = []
    for text, fast in zip(readable, _frame_sources(spec, macros, _compact_alts)):
        try:
            out.append(re.compile(_first_letter_guard(text) + fast, FLAGS))
        except re.error as err:
            raise ValueError(f"frame {spec['id']}: bad pattern ({err}): {text[:80]}") from None
    return readable, out


def _first_letter_guard(regex: str) -> str:
    """A look-ahead for the first letters of `regex`'s trigger, where it opens with its trigger and
    they are known (else ""). Equivalent, and about twice as fast to search: the engine can skip a
    position on one character test instead of trying every alternative of the trigger."""
    if regex.startswith(r"\b(?:(?P<trig>"):
        # "(?:(?P<trig>...)|(?P<base>...))": only when the group holds nothing else
        inners = _top_alternatives(_group_body(regex, 2)[3:-1])
        if not all(i.startswith(("(?P<trig>", "(?P<base>")) and _group_body(i, 0) == i for i in inners):
            return ""
    elif not regex.startswith(r"\b(?P<trig>"):
        return ""
    prefixes = _trigger_prefixes(regex)
    if not prefixes:
        return ""
    letters = {p[0] for p in prefixes}
    return f"(?=[{''.join(sorted(letters))}])"


def _repeated_ids(frames: list[dict]) -> list[str]:
    """The frame ids that more than one frame carries (each names one frame in traces and reviews)."""
    return sorted(fid for fid, n in Counter(f["id"] for f in frames).items() if n > 1)


def _with_mirrors(specs: list[dict]) -> list[dict]:
    """The frames as written, each `mutual` one followed by its mirror, whose patterns swap subject and
    object: "X and Y raised their ties to a strategic partnership" labels each the other's partner."""
    out = []
    for f in specs:
        out.append(f)
        if f.get("mutual"):
            swapped = [p.replace("(?P<subj>", "(?P<them>").replace("(?P<obj>", "(?P<subj>").replace("(?P<them>", "(?P<obj>")
                       for p in f["patterns"]]
            out.append({**f, "id": f"{f['id']}-mirrored", "patterns": swapped})
    return out


@cache
def load_rules() -> Rules:
    """Read and compile the pattern files (once per process)."""
    grammar, frames, labels = _load("grammar.toml"), _load("frames.toml"), _load("labels.toml")
    specs = _with_mirrors(frames["frame"])
    if repeated := _repeated_ids(specs):
        raise ValueError(f"frames.toml: frame ids used twice: {', '.join(repeated)}")
    macros = grammar["macros"]
    comp = lambda s: re.compile(expand(s, macros), FLAGS)  # noqa: E731
    built = tuple(
        Frame(
            id=f["id"], kind=f["kind"], action=f.get("action"),
            sources=tuple((pair := _frame_regexes(f, macros))[0]), regexes=tuple(pair[1]),
            anchors=frozenset(f["anchors"]) if "anchors" in f else _anchors(pair[0]),
            left=f.get("left", "subject"),
            subject_kind=f.get("subject_kind"), confidence=float(f.get("confidence", 0.8)),
            actions={k.lower(): v for k, v in f.get("actions", {}).items()},
            needs=tuple(w.lower() for w in f.get("needs", ())),
            ignore_cues=frozenset(f.get("ignore_cues", ())), antecedent=f.get("antecedent"),
            announces=bool(f.get("announces", False)), agentless=bool(f.get("agentless", False)),
            must_say=comp(f["must_say"]) if "must_say" in f else None,
            deed=bool(f.get("deed", False)), undated=bool(f.get("undated", False)), nominal=bool(f.get("nominal", False)),
            retitles=bool(f.get("retitles", False)), undoes=bool(f.get("undoes", False)), imposes=bool(f.get("imposes", False)),
            fallback=bool(f.get("fallback", False)), silent=bool(f.get("silent", False)),
        )
        for f in specs
    )
    cues = grammar["cues"]
    index = ahocorasick.Automaton()
    owners: dict[str, tuple[set[int], set[int]]] = {}  # a word -> frames it anchors, frames that need it
    for i, f in enumerate(built):
        for a in f.anchors:
            owners.setdefault(a, (set(), set()))[0].add(i)
        for w in f.needs:
            owners.setdefault(w, (set(), set()))[1].add(i)
    for a, (anchored, needing) in owners.items():
        index.add_word(a, (len(a), tuple(sorted(anchored)), tuple(sorted(needing))))
    index.make_automaton()
    return Rules(
        anchor_index=index,
        unanchored=[f for f in built if not f.anchors],
        frames=built,
        links={k: comp(v) for k, v in grammar["links"].items()},
        link_triggers={k: comp(v) for k, v in grammar.get("link_triggers", {}).items()},
        antecedents={k: comp(v) for k, v in grammar.get("antecedents", {}).items()},
        blocked_by=comp(grammar["subject"]["blocked_by"]),
        say_before=comp(grammar["subject"]["say_before"]),
        inherit=comp(grammar["subject"]["inherit"]),
        agent_before=comp(grammar["subject"]["agent_before"]),
        scene_before=comp(grammar["subject"]["scene_before"]),
        prompted_before=comp(grammar["subject"]["prompted_before"]),
        condition_after=comp(grammar["subject"]["condition_after"]),
        untimed_after=comp(grammar["subject"]["untimed_after"]),
        hearsay_after=comp(grammar["subject"]["hearsay_after"]),
        intro_before=comp(grammar["subject"]["intro_before"]),
        document=comp(grammar["subject"]["document"]),
        say_after=comp(grammar["subject"]["say_after"]),
        courts=frozenset(grammar["subject"].get("courts", [])),
        cues={k: comp(v) for k, v in cues.items() if isinstance(v, str) and k != "clause_marks"},
        window=int(cues.get("window", 60)),
        clause_marks=cues.get("clause_marks", ";:"),
        normalise={k.lower(): v for k, v in labels["normalise"].items()},
        drop_leading=frozenset(labels.get("drop_leading", [])),
        reject_labels=frozenset(labels.get("reject", [])),
        designators={k.lower(): v for k, v in labels.get("designators", {}).items()},
        issuers={k.lower(): v for k, v in labels.get("issuers", {}).items()},
    )
