"""Where a council stands: how many councils in England and in its region hold each grade in each judgement area
at their latest graded inspection (issue 7, from the register, i.e. Ofsted's national record once loaded), and
the council's own grade beside them. Counts, not children: nothing to suppress."""

from dataclasses import dataclass

from carewatch.web import ilacs
from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections.models import Inspection

NOT_JUDGED = "not_judged"  # e.g. care leavers before January 2023, overall effectiveness from April 2026


@dataclass
class AreaStanding:
    area: str
    label: str
    own: str  # the council's grade, or NOT_JUDGED
    england: dict[str, int]  # grade (and NOT_JUDGED) -> councils
    region: dict[str, int]


def latest_graded_by_council() -> dict[str, Inspection]:
    """Each current council's latest graded inspection (DfE code -> inspection), in one query."""
    current = set(LocalAuthority.objects.filter(valid_to__isnull=True).values_list("la_code", flat=True))
    out: dict[str, Inspection] = {}
    graded = Inspection.objects.filter(kind__in=ilacs.GRADED_KINDS, local_authority__la_code__in=current)
    for inspection in graded.select_related("local_authority").order_by("local_authority__la_code", "-start_date", "-pk"):
        code = inspection.local_authority.la_code
        if code not in out and inspection.graded():
            out[code] = inspection
    return out


def standing(la: LocalAuthority) -> tuple[list[AreaStanding], int, int]:
    """Per judgement area: the council's grade and the England and region counts. Also returns how many councils
    in England and in the region have a graded inspection recorded."""
    latest = latest_graded_by_council()
    regions = dict(LocalAuthority.objects.filter(valid_to__isnull=True).values_list("la_code", "region_name"))
    in_region = [i for code, i in latest.items() if regions.get(code) == la.region_name]
    own = latest.get(la.la_code)
    rows = []
    for area, label in ilacs.AREAS.items():
        def count(items: list[Inspection], area: str = area) -> dict[str, int]:
            counts = {g: 0 for g in (*ilacs.GRADES, NOT_JUDGED)}
            for i in items:
                counts[getattr(i, area) or NOT_JUDGED] += 1
            return counts
        rows.append(AreaStanding(area, label, (getattr(own, area) if own else "") or NOT_JUDGED,
                                 count(list(latest.values())), count(in_region)))
    return rows, len(latest), len(in_region)
