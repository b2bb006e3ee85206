"""SQL files with a header of `-- key: value` lines (rules and measures), and the SQLGlot checks every one
passes before anything runs: it parses, it is one query, it reads only known tables and columns."""

import re
from collections.abc import Iterable
from pathlib import Path

_HEADER = re.compile(r"^--\s*([a-z_]+)\s*:\s*(.*?)\s*$")


class SqlFileError(Exception):
    """A rule or measure file is wrong; loading stops."""


def parse_sql_file(path: Path) -> tuple[dict[str, str], str]:
    """The header (leading `-- key: value` lines; a line `--   more` continues the previous value) and the SQL."""
    header: dict[str, str] = {}
    body: list[str] = []
    last = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if not body and m:
            last = m.group(1)
            header[last] = m.group(2)
        elif not body and last and line.startswith("--  "):
            header[last] += " " + line[2:].strip()
        elif line.strip() or body:
            body.append(line)
    return header, "\n".join(body).strip().rstrip(";")


def statements(path: Path) -> list[str]:
    """The statements of a file of derived tables (`CREATE ... AS SELECT ...;` each), comment lines left out;
    none when the file does not exist."""
    if not path.exists():
        return []
    code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("--"))
    return [statement for statement in code.split(";") if statement.strip()]


def check_query(
    path: Path, sql: str, schemas: Iterable[dict[str, dict[str, str]]], required_columns: tuple[str, ...]
) -> tuple[set[str], set[str]]:
    """The tables the query reads and the columns it selects; raises SqlFileError naming the file and the fault."""
    import sqlglot  # imported here: loading SQLGlot takes most of a second, and cached checks never need it
    from sqlglot import exp
    from sqlglot.errors import OptimizeError, ParseError
    from sqlglot.optimizer.qualify import qualify

    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except ParseError as exc:
        raise SqlFileError(f"{path.name}: SQL does not parse: {exc.errors[0]['description'] if exc.errors else exc}") from None
    if not isinstance(tree, exp.Query):
        raise SqlFileError(f"{path.name}: the file must hold one SELECT query")
    ctes = {c.alias_or_name for c in tree.find_all(exp.CTE)}
    reads = {t.name for t in tree.find_all(exp.Table) if t.name not in ctes}
    selects = set(tree.named_selects)
    for column in required_columns:
        if column not in selects:
            raise SqlFileError(f"{path.name}: the query must select {column}")
    for sch in schemas:
        unknown = reads - set(sch)
        if unknown:
            raise SqlFileError(f"{path.name}: reads unknown table(s) {', '.join(sorted(unknown))}")
        try:
            qualify(tree.copy(), schema=dict(sch), dialect="duckdb", validate_qualify_columns=True, quote_identifiers=False)
        except OptimizeError as exc:
            raise SqlFileError(f"{path.name}: {exc}") from None
    return reads, selects
