"""Export a store: RDF in any rdflib serialisation, or one tidy CSV per label and relationship type."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from kg.mapping import GraphBatch, to_rdf
from kg.ontology import Schema

RDF_SERIALISATIONS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def export_rdf(batch: GraphBatch, schema: Schema, fmt: str) -> str:
    """The batch as RDF text in `fmt` (ttl, nt or jsonld)."""
    graph = to_rdf(batch, schema)
    return graph.serialize(format=RDF_SERIALISATIONS[fmt])


def export_csv(batch: GraphBatch, schema: Schema, folder: Path) -> list[Path]:
    """Write `<Label>.csv` per node label and `<TYPE>.csv` per relationship type (ISO dates,
    stable ids, header row even when empty); return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for node in schema.nodes.values():
        names = [p.name for p in node.properties]
        rows = [[cell(row.get(n)) for n in names] for _, row in sorted(batch.nodes.get(node.label, {}).items())]
        written.append(write_csv(folder / f"{node.label}.csv", names, rows))
    for rel in schema.rels.values():
        names = [p.name for p in rel.properties]
        header = ["start_label", "start_id", "end_label", "end_id", *names]
        rows = []
        for (_, a_label, b_label), pairs in sorted(batch.rels.items()):
            if _ != rel.name:
                continue
            for (a, b), props in sorted(pairs.items()):
                rows.append([a_label, a, b_label, b, *(cell(props.get(n)) for n in names)])
        written.append(write_csv(folder / f"{rel.name}.csv", header, rows))
    return written


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def cell(value) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value
