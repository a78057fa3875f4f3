"""Options and output shared by the commands."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from pathlib import Path

import click
from pydantic import ValidationError as PydanticValidationError
from rich.console import Console
from rich.table import Table

from kg.backends import BACKENDS, Backend, QueryResult, open_backend
from kg.errors import UsageError
from kg.settings import Settings


def store_options(command):
    """Add --backend and --store, and pass a ready Settings object as `settings`."""

    @click.option("--backend", type=click.Choice(BACKENDS), default=None, help="Graph store: embedded (default) or neo4j. Env: KG_BACKEND.")
    @click.option("--store", type=click.Path(path_type=Path), default=None, help="Embedded store file (default .kg/graph.lbdb). Env: KG_STORE.")
    @functools.wraps(command)
    def wrapper(*args, backend, store, **kwargs):
        overrides = {k: v for k, v in (("backend", backend), ("store", store)) if v is not None}
        try:
            settings = Settings(**overrides)
        except PydanticValidationError as err:
            raise UsageError(f"bad setting: {err.errors()[0]['loc'][0]}: {err.errors()[0]['msg']}") from None
        return command(*args, settings=settings, **kwargs)

    return wrapper


def open_store(settings: Settings, read_only: bool = False, wait: float = 0.0) -> Backend:
    """Open the configured store (the CLI's one way in)."""
    return open_backend(settings, read_only=read_only, wait=wait)


def plain(value):
    """A value as JSON/CSV wants it: dates in ISO form, lists joined."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


def emit(result: QueryResult, fmt: str, title: str | None = None) -> None:
    """Print a result as a rich table, CSV or JSON."""
    if fmt == "json":
        rows = [{k: plain(v) for k, v in record.items()} for record in result.records()]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[plain(v) for v in row] for row in result.rows])
        click.echo(buffer.getvalue(), nl=False)
        return
    table = Table(title=title, show_lines=False)
    for column in result.columns:
        table.add_column(column)
    for row in result.rows:
        table.add_row(*["" if v is None else str(plain(v)) for v in row])
    console = Console(width=None if sys.stdout.isatty() else 200)
    console.print(table)
    if not result.rows:
        console.print("(no rows)")


FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")
