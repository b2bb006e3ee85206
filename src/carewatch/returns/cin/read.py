"""Read a CIN census XML file into typed tables, streaming one Child at a time so memory stays flat.

Every row carries the XPath of the element it came from (e.g. /Message/Children/Child[12]/CINdetails[2]),
so a finding points at the exact element. CINdetailsID, AssessmentID and CPPID number repeated elements
within their parent, in document order. Values that do not parse stay as text (see returns.typed).
A large census is read in parts side by side (returns.cin.parts); the result is the same as in one pass."""

import multiprocessing
from pathlib import Path
from typing import IO

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from lxml import etree

from carewatch.errors import InputError
from carewatch.returns import files
from carewatch.returns.schema import Schema, Table, load_schema
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty, type_columns

Row = dict[str, str | int | None]
BATCH_ROWS = 50_000  # column lists become Arrow arrays this often, so Python objects never pile up


class _Columns:
    """One table's rows as column lists, appended in document order, turned into Arrow in batches.
    `child` is the Child's number in the part of the file read; `xpath` is the path below that Child."""

    def __init__(self, table: Table) -> None:
        self.names = ("line", "child", "xpath", *table.column_names)
        self.cols: dict[str, list] = {n: [] for n in self.names}
        self.batches: list[pa.Table] = []
        self.first: Row | None = None

    def add(self, values: Row) -> None:
        if self.first is None:
            self.first = values
        for name, col in self.cols.items():
            col.append(values.get(name))
        if len(self.cols["line"]) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        data: dict[str, pa.Array] = {
            "line": pa.array(self.cols["line"], pa.int64()),
            "child": pa.array(self.cols["child"], pa.int64()),
        }
        for name in self.names[2:]:
            data[name] = pa.array([None if v is None else str(v) for v in self.cols[name]], pa.string())
        self.batches.append(pa.table(data))
        self.cols = {n: [] for n in self.names}

    def to_arrow(self) -> pa.Table:
        if self.cols["line"] or not self.batches:
            self._flush()
        return pa.concat_tables(self.batches)


def read_cin(paths: Path | list[Path], year: str) -> Submission:
    schema = load_schema("cin", year)
    path = _one_file(paths)
    files.check_size(path)
    files.refuse_doctype(path)
    from carewatch.returns.cin.parts import read_parts

    # A daemonic process (a worker of a multiprocessing pool) may not start the part readers: one pass there.
    one_pass = multiprocessing.current_process().daemon
    parts = read_parts(path, schema, workers=1 if one_pass else None)  # [(tables, children, lines before the part)] in file order
    _check_header(path, schema, parts[0][0]["header"])
    con = duckdb.connect()
    tables = {}
    for table in schema.tables.values():
        text = _join(table, parts)
        tables[table.sql] = type_columns(con, table, text, schema.date_format) if text.num_rows else empty(table)
    return Submission(schema, tables, {t.sql: path.name for t in schema.tables.values()})


def _join(table: Table, parts: list[tuple[dict[str, pa.Table], int, int]]) -> pa.Table:
    """One table from the parts: lines and Child numbers made whole-file, row ids in document order."""
    pieces = []
    children_before = 0
    for tables, children, lines_before in parts:
        t = tables[table.sql]
        if t.num_rows:
            child = pc.add(t.column("child"), children_before)
            prefix = pc.binary_join_element_wise("/Message/Children/Child[", pc.cast(child, pa.string()), "]", "")
            xpath = pc.if_else(pc.equal(t.column("child"), 0), t.column("xpath"), pc.binary_join_element_wise(prefix, t.column("xpath"), ""))
            t = t.set_column(t.schema.get_field_index("xpath"), "xpath", xpath)
            t = t.set_column(t.schema.get_field_index("line"), "line", pc.add(t.column("line"), lines_before))
            pieces.append(t.drop_columns(["child"]))
        children_before += children
    if not pieces:
        return pa.table({"row_id": pa.array([], pa.int64())})
    whole = pa.concat_tables(pieces)
    return whole.add_column(0, "row_id", pa.array(range(1, whole.num_rows + 1), pa.int64()))


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


def read_stream(source: str | IO[bytes], name: str, schema: Schema, whole_file: bool = True) -> tuple[dict[str, pa.Table], int]:
    """One pass over every element's start and end of one document (the whole census, or one part of it
    wrapped in <Message><Children>): each element is touched once and memory stays flat.
    Returns each table's rows (Child numbers and lines local to the document) and the number of Children."""
    rows = {t.sql: _Columns(t) for t in schema.tables.values()}
    child_no = 0
    stack: list[str] = []  # XPath steps of the open elements, e.g. "CINdetails[2]"
    counters: list[dict[str, int]] = [{}]  # per open element: how many of each child tag so far
    open_rows: list[tuple[str, Row]] = []  # rows being filled, innermost last
    ids: Row = {}
    try:
        for event, el in files.hardened_iterparse(source):
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
                    raise InputError(name, f"the root element is <{tag}>, expected <Message>", row=el.sourceline)
                if tag == "Child":
                    if depth != 3 or stack[1] != "Children[1]":
                        raise InputError(name, "a <Child> must sit in /Message/Children", row=el.sourceline)
                    child_no += 1
                    ids = {"LAchildID": None, "child": child_no}
                elif child_no and depth > 3 and tag in _CONTAINERS:
                    table, id_col = _CONTAINERS[tag]
                    if id_col:
                        ids[id_col] = n
                    open_rows.append((table, {"line": _line(el), "xpath": _below_child(stack)}))
                elif tag == "Header" and depth == 2:
                    open_rows.append(("header", {"line": _line(el), "child": 0, "xpath": "/Message/Header"}))
                continue
            stack.pop()
            counters.pop()
            depth = len(stack)
            if child_no and tag in _VALUE_ROWS and depth > 3:
                table, column = _VALUE_ROWS[tag]
                rows[table].add({**ids, column: el.text, "line": _line(el), "xpath": _below_child(stack, f"{tag}[{counters[-1][tag]}]")})
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
        raise files.xml_error(Path(name), exc) from None
    if whole_file and child_no == 0 and rows["header"].first is None:
        raise InputError(name, "no <Header> or <Child> elements: expected a CIN census <Message>")
    return {sql: cols.to_arrow() for sql, cols in rows.items()}, child_no


def _line(el: etree._Element) -> int | None:
    """The element's line; libxml2 stops counting at 65,535, so past that the XPath alone locates it."""
    return el.sourceline if el.sourceline and el.sourceline < 65535 else None


def _below_child(stack: list[str], last: str | None = None) -> str:
    """The path below the Child, e.g. /CINdetails[2]/Assessments[1]; read_cin puts the Child in front."""
    steps = stack[3:] + ([last] if last else [])
    return "/" + "/".join(steps)


def _check_header(path: Path, schema: Schema, header: pa.Table) -> None:
    """The census must say it is a CIN collection for this year (Header/CollectionDetails/Year is the year
    the collection ends, e.g. 2026 for 2025-26)."""
    if not header.num_rows:
        raise InputError(path.name, "no <Header>: expected /Message/Header with CollectionDetails")
    h = header.slice(0, 1).to_pylist()[0]
    if str(h.get("Collection") or "").strip().upper() != "CIN":
        raise InputError(path.name, f"the header names the collection {h.get('Collection')!r}, expected CIN", row="/Message/Header/CollectionDetails/Collection")
    expected = str(schema.year.start_year + 1)
    if str(h.get("Year") or "").strip() != expected:
        raise InputError(
            path.name, f"the header's collection year is {h.get('Year')!r}, expected {expected} for {schema.year}",
            row="/Message/Header/CollectionDetails/Year",
        )
