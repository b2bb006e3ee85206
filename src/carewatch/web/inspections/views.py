import tempfile
from collections import Counter
from pathlib import Path

from django import forms
from django.conf import settings
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from carewatch.errors import InputError
from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections import reading
from carewatch.web.inspections.forms import FindingForm, InspectionForm
from carewatch.web.inspections.models import Finding, Inspection, last_graded
from carewatch.web.pages import council_la, form_page, history, saved, today, wd


def inspection_list(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("la", "")
    newest = F("valid_from").desc(nulls_last=True)  # a first record has no start date; NULL order differs by database
    la = LocalAuthority.objects.filter(la_code=code).order_by(newest).first() if code else council_la(request)
    items = list(Inspection.objects.filter(local_authority__la_code=la.la_code).select_related("local_authority")) if la else []
    return render(request, "inspections/list.html", {"title": f"Inspections: {la.name}" if la else "Inspections",
                                                      "la": la, "inspections": items, "grades": ilacs.GRADES})


def inspection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_object_or_404(Inspection.objects.select_related("local_authority"), pk=pk)
    days, now = wd(), today()
    submitted = inspection.plan_submitted()
    deadlines = [(d, ilacs.deadline_status(d.due, submitted if d.what != "Draft action plan" else None, now, days))
                 for d in ilacs.plan_deadlines(inspection.kind, inspection.published, inspection.has_priority_actions(), days)]
    nxt = None
    if last_graded(inspection.local_authority) == inspection:
        plan_due = deadlines[-1][0].due if deadlines else None
        nxt = ilacs.next_inspection(inspection.last_day, inspection.headline_grade(), plan_due)
    findings = list(inspection.findings.all())
    return render(request, "inspections/detail.html", {
        "title": str(inspection), "inspection": inspection, "areas": ilacs.AREAS, "grades": ilacs.GRADES,
        "deadlines": deadlines, "next": nxt, "kinds": ilacs.KINDS,
        "priority": [f for f in findings if f.kind == "priority_action"],
        "improvement": [f for f in findings if f.kind == "improvement_area"],
        "counts": Counter(f.kind for f in findings), "history": history(inspection, request),
        "breadcrumbs": [{"text": "Inspections", "href": "/inspections/"}],
    })


READING_KEY = "carewatch_report_reading"


def inspection_new(request: HttpRequest) -> HttpResponse:
    la = council_la(request)
    summary = request.session.get(READING_KEY) if request.GET.get("from_report") else None
    start = {"la_code": la.la_code} | (reading.initial(summary) if summary else {})
    form = InspectionForm(request.POST or None, initial=start)
    if request.method == "POST" and form.is_valid():
        if summary:
            form.instance.source = f"Ofsted report {summary['file_name']}, read by carewatch and checked by a person"
        inspection = form.save()
        if summary:
            for f in summary["findings"]:
                Finding.objects.create(inspection=inspection, kind=f["kind"], text=f["text"])
            request.session.pop(READING_KEY, None)
        return saved(request, inspection, "Inspection recorded")
    title = "Check what was read from the report" if summary else "Record an inspection"
    return form_page(request, form, title=title, back="/inspections/", reading=summary,
                     intro="Check every field against the report before saving." if summary else "")


class ReportForm(forms.Form):
    report = forms.FileField(label="Ofsted report (PDF)", help_text="The report or letter as published by Ofsted, up to 20 MB")

    def clean_report(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["report"]
        if Path(upload.name).suffix.lower() != ".pdf":
            raise forms.ValidationError("The file must be a PDF")
        if upload.size > settings.REPORT_MAX_BYTES:
            raise forms.ValidationError("The file must be smaller than 20 MB")
        if not upload.read(5).startswith(b"%PDF"):
            raise forms.ValidationError("The file is not a real PDF file")
        upload.seek(0)
        return upload


def inspection_upload(request: HttpRequest) -> HttpResponse:
    """Read an Ofsted report (carewatch.inspections) and hand its contents to the form for a person to check."""
    from carewatch.inspections.reports import read_report

    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["report"]
        settings.EVIDENCE_ROOT.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(suffix=".pdf", dir=settings.EVIDENCE_ROOT) as tmp:  # outside the web root
            for chunk in upload.chunks():
                tmp.write(chunk)
            tmp.flush()
            try:
                read = read_report(tmp.name)
            except InputError as exc:
                form.add_error("report", f"carewatch could not read this report: {exc.problem}")
            else:
                request.session[READING_KEY] = reading.from_reading(read, Path(upload.name).name[-100:])
                return redirect("/inspections/new/?from_report=1")
    return form_page(request, form, title="Read an Ofsted report", back="/inspections/", submit="Read the report",
                     intro="carewatch reads the council, dates, lead inspector, judgements and findings; you check them before anything is saved.")


def inspection_edit(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_object_or_404(Inspection, pk=pk)
    form = InspectionForm(request.POST or None, instance=inspection)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Inspection updated")
    return form_page(request, form, title="Change the inspection", caption=str(inspection),
                     back=inspection.get_absolute_url())


def finding_new(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_object_or_404(Inspection, pk=pk)
    form = FindingForm(request.POST or None, instance=Finding(inspection=inspection))
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, inspection, "Finding added")
    return form_page(request, form, title="Add a finding", caption=str(inspection), back=inspection.get_absolute_url())


def finding_edit(request: HttpRequest, pk: int) -> HttpResponse:
    finding = get_object_or_404(Finding.objects.select_related("inspection"), pk=pk)
    form = FindingForm(request.POST or None, instance=finding)
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, finding.inspection, "Finding updated")
    return form_page(request, form, title="Change the finding", caption=str(finding.inspection),
                     back=finding.inspection.get_absolute_url())


def national_record(request: HttpRequest) -> HttpResponse:
    """Load Ofsted's national record of judgements (every council) into the register."""
    from django.contrib import messages

    from carewatch.inspections.national import default_path, read_national_record
    from carewatch.web.inspections.national import load

    form = forms.Form(request.POST or None)
    if request.method == "POST":
        try:
            record = read_national_record(default_path())
        except InputError as exc:
            form.add_error(None, str(exc))
        else:
            counts = load(record)
            messages.success(request, f"{record.as_at}: {counts['added']} inspections added, {counts['updated']} updated")
            return redirect("inspections")
    return form_page(request, form, title="Load Ofsted's national record", back="/inspections/", submit="Load it",
                     intro="Adds every council's ILACS inspections, focused visits and monitoring visits from Ofsted's "
                           "official statistics shipped with carewatch (\"Local authority inspection outcomes\", Open "
                           "Government Licence v3.0). Loading again updates records it added; it never changes "
                           "records entered by a person.")
