"""The schema derived from ontology/irkg.ttl, and that queries and shapes use only its terms."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal
from rdflib.namespace import SH

from kg.backends.embedded import EmbeddedBackend
from kg.mapping import to_batch
from kg.model import node_iri
from kg.ontology import GRAPH_TYPES, KG, load_schema, ontology_text, upper_snake
from kg.validate import shapes

REQUIRED_LABELS = {
    "State", "InternationalOrganization", "Policy", "Designation", "DesignationChange", "MembershipChange",
    "PolicyIssuance", "SanctionChange", "Reaction", "Person", "Article",
}
NODE_PATTERN = re.compile(r"\(\s*\w*\s*:\s*(\w+)")
REL_PATTERN = re.compile(r"\[\s*\w*\s*:\s*([\w|:\s]+?)\s*[\]{*]")


@pytest.fixture(scope="module")
def schema():
    return load_schema()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    graph.parse(data=ontology_text(), format="turtle")
    return graph


def cypher_files():
    return sorted((p for p in files("kg.queries").iterdir() if p.name.endswith(".cypher")), key=lambda p: p.name)


def test_required_labels_are_derived(schema):
    assert REQUIRED_LABELS <= set(schema.nodes)


def test_every_label_has_a_key_that_is_its_first_property(schema):
    for node in schema.nodes.values():
        assert node.key == "id"
        assert node.properties[0].name == node.key, node.label


def test_abstract_classes_are_not_labels(schema):
    assert not {"Actor", "Event", "Evidence", "Alliance"} & set(schema.nodes)


def test_alliance_is_flattened_into_an_is_alliance_flag(schema):
    org = schema.nodes["InternationalOrganization"]
    assert org.flags == ((KG.Alliance, "isAlliance"),)
    assert org.property("isAlliance").graph_type == "BOOLEAN"


def test_a_node_typed_only_as_alliance_maps_to_an_organisation_with_the_flag(schema):
    graph = Graph()
    iri = node_iri("InternationalOrganization", "CSTO")
    graph.add((iri, RDF.type, KG.Alliance))
    graph.add((iri, KG.id, Literal("CSTO")))
    batch = to_batch(graph, schema)
    assert batch.nodes == {"InternationalOrganization": {"CSTO": {"id": "CSTO", "isAlliance": True}}}


def test_every_object_property_is_an_upper_snake_relationship_type(schema, ontology):
    qualified = {ontology.value(c, KG.fromProperty) for c in ontology.subjects(KG.relationshipType, None)}
    qualified |= {ontology.value(c, KG.toProperty) for c in ontology.subjects(KG.relationshipType, None)}
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        if prop in qualified:
            continue
        name = upper_snake(str(prop).rsplit("#", 1)[1])
        assert name in schema.rels, prop
        assert schema.rels[name].iri == prop
    for name, rel in schema.rels.items():
        assert re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", name), name
        assert rel.pairs, f"{name} connects no labels"
        for a, b in rel.pairs:
            assert {a, b} <= set(schema.nodes), (name, a, b)


def test_relationship_types_and_their_ends(schema):
    assert set(schema.rels) == {"BY", "TARGET", "OF", "OFFICE", "SOURCED_FROM"}
    assert upper_snake("memberOf") == "MEMBER_OF"
    assert set(schema.rels["OF"].pairs) == {
        (a, b) for a in ("DesignationChange", "PolicyIssuance") for b in ("Designation", "Policy")
    }
    sourced = schema.rels["SOURCED_FROM"]
    assert {b for _, b in sourced.pairs} == {"Article"}
    assert {a for a, _ in sourced.pairs} == {"DesignationChange", "MembershipChange", "PolicyIssuance", "SanctionChange", "Reaction"}
    assert [p.name for p in sourced.properties] == ["confidence", "extractor", "sentence", "spanEnd", "spanStart"]


def test_every_property_has_an_xsd_type_with_a_graph_type(schema, ontology):
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        assert ontology.value(prop, RDFS.range) in GRAPH_TYPES, prop
    props = [p for n in schema.nodes.values() for p in n.properties] + [p for r in schema.rels.values() for p in r.properties]
    for prop in props:
        assert prop.graph_type in {"STRING", "DATE", "DOUBLE", "INT64", "BOOLEAN"}, prop.name
    assert schema.nodes["DesignationChange"].property("date").graph_type == "DATE"


def test_embedded_ddl_names_only_schema_terms(schema, tmp_path):
    store = EmbeddedBackend(schema, tmp_path / "g.lbdb")
    try:
        ddl = store.schema_statements()
    finally:
        store.close()
    tables = {re.match(r"CREATE (?:NODE|REL) TABLE IF NOT EXISTS (\w+)", s).group(1) for s in ddl}
    assert tables == set(schema.nodes) | set(schema.rels)


def labels_and_types(text: str) -> tuple[set[str], set[str]]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    labels = set(NODE_PATTERN.findall(body))
    types = {t.strip() for group in REL_PATTERN.findall(body) for t in re.split(r"[|:]", group) if t.strip()}
    return labels, types


def test_the_pattern_parser_finds_labels_and_types():
    labels, types = labels_and_types("MATCH (a:State {id: 1})-[r:BY|:TARGET]->(:Article), (x)-[:OF*1..2]->(y)")
    assert (labels, types) == ({"State", "Article"}, {"BY", "TARGET", "OF"})


@pytest.mark.parametrize("path", cypher_files(), ids=lambda p: p.name)
def test_cypher_files_use_only_schema_labels_and_types(schema, path):
    labels, types = labels_and_types(path.read_text(encoding="utf-8"))
    assert labels or types, f"{path.name}: no label or relationship type found (parser broken?)"
    assert labels <= set(schema.nodes), f"{path.name}: unknown labels {labels - set(schema.nodes)}"
    assert types <= set(schema.rels), f"{path.name}: unknown relationship types {types - set(schema.rels)}"


def test_shapes_reference_only_terms_the_ontology_defines(ontology):
    defined = {
        s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in ontology.subjects(RDF.type, kind)
    }
    shape_graph = shapes()
    shape_nodes = set(shape_graph.subjects(RDF.type, SH.NodeShape))
    used = {
        o for p in (SH.targetClass, SH.path, SH["class"]) for o in shape_graph.objects(None, p)
    }
    kg_terms = {t for t in shape_graph.all_nodes() if str(t).startswith(str(KG))} - shape_nodes
    assert used, "no targets, paths or classes found in the shapes"
    assert used <= defined, f"shapes use undefined terms: {sorted(used - defined)}"
    assert kg_terms <= defined, f"shapes mention undefined kg terms: {sorted(kg_terms - defined)}"


def test_every_node_label_has_a_shape(ontology, schema):
    targets = set(shapes().objects(None, SH.targetClass))
    assert {n.iri for n in schema.nodes.values()} <= targets
