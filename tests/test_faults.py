"""Faults with real processes: a load killed mid-way, two loads at once, secrets kept secret."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import require_neo4j

KG = [sys.executable, "-m", "kg"]


def run_kg(*args: str, store: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "KG_STORE": str(store), "KG_BACKEND": "embedded", **(env or {})}
    return subprocess.run([*KG, *args], capture_output=True, text=True, env=full_env, timeout=timeout)


def stats(store: Path) -> dict[str, int]:
    result = run_kg("stats", "--format", "json", store=store)
    assert result.returncode == 0, result.stderr
    return {row["name"]: row["count"] for row in json.loads(result.stdout)}


def big_turtle(path: Path, events: int) -> Path:
    """A valid Turtle file with many designation changes, each with its own article."""
    lines = [
        "@prefix kg: <https://w3id.org/kg-ir/ontology#> .",
        "@prefix id: <https://w3id.org/kg-ir/id/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        'id:State\\/USA a kg:State ; kg:id "USA" .',
        'id:State\\/RUS a kg:State ; kg:id "RUS" .',
        'id:Designation\\/d a kg:Designation ; kg:id "d" ; kg:name "d" .',
    ]
    for i in range(events):
        day = f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}"
        lines.append(
            f'id:DesignationChange\\/e{i} a kg:DesignationChange ; kg:id "e{i}" ; kg:action "assigned" ; '
            f'kg:date "{day}"^^xsd:date ; kg:by id:State\\/USA ; kg:target id:State\\/RUS ; kg:of id:Designation\\/d .'
        )
        lines.append(f'id:Article\\/a{i} a kg:Article ; kg:id "a{i}" .')
        lines.append(f'[] a kg:Evidence ; kg:supports id:DesignationChange\\/e{i} ; kg:article id:Article\\/a{i} ; kg:sentence "s{i}" .')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_killed_load_leaves_graph_unchanged_and_rerun_completes(tmp_path):
    source = big_turtle(tmp_path / "big.ttl", 3000)
    clean = tmp_path / "clean.lbdb"
    assert run_kg("load", str(source), store=clean).returncode == 0
    complete = stats(clean)

    store = tmp_path / "store.lbdb"
    assert run_kg("stats", store=store).returncode != 0  # no store yet
    before = None
    for delay in (0.3, 0.5, 0.8, 1.5, 3.0, 4.5):
        env = {**os.environ, "KG_STORE": str(store), "KG_BACKEND": "embedded"}
        process = subprocess.Popen([*KG, "load", str(source)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if store.exists():
            now = stats(store)
            events = now["DesignationChange"]
            assert events in (0, complete["DesignationChange"]), f"half-written graph after kill at {delay}s: {now}"
            before = now
    result = run_kg("load", str(source), store=store)
    assert result.returncode == 0, result.stderr
    assert stats(store) == complete
    assert before is None or before["DesignationChange"] in (0, complete["DesignationChange"])


def test_a_store_killed_before_its_schema_committed_reads_as_empty(tmp_path):
    """A load killed in its first fraction of a second leaves a store file without tables
    (found by the test above when the kill landed there)."""
    import ladybug

    store = tmp_path / "store.lbdb"
    ladybug.Database(str(store)).close()
    assert set(stats(store).values()) == {0}
    query = run_kg("query", "run", "reactions", store=store)
    assert query.returncode == 5
    assert query.stderr.strip() == f"Error: the store {store} holds no graph yet: run `kg init` or `kg load`"
    assert run_kg("load", str(big_turtle(tmp_path / "one.ttl", 1)), store=store).returncode == 0
    assert stats(store)["DesignationChange"] == 1


def test_second_writer_is_refused_with_a_clear_message_then_waits(tmp_path):
    store = tmp_path / "store.lbdb"
    example = Path(__file__).resolve().parents[1] / "examples" / "designations-2025.ttl"
    assert run_kg("load", str(example), store=store).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import ladybug, sys, time; db = ladybug.Database(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))", str(store), "3"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    refused = run_kg("load", str(example), store=store)
    assert refused.returncode == 5
    assert "in use by another kg process" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    waited = run_kg("load", str(example), "--wait", "30", store=store)
    holder.wait()
    assert waited.returncode == 0, waited.stderr


def test_reading_while_another_process_writes_is_allowed(tmp_path):
    store = tmp_path / "store.lbdb"
    example = Path(__file__).resolve().parents[1] / "examples" / "designations-2025.ttl"
    assert run_kg("load", str(example), store=store).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import ladybug, sys, time; db = ladybug.Database(sys.argv[1]); print('held', flush=True); time.sleep(3)", str(store)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    result = run_kg("query", "run", "designations-changed", "-p", "year", "2025", "--format", "json", store=store)
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"])
def test_unreachable_neo4j_is_one_line_exit_6_and_never_shows_the_password(tmp_path, uri):
    secret = "s3cret-Pa55word-never-shown"
    result = run_kg("stats", "--backend", "neo4j", store=tmp_path / "x.lbdb", env={"NEO4J_URI": uri, "NEO4J_PASSWORD": secret}, timeout=60)
    assert result.returncode == 6
    assert secret not in result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_wrong_neo4j_password_is_exit_6_without_the_password(tmp_path):
    require_neo4j()
    secret = "definitely-wrong-Pa55"
    result = run_kg("stats", "--backend", "neo4j", store=tmp_path / "x.lbdb", env={"NEO4J_PASSWORD": secret}, timeout=60)
    assert result.returncode == 6
    assert "refused the credentials" in result.stderr
    assert secret not in result.stdout + result.stderr


def test_settings_never_print_the_password():
    from kg.settings import Settings

    settings = Settings(neo4j_password="hunter2-secret")
    assert "hunter2-secret" not in repr(settings) + str(settings) + settings.model_dump_json()


def test_copied_store_is_independent(tmp_path):
    """A store is a plain file: copying it is a backup (documented in the README)."""
    store = tmp_path / "store.lbdb"
    example = Path(__file__).resolve().parents[1] / "examples" / "designations-2025.ttl"
    assert run_kg("load", str(example), store=store).returncode == 0
    shutil.copy(store, tmp_path / "copy.lbdb")
    assert stats(tmp_path / "copy.lbdb") == stats(store)


def neo4j_env() -> dict:
    return {key: os.environ[key] for key in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE") if key in os.environ}


def test_concurrent_neo4j_loads_of_overlapping_sources_keep_one_node_per_identity(tmp_path):
    require_neo4j()
    from conftest import make_backend

    make_backend("neo4j", tmp_path).close()  # empty, schema applied
    source = big_turtle(tmp_path / "shared.ttl", 1500)
    env = {**os.environ, **neo4j_env(), "KG_BACKEND": "neo4j"}
    loads = [subprocess.Popen([*KG, "load", str(source)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for process in loads:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    from kg.backends import open_backend
    from kg.settings import Settings

    with open_backend(Settings(backend="neo4j")) as neo4j:
        duplicates = neo4j.query(
            "MATCH (n) WITH labels(n)[0] AS label, n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS dupes"
        ).rows[0][0]
        events = neo4j.query("MATCH (e:DesignationChange) RETURN count(e) AS c").rows[0][0]
        sources = neo4j.query("MATCH ()-[r:SOURCED_FROM]->() RETURN count(r) AS c").rows[0][0]
    assert duplicates == 0
    assert events == 1500 and sources == 1500


def local_server_script() -> Path | None:
    """scripts/neo4j, when it runs the configured server (CI and local development)."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "neo4j"
    status = subprocess.run([str(script), "status"], capture_output=True, text=True)
    port = os.environ.get("KG_NEO4J_BOLT_PORT", "7687")
    uri = os.environ.get("NEO4J_URI", "")
    if status.returncode == 0 and uri.endswith(f"127.0.0.1:{port}"):
        return script
    return None


def test_neo4j_stopped_mid_load_leaves_no_partial_source_and_rerun_completes(tmp_path):
    require_neo4j()
    script = local_server_script()
    if script is None:
        pytest.skip("the configured Neo4j is not one scripts/neo4j runs here, so it cannot be restarted")
    from conftest import make_backend
    from kg.backends import open_backend
    from kg.settings import Settings

    make_backend("neo4j", tmp_path).close()
    source = big_turtle(tmp_path / "big.ttl", 4000)
    env = {**os.environ, **neo4j_env(), "KG_BACKEND": "neo4j"}
    load = subprocess.Popen([*KG, "load", str(source)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(2.0)
        subprocess.run([str(script), "stop"], check=True, capture_output=True, timeout=120)
        _, err = load.communicate(timeout=120)
        assert load.returncode in (0, 6), err
        if load.returncode == 6:
            assert len(err.strip().splitlines()) == 1 and "Neo4j" in err
    finally:
        subprocess.run([str(script), "start"], check=True, capture_output=True, timeout=300)

    def counts() -> tuple[int, int]:
        with open_backend(Settings(backend="neo4j")) as neo4j:
            events = neo4j.query("MATCH (e:DesignationChange) RETURN count(e) AS c").rows[0][0]
            sources = neo4j.query("MATCH ()-[r:SOURCED_FROM]->() RETURN count(r) AS c").rows[0][0]
        return events, sources

    assert counts() in ((0, 0), (4000, 4000))
    rerun = subprocess.run([*KG, "load", str(source)], env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert counts() == (4000, 4000)
