"""Property tests: random text, bytes and RDF never crash the extractor or a loader; each
gives a valid result or a clean KGError."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.ingest import read_rdf
from kg.loaders.extract import extract
from kg.loaders.sources import Document, iter_sources
from kg.mapping import to_batch
from kg.model import fact_from_extraction
from kg.ontology import load_schema
from kg.validate import check

KINDS = {"designation_change", "membership_change", "policy_issued", "sanction_change", "reaction"}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Words that steer random text towards the extractor's triggers and gazetteer.
VOCABULARY = [
    "Russia", "the United States", "Washington", "Moscow", "NATO", "the EU", "Brussels", "China", "Iran",
    "imposed", "lifted", "sanctions", "on", "joined", "left", "withdrew", "from", "designated", "as", "a",
    "state sponsor of terrorism", "welcomed", "condemned", "the move", "did not", "could", "on Monday",
    "in March 2024", "said", "the Kremlin", "National Security Strategy", "published", ".", ",", "?", "\u2019s",
]
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=40).map(" ".join)
text = st.one_of(st.text(max_size=400), sentences)


def assert_valid_facts(facts: list[dict], source: str, text_length: int) -> None:
    for fact in facts:
        assert fact["kind"] in KINDS
        assert fact["source"] == source
        assert 0.0 <= fact["confidence"] <= 1.0
        start, end = fact["span"]
        assert 0 <= start <= end <= text_length
        fact_from_extraction(fact, "fuzz")  # the model accepts every fact the extractor emits


@FUZZ
@given(body=text, published=st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_extractor_returns_valid_facts_for_any_text(body, published):
    doc = Document(id="fuzz", title=None, published=published, url=None, publisher=None, text=body, path=None)
    assert_valid_facts(extract(doc), "fuzz", len(body))


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".rss", ".atom"]))
def test_any_bytes_give_documents_or_a_clean_error(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    for source in iter_sources([str(path)]):
        try:
            for doc in source.documents():
                assert isinstance(doc.text, str)
                assert_valid_facts(extract(doc), doc.id, len(doc.text))
        except KGError as err:
            assert str(err).startswith(str(path)) and "\n" not in str(err)


@FUZZ
@given(records=st.lists(st.one_of(st.dictionaries(st.sampled_from(["id", "title", "published", "text", "url"]), st.one_of(st.none(), st.text(max_size=50), st.integers())), sentences.map(lambda s: {"id": "x", "text": s})), max_size=5))
def test_any_json_lines_give_documents_or_a_line_error(tmp_path, records):
    path = tmp_path / "random.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    try:
        for source in iter_sources([str(path)]):
            for doc in source.documents():
                extract(doc)
    except KGError as err:
        assert "\n" not in str(err)


turtle_terms = st.sampled_from([
    "<https://w3id.org/kg-ir/id/State/USA>", "<https://w3id.org/kg-ir/id/X/1>", "kg:State", "kg:DesignationChange",
    "kg:id", "kg:by", "kg:target", "kg:action", "kg:date", "a", '"USA"', '"assigned"', '"2025-02-30"^^xsd:date',
    '"2025-01-01"^^xsd:date', '"x"', "kg:Evidence", "kg:supports", "kg:confidence", '"2"^^xsd:double', "[]",
])
turtle = st.lists(st.tuples(turtle_terms, turtle_terms, turtle_terms), max_size=12).map(
    lambda triples: "@prefix kg: <https://w3id.org/kg-ir/ontology#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    + "\n".join(" ".join(t) + " ." for t in triples)
)


@FUZZ
@given(document=st.one_of(turtle, st.text(max_size=300)))
def test_any_turtle_maps_or_fails_cleanly(tmp_path, document):
    path = tmp_path / "random.ttl"
    path.write_text(document, encoding="utf-8")
    try:
        graph = read_rdf(str(path), "turtle")
        check(graph, str(path))
        to_batch(graph, load_schema())
    except KGError as err:
        assert str(err)
