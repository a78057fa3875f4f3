"""A sentence in masked form: actor mentions and dates replaced by tokens the patterns name.

Actor i becomes ⟦s i⟧ (state), ⟦o i⟧ (organisation) or ⟦j i⟧ (a demonym used only as an
adjective); date j becomes ⟦d j⟧. A group mention ("the three countries") becomes the list of
its states' tokens. Curly apostrophes become straight ones, so patterns need
only one spelling of "Russia's".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.dates import DateMention, find_dates
from kg.loaders.descriptions import GROUP_SEPARATOR
from kg.loaders.gazetteer import Mention

TOKEN = re.compile(r"⟦([sojd])(\d+)⟧")
_THE = re.compile(r"\b[Tt]he $")


@dataclass(frozen=True, slots=True)
class Masked:
    """A masked sentence with the mentions and dates its tokens stand for."""

    text: str
    actors: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    surfaces: dict[str, str] = None  # token -> the text it stands for
    body: str | None = None  # the organisation named last before the sentence, in its paragraph or the one before
    offset: int = 0  # where the sentence starts in its document

    def unmask(self, fragment: str) -> str:
        """`fragment` with its tokens replaced by the words they stand for."""
        return TOKEN.sub(lambda m: (self.surfaces or {}).get(m.group(), m.group()), fragment)

    def actors_in(self, fragment: str) -> list[Mention]:
        """The actor mentions whose tokens occur in `fragment` (a piece of the masked text)."""
        return [self.actors[int(n)] for k, n in TOKEN.findall(fragment) if k != "d"]

    def date_tokens(self) -> list[tuple[int, DateMention]]:
        """(position in the masked text, date) for every date token."""
        return [(m.start(), self.dates[int(m.group(2))]) for m in TOKEN.finditer(self.text) if m.group(1) == "d"]


def mask(sentence: str, mentions: list[Mention], offset: int) -> Masked:
    """Mask `sentence` (which starts at `offset` in its document) given the document's
    mentions that fall inside it."""
    dates = [d for d in find_dates(sentence)
             if not any(m.start - offset < d.end and d.start < m.end - offset for m in mentions)]
    spans = [(m.start - offset, m.end - offset, "a", i) for i, m in enumerate(mentions)]
    spans += [(d.start, d.end, "d", i) for i, d in enumerate(dates)]
    spans.sort()
    actors = list(mentions)
    out, pos, surfaces = [], 0, {}
    for start, end, what, i in spans:
        before = sentence[pos:start]
        if what == "d":
            tokens = [f"⟦d{i}⟧"]
        elif GROUP_SEPARATOR in mentions[i].actor:
            # "the three countries" reads as the list it stands for: "⟦s4⟧, ⟦s5⟧ and ⟦s6⟧"
            group = mentions[i]
            tokens = []
            for member in group.actor.split(GROUP_SEPARATOR):
                tokens.append(f"⟦s{len(actors)}⟧")
                actors.append(Mention(group.start, group.end, member, "state", "group"))
        else:
            m = mentions[i]
            letter = "j" if m.adjectival else ("o" if m.kind == "org" else "s")
            tokens = [f"⟦{letter}{i}⟧"]
            if letter == "s" and (the := _THE.search(before)):
                # "the" belongs to a state's name ("the Philippines", "the Gambia", "the United
                # States"): patterns then need not allow for it before every actor
                before, start = before[: the.start()], start - len(the.group())
        out.append(before)
        out.append(", ".join(tokens[:-1]) + " and " + tokens[-1] if len(tokens) > 1 else tokens[0])
        # the first token stands for the words; the rest of a group's list for nothing more
        surfaces.update(zip(tokens, [sentence[start:end], *[""] * (len(tokens) - 1)]))
        pos = end
    out.append(sentence[pos:])
    # two replace() calls: str.translate is several times slower on non-ASCII text
    masked = "".join(out).replace("\u2019", "'").replace("\u2018", "'")
    return Masked(masked, tuple(actors), tuple(dates), surfaces, offset=offset)
