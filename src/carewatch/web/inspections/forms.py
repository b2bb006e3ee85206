from typing import Any

from django import forms
from django.utils import timezone

from carewatch import reference
from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority
from carewatch.web.forms import GovModelForm
from carewatch.web.inspections.models import Finding, Inspection


class InspectionForm(GovModelForm):
    la_code = forms.CharField(label="Local authority code", max_length=9,
                              help_text="The DfE 3-digit code (for example 839) or the ONS code")
    partners = forms.MultipleChoiceField(label="Partner inspectorates (JTAI only)", required=False,
                                         choices=list(ilacs.PARTNER_INSPECTORATES.items()),
                                         widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Inspection
        fields = ["kind", "start_date", "end_date", "published", "lead_inspector", "report_url", "jtai_theme",
                  *ilacs.AREAS]
        widgets = {"kind": forms.RadioSelect}
        labels = {area: text for area, text in ilacs.AREAS.items()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["la_code"] = self.instance.local_authority.la_code
            self.initial["partners"] = self.instance.partner_inspectorates.split()
        for area in ilacs.AREAS:
            self.fields[area].help_text = "Leave blank if not judged"
        self.fields["end_date"].required = True
        self.order_fields(["la_code"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        code, start = data.get("la_code"), data.get("start_date")
        if code:
            try:
                self.instance.local_authority = LocalAuthority.for_code(code, start)
            except (reference.UnknownLocalAuthority, LocalAuthority.DoesNotExist) as exc:
                self.add_error("la_code", exc.args[0] if exc.args else "Unknown local authority code")
        self.instance.partner_inspectorates = " ".join(data.get("partners") or [])
        if start and start > timezone.localdate() and any(data.get(a) for a in ilacs.AREAS):
            self.add_error("start_date", "An inspection with judgements cannot start in the future")
        return data


class FindingForm(GovModelForm):
    class Meta:
        model = Finding
        fields = ["kind", "area", "text"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"text": "What the inspectors said"}
