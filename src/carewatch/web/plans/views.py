from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from carewatch.web import ilacs
from carewatch.web.governance.models import PLAN_STEPS, Decision
from carewatch.web.pages import council_la, form_page, history, saved, today, wd
from carewatch.web.plans.forms import (
    ActionForm,
    ActionUpdateForm,
    CommentForm,
    EvidenceForm,
    MeasureForm,
    MeasureValueForm,
    PlanForm,
    PriorityForm,
    RagOverrideForm,
)
from carewatch.web.plans.models import Action, Comment, Evidence, Measure, MeasureValue, Plan, Priority


def plan_list(request: HttpRequest) -> HttpResponse:
    la = council_la(request)
    plans = Plan.objects.filter(local_authority__la_code=la.la_code).select_related("responds_to")
    return render(request, "plans/list.html", {"title": "Improvement plans", "plans": plans})


def governance_trail(plan: Plan) -> list[dict[str, object]]:
    """drafted -> scrutiny -> (board) -> cabinet endorsed -> submitted, each with its date(s) or not yet."""
    decisions = list(plan.decisions.select_related("meeting").filter(plan_step__gt=""))
    steps: list[dict[str, object]] = [{"text": "Drafted", "dates": [plan.drafted], "links": []}]
    for step, text in PLAN_STEPS.items():
        hits = [d for d in decisions if d.plan_step == step]
        if hits or step != "board_reviewed":
            steps.append({"text": text, "dates": [d.meeting.date for d in hits],
                          "links": [(d.meeting.get_absolute_url(), str(d.meeting)) for d in hits]})
    steps.append({"text": "Submitted to Ofsted", "dates": [plan.submitted_to_ofsted] if plan.submitted_to_ofsted else [], "links": []})
    steps.append({"text": "Submitted to DfE", "dates": [plan.submitted_to_dfe] if plan.submitted_to_dfe else [], "links": []})
    return steps


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan.objects.select_related("local_authority", "responds_to"), pk=pk)
    now, days = today(), wd()
    priorities = list(plan.priorities.prefetch_related("actions__owner", "findings"))
    rows = {p.pk: [(a, a.rag(now, days), ilacs.relative(a.due, now, days)) for a in p.actions.all()] for p in priorities}
    counts = Counter(r for acts in rows.values() for _, r, _ in acts)
    return render(request, "plans/detail.html", {
        "title": str(plan), "plan": plan, "priorities": priorities, "rows": rows, "counts": counts,
        "trail": governance_trail(plan), "measures": plan.measures.prefetch_related("values"),
        "comments": plan.comments.filter(action__isnull=True).select_related("author"),
        "comment_form": CommentForm(), "history": history(plan, request), "user": request.user,
        "breadcrumbs": [{"text": "Improvement plans", "href": "/plans/"}]})


def plan_new(request: HttpRequest) -> HttpResponse:
    form = PlanForm(request.POST or None, instance=Plan(local_authority=council_la(request)))
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Plan created")
    return form_page(request, form, title="Start an improvement plan", back="/plans/")


def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan, pk=pk)
    form = PlanForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Plan updated")
    return form_page(request, form, title="Change the plan", caption=str(plan), back=plan.get_absolute_url())


def priority_new(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan, pk=pk)
    number = (plan.priorities.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    form = PriorityForm(request.POST or None, instance=Priority(plan=plan), initial={"number": number})
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, plan, "Priority added")
    return form_page(request, form, title="Add a priority", caption=str(plan), back=plan.get_absolute_url())


def priority_edit(request: HttpRequest, pk: int) -> HttpResponse:
    priority = get_object_or_404(Priority.objects.select_related("plan"), pk=pk)
    form = PriorityForm(request.POST or None, instance=priority)
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, priority.plan, "Priority updated")
    return form_page(request, form, title="Change the priority", caption=str(priority.plan), back=priority.plan.get_absolute_url())


def action_new(request: HttpRequest, pk: int) -> HttpResponse:
    priority = get_object_or_404(Priority.objects.select_related("plan"), pk=pk)
    ref = f"{priority.number}.{priority.actions.count() + 1}"
    form = ActionForm(request.POST or None, instance=Action(priority=priority), initial={"ref": ref})
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Action added")
    return form_page(request, form, title="Add an action", caption=str(priority), back=priority.plan.get_absolute_url())


def _action(pk: int) -> Action:
    return get_object_or_404(Action.objects.select_related("priority__plan", "owner", "rag_override_by"), pk=pk)


def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(pk)
    now, days = today(), wd()
    return render(request, "plans/action.html", {
        "title": str(action), "action": action, "plan": action.priority.plan,
        "rag": action.rag(now, days), "computed": action.computed_rag(now, days),
        "when": ilacs.relative(action.due, now, days), "evidence": action.evidence.select_related("added_by"),
        "comments": action.comments.select_related("author"), "comment_form": CommentForm(),
        "may_update": request.user.has_perm("plans.update_action", action),
        "history": history(action, request),
        "breadcrumbs": [{"text": "Improvement plans", "href": "/plans/"},
                        {"text": str(action.priority.plan), "href": action.priority.plan.get_absolute_url()}]})


def action_edit(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(pk)
    form = ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Action updated")
    return form_page(request, form, title="Change the action", caption=str(action), back=action.get_absolute_url())


def action_update(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(pk)
    if not request.user.has_perm("plans.update_action", action):
        raise PermissionDenied
    form = ActionUpdateForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Progress updated")
    return form_page(request, form, title="Update progress", caption=str(action), back=action.get_absolute_url(),
                     intro="Mark the action done with the date it was completed, then add the evidence.")


def action_rag(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(pk)
    form = RagOverrideForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        action = form.save(commit=False)
        if action.rag_override:
            action.rag_override_by, action.rag_override_at = request.user, timezone.now()  # type: ignore[assignment]
        else:
            action.rag_override_reason, action.rag_override_by, action.rag_override_at = "", None, None
        action.save()
        return saved(request, action, "RAG override saved" if action.rag_override else "RAG override removed")
    return form_page(request, form, title="Override the RAG", caption=str(action), back=action.get_absolute_url(),
                     intro="The computed RAG is red when overdue and amber within 10 working days of the due date. "
                           "An override records who made it and why.")


def evidence_new(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(pk)
    if not request.user.has_perm("plans.update_action", action):
        raise PermissionDenied
    form = EvidenceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        evidence = Evidence(action=action, text=form.cleaned_data["text"], link=form.cleaned_data["link"],
                            added_by=request.user)
        if upload:
            evidence.file_name = upload.name[-200:]
            evidence.size = upload.size
            evidence.content_type = settings.EVIDENCE_TYPES[("." + upload.name.rsplit(".", 1)[-1]).lower()]
            evidence.file = upload
        evidence.save()
        return saved(request, action, "Evidence added")
    return form_page(request, form, title="Add evidence", caption=str(action), back=action.get_absolute_url(),
                     submit="Add evidence")


def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    evidence = get_object_or_404(Evidence, pk=pk)
    if not evidence.file:
        raise Http404
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=evidence.file_name, content_type=evidence.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


def comment_new(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan, pk=pk)
    action = None
    if wanted := request.GET.get("action"):
        if not wanted.isdigit():
            raise Http404("No such action")  # a hand-made link: a 404 page, not a server error
        action = get_object_or_404(Action, pk=wanted, priority__plan=plan)
    form = CommentForm(request.POST or None, instance=Comment(plan=plan, action=action, author=request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Comment added")
        return redirect((action or plan).get_absolute_url() + "#comments")
    return form_page(request, form, title="Add a comment", caption=str(action or plan),
                     back=(action or plan).get_absolute_url())


def measure_new(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan, pk=pk)
    form = MeasureForm(request.POST or None, instance=Measure(plan=plan))
    if request.method == "POST" and form.is_valid():
        measure = form.save()
        messages.success(request, "Measure added")
        return redirect("measure", measure.pk)
    return form_page(request, form, title="Add a measure", caption=str(plan), back=plan.get_absolute_url(),
                     intro="Use the measures engine's id when the measure comes from the returns; otherwise name a local measure.")


def measure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_object_or_404(Measure.objects.select_related("plan", "priority"), pk=pk)
    return render(request, "plans/measure.html", {
        "title": measure.name, "measure": measure, "values": measure.values.all(), "history": history(measure, request),
        "breadcrumbs": [{"text": "Improvement plans", "href": "/plans/"},
                        {"text": str(measure.plan), "href": measure.plan.get_absolute_url()}]})


def measure_value_new(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_object_or_404(Measure, pk=pk)
    form = MeasureValueForm(request.POST or None, instance=MeasureValue(measure=measure, entered_by=request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Value added")
        return redirect("measure", measure.pk)
    return form_page(request, form, title="Add a value", caption=measure.name, back=f"/plans/measures/{measure.pk}/")


def decision_to_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Turn a governance recommendation into a plan action, keeping the link back to the recommendation."""
    decision = get_object_or_404(Decision.objects.select_related("meeting", "plan"), pk=pk)
    plan = decision.plan or Plan.objects.filter(local_authority=council_la(request)).first()
    if plan is None or not plan.priorities.exists():
        messages.success(request, "Add a plan with a priority first; then the recommendation can become an action")
        return redirect("meeting", decision.meeting_id)
    priority_id = request.POST.get("priority") or request.GET.get("priority")
    if priority_id and not priority_id.isdigit():
        raise Http404("No such priority")  # a hand-made link: a 404 page, not a server error
    priority = get_object_or_404(plan.priorities, pk=priority_id) if priority_id else plan.priorities.first()
    assert priority is not None
    action = Action(priority=priority, from_recommendation=decision)
    form = ActionForm(request.POST or None, instance=action,
                      initial={"title": decision.text[:300], "ref": f"{priority.number}.{priority.actions.count() + 1}"})
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "The recommendation is now an action")
    return form_page(request, form, title="Make the recommendation an action", caption=str(decision.meeting),
                     back=decision.meeting.get_absolute_url(), intro=f"It will be added to {priority}.")


@require_POST
def plan_from_findings(request: HttpRequest, pk: int) -> HttpResponse:
    """"Start a plan from these findings": one priority per finding of the council's own inspection (issue 7)."""
    from carewatch.web.inspections.models import Inspection
    from carewatch.web.plans.from_findings import start_plan

    inspection = get_object_or_404(Inspection.objects.select_related("local_authority"), pk=pk)
    if inspection.local_authority.la_code != council_la(request).la_code:
        raise PermissionDenied("A plan answers this council's own inspections only")
    plan, added = start_plan(inspection)
    if plan is None:
        messages.info(request, "Every finding of this inspection already has a priority in a plan")
        return redirect(inspection.get_absolute_url())
    return saved(request, plan, f"{added} {'priority' if added == 1 else 'priorities'} added from the inspection's findings")
