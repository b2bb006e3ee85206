"""Read an SSDA903 return: the CSV set as councils submit it, or the XML (EXPSSDA903).

Tables are recognised by their columns, not their file names. Header case and stray whitespace are
tolerated. A cell that does not parse is kept as text (see returns.typed) and left for the rules to report."""

import csv
import io
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from carewatch.errors import InputError
from carewatch.returns import files, plain_csv
from carewatch.returns.schema import Schema, Table, load_schema, years
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty, type_columns

if TYPE_CHECKING:  # lxml is imported when an XML return is read
    from lxml import etree

XML_RENAMES = {"CHILDID": "CHILD", "PL": "PLACE"}


def read_903(paths: Path | Iterable[Path], year: str) -> Submission:
    """Read a folder of CSVs, a list of CSV files, or one XML file, against the schema for `year`."""
    schema = load_schema("ssda903", year)
    paths = _expand(paths)
    if len(paths) == 1 and paths[0].suffix.lower() == ".xml":
        text_tables, sources = _read_xml(paths[0], schema), {t.sql: paths[0].name for t in schema.tables.values()}
        notes: list[str] = []
    else:
        text_tables, sources, notes = _read_csv_set(paths, schema)
    given = [t for t in schema.tables.values() if t.sql in text_tables]
    # No DuckDB connection unless a cell needs one (opening it costs more than typing a clean table).
    typed = dict(zip([t.sql for t in given], _each(lambda t: type_columns(None, t, text_tables[t.sql]), given), strict=True))
    tables = {}
    for table in schema.tables.values():
        if table.sql in typed:
            tables[table.sql] = typed[table.sql]
        else:
            tables[table.sql] = empty(table)
            if table.sql not in sources:
                notes.append(f"no {table.name} file: treated as empty")
    return Submission(schema, tables, sources, notes)


def _expand(paths: Path | Iterable[Path]) -> list[Path]:
    paths = [paths] if isinstance(paths, Path) else list(paths)
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(q for q in p.iterdir() if q.suffix.lower() in (".csv", ".xml") and q.is_file())
            if not found:
                raise InputError(str(p), "the folder holds no .csv or .xml files")
            out.extend(found)
        elif not p.exists():
            raise InputError(str(p), "no such file or folder")
        else:
            out.append(p)
    if any(p.suffix.lower() == ".xml" for p in out) and len(out) > 1:
        raise InputError(str(paths[0]), "give either one XML return or a set of CSV files, not both")
    return out


# ---- CSV -------------------------------------------------------------------------------------------------


def _read_csv_set(paths: list[Path], schema: Schema) -> tuple[dict[str, pa.Table], dict[str, str], list[str]]:
    tables: dict[str, pa.Table] = {}
    sources: dict[str, str] = {}
    notes: list[str] = []
    # Files are parsed side by side (Arrow's parser and kernels release the GIL); results are taken in file
    # order, so the first unusable file in that order is the one reported, as when reading one by one.
    read = _each(lambda p: _read_csv(p, schema), paths)
    with closing(read):  # a refusal here stops the reading threads at once
        for path, (table, extra, text_table) in zip(paths, read, strict=True):
            if table.sql in sources:
                raise InputError(path.name, f"holds the {table.name} table, which {sources[table.sql]} already holds")
            if extra:
                notes.append(f"{path.name}: columns not in the {table.name} table were ignored: {_names(extra)}")
            tables[table.sql] = text_table
            sources[table.sql] = path.name
    _derive_uasc_flag(tables, schema)
    return tables, sources, notes


def _read_csv(path: Path, schema: Schema) -> tuple[Table, list[str], pa.Table]:
    """(table, extra columns, text table) of one CSV file."""
    text = files.read_text(path)

    def recognise(cells: list[str]) -> tuple[list[str], Table, list[str]]:
        header = _check_header(path, cells)
        return header, *identify(path.name, header, schema)

    plain = plain_csv.read(text, recognise)
    if plain is not None:
        return plain
    # Quoted cells, over-long fields or a damaged file: the csv module decides, row by row, and words any refusal.
    header, rows, lines = _parse_csv(path, text)
    table, extra = identify(path.name, header, schema)
    return table, extra, _text_table(table, header, rows, lines)


def _each[T, R](work: Callable[[T], R], items: list[T]) -> Generator[R]:
    """work(item) for each item, two at a time, yielded in the items' order; an item's exception is raised
    when its turn comes, and the items after it are not waited for."""
    if len(items) < 2:
        yield from map(work, items)
        return
    pool = ThreadPoolExecutor(2)
    try:
        for future in [pool.submit(work, item) for item in items]:
            yield future.result()
    finally:
        pool.shutdown(cancel_futures=True)  # no thread of ours outlives the read


def _parse_csv(path: Path, text: str) -> tuple[list[str], list[list[str]], list[int]]:
    # Lines end only at CRLF, LF or CR, as in the file: str.splitlines would also break a cell at a form feed or U+2028.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = _check_header(path, next(reader, None))
        rows: list[list[str]] = []
        lines: list[int] = []
        width = len(header)
        for row in reader:
            if not "".join(row).strip():
                continue  # blank lines and rows of empty cells carry nothing (no cell holds more than whitespace)
            if len(row) != width:
                raise InputError(path.name, f"expected {width} fields as in the header, found {len(row)}", row=reader.line_num)
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise InputError(path.name, f"malformed CSV: {exc}", row=reader.line_num) from None
    return header, rows, lines


def _check_header(path: Path, header: list[str] | None) -> list[str]:
    """The header's column names, upper case and stripped, or the reason it is not a header."""
    if not header or not any(h.strip() for h in header):
        raise InputError(path.name, "no header row: expected the DfE column names on the first line", row=1)
    header = [h.strip().strip("\ufeff").upper() for h in header]
    seen: set[str] = set()
    for i, h in enumerate(header, start=1):
        if not h:
            raise InputError(path.name, f"column {i} of the header is blank: expected a DfE column name", row=1, column=str(i))
        if h in seen:
            raise InputError(path.name, f"the column {_short(h)} appears twice in the header", row=1, column=_short(h))
        seen.add(h)
    return header


def identify(file_name: str, header: list[str], schema: Schema) -> tuple[Table, list[str]]:
    """The table whose columns these are, and any extra columns. Errors say what was expected."""
    cols = set(header)
    for table in schema.tables.values():
        if cols == set(table.file_column_names):
            return table, []
    supersets = [t for t in schema.tables.values() if set(t.file_column_names) < cols]
    if supersets:
        table = max(supersets, key=lambda t: len(t.file_column_names))
        return table, [h for h in header if h not in table.file_column_names]
    for other in years(schema.return_name):
        for table in load_schema(schema.return_name, other).tables.values():
            if cols == set(table.file_column_names):
                raise InputError(file_name, f"holds the {table.name} table, which the {schema.year} return does not have", row=1)
    shared = {"CHILD", "DOB", "SEX"}  # common to many tables, so they say nothing about which one this is

    def overlap(t: Table) -> int:
        return len((cols & set(t.file_column_names)) - shared)

    best = max(schema.tables.values(), key=overlap)
    if overlap(best) >= 2 and overlap(best) * 3 >= len(set(best.file_column_names) - shared):
        missing = [c for c in best.file_column_names if c not in cols]
        raise InputError(
            file_name, f"looks like the {best.name} table but lacks the column(s) {', '.join(missing)}", row=1, column=missing[0]
        )
    expected = "; ".join(f"{t.name} ({', '.join(t.file_column_names)})" for t in schema.tables.values())
    raise InputError(
        file_name, f"the columns {_names(header)} match no {schema.return_name} table for {schema.year}; expected one of: {expected}", row=1
    )


def _short(name: str, limit: int = 40) -> str:
    """A column name as quoted in a message: a damaged header can hold a name of 100,000 characters."""
    return name if len(name) <= limit else name[:limit] + "…"


def _names(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(_short(n) for n in names[:limit])
    return shown if len(names) <= limit else f"{shown} and {len(names) - limit:,} more"


def _text_table(table: Table, header: list[str], rows: list[list[str]], lines: list[int]) -> pa.Table:
    index = {h: i for i, h in enumerate(header)}
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(header)  # one transpose in C, not a loop per column
    data: dict[str, pa.Array] = {
        "row_id": plain_csv.arange(1, len(rows)),
        "line": pa.array(lines, pa.int64()),
    }
    for name in table.file_column_names:
        data[name] = pa.array(columns[index[name]], pa.string())
    return pa.table(data)


def _derive_uasc_flag(tables: dict[str, pa.Table], schema: Schema) -> None:
    """Header.UASC for a CSV set: '1' when the child has a row in this year's UASC file, else '0'.

    The CSV Header carries no UASC column (the XML HEADER does); the DfE validator derives it the same way."""
    header = tables.get(schema.tables["Header"].sql)
    if header is None or "UASC" not in schema.tables["Header"].column_names:
        return
    uasc = tables.get(schema.tables["UASC"].sql)
    uasc_children = {c.strip() for c in uasc.column("CHILD").to_pylist() if c} if uasc is not None else set()
    flags = ["1" if (c or "").strip() in uasc_children else "0" for c in header.column("CHILD").to_pylist()]
    tables[schema.tables["Header"].sql] = header.append_column("UASC", pa.array(flags, pa.string()))


# ---- XML -------------------------------------------------------------------------------------------------


def _read_xml(path: Path, schema: Schema) -> dict[str, pa.Table]:
    """Each CHILD holds a HEADER (with its repeating groups and the OC3/AD1/UASC fields) and EPISODEs."""
    from lxml import etree

    rows: dict[str, list[dict[str, str | int | None]]] = {t.sql: [] for t in schema.tables.values()}
    specs = [(t, *_xml_spec(t.xml or "")) for t in schema.tables.values()]
    try:
        root_checked = False
        for _, child in files.iter_xml(path, "CHILD"):
            if not root_checked:
                root = child.getparent()
                if root is None or root.tag != "EXPSSDA903":
                    raise InputError(path.name, f"the root element is <{root.tag if root is not None else '?'}>, expected <EXPSSDA903>", row=child.sourceline)
                root_checked = True
            header_el = child.find("HEADER")
            header = _leaves(header_el) if header_el is not None else {}
            header.update({k: v for k, v in _leaves(child, direct_only=True).items() if k not in header})
            for table, parent, element, when in specs:
                base = header_el if parent == "HEADER" else child
                if element == "HEADER":
                    if base is not None and (when is None or any(header.get(w) not in (None, "", "0") for w in when.split("|"))):
                        rows[table.sql].append({**header, "line": base.sourceline})
                elif base is not None:
                    for el in base.findall(element):
                        rows[table.sql].append({**header, **_leaves(el), "line": el.sourceline})
            child.clear()
            while child.getprevious() is not None:
                del child.getparent()[0]
        if not root_checked:
            raise InputError(path.name, "no <CHILD> elements: expected an EXPSSDA903 return")
    except etree.XMLSyntaxError as exc:
        raise files.xml_error(path, exc) from None
    out = {}
    for table in schema.tables.values():
        records = rows[table.sql]
        data: dict[str, pa.Array] = {
            "row_id": pa.array(range(1, len(records) + 1), pa.int64()),
            "line": pa.array([r["line"] for r in records], pa.int64()),
        }
        for name in table.column_names:
            data[name] = pa.array([_str(r.get(name)) for r in records], pa.string())
        out[table.sql] = pa.table(data)
    return out


def _xml_spec(spec: str) -> tuple[str | None, str, str | None]:
    """'HEADER/AREVIEW' -> (HEADER, AREVIEW, None); 'HEADER[UASC|DUC]' -> (None, HEADER, 'UASC|DUC'): a row when
    either element has a value other than 0; 'EPISODE' -> (None, EPISODE, None)."""
    when = None
    if "[" in spec:
        spec, when = spec[:-1].split("[")
    parent, _, element = spec.rpartition("/")
    return parent or None, element, when


def _leaves(el: "etree._Element", direct_only: bool = False) -> dict[str, str | int | None]:
    nodes = el if direct_only else el.iter()
    return {XML_RENAMES.get(str(n.tag), str(n.tag)): n.text for n in nodes if len(n) == 0 and isinstance(n.tag, str)}


def _str(value: object) -> str | None:
    return None if value is None else str(value)
