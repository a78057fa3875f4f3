"""Every fact the pydantic models accept turns into RDF that conforms to the SHACL shapes,
and the models refuse what the shapes refuse. This is why article loads can rely on the
models instead of running pyshacl per article (kg/loading.py)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from rdflib import Graph

from kg.ingest import article_graph
from kg.model import FACT_TYPES, fact_from_extraction
from kg.ontology import KG
from kg.reference import organization_ids, state_ids
from kg.validate import problems

actors = st.sampled_from(sorted(state_ids()) + sorted(organization_ids()))
organizations = st.sampled_from(sorted(organization_ids()))
dates = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.integers(min_value=1900, max_value=2100).map(str),
)
label = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs")), min_size=1, max_size=40).filter(lambda s: s.strip())


@st.composite
def records(draw):
    kind = draw(st.sampled_from(sorted(FACT_TYPES)))
    record = {
        "kind": kind,
        "subject": draw(actors),
        "object": None if kind == "policy_issued" else draw(organizations if kind == "membership_change" else actors),
        "action": draw(st.sampled_from(FACT_TYPES[kind].actions)),
        "designation": draw(label) if kind == "designation_change" else None,
        "policy": draw(label) if kind == "policy_issued" else None,
        "date": draw(dates),
        "source": draw(st.text(min_size=1, max_size=30)),
        "evidence": draw(st.text(max_size=80)),
        "span": sorted(draw(st.tuples(st.integers(0, 5000), st.integers(0, 5000)))),
        "confidence": draw(st.floats(min_value=0.0, max_value=1.0)),
    }
    return record


@settings(max_examples=25, deadline=None)
@given(batch=st.lists(records(), min_size=1, max_size=8))
def test_every_valid_fact_conforms_to_the_shapes(batch):
    graph = Graph()
    by_article = defaultdict(list)
    for record in batch:
        by_article[record["source"]].append(fact_from_extraction(record, "test"))
    for source, facts in by_article.items():
        graph += article_graph(SimpleNamespace(id=source, title=None, url=None, publisher=None, published=None), facts)
    assert problems(graph) == []


@pytest.mark.parametrize(
    "change",
    [
        {"action": "maybe"},
        {"date": "2025-02-30"},
        {"confidence": 1.5},
        {"kind": "reaction", "action": "assigned"},
        {"designation": "\u2019 \u2014"},
        {"kind": "membership_change", "action": "joined", "object": "SWE"},
        {"object": None},
    ],
)
def test_the_models_refuse_what_the_shapes_refuse(change):
    record = {
        "kind": "designation_change", "subject": "USA", "object": "RUS", "action": "removed",
        "designation": "direct threat", "date": "2025-12-07", "source": "a", "evidence": "s",
        "span": [0, 1], "confidence": 0.9, **change,
    }
    with pytest.raises((ValidationError, ValueError)):
        fact_from_extraction(record, "test")


def test_a_fact_stated_twice_in_one_article_keeps_its_most_confident_evidence():
    record = {
        "kind": "membership_change", "subject": "AFG", "object": "AES", "action": "left", "date": "2000-01-01",
        "source": "a", "evidence": "s", "span": [0, 1], "confidence": 0.4,
    }
    facts = [fact_from_extraction(record, "test"), fact_from_extraction({**record, "confidence": 0.9}, "test")]
    graph = article_graph(SimpleNamespace(id="a", title=None, url=None, publisher=None, published=None), facts)
    assert problems(graph) == []
    assert sorted(float(o) for o in graph.objects(None, KG.confidence)) == [0.9]


def test_generic_policy_titles_are_told_apart_by_their_date():
    """Every executive order a president signs in a year would otherwise be one Policy node."""
    from kg.model import policy_id

    jan, feb = dt.date(2025, 1, 20), dt.date(2025, 2, 6)
    assert policy_id("USA", "Executive Order", jan) != policy_id("USA", "Executive Order", feb)
    assert policy_id("USA", "Executive Order", jan) == "USA-executive-order-2025-01-20"
    assert policy_id("USA", "Executive Order", jan, "month") == "USA-executive-order-2025-01"
    assert policy_id("USA", "National Security Strategy", jan) == policy_id("USA", "National Security Strategy", feb)
