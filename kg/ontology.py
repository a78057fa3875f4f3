"""The ontology, read once from Turtle and compiled into a frozen property-graph schema.

Everything a backend needs (node labels, keys, property types, relationship types and the
label pairs they connect) is derived here from `ontology/irkg.ttl`; nothing is typed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from rdflib import OWL, RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.collection import Collection

KG = Namespace("https://w3id.org/kg-ir/ontology#")
ID = Namespace("https://w3id.org/kg-ir/id/")

#: xsd datatype -> the graph type name used by both backends' schemas.
GRAPH_TYPES = {
    XSD.string: "STRING",
    XSD.date: "DATE",
    XSD.double: "DOUBLE",
    XSD.integer: "INT64",
    XSD.boolean: "BOOLEAN",
}


@dataclass(frozen=True)
class Property:
    """A typed property of a node or relationship."""

    name: str
    iri: URIRef
    datatype: URIRef

    @property
    def graph_type(self) -> str:
        return GRAPH_TYPES[self.datatype]


@dataclass(frozen=True)
class NodeType:
    """One node label: a class with a key."""

    label: str
    iri: URIRef
    key: str
    properties: tuple[Property, ...]
    flags: tuple[tuple[URIRef, str], ...] = ()  # (flattened subclass, boolean property)

    def property(self, name: str) -> Property:
        return next(p for p in self.properties if p.name == name)


@dataclass(frozen=True)
class RelType:
    """One relationship type and the (from label, to label) pairs it may connect."""

    name: str
    iri: URIRef
    pairs: tuple[tuple[str, str], ...]
    properties: tuple[Property, ...] = ()
    qualifier: URIRef | None = None  # the qualified-relation class, for SOURCED_FROM
    from_property: URIRef | None = None
    to_property: URIRef | None = None


@dataclass(frozen=True)
class Schema:
    """The property-graph schema derived from the ontology."""

    nodes: dict[str, NodeType]
    rels: dict[str, RelType]
    version: str
    graph: Graph = field(repr=False, compare=False)

    def node_by_iri(self, iri: URIRef) -> NodeType | None:
        return next((n for n in self.nodes.values() if n.iri == iri), None)

    @property
    def event_labels(self) -> tuple[str, ...]:
        """Labels of the event classes: the node types directly under kg:Event."""
        return tuple(n.label for n in self.nodes.values() if (n.iri, RDFS.subClassOf, KG.Event) in self.graph)

    def rel_by_iri(self, iri: URIRef) -> RelType | None:
        return next((r for r in self.rels.values() if r.iri == iri or r.qualifier == iri), None)


def local_name(iri: URIRef) -> str:
    """The part of an IRI after '#' or the last '/'."""
    return re.split(r"[#/]", str(iri))[-1]


def upper_snake(name: str) -> str:
    """`memberOf` -> `MEMBER_OF`: the relationship-type spelling of an object property."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).upper()


def ontology_text(name: str = "irkg.ttl") -> str:
    """The text of a shipped ontology file (`irkg.ttl` or `shapes.ttl`)."""
    return (files("kg._ontology") / name).read_text(encoding="utf-8")


@cache
def load_schema() -> Schema:
    """Parse the shipped ontology and derive the schema (cached: the ontology is read once)."""
    graph = Graph()
    graph.parse(data=ontology_text(), format="turtle")
    return derive_schema(graph)


def derive_schema(graph: Graph) -> Schema:
    """Derive node and relationship types from an OWL graph that follows kg's conventions."""
    keyed = {c: graph.value(c, KG.keyProperty) for c in graph.subjects(KG.keyProperty, None)}

    def superclasses(cls: URIRef) -> set[URIRef]:
        found = {cls}
        for parent in graph.objects(cls, RDFS.subClassOf):
            found |= superclasses(parent)
        return found

    def members(node) -> list[URIRef]:
        """Classes named by a domain or range: one class, or an owl:unionOf list."""
        union = graph.value(node, OWL.unionOf)
        return list(Collection(graph, union)) if union is not None else [node]

    def node_classes_under(cls: URIRef) -> list[URIRef]:
        """The keyed classes that are `cls` or below it."""
        return sorted(c for c in keyed if cls in superclasses(c))

    def labels_for(node) -> list[str]:
        return [local_name(c) for m in members(node) for c in node_classes_under(m)]

    datatype_props = sorted(graph.subjects(RDF.type, OWL.DatatypeProperty))
    props_of: dict[URIRef, list[Property]] = {}
    for prop in datatype_props:
        prop_obj = Property(local_name(prop), prop, graph.value(prop, RDFS.range))
        for domain in members(graph.value(prop, RDFS.domain)):
            props_of.setdefault(domain, []).append(prop_obj)

    def inherited(cls: URIRef) -> tuple[Property, ...]:
        props = [p for c in superclasses(cls) for p in props_of.get(c, [])]
        key = keyed.get(cls)
        props.sort(key=lambda p: (p.iri != key, p.name))  # key first, then by name
        return tuple(dict.fromkeys(props))

    nodes = {}
    for cls in sorted(keyed):
        flags = tuple(
            (sub, local_name(graph.value(sub, KG.flagProperty)))
            for sub in sorted(graph.subjects(RDFS.subClassOf, cls))
            if (sub, KG.flagProperty, None) in graph
        )
        nodes[local_name(cls)] = NodeType(
            label=local_name(cls),
            iri=cls,
            key=local_name(keyed[cls]),
            properties=inherited(cls),
            flags=flags,
        )

    qualifiers = {graph.value(c, KG.fromProperty): c for c in graph.subjects(KG.relationshipType, None)}
    hidden = set(qualifiers) | {graph.value(c, KG.toProperty) for c in qualifiers.values()}
    rels = {}
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty)):
        if prop in hidden:
            continue
        name = upper_snake(local_name(prop))
        pairs = [(a, b) for a in labels_for(graph.value(prop, RDFS.domain)) for b in labels_for(graph.value(prop, RDFS.range))]
        rels[name] = RelType(name, prop, tuple(pairs))
    for from_prop, cls in qualifiers.items():
        to_prop = graph.value(cls, KG.toProperty)
        name = str(graph.value(cls, KG.relationshipType))
        pairs = [
            (a, b)
            for a in labels_for(graph.value(from_prop, RDFS.range))
            for b in labels_for(graph.value(to_prop, RDFS.range))
        ]
        properties = tuple(sorted(props_of.get(cls, []), key=lambda p: p.name))
        rels[name] = RelType(name, from_prop, tuple(pairs), properties, cls, from_prop, to_prop)

    version = str(graph.value(None, OWL.versionInfo) or "0")
    return Schema(nodes=nodes, rels=dict(sorted(rels.items())), version=version, graph=graph)
