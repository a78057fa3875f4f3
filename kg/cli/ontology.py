"""`kg ontology`: the schema derived from the ontology, and validation of RDF files."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from kg.errors import UsageError
from kg.ingest import rdf_format, read_rdf
from kg.ontology import load_schema
from kg.validate import check


@click.group()
def ontology():
    """Inspect the ontology-derived schema and validate RDF against the SHACL shapes."""


@ontology.command("show")
def show():
    """Print the node labels, keys, property types and relationship types derived from the ontology."""
    schema = load_schema()
    console = Console()
    nodes = Table("label", "key", "properties", title=f"node labels (ontology {schema.version})")
    for node in schema.nodes.values():
        props = ", ".join(f"{p.name}: {p.graph_type}" for p in node.properties)
        nodes.add_row(node.label, node.key, props)
    console.print(nodes)
    rels = Table("type", "from -> to", "properties", title="relationship types")
    for rel in schema.rels.values():
        pairs = ", ".join(f"{a}->{b}" for a, b in rel.pairs)
        rels.add_row(rel.name, pairs, ", ".join(f"{p.name}: {p.graph_type}" for p in rel.properties))
    console.print(rels)


@ontology.command("validate")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default=None, help="RDF format if the extension does not say (ttl, nt, jsonld, rdfxml).")
def validate(paths, fmt):
    """Check RDF files against the SHACL shapes without loading them."""
    for path in paths:
        rdf = rdf_format(path, fmt)
        if rdf is None:
            raise UsageError(f"{path}: not an RDF file (use .ttl, .nt, .jsonld, .rdf or --format)")
        check(read_rdf(path, rdf), path)
        click.echo(f"{path}: conforms")


COMMANDS = [ontology]
