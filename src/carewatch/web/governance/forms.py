from typing import Any

from django import forms

from carewatch.web.forms import GovModelForm
from carewatch.web.governance.models import Decision, Meeting
from carewatch.web.plans.models import Plan


class MeetingForm(GovModelForm):
    class Meta:
        model = Meeting
        fields = ["body", "date", "title", "attendees", "papers", "minutes_link"]
        widgets = {"body": forms.RadioSelect}


class DecisionForm(GovModelForm):
    class Meta:
        model = Decision
        fields = ["kind", "text", "plan", "plan_step"]
        widgets = {"kind": forms.RadioSelect}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = Plan.objects.all()  # type: ignore[attr-defined]
