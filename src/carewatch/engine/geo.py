"""Placement location and distance, derived from postcode centroids the user supplies.

PL_DISTANCE = straight-line distance between the home and placement postcode centroids,
sqrt(dE^2 + dN^2) / 1000 / 1.6093 miles, rounded to 1 decimal place (DfE 903 guidance, placement distance;
domain.md §4.6). PL_LA = the upper-tier authority (ONS code) of the placement postcode, or SCO/WAL/NIR
outside England; PL_LOCATION = IN when that is the council's own area, else OUT."""

from pathlib import Path

import duckdb

from carewatch.engine.run import relations

LTLA_TO_UTLA = Path(__file__).parents[1] / "reference" / "ltla_to_utla_2023.csv"  # ONS, April 2023, OGL v3

# Each postcode once, spaces and case aside.
POSTCODE_KEYS = ("SELECT DISTINCT ON (key) replace(upper(pcd), ' ', '') AS key, oseast1m, osnrth1m, laua "
                 "FROM postcodes WHERE pcd IS NOT NULL")

_GEO = """
CREATE OR REPLACE TABLE {view} AS
SELECT e.row_id, e.CHILD,
       CASE WHEN p.laua IS NULL THEN NULL
            WHEN p.laua LIKE 'S%' THEN 'SCO' WHEN p.laua LIKE 'W%' THEN 'WAL' WHEN p.laua LIKE 'N%' THEN 'NIR'
            ELSE COALESCE(u.utla, p.laua) END AS PL_LA,
       CASE WHEN p.laua IS NULL THEN NULL
            WHEN COALESCE(u.utla, p.laua) = (SELECT la_ons FROM meta) THEN 'IN' ELSE 'OUT' END AS PL_LOCATION,
       round(sqrt((h.oseast1m - p.oseast1m) ^ 2 + (h.osnrth1m - p.osnrth1m) ^ 2) / 1000 / 1.6093, 1) AS PL_DISTANCE
FROM {episodes} e
LEFT JOIN _postcode_keys p ON p.key = replace(e.PL_POST, ' ', '')
LEFT JOIN _postcode_keys h ON h.key = replace(e.HOME_POST, ' ', '')
LEFT JOIN _ltla_utla u ON u.ltla = p.laua
"""


def add_episodes_geo(con: duckdb.DuckDBPyConnection) -> None:
    """Create episodes_geo (and episodes_geo_last) from the `postcodes` table, when it is loaded; the council's
    own area is meta.la_ons."""
    tables = relations(con)
    if "postcodes" not in tables:
        return
    con.execute(f"CREATE TABLE _postcode_keys AS {POSTCODE_KEYS}")
    con.execute("CREATE TABLE _ltla_utla AS SELECT * FROM read_csv(?, header = true, all_varchar = true)", [str(LTLA_TO_UTLA)])
    for suffix in ("", "_last"):
        if f"episodes{suffix}" in tables:
            con.execute(_GEO.format(view=f"episodes_geo{suffix}", episodes=f"episodes{suffix}"))
