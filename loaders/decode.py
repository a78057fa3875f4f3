"""Bytes to text: BOM-aware decoding with a Windows-1252 fallback, and refusal of binary files."""

from __future__ import annotations

import codecs

from kg.errors import InputError

#: Largest single document read into memory (bytes). Feeds and JSON lines stream instead.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
}


def refuse_binary(data: bytes, name: str) -> None:
    """Raise InputError when `data` looks like a binary file rather than text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: not a text file ({what})")
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head:
        raise InputError(f"{name}: not a text file (contains NUL bytes)")


def decode(data: bytes, name: str) -> str:
    """Decode `data` as UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Binary content is refused with an InputError naming `name`.
    """
    refuse_binary(data, name)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: invalid UTF-16 text ({err.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: cannot decode text (unknown encoding)") from None
        return str(best)


def decode_line(data: bytes, name: str, lineno: int) -> str:
    """Decode one line of a streamed file (UTF-8, else Windows-1252)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: line {lineno}: cannot decode text") from None
