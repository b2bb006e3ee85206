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


class _Columns:
    """One table's rows as column lists, appended in document order (cheaper than a dict per row)."""

    def __init__(self, table: Table) -> None:
        self.names = ("line", "xpath", *table.column_names)
        self.cols: dict[str, list] = {n: [] for n in self.names}

    def add(self, values: Row) -> None:
        for name, col in self.cols.items():
            col.append(values.get(name))

    def __len__(self) -> int:
        return len(self.cols["line"])

    def to_arrow(self) -> pa.Table:
        data: dict[str, pa.Array] = {"row_id": pa.array(range(1, len(self) + 1), pa.int64())}
        data["line"] = pa.array(self.cols["line"], pa.int64())
        for name in self.names[1:]:
            data[name] = pa.array([None if v is None else str(v) for v in self.cols[name]], pa.string())
        return pa.table(data)


def read_cin(paths: Path | list[Path], year: str) -> Submission:
    schema = load_schema("cin", year)
    path = _one_file(paths)
    rows = _read(path, schema)
    _check_header(path, schema, rows["header"])
    con = duckdb.connect()
    tables = {}
    for table in schema.tables.values():
        records = rows[table.sql]
        tables[table.sql] = type_columns(con, table, records.to_arrow(), schema.date_format) if len(records) else empty(table)
    return Submission(schema, tables, {t.sql: path.name for t in schema.tables.values()})


def _one_file(paths: Path | list[Path]) -> Path:
    items = [paths] if isinstance(paths, Path) else list(paths)
    if len(items) != 1 or items[0].is_dir():
        raise InputError(str(items[0] if items else "?"), "the CIN census is one XML file")
    if not items[0].exists():
        raise InputError(str(items[0]), "no such file")
    return items[0]


# Containers: element -> (table, the id column that numbers it within its parent, or None).
_CONTAINERS = {
    "ChildIdentifiers": ("child_identifiers", None),
    "ChildCharacteristics": ("child_characteristics", None),
    "CINdetails": ("cin_details", "CINdetailsID"),
    "Assessments": ("assessments", "AssessmentID"),
    "CINPlanDates": ("cin_plan_dates", None),
    "Section47": ("section47", None),
    "ChildProtectionPlans": ("child_protection_plans", "CPPID"),
    "PreProceedingsandFGDM": ("pre_proceedings", None),
}
# Elements whose own text is a row: element -> (table, column).
_VALUE_ROWS = {
    "Disability": ("disabilities", "Disability"),
    "AssessmentFactors": ("assessment_factors", "AssessmentFactor"),
    "CPPreviewDate": ("cpp_reviews", "CPPreviewDate"),
}


def _read(path: Path, schema: Schema) -> dict[str, _Columns]:
    """One pass over every element's start and end: each element is touched once and memory stays flat."""
    rows = {t.sql: _Columns(t) for t in schema.tables.values()}
    child_no = 0
    stack: list[str] = []  # XPath steps of the open elements, e.g. "CINdetails[2]"
    counters: list[dict[str, int]] = [{}]  # per open element: how many of each child tag so far
    open_rows: list[tuple[str, Row]] = []  # rows being filled, innermost last
    ids: Row = {}
    try:
        for event, el in files.iter_events(path):
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                seen = counters[-1]
                seen[tag] = n = seen.get(tag, 0) + 1
                stack.append(f"{tag}[{n}]")
                counters.append({})
                depth = len(stack)
                if depth == 1 and tag != "Message":
                    raise InputError(path.name, f"the root element is <{tag}>, expected <Message>", row=el.sourceline)
                if tag == "Child":
                    if depth != 3 or stack[1] != "Children[1]":
                        raise InputError(path.name, "a <Child> must sit in /Message/Children", row=el.sourceline)
                    child_no += 1
                    ids = {"LAchildID": None}
                elif child_no and depth > 3 and tag in _CONTAINERS:
                    table, id_col = _CONTAINERS[tag]
                    if id_col:
                        ids[id_col] = n
                    open_rows.append((table, {"line": el.sourceline, "xpath": _xpath(stack)}))
                elif tag == "Header" and depth == 2:
                    open_rows.append(("header", {"line": el.sourceline, "xpath": "/Message/Header"}))
                continue
            stack.pop()
            counters.pop()
            depth = len(stack)
            if child_no and tag in _VALUE_ROWS and depth > 3:
                table, column = _VALUE_ROWS[tag]
                rows[table].add({**ids, column: el.text, "line": el.sourceline, "xpath": _xpath(stack, f"{tag}[{counters[-1][tag]}]")})
            elif (child_no and depth > 2 and tag in _CONTAINERS) or (tag == "Header" and depth == 1):
                table, row = open_rows.pop()
                rows[table].add(row if table == "header" else {**ids, **row})
            elif open_rows and len(el) == 0:
                if tag == "LAchildID":
                    ids["LAchildID"] = el.text
                open_rows[-1][1].setdefault(tag, el.text)
            if tag == "Child":
                el.clear()
                parent = el.getparent()
                while el.getprevious() is not None and parent is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise files.xml_error(path, exc) from None
    if child_no == 0 and not len(rows["header"]):
        raise InputError(path.name, "no <Header> or <Child> elements: expected a CIN census <Message>")
    return rows


def _xpath(stack: list[str], last: str | None = None) -> str:
    """/Message/Children/Child[12]/CINdetails[2]: the first steps are unique, so they carry no index."""
    steps = [s[:-3] if i < 2 else s for i, s in enumerate(stack)]
    return "/" + "/".join([*steps, last] if last else steps)


def _leaves(el: etree._Element, direct: bool = False) -> Row:
    nodes = el if direct else el.iter()
    return {str(n.tag): n.text for n in nodes if isinstance(n.tag, str) and len(n) == 0}


def _check_header(path: Path, schema: Schema, header: _Columns) -> None:
    """The census must say it is a CIN collection for this year (Header/CollectionDetails/Year is the year
    the collection ends, e.g. 2026 for 2025-26)."""
    if not len(header):
        raise InputError(path.name, "no <Header>: expected /Message/Header with CollectionDetails")
    h = {name: col[0] for name, col in header.cols.items()}
    if str(h.get("Collection") or "").strip().upper() != "CIN":
        raise InputError(path.name, f"the header names the collection {h.get('Collection')!r}, expected CIN", row="/Message/Header/CollectionDetails/Collection")
    expected = str(schema.year.start_year + 1)
    if str(h.get("Year") or "").strip() != expected:
        raise InputError(
            path.name, f"the header's collection year is {h.get('Year')!r}, expected {expected} for {schema.year}",
            row="/Message/Header/CollectionDetails/Year",
        )
