"""The `kg` command line: one click group, one module per command group."""

from __future__ import annotations

import sys

import click

from kg.errors import KGError


class KGGroup(click.Group):
    """A click group that turns every KGError into `Error:` lines on stderr (one per problem) and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as err:
            for line in str(err).splitlines() or [type(err).__name__]:
                click.echo(f"Error: {line}", err=True)
            sys.exit(err.exit_code)


@click.group(cls=KGGroup)
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: a knowledge graph of international relations.

    Load articles and RDF into a graph store, then ask it prepared questions.
    """


def _register() -> None:
    from kg.cli import extract, ontology, query, store

    for module in (store, extract, query, ontology):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
