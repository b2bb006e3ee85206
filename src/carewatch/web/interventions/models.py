"""DfE intervention in the council's children's services: separate from the Ofsted grade (domain rule 5).
Statutory directions are given under s497A Education Act 1996, applied by s50 Children Act 2004 [S17]."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections.models import Inspection

KINDS = {
    "adviser_only": "Adviser only (DfE support)",
    "improvement_notice": "Improvement notice (non-statutory)",
    "statutory_direction": "Statutory direction (s497A Education Act 1996)",
    "commissioner": "Statutory direction with a commissioner",
    "trust": "Services run by a children's services trust",
}


class Intervention(models.Model):
    local_authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT, related_name="interventions")
    kind = models.CharField(max_length=24, choices=list(KINDS.items()))
    issued = models.DateField()
    closed = models.DateField(null=True, blank=True)
    issued_by = models.CharField(max_length=120, default="Secretary of State for Education")
    adviser = models.CharField("adviser", max_length=120, blank=True)
    commissioner = models.CharField(max_length=120, blank=True)
    following = models.ForeignKey(Inspection, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="interventions", verbose_name="the inspection it followed")
    link = models.URLField("notice or direction link", blank=True)
    summary = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued", "-pk"]  # ties: newest first on every database

    def __str__(self) -> str:
        return f"{self.get_kind_display()}, issued {self.issued.day} {self.issued:%B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("intervention", args=[self.pk])

    @property
    def open(self) -> bool:
        return self.closed is None

    def clean(self) -> None:
        errors: dict[str, str] = {}
        today = timezone.localdate()
        if self.issued and self.issued > today:
            errors["issued"] = "The date issued must be today or in the past"
        if self.closed and self.issued and self.closed < self.issued:
            errors["closed"] = "The date closed must be the same as or after the date issued"
        if self.closed and self.closed > today:
            errors["closed"] = "The date closed must be today or in the past"
        if self.kind == "commissioner" and not self.commissioner:
            errors["commissioner"] = "Enter the commissioner's name"
        if self.following_id and self.issued and self.following and self.following.start_date > self.issued:
            errors["following"] = "The inspection it followed must have started before the intervention was issued"
        if errors:
            raise ValidationError(errors)


class Review(models.Model):
    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="reviews")
    due = models.DateField("review due")
    held = models.DateField(null=True, blank=True)
    outcome = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due"]

    def __str__(self) -> str:
        return f"Review due {self.due.day} {self.due:%B %Y}"

    def clean(self) -> None:
        if self.held and self.held > timezone.localdate():
            raise ValidationError({"held": "The date held must be today or in the past"})
