from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from carewatch import reference
from carewatch.reference.working_days import known_until
from carewatch.web import ilacs
from carewatch.web.councils.models import ClosureDay, LocalAuthority
from carewatch.web.inspections.models import last_graded
from carewatch.web.inspections.standing import NOT_JUDGED, standing
from carewatch.web.pages import today


def authority_list(request: HttpRequest) -> HttpResponse:
    former = request.GET.get("former") == "1"
    items = LocalAuthority.objects.all() if former else LocalAuthority.objects.filter(valid_to__isnull=True)
    return render(request, "councils/list.html", {"title": "Local authorities", "items": items, "former": former,
                                                   "source": reference.SOURCE, "licence": reference.LICENCE})


def authority_detail(request: HttpRequest, code: str) -> HttpResponse:
    # A first record has no start date: oldest first on every database (PostgreSQL sorts NULL last, SQLite first)
    records = list(LocalAuthority.objects.filter(la_code=code).order_by(F("valid_from").asc(nulls_first=True)))
    if not records:
        from django.http import Http404

        raise Http404
    latest = records[-1]
    names = {la.la_code: la for la in LocalAuthority.objects.filter(la_code__in=reference.successors(code) + reference.predecessors(code))}
    changes = [c for c in reference.changes() if code in c.predecessors or code in c.successors]
    neighbours = [(n, last_graded(n)) for n in [latest, *latest.neighbours()]]
    areas, england_count, region_count = standing(latest)
    return render(request, "councils/detail.html", {
        "title": latest.name, "la": latest, "records": records, "neighbours": neighbours,
        "grades": ilacs.GRADES, "standing": areas, "england_count": england_count, "region_count": region_count,
        "not_judged": NOT_JUDGED,
        "successors": [names[c] for c in reference.successors(code) if c in names],
        "predecessors": [names[c] for c in reference.predecessors(code) if c in names], "changes": changes,
        "breadcrumbs": [{"text": "Local authorities", "href": "/authorities/"}]})


def closure_days(request: HttpRequest) -> HttpResponse:
    return render(request, "councils/closure_days.html", {
        "title": "Working days", "days": ClosureDay.objects.filter(date__gte=today()), "known_until": known_until()})
