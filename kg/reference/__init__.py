"""Shipped reference data: states, organisations, memberships, leaders and organs.

The CSV files beside this module are built by `scripts/build_reference.py`; this module only
reads them (once) and answers look-ups such as "is USA a state or an organisation?".
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files


def rows(name: str) -> list[dict[str, str]]:
    """All rows of one shipped CSV file (`states`, `organizations`, ...) as dictionaries."""
    return list(_read(name))


@cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    resource = files("kg.reference") / f"{name}.csv"
    with resource.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def state_ids() -> frozenset[str]:
    """ISO alpha-3 codes of every state in the reference data."""
    return frozenset(row["id"] for row in _read("states"))


@cache
def organization_ids() -> frozenset[str]:
    """Acronyms of every organisation in the reference data."""
    return frozenset(row["id"] for row in _read("organizations"))


def actor_label(actor_id: str) -> str:
    """The node label of an actor id: `State` for ISO codes, `InternationalOrganization` for acronyms.

    Ids outside the reference data fall back on their shape: three capital letters is a state.
    """
    if actor_id in organization_ids():
        return "InternationalOrganization"
    if actor_id in state_ids() or (len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper()):
        return "State"
    return "InternationalOrganization"


@cache
def actor_names() -> dict[str, str]:
    """id -> display name for every state and organisation."""
    names = {row["id"]: row["name"] for row in _read("states")}
    names.update({row["id"]: row["name"] for row in _read("organizations")})
    return names


def resolve_actor(text: str) -> str | None:
    """The id of an actor named by id, name or alias ('Russia', 'rus', 'European Union'), else None."""
    wanted = text.strip().casefold()
    for name in ("states", "organizations"):
        for row in _read(name):
            candidates = [row["id"], row["name"], *filter(None, row.get("aliases", "").split("|"))]
            if wanted in (c.casefold() for c in candidates):
                return row["id"]
    return None
