"""The improvement plan: plan -> priorities (tied to findings and judgement areas) -> actions (owner, dates,
status, RAG, evidence) and measures (baseline, target, dated values). Shape from domain.md §9."""

import secrets
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from carewatch.reference.working_days import WorkingDays
from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections.models import AREA_CHOICES, Finding, Inspection
from carewatch.web.plans.storage import evidence_storage

PLAN_STATUSES = {"draft": "Draft", "endorsed": "Endorsed", "submitted": "Submitted"}
ACTION_STATUSES = {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}
RAG_CHOICES = [(k, v) for k, v in ilacs.RAG.items() if k != "done"]


class Plan(models.Model):
    local_authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT, related_name="plans")
    title = models.CharField(max_length=200)
    version = models.CharField(max_length=20, default="1")
    status = models.CharField(max_length=12, choices=list(PLAN_STATUSES.items()), default="draft")
    responds_to = models.ForeignKey(Inspection, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="plans", verbose_name="the inspection it answers")
    drafted = models.DateField(default=timezone.localdate)
    submitted_to_ofsted = models.DateField(null=True, blank=True)
    submitted_to_dfe = models.DateField("submitted to DfE", null=True, blank=True)
    summary = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-drafted", "-pk"]  # ties: newest first on every database

    def __str__(self) -> str:
        return f"{self.title} (version {self.version})"

    def get_absolute_url(self) -> str:
        return reverse("plan", args=[self.pk])

    def clean(self) -> None:
        errors: dict[str, str] = {}
        today = timezone.localdate()
        for field in ("drafted", "submitted_to_ofsted", "submitted_to_dfe"):
            value = getattr(self, field)
            if value and value > today:
                errors[field] = "This date must be today or in the past"
            elif value and field != "drafted" and self.drafted and value < self.drafted:
                errors[field] = "A plan cannot be submitted before it was drafted"
        if self.status == "submitted" and not (self.submitted_to_ofsted or self.submitted_to_dfe):
            errors["status"] = "Enter the date the plan was submitted to Ofsted or DfE"
        if errors:
            raise ValidationError(errors)

    def actions(self) -> models.QuerySet["Action"]:
        return Action.objects.filter(priority__plan=self).select_related("owner", "priority")


class Priority(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="priorities")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    area = models.CharField("judgement area", max_length=24, choices=AREA_CHOICES, blank=True)
    findings = models.ManyToManyField(Finding, blank=True, related_name="priorities",
                                      verbose_name="the findings it answers")
    description = models.TextField(blank=True)
    history = HistoricalRecords(m2m_fields=[findings])

    class Meta:
        ordering = ["plan", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="priority_number_unique")]
        verbose_name_plural = "priorities"

    def __str__(self) -> str:
        return f"Priority {self.number}: {self.title}"


class Action(models.Model):
    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="actions")
    ref = models.CharField("reference", max_length=12, help_text="e.g. 1.3")
    title = models.CharField(max_length=300)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="owned_actions")
    start = models.DateField(null=True, blank=True)
    due = models.DateField()
    status = models.CharField(max_length=12, choices=list(ACTION_STATUSES.items()), default="not_started")
    completed = models.DateField(null=True, blank=True)
    rag_override = models.CharField("RAG override", max_length=6, choices=RAG_CHOICES, blank=True)
    rag_override_reason = models.TextField("why the RAG was overridden", blank=True)
    rag_override_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                        blank=True, related_name="+")
    rag_override_at = models.DateTimeField(null=True, blank=True)
    from_recommendation = models.ForeignKey("governance.Decision", on_delete=models.SET_NULL, null=True,
                                            blank=True, related_name="actions")
    history = HistoricalRecords()

    class Meta:
        ordering = ["priority__number", "ref"]

    def __str__(self) -> str:
        return f"{self.ref} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("action", args=[self.pk])

    def computed_rag(self, today: date, wd: WorkingDays) -> str:
        return ilacs.rag(self.due, self.status == "done", today, wd)

    def rag(self, today: date, wd: WorkingDays) -> str:
        """The RAG shown: a manual override wins over the computed one, except once the action is done."""
        if self.status != "done" and self.rag_override:
            return self.rag_override
        return self.computed_rag(today, wd)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.start and self.due and self.due < self.start:
            errors["due"] = "The due date must be the same as or after the start date"
        if self.status == "done" and not self.completed:
            errors["completed"] = "Enter the date the action was completed"
        if self.completed and self.completed > timezone.localdate():
            errors["completed"] = "The date completed must be today or in the past"
        if self.completed and self.status != "done":
            errors["status"] = "An action with a completion date must be marked done"
        if self.rag_override and not self.rag_override_reason.strip():
            errors["rag_override_reason"] = "Say why the RAG is overridden"
        if errors:
            raise ValidationError(errors)


def evidence_path(instance: "Evidence", filename: str) -> str:
    # A random name inside the private evidence folder: the user's file name is kept only as a label.
    return f"{instance.action_id}/{secrets.token_hex(16)}{Path(filename).suffix.lower()}"


class Evidence(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="evidence")
    text = models.TextField(blank=True)
    link = models.URLField(blank=True)
    file = models.FileField(upload_to=evidence_path, blank=True,
                            storage=evidence_storage)
    file_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-added_at"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.file_name or self.link or self.text[:60]


class Measure(models.Model):
    """A measure of progress: a measures-engine id when there is one, else a named local measure."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measures")
    priority = models.ForeignKey(Priority, on_delete=models.SET_NULL, null=True, blank=True, related_name="measures")
    measure_id = models.CharField("measure id", max_length=60, blank=True,
                                  help_text="The measures engine's id, when the measure comes from the data")
    name = models.CharField(max_length=200)
    unit = models.CharField(max_length=20, blank=True, help_text="e.g. %, days, per 10,000")
    higher_is_better = models.BooleanField("higher is better", default=True)
    baseline = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    target = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    target_date = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "name"]

    def __str__(self) -> str:
        return self.name

    def latest(self) -> "MeasureValue | None":
        values = list(self.values.all())  # uses prefetch_related("values") when the page did it
        return max(values, key=lambda v: v.period_end) if values else None

    def on_track(self, latest: "MeasureValue | None" = None) -> bool | None:
        latest = latest or self.latest()
        if latest is None or self.target is None:
            return None
        return latest.value >= self.target if self.higher_is_better else latest.value <= self.target

    def clean(self) -> None:
        if self.baseline_date and self.target_date and self.target_date <= self.baseline_date:
            raise ValidationError({"target_date": "The target date must be after the baseline date"})


class MeasureValue(models.Model):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="values")
    period_end = models.DateField()
    value = models.DecimalField(max_digits=12, decimal_places=2)
    source = models.CharField(max_length=12, choices=[("entered", "Entered"), ("data", "From the data")],
                              default="entered")
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    history = HistoricalRecords()

    class Meta:
        ordering = ["measure", "period_end"]
        constraints = [models.UniqueConstraint(fields=["measure", "period_end"], name="one_value_per_period")]

    def __str__(self) -> str:
        return f"{self.value} at {self.period_end:%d %B %Y}"

    def clean(self) -> None:
        if self.period_end and self.period_end > timezone.localdate():
            raise ValidationError({"period_end": "The period end must be today or in the past"})


class Comment(models.Model):
    """A comment on a plan or one of its actions (improvement board members, officers)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    action = models.ForeignKey(Action, on_delete=models.CASCADE, null=True, blank=True, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created"]

    def __str__(self) -> str:
        return self.text[:60]
