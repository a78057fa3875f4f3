"""The team store: a Neo4j 5 server (local, cluster or Aura) through the official driver.

Schema: a uniqueness constraint per label on `id` (created before any MERGE) and an index on
every event's date. Writes: one managed write transaction per batch (retried on transient
errors), rows sent with `UNWIND $rows` in chunks. Reads: read routing in a read transaction,
so a cluster's routing URI works unchanged and the server itself refuses writes; a prepared
query's rows come back packed in one record (see `Neo4jBackend.run`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ConstraintError, Neo4jError, ServiceUnavailable

from kg.backends.base import Backend, QueryResult, WriteSummary
from kg.errors import ConnectionFailed, StoreError
from kg.mapping import GraphBatch
from kg.ontology import Schema

if TYPE_CHECKING:
    from kg.queries import Query

# The driver logs connection trouble as warnings; kg reports it once, as its own one-line error.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

CHUNK = 5_000


class Neo4jBackend(Backend):
    """A Neo4j database reached through a driver the caller (or from_settings) provides."""

    name = "neo4j"

    def __init__(self, schema: Schema, driver: neo4j.Driver, database: str = "neo4j", uri: str = ""):
        super().__init__(schema)
        self.driver = driver
        self.database = database
        self.uri = uri
        self._columns: dict[str, list[str]] = {}  # prepared query text -> its columns

    @classmethod
    def from_settings(cls, schema: Schema, settings, read_only: bool = False) -> Neo4jBackend:
        """Connect with the NEO4J_* settings; one-line ConnectionFailed if the server is unreachable
        or refuses the credentials. The password never appears in a message."""
        options = {"connection_timeout": 5.0, "max_transaction_retry_time": 15.0, "notifications_min_severity": "OFF"}
        uri, user = settings.neo4j_uri, settings.neo4j_user
        connect_uri = uri
        if settings.neo4j_ca_cert:
            # The driver takes a custom CA only with a plain scheme plus encrypted=True
            # (neo4j+s:// / bolt+s:// mean "the system CAs"), so drop the "+s".
            scheme, sep, rest = uri.partition("://")
            if scheme in ("neo4j+s", "bolt+s"):
                connect_uri = scheme[:-2] + sep + rest
            options["encrypted"] = True
            options["trusted_certificates"] = neo4j.TrustCustomCAs(str(settings.neo4j_ca_cert))
        try:
            driver = GraphDatabase.driver(connect_uri, auth=(user, settings.neo4j_password.get_secret_value()), **options)
            driver.verify_connectivity()
        except AuthError:
            raise ConnectionFailed(f"Neo4j at {uri} refused the credentials of user {user!r} (check NEO4J_USER / NEO4J_PASSWORD)") from None
        except (ServiceUnavailable, OSError) as err:
            if untrusted_certificate(err):
                raise ConnectionFailed(
                    f"Neo4j at {uri}: the server's TLS certificate is not trusted (set NEO4J_CA_CERT to its CA file)"
                ) from None
            raise ConnectionFailed(f"cannot reach Neo4j at {uri}: {one_line(err)}") from None
        except (ConfigurationError, ValueError) as err:
            raise ConnectionFailed(f"bad Neo4j settings for {uri!r}: {one_line(err)}") from None
        except Neo4jError as err:
            raise ConnectionFailed(f"Neo4j at {uri}: {one_line(err)}") from None
        return cls(schema, driver, settings.neo4j_database, uri)

    # ------------------------------------------------------------------ schema

    def schema_statements(self) -> list[str]:
        """Constraints and indexes derived from the ontology."""
        statements = [
            f"CREATE CONSTRAINT {node.label.lower()}_{node.key} IF NOT EXISTS FOR (n:{node.label}) REQUIRE n.{node.key} IS UNIQUE"
            for node in self.schema.nodes.values()
        ]
        statements += [
            f"CREATE INDEX {label.lower()}_date IF NOT EXISTS FOR (n:{label}) ON (n.date)"
            for label in self.schema.event_labels
        ]
        return statements

    def apply_schema(self) -> None:
        for statement in self.schema_statements():
            self._run(lambda: self.driver.execute_query(statement, database_=self.database))

    # ------------------------------------------------------------------ reads

    def query(self, cypher: str, params: dict | None = None) -> QueryResult:
        records, keys = self._read(cypher, params)
        return QueryResult(keys, [[native(v) for v in record.values()] for record in records])

    def _read(self, cypher: str, params: dict | None) -> tuple[list, list[str]]:
        """Records and column names of one read, routed to a reader."""
        records, _, keys = self._run(
            lambda: self.driver.execute_query(cypher, params or {}, database_=self.database, routing_=RoutingControl.READ)
        )
        return records, list(keys)

    def run(self, prepared: Query, params: dict) -> QueryResult:
        """Run a prepared query and receive all its rows as one record.

        The driver's cost is per record and per date (hydrating a neo4j.time.Date is Python):
        17,000 rows of seven columns took 640 ms as records and about 100 ms as one list, with
        dates sent as ISO strings, flagged by a bit mask at the end of each row and parsed here.
        The query's columns come from EXPLAIN, once per backend."""
        cypher = prepared.text_for(self.name)
        keys = self._columns.get(cypher)
        if keys is None:
            keys = self._columns[cypher] = self.query("EXPLAIN " + cypher, params).columns
        names = [f"`{k.replace('`', '``')}`" for k in keys]
        values = [f"CASE WHEN {k} IS :: DATE NOT NULL THEN toStringOrNull({k}) ELSE {k} END" for k in names]
        mask = " + ".join(f"CASE WHEN {k} IS :: DATE NOT NULL THEN {1 << i} ELSE 0 END" for i, k in enumerate(names))
        wrapped = f"CALL () {{\n{cypher}\n}}\nRETURN collect([{', '.join(values)}, {mask or 0}]) AS rows"
        records, _ = self._read(wrapped, params)
        return QueryResult(keys, [unpacked(row) for row in records[0]["rows"]])

    # ------------------------------------------------------------------ writes

    def write(self, batch: GraphBatch) -> WriteSummary:
        """Write a batch in one managed transaction.

        Rows whose key is not stored yet are written with CREATE, which this server runs about
        twice as fast as MERGE, and so are the relationships that touch such a node (a node
        created now has none). The rest go through MERGE. Should another client create one of
        those keys between the look-up and the CREATE, the uniqueness constraint refuses it and
        the batch is written again through MERGE alone."""
        if not batch:
            return WriteSummary()

        def write() -> WriteSummary:
            try:
                return self._session_write(lambda tx: self._write(tx, batch, create_new=True))
            except ConstraintError:
                return self._session_write(lambda tx: self._write(tx, batch, create_new=False))

        return self._run(write)

    def _write(self, tx, batch: GraphBatch, create_new: bool) -> WriteSummary:
        created_nodes = created_rels = 0
        retracted = self.retract(lambda cypher, params: [list(r.values()) for r in tx.run(cypher, params)], batch.replaces) if batch.replaces else 0
        new: dict[str, set[str]] = {}
        for label, rows in batch.nodes.items():
            new[label] = fresh = set(rows) - stored_keys(tx, label, list(rows)) if create_new else set()
            if fresh:
                cypher = f"UNWIND $rows AS row CREATE (n:{label} {{id: row.id}}) SET n += row.props"
                payload = [{"id": key, "props": non_null(rows[key])} for key in sorted(fresh)]
                created_nodes += run_chunks(tx, cypher, payload).nodes_created
            cypher = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"
            payload = [{"id": key, "props": non_null(row)} for key, row in rows.items() if key not in fresh]
            created_nodes += run_chunks(tx, cypher, payload).nodes_created
        for (name, a_label, b_label), rows in batch.rels.items():
            new_a, new_b = new.get(a_label, set()), new.get(b_label, set())
            match = f"UNWIND $rows AS row MATCH (a:{a_label} {{id: row.a}}) MATCH (b:{b_label} {{id: row.b}}) "
            fresh, known = [], []
            for (a, b), props in rows.items():
                (fresh if a in new_a or b in new_b else known).append({"a": a, "b": b, "props": non_null(props)})
            created_rels += run_chunks(tx, match + f"CREATE (a)-[r:{name}]->(b) SET r += row.props", fresh).relationships_created
            created_rels += run_chunks(tx, match + f"MERGE (a)-[r:{name}]->(b) SET r += row.props", known).relationships_created
        return WriteSummary(nodes_created=created_nodes, rels_created=created_rels, retracted=retracted)

    def _session_write(self, work):
        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def clear(self) -> None:
        """Delete every node and relationship, in chunks so a large graph does not exhaust memory."""

        def work(tx) -> int:
            return tx.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c").single()["c"]

        while self._run(lambda: self._session_write(work)):
            pass

    def close(self) -> None:
        self.driver.close()

    def _run(self, call):
        try:
            return call()
        except AuthError:
            raise ConnectionFailed(f"Neo4j at {self.uri} refused the credentials") from None
        except ServiceUnavailable as err:
            raise ConnectionFailed(f"lost Neo4j at {self.uri}: {one_line(err)}") from None
        except ClientError as err:
            raise StoreError(f"Neo4j: {err.message or one_line(err)}") from None
        except Neo4jError as err:
            raise StoreError(f"Neo4j: {one_line(err)}") from None


def stored_keys(tx, label: str, keys: list[str]) -> set[str]:
    """The keys of label that the database already holds, looked up through its constraint's index."""
    found: set[str] = set()
    for start in range(0, len(keys), CHUNK):
        result = tx.run(f"UNWIND $keys AS k MATCH (n:{label} {{id: k}}) RETURN n.id", keys=keys[start : start + CHUNK])
        found.update(record[0] for record in result)
    return found


def run_chunks(tx, cypher: str, rows: list[dict]):
    """Send rows in chunks of CHUNK through one transaction; return the summed counters."""
    totals = Counters()
    for start in range(0, len(rows), CHUNK):
        counters = tx.run(cypher, rows=rows[start : start + CHUNK]).consume().counters
        totals.nodes_created += counters.nodes_created
        totals.relationships_created += counters.relationships_created
    return totals


@dataclass
class Counters:
    nodes_created: int = 0
    relationships_created: int = 0


def non_null(row: dict) -> dict:
    """Properties to SET: nulls are left out so a partial row never erases what is stored."""
    return {k: v for k, v in row.items() if v is not None}


_PLAIN = frozenset({str, int, float, bool, type(None)})


def unpacked(row: list) -> list:
    """A packed row (`Neo4jBackend.run`) as plain Python: the columns its last item flags
    back to datetime.date, everything else through `native`."""
    mask = row.pop()
    out = [v if type(v) in _PLAIN else native(v) for v in row]
    i = 0
    while mask:
        if mask & 1:
            out[i] = dt.date.fromisoformat(out[i])
        mask >>= 1
        i += 1
    return out


def native(value):
    """Driver values as plain Python: neo4j.time.Date -> datetime.date, lists element-wise."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [native(v) for v in value]
    return value


def one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] or type(err).__name__


def untrusted_certificate(err: BaseException) -> bool:
    """Whether a certificate verification failure is somewhere in err's causes (or exception groups)."""
    seen, todo = set(), [err]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if "SSLCertVerificationError" in f"{type(e).__name__} {e}":
            return True
        todo += [e.__cause__, e.__context__, *getattr(e, "exceptions", ())]
    return False
