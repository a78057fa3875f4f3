"""Refuse write clauses in ad-hoc Cypher before it reaches a store.

This is the friendly first line; the second is the store itself (a read-only LadybugDB
handle, a Neo4j read transaction), which refuses writes whatever this check misses.
"""

from __future__ import annotations

import re
import unicodedata

from kg.errors import ReadOnlyViolation

WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "IMPORT",
    "EXPORT", "ATTACH", "INSTALL", "LOAD", "FOREACH", "CHECKPOINT", "BEGIN", "COMMIT",
    "ROLLBACK", "TRANSACTIONS", "GRANT", "REVOKE", "DENY",
)
#: Procedures that only read; any other CALL is refused.
READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "show_tables", "table_info",
}
#: Comments, string literals and `quoted` names in one left-to-right pass, so `//` inside a
#: string or a name does not hide the rest of the line, and a quote inside a comment does
#: not open a string.
TOKENS = re.compile(
    r"(?P<comment>//[^\n]*|/\*.*?(?:\*/|$))"
    r"|(?P<string>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
    r"|`(?P<name>[^`]*)`",
    re.DOTALL,
)
WORD = re.compile(r"[a-z_][a-z0-9_.]*")


def normalise(cypher: str) -> str:
    """Fold look-alike characters (NFKC), drop comments and string literals, lower-case."""
    text = unicodedata.normalize("NFKC", cypher)
    text = TOKENS.sub(token_replacement, text).replace("`", " ")
    return text.casefold()


def token_replacement(match: re.Match) -> str:
    """A comment becomes a space, a string '', a quoted name its words (still checked)."""
    if match.group("comment") is not None:
        return " "
    if match.group("string") is not None:
        return "''"
    return " " + re.sub(r"\W", " ", match.group("name")) + " "


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyViolation naming the first write clause or write procedure found."""
    text = normalise(cypher)
    if not text.isascii():
        raise ReadOnlyViolation("query refused: it contains non-ASCII characters outside string literals")
    words = WORD.findall(text)
    for index, word in enumerate(words):
        if word.upper() in WRITE_CLAUSES:
            raise ReadOnlyViolation(f"query refused: {word.upper()} writes or changes the graph; `kg cypher` is read-only")
        if word == "call":
            following = words[index + 1] if index + 1 < len(words) else ""
            if following not in READ_PROCEDURES:
                raise ReadOnlyViolation("query refused: CALL is only allowed for read-only schema procedures")
