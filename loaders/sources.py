"""Input sources: files, directories, globs and stdin, read into Documents.

Formats come from the extension (or an explicit `fmt`): plain text, Markdown, HTML, JSON lines,
RSS and Atom. Text-like files are read whole up to MAX_DOCUMENT_BYTES; JSON lines stream line
by line. Every problem is a one-line InputError naming the file (and line where it applies).
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.errors import InputError
from kg.loaders.dates import find_publication_date, parse_date
from kg.loaders.decode import MAX_DOCUMENT_BYTES, decode, decode_line, refuse_binary
from kg.loaders.feeds import feed_documents
from kg.loaders.markup import html_to_text, markdown_to_text

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
FORMATS = frozenset(EXTENSIONS.values()) | {"rss", "atom", "txt", "md"}
_ALIASES = {"rss": "feed", "atom": "feed", "txt": "text", "md": "markdown"}


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its id (JSON-lines id, feed entry id, else the path), metadata and text.

    Spans of extracted facts are character offsets into `text`."""

    id: str
    title: str | None
    published: dt.date | None
    url: str | None
    publisher: str | None
    text: str
    path: str | None


@dataclass(frozen=True, slots=True)
class Source:
    """One input as named on the command line (a path or "-"), with its format."""

    name: str
    fmt: str | None = None

    def documents(self) -> Iterator[Document]:
        """The documents of this source; raises InputError (one line) on unreadable input,
        and when the source holds no article at all (an empty file, a feed with no items)."""
        count = 0
        for doc in self._documents():
            count += 1
            yield doc
        if count == 0:
            raise InputError(f"{self.name}: no articles found")

    def _documents(self) -> Iterator[Document]:
        fmt = self._format()
        if fmt == "jsonl":
            yield from _jsonl_documents(self._lines(), self.name)
            return
        data = self._read()
        if fmt == "feed":
            refuse_binary(data, self.name)
            yield from feed_documents(data, self.name, Document)
            return
        text = decode(data, self.name)
        yield _text_document(text, self.name, fmt)

    def _format(self) -> str:
        if self.fmt:
            if self.fmt not in FORMATS:
                raise InputError(f"{self.name}: unknown input format {self.fmt!r}")
            return _ALIASES.get(self.fmt, self.fmt)
        if self.name == "-":
            return "text"
        ext = os.path.splitext(self.name)[1].lower()
        if ext not in EXTENSIONS:
            raise InputError(f"{self.name}: unknown file type {ext or '(no extension)'!r}; use --input-format")
        return EXTENSIONS[ext]

    def _read(self) -> bytes:
        if self.name == "-":
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        else:
            try:
                if os.path.getsize(self.name) > MAX_DOCUMENT_BYTES:
                    raise InputError(f"{self.name}: too large (over {MAX_DOCUMENT_BYTES // 2**20} MB)")
                with open(self.name, "rb") as handle:
                    data = handle.read()
            except OSError as err:
                raise InputError(f"{self.name}: cannot read ({err.strerror or err})") from None
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(f"{self.name}: too large (over {MAX_DOCUMENT_BYTES // 2**20} MB)")
        return data

    def _lines(self) -> Iterator[bytes]:
        if self.name == "-":
            yield from sys.stdin.buffer
            return
        try:
            handle = open(self.name, "rb")
        except OSError as err:
            raise InputError(f"{self.name}: cannot read ({err.strerror or err})") from None
        with handle:
            first = True
            for line in handle:
                if first:
                    refuse_binary(line, self.name)
                    line = line.removeprefix(b"\xef\xbb\xbf")
                    first = False
                yield line


def _text_document(text: str, name: str, fmt: str) -> Document:
    title, published = None, None
    if fmt == "html":
        title, published, text = html_to_text(text)
    elif fmt == "markdown":
        title, text = markdown_to_text(text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        if first and len(first) < 150 and not first.endswith((".", "!", "?", ":")):
            title = first
    if not text.strip():
        raise InputError(f"{name}: file is empty" if fmt != "html" else f"{name}: no article text in the page")
    if published is None:
        published = find_publication_date(text)
    return Document(id=name, title=title, published=published, url=None, publisher=None,
                    text=text, path=None if name == "-" else name)


def _jsonl_documents(lines: Iterator[bytes], name: str) -> Iterator[Document]:
    """Documents of a JSON-lines file; a bad line raises InputError after the good ones before it."""
    for lineno, raw in enumerate(lines, 1):
        line = decode_line(raw, name, lineno).strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}: line {lineno}: invalid JSON ({err.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f"{name}: line {lineno}: expected an object with a \"text\" string")
        published = obj.get("published")
        date = parse_date(published) if isinstance(published, str) else None
        if isinstance(published, str) and published.strip() and date is None:
            raise InputError(f"{name}: line {lineno}: unreadable published date {published!r}")
        yield Document(
            id=str(obj.get("id") or f"{name}#{lineno}"), title=obj.get("title") or None,
            published=date, url=obj.get("url") or None, publisher=obj.get("publisher") or None,
            text=obj["text"], path=name,
        )


def expand(paths: Sequence[str]) -> list[str]:
    """Paths with directories (recursively) and globs expanded to sorted file lists.

    A path that does not exist and matches nothing is kept, so reading it reports the error."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
            out.extend(sorted(found))
        elif not os.path.exists(p) and glob.has_magic(p):
            matches = sorted(m for m in glob.glob(p, recursive=True) if os.path.isfile(m))
            out.extend(matches or [p])
        else:
            out.append(p)
    return out


class _Missing(Source):
    def documents(self) -> Iterator[Document]:
        raise InputError(f"{self.name}: no such file or directory")
        yield  # pragma: no cover


def iter_sources(paths: Sequence[str], fmt: str | None = None) -> Iterator[Source]:
    """One Source per input file after expanding directories and globs; "-" is stdin.

    Missing paths still yield a Source whose `documents()` raises InputError."""
    for p in expand(paths):
        if p != "-" and not os.path.exists(p):
            yield _Missing(p, fmt)
        else:
            yield Source(p, fmt)
