"""Encrypted Bolt against the real local server: neo4j+s:// and bolt+s:// with a custom CA.

`scripts/neo4j start` turns Bolt TLS on as OPTIONAL with a private CA, and `scripts/neo4j env`
prints that CA as KG_TEST_NEO4J_CA_CERT. The tests run `kg` as a subprocess, as a user would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import require_neo4j

KG = [sys.executable, "-m", "kg"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def tls_server() -> tuple[str, int, Path]:
    """(host, port, CA file) of the configured Neo4j, which must accept TLS with that CA."""
    require_neo4j()
    parts = urlsplit(os.environ["NEO4J_URI"])
    host, port = parts.hostname or "127.0.0.1", parts.port or 7687
    ca = os.environ.get("KG_TEST_NEO4J_CA_CERT")
    if not ca:
        if os.environ.get("KG_REQUIRE_NEO4J") and host in LOCAL_HOSTS:
            pytest.fail("KG_REQUIRE_NEO4J is set (CI) but KG_TEST_NEO4J_CA_CERT is not: "
                        'run `eval "$(scripts/neo4j env)"` after `scripts/neo4j start` (needs openssl)')
        pytest.skip("Neo4j TLS not configured: KG_TEST_NEO4J_CA_CERT is unset (scripts/neo4j start with openssl)")
    assert Path(ca).is_file(), f"KG_TEST_NEO4J_CA_CERT={ca} is not a file"
    return host, port, Path(ca)


def run_stats(tmp_path: Path, uri: str, ca: Path | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_CA_CERT", "KG_NEO4J_CA_CERT")}
    env.update(KG_STORE=str(tmp_path / "unused.lbdb"), NEO4J_URI=uri)
    if ca is not None:
        env["NEO4J_CA_CERT"] = str(ca)
    return subprocess.run([*KG, "stats", "--backend", "neo4j"], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("scheme", ["neo4j+s", "bolt+s"])
def test_tls_with_the_custom_ca_works(tmp_path, tls_server, scheme):
    host, port, ca = tls_server
    result = run_stats(tmp_path, f"{scheme}://{host}:{port}", ca)
    assert result.returncode == 0, f"{scheme}: exit {result.returncode}\n{result.stderr}"


def test_tls_without_the_ca_is_refused_in_one_line_without_the_password(tmp_path, tls_server):
    host, port, _ = tls_server
    uri = f"neo4j+s://{host}:{port}"
    result = run_stats(tmp_path, uri, None)
    assert result.returncode == 6, f"exit {result.returncode}\n{result.stderr}"
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "Traceback" not in message
    assert uri in message
    assert "certificate" in message.lower(), message
    password = os.environ.get("NEO4J_PASSWORD")
    if password:
        assert password not in result.stdout + result.stderr
