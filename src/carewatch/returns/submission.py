"""A return as read: typed tables for one collection year, each row traced to its file and line."""

from dataclasses import dataclass, field

import pyarrow as pa

from carewatch.returns.schema import Schema
from carewatch.returns.years import CollectionYear


@dataclass
class Submission:
    schema: Schema
    tables: dict[str, pa.Table]  # by SQL name; every table of the schema is present, empty when not supplied
    sources: dict[str, str] = field(default_factory=dict)  # SQL name -> the file it came from
    notes: list[str] = field(default_factory=list)  # things the user should know that are not errors

    @property
    def year(self) -> CollectionYear:
        return self.schema.year

    @property
    def return_name(self) -> str:
        return self.schema.return_name

    def rows(self) -> int:
        return sum(t.num_rows for t in self.tables.values())


def from_records(schema: Schema, records: dict[str, list[dict[str, str | None]]]) -> Submission:
    """A submission from rows of text cells keyed by SQL table name, typed exactly as files are.
    For tests and small examples; tables not given are empty."""
    import duckdb

    from carewatch.returns.typed import empty, type_columns

    con = duckdb.connect()
    tables = {}
    for table in schema.tables.values():
        rows = records.get(table.sql)
        if rows is None:
            tables[table.sql] = empty(table)
            continue
        unknown = {k for r in rows for k in r} - set(table.column_names)
        if unknown:
            raise ValueError(f"{table.name} has no column(s) {', '.join(sorted(unknown))}")
        data: dict[str, list] = {"row_id": list(range(1, len(rows) + 1)), "line": list(range(2, len(rows) + 2))}
        for name in table.column_names:
            data[name] = [r.get(name) for r in rows]
        text = pa.table(data, schema=pa.schema([("row_id", pa.int64()), ("line", pa.int64())] + [(n, pa.string()) for n in table.column_names]))
        tables[table.sql] = type_columns(con, table, text, schema.date_format)
    return Submission(schema, tables, {name: "records" for name in records})
