"""Build the benchmark store from published files: `python -m carewatch.benchmarks.build PUBLISHED LAIT`.

- explore-education-statistics (EES) CSV files: the common geography columns (time_period, geographic_level,
  region_code, region_name, old_la_code, new_la_code, la_name, ...), then filter columns, then indicator
  columns. Each file is turned into long rows (file, filters, indicator, area, year, value). An indicator column
  is one whose every cell is a number or a suppression symbol; every other non-geography column is a filter.
- LAIT (the DfE local authority interactive tool) benchmark set `bds_long_0.parquet` and its dictionary
  (measure names, units, polarity).

Suppression symbols (c, k, z, x, low, u, ~, and LAIT's -) are kept as `symbol` with an empty value, never as
zero (domain.md §3.1). Output: data/benchmarks.parquet and data/lait_dictionary.csv beside this module."""

import csv
import re
import sys
from pathlib import Path

import duckdb

from carewatch.errors import InputError

DATA = Path(__file__).with_name("data")
GEOGRAPHY = ("time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
             "region_name", "old_la_code", "new_la_code", "la_name")
NUMBER = r"^\s*-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?\s*$"
SYMBOLS = ("c", "k", "z", "x", "low", "u", "~", "-", ":")  # published "not a number" markers (GSS and older files)
# Files that are not EES statistics (lookups, neighbour lists, mappings) are skipped.
NOT_STATISTICS = ("LTLA-UTLA", "Statistical_Neighbour", "sn_model", "ofsted_region_mapping", "national_cla_adopted_average_time")
LAIT_DICTIONARY_COLUMNS = ("Measure_code", "Topic", "Measure", "Measure_short", "Polarity", "y_axis_name", "Year_Type", "No_Quartile")


def _sql_text(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def ees_rows(con: duckdb.DuckDBPyConnection, path: Path) -> str:
    """A SQL query giving the file's long rows."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _file AS SELECT * FROM read_csv({_sql_text(str(path))}, header = true, all_varchar = true)")
    columns = [r[0] for r in con.execute("SELECT column_name FROM (DESCRIBE _file)").fetchall()]
    missing = [c for c in ("time_period", "geographic_level") if c not in columns]
    if missing:
        raise InputError(path.name, f"not an explore-education-statistics file: no column {missing[0]}", row=1, column=missing[0])
    rest = [c for c in columns if c not in GEOGRAPHY]
    symbols = ", ".join(_sql_text(s) for s in SYMBOLS)
    indicators: list[str] = []
    filters: list[str] = []
    for col in rest:
        q = f'"{col}"'
        bad = con.execute(
            f"SELECT count(*) FROM _file WHERE {q} IS NOT NULL AND trim({q}) <> '' AND NOT regexp_matches({q}, '{NUMBER}') "
            f"AND lower(trim({q})) NOT IN ({symbols})"
        ).fetchone()
        (indicators if bad and bad[0] == 0 else filters).append(col)
    filter_expr = " || '; ' || ".join(f"'{c}=' || coalesce(\"{c}\", '')" for c in filters) or "''"
    la = "old_la_code" if "old_la_code" in columns else "NULL"
    ons = "new_la_code" if "new_la_code" in columns else "NULL"
    region_code = "region_code" if "region_code" in columns else "NULL"
    region = "region_name" if "region_name" in columns else "NULL"
    name = "la_name" if "la_name" in columns else "NULL"
    parts = []
    for col in indicators:
        q = f'"{col}"'
        parts.append(f"""
            SELECT 'ees' AS source, {_sql_text(path.name)} AS file, {filter_expr} AS filters, {_sql_text(col)} AS indicator,
                   TRY_CAST(substr(time_period, 1, 4) AS INTEGER) + CASE WHEN length(time_period) = 6 THEN 1 ELSE 0 END AS time_period,
                   time_period AS period_label, geographic_level,
                   nullif({region_code}, '') AS region_code, nullif({region}, '') AS region_name,
                   CASE WHEN geographic_level = 'Local authority' THEN nullif({la}, '') END AS la_code,
                   CASE WHEN geographic_level = 'Local authority' THEN nullif({ons}, '') END AS ons_code,
                   CASE WHEN geographic_level = 'National' THEN 'England' WHEN geographic_level = 'Regional' THEN {region}
                        ELSE {name} END AS area_name,
                   CASE WHEN regexp_matches({q}, '{NUMBER}') THEN CAST(trim({q}) AS DOUBLE) END AS value,
                   CASE WHEN regexp_matches({q}, '{NUMBER}') THEN NULL ELSE lower(trim(coalesce({q}, ''))) END AS symbol
            FROM read_csv({_sql_text(str(path))}, header = true, all_varchar = true)
            WHERE geographic_level IN ('National', 'Regional', 'Local authority')""")
    return " UNION ALL ".join(parts) if parts else ""


def lait_rows(bds: Path) -> str:
    """LAIT's long rows. Its periods are labelled many ways (2025, 2024-25, 2016/17, 2014-16, 2025 (Rev)); the
    year stored is the last year named, and where one measure has several labels for that year for an area
    the revised or final figure wins, then the plain one, then provisional or outturn ones."""
    return f"""
        SELECT 'lait' AS source, 'bds_long_0.parquet' AS file, '' AS filters, "Short Desc" AS indicator, time_period,
               Years AS period_label, geographic_level, NULL AS region_code, region_name, la_code, NULL AS ons_code, area_name,
               value, symbol
        FROM (
            SELECT *,
                   CAST(CASE WHEN length(last_year) = 2 THEN '20' || last_year ELSE last_year END AS INTEGER) AS time_period,
                   CASE WHEN Region = 'NA' AND "LA and Regions" = 'England' THEN 'National'
                        WHEN Region = 'NA' THEN 'Regional' ELSE 'Local authority' END AS geographic_level,
                   CASE WHEN Region = 'NA' AND "LA and Regions" <> 'England' THEN "LA and Regions"
                        WHEN Region <> 'NA' THEN Region END AS region_name,
                   CASE WHEN Region <> 'NA' THEN CAST(CAST("LA Number" AS INTEGER) AS VARCHAR) END AS la_code,
                   "LA and Regions" AS area_name,
                   TRY_CAST("Values" AS DOUBLE) AS value,
                   CASE WHEN TRY_CAST("Values" AS DOUBLE) IS NULL THEN coalesce(trim("Values"), '') END AS symbol,
                   CASE WHEN Years ILIKE '%rev%' OR Years ILIKE '%final%' THEN 0 WHEN Years ~ '^[0-9/-]+$' THEN 1 ELSE 2 END AS preference
            FROM (SELECT *, regexp_extract(Years, '([0-9]{{2,4}})[^0-9]*$', 1) AS last_year FROM read_parquet({_sql_text(str(bds))}))
            WHERE last_year <> '' AND Years <> '0'
        )
        QUALIFY row_number() OVER (PARTITION BY "Short Desc", area_name, time_period ORDER BY preference, Years) = 1"""


def build(published: Path, lait: Path, out: Path = DATA) -> int:
    con = duckdb.connect()
    parts = []
    for path in sorted(published.glob("*.csv")):
        if not any(p in path.name for p in NOT_STATISTICS):
            query = ees_rows(con, path)
            if query:
                parts.append(query)
    bds = lait / "bds_long_0.parquet"
    if bds.exists():
        parts.append(lait_rows(bds))
    out.mkdir(parents=True, exist_ok=True)
    target = out / "benchmarks.parquet"
    con.execute(
        f"COPY (SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY source, file, indicator, filters, time_period, geographic_level, la_code) "
        f"TO {_sql_text(str(target))} (FORMAT parquet, COMPRESSION zstd)"
    )
    dictionary = lait / "lait_data_dictionary.csv"
    if dictionary.exists():
        with dictionary.open(encoding="utf-8-sig", newline="") as f, (out / "lait_dictionary.csv").open("w", encoding="utf-8", newline="") as g:
            writer = csv.DictWriter(g, LAIT_DICTIONARY_COLUMNS)
            writer.writeheader()
            seen = set()
            for row in csv.DictReader(f):
                if row["Measure_short"] not in seen:  # a few measures are listed twice; the first entry is kept
                    seen.add(row["Measure_short"])
                    writer.writerow({k: re.sub(r"\s+", " ", row.get(k) or "").strip() for k in LAIT_DICTIONARY_COLUMNS})
    n = con.execute(f"SELECT count(*) FROM read_parquet({_sql_text(str(target))})").fetchone()
    return n[0] if n else 0


if __name__ == "__main__":
    rows = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{rows:,} rows in {DATA / 'benchmarks.parquet'}")
