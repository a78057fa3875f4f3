"""Fixtures shared by the backbone tests: real stores, the real pipeline, the real CLI.

`backend` runs a test once per store: the embedded LadybugDB file in tmp_path, and Neo4j
when NEO4J_URI is set (`eval "$(scripts/neo4j env)"`), wiped before each test.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.backends import Backend, open_backend
from kg.backends import embedded
from kg.backends.embedded import EmbeddedBackend
from kg.cli import cli as kg_cli
from kg.ingest import read_rdf
from kg.mapping import GraphBatch, to_batch
from kg.ontology import load_schema
from kg.settings import Settings
from kg.validate import check

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "fixture.ttl"
EXAMPLE = ROOT / "examples" / "designations-2025.ttl"
NEO4J_SKIP = "Neo4j not configured: set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (scripts/neo4j start)"


def neo4j_configured() -> bool:
    return bool(os.environ.get("NEO4J_URI"))


def require_neo4j() -> None:
    """Skip when no Neo4j is configured; fail instead in CI (KG_REQUIRE_NEO4J), where it must run."""
    if neo4j_configured():
        return
    if os.environ.get("KG_REQUIRE_NEO4J"):
        pytest.fail("KG_REQUIRE_NEO4J is set (CI) but NEO4J_URI is not: the Neo4j tests must run")
    pytest.skip(NEO4J_SKIP)


def make_backend(name: str, tmp_path: Path) -> Backend:
    """A store of the named kind with the schema applied and nothing in it."""
    if name == "embedded":
        store: Backend = EmbeddedBackend(load_schema(), tmp_path / "g.lbdb")
    else:
        require_neo4j()
        store = open_backend(Settings(backend="neo4j"))
    store.apply_schema()
    store.clear()
    return store


@pytest.fixture(params=["embedded", "embedded-copy", "neo4j"])
def backend(request, tmp_path, monkeypatch) -> Backend:
    """An empty store with the schema applied, once per backend. `embedded-copy` is the
    embedded store with every insert through COPY, the path of large writes."""
    if request.param == "embedded-copy":
        monkeypatch.setattr(embedded, "SMALL_WRITE", 0)
    store = make_backend(request.param.removesuffix("-copy"), tmp_path)
    yield store
    store.close()


def fixture_batch(path: Path = FIXTURE) -> GraphBatch:
    """The fixture file through the real pipeline: parse, SHACL check, map (a fresh copy each call)."""
    return copy.deepcopy(_checked_batch(path))


@cache
def _checked_batch(path: Path) -> GraphBatch:
    graph = read_rdf(str(path), "turtle")
    check(graph, str(path))
    return to_batch(graph, load_schema())


def load_fixture(store: Backend, path: Path = FIXTURE) -> Backend:
    store.write(fixture_batch(path))
    return store


@pytest.fixture
def fixture_graph(backend) -> Backend:
    """The backend with tests/data/fixture.ttl written into it."""
    return load_fixture(backend)


# ---------------------------------------------------------------------- the CLI


@dataclass
class KG:
    """Runs `kg` in-process against one store file, as a user would from a shell."""

    store: Path
    cwd: Path

    def __call__(self, *args: str, input: str | None = None, store: Path | None = None) -> Result:
        env = {"KG_STORE": str(store or self.store), "KG_BACKEND": "embedded", "COLUMNS": "250"}
        runner = CliRunner(env=env)
        return runner.invoke(kg_cli, [str(a) for a in args], input=input, catch_exceptions=False)

    def ok(self, *args: str, store: Path | None = None) -> Result:
        """Run and require exit code 0."""
        result = self(*args, store=store)
        assert result.exit_code == 0, f"kg {' '.join(map(str, args))} -> {result.exit_code}\n{result.output}"
        return result

    def stats(self, store: Path | None = None) -> dict[str, int]:
        rows = json.loads(self.ok("stats", "--format", "json", store=store).stdout)
        return {row["name"]: row["count"] for row in rows}


@pytest.fixture
def cli(tmp_path, monkeypatch) -> KG:
    """`kg` with KG_STORE pointing at tmp_path/store.lbdb (not created yet)."""
    monkeypatch.chdir(tmp_path)
    return KG(tmp_path / "store.lbdb", tmp_path)


@pytest.fixture(scope="session")
def initialised_store(tmp_path_factory) -> Path:
    """A store made once by the real `kg init` (reference data), copied by `cli_init`."""
    path = tmp_path_factory.mktemp("init") / "store.lbdb"
    KG(path, path.parent).ok("init")
    return path


@pytest.fixture
def cli_init(cli, initialised_store) -> KG:
    """`kg` on a private copy of a store that `kg init` filled."""
    shutil.copy(initialised_store, cli.store)
    return cli
