"""The council this install serves, the English LAs (loaded from carewatch.reference) and local closure days."""

from datetime import date
from typing import Any

from django.core.cache import cache
from django.db import models
from simple_history.models import HistoricalRecords

from carewatch import reference
from carewatch.reference.working_days import WorkingDays


class LocalAuthority(models.Model):
    """One period of one council's identity (domain rule 15): a DfE code with its ONS code and dates."""

    la_code = models.CharField("DfE code", max_length=3, db_index=True)
    ons_code = models.CharField("ONS code", max_length=9)
    name = models.CharField(max_length=100)
    la_type = models.CharField("type", max_length=40, blank=True)
    region_code = models.CharField(max_length=9, blank=True)
    region_name = models.CharField("region", max_length=40, blank=True)
    ofsted_urn = models.CharField("Ofsted URN", max_length=10, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    stat_neighbours = models.CharField("statistical neighbours", max_length=60, blank=True)

    class Meta:
        ordering = ["name", models.F("valid_from").asc(nulls_first=True)]  # NULL first on PostgreSQL too
        constraints = [models.UniqueConstraint(fields=["la_code", "ons_code"], name="one_record_per_code_pair")]
        verbose_name_plural = "local authorities"

    def __str__(self) -> str:
        return f"{self.name} ({self.la_code})"

    @property
    def current(self) -> bool:
        return self.valid_to is None

    def neighbours(self) -> list["LocalAuthority"]:
        codes = self.stat_neighbours.split()
        found = {la.la_code: la for la in LocalAuthority.objects.filter(la_code__in=codes, valid_to__isnull=True)}
        return [found[c] for c in codes if c in found]

    @classmethod
    def for_code(cls, code: str, on: date | None = None) -> "LocalAuthority":
        """The record a DfE or ONS code names (on a date if given); raises reference.UnknownLocalAuthority."""
        ref = reference.get(code, on)
        return cls.objects.get(la_code=ref.la_code, ons_code=ref.ons_code)


def sync_local_authorities(model: type[models.Model] | None = None) -> int:
    """Load or refresh every record from carewatch.reference (idempotent). Returns how many records.
    `model` lets a data migration pass its historical model."""
    model = model or LocalAuthority
    for r in reference.records():
        model.objects.update_or_create(  # type: ignore[attr-defined]
            la_code=r.la_code, ons_code=r.ons_code,
            defaults={"name": r.name, "la_type": r.la_type, "region_code": r.region_code,
                      "region_name": r.region_name, "ofsted_urn": r.ofsted_urn, "valid_from": r.valid_from,
                      "valid_to": r.valid_to, "stat_neighbours": " ".join(r.stat_neighbours)})
    return len(reference.records())


COUNCIL_CACHE_KEY = "carewatch:council"


class Council(models.Model):
    """The council whose children's services this install records (one row)."""

    local_authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT)
    display_name = models.CharField(max_length=100, help_text="Shown in the header, e.g. the council's own name")
    demonstration = models.BooleanField(default=False, help_text="Synthetic demonstration records, not real ones")
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        cache.delete(COUNCIL_CACHE_KEY)

    @classmethod
    def current(cls) -> "Council | None":
        # Read on every page (header): kept in the process cache, dropped whenever a Council is saved.
        cached = cache.get(COUNCIL_CACHE_KEY)
        if cached is None:
            cached = cls.objects.select_related("local_authority").first() or False
            cache.set(COUNCIL_CACHE_KEY, cached, 300)
        return cached or None


class ClosureDay(models.Model):
    """A day the council is closed beyond the England and Wales bank holidays (not a working day)."""

    date = models.DateField(unique=True)
    reason = models.CharField(max_length=100)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%d %B %Y}: {self.reason}"


def working_days() -> WorkingDays:
    """England's working days less this council's own closure days."""
    return WorkingDays(ClosureDay.objects.values_list("date", flat=True))
