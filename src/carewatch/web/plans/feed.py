"""Feed plan measures from the measures engine: rows computed from the returns (carewatch.measures, columns
measure_id, la_code, period "2025-26", breakdown, value) become dated values of every plan measure that names
that measure id, for the plan's council. The period is the collection year to 31 March (DfE statistics)."""

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction

from carewatch.web.plans.models import Measure, MeasureValue


def period_end(period: str) -> date:
    """'2025-26' -> 31 March 2026."""
    start = int(period[:4])
    return date(start + 1, 3, 31)


def feed(rows: Iterable[Mapping[str, Any]]) -> int:
    """Add or update values from the engine's 'total' rows; returns how many values were written."""
    totals = {(r["measure_id"], r["la_code"], r["period"]): r["value"] for r in rows
              if r.get("breakdown") in ("total", None) and r.get("value") is not None}
    written = 0
    with transaction.atomic():
        for measure in Measure.objects.exclude(measure_id="").select_related("plan__local_authority"):
            la_code = measure.plan.local_authority.la_code
            for (mid, code, period), value in totals.items():
                if mid != measure.measure_id or code != la_code:
                    continue
                MeasureValue.objects.update_or_create(
                    measure=measure, period_end=period_end(period),
                    defaults={"value": Decimal(str(round(float(value), 2))), "source": "data", "entered_by": None})
                written += 1
    return written
