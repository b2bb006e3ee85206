"""Read a CIN census XML file into typed tables, streaming one Child at a time so memory stays flat.

Every row carries the XPath of the element it came from (e.g. /Message/Children/Child[12]/CINdetails[2]),
so a finding points at the exact element. CINdetailsID, AssessmentID and CPPID number repeated elements
within their parent, in document order. Values that do not parse stay as text (see returns.typed)."""

from pathlib import Path

import duckdb
import pyarrow as pa
from lxml import etree

from carewatch.errors import InputError
from carewatch.returns import files
from carewatch.returns.schema import Schema, Table, load_schema
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty, type_columns

Row = dict[str, str | int | None]


def read_cin(paths: Path | list[Path], year: str) -> Submission:
    schema = load_schema("cin", year)
    path = _one_file(paths)
    rows = _read(path, schema)
    _check_header(path, schema, rows["header"])
    con = duckdb.connect()
    tables = {}
    for table in schema.tables.values():
        records = rows[table.sql]
        tables[table.sql] = type_columns(con, table, _text_table(table, records), schema.date_format) if records else empty(table)
    return Submission(schema, tables, {t.sql: path.name for t in schema.tables.values()})


def _one_file(paths: Path | list[Path]) -> Path:
    items = [paths] if isinstance(paths, Path) else list(paths)
    if len(items) != 1 or items[0].is_dir():
        raise InputError(str(items[0] if items else "?"), "the CIN census is one XML file")
    if not items[0].exists():
        raise InputError(str(items[0]), "no such file")
    return items[0]


def _read(path: Path, schema: Schema) -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {t.sql: [] for t in schema.tables.values()}
    by_path = {t.xml: t for t in schema.tables.values() if t.xml and not t.xml.startswith("/")}  # below Child
    child_no = 0
    try:
        for _, el in files.iter_xml(path, ("Header", "Child")):
            if el.tag == "Header":
                parent = el.getparent()
                if parent is None or parent.tag != "Message":
                    raise InputError(path.name, "the root element must be <Message>", row=el.sourceline)
                rows["header"].append({**_leaves(el), "line": el.sourceline, "xpath": "/Message/Header"})
                continue
            child_no += 1
            if child_no == 1:
                root = el.getparent().getparent() if el.getparent() is not None else None
                if root is None or root.tag != "Message" or el.getparent().tag != "Children":
                    raise InputError(path.name, "a <Child> must sit in /Message/Children", row=el.sourceline)
            _child(el, f"/Message/Children/Child[{child_no}]", by_path, rows)
            el.clear()
            parent = el.getparent()
            while el.getprevious() is not None and parent is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise files.xml_error(path, exc) from None
    if child_no == 0 and not rows["header"]:
        raise InputError(path.name, "no <Header> or <Child> elements: expected a CIN census <Message>")
    return rows


def _child(el: etree._Element, xpath: str, by_path: dict[str, Table], rows: dict[str, list[Row]]) -> None:
    ids = el.find("ChildIdentifiers")
    child_id = ids.findtext("LAchildID") if ids is not None else None
    base: Row = {"LAchildID": child_id}
    for sub_path in ("ChildIdentifiers", "ChildCharacteristics"):
        sub = el.find(sub_path)
        if sub is not None:
            rows[by_path[sub_path].sql].append({**base, **_leaves(sub, direct=True), "line": sub.sourceline, "xpath": f"{xpath}/{sub_path}"})
    for i, d in enumerate(el.iterfind("ChildCharacteristics/Disabilities/Disability"), start=1):
        rows["disabilities"].append({**base, "Disability": d.text, "line": d.sourceline, "xpath": f"{xpath}/ChildCharacteristics/Disabilities/Disability[{i}]"})
    for c, details in enumerate(el.iterfind("CINdetails"), start=1):
        cin_xpath = f"{xpath}/CINdetails[{c}]"
        cin_ids: Row = {**base, "CINdetailsID": c}
        rows["cin_details"].append({**cin_ids, **_leaves(details, direct=True), "line": details.sourceline, "xpath": cin_xpath})
        for a, assessment in enumerate(details.iterfind("Assessments"), start=1):
            a_xpath = f"{cin_xpath}/Assessments[{a}]"
            rows["assessments"].append({**cin_ids, "AssessmentID": a, **_leaves(assessment, direct=True), "line": assessment.sourceline, "xpath": a_xpath})
            for f, factor in enumerate(assessment.iterfind("FactorsIdentifiedAtAssessment/AssessmentFactors"), start=1):
                rows["assessment_factors"].append(
                    {**cin_ids, "AssessmentID": a, "AssessmentFactor": factor.text, "line": factor.sourceline,
                     "xpath": f"{a_xpath}/FactorsIdentifiedAtAssessment/AssessmentFactors[{f}]"}
                )
        for sub_path, sql in (("CINPlanDates", "cin_plan_dates"), ("Section47", "section47"), ("PreProceedingsandFGDM", "pre_proceedings")):
            if sql not in rows:
                continue
            for n, sub in enumerate(details.iterfind(sub_path), start=1):
                rows[sql].append({**cin_ids, **_leaves(sub, direct=True), "line": sub.sourceline, "xpath": f"{cin_xpath}/{sub_path}[{n}]"})
        for p, plan in enumerate(details.iterfind("ChildProtectionPlans"), start=1):
            p_xpath = f"{cin_xpath}/ChildProtectionPlans[{p}]"
            rows["child_protection_plans"].append({**cin_ids, "CPPID": p, **_leaves(plan, direct=True), "line": plan.sourceline, "xpath": p_xpath})
            for r, review in enumerate(plan.iterfind("Reviews/CPPreviewDate"), start=1):
                rows["cpp_reviews"].append(
                    {**cin_ids, "CPPID": p, "CPPreviewDate": review.text, "line": review.sourceline, "xpath": f"{p_xpath}/Reviews/CPPreviewDate[{r}]"}
                )


def _leaves(el: etree._Element, direct: bool = False) -> Row:
    nodes = el if direct else el.iter()
    return {str(n.tag): n.text for n in nodes if isinstance(n.tag, str) and len(n) == 0}


def _text_table(table: Table, records: list[Row]) -> pa.Table:
    data: dict[str, pa.Array] = {
        "row_id": pa.array(range(1, len(records) + 1), pa.int64()),
        "line": pa.array([r["line"] for r in records], pa.int64()),
        "xpath": pa.array([r["xpath"] for r in records], pa.string()),
    }
    for name in table.column_names:
        data[name] = pa.array([None if r.get(name) is None else str(r.get(name)) for r in records], pa.string())
    return pa.table(data)


def _check_header(path: Path, schema: Schema, header: list[Row]) -> None:
    """The census must say it is a CIN collection for this year (Header/CollectionDetails/Year is the year
    the collection ends, e.g. 2026 for 2025-26)."""
    if not header:
        raise InputError(path.name, "no <Header>: expected /Message/Header with CollectionDetails")
    h = header[0]
    if str(h.get("Collection") or "").strip().upper() != "CIN":
        raise InputError(path.name, f"the header names the collection {h.get('Collection')!r}, expected CIN", row="/Message/Header/CollectionDetails/Collection")
    expected = str(schema.year.start_year + 1)
    if str(h.get("Year") or "").strip() != expected:
        raise InputError(
            path.name, f"the header's collection year is {h.get('Year')!r}, expected {expected} for {schema.year}",
            row="/Message/Header/CollectionDetails/Year",
        )
