"""The one exception family of kg and the exit codes the CLI maps it to.

Library code raises these; the CLI turns them into a one-line message and the exit code
named on the class. Nothing else should reach a user as a traceback.
"""


class KGError(Exception):
    """Base of every error kg reports to a user."""

    exit_code = 1


class UsageError(KGError):
    """Bad command-line usage: unknown query name, missing or badly typed parameter."""

    exit_code = 2


class InputError(KGError):
    """A source that cannot be read or parsed: wrong encoding, binary, malformed data."""

    exit_code = 3


class ValidationError(InputError):
    """Data that parses but breaks the ontology's SHACL shapes."""

    exit_code = 4


class StoreError(KGError):
    """The graph store refused or failed an operation (locked file, query error)."""

    exit_code = 5


class ConnectionFailed(StoreError):
    """A server that cannot be reached, or refuses the credentials."""

    exit_code = 6


class ReadOnlyViolation(UsageError):
    """A write clause in a query run through the read-only path."""

    exit_code = 2
