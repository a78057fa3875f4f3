"""BI connectivity through a real JDBC client: plain SQL, as a BI tool sends it, through the
Neo4j JDBC driver with SQL translation (bi/jdbc-check) returns the rows of the matching
prepared query on the same Neo4j graph."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT, load_fixture, make_backend, require_neo4j
from kg import queries

JAR = ROOT / "bi" / "jdbc-check" / "target" / "jdbc-check.jar"


@pytest.fixture
def neo4j_graph(tmp_path):
    require_neo4j()
    if not JAR.exists():
        if os.environ.get("KG_REQUIRE_NEO4J"):
            pytest.fail(f"{JAR} is missing: .ci/run builds it with `make jdbc-check`")
        pytest.skip("the JDBC check is not built: run `make jdbc-check` (needs Java 17 and Maven)")
    store = load_fixture(make_backend("neo4j", tmp_path))
    yield store
    store.close()


def sql(statement: str) -> list[dict]:
    """Run SQL through the JDBC driver, the way a BI tool does; rows as dicts."""
    java = shutil.which("java") or "java"
    result = subprocess.run([java, "-jar", str(JAR), "--sql", statement], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def prepared(store, name: str, **params) -> list[dict]:
    query = queries.get(name)
    rows = store.query(query.text_for(store.name), query.bind(params)).records()
    return [{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()} for row in rows]


def project(rows: list[dict], columns: list[str]) -> list[tuple]:
    return sorted(tuple(row[c] for c in columns) for row in rows)


def test_sql_over_jdbc_matches_designations_changed(neo4j_graph):
    expected = prepared(neo4j_graph, "designations-changed", year="2025")
    assert expected, "the fixture has designation changes in 2025"
    rows = sql(
        "SELECT d.date AS date, a.id AS actor, d.action AS action, t.id AS target "
        "FROM DesignationChange d NATURAL JOIN BY r1 NATURAL JOIN State a, "
        "DesignationChange d2 NATURAL JOIN TARGET r2 NATURAL JOIN State t "
        "WHERE d.id = d2.id AND d.date >= DATE '2025-01-01' AND d.date < DATE '2026-01-01' ORDER BY d.date"
    )
    columns = ["date", "actor", "action", "target"]
    assert project(rows, columns) == sorted(set(project(expected, columns)))


def test_sql_over_jdbc_matches_membership_changes(neo4j_graph):
    expected = prepared(neo4j_graph, "membership-changes", year="2024")
    assert expected
    rows = sql(
        "SELECT m.date AS date, s.id AS member, m.action AS action, o.id AS organization "
        "FROM MembershipChange m NATURAL JOIN BY r NATURAL JOIN State s, "
        "MembershipChange m2 NATURAL JOIN TARGET r2 NATURAL JOIN InternationalOrganization o "
        "WHERE m.id = m2.id AND m.date >= DATE '2024-01-01' AND m.date < DATE '2025-01-01'"
    )
    columns = ["date", "member", "action", "organization"]
    assert project(rows, columns) == sorted(set(project(expected, columns)))


def test_flat_event_table_has_native_dates_and_typed_columns(neo4j_graph):
    rows = sql("SELECT id, action, date, datePrecision FROM DesignationChange ORDER BY date")
    assert rows and all(set(row) == {"id", "action", "date", "datePrecision"} for row in rows)
    for row in rows:
        if row["date"] is not None:
            dt.date.fromisoformat(row["date"])  # a DATE column, printed by JDBC as ISO
