"""Children aged 0 to 17 per council: the denominator of every rate per 10,000.

Shipped: ONS mid-year population estimates 2012-2024 (population_0_17.csv, from the DfE children's social
care outcomes and enablers data; Crown copyright, ONS, Open Government Licence v3.0). DfE rates for the year
ending 31 March Y use the estimate for mid-year Y-1 (for example 74,810 for Bournemouth, Christchurch and
Poole, mid-2024, in the rate at 31 March 2025). A user may supply a newer file with the same columns."""

import csv
from functools import cache
from pathlib import Path

from carewatch.returns.years import CollectionYear

SHIPPED = Path(__file__).with_name("population_0_17.csv")


@cache
def _table(path: Path) -> dict[tuple[str, int], int]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        # Suppressed or missing estimates (x, c, blank) are unknown, never zero.
        return {(r["code"], int(r["mid_year"])): int(r["population_0_17"]) for r in csv.DictReader(f) if r["population_0_17"].isdigit()}


def population_0_17(la_code: str, year: CollectionYear, path: Path = SHIPPED) -> tuple[int, int] | None:
    """(population, mid-year) for the rate at the end of collection year `year` (31 March): the estimate for
    the June before, or the latest earlier one when that is not yet published."""
    table = _table(path)
    for mid_year in range(year.start_year, year.start_year - 5, -1):
        if (la_code, mid_year) in table:
            return table[(la_code, mid_year)], mid_year
    return None
