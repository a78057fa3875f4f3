"""The second line of read-only defence: the store itself refuses writes sent down the read
path (a read-only LadybugDB handle, a Neo4j read transaction), whatever the lexical check misses."""

from __future__ import annotations

import pytest

from kg.backends.embedded import EmbeddedBackend
from kg.errors import StoreError
from kg.ontology import load_schema

WRITES = [
    "CREATE (:State {id: 'ZZZ'})",
    "MATCH (n:State) SET n.name = 'changed'",
    "MATCH (n) DETACH DELETE n",
]


def read_only_view(backend, tmp_path):
    """The same store, opened for reading only, as `kg cypher` and `kg query` open it."""
    if backend.name == "embedded":
        backend.close()
        return EmbeddedBackend(load_schema(), tmp_path / "g.lbdb", read_only=True)
    return backend  # Neo4j: every query() runs in a read transaction


@pytest.mark.parametrize("cypher", WRITES)
def test_the_store_refuses_writes_on_the_read_path(fixture_graph, tmp_path, cypher):
    before = fixture_graph.stats()
    reader = read_only_view(fixture_graph, tmp_path)
    with pytest.raises(StoreError):
        reader.query(cypher)
    assert reader.stats() == before
    reader.close()
