"""Declared schemas of the statutory returns: tables, columns, types and code lists per collection year.

The YAML files beside this module are the one source of truth for column names and code lists; readers,
rules, the synthetic generator and the docs all read them from here."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from carewatch.returns.years import CollectionYear, in_range

SCHEMA_DIR = Path(__file__).parent
TYPES = {"id", "text", "postcode", "date", "int", "bool", "code"}
DATE_FORMATS = {"dmy": "%d/%m/%Y", "iso": "%Y-%m-%d"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    codelist: str | None = None
    # Derived: not a column of the return's CSV file; the reader fills it (see the table's `derived` in the YAML).
    derived: bool = False

    @property
    def has_raw(self) -> bool:
        """Typed columns keep the text as received in NAME_raw, so a value that did not parse can be reported."""
        return self.type in ("date", "int", "bool")


@dataclass(frozen=True)
class Table:
    name: str
    sql: str
    xml: str | None
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def file_column_names(self) -> tuple[str, ...]:
        """The columns a CSV file of this table carries: the DfE column set, without derived columns."""
        return tuple(c.name for c in self.columns if not c.derived)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class Schema:
    return_name: str
    year: CollectionYear
    tables: dict[str, Table]
    codes: dict[str, dict[str, str]]  # list name -> code -> label, for this year only
    date_format: str = "dmy"  # dmy: dd/mm/yyyy (903); iso: yyyy-mm-dd (CIN census XML)

    def table_by_sql(self, sql_name: str) -> Table:
        return next(t for t in self.tables.values() if t.sql == sql_name)


# libyaml's parser where PyYAML was built with it: the schemas and code lists are read at every start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _yaml(path: Path) -> Any:
    """A schema file parsed once per process (each year extends the one before; codes.yaml serves every year).
    Callers only read the result."""
    return yaml.load(path.read_text(), Loader=_LOADER)  # noqa: S506 (a safe loader)


def years(return_name: str) -> list[str]:
    return sorted(p.stem for p in (SCHEMA_DIR / return_name).glob("[0-9]*.yaml"))


@cache
def load_schema(return_name: str, year: str | CollectionYear) -> Schema:
    year = CollectionYear.parse(str(year))
    folder = SCHEMA_DIR / return_name
    if not (folder / f"{year}.yaml").exists():
        known = ", ".join(years(return_name)) or "none"
        raise ValueError(f"no {return_name} schema for collection year {year} (known years: {known})")
    tables = _tables(folder, str(year))
    codes = _codes(folder / "codes.yaml", year)
    date_format = _root_setting(folder, str(year), "date_format") or "dmy"
    if date_format not in DATE_FORMATS:
        raise ValueError(f"{return_name} {year}: date_format must be one of {sorted(DATE_FORMATS)}")
    for table in tables.values():
        for col in table.columns:
            if col.codelist and col.codelist not in codes:
                raise ValueError(f"{return_name} {year}: {table.name}.{col.name} names unknown code list {col.codelist}")
    return Schema(return_name, year, tables, codes, date_format)


def _root_setting(folder: Path, year: str, key: str) -> str | None:
    doc = _yaml(folder / f"{year}.yaml")
    if key in doc:
        return doc[key]
    return _root_setting(folder, doc["extends"], key) if doc.get("extends") else None


def _tables(folder: Path, year: str) -> dict[str, Table]:
    doc = _yaml(folder / f"{year}.yaml")
    tables = _tables(folder, doc["extends"]) if doc.get("extends") else {}
    for name, spec in (doc.get("tables") or {}).items():
        columns = [_column(n, t) for n, t in spec["columns"].items()]
        columns += [_column(n, t, derived=True) for n, t in (spec.get("derived") or {}).items()]
        tables[name] = Table(name, spec["sql"], spec.get("xml"), tuple(columns))
    return tables


def _column(name: str, spec: str, derived: bool = False) -> Column:
    kind, _, codelist = spec.partition(" ")
    if kind not in TYPES or (kind == "code") != bool(codelist):
        raise ValueError(f"column {name}: bad type {spec!r}")
    return Column(name, kind, codelist or None, derived)


def _codes(path: Path, year: CollectionYear) -> dict[str, dict[str, str]]:
    doc: dict[str, Any] = _yaml(path)
    out: dict[str, dict[str, str]] = {}
    for list_name, spec in doc.items():
        out[list_name] = {}
        for code, value in spec["codes"].items():
            if isinstance(value, dict):
                if "years" in value and not in_range(year, value["years"]):
                    continue
                value = value["label"]
            out[list_name][str(code)] = str(value)
    return out
