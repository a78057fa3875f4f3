"""SHACL validation of RDF against the shipped shapes, with one readable line per problem."""

from __future__ import annotations

from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import ValidationError
from kg.ontology import KG, load_schema, local_name, ontology_text


@cache
def shapes() -> Graph:
    """The SHACL shapes graph (parsed once)."""
    graph = Graph()
    graph.parse(data=ontology_text("shapes.ttl"), format="turtle")
    return graph


def problems(data: Graph) -> list[str]:
    """Every SHACL violation in `data`, as 'node: property: message' lines (empty when valid)."""
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes(), inference="none", advanced=False)
    if conforms:
        return []
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        constraint = report.value(result, SH.sourceConstraintComponent)
        where = describe(data, focus)
        what = f"kg:{local_name(path)}" if isinstance(path, URIRef) else "value"
        why = str(message) if message else local_name(constraint)
        lines.append(f"{where}: {what}: {why}")
    return sorted(set(lines))


def describe(data: Graph, node) -> str:
    """A short name for a node in messages: its class and id when it has them."""
    types = sorted(data.objects(node, RDF.type))
    cls = next((t for t in types if (t, KG.keyProperty, None) in load_schema().graph), types[0] if types else None)
    key = data.value(node, KG.id)
    if cls is not None and key is not None:
        return f"{local_name(cls)} {key}"
    return str(node)


def check(data: Graph, source: str) -> None:
    """Raise ValidationError when `data` breaks the shapes: one line per problem, each naming `source`."""
    found = problems(data)
    if found:
        raise ValidationError("\n".join(f"{source}: {line}" for line in found))
