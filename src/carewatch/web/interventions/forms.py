from typing import Any

from django import forms

from carewatch.web.forms import GovModelForm
from carewatch.web.inspections.models import Inspection
from carewatch.web.interventions.models import Intervention, Review


class InterventionForm(GovModelForm):
    class Meta:
        model = Intervention
        fields = ["kind", "issued", "closed", "issued_by", "adviser", "commissioner", "following", "link", "summary"]
        widgets = {"kind": forms.RadioSelect}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["following"].queryset = Inspection.objects.filter(  # type: ignore[attr-defined]
            local_authority=self.instance.local_authority)


class ReviewForm(GovModelForm):
    class Meta:
        model = Review
        fields = ["due", "held", "outcome"]
