"""From sources to validated RDF graphs, ready to map and write.

Three ways in: RDF files (already triples), articles (facts found by the extractor) and the
shipped reference data (`kg init`). Each returns an rdflib Graph that the caller validates
with SHACL and maps to rows; nothing here touches a store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import reference
from kg.errors import InputError
from kg.model import Article, Evidence, Fact, MembershipChange, node_iri, parse_partial_date, wikidata_same_as
from kg.ontology import KG

RDF_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
FORMAT_NAMES = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "json-ld": "json-ld", "rdfxml": "xml", "xml": "xml"}
REFERENCE_SOURCE = "kg-reference"


def rdf_format(path: str, override: str | None = None) -> str | None:
    """The rdflib parser name for a file, from `--format` or its extension; None if not RDF."""
    if override:
        return FORMAT_NAMES.get(override.lower())
    return RDF_FORMATS.get(Path(path).suffix.lower())


def read_rdf(path: str, fmt: str) -> Graph:
    """Parse one RDF file; a parse error becomes one InputError line naming the file."""
    graph = Graph()
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    try:
        graph.parse(data=data, format=fmt)
    except Exception as err:  # rdflib raises many unrelated types for bad syntax
        message = " ".join(str(err).split())[:300] or type(err).__name__
        raise InputError(f"{path}: not valid {fmt}: {message}") from None
    return graph


def article_graph(doc, facts: list[Fact], fingerprint: str | None = None) -> Graph:
    """The Article node of a document and the facts extracted from it, as RDF.

    A fact stated twice in one article is one event with one piece of evidence: the most
    confident statement of it."""
    graph = Graph()
    Article(id=doc.id, title=doc.title, url=doc.url, publisher=doc.publisher, published=doc.published,
            fingerprint=fingerprint).to_rdf(graph)
    best: dict[str, Fact] = {}
    for fact in facts:
        if fact.id not in best or confidence(fact) > confidence(best[fact.id]):
            best[fact.id] = fact
    for fact in best.values():
        fact.to_rdf(graph)
    return graph


def confidence(fact: Fact) -> float:
    return max((e.confidence for e in fact.evidence), default=0.0)


def reference_graph() -> Graph:
    """States, organisations, office-holders and dated memberships from the shipped reference data."""
    graph = Graph()
    for row in reference.rows("states"):
        iri = node_iri("State", row["id"])
        graph.add((iri, RDF.type, KG.State))
        for name, column in (("id", "id"), ("name", "name"), ("officialName", "official_name"), ("iso2", "iso2"), ("capital", "capital"), ("unStatus", "un_status"), ("wikidata", "wikidata")):
            if row.get(column):
                graph.add((iri, KG[name], Literal(row[column])))
        wikidata_same_as(graph, iri, row.get("wikidata"))
    for row in reference.rows("organizations"):
        iri = node_iri("InternationalOrganization", row["id"])
        graph.add((iri, RDF.type, KG.InternationalOrganization))
        if row.get("kind") == "alliance":
            graph.add((iri, RDF.type, KG.Alliance))
        graph.add((iri, KG.isAlliance, Literal(row.get("kind") == "alliance")))
        for name in ("id", "name", "seat", "wikidata"):
            if row.get(name):
                graph.add((iri, KG[name], Literal(row[name])))
        wikidata_same_as(graph, iri, row.get("wikidata"))
    for row in reference.rows("leaders"):
        add_person(graph, row)
    source = Article(id=REFERENCE_SOURCE, title="kg reference data: memberships", publisher="kg")
    source.to_rdf(graph)
    for row in reference.rows("memberships"):
        when, precision = parse_partial_date(row["date"])
        evidence = Evidence(article=source.id, sentence=row.get("note") or None, extractor="kg-reference", confidence=1.0)
        fact = MembershipChange(
            subject=row["member"], object=row["organization"], action=row["action"],
            date=when, date_precision=precision, evidence=(evidence,),
        )
        fact.to_rdf(graph)
    return graph


def add_person(graph: Graph, row: dict) -> URIRef:
    """One office-holder's term as a Person node linked to the state by OFFICE."""
    from kg.model import slug

    key = f"{slug(row['name'])}-{row['state'].lower()}-{row.get('start') or 'unknown'}"
    iri = node_iri("Person", key)
    graph.add((iri, RDF.type, KG.Person))
    graph.add((iri, KG.id, Literal(key)))
    graph.add((iri, KG.name, Literal(row["name"])))
    if row.get("role"):
        graph.add((iri, KG.role, Literal(row["role"])))
    for name, column in (("termStart", "start"), ("termEnd", "end")):
        if row.get(column):
            graph.add((iri, KG[name], Literal(dt.date.fromisoformat(row[column]).isoformat(), datatype=XSD.date)))
    graph.add((iri, KG.office, node_iri(reference.actor_label(row["state"]), row["state"])))
    return iri
