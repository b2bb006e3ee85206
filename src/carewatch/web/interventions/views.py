from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from carewatch.web.interventions.forms import InterventionForm, ReviewForm
from carewatch.web.interventions.models import Intervention, Review
from carewatch.web.pages import council_la, form_page, history, saved, today


def intervention_list(request: HttpRequest) -> HttpResponse:
    la = council_la(request)
    items = Intervention.objects.filter(local_authority__la_code=la.la_code).select_related("following")
    return render(request, "interventions/list.html", {"title": "DfE intervention", "interventions": items, "la": la})


def intervention_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Intervention.objects.select_related("local_authority", "following"), pk=pk)
    return render(request, "interventions/detail.html", {
        "title": str(item), "item": item, "reviews": item.reviews.all(), "today": today(),
        "history": history(item, request), "breadcrumbs": [{"text": "DfE intervention", "href": "/interventions/"}]})


def intervention_new(request: HttpRequest) -> HttpResponse:
    form = InterventionForm(request.POST or None, instance=Intervention(local_authority=council_la(request)))
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Intervention recorded")
    return form_page(request, form, title="Record DfE intervention", back="/interventions/")


def intervention_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Intervention, pk=pk)
    form = InterventionForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        return saved(request, form.save(), "Intervention updated")
    return form_page(request, form, title="Change the intervention", caption=str(item), back=item.get_absolute_url())


def review_new(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Intervention, pk=pk)
    form = ReviewForm(request.POST or None, instance=Review(intervention=item))
    if request.method == "POST" and form.is_valid():
        form.save()
        return saved(request, item, "Review added")
    return form_page(request, form, title="Add a review", caption=str(item), back=item.get_absolute_url())
