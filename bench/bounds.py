"""Profiles of what bounds the targets `make bench` does not meet, written to bench/BOUNDS.md.

    .venv/bin/python bench/bounds.py                       # 1M facts, embedded store (~5 min)
    .venv/bin/python bench/bounds.py --neo4j               # and the Neo4j part (~12 min more)
    .venv/bin/python bench/bounds.py --facts 100000 --chunk 10000 --no-neo4j   # a quick look

For the embedded store: cProfile and per-statement times of the last write of a first load and
of the same write again, then LadybugDB's own `PROFILE` of every prepared query. For Neo4j:
cProfile of one batched write (where the client waits), then the server's `PROFILE` of every
prepared query (rows and db hits per operator). Nothing here is part of `make test`.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import gc
import io
import os
import platform
import pstats
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import facts as synth  # noqa: E402  (bench/facts.py)
from run import QUERY_PARAMS, Phases, forget, remember  # noqa: E402  (bench/run.py)
from kg.backends.embedded import EmbeddedBackend  # noqa: E402
from kg.ingest import reference_graph  # noqa: E402
from kg.mapping import to_batch  # noqa: E402
from kg.ontology import load_schema  # noqa: E402
from kg.queries import catalog  # noqa: E402

TOP_FUNCTIONS = 12
TOP_OPERATORS = 6
BOX = re.compile(r"│([^│]*)│")
OPERATOR = re.compile(r"^([A-Z_]+)\[(\d+)\]$")


def profiled(call):
    """(seconds, cProfile's top functions by own time as text lines) of one call."""
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    call()
    profile.disable()
    seconds = time.perf_counter() - started
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(TOP_FUNCTIONS)
    lines = out.getvalue().splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    return seconds, [line.rstrip() for line in lines[first:] if line.strip()]


def timed_run(store, query, params: dict) -> tuple[int, float]:
    """(rows, ms) of a prepared query run as `kg query run` runs it, after one untimed run."""
    store.run(query, params)
    started = time.perf_counter()
    rows = len(store.run(query, params).rows)
    return rows, (time.perf_counter() - started) * 1000


def ladybug_operators(plan: str) -> list[tuple[str, float, int]]:
    """(operator, execution ms, output tuples) for each box of LadybugDB's PROFILE text.

    The plan is drawn as boxes side by side; a box keeps its column from line to line, so each
    field is read into the operator whose name last stood at the same column."""
    name_at: dict[int, str] = {}
    fields: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for line in plan.splitlines():
        for box in BOX.finditer(line):
            text = box.group(1).strip()
            if OPERATOR.match(text):
                name_at[box.start()] = text
            elif box.start() in name_at and ":" in text:
                key, _, value = text.partition(":")
                if key in ("ExecutionTime", "NumOutputTuples"):
                    fields[name_at[box.start()]][key] = float(value)
    return [(name, f.get("ExecutionTime", 0.0), int(f.get("NumOutputTuples", 0))) for name, f in fields.items()]


def neo4j_operators(plan) -> list[tuple[str, int, int]]:
    """(operator, db hits, rows) for each operator of a Neo4j profiled plan."""
    out, stack = [], [plan]
    while stack:
        node = stack.pop()
        args = node.get("args", {})
        name = node.get("operatorType", "?").split("@")[0]
        detail = args.get("Details", "")
        out.append((f"{name} {detail}"[:90], node.get("dbHits", 0), node.get("rows", 0)))
        stack.extend(node.get("children", []))
    return out


class Report:
    def __init__(self):
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)
        print("\n".join(lines), flush=True)

    def block(self, lines: list[str]) -> None:
        self.add("```", *lines, "```", "")

    def phases(self, title: str, seconds: float, phases: dict, top: list[str]) -> None:
        self.add(f"### {title}: {seconds:.2f} s", "", "| phase | seconds | share |", "| --- | ---: | ---: |")
        for phase, spent in phases.items():
            self.add(f"| {phase} | {spent:.2f} | {spent / seconds:.0%} |")
        self.add("", "cProfile, top functions by own time:", "")
        self.block(top)


def embedded(args, report: Report, schema) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="kg-bounds-"))
    try:
        store = EmbeddedBackend(schema, tmp / "graph.lbdb")
        store.apply_schema()
        store.write(to_batch(reference_graph(), schema))
        batches = synth.generate_batches(args.facts, args.chunk)
        gc.collect()
        gc.freeze()
        *before, last = batches
        print(f"[embedded] loading {len(before)} writes of {args.chunk:,} facts first", flush=True)
        for batch in before:
            store.write(batch)
        nodes, rels = last.counts()
        report.add(f"## Embedded store, {args.facts:,} facts in writes of {args.chunk:,}", "",
                   f"The last write of the first load ({nodes:,} node rows and {rels:,} relationship rows, "
                   f"{(nodes + rels) / args.chunk:.1f} rows per fact) onto a store of {args.facts - args.chunk:,} facts, "
                   "then the same write again (every row already stored).", "")
        phases = Phases(store)
        for title in ("last write of the first load", "the same write again"):
            seconds, top = profiled(lambda: store.write(last))
            report.phases(title, seconds, phases.take(seconds), top)
        report.add("### Queries: LadybugDB's PROFILE", "",
                   f"Operators with the most execution time (ms) and their output rows; parameters as in `bench/run.py`.", "")
        for name, query in catalog().items():
            params = query.bind(QUERY_PARAMS.get(name, {}))
            text = query.text_for(store.name)
            rows, wall = timed_run(store, query, params)
            plan = store._execute("PROFILE " + text, params).get_all()[0][0]
            operators = sorted(ladybug_operators(plan), key=lambda op: -op[1])
            total = sum(op[1] for op in operators)
            report.add(f"**{name}**: {wall:.0f} ms wall, {rows:,} rows, {total:.0f} ms in operators", "")
            report.block([f"{op:<28} {ms:9.1f} ms {tuples:>10,} rows" for op, ms, tuples in operators[:TOP_OPERATORS]])
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def neo4j(args, report: Report, schema) -> None:
    from kg.backends.neo4j import Neo4jBackend
    from kg.settings import Settings

    store = Neo4jBackend.from_settings(schema, Settings())
    store.apply_schema()
    made: dict[str, set[str]] = collections.defaultdict(set)
    try:
        batches = synth.generate_batches(args.neo4j_facts, args.neo4j_chunk, seed=12)
        for batch in batches:
            remember(made, batch)
        *before, last = batches
        print(f"[neo4j] loading {len(before)} writes of {args.neo4j_chunk:,} facts first", flush=True)
        for batch in before:
            store.write(batch)
        seconds, top = profiled(lambda: store.write(last))
        report.add(f"## Neo4j, {args.neo4j_facts:,} facts in writes of {args.neo4j_chunk:,}", "",
                   f"### The last write ({args.neo4j_chunk:,} facts): {seconds:.2f} s, {args.neo4j_chunk / seconds:,.0f} facts/s", "",
                   "cProfile of the client, top functions by own time (time spent waiting on the server shows as socket reads):", "")
        report.block(top)
        report.add("### Queries: the server's PROFILE", "", "Operators with the most db hits, and their rows.", "")
        for name, query in catalog().items():
            params = query.bind(QUERY_PARAMS.get(name, {}))
            text = query.text_for(store.name)
            rows, wall = timed_run(store, query, params)
            summary = store.driver.execute_query("PROFILE " + text, params, database_=store.database).summary
            operators = sorted(neo4j_operators(summary.profile), key=lambda op: -op[1])
            total = sum(op[1] for op in operators)
            report.add(f"**{name}**: {wall:.0f} ms wall, {rows:,} rows, {total:,} db hits", "")
            report.block([f"{op:<90} {hits:>10,} hits {n:>9,} rows" for op, hits, n in operators[:TOP_OPERATORS]])
    finally:
        forget(store, made)
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--chunk", type=int, default=100_000, help="facts per embedded write")
    parser.add_argument("--neo4j", action=argparse.BooleanOptionalAction, default=None, help="profile Neo4j too (default: when NEO4J_URI is set)")
    parser.add_argument("--neo4j-facts", type=int, default=1_000_000)
    parser.add_argument("--neo4j-chunk", type=int, default=20_000)
    parser.add_argument("--out", default=str(HERE / "BOUNDS.md"))
    args = parser.parse_args()
    if args.neo4j is None:
        args.neo4j = bool(os.environ.get("NEO4J_URI"))
    schema = load_schema()
    report = Report()
    report.add("# What bounds the targets kg does not meet", "",
               f"`python bench/bounds.py{' --neo4j' if args.neo4j else ''}`, {time.strftime('%Y-%m-%dT%H:%M')}, "
               f"{os.cpu_count()} cores, Python {platform.python_version()}. See bench/README.md for the reading.", "")
    embedded(args, report, schema)
    if args.neo4j:
        neo4j(args, report, schema)
    Path(args.out).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
