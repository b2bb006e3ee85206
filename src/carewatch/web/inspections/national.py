"""Load Ofsted's national record of judgements ("Local authority inspection outcomes as at 31 March", read by
carewatch.inspections.national) into the register, for every council. Idempotent: an inspection is identified
by council, kind and first day on site, so loading a later release updates rather than duplicates.

Mapping (same as for a report, see reading.py): ilacs_standard/short -> standard/short, a release that does not
say which -> "ilacs"; the pre-2023 combined "children in care and care leavers" judgement -> in_care. The
release gives no last day on site, so end_date stays empty."""

from typing import Any

from django.db import transaction

from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections.models import Inspection
from carewatch.web.inspections.reading import AREA, KIND

KINDS = KIND | {"ilacs": "ilacs"}


def load(record: Any) -> dict[str, int]:
    """Add or update every inspection in a NationalRecord. Returns counts: added, updated, skipped."""
    counts = {"added": 0, "updated": 0, "skipped": 0}
    seen: set[tuple[str, str, Any]] = set()
    source = f"Ofsted official statistics: {record.as_at}"
    las = {(la.ons_code): la for la in LocalAuthority.objects.all()}
    with transaction.atomic():
        for item in [*record.history, *record.in_year, *record.latest]:
            kind = KINDS.get(item.kind)
            la = las.get(item.ons_code)
            if kind is None or la is None or (item.ons_code, kind, item.start_date) in seen:
                counts["skipped"] += kind is None or la is None
                continue
            seen.add((item.ons_code, kind, item.start_date))
            grades = {a: "" for a in ilacs.AREAS}
            for area, grade in item.judgements.items():
                if AREA.get(area, area) in ilacs.AREAS and grade in ilacs.GRADES:
                    grades[AREA.get(area, area)] = grade
            values = {"published": item.published, "source": source, "jtai_theme": "", **grades}
            existing = Inspection.objects.filter(local_authority__ons_code=item.ons_code, kind=kind,
                                                 start_date=item.start_date).first()
            if existing is None:
                Inspection.objects.create(local_authority=la, kind=kind, start_date=item.start_date, **values)
                counts["added"] += 1
            elif any(getattr(existing, k) != v for k, v in values.items() if k != "source") and existing.source.startswith("Ofsted official"):
                for k, v in values.items():
                    setattr(existing, k, v)
                existing.save()
                counts["updated"] += 1
    return counts
