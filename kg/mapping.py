"""RDF triples <-> property-graph rows, driven by the derived schema.

`to_batch` turns a validated RDF graph into node rows per label and relationship rows per
(type, from label, to label); `to_rdf` does the reverse for export. Labels and relationship
types come only from the schema, never from the data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from datetime import date

from rdflib import RDF, SKOS, XSD, Graph, Literal, URIRef

from kg.errors import ValidationError
from kg.model import node_iri, short_hash, wikidata_same_as
from kg.ontology import ID, KG, Schema, local_name

RelKey = tuple[str, str, str]  # (relationship type, from label, to label)


@dataclass
class GraphBatch:
    """Rows to write in one transaction: nodes by label and id, relationships by type and ends.

    `replaces` maps the id of an article extracted again to the extractor family (e.g.
    "kg-patterns/") whose earlier evidence from it the batch supersedes: the write withdraws
    that evidence, and every event left with none, before it adds the new rows.
    """

    nodes: dict[str, dict[str, dict]] = field(default_factory=dict)
    rels: dict[RelKey, dict[tuple[str, str], dict]] = field(default_factory=dict)
    replaces: dict[str, str] = field(default_factory=dict)

    def add_node(self, label: str, row: dict) -> None:
        """Add or merge a node row; non-null values of a later row win."""
        current = self.nodes.setdefault(label, {}).setdefault(row["id"], {"id": row["id"]})
        current.update({k: v for k, v in row.items() if v is not None})

    def add_rel(self, key: RelKey, from_id: str, to_id: str, props: dict | None = None) -> None:
        """Add or merge a relationship row."""
        current = self.rels.setdefault(key, {}).setdefault((from_id, to_id), {})
        current.update({k: v for k, v in (props or {}).items() if v is not None})

    def merge(self, other: GraphBatch) -> None:
        """Fold another batch into this one."""
        for label, rows in other.nodes.items():
            for row in rows.values():
                self.add_node(label, row)
        for key, rows in other.rels.items():
            for (a, b), props in rows.items():
                self.add_rel(key, a, b, props)
        self.replaces.update(other.replaces)

    def split(self, rows: int) -> Iterator[GraphBatch]:
        """Batches of at most `rows` rows each: every node first, then every relationship, so
        each relationship's ends are written before it is; the first part carries `replaces`."""
        items = chain(
            (("nodes", label, row["id"], row) for label, table in self.nodes.items() for row in table.values()),
            (("rels", key, ends, props) for key, table in self.rels.items() for ends, props in table.items()),
        )
        part, size = GraphBatch(replaces=dict(self.replaces)), 0
        for side, key, index, row in items:
            getattr(part, side).setdefault(key, {})[index] = row
            size += 1
            if size == rows:
                yield part
                part, size = GraphBatch(), 0
        if size or part.replaces:
            yield part

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) in the batch."""
        return sum(map(len, self.nodes.values())), sum(map(len, self.rels.values()))

    def __bool__(self) -> bool:
        return any(self.nodes.values()) or any(self.rels.values()) or bool(self.replaces)


def python_value(term) -> object:
    """An RDF literal as a plain Python value (dates as datetime.date)."""
    value = term.toPython()
    if isinstance(value, Literal):  # ill-typed literal that rdflib could not convert
        raise ValidationError(f"value {term!r} is not a valid {local_name(term.datatype)}")
    return value


def to_batch(graph: Graph, schema: Schema) -> GraphBatch:
    """Map a (validated) RDF graph onto property-graph rows."""
    batch = GraphBatch()
    identity: dict[URIRef, tuple[str, str]] = {}
    flag_parents = {sub: (node, flag) for node in schema.nodes.values() for sub, flag in node.flags}

    for subject, cls in graph.subject_objects(RDF.type):
        node = schema.node_by_iri(cls)
        flag = None
        if node is None and cls in flag_parents:
            node, flag = flag_parents[cls]
        if node is None:
            continue
        key = graph.value(subject, KG[node.key])
        if key is None:
            raise ValidationError(f"{subject}: a {node.label} needs a kg:{node.key}")
        row = {"id": str(key)}
        for prop in node.properties:
            value = graph.value(subject, prop.iri)
            if value is not None:
                row[prop.name] = python_value(value)
        if flag:
            row[flag] = True
        batch.add_node(node.label, row)
        identity[subject] = (node.label, str(key))

    def ends(subject: URIRef, obj: URIRef, rel_name: str) -> tuple[tuple[str, str], tuple[str, str]]:
        for end in (subject, obj):
            if end not in identity:
                raise ValidationError(f"{end}: used by {rel_name} but has no known type and id")
        return identity[subject], identity[obj]

    for rel in schema.rels.values():
        if rel.qualifier is not None:
            for record in graph.subjects(RDF.type, rel.qualifier):
                start, end = graph.value(record, rel.from_property), graph.value(record, rel.to_property)
                (a_label, a_id), (b_label, b_id) = ends(start, end, rel.name)
                props = {p.name: python_value(v) for p in rel.properties if (v := graph.value(record, p.iri)) is not None}
                batch.add_rel((rel.name, a_label, b_label), a_id, b_id, props)
            continue
        for subject, obj in graph.subject_objects(rel.iri):
            (a_label, a_id), (b_label, b_id) = ends(subject, obj, rel.name)
            if (a_label, b_label) not in rel.pairs:
                raise ValidationError(f"{subject}: {rel.name} cannot link a {a_label} to a {b_label}")
            batch.add_rel((rel.name, a_label, b_label), a_id, b_id)
    return batch


def literal(value: object, datatype: URIRef) -> Literal:
    """A typed RDF literal for a property value read back from a store."""
    if datatype == XSD.date and isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if datatype == XSD.string:
        return Literal(str(value))
    return Literal(value, datatype=datatype)


def to_rdf(batch: GraphBatch, schema: Schema) -> Graph:
    """Map property-graph rows back onto RDF (the inverse of to_batch, plus sameAs/SKOS links)."""
    graph = Graph()
    graph.bind("kg", KG)
    graph.bind("kgid", ID)
    graph.bind("skos", SKOS)
    for label, rows in batch.nodes.items():
        node = schema.nodes[label]
        for key, row in rows.items():
            iri = node_iri(label, key)
            graph.add((iri, RDF.type, node.iri))
            for prop in node.properties:
                if row.get(prop.name) is not None:
                    graph.add((iri, prop.iri, literal(row[prop.name], prop.datatype)))
            for subclass, flag in node.flags:
                if row.get(flag):
                    graph.add((iri, RDF.type, subclass))
            if label == "Designation" and row.get("name"):
                graph.add((iri, RDF.type, SKOS.Concept))
                graph.add((iri, SKOS.prefLabel, Literal(row["name"], lang="en")))
            wikidata_same_as(graph, iri, row.get("wikidata"))
    for (name, a_label, b_label), rows in batch.rels.items():
        rel = schema.rels[name]
        for (a_id, b_id), props in rows.items():
            start, end = node_iri(a_label, a_id), node_iri(b_label, b_id)
            if rel.qualifier is None:
                graph.add((start, rel.iri, end))
                continue
            record = ID[f"Evidence/{short_hash(a_id, b_id)}"]
            graph.add((record, RDF.type, rel.qualifier))
            graph.add((record, rel.from_property, start))
            graph.add((record, rel.to_property, end))
            for prop in rel.properties:
                if props.get(prop.name) is not None:
                    graph.add((record, prop.iri, literal(props[prop.name], prop.datatype)))
    return graph
