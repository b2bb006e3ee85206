"""Reference lists some rules need (postcode centroids, Ofsted providers), read from files the user supplies.
Their columns are declared in the return's reference.yaml; extra columns (as in the full ONS Postcode
Directory) are ignored."""

import csv
import re
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa

from carewatch.engine.rules import reference_tables
from carewatch.errors import InputError
from carewatch.returns import files

HEADER_BYTES = 64 * 1024  # a header line longer than this is not a list's column names
SMALL_LIST_BYTES = 16 * 1024 * 1024  # a council's own postcode list: one thread reads it sooner than several
_TYPED = {
    "int": "TRY_CAST(NULLIF(TRIM({c}), '') AS BIGINT)",
    "date": "CAST(try_strptime(NULLIF(TRIM({c}), ''), '%d/%m/%Y') AS DATE)",
}


def read_reference(return_name: str, name: str, path: Path) -> pa.Table:
    columns = reference_tables(return_name).get(name)
    if columns is None:
        raise InputError(str(path), f"{return_name} has no reference list called {name}")
    files.check_size(path)
    with tempfile.TemporaryDirectory(prefix="carewatch-ref-") as tmp:
        # DuckDB reads a path as a glob pattern (a name with * ? [ could pull in other files): hand it a plain
        # name that links to the file.
        plain = Path(tmp) / "list.csv"
        plain.symlink_to(path.resolve())
        return _read(name, columns, path.name, plain)


def _read(name: str, columns: dict[str, str], file_name: str, path: Path) -> pa.Table:
    header = _header(path, file_name)
    present = {c.strip().upper(): c for c in header}
    missing = [c for c in columns if c.upper() not in present]
    if missing:
        raise InputError(file_name, f"the {name} list needs the column(s) {', '.join(missing)}", row=1, column=missing[0])
    # The columns are given, not sniffed: DuckDB's sniffer on a damaged line of millions of fields took
    # gigabytes. compression='none': a .gz name must not make DuckDB inflate a bomb.
    given = ", ".join(f"'{_sql_text(c)}': 'VARCHAR'" for c in header)
    read = (
        f"read_csv(?, header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
        f"columns = {{{given}}}, compression = 'none')"
    )
    selects = []
    for col, kind in columns.items():
        quoted = '"' + present[col.upper()].replace('"', '""') + '"'
        selects.append(_TYPED.get(kind, "NULLIF(TRIM({c}), '')").format(c=quoted) + f' AS "{col}"')
    con = duckdb.connect(config={"threads": 1} if path.stat().st_size < SMALL_LIST_BYTES else {})
    try:
        return con.sql(f"SELECT {', '.join(selects)} FROM {read}", params=[str(path)]).to_arrow_table()
    except duckdb.Error as exc:
        raise InputError(file_name, f"not a readable CSV file: {str(exc).splitlines()[0]}") from None


def _header(path: Path, file_name: str) -> list[str]:
    """The column names on the first line, read by Python's csv module: comma-separated, UTF-8 or Windows-1252."""
    with path.open("rb") as f:
        head = f.read(HEADER_BYTES)
    if b"\x00" in head[:8192]:
        raise InputError(file_name, "this is a binary file, not a CSV text file")
    first, *rest = re.split(rb"\r\n|\r|\n", head, maxsplit=1)
    if not rest and len(head) == HEADER_BYTES:
        raise InputError(file_name, f"the first line is over {HEADER_BYTES // 1024} KiB: expected a header of column names", row=1)
    try:
        line = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        line = first.decode("cp1252", errors="replace")
    try:
        names = next(csv.reader([line]), [])
    except csv.Error as exc:
        raise InputError(file_name, f"malformed CSV header: {exc}", row=1) from None
    if not any(n.strip() for n in names):
        raise InputError(file_name, "no header row: expected the column names on the first line", row=1)
    names = [n if n.strip() else f"_blank_{i}" for i, n in enumerate(names, start=1)]  # e.g. trailing commas
    seen: set[str] = set()
    for n in names:
        if n.strip().upper() in seen:
            raise InputError(file_name, f"the column {n.strip()[:40]} appears twice in the header", row=1, column=n.strip()[:40])
        seen.add(n.strip().upper())
    return names


def _sql_text(value: str) -> str:
    return value.replace("'", "''")
