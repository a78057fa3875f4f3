"""`kg extract`: print the facts the pattern extractor finds in articles."""

from __future__ import annotations

import json
import sys

import click

from kg.errors import InputError, KGError

FORMATS = ("jsonl", "table")
INPUT_FORMATS = ("text", "txt", "markdown", "md", "html", "jsonl", "feed", "rss", "atom")


def _table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("source", "kind", "subject", "action", "object", "designation / policy", "date", "conf"):
        table.add_column(col)
    for f in rows:
        table.add_row(
            str(f["source"]), f["kind"], f["subject"], f["action"] or "", f["object"] or "",
            f["designation"] or f["policy"] or "", f["date"] or "", f"{f['confidence']:.2f}",
        )
    Console().print(table)


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one JSON fact per line; table: a readable table.")
@click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS), default=None,
              help="Read every input as this format instead of guessing from the extension.")
def extract(files: tuple[str, ...], fmt: str, input_format: str | None) -> None:
    """Extract facts (designations, memberships, policies, sanctions, reactions) from articles.

    FILES are text, Markdown, HTML, JSON-lines, RSS or Atom files, directories, globs or "-"
    for stdin. A source that cannot be read is reported on stderr and skipped; the exit code
    is 3 at the end if any source failed.
    """
    from kg.loaders.extract import extract as run
    from kg.loaders.sources import iter_sources

    failed = False
    rows: list[dict] = []
    out = sys.stdout
    for source in iter_sources(files, input_format):
        try:
            for doc in source.documents():
                facts = run(doc)
                if fmt == "jsonl":
                    for fact in facts:
                        out.write(json.dumps(fact, ensure_ascii=False) + "\n")
                else:
                    rows.extend(facts)
        except KGError as err:
            failed = True
            msg = str(err)
            prefix = f"{source.name}: "
            click.echo(f"Error: {msg if msg.startswith(prefix) else prefix + msg}", err=True)
        out.flush()
    if fmt == "table":
        _table(rows)
    if failed:
        sys.exit(InputError.exit_code)


COMMANDS = [extract]
