"""Who may open which page: every URL name (and API route) is classified here, found by walking the URL
resolver (tests/web/test_permissions.py fails on any unclassified route). Deny by default."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse

from carewatch.web.accounts.roles import CAPABILITIES, ROLES, can, roles_of

PUBLIC = "public"  # anyone, signed in or not
SIGNED_IN = "signed_in"  # any signed-in user

ACCESS: dict[str, str] = {
    "login": PUBLIC,
    "logout": SIGNED_IN,
    "home": SIGNED_IN,
    "account": SIGNED_IN,
    "password_change": SIGNED_IN,
    "authorities": "view_register",
    "authority": "view_register",
    "inspections": "view_register",
    "inspection": "view_register",
    "inspection_new": "edit_register",
    "inspection_upload": "edit_register",
    "national_record": "edit_register",
    "inspection_edit": "edit_register",
    "finding_new": "edit_register",
    "finding_edit": "edit_register",
    "interventions": "view_register",
    "intervention": "view_register",
    "intervention_new": "edit_register",
    "intervention_edit": "edit_register",
    "review_new": "edit_register",
    "plans": "view_plan",
    "plan": "view_plan",
    "plan_new": "edit_plan",
    "plan_edit": "edit_plan",
    "priority_new": "edit_plan",
    "priority_edit": "edit_plan",
    "measure_new": "edit_plan",
    "measure": "view_plan",
    "measure_value_new": "edit_plan",
    "action": "view_plan",
    "action_new": "edit_plan",
    "action_edit": "edit_plan",
    "action_update": "view_plan",  # object rule plans.update_action decides (owner or plan editor)
    "action_rag": "edit_plan",
    "evidence_new": "view_plan",  # object rule plans.update_action decides
    "evidence_file": "view_evidence_files",
    "comment_new": "comment",
    "meetings": "view_governance",
    "meeting": "view_governance",
    "meeting_new": "edit_governance",
    "meeting_edit": "edit_governance",
    "decision_new": "edit_governance",
    "decision_to_action": "edit_plan",
    "plan_from_findings": "edit_plan",
    "closure_days": "view_register",
    # JSON API (django-ninja, namespace "api")
    "api:openapi-json": SIGNED_IN,
    "api:openapi-view": SIGNED_IN,
    "api:api-root": SIGNED_IN,
    "api:inspections": "view_register",
    "api:inspection": "view_register",
    "api:interventions": "view_register",
    "api:plans": "view_plan",
    "api:plan": "view_plan",
    "api:action_update": "view_plan",  # object rule as on the page
    "api:authorities": "view_register",
    "api:meetings": "view_governance",
}
NAMESPACES = {"admin": "admin_site"}  # every Django admin page: system admins only

assert set(ACCESS.values()) <= set(CAPABILITIES) | {PUBLIC, SIGNED_IN}, "ACCESS names an unknown capability"


def requirement(view_name: str) -> str | None:
    """The capability a route needs, or None when it is unclassified (then nobody may open it)."""
    if view_name in ACCESS:
        return ACCESS[view_name]
    namespace = view_name.split(":", 1)[0] if ":" in view_name else ""
    return NAMESPACES.get(namespace)


class AccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any) -> HttpResponse | None:
        match = request.resolver_match
        if match is None or request.path.startswith(settings.STATIC_URL):
            return None
        need = requirement(match.view_name)
        if need == PUBLIC:
            return None
        api = match.view_name.startswith("api:")
        if not request.user.is_authenticated:
            if api:
                return JsonResponse({"detail": "Sign in first"}, status=401)
            return redirect_to_login(request.get_full_path())
        if need is None or (need != SIGNED_IN and not can(request.user, need)):
            if api:
                return JsonResponse({"detail": "You do not have permission to do this"}, status=403)
            raise PermissionDenied
        return None


def context(request: HttpRequest) -> dict[str, Any]:
    """Template context: the council, the user's roles and a `can(capability)` helper."""
    from django.middleware.csp import get_nonce

    from carewatch.web.councils.models import Council

    user = request.user
    return {
        "cspNonce": "" if (nonce := get_nonce(request)) is None else str(nonce),  # the GOV.UK page template puts it on its inline script
        "council": Council.current(),
        "roles": [ROLES[r] for r in sorted(roles_of(user))],
        "can": lambda capability: can(user, capability),
    }
