"""Sentence splitting with character offsets, aware of abbreviations and initials."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr hon pres
u.s u.k u.n e.u u.s.a u.a.e p.m a.m e.g i.e etc vs no nos jan feb mar apr jun jul aug sep sept oct nov dec
inc ltd co corp dept est approx fig mt ft
""".split())

#: A paragraph break: a blank line.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: A sentence's end and the space after it, for looking back a sentence or two from an offset.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` starts."""
    return max((m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, at)), default=0)


def paragraph_floor(text: str, at: int, lo: int = 0) -> int:
    """Where the paragraph before the one holding offset `at` starts, looking no further back
    than `lo` (`lo` when no such paragraph starts after it)."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text, lo, at)]
    return breaks[-2] if len(breaks) > 1 else lo


_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n")
_NEXT = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; paragraph breaks always end a sentence.

    A period does not end a sentence after a known abbreviation ("U.S.", "Gen.") or a single
    capital initial ("George W. Bush"), nor when the next word starts in lower case.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        if not m.group().startswith("\n"):
            if not _NEXT.match(text, end):
                continue
            if m.group()[0] == "." and _is_abbreviation(text, m.start()):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, n, spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"'“‘":
        i -= 1
    word = text[i:dot].lower()
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[i].isupper()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
