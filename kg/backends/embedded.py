"""The default store: a LadybugDB file, no server needed.

Writes look up which keys already exist, bulk-insert the new rows with COPY from Arrow
tables, and update the few existing rows whose values changed, all in one transaction.
MERGE is avoided on purpose: LadybugDB's MERGE does not use the primary-key index, and a
COPY of a key that already exists crashes the process, so the key look-up is not optional.

LadybugDB checkpoints after every commit of a COPY, and that checkpoint is most of the time of
a large load (bench/). It must stay: COPY data is not in the write-ahead log, so with the
checkpoint deferred a process that died after a commit lost everything committed since the
last checkpoint (tests/test_backend_contract.py, measured on 0.22). Small writes (one article
at a time) therefore insert with CREATE, which is logged and commits without a checkpoint:
0.06 s instead of 0.86 s per article on a store of 200,000 facts.
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import ladybug
import pyarrow as pa
import pyarrow.compute as pc

from kg.backends.base import Backend, QueryResult, WriteSummary
from kg.errors import StoreError
from kg.mapping import GraphBatch
from kg.ontology import Property, Schema

ARROW_TYPES = {
    "STRING": pa.string(),
    "DATE": pa.date32(),
    "DOUBLE": pa.float64(),
    "INT64": pa.int64(),
    "BOOLEAN": pa.bool_(),
}
LOOKUP_CHUNK = 20_000
STORED = " stored"  # suffix of the stored values beside the incoming ones in a join
NO_KEYS = pa.array([], pa.string())
SCAN_FACTOR = 3  # read a whole node table rather than probe its index when it holds <= 3x the keys
SMALL_WRITE = 2_000  # new rows of one table up to which CREATE beats COPY and its checkpoint


class EmbeddedBackend(Backend):
    """A LadybugDB database in one file."""

    name = "embedded"

    def __init__(self, schema: Schema, path: Path, read_only: bool = False, wait: float = 0.0):
        super().__init__(schema)
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no graph store at {self.path}: run `kg init` first (or set KG_STORE / --store)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._open(wait)
        self._conn = ladybug.Connection(self._db)
        self._columns: dict[str, tuple[Property, ...]] = {}

    def _open(self, wait: float):
        deadline = time.monotonic() + wait
        recovered = False
        while True:
            try:
                return ladybug.Database(str(self.path), read_only=self.read_only)
            except RuntimeError as err:
                if self.read_only and not recovered and "recovery is pending" in str(err):
                    # a writer was killed before its checkpoint: one read-write open replays its log
                    # (or rolls back what it had not committed), then the read-only open can proceed
                    recovered = True
                    try:
                        ladybug.Database(str(self.path)).close()
                    except RuntimeError:
                        pass  # held by a live writer: the read-only open reports it below
                    continue
                locked = "lock" in str(err).lower()
                if locked and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                if locked:
                    holder = re.search(r"PID (\d+)", str(err))
                    who = f" (process {holder.group(1)})" if holder else ""
                    raise StoreError(f"the store {self.path} is in use by another kg process{who}; try again when it finishes, or pass --wait SECONDS") from None
                raise StoreError(f"cannot open the store {self.path}: {first_line(err)}") from None

    # ------------------------------------------------------------------ schema

    def schema_statements(self) -> list[str]:
        """The DDL derived from the ontology: one node table per label, one rel table per type."""
        statements = []
        for node in self.schema.nodes.values():
            columns = ", ".join(f"{p.name} {p.graph_type}" for p in node.properties)
            statements.append(f"CREATE NODE TABLE IF NOT EXISTS {node.label}({columns}, PRIMARY KEY({node.key}))")
        for rel in self.schema.rels.values():
            pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
            columns = "".join(f", {p.name} {p.graph_type}" for p in rel.properties)
            statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{columns})")
        return statements

    def apply_schema(self) -> None:
        """Create every table, and add the columns a newer ontology declares to the tables an
        older kg made, in one transaction, so a process killed half-way leaves none."""
        existing = self._tables()
        statements = [] if existing >= set(self.schema.nodes) | set(self.schema.rels) else self.schema_statements()
        declared = {node.label: node.properties for node in self.schema.nodes.values()}
        declared |= {rel.name: rel.properties for rel in self.schema.rels.values()}
        for table in existing & set(declared):
            stored = set(self._stored_columns(table))
            statements += [f"ALTER TABLE {table} ADD {p.name} {p.graph_type}" for p in declared[table] if p.name not in stored]
        if not statements:
            return
        self._execute("BEGIN TRANSACTION")
        for statement in statements:
            self._execute(statement)
        self._execute("COMMIT")
        self._columns.clear()

    def stats(self) -> dict[str, int]:
        """Counts per label and type; all zero in a store whose first load was killed before
        its schema was committed (the store file exists, its tables do not)."""
        if not self._tables() & (set(self.schema.nodes) | set(self.schema.rels)):
            return dict.fromkeys([*self.schema.nodes, *self.schema.rels], 0)
        return super().stats()

    def _tables(self) -> set[str]:
        return {row[0] for row in self._execute("CALL show_tables() RETURN name").get_all()}

    def _stored_columns(self, table: str) -> list[str]:
        return [row[1] for row in self._execute(f"CALL table_info('{table}') RETURN *").get_all()]

    def _ordered(self, table: str, properties: tuple[Property, ...]) -> tuple[Property, ...]:
        """`properties` in the order of the stored table's columns, which COPY follows (a column
        added to an older store comes last, wherever the ontology lists it)."""
        if table not in self._columns:
            position = {name: i for i, name in enumerate(self._stored_columns(table))}
            self._columns[table] = tuple(sorted(properties, key=lambda p: position.get(p.name, len(position))))
        return self._columns[table]

    # ------------------------------------------------------------------ reads

    def query(self, cypher: str, params: dict | None = None) -> QueryResult:
        result = self._execute(cypher, params)
        columns = result.get_column_names()
        return QueryResult(columns, [list(row) for row in result.get_all()])

    def _execute(self, cypher: str, params: dict | None = None):
        try:
            return self._conn.execute(cypher, params or {})
        except RuntimeError as err:
            if re.search(r"Table \w+ does not exist", str(err)) and not self._tables():
                raise StoreError(f"the store {self.path} holds no graph yet: run `kg init` or `kg load`") from None
            raise StoreError(f"embedded store: {first_line(err)}") from None

    # ------------------------------------------------------------------ writes

    def write(self, batch: GraphBatch) -> WriteSummary:
        if not batch:
            return WriteSummary()
        self._execute("BEGIN TRANSACTION")
        try:
            retracted = self.retract(lambda cypher, params: self._execute(cypher, params).get_all(), batch.replaces) if batch.replaces else 0
            created, summary = self._write_nodes(batch)
            summary += self._write_rels(batch, created)
            summary += WriteSummary(retracted=retracted)
        except BaseException:
            # LadybugDB has already rolled back a transaction whose statement failed; the
            # original error is the one to report.
            with contextlib.suppress(StoreError):
                self._execute("ROLLBACK")
            raise
        self._execute("COMMIT")
        return summary

    def _write_nodes(self, batch: GraphBatch) -> tuple[dict[str, pa.Array], WriteSummary]:
        """Insert new nodes, update changed ones; return the keys created per label."""
        created: dict[str, pa.Array] = {}
        updated = 0
        for label, rows in batch.nodes.items():
            incoming = arrow_table(self._ordered(label, self.schema.nodes[label].properties), rows.values())
            stored = self._stored_nodes(label, incoming)
            is_new = pc.invert(pc.is_in(incoming.column("id"), value_set=stored.column("id")))
            new = incoming.filter(is_new)
            if new.num_rows:
                self._insert(label, new)
            created[label] = new.column("id").combine_chunks()
            for (key,), changed in changed_rows(incoming, stored, ["id"]):
                updated += self._update(f"MATCH (n:{label} {{id: $a}})", changed, {"a": key})
        return created, WriteSummary(nodes_created=sum(map(len, created.values())), updated=updated)

    def _write_rels(self, batch: GraphBatch, created: dict[str, pa.Array]) -> WriteSummary:
        new_count = updated = 0
        for (name, a_label, b_label), rows in batch.rels.items():
            incoming = rel_table(rows, self._ordered(name, self.schema.rels[name].properties))
            # A relationship with an end this write created cannot exist yet: only the others are looked up.
            fresh = pc.or_(pc.is_in(incoming.column("src"), value_set=created.get(a_label, NO_KEYS)),
                           pc.is_in(incoming.column("dst"), value_set=created.get(b_label, NO_KEYS)))
            stored = self._stored_rels(name, a_label, b_label, incoming.filter(pc.invert(fresh)))
            new = incoming.join(stored.select(["src", "dst"]), ["src", "dst"], join_type="left anti") if stored.num_rows else incoming
            if new.num_rows:
                self._insert(name, new, (a_label, b_label))
                new_count += new.num_rows
            match = f"MATCH (a:{a_label} {{id: $a}})-[n:{name}]->(b:{b_label} {{id: $b}})"
            for (a, b), changed in changed_rows(incoming, stored, ["src", "dst"]):
                updated += self._update(match, changed, {"a": a, "b": b})
        return WriteSummary(rels_created=new_count, updated=updated)

    def _insert(self, table_name: str, rows: pa.Table, ends: tuple[str, str] | None = None) -> None:
        """Insert new rows into a node table, or into a relationship table between the labels
        `ends` (then the first two columns, src and dst, are the end keys): COPY from Arrow
        when there are many rows, else `UNWIND ... CREATE`.

        CREATE sets only the columns holding a value: LadybugDB types an all-null column of a
        parameter as a string, which a DATE or DOUBLE property then refuses."""
        if rows.num_rows > SMALL_WRITE:
            options = f" (from='{ends[0]}', to='{ends[1]}')" if ends else ""
            self._execute(f"COPY {table_name} FROM $rows{options}", {"rows": rows})
            return
        keys = ["src", "dst"] if ends else []
        values = [name for name in rows.column_names[len(keys):] if rows.column(name).null_count < rows.num_rows]
        props = "{" + ", ".join(f"{name}: row.{name}" for name in values) + "}"
        if ends:
            create = f"MATCH (a:{ends[0]} {{id: row.src}}) MATCH (b:{ends[1]} {{id: row.dst}}) CREATE (a)-[:{table_name} {props}]->(b)"
        else:
            create = f"CREATE (:{table_name} {props})"
        self._execute(f"UNWIND $rows AS row {create}", {"rows": rows.select([*keys, *values]).to_pylist()})

    def _stored_nodes(self, label: str, incoming: pa.Table) -> pa.Table:
        """The stored rows, with the columns of `incoming`, of the keys in `incoming`."""
        stored = self._execute(f"MATCH (n:{label}) RETURN count(n)").get_all()[0][0]
        if stored == 0:
            return incoming.slice(0, 0)
        columns = ", ".join(f"n.{name} AS {name}" for name in incoming.column_names)
        keys = incoming.column("id")
        if stored <= SCAN_FACTOR * len(keys):
            # Reading the whole (columnar) table is cheaper than probing the key index row by row.
            table = self._execute(f"MATCH (n:{label}) RETURN {columns}").get_as_arrow().cast(incoming.schema)
            return table.filter(pc.is_in(table.column("id"), value_set=keys))
        return self._looked_up(f"UNWIND $keys AS k MATCH (n:{label} {{id: k}}) RETURN {columns}", keys, incoming.schema)

    def _stored_rels(self, name: str, a_label: str, b_label: str, candidates: pa.Table) -> pa.Table:
        """The stored rows, with the columns of `candidates`, of the (src, dst) pairs in it.

        Matching both ends of a pair at once does not use the key index (seconds per 20,000
        pairs); instead the side with more distinct keys (so fewer relationships per key) is
        looked up by key and its relationships expanded, and the result joined to the pairs.
        The expansion is an OPTIONAL MATCH from the bound node, which LadybugDB runs along the
        adjacency list; a plain MATCH was planned as a join, 2.8x slower at 1M facts.
        """
        if candidates.num_rows == 0:
            return candidates
        returns = "".join(f", r.{n} AS {n}" for n in candidates.column_names[2:])
        src, dst = pc.unique(candidates.column("src")), pc.unique(candidates.column("dst"))
        if len(src) >= len(dst):
            cypher = f"UNWIND $keys AS k MATCH (a:{a_label} {{id: k}}) OPTIONAL MATCH (a)-[r:{name}]->(b:{b_label}) RETURN a.id AS src, b.id AS dst{returns}"
            keys = src
        else:
            cypher = f"UNWIND $keys AS k MATCH (b:{b_label} {{id: k}}) OPTIONAL MATCH (a:{a_label})-[r:{name}]->(b) RETURN a.id AS src, b.id AS dst{returns}"
            keys = dst
        found = self._looked_up(cypher, keys, candidates.schema)
        found = found.filter(pc.and_(pc.is_valid(found.column("src")), pc.is_valid(found.column("dst"))))  # keys without one
        return found.join(candidates.select(["src", "dst"]), ["src", "dst"], join_type="left semi")

    def _looked_up(self, cypher: str, keys: pa.Array, schema: pa.Schema) -> pa.Table:
        """The rows an `UNWIND $keys` look-up finds, in sorted chunks, cast to `schema`.

        The keys go as a list: `LOAD FROM` an Arrow table of keys was 2x faster per query, but
        inside write transactions LadybugDB kept memory from every such scan (resident memory
        grew 1.4 GB with each re-load of 300k facts, and a 1 GB buffer pool ran out), where list
        look-ups stay flat."""
        keys = pc.unique(keys).sort()
        parts = [
            self._execute(cypher, {"keys": keys[start : start + LOOKUP_CHUNK].to_pylist()}).get_as_arrow()
            for start in range(0, len(keys), LOOKUP_CHUNK)
        ]
        return pa.concat_tables(parts).cast(schema)

    def _update(self, match: str, changed: dict, params: dict) -> int:
        if not changed:
            return 0
        assignments = ", ".join(f"n.{name} = ${name}" for name in changed)
        self._execute(f"{match} SET {assignments}", {**params, **changed})
        return 1

    def clear(self) -> None:
        """Delete every node and relationship in one transaction."""
        self._execute("BEGIN TRANSACTION")
        self._execute("MATCH (n) DETACH DELETE n")
        self._execute("COMMIT")

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()


def arrow_table(properties: tuple[Property, ...], rows: Iterable[dict]) -> pa.Table:
    """Rows as an Arrow table with the column order and types of the node table."""
    return pa.table(columns(properties, list(rows)))


def rel_table(rows: dict[tuple[str, str], dict], properties: tuple[Property, ...]) -> pa.Table:
    """Relationship rows as an Arrow table: the end keys (src, dst), then the properties in
    the column order and types of the relationship table."""
    starts, ends = zip(*rows) if rows else ((), ())
    ends_of = {"src": pa.array(starts, pa.string()), "dst": pa.array(ends, pa.string())}
    return pa.table(ends_of | columns(properties, list(rows.values())))


def columns(properties: tuple[Property, ...], rows: list[dict]) -> dict[str, pa.Array]:
    """One Arrow column per property, in order."""
    return {p.name: column([row.get(p.name) for row in rows], p) for p in properties}


def changed_rows(incoming: pa.Table, stored: pa.Table, keys: list[str]) -> Iterator[tuple[tuple, dict]]:
    """(key values, changes) for each stored row that `incoming` changes, where the changes are
    the incoming non-null values that differ from the stored ones. Compared in Arrow: a re-load
    of unchanged rows never reaches Python row by row."""
    values = [name for name in incoming.column_names if name not in keys]
    if stored.num_rows == 0 or not values:
        return
    joined = incoming.join(stored, keys, join_type="inner", right_suffix=STORED)
    differs = [
        pc.and_(pc.is_valid(joined.column(name)), pc.fill_null(pc.not_equal(joined.column(name), joined.column(name + STORED)), True))
        for name in values
    ]
    for row in joined.filter(functools.reduce(pc.or_, differs)).to_pylist():
        changed = {name: row[name] for name in values if row[name] is not None and row[name] != row[name + STORED]}
        yield tuple(row[key] for key in keys), changed


def column(values: list, prop: Property) -> pa.Array:
    """One Arrow column; values are coerced one by one only if Arrow cannot take them as they are."""
    try:
        return pa.array(values, ARROW_TYPES[prop.graph_type])
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([coerce(value, prop) for value in values], ARROW_TYPES[prop.graph_type])


def coerce(value, prop: Property):
    """Make a value fit its column type (RDF may give an int where a double is declared)."""
    if value is None:
        return None
    if prop.graph_type == "DOUBLE":
        return float(value)
    if prop.graph_type == "DATE" and not isinstance(value, date):
        return date.fromisoformat(str(value))
    return value


def first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
