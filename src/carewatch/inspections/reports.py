"""Read an Ofsted report on a council's children's services (PDF) into a ReportReading: the council, the kind of
inspection, its dates, the lead inspector, every judgement and the findings, in order.

Layouts handled (Ofsted's published PDFs, 2013-2026):
- ILACS standard and short inspections (2018-): "Inspection of <council> local authority children's services"
  (2018-19: "<council>" then "Inspection of children's social care services"), a "Judgement / Grade" table on
  page 1, and the findings as bullets under "What needs to improve(?)".
  Ofsted's reports do not say whether an inspection was short or standard; the framework does: a short
  inspection is one week on site, a standard inspection two (ILACS framework; domain.md 1.3). The reader takes
  the kind from the inspection dates.
- Single inspection framework (SIF, 2013-2017): "Inspection of services for children in need of help and
  protection, children looked after and care leavers", the overall judgement in a sentence, numbered
  sub-judgements, and numbered findings under "Recommendations" or "What does the local authority need to
  improve?" (split into "Priority and immediate action" and "Areas for improvement"). A SIF report that also
  reviews the local safeguarding children board (LSCB) carries that board's own judgement and findings: they
  are addressed to the board, not the council, and are not read.
- Focused visits, monitoring visits and joint targeted area inspections (letters): council, dates, lead
  inspector, and findings under "Areas for priority action" / "Areas for improvement" / "What needs to
  improve"; they carry no graded judgements.

Findings are kinds `priority_action` (areas for priority action; SIF "priority and immediate action") and
`improvement_area` (what needs to improve, areas for improvement, SIF recommendations), the two kinds of the
ILACS framework (domain.md 1.5).

A grade is read only when the report prints it beside its judgement area; anything not read is listed in
`unread` with the reason. Nothing is guessed.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from carewatch.errors import InputError
from carewatch.inspections import councils, grades
from carewatch.inspections.pdftext import PdfText, read_pdf_text

KINDS = ("ilacs_standard", "ilacs_short", "focused_visit", "monitoring_visit", "jtai", "sif")
PRIORITY_ACTION = "priority_action"
IMPROVEMENT_AREA = "improvement_area"
SHORT_INSPECTION_MAX_DAYS = 7  # one week on site; a standard inspection is two (11-12 days from first to last)

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\s+(\d{{4}})"
_RANGE = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+({_MONTH}))?(?:\s+(\d{{4}}))?\s*(?:to|–|—|-|and|until)\s*{_DATE}", re.I)
_NUMERIC = r"(\d{1,2})/(\d{1,2})/(\d{4})"  # 2015-16 SIF reports: "Inspection date: 12/09/2016 to 06/10/2016"
_NUMERIC_RANGE = re.compile(rf"{_NUMERIC}\s*(?:to|–|—|-)\s*{_NUMERIC}")
_BULLET = re.compile(r"^\s*(?:[\uE000-\uF8FF•◼▪●■◦‣⁃∙·\u25aa\u25cf\u25a0\u2022\u2023\u2043]|-\s)\s*")
_NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s+")


@dataclass(frozen=True)
class Finding:
    kind: str  # priority_action | improvement_area
    text: str


@dataclass
class ReportReading:
    source: str
    council_code: str | None = None
    council_name: str | None = None
    kind: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    published: date | None = None
    lead_inspector: str | None = None
    judgements: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    unread: dict[str, str] = field(default_factory=dict)
    pages: int = 0

    def as_dict(self) -> dict[str, Any]:
        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "council_code": self.council_code,
            "council_name": self.council_name,
            "kind": self.kind,
            "start_date": iso(self.start_date),
            "end_date": iso(self.end_date),
            "published": iso(self.published),
            "lead_inspector": self.lead_inspector,
            "judgements": dict(self.judgements),
            "findings": [{"kind": f.kind, "text": f.text} for f in self.findings],
            "unread": dict(self.unread),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------------------------------------- text


def _norm(text: str) -> str:
    """One line, single spaces, straight apostrophes: the form the patterns below are written against."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")).strip()


def _lines(pdf: PdfText) -> list[str]:
    """The lines of the pages read, without running headers, footers and bare page numbers.

    A running header is a line (digits ignored) that recurs on at least three pages."""
    pages = pdf.ordered()
    seen: dict[str, int] = {}
    for text in pages:
        for key in {re.sub(r"\d+", "#", _norm(line)) for line in text.splitlines()}:
            seen[key] = seen.get(key, 0) + 1
    running = {k for k, n in seen.items() if n >= 3 and len(k) > 3}
    out: list[str] = []
    for text in pages:
        for line in text.splitlines():
            n = _norm(line)
            if not n or re.fullmatch(r"\d{1,3}", n) or re.sub(r"\d+", "#", n) in running:
                if not n:
                    out.append("")
                continue
            out.append(line.rstrip().replace("\u00a0", " "))
    return out


def _join(parts: list[str]) -> str:
    """Lines of one paragraph joined back into text: a line ending in a hyphen ("decision-") runs on."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if text.endswith("-") and not text.endswith(" -"):
            text += part
        else:
            text = f"{text} {part}" if text else part
    return re.sub(r"\s+", " ", text).strip()


def _date(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


# ---------------------------------------------------------------------------------------------------- fields


def _kind_of(first: str) -> str | None:
    """The kind, from the report's title (its first words); a summary's mention of an earlier visit does not count."""
    title, head = first.lower()[:250], first.lower()[:600]
    if "joint targeted area inspection" in title:
        return "jtai"
    if "focused visit" in title:
        return "focused_visit"
    if "monitoring visit" in title:
        return "monitoring_visit"
    if re.search(r"inspection of services for children in need of help and protection", head):
        return "sif"  # also "Re-inspection" and "Reinspection of services ..."
    if re.search(r"inspection of (?:.{1,80}? )?children's (?:social care )?services", head):
        return "ilacs"
    return None


def _council_name(first_lines: list[str], first: str, kind: str | None) -> str | None:
    if kind == "ilacs":
        m = re.search(r"Inspection of (?!children's|local authority children's)(.{2,80}?)(?: local authority)? children's services", first)
        if m:
            return m.group(1).strip(" ,")
    m = re.search(r"(?:Focused|Monitoring) visit to (.{2,80}?)(?: local authority)? children's services", first, re.I)
    if m:
        return m.group(1).strip(" ,")
    if kind == "jtai":
        m = re.search(r"Joint targeted area inspection of .{5,200}? in (.{2,60}?)(?: local authority)?(?: Inspection dates?| The | This |\d|$)", first)
        return m.group(1).strip(" ,.") if m else None
    # 2018-19 ILACS and SIF reports: the council's name stands alone above the title
    name: list[str] = []
    for line in first_lines:
        n = _norm(line)
        if re.match(r"(Re-?)?[Ii]nspection|Reinspection|Review of|Single inspection", n):
            break
        if n and not re.fullmatch(r"\d{1,3}", n):
            name.append(n)
        if len(name) == 3:  # a name is at most a few lines; more is not a title block carewatch knows
            return None
    return " ".join(name).strip() or None


def _dates(text: str) -> tuple[date | None, date | None]:
    labelled = re.search(r"Inspection dates?:?\s*(.{5,80})", text)
    candidates = [labelled.group(1)] if labelled else []
    visit = re.search(r"(?:visit|inspection)[^.]{0,120}?\b(?:on|between|from)\s+(.{5,80})", text)
    if visit:
        candidates.append(visit.group(1))
    for chunk in candidates:
        n = _NUMERIC_RANGE.match(chunk.strip())
        if n:
            a, b, c, x, y, z = (int(v) for v in n.groups())
            try:
                return date(c, b, a), date(z, y, x)
            except ValueError:
                return None, None
        m = _RANGE.search(chunk)
        if m:
            d1, m1, y1, d2, m2, y2 = m.groups()
            end = _date(d2, m2, y2)
            start = _date(d1, m1 or m2, y1 or y2)
            if start and end and start > end and not y1:  # "30 December to 3 January 2020"
                start = _date(d1, m1 or m2, str(int(y2) - 1))
            if start and end and start <= end:
                return start, end
        m = re.match(rf"\s*{_DATE}", chunk)
        if m:
            one = _date(*m.groups())
            return one, one
    return None, None


def _published(text: str) -> date | None:
    m = re.search(rf"(?:Report published|Publication date|Published)\s*:?\s*{_DATE}", text)
    if m:
        return _date(*m.groups())
    n = re.search(rf"(?:Report published|Publication date|Published)\s*:?\s*{_NUMERIC}", text)
    if n:
        try:
            return date(int(n.group(3)), int(n.group(2)), int(n.group(1)))
        except ValueError:
            return None
    return None


def _lead_inspector(text: str, lines: list[str]) -> str | None:
    joint = re.search(r"Lead (?:social care )?inspectors\s*:\s*(.{3,200})", _norm(text))
    if joint:  # "Lead inspectors: A, His Majesty's Inspector, and B, His Majesty's Inspector"
        chunk = re.split(r"\s(?:Judgement|Deputy|Team|Inspection|Shadow)\b", joint.group(1))[0]
        chunk = re.sub(r",?\s*(?:His|Her) Majesty's Inspectors?|\bHMI\b", "", chunk)
        names = [n.strip(" ,.") for n in re.split(r",| and ", chunk) if n.strip(" ,.")]
        return " and ".join(names) or None
    m = re.search(r"Lead (?:social care )?inspector(?: on site)?\s*:?\s*([A-Z][^\n]{2,80})", text)
    raw = m.group(1) if m else None
    if raw is None:  # letters are signed by the lead inspector
        for i, line in enumerate(lines):
            if _norm(line).lower().startswith("yours sincerely"):
                raw = next((n for n in (_norm(x) for x in lines[i + 1:i + 4]) if n), None)
                break
    if not raw:
        return None
    name = re.split(r",|\s+(?:HMI|Her Majesty|His Majesty|Ofsted Inspector|Social Care Regulatory)", _norm(raw))[0]
    return name.strip(" .") or None


# ILACS judgement table rows: the area as the report words it, then the grade.
_ILACS_LABELS = (
    (grades.LEADERS, r"The impact of leaders on social work practice with children and families"),
    (grades.HELP, r"The experiences and progress of children who need help and protection"),
    (grades.IN_CARE_AND_CARE_LEAVERS, r"The experiences and progress of children in care and care leavers"),
    (grades.IN_CARE, r"The experiences and progress of children in care(?! and care leavers)"),
    (grades.CARE_LEAVERS, r"The experiences and progress of care leavers"),
    (grades.OVERALL, r"Overall effectiveness"),
)
_N = r"\b\d(?:\.\d)?\.?\s*"  # the row's number; not checked, since reports misnumber ("1. Leadership ...")
_SIF_LABELS = (
    (grades.HELP, _N + r"Children who need help and protection"),
    (grades.SIF_LOOKED_AFTER, _N + r"Children looked after and achieving permanence"),
    (grades.SIF_ADOPTION, _N + r"Adoption performance"),
    (grades.CARE_LEAVERS, _N + r"Experiences and progress of care leavers"),
    (grades.SIF_LEADERSHIP, _N + r"Leadership,? management and governance"),
)
_GRADE_AFTER = rf"\s*[:.]?\s*({grades.GRADE_PATTERN})\b"


def _table(text: str, labels: tuple[tuple[str, str], ...], reading: ReportReading) -> None:
    for area, label in labels:
        m = re.search(label, text, re.I)
        if not m:
            continue
        g = re.match(_GRADE_AFTER, text[m.end():], re.I)
        grade = grades.grade_of(g.group(1)) if g else None
        if grade:
            reading.judgements[area] = grade
        else:
            after = text[m.end():m.end() + 40].strip()
            reading.unread[area] = (f"the report says this judgement was not made ('{after[:10]}')" if after.lower().startswith("not judged")
                                    else f"the report names this judgement but no grade follows it (found '{after}')")


def _ilacs_judgements(first: str, reading: ReportReading) -> None:
    """The judgement table: consecutive rows of area then grade, read from the "Judgement Grade" heading (or the
    first area named) until something that is not a row. Prose that repeats an area's words is never read."""
    heading = re.search(r"Judgement\s+Grade", first, re.I)
    if heading:
        pos = heading.end()
    else:
        starts = [m.start() for _, label in _ILACS_LABELS if (m := re.search(label, first, re.I))]
        pos = min(starts) if starts else len(first)
    while pos < len(first):
        row = None
        for area, label in _ILACS_LABELS:
            if (m := re.compile(r"\s*" + label, re.I).match(first, pos)):
                row = (area, m)
                break
        if row is None:
            break
        area, m = row
        g = re.compile(_GRADE_AFTER, re.I).match(first, m.end())
        grade = grades.grade_of(g.group(1)) if g else None
        if g and grade and area not in reading.judgements:
            reading.judgements[area] = grade
            pos = g.end()
            continue
        after = first[m.end():m.end() + 40].strip()
        reading.unread[area] = f"the report's judgement table names this judgement but no grade follows it (found '{after}')"
        following = [n.start() for _, label in _ILACS_LABELS if (n := re.compile(label, re.I).search(first, m.end(), m.end() + 120))]
        if not following:
            break
        pos = min(following)
    for area in grades.ilacs_areas_expected(reading.start_date):
        if area not in reading.judgements and area not in reading.unread:
            reading.unread[area] = "no grade for this judgement found in the report's judgement table"


def _sif_judgements(first: str, reading: ReportReading) -> None:
    overall = re.search(
        rf"(?:overall judgement is(?: that children's services?)?|children's services in .{{1,80}}?)\s+(?:are\s+|is\s+)?({grades.GRADE_PATTERN})\b",
        first, re.I)
    if overall and (g := grades.grade_of(overall.group(1))):
        reading.judgements[grades.OVERALL] = g
    # numbered labels: the LSCB review's judgement ("The Local Safeguarding Children Board is ...") is not one
    _table(first, _SIF_LABELS, reading)
    for area in grades.SIF_AREAS:
        if area not in reading.judgements and area not in reading.unread:
            reading.unread[area] = "no grade for this judgement found on the report's first page"


# ---------------------------------------------------------------------------------------------------- findings

# A heading is the whole line (a phrase inside a paragraph that wraps onto a new line is not one).
_START_HEADINGS = (
    (re.compile(r"^areas? for priority action\s*[:.]?$", re.I), PRIORITY_ACTION),
    (re.compile(r"^priority and immediate action\s*[:.]?$", re.I), PRIORITY_ACTION),
    # 2025 reports add a footnote mark: "What needs to improve?1"
    (re.compile(r"^what needs to improve(?: in (?:this|these) areas?)?\s*\??\s*\d?\s*[:.]?$", re.I), IMPROVEMENT_AREA),
    (re.compile(r"^what does the local authority need to improve\s*\??$", re.I), IMPROVEMENT_AREA),
    (re.compile(r"^areas? for (?:improvement|development)\s*[:.]?$", re.I), IMPROVEMENT_AREA),
    (re.compile(r"^recommendations\s*:?$", re.I), IMPROVEMENT_AREA),
)
_STOP = re.compile(
    r"^(the experiences and progress of|the impact of leaders|summary for children|the local authority's strengths"
    r"|the local authority has the following strengths"
    r"|information about|inspection judgements|progress since|the local safeguarding children|yours sincerely"
    r"|this letter|next steps|the lscb|what does the lscb"
    r"|overall effectiveness|contents\s*$|inspection findings|what the inspection judgements mean|main findings|findings\s*$)", re.I)


def _findings(lines: list[str], reading: ReportReading) -> None:
    """The findings section: items are bullets (ILACS, letters) or numbered paragraphs (SIF); within a numbered
    item, bullets are its sub-points. Sub-headings inside the section ("Care leavers") are skipped."""
    kind: str | None = None
    style: str | None = None
    items: list[tuple[str, list[str]]] = []
    seen_heading = False
    for i, raw in enumerate(lines):
        line = _norm(raw)
        if not line:
            continue
        heading = next((k for p, k in _START_HEADINGS if p.match(line)), None)
        if heading:
            kind, seen_heading = heading, True
            continue
        if kind is None:
            continue
        bullet, numbered = _BULLET.match(raw), _NUMBERED.match(raw)
        marker = "bullet" if bullet else "numbered" if numbered else None
        if marker:
            style = style or marker
            if marker == style:
                items.append((kind, [_strip_marker(raw)]))
            elif style == "bullet":
                break  # numbered paragraphs after the bullet points: the report's body has begun
            elif items:  # a bullet point inside a numbered recommendation
                parts = items[-1][1]
                if not _ends_sentence(parts):
                    parts[-1] += ";"
                parts.append(_strip_marker(raw))
            continue
        if _STOP.match(line):
            if items:
                break
            kind = None  # a heading with nothing under it yet (a summary's mention): look further on
            continue
        if items and not _ends_sentence(items[-1][1]):
            items[-1][1].append(raw)
            continue
        if not items or (_next_starts_item(lines, i) and len(line) <= 60 and not line.endswith((":", "."))):
            continue  # the preamble before the first item, or a sub-heading inside the section ("Care leavers")
        break
    for found_kind, parts in items:
        text = _join(parts)
        if text:
            reading.findings.append(Finding(found_kind, text))
    if not reading.findings and seen_heading:
        reading.unread["findings"] = "the findings section lists no points in a layout carewatch knows (bullets or numbers)"


def _strip_marker(raw: str) -> str:
    b = _BULLET.match(raw) or _NUMBERED.match(raw)
    return raw[b.end():] if b else raw


def _ends_sentence(parts: list[str]) -> bool:
    return not parts or _norm(parts[-1]).endswith((".", ":", ";", "?", "!", ".'", '."', ".”", ".’"))


def _next_starts_item(lines: list[str], i: int) -> bool:
    for raw in lines[i + 1:i + 4]:
        if _norm(raw):
            return bool(_BULLET.match(raw) or _NUMBERED.match(raw) or any(p.match(_norm(raw)) for p, _ in _START_HEADINGS))
    return False


# ---------------------------------------------------------------------------------------------------- reader


def _is_ofsted(text: str) -> bool:
    low = text.lower()
    return ("ofsted" in low or "majesty's inspector" in low or re.search(r"\bhmi\b", low) is not None) and "children" in low


def read_report(path: str | Path) -> ReportReading:
    """Read one Ofsted report (PDF). Raises InputError when the file is not a readable Ofsted report; a report of
    a kind carewatch does not know comes back blank (kind None) with the reason in `unread`."""
    path = Path(path)
    pdf = read_pdf_text(path)
    every = _norm(" ".join(pdf.ordered()).replace("\n", " "))
    if not _is_ofsted(every):
        raise InputError(str(path), "is not an Ofsted report on a council's children's services (no Ofsted inspection wording found)")
    reading = ReportReading(source=str(path), pages=pdf.page_count)
    first_raw = pdf.pages.get(0, "")
    first = _norm(first_raw)
    opening = _norm(" ".join(pdf.pages.get(i, "") for i in range(min(2, pdf.page_count))))
    kind = _kind_of(opening)
    lines = _lines(pdf)

    reading.start_date, reading.end_date = _dates(opening)
    reading.published = _published(every)
    reading.lead_inspector = _lead_inspector(" \n".join(pdf.ordered()), lines)
    name = _council_name(first_raw.splitlines(), first, kind)
    if name:
        reading.council_name = name
        council = councils.by_name(name, reading.end_date)
        if council:
            reading.council_code = council.la_code
        else:
            reading.unread["council_code"] = f"no English council called '{name}' in carewatch's council lookup"
    else:
        reading.unread["council_name"] = "the report's title does not name a council in a layout carewatch knows"
        reading.unread["council_code"] = "no council name to look up"

    if kind is None:
        reading.unread["kind"] = (
            "this Ofsted report is not of a kind carewatch reads (ILACS standard or short inspection, focused visit, "
            "monitoring visit, JTAI, or single inspection framework); record it as a blank inspection")
        return reading
    if kind == "ilacs":
        if reading.start_date and reading.end_date:
            days = (reading.end_date - reading.start_date).days
            reading.kind = "ilacs_short" if days <= SHORT_INSPECTION_MAX_DAYS else "ilacs_standard"
        else:
            reading.unread["kind"] = "an ILACS inspection, but without its dates carewatch cannot tell short from standard"
        _ilacs_judgements(first, reading)
    else:
        reading.kind = kind
        if kind == "sif":
            _sif_judgements(opening, reading)  # the sub-judgements can run onto page 2
    _findings(lines, reading)

    if reading.start_date is None:
        reading.unread["start_date"] = reading.unread["end_date"] = "no inspection dates found on the first pages"
    if reading.published is None:
        reading.unread["published"] = "the report does not print its publication date (Ofsted's web page for it does)"
    if reading.lead_inspector is None:
        reading.unread["lead_inspector"] = "no 'Lead inspector' line or signature found"
    if not reading.findings and "findings" not in reading.unread and kind in ("ilacs", "sif", "focused_visit", "jtai"):
        reading.unread["findings"] = "no 'What needs to improve' / areas for improvement / priority action section found"
    return reading
