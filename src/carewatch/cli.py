"""The carewatch command line. Each command is a thin shell over a service function; heavy modules are
imported inside the commands so `carewatch --help` stays fast."""

import sys

import typer
from rich.console import Console
from rich.markup import escape as rich_escape

from carewatch.errors import InputError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, help="carewatch: children's services returns, rules, measures and improvement.")
console = Console(stderr=True)

# Sub-commands from each area register here (one line each).
from carewatch.commands.validate import validate_app  # noqa: E402

app.add_typer(validate_app, name="validate")
from carewatch.commands.measures import measures  # noqa: E402

app.command("measures")(measures)
from carewatch.commands.benchmark import benchmark  # noqa: E402

app.command("benchmark")(benchmark)
from carewatch.commands.demo import demo  # noqa: E402

app.command("demo")(demo)

from carewatch.inspections.commands import inspection_app  # noqa: E402

app.add_typer(inspection_app, name="inspection")
from carewatch.synth.commands import synth_app  # noqa: E402

app.add_typer(synth_app, name="synth")
import carewatch.synth.more_commands  # noqa: E402,F401  (registers synth cin and synth council)
from carewatch.commands.synth_england import synth_england  # noqa: E402

synth_app.command("england")(synth_england)
from carewatch.web.command import serve  # noqa: E402

app.command("serve")(serve)
from carewatch.web.accounts.commands import users_app  # noqa: E402

app.add_typer(users_app, name="users")


def main() -> None:
    try:
        app()
    except InputError as exc:
        # One line whatever the message holds: file text is never read as Rich markup, and long lines do not wrap.
        message = " ".join(str(exc).splitlines())
        console.print("[red]error:[/red]", rich_escape(message), highlight=False, soft_wrap=True)
        sys.exit(2)
