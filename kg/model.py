"""Facts as pydantic models, with deterministic identities, and their RDF form.

A fact is an n-ary event (who did what to whom, about what, when) plus the evidence for it.
Its id is a hash of its normalised content, never of the article, so the same fact reported
by two articles is one node with two SOURCED_FROM links, and loading twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rdflib import OWL, RDF, SKOS, XSD, Graph, Literal as RDFLiteral, URIRef

from kg.ontology import ID, KG
from kg.reference import actor_label

Precision = Literal["day", "month", "year"]


def slug(text: str) -> str:
    """Lower-case, hyphen-separated form of a label: 'State Sponsor of Terrorism' -> 'state-sponsor-of-terrorism'."""
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-")


def short_hash(*parts: object) -> str:
    """A stable 16-hex-digit id from the parts' text."""
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def node_iri(label: str, key: str) -> URIRef:
    """The IRI of a node: one namespace per label, the key url-quoted."""
    from urllib.parse import quote

    return ID[f"{label}/{quote(key, safe='')}"]


def parse_partial_date(value: str | dt.date | None) -> tuple[dt.date | None, Precision | None]:
    """'2025-12-07' -> (date, 'day'); '2024-02' -> (2024-02-01, 'month'); '2025' -> (2025-01-01, 'year')."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.date):
        return value, "day"
    parts = str(value).split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), "month"
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1), "year"
    except ValueError as err:
        raise ValueError(f"not a real date: {value!r} ({err})") from None
    raise ValueError(f"not a date: {value!r}")


def format_partial_date(value: dt.date | None, precision: str | None) -> str | None:
    """The inverse of parse_partial_date: never shows more precision than the source gave."""
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


class Evidence(BaseModel):
    """Where a fact was read: the article, the sentence, its span, the extractor and its confidence."""

    model_config = ConfigDict(frozen=True)

    article: str
    sentence: str | None = None
    span: tuple[int, int] | None = None
    extractor: str = "manual"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Article(BaseModel):
    """A source document as stored: id, title, url, publisher, publication date, and the
    fingerprint of the text and extractor that produced its facts."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    fingerprint: str | None = None

    def to_rdf(self, graph: Graph) -> URIRef:
        iri = node_iri("Article", self.id)
        graph.add((iri, RDF.type, KG.Article))
        graph.add((iri, KG.id, RDFLiteral(self.id)))
        for name in ("title", "url", "publisher", "fingerprint"):
            if getattr(self, name):
                graph.add((iri, KG[name], RDFLiteral(getattr(self, name))))
        if self.published:
            graph.add((iri, KG.published, RDFLiteral(self.published, datatype=XSD.date)))
        return iri


class Fact(BaseModel):
    """An event between actors. Subclasses fix the kind, the node label and the allowed actions."""

    model_config = ConfigDict(frozen=True)

    kind: ClassVar[str]
    label: ClassVar[str]
    actions: ClassVar[tuple[str, ...]]

    subject: str
    object: str | None = None
    action: str
    date: dt.date | None = None
    date_precision: Precision | None = None
    evidence: tuple[Evidence, ...] = ()

    @field_validator("subject", "object")
    @classmethod
    def _upper_id(cls, value: str | None) -> str | None:
        return value.strip().upper() if value else None

    @field_validator("action")
    @classmethod
    def _known_action(cls, value: str) -> str:
        if value not in cls.actions:
            raise ValueError(f"action must be one of {', '.join(cls.actions)}")
        return value

    @model_validator(mode="after")
    def _fits_kind(self):
        if self.topic is not None and not slug(self.topic):
            raise ValueError(f"a {self.kind}'s designation or policy needs at least one letter or digit")
        if self.target_label is None and self.object:
            raise ValueError(f"a {self.kind} has no target")
        if self.target_label is not None:
            if not self.object:
                raise ValueError(f"a {self.kind} needs a target")
            if self.target_label != "Actor" and actor_label(self.object) != self.target_label:
                raise ValueError(f"the target of a {self.kind} must be an international organisation, not {self.object}")
        return self

    #: The kind of target the event takes: any actor, an organisation only, or none.
    target_label: ClassVar[str | None] = "Actor"

    @property
    def topic(self) -> str | None:
        """The designation or policy the fact is about, if its kind has one."""
        return None

    @property
    def id(self) -> str:
        """Deterministic id: a hash of the normalised fact (not of the article)."""
        return short_hash(
            self.kind, self.subject, self.object, self.action, slug(self.topic or ""),
            format_partial_date(self.date, self.date_precision),
        )

    def to_rdf(self, graph: Graph) -> URIRef:
        """Add this fact, its actors, its topic and its evidence to `graph`; return the event's IRI."""
        iri = node_iri(self.label, self.id)
        graph.add((iri, RDF.type, KG[self.label]))
        graph.add((iri, KG.id, RDFLiteral(self.id)))
        graph.add((iri, KG.action, RDFLiteral(self.action)))
        if self.date:
            graph.add((iri, KG.date, RDFLiteral(self.date, datatype=XSD.date)))
            graph.add((iri, KG.datePrecision, RDFLiteral(self.date_precision or "day")))
        graph.add((iri, KG.by, actor_to_rdf(graph, self.subject)))
        if self.object:
            graph.add((iri, KG.target, actor_to_rdf(graph, self.object)))
        self._topic_to_rdf(graph, iri)
        for evidence in self.evidence:
            evidence_to_rdf(graph, iri, self.id, evidence)
        return iri

    def _topic_to_rdf(self, graph: Graph, iri: URIRef) -> None:
        """Subclasses with a topic link it here."""


class DesignationChange(Fact):
    """An actor assigns or removes a designation ('direct threat') of a target."""

    kind: ClassVar[str] = "designation_change"
    label: ClassVar[str] = "DesignationChange"
    actions: ClassVar[tuple[str, ...]] = ("assigned", "removed")
    designation: str

    @property
    def topic(self) -> str:
        return self.designation

    def _topic_to_rdf(self, graph: Graph, iri: URIRef) -> None:
        concept = node_iri("Designation", slug(self.designation))
        graph.add((concept, RDF.type, KG.Designation))
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, KG.id, RDFLiteral(slug(self.designation))))
        graph.add((concept, KG.name, RDFLiteral(self.designation.casefold())))
        graph.add((concept, SKOS.prefLabel, RDFLiteral(self.designation.casefold(), lang="en")))
        graph.add((iri, KG.of, concept))


class MembershipChange(Fact):
    """A member joins, leaves, is suspended from, or applies to an organisation."""

    kind: ClassVar[str] = "membership_change"
    label: ClassVar[str] = "MembershipChange"
    actions: ClassVar[tuple[str, ...]] = ("joined", "left", "suspended", "applied", "readmitted")
    target_label: ClassVar[str | None] = "InternationalOrganization"


class PolicyIssuance(Fact):
    """An actor issues a policy document (a strategy, an executive order, a sanctions regime)."""

    kind: ClassVar[str] = "policy_issued"
    label: ClassVar[str] = "PolicyIssuance"
    actions: ClassVar[tuple[str, ...]] = ("issued",)
    target_label: ClassVar[str | None] = None
    action: str = "issued"
    policy: str

    @property
    def topic(self) -> str:
        return self.policy

    def _topic_to_rdf(self, graph: Graph, iri: URIRef) -> None:
        key = policy_id(self.subject, self.policy, self.date, self.date_precision)
        node = node_iri("Policy", key)
        graph.add((node, RDF.type, KG.Policy))
        graph.add((node, KG.id, RDFLiteral(key)))
        graph.add((node, KG.name, RDFLiteral(self.policy)))
        graph.add((iri, KG.of, node))


class SanctionChange(Fact):
    """An actor imposes sanctions on a target, or lifts them."""

    kind: ClassVar[str] = "sanction_change"
    label: ClassVar[str] = "SanctionChange"
    actions: ClassVar[tuple[str, ...]] = ("imposed", "lifted")


class Reaction(Fact):
    """An actor reacts positively or negatively to a target's act."""

    kind: ClassVar[str] = "reaction"
    label: ClassVar[str] = "Reaction"
    actions: ClassVar[tuple[str, ...]] = ("positive", "negative")


FACT_TYPES: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (DesignationChange, MembershipChange, PolicyIssuance, SanctionChange, Reaction)
}


#: Titles that name a kind of document, not one document: an issuer signs many executive
#: orders in a year, so these are told apart by their day.
GENERIC_TITLES = frozenset({"executive-order", "presidential-decree", "decree", "white-paper", "memorandum"})


def policy_id(issuer: str, title: str, when: dt.date | None, precision: str | None = None) -> str:
    """A policy is identified by its issuer, its title and its year: 'USA-national-security-strategy-2025';
    a generic title by its date, as precise as known: 'USA-executive-order-2025-01-20'."""
    name = slug(title)
    stamp = (format_partial_date(when, precision) if name in GENERIC_TITLES else str(when.year)) if when else ""
    return f"{issuer}-{name}" + (f"-{stamp}" if stamp else "")


def actor_to_rdf(graph: Graph, actor_id: str) -> URIRef:
    """Type an actor node by its id (state or organisation) so the batch validates on its own."""
    label = actor_label(actor_id)
    iri = node_iri(label, actor_id)
    graph.add((iri, RDF.type, KG[label]))
    graph.add((iri, KG.id, RDFLiteral(actor_id)))
    return iri


def evidence_to_rdf(graph: Graph, event: URIRef, event_id: str, evidence: Evidence) -> URIRef:
    """A kg:Evidence record linking an event to its article (becomes SOURCED_FROM in the graph)."""
    iri = ID[f"Evidence/{short_hash(event_id, evidence.article)}"]
    graph.add((iri, RDF.type, KG.Evidence))
    graph.add((iri, KG.supports, event))
    article = node_iri("Article", evidence.article)
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, KG.id, RDFLiteral(evidence.article)))
    graph.add((iri, KG.article, article))
    if evidence.sentence:
        graph.add((iri, KG.sentence, RDFLiteral(evidence.sentence)))
    if evidence.span:
        graph.add((iri, KG.spanStart, RDFLiteral(evidence.span[0], datatype=XSD.integer)))
        graph.add((iri, KG.spanEnd, RDFLiteral(evidence.span[1], datatype=XSD.integer)))
    graph.add((iri, KG.extractor, RDFLiteral(evidence.extractor)))
    graph.add((iri, KG.confidence, RDFLiteral(float(evidence.confidence), datatype=XSD.double)))
    return iri


def fact_from_extraction(record: dict, extractor: str) -> Fact:
    """Build a Fact from one `kg extract` JSON record (the extraction contract)."""
    cls = FACT_TYPES[record["kind"]]
    when, precision = parse_partial_date(record.get("date"))
    span = record.get("span")
    evidence = Evidence(
        article=str(record["source"]),
        sentence=record.get("evidence"),
        span=tuple(span) if span else None,
        extractor=extractor,
        confidence=record.get("confidence", 1.0),
    )
    fields = dict(
        subject=record["subject"], object=record.get("object"), date=when, date_precision=precision,
        evidence=(evidence,),
    )
    if cls is DesignationChange:
        fields["designation"] = record["designation"]
    if cls is PolicyIssuance:
        fields["policy"] = record["policy"]
    else:
        fields["action"] = record["action"]
    return cls(**fields)


def wikidata_same_as(graph: Graph, iri: URIRef, qid: str | None) -> None:
    """Link a node to its Wikidata entity with owl:sameAs."""
    if qid:
        graph.add((iri, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/{qid}")))
