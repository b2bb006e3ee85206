"""The start page and error pages."""

import logging

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render

from carewatch.web import ilacs
from carewatch.web.councils.models import Council
from carewatch.web.governance.models import Meeting
from carewatch.web.inspections.models import Inspection, last_graded
from carewatch.web.interventions.models import Intervention
from carewatch.web.pages import today, wd
from carewatch.web.plans.models import Action, Plan


def home(request: HttpRequest) -> HttpResponse:
    council = Council.current()
    context: dict[str, object] = {"title": "Overview"}
    if council is None:
        return render(request, "home.html", context)
    la, now, days = council.local_authority, today(), wd()
    last = last_graded(la)
    latest = Inspection.objects.filter(local_authority__la_code=la.la_code).first()
    deadlines = []
    if latest:
        submitted = latest.plan_submitted()
        for d in ilacs.plan_deadlines(latest.kind, latest.published, latest.has_priority_actions(), days):
            draft = d.what == "Draft action plan"
            deadlines.append((latest, d, ilacs.deadline_status(d.due, None if draft else submitted, now, days)))
    nxt = None
    if last:
        plan_due = ilacs.plan_deadlines(last.kind, last.published, False, days)
        nxt = ilacs.next_inspection(last.last_day, last.headline_grade(), plan_due[-1].due if plan_due else None)
    plan = Plan.objects.filter(local_authority__la_code=la.la_code).first()
    rags: dict[str, int] = {}
    soon = []
    if plan:
        for a in plan.actions():
            r = a.rag(now, days)
            rags[r] = rags.get(r, 0) + 1
            if r in ("red", "amber"):
                soon.append((a, r, ilacs.relative(a.due, now, days)))
        soon.sort(key=lambda t: t[0].due)
    context.update({
        "la": la, "last": last, "latest": latest, "next": nxt, "deadlines": deadlines, "plan": plan, "rags": rags,
        "soon": soon[:8], "grades": ilacs.GRADES, "kinds": ilacs.KINDS, "areas": ilacs.AREAS,
        "interventions": Intervention.objects.filter(local_authority__la_code=la.la_code, closed__isnull=True),
        "meetings": Meeting.objects.filter(date__gte=now).order_by("date")[:5],
        "my_actions": Action.objects.filter(owner=request.user).exclude(status="done").select_related("priority__plan")
        if request.user.is_authenticated else [],
    })
    return render(request, "home.html", context)


def server_error(request: HttpRequest) -> HttpResponse:
    """A styled 500 page; if even that fails (e.g. the database is down), a plain one. Never a traceback."""
    try:
        return render(request, "500.html", status=500)
    except Exception:  # noqa: BLE001 - the error page must not fail
        logging.getLogger("django.request").exception("the 500 page failed")
        return HttpResponseServerError("<h1>Sorry, there is a problem with the service</h1><p>Try again later.</p>")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its security token (often an expired page): say what to do, styled."""
    return render(request, "csrf.html", status=403)
