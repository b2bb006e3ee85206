"""How big each council's children's services are, from the published figures in the benchmark store: children
looked after at 31 March (SSDA903) and children in need at any point in the year (CIN census). Used to size a
synthetic England like the real one."""

from dataclasses import dataclass
from pathlib import Path

import duckdb

from carewatch.benchmarks.compare import STORE

CLA = ("cla_number_and_rate_per_10k_children.csv", "population_type=Children looked after on 31 March each year", "children_count")
CIN = ("b1_children_in_need_2013_to_2025.csv", "category=Children in Need", "Anypoint_child")


@dataclass(frozen=True)
class CouncilSize:
    la_code: str
    name: str
    year: int  # the published year (time_period, e.g. 2025 for 2024-25)
    looked_after_31_march: int
    children_in_need_in_year: int
    estimated: bool  # a figure was suppressed (c: 1 to 5) or not published (z): SMALL_COUNT stands in


SMALL_COUNT = 3  # the middle of the 1-5 band the DfE suppresses


def council_sizes(store: Path = STORE) -> list[CouncilSize]:
    """Every council in the latest year the children in need figures cover, largest first."""
    con = duckdb.connect()
    rows = con.execute(
        """WITH fig AS (
               SELECT la_code, area_name, time_period, file, value FROM read_parquet(?)
               WHERE geographic_level = 'Local authority'
                 AND ((file, filters, indicator) = (?, ?, ?) OR (file, filters, indicator) = (?, ?, ?))),
           latest AS (SELECT max(time_period) AS y FROM fig WHERE file = ?)
           SELECT n.la_code, n.area_name, n.time_period, c.value, n.value
           FROM fig n LEFT JOIN fig c ON c.la_code = n.la_code AND c.time_period = n.time_period AND c.file = ?
           WHERE n.file = ? AND n.time_period = (SELECT y FROM latest)
           ORDER BY n.value DESC NULLS LAST, n.la_code""",
        [str(store), *CLA, *CIN, CIN[0], CLA[0], CIN[0]],
    ).fetchall()
    con.close()
    return [
        CouncilSize(la, name, year, round(cla or SMALL_COUNT), round(cin or SMALL_COUNT), cla is None or cin is None)
        for la, name, year, cla, cin in rows
    ]
