"""Roles and what each may do: the one source of truth. Roles are Django groups; each capability is a `rules`
permission `carewatch.<capability>` held by the roles listed, and object rules refine it (a service manager
edits only the actions they own). Councillors and board members never see child-level data (security.md)."""

from typing import Any

import rules
from django.contrib.auth.models import Group

ROLES = {  # key -> group name
    "system_admin": "System admin",
    "analyst": "Performance analyst",
    "service_manager": "Service manager",
    "director": "Director",
    "board_member": "Improvement board member",
    "councillor": "Councillor",
}
ALL = frozenset(ROLES)
STAFF = frozenset({"system_admin", "analyst", "service_manager", "director"})

CAPABILITIES: dict[str, frozenset[str]] = {
    "view_register": ALL,  # inspections, interventions, local authorities: published facts
    "edit_register": frozenset({"system_admin", "analyst", "director"}),
    "view_plan": ALL,
    "edit_plan": frozenset({"system_admin", "analyst", "director"}),
    "update_own_actions": frozenset({"service_manager"}),
    "comment": frozenset({"system_admin", "analyst", "service_manager", "director", "board_member"}),
    "view_governance": ALL,
    "edit_governance": frozenset({"system_admin", "analyst", "director"}),
    "view_history": frozenset({"system_admin", "analyst", "service_manager", "director", "board_member"}),
    "view_evidence_files": STAFF,  # files may name children: never councillors or board members
    "view_child_level": STAFF,
    "admin_site": frozenset({"system_admin"}),
    "manage_users": frozenset({"system_admin"}),
}

def roles_of(user: Any) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_carewatch_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = frozenset(k for k, name in ROLES.items() if name in names)
        if user.is_superuser:  # e.g. made with `django createsuperuser` on a fresh install
            cached |= {"system_admin"}
        user._carewatch_roles = cached
    return cached


def can(user: Any, capability: str) -> bool:
    return bool(roles_of(user) & CAPABILITIES[capability])


def _capability(name: str) -> rules.Predicate:
    return rules.predicate(lambda user: can(user, name), name=f"has {name}")


for _name in CAPABILITIES:
    rules.add_perm(f"carewatch.{_name}", _capability(_name))


@rules.predicate
def owns_action(user: Any, action: object) -> bool:
    return action is not None and getattr(action, "owner_id", None) == getattr(user, "pk", None)


# Object rule: who may update an action (status, evidence). Plan editors any action; service managers their own.
rules.add_perm("plans.update_action", _capability("edit_plan") | (_capability("update_own_actions") & owns_action))


def ensure_groups() -> None:
    for name in ROLES.values():
        Group.objects.get_or_create(name=name)
