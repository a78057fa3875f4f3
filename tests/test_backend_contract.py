"""The contract every store keeps, run against each backend (embedded always, Neo4j when configured)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from kg.mapping import GraphBatch, to_batch, to_rdf
from kg.ontology import load_schema
from conftest import fixture_batch

FIXTURE_COUNTS = {
    "State": 6, "InternationalOrganization": 3, "Person": 1, "Designation": 3, "Policy": 1, "Article": 9,
    "DesignationChange": 6, "MembershipChange": 6, "PolicyIssuance": 1, "SanctionChange": 1, "Reaction": 2,
    "BY": 16, "TARGET": 15, "OF": 7, "OFFICE": 1, "SOURCED_FROM": 11,
}


def state_batch(**rows: dict) -> GraphBatch:
    """A batch of State rows given as id=properties, written as-is (explicit nulls included)."""
    batch = GraphBatch()
    batch.nodes["State"] = {key: {"id": key, **props} for key, props in rows.items()}
    return batch


def test_apply_schema_is_idempotent(backend):
    backend.apply_schema()
    backend.write(fixture_batch())
    backend.apply_schema()
    backend.apply_schema()
    assert backend.stats() == FIXTURE_COUNTS


def test_empty_store_counts_zero_for_every_schema_entry(backend):
    schema = load_schema()
    assert backend.stats() == {name: 0 for name in [*schema.nodes, *schema.rels]}


def test_write_then_stats_counts_every_label_and_type(backend):
    summary = backend.write(fixture_batch())
    assert backend.stats() == FIXTURE_COUNTS
    assert summary.nodes_created == 39
    assert summary.rels_created == 50


def test_writing_the_same_batch_twice_changes_nothing(backend):
    backend.write(fixture_batch())
    stats, everything = backend.stats(), backend.read_all()
    again = backend.write(fixture_batch())
    assert (again.nodes_created, again.rels_created) == (0, 0)
    assert backend.stats() == stats
    assert backend.read_all() == everything


def test_a_batch_over_partly_stored_rows_creates_only_the_missing_ones(backend):
    """Half of every label is stored first, without relationships; the full batch then adds the
    rest. New nodes, relationships from a new node, and relationships between two stored nodes
    must all come out as if the batch had been written once."""
    batch = fixture_batch()
    first = GraphBatch()
    first.nodes = {label: dict(list(rows.items())[::2]) for label, rows in batch.nodes.items()}
    stored = backend.write(first)
    rest = backend.write(fixture_batch())
    assert stored.nodes_created + rest.nodes_created == 39
    assert (stored.rels_created, rest.rels_created) == (0, 50)
    assert backend.stats() == FIXTURE_COUNTS
    assert backend.read_all() == batch


def test_empty_batch_writes_nothing(backend):
    summary = backend.write(GraphBatch())
    assert (summary.nodes_created, summary.rels_created) == (0, 0)
    assert sum(backend.stats().values()) == 0


def test_upsert_updates_a_changed_property_and_null_does_not_erase(backend):
    backend.write(state_batch(ZZZ={"name": "Old name", "capital": "Old capital"}))
    backend.write(state_batch(ZZZ={"name": "New name"}))
    backend.write(state_batch(ZZZ={"name": None, "capital": None, "iso2": "ZZ"}))
    rows = backend.query("MATCH (s:State {id: 'ZZZ'}) RETURN s.name, s.capital, s.iso2").rows
    assert rows == [["New name", "Old capital", "ZZ"]]
    assert backend.stats()["State"] == 1


def test_upsert_updates_relationship_properties(backend):
    batch = fixture_batch()
    backend.write(batch)
    key = next(k for k in batch.rels if k[0] == "SOURCED_FROM" and k[1] == "Reaction")
    pair = ("re-rus-usa-2025", "art-kremlin-welcomes")
    changed = GraphBatch()
    changed.rels[key] = {pair: {"confidence": 0.5, "sentence": None}}
    backend.write(changed)
    rows = backend.query(
        "MATCH (e:Reaction {id: $e})-[s:SOURCED_FROM]->(a:Article {id: $a}) RETURN s.confidence, s.sentence",
        {"e": pair[0], "a": pair[1]},
    ).rows
    assert rows == [[0.5, "The Kremlin welcomed the new strategy."]]
    assert backend.stats()["SOURCED_FROM"] == FIXTURE_COUNTS["SOURCED_FROM"]


def test_read_all_returns_exactly_what_was_written(backend):
    batch = fixture_batch()
    backend.write(batch)
    assert backend.read_all() == batch


def test_read_all_to_rdf_round_trip(backend):
    schema = load_schema()
    backend.write(fixture_batch())
    stored = backend.read_all()
    assert to_batch(to_rdf(stored, schema), schema) == stored


def test_dates_come_back_as_dates(backend):
    backend.write(fixture_batch())
    rows = backend.query("MATCH (e:DesignationChange {id: 'dc-rus-assigned-2024'}) RETURN e.date, e.datePrecision").rows
    assert rows == [[dt.date(2024, 6, 1), "month"]]
    assert type(rows[0][0]) is dt.date
    published = backend.query("MATCH (a:Article) RETURN a.published").rows
    assert {type(v) for (v,) in published} == {dt.date}
    person = backend.read_all().nodes["Person"]["marco-rubio-usa-2025-01-21"]
    assert type(person["termStart"]) is dt.date


def test_other_property_types_keep_their_python_types(backend):
    backend.write(fixture_batch())
    assert backend.query("MATCH (o:InternationalOrganization {id: 'NATO'}) RETURN o.isAlliance").rows == [[True]]
    rows = backend.query(
        "MATCH (:DesignationChange {id: 'dc-cub-removed-2025'})-[s:SOURCED_FROM]->() RETURN s.spanStart, s.spanEnd, s.confidence"
    ).rows
    assert rows == [[0, 45, 0.9]]
    assert [type(v) for v in rows[0]] == [int, int, float]


def test_query_with_parameters(backend):
    backend.write(fixture_batch())
    result = backend.query(
        "MATCH (e:DesignationChange)-[:TARGET]->(s:State) WHERE s.id = $id AND e.date >= $since RETURN e.id AS id ORDER BY id",
        {"id": "CUB", "since": dt.date(2025, 1, 1)},
    )
    assert result.columns == ["id"]
    assert result.rows == [["dc-cub-assigned-2025"], ["dc-cub-removed-2025"]]
    assert result.records() == [{"id": "dc-cub-assigned-2025"}, {"id": "dc-cub-removed-2025"}]


def test_a_parameter_value_is_data_never_cypher(backend):
    backend.write(fixture_batch())
    hostile = "x'}) DETACH DELETE n //"
    assert backend.query("MATCH (n:State {id: $id}) RETURN n.id", {"id": hostile}).rows == []
    assert backend.query("MATCH (n:State) WHERE n.name = $name RETURN n.id", {"name": hostile}).rows == []
    assert backend.stats() == FIXTURE_COUNTS


def test_a_hostile_value_is_stored_verbatim(backend):
    hostile = "x'}) DETACH DELETE n // \"; MATCH (m) DELETE m"
    backend.write(fixture_batch())
    backend.write(state_batch(ZZZ={"name": hostile}))
    assert backend.query("MATCH (n:State {id: 'ZZZ'}) RETURN n.name").rows == [[hostile]]
    assert backend.stats()["State"] == FIXTURE_COUNTS["State"] + 1


def test_clear_removes_everything(backend):
    backend.write(fixture_batch())
    backend.clear()
    assert sum(backend.stats().values()) == 0


def test_an_older_embedded_store_gains_new_ontology_columns_and_stays_aligned(tmp_path):
    """A store made before a property existed gets the column on the next `apply_schema`;
    the column is appended, and COPY must still put every value in its own column."""
    from kg.backends.embedded import EmbeddedBackend

    store = EmbeddedBackend(load_schema(), tmp_path / "old.lbdb")
    try:
        for statement in store.schema_statements():  # the schema as it was before Article.fingerprint
            store.query(statement.replace("fingerprint STRING, ", ""))
        store.apply_schema()
        batch = GraphBatch()
        batch.add_node("Article", {"id": "a1", "title": "T", "url": "https://example.org/a1", "publisher": "P",
                                   "published": dt.date(2025, 5, 1), "fingerprint": "f1"})
        store.write(batch)
        row = store.query("MATCH (a:Article) RETURN a.id, a.title, a.url, a.publisher, a.published, a.fingerprint").rows
        assert row == [["a1", "T", "https://example.org/a1", "P", dt.date(2025, 5, 1), "f1"]]
    finally:
        store.close()


@pytest.mark.parametrize("path", ["CREATE", "COPY"])
def test_embedded_commit_survives_the_writer_dying_before_close(tmp_path, path):
    """A write is durable once `write` returns, even if the process dies without closing the
    store, whether its rows went in with CREATE (small writes) or COPY (large ones).
    (Deferring LadybugDB's checkpoints made loads twice as fast and lost exactly this: COPY
    data is not in its write-ahead log, so a crash dropped every committed source.)"""
    from kg.backends.embedded import EmbeddedBackend

    small_write = 0 if path == "COPY" else 10_000
    path = tmp_path / "g.lbdb"
    writer = (
        "import os, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from conftest import fixture_batch\n"
        "from kg.ontology import load_schema\n"
        "from kg.backends import embedded\n"
        f"embedded.SMALL_WRITE = {small_write}\n"
        "from kg.backends.embedded import EmbeddedBackend\n"
        f"store = EmbeddedBackend(load_schema(), {str(path)!r})\n"
        "store.apply_schema()\n"
        "store.write(fixture_batch())\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", writer], check=True, timeout=120)
    store = EmbeddedBackend(load_schema(), path)
    try:
        counts = store.stats()
    finally:
        store.close()
    assert counts["Article"] == len(fixture_batch().nodes["Article"]) > 0
    assert counts["SOURCED_FROM"] == sum(len(rows) for (name, _, _), rows in fixture_batch().rels.items() if name == "SOURCED_FROM")


def test_split_batches_hold_every_row_once_with_nodes_first():
    batch = fixture_batch()
    parts = list(batch.split(5))
    assert all(sum(part.counts()) <= 5 for part in parts)
    merged = GraphBatch()
    for part in parts:
        merged.merge(part)
    assert merged == batch
    seen_rel = False
    for part in parts:
        nodes, rels = part.counts()
        assert not (seen_rel and nodes), "a node came after a relationship"
        seen_rel = seen_rel or rels > 0


def test_neo4j_write_falls_back_to_merge_when_another_client_creates_a_key_first():
    """kg looks a batch's keys up and CREATEs the missing ones. Another transaction creates one of
    them in between (here: before kg's write, committed only while kg waits on the key's lock):
    the constraint refuses kg's CREATE and the write is done again through MERGE, without error."""
    import threading

    from conftest import make_backend

    store = make_backend("neo4j", Path("."))
    try:
        with store.driver.session(database=store.database) as session:
            tx = session.begin_transaction()
            tx.run("CREATE (:State {id: 'ZZZ', name: 'Theirs'})").consume()
            timer = threading.Timer(1.0, tx.commit)
            timer.start()
            summary = store.write(state_batch(ZZZ={"name": "Ours"}, ZZY={"name": "New"}))
            timer.join()
        rows = store.query("MATCH (s:State) RETURN s.id, s.name ORDER BY s.id").rows
        assert rows == [["ZZY", "New"], ["ZZZ", "Ours"]]
        assert summary.nodes_created == 1
    finally:
        store.close()
