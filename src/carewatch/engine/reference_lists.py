"""Reference lists some rules need (postcode centroids, Ofsted providers), read from files the user supplies.
Their columns are declared in the return's reference.yaml; extra columns (as in the full ONS Postcode
Directory) are ignored."""

from pathlib import Path

import duckdb
import pyarrow as pa

from carewatch.engine.rules import reference_tables
from carewatch.errors import InputError
from carewatch.returns import files

_TYPED = {
    "int": "TRY_CAST(NULLIF(TRIM({c}), '') AS BIGINT)",
    "date": "CAST(try_strptime(NULLIF(TRIM({c}), ''), '%d/%m/%Y') AS DATE)",
}


def read_reference(return_name: str, name: str, path: Path) -> pa.Table:
    columns = reference_tables(return_name).get(name)
    if columns is None:
        raise InputError(str(path), f"{return_name} has no reference list called {name}")
    files.check_size(path)
    con = duckdb.connect()
    try:
        rel = con.sql("SELECT * FROM read_csv(?, header = true, all_varchar = true)", params=[str(path)])
    except duckdb.Error as exc:
        raise InputError(path.name, f"not a readable CSV file: {str(exc).splitlines()[0]}") from None
    present = {c.strip().upper(): c for c in rel.columns}
    missing = [c for c in columns if c.upper() not in present]
    if missing:
        raise InputError(path.name, f"the {name} list needs the column(s) {', '.join(missing)}", row=1, column=missing[0])
    selects = []
    for col, kind in columns.items():
        quoted = '"' + present[col.upper()].replace('"', '""') + '"'
        selects.append(_TYPED.get(kind, "NULLIF(TRIM({c}), '')").format(c=quoted) + f' AS "{col}"')
    try:
        return con.sql(f"SELECT {', '.join(selects)} FROM read_csv(?, header = true, all_varchar = true)", params=[str(path)]).to_arrow_table()
    except duckdb.Error as exc:
        raise InputError(path.name, f"not a readable CSV file: {str(exc).splitlines()[0]}") from None
