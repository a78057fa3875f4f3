"""The small interface every graph store implements, and the parts all stores share.

A backend runs read queries with parameters, writes a GraphBatch in one transaction
(idempotently: an upsert keyed by node id and by relationship ends), applies the schema
derived from the ontology, counts what it holds, and closes. Everything else (stats,
export) is written once here on top of `query`, in Cypher both engines accept.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.mapping import GraphBatch
from kg.ontology import Schema

if TYPE_CHECKING:
    from kg.queries import Query


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of a query; values are plain Python (dates as datetime.date)."""

    columns: list[str]
    rows: list[list]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class WriteSummary:
    """What a write changed: nodes and relationships created, rows updated, and events
    withdrawn because the articles that said them were extracted again and no longer do."""

    nodes_created: int = 0
    rels_created: int = 0
    updated: int = 0
    retracted: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(
            self.nodes_created + other.nodes_created,
            self.rels_created + other.rels_created,
            self.updated + other.updated,
            self.retracted + other.retracted,
        )


Runner = Callable[[str, dict], list[list]]
"""Runs one statement inside the current write transaction and returns its rows."""


class Backend(ABC):
    """A property-graph store with the schema derived from the ontology."""

    name: str

    def __init__(self, schema: Schema):
        self.schema = schema

    @abstractmethod
    def apply_schema(self) -> None:
        """Create node and relationship tables, keys and constraints (idempotent)."""

    @abstractmethod
    def query(self, cypher: str, params: dict | None = None) -> QueryResult:
        """Run one read-only query with parameters."""

    def run(self, prepared: Query, params: dict) -> QueryResult:
        """Run a prepared query with bound parameters: its variant for this backend, if any."""
        return self.query(prepared.text_for(self.name), params)

    @abstractmethod
    def write(self, batch: GraphBatch) -> WriteSummary:
        """Upsert a batch in one transaction: all of it is written, or none of it."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests and `kg sync --replace`)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def retract(self, run: Runner, replaces: dict[str, str]) -> int:
        """Withdraw the evidence earlier extractions of these articles left (SOURCED_FROM edges
        whose extractor starts with the family given per article), then every event and policy
        left with no evidence or event; return the number of events deleted.

        Backends call this inside the transaction that writes the new facts, so a re-extracted
        article's facts are replaced, never half-replaced. An event another source also attests
        keeps that evidence and stays."""
        deleted = 0
        families: dict[str, list[str]] = {}
        for article, family in sorted(replaces.items()):
            families.setdefault(family, []).append(article)
        policy_of = [a for a, b in self.schema.rels["OF"].pairs if b == "Policy"]
        for family, articles in families.items():
            params = {"articles": articles, "family": family}
            for label in self.schema.event_labels:
                evidence = f"UNWIND $articles AS k MATCH (e:{label})-[r:SOURCED_FROM]->(:Article {{id: k}}) WHERE r.extractor STARTS WITH $family"
                events = [row[0] for row in run(f"{evidence} RETURN DISTINCT e.id", params)]
                if not events:
                    continue
                policies = [row[0] for row in run(f"UNWIND $events AS k MATCH (e:{label} {{id: k}})-[:OF]->(p:Policy) RETURN DISTINCT p.id", {"events": events})] if label in policy_of else []
                run(f"{evidence} DELETE r", params)
                bare = f"UNWIND $events AS k MATCH (e:{label} {{id: k}}) WHERE NOT EXISTS {{ MATCH (e)-[:SOURCED_FROM]->(:Article) }}"
                orphans = [row[0] for row in run(f"{bare} RETURN e.id", {"events": events})]
                if orphans:
                    run(f"UNWIND $events AS k MATCH (e:{label} {{id: k}}) DETACH DELETE e", {"events": orphans})
                    deleted += len(orphans)
                if policies:
                    unused = " AND ".join(f"NOT EXISTS {{ MATCH (:{a})-[:OF]->(p) }}" for a in policy_of)
                    run(f"UNWIND $ids AS k MATCH (p:Policy {{id: k}}) WHERE {unused} DETACH DELETE p", {"ids": policies})
        return deleted

    def stats(self) -> dict[str, int]:
        """Count of nodes per label and relationships per type (every schema entry, zeros included)."""
        counts = {}
        for label in self.schema.nodes:
            counts[label] = self.query(f"MATCH (n:{label}) RETURN count(n) AS c").rows[0][0]
        for name in self.schema.rels:
            counts[name] = self.query(f"MATCH ()-[r:{name}]->() RETURN count(r) AS c").rows[0][0]
        return counts

    def read_all(self) -> GraphBatch:
        """Every node and relationship, as rows (for export and sync)."""
        batch = GraphBatch()
        for node in self.schema.nodes.values():
            names = [p.name for p in node.properties]
            columns = ", ".join(f"n.{name} AS {name}" for name in names)
            for row in self.query(f"MATCH (n:{node.label}) RETURN {columns} ORDER BY n.id").rows:
                batch.add_node(node.label, dict(zip(names, row)))
        for rel in self.schema.rels.values():
            names = [p.name for p in rel.properties]
            extra = "".join(f", r.{name} AS {name}" for name in names)
            for a_label, b_label in rel.pairs:
                cypher = f"MATCH (a:{a_label})-[r:{rel.name}]->(b:{b_label}) RETURN a.id AS start_id, b.id AS end_id{extra} ORDER BY start_id, end_id"
                for row in self.query(cypher).rows:
                    batch.add_rel((rel.name, a_label, b_label), row[0], row[1], dict(zip(names, row[2:])))
        return batch
