from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model

from carewatch.web.forms import GovModelForm
from carewatch.web.inspections.models import Finding, Inspection
from carewatch.web.plans.models import Action, Comment, Measure, MeasureValue, Plan, Priority


class PlanForm(GovModelForm):
    class Meta:
        model = Plan
        fields = ["title", "version", "status", "responds_to", "drafted", "submitted_to_ofsted", "submitted_to_dfe", "summary"]
        widgets = {"status": forms.RadioSelect}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["responds_to"].queryset = Inspection.objects.filter(  # type: ignore[attr-defined]
            local_authority=self.instance.local_authority)


class PriorityForm(GovModelForm):
    class Meta:
        model = Priority
        fields = ["number", "title", "area", "findings", "description"]
        widgets = {"findings": forms.CheckboxSelectMultiple}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plan = self.instance.plan
        found = Finding.objects.filter(inspection__local_authority=plan.local_authority)
        if plan.responds_to_id:
            found = found.filter(inspection=plan.responds_to_id)
        self.fields["findings"].queryset = found  # type: ignore[attr-defined]


def _owners() -> Any:
    return get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name", "username")


class OwnerChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.get_full_name() or obj.username


class ActionForm(GovModelForm):
    owner = OwnerChoice(queryset=None, required=False)

    class Meta:
        model = Action
        fields = ["ref", "title", "owner", "start", "due", "status", "completed"]
        widgets = {"status": forms.RadioSelect}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = _owners()  # type: ignore[attr-defined]


class ActionUpdateForm(GovModelForm):
    """What an action's owner may change: its progress."""

    class Meta:
        model = Action
        fields = ["status", "completed"]
        widgets = {"status": forms.RadioSelect}


class RagOverrideForm(GovModelForm):
    class Meta:
        model = Action
        fields = ["rag_override", "rag_override_reason"]
        widgets = {"rag_override": forms.RadioSelect}
        labels = {"rag_override": "RAG to show instead of the computed one"}
        help_texts = {"rag_override": "Choose none to go back to the computed RAG"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rag_override"].choices = [("", "None: use the computed RAG"), *self.fields["rag_override"].choices[1:]]  # type: ignore[attr-defined]


class EvidenceForm(forms.Form):
    text = forms.CharField(label="What shows the action is done or progressing", widget=forms.Textarea, required=False)
    link = forms.URLField(label="Link", required=False, help_text="For example a report on the council's intranet")
    file = forms.FileField(label="Upload a file", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        types = ", ".join(sorted(e.lstrip(".").upper() for e in settings.EVIDENCE_TYPES))
        self.fields["file"].help_text = f"{types}; up to {settings.EVIDENCE_MAX_BYTES // (1024 * 1024)} MB"

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        suffix = Path(upload.name).suffix.lower()
        if suffix not in settings.EVIDENCE_TYPES:
            raise forms.ValidationError("The file must be a " + ", ".join(sorted(e.lstrip(".").upper() for e in settings.EVIDENCE_TYPES)))
        if upload.size > settings.EVIDENCE_MAX_BYTES:
            raise forms.ValidationError(f"The file must be smaller than {settings.EVIDENCE_MAX_BYTES // (1024 * 1024)} MB")
        if upload.size == 0:
            raise forms.ValidationError("The file is empty")
        head = upload.read(8)
        upload.seek(0)
        magic = {".pdf": [b"%PDF"], ".png": [b"\x89PNG"], ".jpg": [b"\xff\xd8"], ".jpeg": [b"\xff\xd8"],
                 ".docx": [b"PK\x03\x04"], ".xlsx": [b"PK\x03\x04"]}
        if suffix in magic and not any(head.startswith(m) for m in magic[suffix]):
            raise forms.ValidationError(f"The file is not a real {suffix.lstrip('.').upper()} file")
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not self.errors and not (data.get("text") or data.get("link") or data.get("file")):
            raise forms.ValidationError("Enter some evidence: text, a link or a file")
        return data


class CommentForm(GovModelForm):
    class Meta:
        model = Comment
        fields = ["text"]
        labels = {"text": "Comment"}


class MeasureForm(GovModelForm):
    class Meta:
        model = Measure
        fields = ["name", "measure_id", "priority", "unit", "higher_is_better", "baseline", "baseline_date",
                  "target", "target_date"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["priority"].queryset = self.instance.plan.priorities.all()  # type: ignore[attr-defined]


class MeasureValueForm(GovModelForm):
    class Meta:
        model = MeasureValue
        fields = ["period_end", "value"]
