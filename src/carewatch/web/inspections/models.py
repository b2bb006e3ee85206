"""Ofsted inspections of the council's children's services and their findings.

Fits both the national record of judgements (one row per LA inspection) and a report read from its PDF
(carewatch.inspections ReportReading: council, kind, dates, lead inspector, judgements {area: grade},
findings [(kind, text)])."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority

GRADE_CHOICES = list(ilacs.GRADES.items())
AREA_CHOICES = list(ilacs.AREAS.items())


class Inspection(models.Model):
    local_authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT, related_name="inspections")
    kind = models.CharField(max_length=20, choices=list(ilacs.KINDS.items()))
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="The last day on site")
    published = models.DateField("published", null=True, blank=True,
                                 help_text="The date the report or letter was published (received)")
    lead_inspector = models.CharField(max_length=100, blank=True)
    report_url = models.URLField("report link", blank=True)
    jtai_theme = models.CharField("JTAI theme", max_length=200, blank=True)
    partner_inspectorates = models.CharField(max_length=60, blank=True, help_text="Space-separated codes")
    overall_effectiveness = models.CharField(max_length=24, choices=GRADE_CHOICES, blank=True)
    impact_of_leaders = models.CharField(max_length=24, choices=GRADE_CHOICES, blank=True)
    help_and_protection = models.CharField(max_length=24, choices=GRADE_CHOICES, blank=True)
    in_care = models.CharField(max_length=24, choices=GRADE_CHOICES, blank=True)
    care_leavers = models.CharField(max_length=24, choices=GRADE_CHOICES, blank=True)
    source = models.CharField(max_length=255, blank=True, help_text="Where this record came from")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_date", "-pk"]  # ties: newest first on every database

    def __str__(self) -> str:
        return f"{self.get_kind_display()}, {self.start_date.day} {self.start_date:%B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("inspection", args=[self.pk])

    @property
    def last_day(self) -> date:
        """The end date, or the start date when only that is known (Ofsted's national record)."""
        return self.end_date or self.start_date

    def judgements(self) -> dict[str, str]:
        return {area: getattr(self, area) for area in ilacs.AREAS}

    def graded(self) -> bool:
        return any(self.judgements().values())

    def headline_grade(self) -> str | None:
        return ilacs.headline_grade(self.judgements(), self.start_date)

    def partners(self) -> list[str]:
        return [ilacs.PARTNER_INSPECTORATES.get(c, c) for c in self.partner_inspectorates.split()]

    def plan_submitted(self) -> date | None:
        """When the first plan answering this inspection went to Ofsted or DfE (None if none has)."""
        dates = [d for p in self.plans.all() for d in (p.submitted_to_ofsted, p.submitted_to_dfe) if d]
        return min(dates) if dates else None

    def has_priority_actions(self) -> bool:
        return self.findings.filter(kind="priority_action").exists()

    def clean(self) -> None:
        errors: dict[str, str] = {}
        today = timezone.localdate()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "The end date must be the same as or after the start date"
        if self.published:
            if self.published > today:
                errors["published"] = "The publication date must be today or in the past"
            elif (self.end_date or self.start_date) and self.published < (self.end_date or self.start_date):
                errors["published"] = "The publication date must be the same as or after the end date"
        if self.graded() and self.end_date and self.end_date > today:
            errors.setdefault("end_date", "An inspection with judgements must have ended: the end date must be today or in the past")
        if self.kind == "sif" and self.start_date and self.start_date >= ilacs.ILACS_START:
            errors["kind"] = "The single inspection framework ended in 2017; choose an ILACS inspection"
        if self.kind in ("standard", "short", "ilacs") and self.start_date and self.start_date < ilacs.ILACS_START:
            errors["kind"] = "ILACS began in January 2018; an earlier inspection is a SIF inspection"
        if self.kind != "jtai" and (self.jtai_theme or self.partner_inspectorates):
            errors["jtai_theme"] = "Only a JTAI has a theme and partner inspectorates"
        errors.update(ilacs.judgement_problems(self.kind, self.start_date, self.judgements()))
        if errors:
            raise ValidationError(errors)


class Finding(models.Model):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=20, choices=list(ilacs.FINDING_KINDS.items()))
    area = models.CharField("judgement area", max_length=24, choices=AREA_CHOICES, blank=True)
    text = models.TextField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["inspection", "-kind", "pk"]

    def __str__(self) -> str:
        short = self.text if len(self.text) < 80 else self.text[:77] + "..."
        return f"{self.get_kind_display()}: {short}"


def last_graded(local_authority: LocalAuthority) -> Inspection | None:
    for inspection in Inspection.objects.filter(local_authority=local_authority, kind__in=ilacs.GRADED_KINDS):
        if inspection.graded():
            return inspection
    return None


def inspections_between(local_authority: LocalAuthority, start: date, end: date) -> models.QuerySet[Inspection]:
    return Inspection.objects.filter(local_authority=local_authority, start_date__range=(start, end))
