"""Prepared queries: `.cypher` files with a header of name, summary, typed parameters and mode.

Header lines are Cypher comments, so every file runs unchanged in cypher-shell:

    // name: designations-changed
    // summary: Every designation assigned or removed in a year.
    // param: year year | the calendar year
    // param: actor actor = null | only changes made by this actor
    // mode: read

A parameter without a default is required. Types: string, int, float, bool, date, actor
(an id or a name, resolved to an id), designation (a label, matched by its slug) and year
(an int that also provides `$<name>_start` and `$<name>_end` as dates, since date
arithmetic is not portable between engines). A query that cannot be portable may have a
variant per backend in `<name>.<backend>.cypher`; the contract tests run both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kg.errors import UsageError
from kg.model import slug
from kg.reference import resolve_actor

PARAM_TYPES = ("string", "int", "float", "bool", "date", "year", "actor", "designation")
HEADER = re.compile(r"^//\s*(\w+):\s*(.*)$")
PARAM = re.compile(r"^(?P<name>\w+)\s+(?P<type>\w+)(?:\s*=\s*(?P<default>[^|]*?))?\s*(?:\|\s*(?P<help>.*))?$")


@dataclass(frozen=True)
class Param:
    """One typed parameter of a prepared query."""

    name: str
    type: str
    default: str | None
    required: bool
    help: str

    def convert(self, raw: object) -> object:
        """Turn a command-line string into the value the query expects; UsageError if it cannot."""
        if raw is None or (isinstance(raw, str) and raw.lower() == "null"):
            if self.required:
                raise UsageError(f"parameter {self.name!r} is required")
            return None
        text = str(raw).strip()
        try:
            if self.type in ("int", "year"):
                value = int(text)
                if self.type == "year" and not 1 <= value <= 9998:
                    raise ValueError
                return value
            if self.type == "float":
                return float(text)
            if self.type == "bool":
                if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError
                return text.lower() in ("true", "1", "yes")
            if self.type == "date":
                return dt.date.today() if text == "today" else dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(f"parameter {self.name!r} must be a {self.type}, not {text!r}") from None
        if self.type == "actor":
            found = resolve_actor(text)
            if found is None:
                raise UsageError(f"parameter {self.name!r}: unknown state or organisation {text!r}")
            return found
        if self.type == "designation":
            return slug(text)
        return text


@dataclass(frozen=True)
class Query:
    """A prepared query: its header and its Cypher, per backend."""

    name: str
    summary: str
    params: tuple[Param, ...]
    mode: str
    cypher: str
    variants: dict[str, str]

    def text_for(self, backend: str) -> str:
        """The Cypher to run on `backend` (its variant if it has one)."""
        return self.variants.get(backend, self.cypher)

    def bind(self, raw: dict[str, object]) -> dict[str, object]:
        """Check and convert parameters; add defaults and derived year bounds."""
        known = {p.name: p for p in self.params}
        extra = sorted(set(raw) - set(known))
        if extra:
            raise UsageError(f"query {self.name!r} has no parameter {extra[0]!r} (it takes: {', '.join(known) or 'none'})")
        bound: dict[str, object] = {}
        for param in self.params:
            value = param.convert(raw.get(param.name, param.default))
            bound[param.name] = value
            if param.type == "year" and value is not None:
                bound[f"{param.name}_start"] = dt.date(value, 1, 1)
                bound[f"{param.name}_end"] = dt.date(value + 1, 1, 1)
        return bound


def parse(text: str, variants: dict[str, str] | None = None) -> Query:
    """Parse a `.cypher` file's header and body."""
    fields: dict[str, list[str]] = {}
    body = []
    for line in text.splitlines():
        match = HEADER.match(line.strip())
        if match and not body:
            fields.setdefault(match.group(1), []).append(match.group(2).strip())
        elif line.strip() or body:
            body.append(line)
    params = []
    for spec in fields.get("param", []):
        match = PARAM.match(spec)
        if not match or match.group("type") not in PARAM_TYPES:
            raise ValueError(f"bad parameter line {spec!r}")
        default = match.group("default")
        params.append(
            Param(match.group("name"), match.group("type"), default, default is None, match.group("help") or "")
        )
    return Query(
        name=fields["name"][0],
        summary=fields.get("summary", [""])[0],
        params=tuple(params),
        mode=fields.get("mode", ["read"])[0],
        cypher="\n".join(body).strip(),
        variants=variants or {},
    )


@cache
def catalog() -> dict[str, Query]:
    """Every shipped prepared query by name."""
    folder = files("kg.queries")
    queries = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        parts = entry.name.split(".")
        if len(parts) != 2 or parts[1] != "cypher":
            continue
        variants = {}
        for other in folder.iterdir():
            other_parts = other.name.split(".")
            if len(other_parts) == 3 and other_parts[0] == parts[0] and other_parts[2] == "cypher":
                variants[other_parts[1]] = parse(other.read_text(encoding="utf-8")).cypher
        query = parse(entry.read_text(encoding="utf-8"), variants)
        queries[query.name] = query
    return queries


def get(name: str) -> Query:
    """The prepared query called `name`; UsageError naming the choices if there is none."""
    found = catalog().get(name)
    if found is None:
        raise UsageError(f"unknown query {name!r}; run `kg query list` (known: {', '.join(catalog())})")
    return found
