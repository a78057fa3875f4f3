"""RSS and Atom feeds with full text in their entries, one Document per entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.loaders.markup import fragment_to_text

if TYPE_CHECKING:
    from kg.loaders.sources import Document


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_text(entry) -> str:
    for block in entry.get("content") or ():
        if block.get("value", "").strip():
            return fragment_to_text(block["value"])
    return fragment_to_text(entry.get("summary") or entry.get("description") or "")


def feed_documents(data: bytes, name: str, make: type[Document]) -> Iterator[Document]:
    """Documents of an RSS/Atom feed: text from content:encoded / content / summary, HTML stripped.

    Entries are yielded one by one; a feed that cannot be parsed at all is an InputError.
    """
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "not a feed").splitlines()[0]
        raise InputError(f"{name}: not a valid RSS/Atom feed ({reason})")
    publisher = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        text = _entry_text(entry)
        yield make(
            id=entry.get("id") or entry.get("link") or f"{name}#{i}",
            title=entry.get("title") or None,
            published=_entry_date(entry),
            url=entry.get("link") or None,
            publisher=publisher,
            text=text,
            path=name,
        )
