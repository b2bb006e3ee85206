"""`carewatch users`: each command through the real CLI entry point (carewatch.cli.main, which turns an
InputError into one line and exit 2), against the test database; bad input changes nothing."""

import io
import json
import sys

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from carewatch.cli import main
from carewatch.web.accounts.roles import ROLES, roles_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # also run on a real PostgreSQL (test_postgresql.py)

User = get_user_model()


@pytest.fixture
def users(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """users("add", "x", "--role", "analyst", stdin="...") -> (exit code, stdout, stderr)."""

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["carewatch", "users", *args])
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def _password(out: str) -> str:
    [line] = [line for line in out.splitlines() if line.startswith("Password")]
    return line.rsplit(" ", 1)[1]


def signs_in(username: str, password: str) -> bool:
    """Through the real sign-in form (axes counts failures there)."""
    return Client().post("/login/", {"username": username, "password": password}).status_code == 302


def _snapshot() -> list[tuple[object, ...]]:
    from carewatch.web.councils.models import Council

    people = list(User.objects.order_by("pk").values_list("username", "password", "is_active", "is_staff",
                                                           "is_superuser", "first_name", "email"))
    groups = list(User.groups.through.objects.order_by("pk").values_list("user_id", "group_id"))
    return people + groups + list(Council.objects.values_list("local_authority_id", "display_name"))


def test_add_prints_a_generated_password_once_and_gives_the_role(users):
    code, out, err = users("add", "Alex.Bell@example.org", "--role", "Service manager", "--name", "Alex  Bell")
    assert (code, err) == (0, "")
    assert "Added Alex.Bell@example.org (Alex Bell): Service manager" in out
    password = _password(out)
    assert len(password) == 20 and out.count(password) == 1
    user = User.objects.get(username="Alex.Bell@example.org")
    assert (user.email, user.first_name, user.last_name) == ("Alex.Bell@example.org", "Alex", "Bell")
    assert roles_of(user) == {"service_manager"} and not user.is_staff and not user.is_superuser
    assert signs_in("Alex.Bell@example.org", password)


def test_add_a_system_admin_reading_the_password_from_stdin(users):
    code, out, _ = users("add", "it.admin", "--role", "system_admin", "--password-stdin", stdin="a long synthetic pass phrase\n")
    assert code == 0 and "Password" not in out and "a long synthetic" not in out
    user = User.objects.get(username="it.admin")
    assert user.is_staff and user.is_superuser and roles_of(user) == {"system_admin"}
    assert signs_in("it.admin", "a long synthetic pass phrase")


def test_a_password_is_never_taken_on_the_command_line(users):
    code, _, err = users("add", "someone", "--role", "analyst", "--password", "a long synthetic pass phrase")
    assert code == 2 and "No such option" in err
    assert not User.objects.filter(username="someone").exists()


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["add", "x1", "--role", "boss"], None, "users add: unknown role 'boss'; expected one of: system_admin, analyst"),
    (["add", "DIRECTOR", "--role", "analyst"], None, "users add: there is already a user 'director' (user names are compared ignoring case)"),
    (["add", "not an@address", "--role", "analyst"], None, "users add: 'not an@address' is not a usable user name"),
    (["add", "x2@example.org", "--role", "analyst", "--password-stdin"], "short\n", "users add: the password is not accepted: This password is too short"),
    (["add", "x3@example.org", "--role", "analyst", "--password-stdin"], "", "users add: --password-stdin was given but standard input is empty"),
    (["add", "x4@example.org", "--role", "analyst", "--council", "999"], None, "users add: '999' is not an English local authority code"),
    (["add", "x5@example.org", "--role", "analyst", "--council", "838"], None, "users add: this install already serves Bournemouth, Christchurch and Poole (839), not Dorset (838)"),
    (["set-role", "nobody.here", "analyst"], None, "users set-role: no user 'nobody.here'"),
    (["set-role", "manager", "chief"], None, "users set-role: unknown role 'chief'"),
    (["set-role", "admin", "analyst"], None, "users set-role: admin is the only active system admin; make another one first"),
    (["disable", "admin"], None, "users disable: admin is the only active system admin"),
    (["disable", "nobody.here"], None, "users disable: no user 'nobody.here'"),
    (["enable", "nobody.here"], None, "users enable: no user 'nobody.here'"),
    (["reset-password", "nobody.here"], None, "users reset-password: no user 'nobody.here'"),
    (["reset-password", "analyst", "--password-stdin"], "analyst12345\n", "users reset-password: the password is not accepted"),
])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(users, args, stdin, message):
    before = _snapshot()
    code, out, err = users(*args, stdin=stdin)
    assert code == 2 and out == ""
    assert err.startswith("error: " + message), err
    assert err.strip().count("\n") == 0
    assert _snapshot() == before


def test_list_shows_name_role_active_and_last_login_but_no_password(users):
    User.objects.filter(username="board").update(is_active=False)
    User.objects.create_user("Bea.Young@example.org")  # a capital: listed by name ignoring case on every database
    assert signs_in("director", _password(users("reset-password", "director")[1]))
    code, out, _ = users("list")
    assert code == 0
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]] for line in out.splitlines() if "│" in line}
    assert rows["manager"][:3] == ["Sam Okafor", "Service manager", "yes"] and rows["manager"][3] == "never"
    assert rows["board"][2] == "no" and rows["admin"][1] == "System admin"
    assert rows["director"][3] != "never"
    hashes = set(User.objects.values_list("password", flat=True))
    assert not any(h in out for h in hashes) and "md5$" not in out and "pbkdf2" not in out
    code, out, _ = users("list", "--json")
    people = {p["username"]: p for p in map(json.loads, out.splitlines())}
    assert list(people) == sorted(User.objects.values_list("username", flat=True), key=str.lower)
    assert people["Bea.Young@example.org"]["roles"] == [] and list(people).index("Bea.Young@example.org") == 2
    assert people["councillor"]["roles"] == [ROLES["councillor"]] and people["board"]["active"] is False
    assert all("password" not in p for p in people.values())


def test_set_role_replaces_the_role_and_admin_rights_follow(users):
    code, out, _ = users("set-role", "manager2", "director")
    assert code == 0 and "manager2 (Jo Clarke) is now: Director" in out
    assert roles_of(User.objects.get(username="manager2")) == {"director"}
    assert users("set-role", "analyst", "system_admin")[0] == 0
    assert User.objects.get(username="analyst").is_superuser
    assert users("set-role", "admin", "analyst")[0] == 0  # another admin exists now
    admin = User.objects.get(username="admin")
    assert roles_of(admin) == {"analyst"} and not admin.is_superuser and not admin.is_staff


def test_disable_ends_sessions_and_enable_lets_them_back(users):
    password = _password(users("reset-password", "councillor")[1])
    client = Client()
    client.post("/login/", {"username": "councillor", "password": password})
    assert client.get("/plans/").status_code == 200
    code, out, _ = users("disable", "councillor")
    assert code == 0 and "councillor (Pat Morgan) can no longer sign in" in out
    assert client.get("/plans/").status_code == 302  # the open session ends
    assert not signs_in("councillor", password)
    assert "(no change)" in users("disable", "councillor")[1]
    assert users("enable", "councillor")[0] == 0
    assert signs_in("councillor", password)


def test_reset_password_replaces_it_and_lifts_a_lockout(users):
    old = _password(users("reset-password", "analyst")[1])
    for _ in range(10):
        signs_in("analyst", "wrong password")
    assert not signs_in("analyst", old)  # locked out now, even with the right password
    code, out, _ = users("reset-password", "ANALYST", "--password-stdin", stdin="another synthetic pass phrase\n")
    assert code == 0 and "New password set for analyst (Priya Shah)" in out and "another" not in out
    assert signs_in("analyst", "another synthetic pass phrase")
    assert not signs_in("analyst", old)


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://someone@db/carewatch", "error: DATABASE_URL: DATABASE_URL must be a postgresql:// URL, not mysql://"),
    ("postgresql://carewatch@/carewatch?host=/nonexistent-folder", "error: DATABASE_URL: cannot open the database: "),
])
def test_an_unusable_database_is_one_line_and_exit_2(tmp_path, url, message):
    import os
    import subprocess
    from pathlib import Path

    carewatch = Path(sys.executable).parent / "carewatch"
    result = subprocess.run([str(carewatch), "users", "list"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "CAREWATCH_HOME": str(tmp_path), "DATABASE_URL": url})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.strip().count("\n") == 0, result.stderr
