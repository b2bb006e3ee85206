"""JSON API for the register and the plan (django-ninja; OpenAPI at /api/docs). Same permissions as the pages:
AccessMiddleware checks every route against accounts/access.py, and object rules are checked here."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from carewatch.web.councils.models import Council, LocalAuthority
from carewatch.web.governance.models import Meeting
from carewatch.web.inspections.models import Inspection
from carewatch.web.interventions.models import Intervention
from carewatch.web.pages import today, wd
from carewatch.web.plans.models import ACTION_STATUSES, Action, Plan

api = NinjaAPI(title="carewatch", version="1", urls_namespace="api", auth=django_auth,
               description="Inspections, DfE intervention, the improvement plan and its governance.")


class AuthorityOut(Schema):
    la_code: str
    ons_code: str
    name: str
    la_type: str
    region_name: str
    valid_from: date | None
    valid_to: date | None


class FindingOut(Schema):
    id: int
    kind: str
    area: str
    text: str


class InspectionOut(Schema):
    id: int
    la_code: str
    kind: str
    start_date: date
    end_date: date | None
    published: date | None
    lead_inspector: str
    report_url: str
    jtai_theme: str
    judgements: dict[str, str | None]
    findings: list[FindingOut]


class InterventionOut(Schema):
    id: int
    la_code: str
    kind: str
    issued: date
    closed: date | None
    adviser: str
    commissioner: str
    following_inspection: int | None


class ActionOut(Schema):
    id: int
    ref: str
    title: str
    owner: str | None
    start: date | None
    due: date
    status: str
    completed: date | None
    rag: str
    rag_computed: str
    rag_override_reason: str


class PriorityOut(Schema):
    id: int
    number: int
    title: str
    area: str
    findings: list[int]
    actions: list[ActionOut]


class PlanSummary(Schema):
    id: int
    title: str
    version: str
    status: str
    responds_to: int | None
    drafted: date
    submitted_to_ofsted: date | None
    submitted_to_dfe: date | None


class PlanOut(PlanSummary):
    priorities: list[PriorityOut]


class ActionUpdate(Schema):
    status: str
    completed: date | None = None


class MeetingOut(Schema):
    id: int
    body: str
    date: date
    title: str
    decisions: list[dict[str, Any]]


def _inspection(i: Inspection) -> dict[str, Any]:
    return {"id": i.pk, "la_code": i.local_authority.la_code, "kind": i.kind, "start_date": i.start_date,
            "end_date": i.end_date, "published": i.published, "lead_inspector": i.lead_inspector,
            "report_url": i.report_url, "jtai_theme": i.jtai_theme,
            "judgements": {a: g or None for a, g in i.judgements().items()},
            "findings": [{"id": f.pk, "kind": f.kind, "area": f.area, "text": f.text} for f in i.findings.all()]}


def _action(a: Action) -> dict[str, Any]:
    now, days = today(), wd()
    return {"id": a.pk, "ref": a.ref, "title": a.title, "owner": a.owner.get_username() if a.owner else None,
            "start": a.start, "due": a.due, "status": a.status, "completed": a.completed,
            "rag": a.rag(now, days), "rag_computed": a.computed_rag(now, days),
            "rag_override_reason": a.rag_override_reason}


def _council_code() -> str:
    council = Council.current()
    if council is None:
        raise HttpError(409, "No council is set up yet")
    return council.local_authority.la_code


@api.get("/authorities", response=list[AuthorityOut], url_name="authorities")
def authorities(request: HttpRequest, include_former: bool = False) -> Any:
    items = LocalAuthority.objects.all()
    return items if include_former else items.filter(valid_to__isnull=True)


@api.get("/inspections", response=list[InspectionOut], url_name="inspections")
def inspections(request: HttpRequest, la_code: str | None = None) -> Any:
    code = la_code or _council_code()
    qs = Inspection.objects.filter(local_authority__la_code=code).select_related("local_authority").prefetch_related("findings")
    return [_inspection(i) for i in qs]


@api.get("/inspections/{pk}", response=InspectionOut, url_name="inspection")
def inspection(request: HttpRequest, pk: int) -> Any:
    return _inspection(get_object_or_404(Inspection.objects.select_related("local_authority"), pk=pk))


@api.get("/interventions", response=list[InterventionOut], url_name="interventions")
def interventions(request: HttpRequest) -> Any:
    qs = Intervention.objects.filter(local_authority__la_code=_council_code()).select_related("local_authority")
    return [{"id": i.pk, "la_code": i.local_authority.la_code, "kind": i.kind, "issued": i.issued, "closed": i.closed,
             "adviser": i.adviser, "commissioner": i.commissioner, "following_inspection": i.following_id} for i in qs]


def _plan_summary(p: Plan) -> dict[str, Any]:
    return {"id": p.pk, "title": p.title, "version": p.version, "status": p.status, "responds_to": p.responds_to_id,
            "drafted": p.drafted, "submitted_to_ofsted": p.submitted_to_ofsted, "submitted_to_dfe": p.submitted_to_dfe}


@api.get("/plans", response=list[PlanSummary], url_name="plans")
def plans(request: HttpRequest) -> Any:
    return [_plan_summary(p) for p in Plan.objects.filter(local_authority__la_code=_council_code())]


@api.get("/plans/{pk}", response=PlanOut, url_name="plan")
def plan(request: HttpRequest, pk: int) -> Any:
    p = get_object_or_404(Plan, pk=pk)
    priorities = [{"id": pr.pk, "number": pr.number, "title": pr.title, "area": pr.area,
                   "findings": [f.pk for f in pr.findings.all()],
                   "actions": [_action(a) for a in pr.actions.select_related("owner")]}
                  for pr in p.priorities.prefetch_related("findings")]
    return _plan_summary(p) | {"priorities": priorities}


@api.patch("/actions/{pk}", response=ActionOut, url_name="action_update")
def action_update(request: HttpRequest, pk: int, body: ActionUpdate) -> Any:
    """Update an action's progress: plan editors any action, service managers the actions they own."""
    a = get_object_or_404(Action.objects.select_related("owner"), pk=pk)
    if not request.user.has_perm("plans.update_action", a):
        raise HttpError(403, "You may update only the actions you own")
    if body.status not in ACTION_STATUSES:
        raise HttpError(422, f"status must be one of {', '.join(ACTION_STATUSES)}")
    a.status, a.completed = body.status, body.completed
    try:
        a.full_clean()
    except ValidationError as exc:
        raise HttpError(422, "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from None
    a.save()
    return _action(a)


@api.get("/meetings", response=list[MeetingOut], url_name="meetings")
def meetings(request: HttpRequest) -> Any:
    return [{"id": m.pk, "body": m.body, "date": m.date, "title": m.title,
             "decisions": [{"id": d.pk, "kind": d.kind, "text": d.text, "plan": d.plan_id, "plan_step": d.plan_step}
                           for d in m.decisions.all()]}
            for m in Meeting.objects.prefetch_related("decisions")]

