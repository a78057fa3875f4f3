"""kg benchmarks: every number is a ratio against a baseline run in the same process.

    .venv/bin/python bench/run.py --quick          # smoke run, a minute or two
    .venv/bin/python bench/run.py                  # 1M facts (about 10-15 minutes)
    .venv/bin/python bench/run.py --sizes 100000,1000000 --no-neo4j

Writes bench/results.json and bench/RESULTS.md (--quick: results.quick.json, RESULTS.quick.md).
See bench/README.md for what each number means. Timings are never asserted by tests.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import facts as synth  # noqa: E402  (bench/facts.py)
from kg.backends.embedded import EmbeddedBackend  # noqa: E402
from kg.ingest import reference_graph  # noqa: E402
from kg.mapping import GraphBatch, to_batch, to_rdf  # noqa: E402
from kg.ontology import load_schema  # noqa: E402
from kg.queries import catalog  # noqa: E402

# Realistic parameters for every prepared query (raw strings, bound like `kg query run -p`).
QUERY_PARAMS = {
    "designation-history": {"designation": "state sponsor of terrorism"},
    "designations-changed": {"year": "2025", "actor": "USA"},
    "designations-current": {"as_of": "2025-12-31", "actor": "USA"},
    "evidence": {"actor": "RUS"},
    "membership-changes": {"year": "2025", "organization": "NATO"},
    "memberships": {"organization": "NATO", "as_of": "2025-12-31"},
    "policies": {"year": "2025", "actor": "USA"},
    "reactions": {"to": "RUS", "by": "USA"},
    "state-profile": {"state": "UKR"},
    "timeline": {"a": "USA", "b": "RUS"},
}
TARGETS = {"load": 200_000, "reload_ratio": 0.2, "p95_ms": 100.0, "neo4j_ratio": 50.0, "neo4j_rate": 20_000}


class Bench:
    """Collects result rows, phases and notes; writes JSON and Markdown."""

    def __init__(self, args):
        self.args = args
        self.rows: list[dict] = []
        self.extra: dict = {}
        self.schema = load_schema()
        self.tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))

    def add(self, metric, value, unit, baseline=None, ratio=None, target=None, met=None, note=""):
        row = dict(metric=metric, value=value, unit=unit, baseline=baseline, ratio=ratio, target=target, met=met, note=note)
        self.rows.append(row)
        print(f"  {metric}: {fmt(value)} {unit}" + (f" (ratio {fmt(ratio)})" if ratio is not None else "") + (f" {note}" if note else ""), flush=True)

    # ------------------------------------------------------------------ stores

    def fresh_store(self, name: str) -> EmbeddedBackend:
        path = self.tmp / name
        shutil.rmtree(path, ignore_errors=True)
        store = EmbeddedBackend(self.schema, path / "graph.lbdb")
        store.apply_schema()
        store.write(self.reference_batch())
        return store

    def reference_batch(self) -> GraphBatch:
        if "reference" not in self.extra:
            self.extra["reference"] = to_batch(reference_graph(), self.schema)
        return self.extra["reference"]

    # ------------------------------------------------------------------ 1 + 2: embedded load

    def embedded_load(self):
        args = self.args
        sample = min(args.merge_sample, max(args.sizes))
        print(f"[embedded] MERGE baseline on {sample:,} facts", flush=True)
        merge_rate = self.merge_baseline(sample)
        store = self.fresh_store("copy-sample")
        batches = synth.generate_batches(sample, args.chunk)
        seconds = timed(lambda: [store.write(b) for b in batches])
        store.close()
        copy_rate_sample = sample / seconds
        self.add(f"embedded load, COPY path, {sample:,} facts", round(copy_rate_sample), "facts/s", round(merge_rate), round(copy_rate_sample / merge_rate, 1),
                 note=f"same sample as the UNWIND ... MERGE baseline ({sample / merge_rate:.1f} s vs {seconds:.2f} s)")
        for size in args.sizes:
            self.load_size(size, merge_rate, sample, keep=size == max(args.sizes))

    def merge_baseline(self, sample: int) -> float:
        """The same rows through `UNWIND $rows AS row MERGE ... SET` in one transaction."""
        store = self.fresh_store("merge")
        batch = synth.generate_batches(sample, sample)[0]
        conn = store._conn

        def run():
            conn.execute("BEGIN TRANSACTION")
            for label, rows in batch.nodes.items():
                names = [p.name for p in self.schema.nodes[label].properties if p.name != "id"]
                present = [n for n in names if any(n in r for r in rows.values())]
                sets = ", ".join(f"n.{n} = row.{n}" for n in present)
                payload = [{"id": k, **{n: r.get(n) for n in present}} for k, r in rows.items()]
                conn.execute(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}})" + (f" SET {sets}" if sets else ""), {"rows": payload})
            for (name, a, b), rows in batch.rels.items():
                names = [p.name for p in self.schema.rels[name].properties]
                sets = ", ".join(f"r.{n} = row.{n}" for n in names)
                payload = [{"a": x, "b": y, **{n: p.get(n) for n in names}} for (x, y), p in rows.items()]
                conn.execute(f"UNWIND $rows AS row MATCH (a:{a} {{id: row.a}}), (b:{b} {{id: row.b}}) MERGE (a)-[r:{name}]->(b)" + (f" SET {sets}" if sets else ""), {"rows": payload})
            conn.execute("COMMIT")

        seconds = timed(run)
        counts = store.stats()
        store.close()
        self.extra["merge_baseline"] = {"facts": sample, "seconds": round(seconds, 3), "events": sum(counts[label] for label in EVENT_LABELS)}
        return sample / seconds

    def load_size(self, size: int, merge_rate: float, sample: int, keep: bool):
        args = self.args
        print(f"[embedded] generating {size:,} facts in writes of {args.chunk:,}", flush=True)
        gen_seconds, batches = timed_value(lambda: synth.generate_batches(size, args.chunk))
        nodes = sum(b.counts()[0] for b in batches)
        rels = sum(b.counts()[1] for b in batches)
        self.extra.setdefault("generated", {})[size] = {"seconds": round(gen_seconds, 1), "node_rows": nodes, "rel_rows": rels}
        # The bench keeps every batch for the reload; freeze them so the cyclic GC does not walk
        # millions of rows on each collection (a real `kg load` holds one source at a time).
        gc.collect()
        gc.freeze()
        store = self.fresh_store(f"load-{size}")
        phases = Phases(store)
        profile = cProfile.Profile() if args.profile else None
        print(f"[embedded] first load of {size:,} facts ({nodes:,} node rows, {rels:,} rel rows)", flush=True)

        def load():
            summary = None
            for i, batch in enumerate(batches):
                if profile and i == len(batches) - 1:
                    profile.enable()
                s = store.write(batch)
                if profile:
                    profile.disable()
                summary = s if summary is None else summary + s
            return summary

        first, summary = timed_value(load)
        first_phases = phases.take(first)
        before = store.stats()
        rate = size / first
        self.add(f"embedded load, COPY path, {size:,} facts", round(rate), "facts/s", round(merge_rate), round(rate / merge_rate, 1),
                 f">= {TARGETS['load']:,} facts/s", rate >= TARGETS["load"],
                 f"{first:.1f} s in {len(batches)} writes of {args.chunk:,}; baseline = MERGE rate at {sample:,} facts (MERGE does not use the key index, so at {size:,} it would be slower still)")
        print(f"[embedded] reload of the same {size:,} facts", flush=True)
        reload_seconds, again = timed_value(lambda: [store.write(b) for b in batches])
        reload_phases = phases.take(reload_seconds)
        after = store.stats()
        changed = sum((s.nodes_created, s.rels_created, s.updated) != (0, 0, 0) for s in again)
        idempotent = before == after and changed == 0
        ratio = reload_seconds / first
        self.add(f"embedded reload unchanged, {size:,} facts", round(reload_seconds, 2), "s", round(first, 2), round(ratio, 2),
                 f"< {TARGETS['reload_ratio']}", ratio < TARGETS["reload_ratio"],
                 "idempotent: counts unchanged, nothing created or updated" if idempotent else f"NOT idempotent: {changed} writes changed something")
        self.extra.setdefault("phases", {})[size] = {"first": first_phases, "reload": reload_phases,
                                                     "created": summary.__dict__, "counts": before}
        if profile:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(15)
            self.extra.setdefault("profile", {})[size] = out.getvalue().strip().splitlines()[-22:]
        del batches
        gc.unfreeze()
        gc.collect()
        if keep:
            self.queries(store, f"embedded, {size:,} facts")
        store.close()
        shutil.rmtree(self.tmp / f"load-{size}", ignore_errors=True)

    # ------------------------------------------------------------------ 3: query latency

    def queries(self, store, where: str):
        print(f"[queries] {where}", flush=True)
        details = []
        for name, query in catalog().items():
            params = query.bind(QUERY_PARAMS.get(name, {}))
            # The first run plans and compiles the query and warms caches; it is reported apart.
            t = time.perf_counter()
            store.run(query, params)
            cold = (time.perf_counter() - t) * 1000
            times, rows = [], 0
            started = time.perf_counter()
            while len(times) < self.args.repeats and (len(times) < 3 or time.perf_counter() - started < self.args.query_budget):
                t = time.perf_counter()
                rows = len(store.run(query, params).rows)
                times.append((time.perf_counter() - t) * 1000)
            p50, p95 = percentile(times, 50), percentile(times, 95)
            shown = ", ".join(f"{k}={v}" for k, v in QUERY_PARAMS.get(name, {}).items())
            self.add(f"query {name} ({where})", round(p95, 1), "ms p95", None, None, f"p95 < {TARGETS['p95_ms']:.0f} ms", p95 < TARGETS["p95_ms"],
                     f"p50 {p50:.1f} ms, {len(times)} runs after a first of {cold:.0f} ms, {rows:,} rows; {shown}")
            details.append({"query": name, "backend": store.name, "params": QUERY_PARAMS.get(name, {}), "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "first_ms": round(cold, 2), "runs": len(times), "rows": rows})
        self.extra.setdefault("queries", []).extend(details)

    # ------------------------------------------------------------------ 4: Neo4j

    def neo4j(self):
        from kg.backends.neo4j import CHUNK, Neo4jBackend
        from kg.settings import Settings

        args = self.args
        store = Neo4jBackend.from_settings(self.schema, Settings())
        store.apply_schema()
        made: dict[str, set[str]] = collections.defaultdict(set)
        try:
            print(f"[neo4j] one transaction per fact, {args.neo4j_single:,} facts", flush=True)
            specs, articles = synth.generate_specs(args.neo4j_single, seed=11)
            singles = []
            for spec in specs:
                b = GraphBatch()
                synth.add_rows(b, spec, articles)
                singles.append(b)
                remember(made, b)
            single_seconds = timed(lambda: [store.write(b) for b in singles])
            single_rate = len(singles) / single_seconds
            print(f"[neo4j] batched UNWIND, {args.neo4j_facts:,} facts", flush=True)
            batches = synth.generate_batches(args.neo4j_facts, args.neo4j_chunk, seed=12)
            for b in batches:
                remember(made, b)
            seconds = timed(lambda: [store.write(b) for b in batches])
            rate = args.neo4j_facts / seconds
            ratio = rate / single_rate
            self.add(f"neo4j load, batched UNWIND, {args.neo4j_facts:,} facts", round(rate), "facts/s", round(single_rate), round(ratio, 1),
                     f">= {TARGETS['neo4j_rate']:,} facts/s and >= {TARGETS['neo4j_ratio']:.0f}x", rate >= TARGETS["neo4j_rate"] and ratio >= TARGETS["neo4j_ratio"],
                     f"{seconds:.1f} s; {len(batches)} write(s) of up to {args.neo4j_chunk:,} facts, rows sent {CHUNK:,} per UNWIND; baseline = one transaction per fact ({args.neo4j_single} facts, {single_seconds:.1f} s); shared server, other clients may interfere")
            shape = (sum(len(r) for b in batches for r in b.nodes.values()) / args.neo4j_facts,
                     sum(len(r) for b in batches for r in b.rels.values()) / args.neo4j_facts)
            self.queries(store, f"neo4j, +{args.neo4j_facts + args.neo4j_single:,} facts")
        finally:
            forget(store, made)
        try:
            self.neo4j_ceiling(store, *shape)
        finally:
            store.close()

    def neo4j_ceiling(self, store, node_rows: float, rel_rows: float, n: int = 50_000):
        """What the server itself does with UNWIND, on this machine: MERGE of n keyed nodes vs
        CREATE of the same rows (both under a uniqueness constraint), and MERGE of n
        relationships between existing nodes. Bounds what any batching of kg's writes can reach."""
        from kg.backends.neo4j import CHUNK

        print(f"[neo4j] server ceiling, {n:,} rows", flush=True)
        run = lambda q, **p: store._run(lambda: store.driver.execute_query(q, p, database_=store.database))  # noqa: E731
        labels = ("KgBenchMerge", "KgBenchCreate")
        for label in labels:
            run(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        rows = [{"id": f"c{i}", "props": {"n": i, "text": "ceiling"}} for i in range(n)]
        pairs = [{"a": f"c{i}", "b": f"c{(i * 7919) % n}"} for i in range(n)]

        def chunks(cypher, data):
            for start in range(0, len(data), CHUNK):
                run(cypher, rows=data[start : start + CHUNK])

        try:
            merge = timed(lambda: chunks("UNWIND $rows AS row MERGE (n:KgBenchMerge {id: row.id}) SET n += row.props", rows))
            create = timed(lambda: chunks("UNWIND $rows AS row CREATE (n:KgBenchCreate {id: row.id}) SET n += row.props", rows))
            rels = timed(lambda: chunks("UNWIND $rows AS row MATCH (a:KgBenchMerge {id: row.a}) MATCH (b:KgBenchMerge {id: row.b}) "
                                        "MERGE (a)-[:KG_BENCH]->(b)", pairs))
        finally:
            for label in labels:
                while run(f"MATCH (n:{label}) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c").records[0]["c"]:
                    pass
                run(f"DROP CONSTRAINT {label.lower()}_id IF EXISTS")
        per_fact = 1 / (node_rows * merge / n + rel_rows * rels / n)
        self.add("neo4j server ceiling, UNWIND MERGE of keyed nodes", round(n / merge), "rows/s", round(n / create), round(create / merge, 2),
                 note=f"baseline = CREATE of the same rows under the same constraint; MERGE of relationships between existing nodes: "
                      f"{n / rels:,.0f} rows/s. kg writes {node_rows:.1f} node and {rel_rows:.1f} relationship rows per fact, so these rates cap a load near "
                      f"{per_fact:,.0f} facts/s however it is batched")

    # ------------------------------------------------------------------ 5: RDF

    def rdf(self):
        import pyoxigraph as ox

        args = self.args
        target = args.rdf_triples
        print(f"[rdf] building ~{target:,} triples", flush=True)
        facts_used = max(100, target // 24)  # kg.mapping.to_rdf gives ~24 triples per fact
        for _ in range(3):
            batch = synth.generate_batches(facts_used, facts_used, seed=21)[0]
            graph = to_rdf(batch, self.schema)
            if abs(len(graph) - target) <= 0.05 * target:
                break
            facts_used = max(10, round(facts_used * target / max(len(graph), 1)))
        triples = len(graph)
        del batch
        for fmt, ox_fmt in (("nt", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE)):
            if fmt not in args.rdf_formats:
                continue
            print(f"[rdf] {fmt}: {triples:,} triples", flush=True)
            rdflib_out, text = timed_value(lambda: graph.serialize(format=fmt))
            data = text.encode()
            ox_store = ox.Store()
            ox_in = timed(lambda: ox_store.bulk_load(data, format=ox_fmt))
            ox_out, ox_text = timed_value(lambda: ox_store.dump(format=ox_fmt, from_graph=ox.DefaultGraph()))
            assert len(ox_store) == triples, (len(ox_store), triples)
            del ox_store, ox_text
            gc.collect()
            from rdflib import Graph

            rdflib_in, parsed = timed_value(lambda: Graph().parse(data=text, format=fmt))
            assert len(parsed) == triples
            del parsed, text, data
            gc.collect()
            note = f"{triples:,} triples from {facts_used:,} facts (kg.mapping.to_rdf)"
            self.add(f"RDF export ({fmt}), pyoxigraph vs rdflib", round(triples / ox_out), "triples/s", round(triples / rdflib_out), round(rdflib_out / ox_out, 1),
                     note=f"{ox_out:.2f} s vs rdflib {rdflib_out:.2f} s; {note}")
            self.add(f"RDF import ({fmt}), pyoxigraph vs rdflib", round(triples / ox_in), "triples/s", round(triples / rdflib_in), round(rdflib_in / ox_in, 1),
                     note=f"{ox_in:.2f} s vs rdflib {rdflib_in:.2f} s (into an in-memory store / Graph); {note}")
        del graph
        gc.collect()

    # ------------------------------------------------------------------ re-loading an article corpus

    def corpus_reload(self):
        """`kg load` of a generated article corpus, then of the same corpus again, then again
        under edited rules (every article re-extracted, its old facts withdrawn and written back)."""
        from extract_throughput import make_corpus
        from kg import loading
        from kg.loading import load

        n = self.args.corpus_articles
        print(f"[corpus] kg load of {n:,} generated articles, then again", flush=True)
        path = self.tmp / "corpus.jsonl"
        write_jsonl(path, make_corpus(n, seed=11))
        store = self.fresh_store("corpus")
        store.write(self.reference_batch())
        first, outcomes = timed_value(lambda: load(store, [str(path)]))
        before = store.stats()
        again, repeated = timed_value(lambda: load(store, [str(path)]))
        idempotent = store.stats() == before and sum(o.nodes_created + o.rels_created for o in repeated) == 0
        skipped = sum(o.unchanged for o in repeated)
        digest = loading.extractor_digest
        loading.extractor_digest = lambda: "bench-edited-rules"
        try:
            replaced, rewritten = timed_value(lambda: load(store, [str(path)]))
        finally:
            loading.extractor_digest = digest
        same = store.stats() == before
        retracted = sum(o.retracted for o in rewritten)
        store.close()
        facts = sum(o.facts for o in outcomes)
        ratio = again / first
        self.add(f"kg load, unchanged corpus again ({n:,} articles)", round(again, 2), "s", round(first, 2), round(ratio, 3),
                 f"< {TARGETS['reload_ratio']}", ratio < TARGETS["reload_ratio"],
                 f"first load {first:.1f} s ({facts:,} facts, extraction included); {skipped:,} of {n:,} articles skipped by fingerprint; "
                 + ("idempotent" if idempotent else "NOT idempotent"))
        self.add(f"kg load, same corpus under edited rules ({n:,} articles)", round(replaced, 2), "s", round(first, 2), round(replaced / first, 2),
                 "", None,
                 f"every article re-extracted; {retracted:,} facts withdrawn and written back in the same transactions; "
                 + ("graph unchanged" if same else "GRAPH CHANGED"))

    # ------------------------------------------------------------------ memory while streaming

    def streaming_memory(self):
        """Peak memory of `kg extract FILE --format jsonl` over a small and a large JSON-lines
        corpus, each in its own process."""
        from extract_throughput import make_corpus

        sizes = [self.args.stream_mb / 10, self.args.stream_mb]
        peaks = []
        for mb in sizes:
            path = self.tmp / f"stream-{mb:g}.jsonl"
            print(f"[stream] kg extract over {mb:g} MB of JSON lines", flush=True)
            written = write_jsonl(path, make_corpus(200, seed=3), until_bytes=int(mb * 1e6))
            command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r})\n{STREAM_CHILD}", str(path)]
            t = time.perf_counter()
            with (self.tmp / "facts.jsonl").open("w") as out:
                done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, text=True, check=False)
            seconds = time.perf_counter() - t
            if done.returncode != 0:
                self.extra["streaming_error"] = done.stderr.strip()[-500:]
                return
            peak_mb = int(done.stderr.split()[-1])
            with (self.tmp / "facts.jsonl").open() as out:
                facts = sum(1 for _ in out)
            peaks.append(peak_mb)
            path.unlink()
            self.extra.setdefault("streaming", []).append({"mb": round(written / 1e6, 1), "seconds": round(seconds, 1), "peak_rss_mb": peak_mb, "facts": facts})
        ratio = peaks[1] / peaks[0]
        self.add(f"kg extract peak memory, {sizes[1]:g} MB vs {sizes[0]:g} MB of JSON lines", peaks[1], "MB", peaks[0], round(ratio, 2),
                 "bounded (ratio near 1)", ratio < 1.5, f"a fresh process each; {self.extra['streaming'][-1]['facts']:,} facts printed from the larger file in {self.extra['streaming'][-1]['seconds']} s")

    # ------------------------------------------------------------------ extraction (bench/extract_throughput.py)

    def extraction(self):
        script = HERE / "extract_throughput.py"
        if not script.exists():
            return
        print("[extract] bench/extract_throughput.py", flush=True)
        try:
            done = subprocess.run([sys.executable, str(script), "--articles", str(self.args.extract_articles)],
                                  capture_output=True, text=True, timeout=300, check=False)
            self.extra["extract_throughput"] = (done.stdout.strip() or done.stderr.strip()[-2000:]) if done.returncode == 0 else f"failed ({done.returncode}): {done.stderr.strip()[-500:]}"
        except subprocess.TimeoutExpired:
            self.extra["extract_throughput"] = "timed out after 300 s"

    # ------------------------------------------------------------------ output

    def write(self, started: float):
        args = self.args
        import ladybug

        machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                   "ladybug": getattr(ladybug, "__version__", "?"), "peak_rss_mb": peak_rss_mb(),
                   "total_seconds": round(time.perf_counter() - started), "date": dt.datetime.now().isoformat(timespec="seconds")}
        try:
            import psutil

            machine["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
        except ImportError:
            pass
        config = {k: v for k, v in vars(args).items() if k not in ("out", "md")}
        data = {"machine": machine, "config": config, "results": self.rows, **{k: v for k, v in self.extra.items() if k != "reference"}}
        Path(args.out).write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
        Path(args.md).write_text(markdown(data), encoding="utf-8")
        print(f"wrote {args.out} and {args.md}")


EVENT_LABELS = ("DesignationChange", "MembershipChange", "PolicyIssuance", "SanctionChange", "Reaction")


class Phases:
    """Time spent inside the store per kind of statement (wraps the backend's _execute)."""

    def __init__(self, store):
        self.times = collections.Counter()
        inner = store._execute

        def execute(cypher, params=None):
            t = time.perf_counter()
            try:
                return inner(cypher, params)
            finally:
                self.times[kind_of(cypher)] += time.perf_counter() - t

        store._execute = execute

    def take(self, total: float) -> dict:
        out = {k: round(v, 3) for k, v in sorted(self.times.items(), key=lambda kv: -kv[1])}
        out["python (rows, Arrow, results)"] = round(total - sum(self.times.values()), 3)
        self.times.clear()
        return out


# The child measures itself with extract_throughput.peak_rss_mb (VmHWM): ru_maxrss survives
# exec, so a child of a large bench process would report the parent's size.
STREAM_CHILD = """
import sys
from kg.cli import cli
from extract_throughput import peak_rss_mb
cli.main(args=["extract", sys.argv[1], "--format", "jsonl"], standalone_mode=False)
print(int(peak_rss_mb()), file=sys.stderr)
"""


def write_jsonl(path: Path, docs: list, until_bytes: int = 0) -> int:
    """Write articles as JSON lines (cycling through `docs` until `until_bytes`); return the bytes written."""
    written, i = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while i < len(docs) or written < until_bytes:
            doc = docs[i % len(docs)]
            line = json.dumps({"id": f"{doc.id}-{i}", "title": doc.title, "published": doc.published.isoformat() if doc.published else None,
                               "url": None, "publisher": None, "text": doc.text}) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    return written


def kind_of(cypher: str) -> str:
    words = cypher.split()
    if words[0] == "COPY":
        return "COPY rel" if "from=" in cypher else "COPY node"
    if words[0] == "UNWIND":
        if " CREATE " in cypher:
            return "insert (CREATE, small writes)"
        return "look-up rel (UNWIND)" if "]->" in cypher else "look-up node (UNWIND)"
    if words[:2] == ["LOAD", "FROM"]:
        return "look-up (LOAD FROM)"
    if words[0] == "MATCH":
        if "count(" in cypher:
            return "count"
        return "update (SET)" if " SET " in cypher else "look-up node (scan)"
    return words[0]


def remember(made: dict, batch: GraphBatch):
    for label in (*EVENT_LABELS, "Article"):
        made[label].update(batch.nodes.get(label, {}))


def forget(store, made: dict):
    """Delete what the bench added to a shared Neo4j (events and bench articles only)."""
    for label, keys in made.items():
        keys = sorted(keys)
        for start in range(0, len(keys), 5000):
            store._run(lambda: store.driver.execute_query(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) DETACH DELETE n",
                                                          {"ids": keys[start : start + 5000]}, database_=store.database))


def timed(call) -> float:
    t = time.perf_counter()
    call()
    return time.perf_counter() - t


def timed_value(call):
    t = time.perf_counter()
    value = call()
    return time.perf_counter() - t, value


def percentile(values: list[float], pct: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


def peak_rss_mb() -> int:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "**no**"
    if isinstance(value, int | float) and abs(value) >= 1000:
        return f"{value:,.0f}"
    return str(value)


def markdown(data: dict) -> str:
    m, c = data["machine"], data["config"]
    lines = [
        "# kg benchmark results",
        "",
        f"{m['date']}; {m['cpus']} cores, {m.get('memory_gb', '?')} GB, Python {m['python']}, LadybugDB {m['ladybug']}; "
        f"{m['total_seconds']} s in all, peak RSS {m['peak_rss_mb']:,} MB.",
        f"Config: sizes {', '.join(f'{s:,}' for s in c['sizes'])} facts, writes of {c['chunk']:,} facts, MERGE sample {c['merge_sample']:,}, "
        f"{c['repeats']} query runs, RDF {c['rdf_triples']:,} triples{', quick' if c['quick'] else ''}. Regenerate with `make bench` (see bench/README.md).",
        "",
        "| metric | value | baseline | ratio | target | met? | note |",
        "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for r in data["results"]:
        lines.append(f"| {r['metric']} | {fmt(r['value'])} {r['unit']} | {fmt(r['baseline'])} | {fmt(r['ratio'])} | {r['target'] or '—'} | {fmt(r['met'])} | {r['note']} |")
    for size, phases in data.get("phases", {}).items():
        lines += ["", f"## Where the embedded write spends its time ({int(size):,} facts, seconds)", "", "| phase | first load | reload |", "| --- | ---: | ---: |"]
        for key in dict.fromkeys([*phases["first"], *phases["reload"]]):
            lines.append(f"| {key} | {phases['first'].get(key, 0)} | {phases['reload'].get(key, 0)} |")
    if "profile" in data:
        for size, text in data["profile"].items():
            lines += ["", f"## cProfile of the last write ({int(size):,} facts)", "", "```", *text, "```"]
    if "neo4j_error" in data:
        lines += ["", f"Neo4j part failed: {data['neo4j_error']}"]
    if "extract_throughput" in data:
        lines += ["", "## Extraction throughput (bench/extract_throughput.py)", "", data["extract_throughput"]]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts in the largest store (queries run on it)")
    parser.add_argument("--sizes", default=None, help="comma-separated fact counts to load (default: --facts)")
    parser.add_argument("--chunk", type=int, default=100_000, help="facts per write (one transaction each)")
    parser.add_argument("--merge-sample", type=int, default=20_000, help="facts for the UNWIND ... MERGE baseline")
    parser.add_argument("--repeats", type=int, default=20, help="runs per query")
    parser.add_argument("--query-budget", type=float, default=20.0, help="seconds per query after 3 runs")
    parser.add_argument("--rdf-triples", type=int, default=1_000_000)
    parser.add_argument("--rdf-formats", default="nt,turtle")
    parser.add_argument("--neo4j", action=argparse.BooleanOptionalAction, default=None, help="run the Neo4j part (default: when NEO4J_URI is set)")
    parser.add_argument("--neo4j-facts", type=int, default=1_000_000, help="facts loaded into Neo4j (its queries run on them)")
    parser.add_argument("--neo4j-single", type=int, default=500)
    parser.add_argument("--neo4j-chunk", type=int, default=20_000,
                        help="facts per Neo4j write (one transaction; 100,000 exceeds the transaction memory of a 1 GB heap)")
    parser.add_argument("--extract-articles", type=int, default=2000)
    parser.add_argument("--corpus-articles", type=int, default=2000, help="articles for the kg load / re-load step")
    parser.add_argument("--stream-mb", type=float, default=200.0, help="JSON lines streamed through kg extract for the memory check (and a tenth of it)")
    parser.add_argument("--skip", default="", help="comma-separated steps to skip: load, corpus, stream, rdf, neo4j, extract")
    parser.add_argument("--profile", action="store_true", help="cProfile the last embedded write")
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--out", default=None)
    parser.add_argument("--md", default=None)
    args = parser.parse_args()
    if args.quick:
        args.facts, args.chunk, args.merge_sample, args.repeats = 20_000, 10_000, 2_000, 5
        args.rdf_triples, args.neo4j_facts, args.neo4j_single, args.extract_articles = 20_000, 2_000, 100, 200
        args.corpus_articles, args.stream_mb = 200, 10.0
    args.sizes = sorted(int(s) for s in args.sizes.split(",")) if args.sizes else [args.facts]
    args.rdf_formats = args.rdf_formats.split(",")
    args.skip = set(filter(None, args.skip.split(",")))
    if args.neo4j is None:
        args.neo4j = bool(os.environ.get("NEO4J_URI"))
    suffix = ".quick" if args.quick else ""
    args.out = args.out or str(HERE / f"results{suffix}.json")
    args.md = args.md or str(HERE / f"RESULTS{suffix}.md")

    started = time.perf_counter()
    print(f"self-check: {synth.self_check(100)} rows equal to kg.mapping.to_batch", flush=True)
    bench = Bench(args)
    try:
        if "load" not in args.skip:
            bench.embedded_load()
        if "corpus" not in args.skip:
            bench.corpus_reload()
        if "stream" not in args.skip:
            bench.streaming_memory()
        if "rdf" not in args.skip:
            bench.rdf()
        if "extract" not in args.skip:
            bench.extraction()
        if args.neo4j and "neo4j" not in args.skip:
            try:
                bench.neo4j()
            except Exception as err:  # a shared server: report, do not lose the other numbers
                bench.extra["neo4j_error"] = f"{type(err).__name__}: {err}"
                print(f"[neo4j] failed: {err}", flush=True)
    finally:
        bench.write(started)
        shutil.rmtree(bench.tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
