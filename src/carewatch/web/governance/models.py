"""Governance of improvement: cabinet, scrutiny, improvement board and corporate parenting panel meetings, their
decisions and recommendations (domain.md §9). A recommendation can become a plan action; decisions tied to a
plan make up its governance trail (drafted -> scrutiny -> cabinet endorsed -> submitted)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

BODIES = {
    "cabinet": "Cabinet",
    "scrutiny": "Scrutiny committee",
    "improvement_board": "Improvement board",
    "corporate_parenting": "Corporate parenting panel",
}
DECISION_KINDS = {"decision": "Decision", "recommendation": "Recommendation"}
PLAN_STEPS = {  # what a decision did to a plan, in the order of the trail
    "scrutiny_considered": "Considered by scrutiny",
    "board_reviewed": "Reviewed by the improvement board",
    "cabinet_endorsed": "Endorsed by cabinet",
}


class Meeting(models.Model):
    body = models.CharField(max_length=24, choices=list(BODIES.items()))
    date = models.DateField()
    title = models.CharField(max_length=200, blank=True)
    attendees = models.TextField(blank=True, help_text="One name per line")
    papers = models.TextField(blank=True, help_text="Links or titles of the papers, one per line")
    minutes_link = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-pk"]  # ties: newest first on every database

    def __str__(self) -> str:
        return f"{self.get_body_display()}, {self.date.day} {self.date:%B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("meeting", args=[self.pk])

    def attendee_list(self) -> list[str]:
        return [a.strip() for a in self.attendees.splitlines() if a.strip()]

    def paper_list(self) -> list[str]:
        return [p.strip() for p in self.papers.splitlines() if p.strip()]


class Decision(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    kind = models.CharField(max_length=16, choices=list(DECISION_KINDS.items()))
    text = models.TextField()
    plan = models.ForeignKey("plans.Plan", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="decisions", verbose_name="the plan it concerns")
    plan_step = models.CharField("what it did to the plan", max_length=24, choices=list(PLAN_STEPS.items()),
                                 blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting__date", "pk"]

    def __str__(self) -> str:
        short = self.text if len(self.text) < 80 else self.text[:77] + "..."
        return f"{self.get_kind_display()}: {short}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.plan_step and not self.plan_id:
            errors["plan"] = "Choose the plan this decision concerns"
        body = self.meeting.body if self.meeting_id else None
        if self.plan_step == "cabinet_endorsed" and body and body != "cabinet":
            errors["plan_step"] = "Only cabinet endorses a plan"
        if self.plan_step == "scrutiny_considered" and body and body != "scrutiny":
            errors["plan_step"] = "Only a scrutiny committee considers a plan as scrutiny"
        if errors:
            raise ValidationError(errors)
