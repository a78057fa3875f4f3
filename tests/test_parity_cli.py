"""The same sources loaded into the embedded store and into Neo4j give identical
`kg query run ... --format json` output for every prepared query."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from conftest import ROOT, make_backend, require_neo4j
from kg import queries
from kg.cli import cli as kg_cli

SOURCES = [str(ROOT / "examples" / "articles"), str(ROOT / "examples" / "designations-2025.ttl")]
PARAMS = {
    "designations-changed": ["-p", "year", "2025"],
    "designations-current": ["-p", "as_of", "2025-06-01"],
    "designation-history": ["-p", "designation", "state sponsor of terrorism"],
    "memberships": ["-p", "organization", "NATO", "-p", "as_of", "2024-03-07"],
    "membership-changes": ["-p", "year", "2025"],
    "state-profile": ["-p", "state", "USA"],
    "policies": ["-p", "year", "2025"],
    "reactions": ["-p", "to", "USA"],
    "timeline": ["-p", "a", "USA", "-p", "b", "CUB"],
    "evidence": ["-p", "actor", "RUS"],
}


@pytest.fixture(scope="module")
def both_stores(tmp_path_factory):
    require_neo4j()
    folder = tmp_path_factory.mktemp("parity")
    make_backend("neo4j", folder).close()  # empty Neo4j with the schema applied
    runner = CliRunner(env={"KG_STORE": str(folder / "g.lbdb")})
    for backend in ("embedded", "neo4j"):
        for command in (["init"], ["load", *SOURCES]):
            result = runner.invoke(kg_cli, [*command, "--backend", backend], catch_exceptions=False)
            assert result.exit_code == 0, result.output
    return runner


def test_every_prepared_query_has_parity_parameters():
    assert set(PARAMS) == set(queries.catalog())


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_prepared_query_json_is_identical_on_both_backends(both_stores, name):
    outputs = {}
    for backend in ("embedded", "neo4j"):
        result = both_stores.invoke(kg_cli, ["query", "run", name, *PARAMS[name], "--format", "json", "--backend", backend])
        assert result.exit_code == 0, result.output
        outputs[backend] = result.stdout
    assert outputs["embedded"] == outputs["neo4j"]
    assert outputs["embedded"].strip() != "[]" or name in ("designations-current",)


def stats(runner, backend: str) -> str:
    result = runner.invoke(kg_cli, ["stats", "--format", "json", "--backend", backend])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sync_to_neo4j_is_idempotent_and_replace_gives_an_exact_copy(both_stores):
    result = both_stores.invoke(kg_cli, ["sync", "--to", "neo4j"])
    assert result.exit_code == 0, result.output
    assert "0 nodes and 0 relationships were new" in result.stdout
    result = both_stores.invoke(kg_cli, ["sync", "--to", "neo4j", "--replace"])
    assert result.exit_code == 0, result.output
    assert stats(both_stores, "neo4j") == stats(both_stores, "embedded")


def test_sync_in_small_transactions_gives_the_same_copy(both_stores, monkeypatch):
    """Large graphs go to Neo4j in several transactions; the copy is the same however they are cut."""
    from kg.cli import store as store_commands

    monkeypatch.setattr(store_commands, "SYNC_ROWS", 7)
    result = both_stores.invoke(kg_cli, ["sync", "--to", "neo4j", "--replace"])
    assert result.exit_code == 0, result.output
    assert stats(both_stores, "neo4j") == stats(both_stores, "embedded")
