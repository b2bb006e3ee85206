"""The carewatch command line. Each command is a thin shell over a service function; heavy modules are
imported inside the commands so `carewatch --help` stays fast."""

import sys

import typer
from rich.console import Console

from carewatch.errors import InputError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, help="carewatch: children's services returns, rules, measures and improvement.")
console = Console(stderr=True)

# Sub-commands from each area register here (one line each).
from carewatch.commands.validate import validate_app  # noqa: E402

app.add_typer(validate_app, name="validate")


def main() -> None:
    try:
        app()
    except InputError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
