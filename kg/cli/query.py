"""Commands that ask the graph questions: prepared queries and read-only ad-hoc Cypher."""

from __future__ import annotations

import click
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from kg import queries
from kg.cli.common import FORMAT, emit, open_store, store_options
from kg.readonly import check_read_only


@click.group()
def query():
    """List, show and run the prepared queries."""


@query.command("list")
def list_queries():
    """List the prepared queries with their parameters."""
    table = Table("name", "parameters", "summary")
    for q in queries.catalog().values():
        params = ", ".join(p.name if p.required else f"[{p.name}]" for p in q.params)
        table.add_row(q.name, params, q.summary)
    Console().print(table)


@query.command("show")
@click.argument("name")
def show_query(name):
    """Print a prepared query's parameters and Cypher."""
    q = queries.get(name)
    click.echo(f"{q.name}: {q.summary}")
    for p in q.params:
        default = "required" if p.required else f"default {p.default}"
        click.echo(f"  -p {p.name} <{p.type}>  ({default}) {p.help}")
    Console().print(Syntax(q.cypher, "cypher", theme="ansi_dark", background_color="default"))
    for backend in q.variants:
        click.echo(f"(has a {backend} variant)")


@query.command("run")
@click.argument("name")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE", help="A parameter, e.g. -p year 2025 (repeatable).")
@FORMAT
@store_options
def run_query(name, params, fmt, settings):
    """Run a prepared query, e.g. `kg query run designations-changed -p year 2025`."""
    q = queries.get(name)
    raw = {}
    for key, value in params:
        raw[key] = value
    bound = q.bind(raw)
    with open_store(settings, read_only=True) as store:
        result = store.run(q, bound)
    emit(result, fmt, title=q.summary if fmt == "table" else None)


@click.command()
@click.argument("text")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE", help="A string parameter for $NAME (repeatable).")
@FORMAT
@store_options
def cypher(text, params, fmt, settings):
    """Run ad-hoc read-only Cypher; write clauses are refused, and the store is opened read-only."""
    check_read_only(text)
    with open_store(settings, read_only=True) as store:
        result = store.query(text, dict(params))
    emit(result, fmt)


COMMANDS = [query, cypher]
