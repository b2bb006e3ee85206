"""Read a CIN census XML file into typed tables, one Child at a time so memory stays flat.

Every row carries the XPath of the element it came from (e.g. /Message/Children/Child[12]/CINdetails[2]),
so a finding points at the exact element. CINdetailsID, AssessmentID and CPPID number repeated elements
within their parent, in document order. Rows are typed in batches as they are read (returns.typed); values
that do not parse stay as text. A large census is read in parts side by side (returns.cin.parts); the result
is the same as in one pass."""

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import IO

import duckdb
import pyarrow as pa
from lxml import etree

from carewatch.errors import InputError
from carewatch.returns import files
from carewatch.returns.schema import Schema, Table, load_schema
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty, type_columns

Row = dict[str, str | int | None]
Sink = Callable[[str, pa.Table], None]  # receives each typed batch: (table's SQL name, batch)
# Rows become compact Arrow text every CHUNK_ROWS (so few Python objects are alive at once) and are typed and
# handed on every BATCH_ROWS (typing has a cost per call); so memory stays flat.
CHUNK_ROWS, BATCH_ROWS = 4_096, 50_000


class _Columns:
    """One table's rows in document order, typed and handed to the sink every BATCH_ROWS rows.
    row_id counts the rows of this document (the caller adds the rows of earlier parts)."""

    def __init__(self, table: Table, schema: Schema, con: duckdb.DuckDBPyConnection, sink: Sink) -> None:
        self.table, self.date_format, self.con, self.sink = table, schema.date_format, con, sink
        # Rows are dicts of text; Arrow picks out the columns (a missing key is NULL, others are ignored).
        self.text = pa.struct([("line", pa.int64()), ("xpath", pa.string())] + [(c, pa.string()) for c in table.column_names])
        self.pending: list[Row] = []
        self.chunks: list[pa.StructArray] = []
        self.chunked = 0  # rows in self.chunks
        self.rows = 0  # rows handed to the sink
        self.first: Row | None = None

    def add(self, values: Row) -> None:
        if self.first is None:
            self.first = values
        self.pending.append(values)
        if len(self.pending) >= CHUNK_ROWS:
            self._chunk()

    def _chunk(self) -> None:
        self.chunks.append(pa.array(self.pending, self.text))
        self.chunked += len(self.pending)
        self.pending = []
        if self.chunked >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.chunks.append(pa.array(self.pending, self.text))
            self.chunked += len(self.pending)
            self.pending = []
        n = self.chunked
        if not n:
            return
        text = pa.Table.from_struct_array(pa.chunked_array(self.chunks, self.text))
        text = text.add_column(0, "row_id", pa.array(range(self.rows + 1, self.rows + n + 1), pa.int64()))
        self.rows += n
        self.chunks, self.chunked = [], 0
        self.sink(self.table.sql, type_columns(self.con, self.table, text, self.date_format))


def read_cin(paths: Path | list[Path], year: str) -> Submission:
    schema = load_schema("cin", year)
    path = _one_file(paths)
    files.check_size(path)
    files.refuse_doctype(path)
    _check_root(path)
    from carewatch.returns.cin.parts import read_parts

    # A daemonic process (a worker of a multiprocessing pool) may not start the part readers: one pass there.
    one_pass = multiprocessing.current_process().daemon
    header, tables = read_parts(path, schema, workers=1 if one_pass else None)
    _check_header(path, schema, header)
    typed = {t.sql: tables[t.sql] if t.sql in tables else empty(t) for t in schema.tables.values()}
    return Submission(schema, typed, {t.sql: path.name for t in schema.tables.values()})


class LazyDuckDB:
    """A DuckDB connection opened on first use (opening one costs 15-30 ms): returns.typed asks DuckDB only
    about the cells its Arrow path leaves undecided, which a clean census does not have."""

    def __init__(self, threads: int | None = None) -> None:
        self.config: dict[str, str | bool | int | float | list[str]] = {"threads": threads} if threads else {}
        self.con: duckdb.DuckDBPyConnection | None = None

    def __getattr__(self, name: str) -> object:
        if self.con is None:
            self.con = duckdb.connect(config=self.config)
        return getattr(self.con, name)

    def __enter__(self) -> duckdb.DuckDBPyConnection:
        return self  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        if self.con is not None:
            self.con.close()


def read_whole(path: Path, schema: Schema) -> tuple[Row | None, dict[str, pa.Table]]:
    """The whole file in one pass in this process: the first header row (text) and each table, typed."""
    batches: dict[str, list[pa.Table]] = {}
    with LazyDuckDB() as con:
        header, _ = read_stream(str(path), path.name, schema, lambda sql, t: batches.setdefault(sql, []).append(t), con)
    return header, {sql: pa.concat_tables(ts) for sql, ts in batches.items()}


def _one_file(paths: Path | list[Path]) -> Path:
    items = [paths] if isinstance(paths, Path) else list(paths)
    if len(items) != 1 or items[0].is_dir():
        raise InputError(str(items[0] if items else "?"), "the CIN census is one XML file")
    if not items[0].exists():
        raise InputError(str(items[0]), "no such file")
    return items[0]


def _check_root(path: Path) -> None:
    """The root element must be <Message>; read_stream sees only Header and Child elements."""
    try:
        for _, el in files.hardened_iterparse(str(path)):
            if el.tag != "Message":
                raise InputError(path.name, f"the root element is <{el.tag}>, expected <Message>", row=el.sourceline)
            return
    except etree.XMLSyntaxError as exc:
        raise files.xml_error(path, exc) from None


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


# element -> (True, table, id column) for containers, (False, table, column) for value rows
_KINDS = {**{tag: (True, *v) for tag, v in _CONTAINERS.items()}, **{tag: (False, *v) for tag, v in _VALUE_ROWS.items()}}


class _Walker:
    """Turns each finished Child into rows. A method, not a nested function: a recursive closure would keep
    the tables (and their DuckDB connection) alive in a reference cycle until the collector ran."""

    def __init__(self, rows: dict[str, "_Columns"], lines_before: int) -> None:
        self.adders = {sql: cols.add for sql, cols in rows.items()}
        self.lines_before = lines_before

    def line(self, el: etree._Element) -> int | None:
        # libxml2 stops counting at 65,535, so past that (within a part) the XPath alone locates the element.
        n = el.sourceline
        return n + self.lines_before if n and n < 65535 else None

    def walk(self, parent: etree._Element, path: str, depth: int, ids: Row, row: Row | None) -> None:
        """The elements below `parent` (at `depth`) in document order. `row` is the innermost open container's
        row, which takes the first value of each leaf below it; a row is added at its element's end."""
        seen: dict[str, int] = {}
        for el in parent:
            tag = el.tag
            if tag.__class__ is not str:
                continue  # a comment or processing instruction
            seen[tag] = n = seen.get(tag, 0) + 1
            kind = _KINDS.get(tag)
            if kind is None or (not kind[0] and depth < 4):
                if len(el):
                    self.walk(el, f"{path}/{tag}[{n}]", depth + 1, ids, row)
                elif row is not None:
                    if tag == "LAchildID":
                        ids["LAchildID"] = el.text
                    if tag not in row:
                        row[tag] = el.text
            elif kind[0]:  # a container: its own row
                _, table, id_col = kind
                if id_col:
                    ids[id_col] = str(n)
                xpath = f"{path}/{tag}[{n}]"
                own: Row = {"line": self.line(el), "xpath": xpath}
                if len(el):
                    self.walk(el, xpath, depth + 1, ids, own)
                self.adders[table]({**ids, **own})
            else:  # a value row
                table, column = _VALUE_ROWS[tag]
                xpath = f"{path}/{tag}[{n}]"
                if len(el):
                    self.walk(el, xpath, depth + 1, ids, row)
                self.adders[table]({**ids, column: el.text, "line": self.line(el), "xpath": xpath})


def read_stream(
    source: str | IO[bytes], name: str, schema: Schema, sink: Sink, con: duckdb.DuckDBPyConnection,
    whole_file: bool = True, children_before: int = 0, lines_before: int = 0,
) -> tuple[Row | None, int]:
    """Read one document (the whole census, or one part of it wrapped in <Message><Children>), handing each
    table's typed batches to `sink`. The parser hands over each finished Header and Child (libxml2 skips the
    rest), which is walked once and cleared, so memory stays flat. Child numbers in XPaths and line numbers
    start after `children_before` Children and `lines_before` lines (those of earlier parts).
    Returns the first header row (text) and the number of Children."""
    rows = {t.sql: _Columns(t, schema, con, sink) for t in schema.tables.values()}
    walker = _Walker(rows, lines_before)
    child_no = 0
    children_parent = None  # the /Message/Children element, once a Child has been found in it
    try:
        for _, el in etree.iterparse(
            source, events=("end",), tag=("Child", "Header"),
            # The same hardening as files.hardened_iterparse: no entities, no DTD, no network, no huge trees.
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        ):
            parent = el.getparent()
            if el.tag == "Header":
                if parent is not None and parent.getparent() is None:  # /Message/Header
                    header: Row = {"line": walker.line(el), "xpath": "/Message/Header"}
                    for leaf in el.iterdescendants():
                        if isinstance(leaf.tag, str) and not len(leaf):
                            header.setdefault(leaf.tag, leaf.text)
                    rows["header"].add(header)
                continue  # a Header elsewhere is read as part of its Child
            if parent is not children_parent and not _is_children(parent):
                raise InputError(name, "a <Child> must sit in /Message/Children", row=el.sourceline)
            children_parent = parent
            child_no += 1
            walker.walk(el, f"/Message/Children/Child[{children_before + child_no}]", 3, {"LAchildID": None}, None)
            el.clear()
            while el.getprevious() is not None:
                del parent[0]  # type: ignore[index]
    except etree.XMLSyntaxError as exc:
        raise files.xml_error(Path(name), exc) from None
    if whole_file and child_no == 0 and rows["header"].first is None:
        raise InputError(name, "no <Header> or <Child> elements: expected a CIN census <Message>")
    for cols in rows.values():
        cols.flush()
    return rows["header"].first, child_no


def _is_children(el: etree._Element | None) -> bool:
    """Whether `el` is the first <Children> element of the root."""
    if el is None or el.tag != "Children":
        return False
    root = el.getparent()
    return root is not None and root.getparent() is None and next(el.itersiblings("Children", preceding=True), None) is None


def _check_header(path: Path, schema: Schema, h: Row | None) -> None:
    """The census must say it is a CIN collection for this year (Header/CollectionDetails/Year is the year
    the collection ends, e.g. 2026 for 2025-26)."""
    if h is None:
        raise InputError(path.name, "no <Header>: expected /Message/Header with CollectionDetails")
    if str(h.get("Collection") or "").strip().upper() != "CIN":
        raise InputError(path.name, f"the header names the collection {h.get('Collection')!r}, expected CIN", row="/Message/Header/CollectionDetails/Collection")
    expected = str(schema.year.start_year + 1)
    if str(h.get("Year") or "").strip() != expected:
        raise InputError(
            path.name, f"the header's collection year is {h.get('Year')!r}, expected {expected} for {schema.year}",
            row="/Message/Header/CollectionDetails/Year",
        )
