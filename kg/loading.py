"""Load sources into a store: each source is read, extracted, validated and mapped in full
before one transaction writes it, so a bad source leaves the graph as it was.

An article whose fingerprint (a hash of its text, metadata and the extractor's rules) is
already stored is not extracted again, so re-loading an unchanged corpus costs one key
look-up per article instead of extraction and a write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import islice

from rdflib import Graph

from kg.backends import Backend
from kg.errors import InputError, KGError
from kg.ingest import article_graph, rdf_format, read_rdf
from kg.model import fact_from_extraction
from kg.mapping import GraphBatch, to_batch
from kg.ontology import load_schema
from kg.validate import check


@dataclass
class Prepared:
    """A source read, validated and mapped, not yet written."""

    name: str
    batch: GraphBatch
    documents: int
    facts: int
    refused: int = 0
    unchanged: int = 0


@dataclass
class Outcome:
    """What loading one source did, or why it did nothing."""

    name: str
    documents: int = 0
    facts: int = 0
    nodes_created: int = 0
    rels_created: int = 0
    refused: int = 0
    unchanged: int = 0
    retracted: int = 0
    error: str | None = None
    exit_code: int = 0


def prepare_rdf(path: str, fmt: str) -> Prepared:
    """Parse, validate and map one RDF file."""
    graph = read_rdf(path, fmt)
    check(graph, path)
    schema = load_schema()
    batch = to_batch(graph, schema)
    events = sum(len(rows) for label, rows in batch.nodes.items() if label in schema.event_labels)
    return Prepared(path, batch, 1, events)


Known = Callable[[list[str]], dict[str, str | None]]
"""Given article ids, the fingerprint stored for each one the store holds (None if it has none)."""

FINGERPRINT_CHUNK = 1_000


def prepare_articles(source, known: Known | None = None) -> Prepared:
    """Extract every document of an article source (file, feed, JSON lines) and map the facts.

    Documents that `known` reports as stored unchanged are counted and skipped; a document
    stored with another fingerprint (its text or the rules changed) replaces what its earlier
    extraction said, so a fact the rules no longer find leaves the store. Facts are
    validated by their pydantic models, which enforce what the SHACL shapes say
    (tests/test_model_shapes.py proves every valid model yields conforming RDF); running
    pyshacl here as well would cost ~3 ms per fact and dominate bulk loads.
    """
    from kg.loaders.extract import EXTRACTOR_VERSION, extract

    graph = Graph()
    replaces: dict[str, str] = {}
    family = EXTRACTOR_VERSION.split("/")[0] + "/"
    documents = facts = refused = unchanged = 0
    for chunk in chunked(source.documents(), FINGERPRINT_CHUNK):
        prints = {doc.id: fingerprint(doc, extractor_digest()) for doc in chunk}
        stored = known(list(prints)) if known else {}
        for doc in chunk:
            documents += 1
            if doc.id in stored:
                if stored[doc.id] == prints[doc.id]:
                    unchanged += 1
                    continue
                replaces[doc.id] = family
            built = []
            for record in extract(doc):
                try:
                    built.append(fact_from_extraction(record, EXTRACTOR_VERSION))
                except ValueError:  # the model refuses what the ontology forbids; never stored
                    refused += 1
            graph += article_graph(doc, built, prints[doc.id])
            facts += len(built)
    if documents == 0:
        raise InputError(f"{source.name}: no articles found")
    batch = to_batch(graph, load_schema())
    batch.replaces = replaces
    return Prepared(source.name, batch, documents, facts, refused, unchanged)


def fingerprint(doc, extractor: str) -> str:
    """A hash of what the extractor reads from a document, and of the extractor itself."""
    fields = (extractor, doc.id, doc.title or "", str(doc.published or ""), doc.url or "", doc.publisher or "", doc.text)
    return hashlib.sha256("\x1f".join(fields).encode("utf-8", "surrogatepass")).hexdigest()[:32]


@cache
def extractor_digest() -> str:
    """The extractor's version and a hash of its code and pattern files: any change to the
    rules makes stored articles due for extraction again, whether or not someone remembered
    to bump EXTRACTOR_VERSION."""
    from kg import loaders
    from kg.loaders.extract import EXTRACTOR_VERSION

    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in sorted(files(loaders).rglob("*"), key=str):
        if path.suffix in (".py", ".toml"):
            digest.update(path.relative_to(files(loaders)).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def stored_fingerprints(backend: Backend) -> Known:
    """A `Known` that asks the store which of the articles it holds, with which fingerprint."""

    def known(ids: list[str]) -> dict[str, str | None]:
        rows = backend.query("UNWIND $keys AS k MATCH (a:Article {id: k}) RETURN a.id, a.fingerprint", {"keys": ids}).rows
        return dict(rows)

    return known


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def prepare_all(paths: Iterable[str], fmt: str | None = None, known: Known | None = None) -> Iterator[Prepared | Outcome]:
    """Prepare each source in turn (directories and globs expanded, RDF routed by extension);
    a source that fails yields an Outcome carrying its error."""
    from kg.loaders.sources import expand, iter_sources

    for path in expand(list(paths)):
        rdf = rdf_format(path, fmt) if path != "-" else None
        if rdf is not None:
            yield _guard(path, lambda path=path, rdf=rdf: prepare_rdf(path, rdf))
            continue
        for source in iter_sources([path], fmt):
            yield _guard(source.name, lambda source=source: prepare_articles(source, known))


def _guard(name: str, prepare: Callable[[], Prepared]) -> Prepared | Outcome:
    try:
        return prepare()
    except KGError as err:
        return Outcome(name, error=str(err), exit_code=err.exit_code)
    except (UnicodeError, ValueError) as err:
        return Outcome(name, error=f"{name}: {err}", exit_code=InputError.exit_code)


def load(backend: Backend, paths: Iterable[str], fmt: str | None = None, strict: bool = False,
         on_progress: Callable[[str], None] | None = None) -> list[Outcome]:
    """Load every source; each good one in one transaction. With `strict`, any bad source
    stops the whole batch before anything is written."""
    outcomes: list[Outcome] = []
    prepared: list[Prepared] = []
    for item in prepare_all(paths, fmt, stored_fingerprints(backend)):
        if isinstance(item, Outcome):
            outcomes.append(item)
            if strict:
                return outcomes
        elif strict:
            prepared.append(item)
        else:
            outcomes.append(write(backend, item))
        if on_progress:
            on_progress(item.name)
    for item in prepared:
        outcomes.append(write(backend, item))
    return outcomes


def write(backend: Backend, item: Prepared) -> Outcome:
    """Write one prepared source in one transaction."""
    summary = backend.write(item.batch)
    return Outcome(item.name, item.documents, item.facts, summary.nodes_created, summary.rels_created, item.refused,
                   item.unchanged, summary.retracted)

