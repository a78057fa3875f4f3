"""Loading an article again after its text or the extractor changed replaces what it said
before, on every store: facts it no longer states leave, facts other sources attest stay."""

from __future__ import annotations

import json
from pathlib import Path

from kg import loading
from kg.ingest import article_graph
from kg.loaders.sources import Document
from kg.loading import load
from kg.mapping import to_batch
from kg.model import fact_from_extraction
from kg.ontology import load_schema

FIRST = {
    "id": "wire-0412",
    "published": "2025-04-12",
    "title": "Bloc admits Togo; Ottawa unveils Arctic plan",
    "text": (
        "Togo joined ECOWAS on 9 April 2025, officials in Lome said.\n\n"
        "Canada on Friday issued its Arctic Foreign Policy, a document that sets out its northern priorities.\n\n"
        "The United States imposed sanctions on Venezuela on 10 April 2025."
    ),
}
# The same wire story, corrected: the accession date was wrong, and the other two items were cut.
CORRECTED = {**FIRST, "text": "Togo joined ECOWAS on 8 April 2025, officials in Lome said."}
OTHER = {
    "id": "wire-0413",
    "published": "2025-04-13",
    "title": "Sanctions on Caracas",
    "text": "The United States imposed sanctions on Venezuela on 10 April 2025.",
}


def write_jsonl(path: Path, *articles: dict) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def events(store) -> set[tuple]:
    """Every stored event as (label, subject, target or policy, date as text)."""
    found = set()
    for label in store.schema.event_labels:
        cypher = (
            f"MATCH (e:{label})-[:BY]->(s:State) OPTIONAL MATCH (e)-[:TARGET]->(t:State) "
            f"OPTIONAL MATCH (e)-[:TARGET]->(o:InternationalOrganization) OPTIONAL MATCH (e)-[:OF]->(p:Policy) "
            "RETURN s.id, t.id, o.id, p.name, e.date"
        )
        for subject, state, org, policy, date in store.query(cypher).rows:
            found.add((label, subject, state or org or policy, str(date)))
    return found


def sources_of(store, label: str) -> list[str]:
    return sorted(r[0] for r in store.query(f"MATCH (:{label})-[:SOURCED_FROM]->(a:Article) RETURN a.id").rows)


def test_a_corrected_article_replaces_its_facts_and_drops_what_it_no_longer_says(backend, tmp_path):
    load(backend, [write_jsonl(tmp_path / "first.jsonl", FIRST)])
    assert events(backend) == {
        ("MembershipChange", "TGO", "ECOWAS", "2025-04-09"),
        ("PolicyIssuance", "CAN", "Arctic Foreign Policy", "2025-04-11"),
        ("SanctionChange", "USA", "VEN", "2025-04-10"),
    }
    [outcome] = load(backend, [write_jsonl(tmp_path / "corrected.jsonl", CORRECTED)])
    assert outcome.retracted == 3 and outcome.error is None
    assert events(backend) == {("MembershipChange", "TGO", "ECOWAS", "2025-04-08")}
    assert backend.query("MATCH (p:Policy) RETURN count(p)").rows == [[0]]
    assert backend.query("MATCH (a:Article {id: 'wire-0412'}) RETURN count(a)").rows == [[1]]


def test_a_fact_another_article_also_states_keeps_that_evidence(backend, tmp_path):
    load(backend, [write_jsonl(tmp_path / "both.jsonl", FIRST, OTHER)])
    assert sources_of(backend, "SanctionChange") == ["wire-0412", "wire-0413"]
    [outcome] = load(backend, [write_jsonl(tmp_path / "both.jsonl", CORRECTED, OTHER)])
    assert outcome.unchanged == 1
    assert outcome.retracted == 2  # the old accession date and the policy; the sanction stays
    assert sources_of(backend, "SanctionChange") == ["wire-0413"]
    assert ("SanctionChange", "USA", "VEN", "2025-04-10") in events(backend)


def test_evidence_from_another_extractor_for_the_same_article_stays(backend, tmp_path):
    doc = Document(FIRST["id"], FIRST["title"], None, None, None, FIRST["text"], None)
    analyst = fact_from_extraction(
        {"kind": "sanction_change", "subject": "GBR", "object": "VEN", "action": "imposed", "date": "2025-04-10",
         "source": FIRST["id"], "evidence": "An analyst's reading.", "confidence": 1.0},
        "analyst-desk/1",
    )
    backend.write(to_batch(article_graph(doc, [analyst]), load_schema()))
    load(backend, [write_jsonl(tmp_path / "first.jsonl", FIRST)])
    load(backend, [write_jsonl(tmp_path / "corrected.jsonl", CORRECTED)])
    assert ("SanctionChange", "GBR", "VEN", "2025-04-10") in events(backend)
    assert ("SanctionChange", "USA", "VEN", "2025-04-10") not in events(backend)


def test_new_rules_that_find_the_same_facts_change_nothing(backend, tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "first.jsonl", FIRST)
    load(backend, [path])
    stats, everything = backend.stats(), backend.read_all()
    monkeypatch.setattr(loading, "extractor_digest", lambda: "rules-edited")
    [outcome] = load(backend, [path])
    assert outcome.unchanged == 0 and outcome.retracted == 3  # withdrawn and written back in one transaction
    assert backend.stats() == stats
    everything.nodes["Article"][FIRST["id"]]["fingerprint"] = backend.read_all().nodes["Article"][FIRST["id"]]["fingerprint"]
    assert backend.read_all() == everything
