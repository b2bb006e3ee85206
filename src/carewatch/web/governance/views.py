from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from carewatch.web.governance.forms import DecisionForm, MeetingForm
from carewatch.web.governance.models import BODIES, Decision, Meeting
from carewatch.web.pages import form_page, history, saved


def meeting_list(request: HttpRequest) -> HttpResponse:
    body = request.GET.get("body", "")
    meetings = Meeting.objects.all()
    if body in BODIES:
        meetings = meetings.filter(body=body)
    return render(request, "governance/list.html", {"title": "Governance", "meetings": meetings, "bodies": BODIES,
                                                     "body": body})


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    return render(request, "governance/detail.html", {
        "title": str(meeting), "meeting": meeting,
        "decisions": meeting.decisions.select_related("plan").prefetch_related("actions"),
        "history": history(meeting, request), "breadcrumbs": [{"text": "Governance", "href": "/governance/"}]})


def meeting_new(request: HttpRequest) -> HttpResponse:
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Meeting recorded")
    return form_page(request, form, title="Record a meeting", back="/governance/")


def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Meeting updated")
    return form_page(request, form, title="Change the meeting", caption=str(meeting), back=meeting.get_absolute_url())


def decision_new(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    form = DecisionForm(request.POST or None, instance=Decision(meeting=meeting))
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, meeting, "Decision recorded")
    return form_page(request, form, title="Add a decision or recommendation", caption=str(meeting),
                     back=meeting.get_absolute_url())
