"""Set a council's measures beside the published figures: its own published value, its statistical
neighbours' average and range, its region, England, its rank among all councils and LAIT-style quartile band,
and a five-year trend. Reads the benchmark store (data/benchmarks.parquet) with DuckDB.

Rank: 1 is the best council for the measure's polarity (higher or lower is better; none for neutral
measures), ties share the best rank. Quartile band (as LAIT): A is the best quarter of councils, then B, C,
D, from the rank: band = ceil(4 x rank / councils ranked)."""

import csv
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa
import yaml

from carewatch.engine.measures import Measure, load_measures
from carewatch.errors import InputError

HERE = Path(__file__).parent
STORE = HERE / "data" / "benchmarks.parquet"
LAIT_DICTIONARY = HERE / "data" / "lait_dictionary.csv"
TWINS = HERE / "twins.yaml"
RETURNS = ("ssda903", "cin")
TREND_YEARS = 5
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}  # LAIT's words; "-" and "NA" are neutral

OUTPUT = pa.schema([
    ("measure_id", pa.string()), ("title", pa.string()), ("breakdown", pa.string()), ("category", pa.string()),
    ("unit", pa.string()), ("polarity", pa.string()), ("source", pa.string()), ("year", pa.int64()),
    ("council", pa.float64()), ("council_symbol", pa.string()), ("own_value", pa.float64()), ("own_period", pa.string()),
    ("neighbours_average", pa.float64()), ("neighbours_min", pa.float64()), ("neighbours_max", pa.float64()),
    ("neighbours_with_values", pa.int64()), ("region", pa.float64()), ("england", pa.float64()),
    ("rank", pa.int64()), ("ranked", pa.int64()), ("quartile_band", pa.string()), ("own_rank", pa.int64()),
    ("own_quartile_band", pa.string()), ("trend", pa.string()),
])


@dataclass(frozen=True)
class Twin:
    measure: Measure
    breakdown: str
    category: str
    ees: str | None
    filters: tuple[tuple[str, str], ...]
    indicator: str | None
    lait: str | None
    polarity: str
    source: str = field(default="")


@cache
def lait_polarity() -> dict[str, str]:
    with LAIT_DICTIONARY.open(encoding="utf-8", newline="") as f:
        return {r["Measure_short"]: POLARITY.get(r["Polarity"], "neutral") for r in csv.DictReader(f)}


def twins() -> list[Twin]:
    measures = {m.id: m for r in RETURNS for m in load_measures(r)}
    spec = yaml.safe_load(TWINS.read_text(encoding="utf-8"))
    out = []
    for measure_id, entries in spec.items():
        if measure_id not in measures:
            raise ValueError(f"twins.yaml names no measure {measure_id!r}")
        m = measures[measure_id]
        for e in entries:
            lait = e.get("lait")
            if lait and lait not in lait_polarity():
                raise ValueError(f"twins.yaml: {measure_id}: LAIT has no measure {lait!r}")
            polarity = e.get("polarity") or (lait_polarity()[lait] if lait else m.polarity)
            ees = e.get("ees")
            source = f"DfE {ees}: {e['indicator']}" if ees else f"DfE LAIT: {lait}"
            out.append(Twin(m, e.get("breakdown", "total"), e.get("category", "all"), ees,
                            tuple((k, str(v)) for k, v in (e.get("filters") or {}).items()), e.get("indicator"), lait, polarity, source))
    return out


def _series(con: duckdb.DuckDBPyConnection, twin: Twin) -> None:
    """Load the twin's published rows into the table `series`."""
    if twin.ees:
        wanted = sorted(f"{k}={v}" for k, v in twin.filters)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE series AS SELECT * FROM store WHERE source = 'ees' AND file = ? AND indicator = ? "
            "AND list_sort(string_split(filters, '; ')) = ?::VARCHAR[]", [twin.ees, twin.indicator, wanted])
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE series AS SELECT * FROM store WHERE source = 'lait' AND indicator = ?", [twin.lait])


def _band(rank: int | None, n: int | None) -> str | None:
    if not rank or not n:
        return None
    return "ABCD"[min(3, math.ceil(4 * rank / n) - 1)]


def _rank_of(value: float, others: list[float], polarity: str) -> int:
    better = sum(1 for v in others if (v > value if polarity == "higher_is_better" else v < value))
    return better + 1


def compare(la_code: str, own: pa.Table | None = None, year: int | None = None, store: Path = STORE) -> pa.Table:
    """One row per published twin. `own`: the council's computed measures (the `carewatch measures` output);
    `year`: the published year (year ending 31 March) to compare, the latest published when not given."""
    from carewatch.reference import records

    council = next((r for r in records() if r.la_code == la_code and r.current), None)
    if council is None:
        raise InputError(la_code, "no current English council has this DfE code")
    neighbours = list(council.stat_neighbours)
    own_rows = {}
    if own is not None:
        for r in own.to_pylist():
            own_rows[(r["measure_id"], r["breakdown"], r["category"])] = (r["value"], r["period"])
    con = duckdb.connect()
    con.execute("CREATE TABLE store AS SELECT * FROM read_parquet(?)", [str(store)])
    rows = []
    for t in twins():
        _series(con, t)
        found = con.execute("SELECT max(time_period) FROM series WHERE geographic_level = 'Local authority' AND value IS NOT NULL"
                            + (" AND time_period <= ?" if year else ""), [year] if year else []).fetchone()
        at = found[0] if found else None
        if at is None:
            continue
        mine = con.execute("SELECT value, symbol FROM series WHERE la_code = ? AND time_period = ?", [la_code, at]).fetchone()
        sn = con.execute(
            "SELECT avg(value), min(value), max(value), count(value) FROM series WHERE la_code IN (SELECT unnest(?::VARCHAR[])) AND time_period = ?",
            [neighbours, at]).fetchone() or (None, None, None, 0)
        region = con.execute(
            "SELECT any_value(value) FROM series WHERE geographic_level = 'Regional' AND time_period = ? AND (region_code = ? OR area_name = ?)",
            [at, council.region_code, council.region_name]).fetchone()
        england = con.execute("SELECT any_value(value) FROM series WHERE geographic_level = 'National' AND time_period = ?", [at]).fetchone()
        las = [v for (v,) in con.execute(
            "SELECT value FROM series WHERE geographic_level = 'Local authority' AND time_period = ? AND value IS NOT NULL", [at]).fetchall()]
        trend = ", ".join(f"{y}: {symbol if v is None else f'{v:g}'}" for y, v, symbol in con.execute(
            "SELECT time_period, value, symbol FROM series WHERE la_code = ? AND time_period > ? AND time_period <= ? ORDER BY time_period",
            [la_code, at - TREND_YEARS, at]).fetchall())
        ranked = t.polarity in ("higher_is_better", "lower_is_better")
        value = mine[0] if mine else None
        rank = _rank_of(value, las, t.polarity) if ranked and value is not None else None
        own_value, own_period = own_rows.get((t.measure.id, t.breakdown, t.category), (None, None))
        own_rank = _rank_of(own_value, las, t.polarity) if ranked and own_value is not None else None
        rows.append({
            "measure_id": t.measure.id, "title": t.measure.title, "breakdown": t.breakdown, "category": t.category,
            "unit": t.measure.unit, "polarity": t.polarity, "source": t.source, "year": at,
            "council": value, "council_symbol": mine[1] if mine else "not published", "own_value": own_value, "own_period": own_period,
            "neighbours_average": sn[0], "neighbours_min": sn[1], "neighbours_max": sn[2], "neighbours_with_values": sn[3],
            "region": region[0] if region else None, "england": england[0] if england else None,
            "rank": rank, "ranked": len(las) if ranked else None, "quartile_band": _band(rank, len(las)),
            "own_rank": own_rank, "own_quartile_band": _band(own_rank, len(las)),
            "trend": trend or None,
        })
    con.close()
    return pa.Table.from_pylist(rows, schema=OUTPUT)


def read_measures(path: Path) -> pa.Table:
    """A measures file written by `carewatch measures --out` (.csv or .parquet)."""
    if not path.exists():
        raise InputError(str(path), "no such file")
    con = duckdb.connect()
    reader = "read_parquet" if path.suffix.lower() == ".parquet" else "read_csv"
    try:
        table = con.sql(f"SELECT * FROM {reader}(?)", params=[str(path)]).to_arrow_table()
    except duckdb.Error as exc:
        raise InputError(path.name, f"not a readable measures file: {str(exc).splitlines()[0]}") from None
    missing = [c for c in ("measure_id", "period", "breakdown", "category", "value") if c not in table.column_names]
    if missing:
        raise InputError(path.name, f"not a carewatch measures file: no column {missing[0]}", row=1, column=missing[0])
    return table.select(["measure_id", "period", "breakdown", "category", "value"]).cast(
        pa.schema([("measure_id", pa.string()), ("period", pa.string()), ("breakdown", pa.string()), ("category", pa.string()), ("value", pa.float64())]))
