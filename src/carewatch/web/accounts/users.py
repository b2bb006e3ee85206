"""User management behind `carewatch users` (imports Django models: call after carewatch.web.setup()).

Every function checks all of its input before it changes anything and raises carewatch.errors.InputError with
one line saying what was wrong, so bad input changes nothing. Roles are the groups in accounts/roles.py; a
system admin is also Django staff and superuser (the admin site needs both), and no other role is."""

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower

from carewatch import reference
from carewatch.errors import InputError
from carewatch.web.accounts.roles import ROLES, ensure_groups, roles_of
from carewatch.web.councils.models import Council, LocalAuthority

User = get_user_model()


@dataclass(frozen=True)
class UserRow:
    username: str
    name: str
    email: str
    roles: list[str]  # group names
    active: bool
    last_login: datetime | None


def role_key(text: str, where: str) -> str:
    """A role by its key (service_manager) or its name (Service manager), any case; else InputError."""
    wanted = text.strip().lower().replace("-", "_")
    for key, name in ROLES.items():
        if wanted in (key, name.lower(), name.lower().replace(" ", "_")):
            return key
    raise InputError(where, f"unknown role {text!r}; expected one of: {', '.join(ROLES)}")


def find_user(username: str, where: str) -> Any:
    """The user with this user name: exact first, then ignoring case when that names only one (so a mistyped
    capital in an email address still finds its user on PostgreSQL, where text comparison is case-sensitive)."""
    user = User.objects.filter(username=username).first()
    if user is None:
        matches = list(User.objects.filter(username__iexact=username)[:2])
        user = matches[0] if len(matches) == 1 else None
    if user is None:
        raise InputError(where, f"no user {username!r}; `carewatch users list` shows who there is")
    return user


def generate_password() -> str:
    """Three groups of six URL-safe characters: about 108 bits, easy to read out once."""
    return "-".join(secrets.token_urlsafe(4) for _ in range(3))


def _check_password(password: str, user: Any, where: str) -> None:
    if not password:
        raise InputError(where, "the password read from standard input is empty")
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise InputError(where, "the password is not accepted: " + " ".join(exc.messages)) from None


def _set_role(user: Any, role: str) -> None:
    user.is_staff = user.is_superuser = role == "system_admin"
    user.save()
    user.groups.set([Group.objects.get(name=ROLES[role])])


def _council(code: str, where: str) -> LocalAuthority | None:
    """The council --council names, or None when this install already serves it; InputError when the code is
    unknown or the install serves another council."""
    try:
        la = LocalAuthority.for_code(code.strip())
    except reference.UnknownLocalAuthority as exc:
        raise InputError(where, str(exc)) from None
    current = Council.current()
    if current is None:
        return la
    if current.local_authority.la_code != la.la_code:
        raise InputError(where, f"this install already serves {current.local_authority}, not {la}; "
                                "change it under Admin → Councils")
    return None


def add_user(username: str, role: str, *, name: str = "", council: str = "", password: str | None = None,
             where: str = "users add") -> tuple[Any, str]:
    """Add a user with one role. `username` may be an email address (then it is the email too). Returns the user
    and the password (generated when none is given)."""
    username = username.strip()
    key = role_key(role, where)
    try:
        UnicodeUsernameValidator()(username)
        if "@" in username:
            validate_email(username)
    except ValidationError as exc:
        raise InputError(where, f"{username!r} is not a usable user name: {' '.join(exc.messages)}") from None
    if len(username) > User._meta.get_field("username").max_length:
        raise InputError(where, f"the user name is longer than {User._meta.get_field('username').max_length} characters")
    if existing := User.objects.filter(username__iexact=username).first():
        raise InputError(where, f"there is already a user {existing.username!r} (user names are compared ignoring case)")
    first, _, last = " ".join(name.split()).partition(" ")
    if len(first) > 150 or len(last) > 150:
        raise InputError(where, "the name is longer than 150 characters")
    la = _council(council, where) if council else None
    user = User(username=username, email=username if "@" in username else "", first_name=first, last_name=last)
    if password is None:
        password = generate_password()
    _check_password(password, user, where)
    with transaction.atomic():
        ensure_groups()
        user.set_password(password)
        _set_role(user, key)
        if la is not None:
            Council.objects.create(local_authority=la, display_name=la.name)
    return user, password


def list_users() -> list[UserRow]:
    """Everyone, by user name ignoring case (a database's own collation would put capitals first)."""
    rows = []
    for user in User.objects.prefetch_related("groups").order_by(Lower("username"), "username"):
        names = {g.name for g in user.groups.all()}
        if user.is_superuser:
            names.add(ROLES["system_admin"])
        rows.append(UserRow(user.username, user.get_full_name(), user.email,
                            [n for n in ROLES.values() if n in names], user.is_active, user.last_login))
    return rows


def _other_active_admins(user: Any) -> bool:
    admins = User.objects.filter(is_active=True).exclude(pk=user.pk)
    return (admins.filter(is_superuser=True) | admins.filter(groups__name=ROLES["system_admin"])).exists()


def set_role(username: str, role: str, where: str = "users set-role") -> Any:
    key = role_key(role, where)
    user = find_user(username, where)
    if key != "system_admin" and "system_admin" in roles_of(user) and user.is_active and not _other_active_admins(user):
        raise InputError(where, f"{user.username} is the only active system admin; make another one first")
    with transaction.atomic():
        ensure_groups()
        _set_role(user, key)
    return user


def set_active(username: str, active: bool, where: str) -> tuple[Any, bool]:
    """Enable or disable signing in. Returns the user and whether anything changed. A disabled user's open
    sessions end at their next request (Django refuses inactive users)."""
    user = find_user(username, where)
    if user.is_active == active:
        return user, False
    if not active and "system_admin" in roles_of(user) and not _other_active_admins(user):
        raise InputError(where, f"{user.username} is the only active system admin; make another one first")
    user.is_active = active
    user.save(update_fields=["is_active"])
    return user, True


def reset_password(username: str, password: str | None = None, where: str = "users reset-password") -> tuple[Any, str]:
    """A new password (generated when none is given); also lifts a log-in lock-out for that user name."""
    from axes.utils import reset as reset_lockout

    user = find_user(username, where)
    if password is None:
        password = generate_password()
    _check_password(password, user, where)
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        reset_lockout(username=user.username)
    return user, password
