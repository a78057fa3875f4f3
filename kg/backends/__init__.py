"""Backend registry: a store is opened by name, and its module imported only when used."""

from __future__ import annotations

from kg.backends.base import Backend, QueryResult, WriteSummary
from kg.errors import UsageError
from kg.ontology import load_schema
from kg.settings import Settings

BACKENDS = ("embedded", "neo4j")

__all__ = ["BACKENDS", "Backend", "QueryResult", "WriteSummary", "open_backend"]


def open_backend(settings: Settings, read_only: bool = False, wait: float = 0.0) -> Backend:
    """Open the store the settings name. `read_only` makes the store itself refuse writes."""
    schema = load_schema()
    if settings.backend == "embedded":
        from kg.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(schema, settings.store, read_only=read_only, wait=wait)
    if settings.backend == "neo4j":
        from kg.backends.neo4j import Neo4jBackend

        return Neo4jBackend.from_settings(schema, settings, read_only=read_only)
    raise UsageError(f"unknown backend {settings.backend!r}: choose one of {', '.join(BACKENDS)}")
