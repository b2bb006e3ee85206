"""A synthetic England: every council's SSDA903 return and CIN census for several years, each council sized
like the real one (children looked after at 31 March and children in need in the year, from the published
figures the caller passes in), for national-scale runs of the measures.

Layout (what `carewatch measures --councils` reads):
    OUT/councils.csv                      la_code, name, sizes used and where they came from
    OUT/<la_code>/<year>/903/current/     this year's 903 CSVs (previous/ and reference/postcodes.csv beside)
    OUT/<la_code>/<year>/cin/cin_census.xml
The earliest 903 year has no schema for the year before it, so it is the next year's `previous` return on its
own; the CIN census schemas start later than the 903's, so earlier years have no census."""

import csv
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from carewatch.parallel import in_processes
from carewatch.returns.schema import load_schema
from carewatch.returns.years import CollectionYear

# Children in a synthetic 903 return (everyone looked after at some point in the year, plus care leavers) per
# child looked after at 31 March: measured on synthetic councils (4,000 asked gave 2,441 at 31 March).
CHILDREN_PER_CLA_31_MARCH = 1.64
MANIFEST = "councils.csv"


@dataclass(frozen=True)
class Council:
    la_code: str
    name: str
    looked_after_31_march: int
    children_in_need_in_year: int
    note: str = ""  # where the sizes came from


def has_schema(return_name: str, year: CollectionYear) -> bool:
    try:
        load_schema(return_name, year)
    except ValueError:
        return False
    return True


def _write_one(out: Path, council: Council, year: str, seed: int, scale: float) -> tuple[str, str, int, int]:
    from carewatch.synth.council import write_both
    from carewatch.synth.ssda903 import write_council

    folder = out / council.la_code / year
    yr = CollectionYear.parse(year)
    children = max(1, round(council.looked_after_31_march * CHILDREN_PER_CLA_31_MARCH * scale))
    cin_children = max(1, round(council.children_in_need_in_year * scale))
    # A different, repeatable seed for every council and year.
    own_seed = seed * 1_000_003 + int(council.la_code) * 101 + yr.start_year
    if has_schema("cin", yr):
        s = write_both(folder, year=year, children=children, seed=own_seed, la_code=council.la_code, cin_children=cin_children)
        return council.la_code, year, s.ssda903.children, s.cin.children
    s903 = write_council(folder / "903", year=year, children=children, seed=own_seed, la_code=council.la_code)
    return council.la_code, year, s903.children, 0


def write_england(
    out: Path,
    councils: Sequence[Council],
    years: Sequence[str],
    seed: int = 0,
    scale: float = 1.0,
    workers: int = 2,
    on_done: Callable[[str, str, int, int], None] | None = None,
) -> list[tuple[str, str, int, int]]:
    """Write every council's returns for every year (oldest first in `years`); returns (la_code, year,
    903 children, census children) per council and year. Councils are written side by side in `workers`
    processes, largest first."""
    years = [str(CollectionYear.parse(y)) for y in years]
    first = CollectionYear.parse(years[0])
    if not has_schema("ssda903", first.previous) and len(years) < 2:
        raise ValueError(f"{first} has no 903 schema for the year before it: ask for at least two years")
    out.mkdir(parents=True, exist_ok=True)
    with (out / MANIFEST).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["la_code", "name", "looked_after_31_march", "children_in_need_in_year", "scale", "note"])
        for c in councils:
            w.writerow([c.la_code, c.name, c.looked_after_31_march, c.children_in_need_in_year, scale, c.note])
    # The earliest year without last year's schema comes from the next year's `previous` return.
    from_next = [] if has_schema("ssda903", first.previous) else [years[0]]
    jobs = [(c, y) for c in sorted(councils, key=lambda c: -c.looked_after_31_march - c.children_in_need_in_year / 8)
            for y in years if y not in from_next]
    done = []
    for row in in_processes(_write_one, [(out, c, y, seed, scale) for c, y in jobs], workers):
        done.append(row)
        if on_done:
            on_done(*row)
    for year in from_next:
        nxt = years[years.index(year) + 1]
        for c in councils:
            source, target = out / c.la_code / nxt / "903", out / c.la_code / year / "903"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source / "previous", target / "current")
            shutil.copytree(source / "reference", target / "reference")
            header = (target / "current" / "header.csv").read_text(encoding="utf-8").count("\n") - 1
            row = (c.la_code, year, header, 0)
            done.append(row)
            if on_done:
                on_done(*row)
    return sorted(done)
