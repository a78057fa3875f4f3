"""Commands that fill and inspect a store: init, load, stats, export."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from kg.backends import QueryResult
from kg.backends.base import WriteSummary
from kg.cli.common import FORMAT, emit, open_store, store_options
from kg.errors import UsageError
from kg.ingest import reference_graph
from kg.loading import load as load_sources
from kg.mapping import to_batch
from kg.ontology import load_schema
from kg.validate import check

SYNC_ROWS = 50_000  # rows per transaction of `kg sync`: 630,000 overran a 1 GB Neo4j heap


@click.command()
@store_options
def init(settings):
    """Create the schema and load the reference data (states, organisations, memberships)."""
    graph = reference_graph()
    check(graph, "reference data")
    with open_store(settings) as store:
        store.apply_schema()
        summary = store.write(to_batch(graph, load_schema()))
    click.echo(f"{settings.backend} store ready: {summary.nodes_created} nodes and {summary.rels_created} relationships added")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default=None, help="Force the input format (ttl, nt, jsonld, rdfxml, txt, md, html, jsonl, rss, atom).")
@click.option("--strict", is_flag=True, help="Abort the whole batch, writing nothing, if any source is bad.")
@click.option("--wait", type=float, default=0.0, show_default=True, help="Seconds to wait for a store another kg process holds.")
@store_options
def load(paths, fmt, strict, wait, settings):
    """Load RDF files (Turtle, N-Triples, JSON-LD, RDF/XML) or articles (text, Markdown, HTML,
    JSON lines, RSS, Atom; files, directories, globs or - for stdin) into the store.

    Each source is validated against the ontology and written in one transaction; a bad
    source is reported and leaves the graph unchanged. Loading the same source twice
    changes nothing; loading an article again after its text or the extractor changed
    replaces the facts it gave before.
    """
    with open_store(settings, wait=wait) as store:
        store.apply_schema()
        if sys.stderr.isatty():
            with Progress(console=Console(stderr=True), transient=True) as progress:
                task = progress.add_task("loading", total=None)
                outcomes = load_sources(store, paths, fmt, strict, lambda name: progress.update(task, advance=1, description=name))
        else:
            outcomes = load_sources(store, paths, fmt, strict)
    bad = [o for o in outcomes if o.error]
    good = [o for o in outcomes if not o.error]
    for outcome in bad:
        for line in outcome.error.splitlines():
            click.echo(f"Error: {line}", err=True)
    if strict and bad:
        click.echo(f"nothing written: {len(bad)} bad source(s) and --strict", err=True)
        sys.exit(max(o.exit_code for o in bad))
    facts = sum(o.facts for o in good)
    click.echo(
        f"loaded {len(good)} source(s), {sum(o.documents for o in good)} document(s), {facts} fact(s): "
        f"{sum(o.nodes_created for o in good)} nodes and {sum(o.rels_created for o in good)} relationships added"
        + (f"; {unchanged} unchanged document(s) skipped" if (unchanged := sum(o.unchanged for o in good)) else "")
        + (f"; {retracted} fact(s) withdrawn that re-extracted articles no longer state" if (retracted := sum(o.retracted for o in good)) else "")
        + (f"; {refused} extracted fact(s) refused by the ontology" if (refused := sum(o.refused for o in good)) else "")
        + (f"; {len(bad)} source(s) failed" if bad else "")
    )
    if bad:
        sys.exit(max(o.exit_code for o in bad))


@click.command()
@FORMAT
@store_options
def stats(fmt, settings):
    """Count nodes per label and relationships per type."""
    with open_store(settings, read_only=True) as store:
        counts = store.stats()
    emit(QueryResult(["name", "count"], [[k, v] for k, v in counts.items()]), fmt)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "csv"]), default="ttl", show_default=True, help="RDF serialisation, or csv for one file per label and relationship type.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="File (RDF) or folder (csv) to write; RDF goes to stdout without it.")
@store_options
def export(fmt, output, settings):
    """Export the whole graph as RDF (Turtle, N-Triples, JSON-LD) or as tidy CSV files."""
    from kg.exporting import export_csv, export_rdf

    with open_store(settings, read_only=True) as store:
        batch = store.read_all()
    if fmt == "csv":
        if output is None:
            raise UsageError("--format csv needs --output FOLDER")
        files = export_csv(batch, load_schema(), output)
        click.echo(f"wrote {len(files)} CSV files to {output}")
        return
    text = export_rdf(batch, load_schema(), fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")


@click.command()
@click.option("--to", "target", type=click.Choice(["neo4j", "embedded"]), default="neo4j", show_default=True, help="The store to copy into.")
@click.option("--replace", is_flag=True, help="Empty the target first, so it ends up an exact copy.")
@store_options
def sync(target, replace, settings):
    """Copy the whole graph from the configured store (embedded by default) into another
    store, idempotently: publish a laptop graph to the team's Neo4j with `kg sync --to neo4j`.

    Rows go in transactions of 50,000 (nodes first), since one transaction for a large graph
    exceeds Neo4j's transaction memory; a sync that stops half-way completes when run again."""
    if target == settings.backend:
        raise UsageError(f"source and target are both {target}; pick --backend for the source and --to for the target")
    with open_store(settings, read_only=True) as source:
        batch = source.read_all()
    with open_store(settings.model_copy(update={"backend": target})) as store:
        store.apply_schema()
        if replace:
            store.clear()
        summary = WriteSummary()
        for part in batch.split(SYNC_ROWS):
            summary += store.write(part)
    nodes, rels = batch.counts()
    click.echo(f"synced {nodes} nodes and {rels} relationships to {target}: {summary.nodes_created} nodes and {summary.rels_created} relationships were new")


COMMANDS = [init, load, stats, export, sync]
