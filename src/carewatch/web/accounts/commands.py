"""`carewatch users ...`: add, list, change the role of, disable/enable and reset the password of the web app's
users from the command line. Thin shells over accounts/users.py; Django is set up inside each command so
`carewatch --help` stays fast. A password is never taken on the command line (it would stay in the shell's
history and the process list): it is generated and printed once, or read from standard input."""

import getpass
import sys
from typing import Annotated, Any

import typer

from carewatch.errors import InputError

users_app = typer.Typer(no_args_is_help=True, help="Web app users and their roles (system admin, analyst, ...).")

ROLE_HELP = ("system_admin, analyst, service_manager, director, board_member or councillor "
             "(or the role's name, e.g. 'Service manager').")
PASSWORD_STDIN = typer.Option("--password-stdin", help="Read the password from standard input instead of generating one.")


def _ready() -> None:
    """Django set up and the database at the latest migration (a fresh install has no tables yet)."""
    from carewatch.web import migrate, setup

    try:
        setup()
    except ValueError as exc:  # settings refuse a DATABASE_URL that is not PostgreSQL
        raise InputError("DATABASE_URL", str(exc)) from None
    from django.db import OperationalError, connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            migrate()
    except OperationalError as exc:
        where = "DATABASE_URL" if connection.vendor == "postgresql" else str(connection.settings_dict["NAME"])
        raise InputError(where, f"cannot open the database: {' '.join(str(exc).split())}") from None


def _read_password(where: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    line = sys.stdin.readline()
    if not line:
        raise InputError(where, "--password-stdin was given but standard input is empty")
    return line.rstrip("\r\n")


def _who(user: Any) -> str:
    name = user.get_full_name()
    return f"{user.username} ({name})" if name else user.username


def _print_password(password: str) -> None:
    typer.echo(f"Password (shown this once; they change it under 'Your account'): {password}")


@users_app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="Their email address (also kept as their email) or a user name.")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    name: Annotated[str, typer.Option("--name", help="Full name, shown on the pages and in every record's history.")] = "",
    council: Annotated[str, typer.Option("--council", help="On a fresh install: the council it serves (DfE or ONS code, e.g. 839).")] = "",
    password_stdin: Annotated[bool, PASSWORD_STDIN] = False,
) -> None:
    """Add a user with one role; prints a generated password once (or reads it with --password-stdin)."""
    _ready()
    from carewatch.web.accounts.roles import ROLES, roles_of
    from carewatch.web.accounts.users import add_user

    password = _read_password("users add") if password_stdin else None
    user, password = add_user(username, role, name=name, council=council, password=password)
    typer.echo(f"Added {_who(user)}: {', '.join(ROLES[r] for r in sorted(roles_of(user)))}")
    if not password_stdin:
        _print_password(password)


@users_app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """Everyone who can (or could) sign in: user name, name, role, active, last log-in. Never passwords."""
    _ready()
    from carewatch.web.accounts.users import list_users

    rows = list_users()
    if as_json:
        import json

        for r in rows:
            print(json.dumps({"username": r.username, "name": r.name, "email": r.email, "roles": r.roles,
                              "active": r.active, "last_login": r.last_login.isoformat() if r.last_login else None}))
        return
    from django.utils import timezone
    from rich.console import Console
    from rich.table import Table

    table = Table("user", "name", "role", "active", "last log-in")
    for r in rows:
        last = timezone.localtime(r.last_login).strftime("%d %b %Y %H:%M") if r.last_login else "never"
        table.add_row(r.username, r.name, ", ".join(r.roles) or "no role", "yes" if r.active else "no", last)
    Console(highlight=False, width=None if sys.stdout.isatty() else 150).print(table)


@users_app.command("set-role")
def set_role(
    username: Annotated[str, typer.Argument(help="The user name (or email address) they sign in with.")],
    role: Annotated[str, typer.Argument(help=ROLE_HELP)],
) -> None:
    """Give a user a different role (replaces the one they had)."""
    _ready()
    from carewatch.web.accounts.roles import ROLES
    from carewatch.web.accounts.users import role_key
    from carewatch.web.accounts.users import set_role as change

    user = change(username, role)
    typer.echo(f"{_who(user)} is now: {ROLES[role_key(role, 'users set-role')]}")


def _set_active(username: str, active: bool) -> None:
    _ready()
    from carewatch.web.accounts.users import set_active

    where = "users enable" if active else "users disable"
    user, changed = set_active(username, active, where)
    state = "can sign in" if active else "can no longer sign in"
    typer.echo(f"{_who(user)} {state}" + ("" if changed else " (no change)"))


@users_app.command("disable")
def disable(username: Annotated[str, typer.Argument(help="The user name (or email address).")]) -> None:
    """Stop a user signing in (their records and history stay); their open sessions end at once."""
    _set_active(username, False)


@users_app.command("enable")
def enable(username: Annotated[str, typer.Argument(help="The user name (or email address).")]) -> None:
    """Let a disabled user sign in again."""
    _set_active(username, True)


@users_app.command("reset-password")
def reset_password(
    username: Annotated[str, typer.Argument(help="The user name (or email address).")],
    password_stdin: Annotated[bool, PASSWORD_STDIN] = False,
) -> None:
    """Set a new password (printed once, or read with --password-stdin) and lift any log-in lock-out."""
    _ready()
    from carewatch.web.accounts.users import reset_password as reset

    password = _read_password("users reset-password") if password_stdin else None
    user, password = reset(username, password)
    typer.echo(f"New password set for {_who(user)}; any log-in lock-out is lifted")
    if not password_stdin:
        _print_password(password)
