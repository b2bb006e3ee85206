"""Figures for the measures (issue 5): the full measure set for one council, five years, on DuckDB.

    .venv/bin/python benchmarks/measures.py [--cin-children 60000] [--cla-children 5000] [--years 5]
        [--cache DIR]

The synthetic council's returns (a 903 with last year's return and postcode centroids, and a CIN census per
year) are generated once into --cache. Then, in a fresh process, each year's returns are read and typed
(timed apart: that is the reader's figure, not the measures'; kept as Parquet for later runs, as carewatch
stores submissions), and every 903 and CIN measure is computed
for every year, with last year's return beside each one. Printed: seconds to read, seconds (wall clock and
CPU: on a shared machine the CPU time is the steadier figure) to compute the full measure set for all years,
rows produced, and the process's peak memory. CIN census schemas start in 2023-24, so a five-year run ending
2026-27 has four CIN years; the 903 for 2022-23 comes without the year before (its schema is not held)."""

import argparse
import subprocess
import sys
import time
from pathlib import Path

from carewatch.returns.years import CollectionYear

CHILD = """
import resource, sys, time
from pathlib import Path
import pyarrow.parquet as pq
from carewatch.engine.measures import compute, load_measures
from carewatch.engine.reference_lists import read_reference
from carewatch.returns.readers import read_return
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import Submission

cache, years, workers = Path(sys.argv[1]), sys.argv[2].split(","), int(sys.argv[3])


def typed(kind, paths, year):
    # The typed submission, kept as Parquet after the first read (as carewatch stores submissions), so
    # re-runs time the measures, not the readers.
    folder = cache / "typed" / f"{kind}_{year}"
    if folder.exists():
        return Submission(load_schema(kind, year), {p.stem: pq.read_table(p) for p in folder.glob("*.parquet")})
    sub = read_return(kind, paths, year)
    folder.mkdir(parents=True)
    for name, table in sub.tables.items():
        pq.write_table(table, folder / f"{name}.parquet")
    return sub


t0 = time.perf_counter()
m903, mcin = load_measures("ssda903"), load_measures("cin")
t_load = time.perf_counter() - t0
t0 = time.perf_counter()
inputs = []
for i, year in enumerate(years):
    council = cache / f"903_{year}"
    if council.exists():
        current = typed("ssda903", [council / "current"], year)
        previous = typed("ssda903", [council / "previous"], str(current.year.previous))
    else:  # the earliest year has no schema for the year before it: next year's "previous", on its own
        council = cache / f"903_{years[i + 1]}"
        current, previous = typed("ssda903", [council / "previous"], year), None
    postcodes = read_reference("ssda903", "postcodes", council / "reference" / "postcodes.csv")
    census_file = cache / f"cin_{year}.xml"
    census = typed("cin", [census_file], year) if census_file.exists() else None
    inputs.append((current, previous, postcodes, census))
t_read = time.perf_counter() - t0
t0 = time.perf_counter()
u0 = resource.getrusage(resource.RUSAGE_SELF)
jobs = []  # one per return and year; each has its own DuckDB connection, so years can run side by side
last_census = None
for current, previous, postcodes, census in inputs:
    jobs.append((m903, current, previous, {"postcodes": postcodes}))
    if census is not None:
        jobs.append((mcin, census, last_census, {}))
    last_census = census
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(workers) as pool:
    results = list(pool.map(lambda j: compute(j[0], j[1], j[2], la_code="839", population_0_17=74810, reference=j[3],
                                              threads=1 if workers > 1 else None), jobs))
rows = sum(t.num_rows for t, _ in results)
skipped = sum(len(s) for _, s in results)
t_compute = time.perf_counter() - t0
u1 = resource.getrusage(resource.RUSAGE_SELF)
cpu = u1.ru_utime - u0.ru_utime + u1.ru_stime - u0.ru_stime
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{t_load:.2f} {t_read:.2f} {t_compute:.2f} {cpu:.2f} {rows} {skipped} {len(m903)} {len(mcin)} {peak:.0f}")
"""


def generate(cache: Path, years: list[str], cla: int, cin: int) -> list[tuple[str, int, int]]:
    from carewatch.returns.schema import load_schema
    from carewatch.synth.cin import write_census
    from carewatch.synth.ssda903 import write_council

    sizes = []
    for i, year in reversed(list(enumerate(years))):
        council = cache / f"903_{year}"
        try:
            load_schema("ssda903", CollectionYear.parse(year).previous)
            if not (council / "current").exists():
                write_council(council, year=year, children=cla, seed=100 + i)
            current = council / "current"
        except ValueError:  # no schema for the year before: the year comes from next year's "previous"
            current = cache / f"903_{years[i + 1]}" / "previous"
        census = cache / f"cin_{year}.xml"
        try:
            load_schema("cin", year)
            if not census.exists():
                write_census(census, year=year, children=cin, seed=200 + i)
        except ValueError:  # the CIN census schemas start later than the 903's
            pass
        header = (current / "header.csv").read_text().count("\n") - 1
        sizes.append((year, header, census.read_text(encoding="utf-8").count("<Child>") if census.exists() else 0))
    return sorted(sizes)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cin-children", type=int, default=60_000)
    p.add_argument("--cla-children", type=int, default=5_000)
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--last-year", default="2026-27")
    p.add_argument("--cache", type=Path, default=Path("/tmp/carewatch-bench-measures"))
    p.add_argument("--workers", type=int, default=1, help="returns computed side by side (threads)")
    a = p.parse_args()
    last = CollectionYear.parse(a.last_year)
    years = []
    y = last
    for _ in range(a.years):
        years.insert(0, str(y))
        y = y.previous
    cache = a.cache / f"cla{a.cla_children}_cin{a.cin_children}"
    cache.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    sizes = generate(cache, years, a.cla_children, a.cin_children)
    print(f"returns ready in {time.perf_counter() - t0:.0f} s (cached in {cache})")
    for year, cla, cin in sizes:
        print(f"  {year}: 903 children {cla:,}; CIN census children {cin:,}" + ("" if cin else " (no CIN census schema for this year)"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(cache), ",".join(years), str(a.workers)], capture_output=True, text=True, check=False)
    if out.returncode:
        sys.exit(out.stderr)
    t_load, t_read, t_compute, cpu, rows, skipped, n903, ncin, peak = out.stdout.split()
    print(f"measures: {n903} SSDA903 + {ncin} CIN, {a.years} years, one council, {a.workers} worker(s)")
    print(f"  load and check the measure files: {float(t_load):.2f} s")
    print(f"  read the returns (all years; typed Parquet after the first run): {float(t_read):.2f} s")
    print(f"  compute the full measure set, all years: {float(t_compute):.2f} s wall, {float(cpu):.2f} s CPU "
          f"({int(rows):,} rows; {skipped} skipped)")
    print(f"  peak memory of the process: {int(peak):,} MiB")


if __name__ == "__main__":
    main()
