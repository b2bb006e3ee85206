"""Ofsted's official statistics "Local authority inspection outcomes as at 31 March" (.ods) read into typed
records: every council's latest ILACS judgements, the year's inspection activity (incl. focused and
monitoring visits) and the ILACS history since 2018; the England and region distribution of grades; a
council's statistical neighbours.

Ofsted's notes to the release: from 1 January 2023 the "children in care and care leavers" judgement was split;
the release words every inspection by the new framework, so for an inspection before 2023 its "children in
care" column holds the combined judgement and "care leavers" is blank. carewatch keeps that judgement as
`in_care_and_care_leavers` (domain rule 2). The release gives ONS area codes; carewatch adds the DfE code.
"""

import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from carewatch.errors import InputError
from carewatch.inspections import councils, grades

LATEST, IN_YEAR, HISTORY = "Inspections_as_at_31_March", "In-year_inspections", "ILACS_inspection_history"
HEADER_ROW = 3  # "This table begins in cell A3" (each sheet's own note)

_KINDS = {
    "ilacs standard inspection": "ilacs_standard",
    "ilacs short inspection": "ilacs_short",
    "ilacs focused visit": "focused_visit",
    "la monitoring visit": "monitoring_visit",
}
# Column headings as the release words them -> carewatch's judgement areas
_AREA_COLUMNS = {
    "Overall effectiveness": grades.OVERALL,
    "The impact of leaders on social work practice with children and families": grades.LEADERS,
    "The experiences and progress of children who need help and protection": grades.HELP,
    "The experiences and progress of children in care": grades.IN_CARE,
    "The experiences and progress of care leavers": grades.CARE_LEAVERS,
}
_REQUIRED = {
    LATEST: ["Local authority area code", "Local authority name", "Ofsted region", "Inspection date", "Publication date", *_AREA_COLUMNS],
    IN_YEAR: ["Local authority area code", "Local authority name", "Region", "Inspection/Visit date", "Publication date",
              "Inspection/Visit type", *_AREA_COLUMNS, "Visit Theme"],
    HISTORY: ["Local authority area code", "Local authority name", "Local authority status", "Ofsted region", "Inspection date",
              "Publication date", "Inspection type", *_AREA_COLUMNS],
}


def default_path() -> Path:
    """The release shipped with carewatch (data/SOURCES.md)."""
    return Path(str(resources.files("carewatch.inspections").joinpath("data", "LA_Inspection_Outcomes_as_at_31_March_2025.ods")))


@dataclass(frozen=True)
class InspectionRecord:
    ons_code: str
    la_code: str | None  # DfE 3-digit code; None only for an area code carewatch's lookup does not know
    la_name: str
    region: str  # Ofsted's region
    kind: str  # ilacs_standard | ilacs_short | focused_visit | monitoring_visit (| ilacs when the release does not say)
    start_date: date  # Ofsted's "Inspection date": the first day on site
    published: date | None
    judgements: dict[str, str] = field(default_factory=dict)
    theme: str | None = None  # focused and monitoring visits
    still_exists: bool = True
    sheet: str = ""
    row: int = 0

    @property
    def key(self) -> tuple[str, str, date]:
        """What identifies one inspection or visit across releases and sheets: loading by this key is idempotent."""
        return (self.ons_code, self.kind, self.start_date)


@dataclass
class NationalRecord:
    source: str
    as_at: str  # the release's title, e.g. "Local authority inspection outcomes as at 31 March 2025"
    published: date | None
    latest: list[InspectionRecord]
    in_year: list[InspectionRecord]
    history: list[InspectionRecord]

    def latest_for(self, la_code: str) -> InspectionRecord | None:
        return next((r for r in self.latest if r.la_code == la_code), None)

    def history_for(self, la_code: str) -> list[InspectionRecord]:
        return sorted((r for r in self.history if r.la_code == la_code), key=lambda r: r.start_date)

    def in_year_for(self, la_code: str) -> list[InspectionRecord]:
        return sorted((r for r in self.in_year if r.la_code == la_code), key=lambda r: r.start_date)

    def visit(self, la_code: str | None, start_date: date | None) -> InspectionRecord | None:
        """The release's record of one inspection or visit (council, first day on site): e.g. to fill in the
        publication date an ILACS report does not print."""
        return next((r for r in self.inspections() if r.la_code == la_code and r.start_date == start_date), None)

    def inspections(self) -> list[InspectionRecord]:
        """Every inspection and visit once: the ILACS history plus the year's visits (a year's inspections are in
        both sheets; the history's row is kept)."""
        seen = {r.key: r for r in self.in_year}
        seen.update({r.key: r for r in self.history})
        return sorted(seen.values(), key=lambda r: (r.ons_code, r.start_date, r.kind))

    def regions(self) -> list[str]:
        return sorted({r.region for r in self.latest})


def _date(value: object, where: tuple[str, int, str], file: str, required: bool) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    if value in ("", None) and not required:
        return None
    sheet, row, column = where
    raise InputError(file, f"sheet {sheet}: expected a date, found {value!r}", row, column)


def _grade(value: object, where: tuple[str, int, str], file: str) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    grade = grades.grade_of(text)
    if grade is None:
        sheet, row, column = where
        raise InputError(file, f"sheet {sheet}: expected one of Outstanding, Good, Requires improvement to be good, "
                               f"Inadequate or blank, found {text!r}", row, column)
    return grade


def _records(workbook: CalamineWorkbook, sheet: str, file: str) -> list[InspectionRecord]:
    if sheet not in workbook.sheet_names:
        raise InputError(file, f"has no sheet {sheet!r}; expected Ofsted's 'Local authority inspection outcomes' release")
    rows = workbook.get_sheet_by_name(sheet).to_python()
    if len(rows) < HEADER_ROW:
        raise InputError(file, f"sheet {sheet} has no table; expected its header in row {HEADER_ROW}")
    header = [str(h).strip() for h in rows[HEADER_ROW - 1]]
    missing = [h for h in _REQUIRED[sheet] if h not in header]
    if missing:
        raise InputError(file, f"sheet {sheet}: expected column {missing[0]!r} in the header", HEADER_ROW)
    col = {h: header.index(h) for h in header}
    out: list[InspectionRecord] = []
    for offset, row in enumerate(rows[HEADER_ROW:], start=HEADER_ROW + 1):
        cells = list(row) + [""] * (len(header) - len(row))
        ons = str(cells[col["Local authority area code"]]).strip()
        if not ons:
            continue  # trailing blank rows
        when = "Inspection/Visit date" if sheet == IN_YEAR else "Inspection date"
        start = _date(cells[col[when]], (sheet, offset, when), file, required=True)
        assert start is not None
        published = _date(cells[col["Publication date"]], (sheet, offset, "Publication date"), file, required=False)
        if sheet == LATEST:
            kind = "ilacs"  # this sheet does not say short or standard; read_national_record takes it from the history
        else:
            type_col = "Inspection/Visit type" if sheet == IN_YEAR else "Inspection type"
            raw_kind = str(cells[col[type_col]]).strip()
            found = _KINDS.get(raw_kind.lower())
            if found is None:
                raise InputError(file, f"sheet {sheet}: expected an inspection type of {', '.join(sorted(_KINDS))}; found {raw_kind!r}",
                                 offset, type_col)
            kind = found
        judgements: dict[str, str] = {}
        for heading, area in _AREA_COLUMNS.items():
            grade = _grade(cells[col[heading]], (sheet, offset, heading), file)
            if grade:
                judgements[area] = grade
        if grades.IN_CARE in judgements and start < grades.CARE_LEAVERS_SEPARATE_FROM:
            judgements[grades.IN_CARE_AND_CARE_LEAVERS] = judgements.pop(grades.IN_CARE)
        council = councils.by_ons(ons)
        region_col = "Region" if sheet == IN_YEAR else "Ofsted region"
        status = str(cells[col["Local authority status"]]).strip().lower() if sheet == HISTORY else "current"
        theme = str(cells[col["Visit Theme"]]).strip() if sheet == IN_YEAR else ""
        out.append(InspectionRecord(
            ons_code=ons,
            la_code=council.la_code if council else None,
            la_name=str(cells[col["Local authority name"]]).strip(),
            region=str(cells[col[region_col]]).strip(),
            kind=kind,
            start_date=start,
            published=published,
            judgements=judgements,
            theme=theme or None,
            still_exists=status != "no longer exists",
            sheet=sheet,
            row=offset,
        ))
    return out


MAX_UNPACKED = 100 * 1024 * 1024  # the real 2025 release unpacks to 1.2 MB (ratio 11:1)
MAX_RATIO = 200


def _refuse_zip_bomb(path: Path) -> None:
    """An .ods or .xlsx is a zip: check what it declares before a spreadsheet library inflates it (security.md)."""
    if not zipfile.is_zipfile(path):
        return  # calamine reports what it is not
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
            packed = sum(i.compress_size for i in archive.infolist()) or 1
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(str(path), f"is a damaged zip ({exc}); expected Ofsted's release as .ods") from None
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise InputError(str(path), f"would unpack to {unpacked // (1024 * 1024)} MB (ratio {unpacked // packed}:1); "
                                    "refused as a likely zip bomb, expected Ofsted's release (about 1 MB unpacked)")


def read_national_record(path: str | Path | None = None) -> NationalRecord:
    """Read the release (.ods or .xlsx). Raises InputError naming the sheet, row and column of anything unexpected."""
    path = Path(path) if path else default_path()
    name = str(path)
    if not path.is_file():
        raise InputError(name, "no such file; expected Ofsted's 'Local authority inspection outcomes' release (.ods)")
    _refuse_zip_bomb(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, ValueError, OSError) as exc:
        raise InputError(name, f"is not a readable spreadsheet ({str(exc)[:120]}); expected Ofsted's release as .ods") from None
    cover = workbook.get_sheet_by_name("Cover").to_python() if "Cover" in workbook.sheet_names else []
    title = str(cover[0][0]).strip() if cover and cover[0] else ""
    published = next((_date(r[1], ("Cover", i, "Detail"), name, required=False)
                      for i, r in enumerate(cover, start=1) if len(r) > 1 and str(r[0]).startswith("Published on")), None)
    history = _records(workbook, HISTORY, name)
    # the latest-judgements sheet does not give the inspection type; the history sheet does, for the same visit
    kinds = {(r.ons_code, r.start_date): r.kind for r in history}
    latest = [replace(r, kind=kinds.get((r.ons_code, r.start_date), r.kind)) for r in _records(workbook, LATEST, name)]
    return NationalRecord(name, title, published, latest, _records(workbook, IN_YEAR, name), history)


def distribution(records: Iterable[InspectionRecord], area: str, region: str | None = None) -> dict[str, int]:
    """Councils per grade for one judgement area (England, or one Ofsted region), plus "none" for councils whose
    record has no grade in that area (e.g. care leavers before 2023)."""
    counts = Counter({g: 0 for g in (*grades.GRADES, "none")})
    for r in records:
        if region is None or r.region == region:
            counts[r.judgements.get(area, "none")] += 1
    return dict(counts)


def neighbours(la_code: str) -> list[councils.Neighbour]:
    """The council's statistical neighbours, closest first (DfE 2025 model, data/SOURCES.md)."""
    return list(councils.neighbours(la_code))
