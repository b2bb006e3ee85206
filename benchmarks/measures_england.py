"""Figures for the measures at national scale (issue 5): a synthetic England, every council and year, on DuckDB,
and the same councils' measures on local Spark compared value by value.

    .venv/bin/python benchmarks/measures_england.py [--folder /tmp/england] [--years 5] [--scale 1]
        [--workers 2] [--spark-councils 3] [--pooled] [--spark-pooled]

The synthetic England (`carewatch synth england`: 153 councils sized from the published figures, 903 and CIN
census per year) is written once into --folder, and every return read and typed once (kept as Parquet beside
it, as `carewatch measures --councils` does). Then, in a fresh process, every measure is computed for every
council and year (`carewatch.measures.national.measure_councils`); printed: wall and CPU seconds, rows, peak
memory. With --spark-councils N, the N smallest councils' returns are measured again on local Spark and every
value compared with DuckDB's (Spark pays about a second per query, so a whole England on Spark is
extrapolated from them, not run).

With --pooled, the DuckDB run is pooled (engine.pooled: one query per measure for all councils of a return and
year) instead of per council. With --spark-pooled, every council and year is measured pooled on local Spark
and every value compared with pooled DuckDB's."""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

DUCKDB = """
import resource, sys, time
from pathlib import Path
from carewatch.measures.national import measure_councils
folder, workers, pooled = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "pooled"
t0 = time.perf_counter()
run = measure_councils(folder, workers, pooled=pooled)
wall = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
councils = len(set(run.table["la_code"].to_pylist()))
print(wall, cpu, run.jobs, councils, run.table.num_rows, me.ru_maxrss / 1024, kids.ru_maxrss / 1024)
"""


def spark_check(folder: Path, councils: int) -> None:
    from carewatch.engine import spark as spark_engine
    from carewatch.engine.reference_lists import read_reference
    from carewatch.engine.spark_conformance import _same, _values
    from carewatch.measures.national import _load, compute_job, jobs_in, typed
    from carewatch.measures.population import population_0_17

    why = spark_engine.unavailable()
    if why:
        print(f"Spark: not run ({why})")
        return
    jobs = jobs_in(folder)
    sizes: dict[str, int] = {}
    for j in jobs:
        sizes[j.la_code] = sizes.get(j.la_code, 0) + sum(p.stat().st_size for p in ([j.current] if j.current.is_file() else j.current.iterdir()))
    chosen = set(sorted(sizes, key=sizes.get)[:councils])  # type: ignore[arg-type]
    jobs = [j for j in jobs if j.la_code in chosen]
    t0 = time.perf_counter()
    spark = spark_engine.session()
    print(f"Spark session started in {time.perf_counter() - t0:.1f} s")
    same = different = 0
    seconds = duck_seconds = 0.0
    for j in jobs:
        t0 = time.perf_counter()
        duck, _ = compute_job(j, threads=None)
        duck_seconds += time.perf_counter() - t0
        current = typed(j.return_name, j.current, j.year)
        previous = typed(j.return_name, j.previous, str(current.year.previous)) if j.previous else None
        reference = {"postcodes": read_reference("ssda903", "postcodes", j.postcodes)} if j.postcodes else {}
        found = population_0_17(j.la_code, current.year)
        t0 = time.perf_counter()
        on_spark, _, _ = spark_engine.compute(spark, _load(j.return_name), current, previous, la_code=j.la_code,
                                              population_0_17=found[0] if found else None, reference=reference)
        seconds += time.perf_counter() - t0
        a, b = _values(duck), _values(on_spark)
        for measure_id in sorted(set(a) | set(b)):
            if _same(a.get(measure_id, {}), b.get(measure_id, {})):
                same += 1
            else:
                different += 1
                print(f"  differs: {j.la_code} {j.year} {measure_id}")
    spark.stop()
    print(f"Spark, {len(chosen)} councils ({', '.join(sorted(chosen))}), {len(jobs)} returns: {seconds:.1f} s "
          f"(DuckDB {duck_seconds:.1f} s); measure results identical {same}, different {different}")


def spark_pooled(folder: Path) -> None:
    """Every council and year pooled on Spark (engine.pooled.compute_pooled_spark), values compared with
    pooled DuckDB's."""
    from carewatch.engine import spark as spark_engine
    from carewatch.engine.pooled import compute_pooled, compute_pooled_spark
    from carewatch.engine.spark_conformance import _same
    from carewatch.measures.national import _load, jobs_in, pooled_job

    why = spark_engine.unavailable()
    if why:
        print(f"Spark pooled: not run ({why})")
        return
    jobs = jobs_in(folder)
    t0 = time.perf_counter()
    # Local Spark runs its executor in the driver JVM: a year of England's census needs more than the 1 GiB default.
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-memory 6g pyspark-shell")
    spark = spark_engine.session()
    print(f"Spark session started in {time.perf_counter() - t0:.1f} s")
    same = different = 0
    for return_name in sorted({j.return_name for j in jobs}):
        for year in sorted({j.year for j in jobs}):
            subs = [pooled_job(j) for j in jobs if j.return_name == return_name and j.year == year]
            if not subs:
                continue
            t0 = time.perf_counter()
            duck = compute_pooled(_load(return_name), subs)
            duck_seconds = time.perf_counter() - t0
            t0 = time.perf_counter()
            sparked, problems = compute_pooled_spark(spark, _load(return_name), subs)
            seconds = time.perf_counter() - t0
            a: dict[tuple, dict] = {}
            b: dict[tuple, dict] = {}
            for table, into in ((duck.table, a), (sparked.table, b)):
                for r in table.to_pylist():
                    into.setdefault((r["measure_id"], r["la_code"]), {})[(r["breakdown"], r["category"])] = (
                        r["numerator"], r["denominator"], r["value"])
            diff = sorted(k for k in a.keys() | b.keys() if not _same(a.get(k, {}), b.get(k, {})))
            same += len(a.keys() | b.keys()) - len(diff)
            different += len(diff)
            print(f"  {return_name} {year}: {len(subs)} councils, Spark {seconds:.1f} s (DuckDB {duck_seconds:.1f} s), "
                  f"{len(diff)} measure-councils differ{': ' + ', '.join(map(str, diff[:3])) if diff else ''}"
                  f"{'; problems ' + str(problems) if problems else ''}")
    spark.stop()
    print(f"Spark pooled: measure-council-years identical {same}, different {different}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--folder", type=Path, default=Path("/tmp/carewatch-bench-england"))
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--spark-councils", type=int, default=0)
    p.add_argument("--pooled", action="store_true", help="measure on DuckDB pooled (engine.pooled), not per council")
    p.add_argument("--spark-pooled", action="store_true", help="measure every council pooled on local Spark too")
    a = p.parse_args()
    carewatch = [str(Path(sys.executable).with_name("carewatch"))]
    if not (a.folder / "councils.csv").exists():
        t0 = time.perf_counter()
        subprocess.run([*carewatch, "synth", "england", str(a.folder), "--years", str(a.years), "--scale", str(a.scale),
                        "--workers", str(a.workers)], check=True)
        print(f"synthetic England written in {time.perf_counter() - t0:.0f} s")
    from carewatch.measures.national import read_councils

    t0 = time.perf_counter()
    n = read_councils(a.folder, a.workers)
    print(f"{n} returns read and typed (or their typed copies found) in {time.perf_counter() - t0:.0f} s")
    mode = "pooled" if a.pooled else "per-council"
    out = subprocess.run([sys.executable, "-c", DUCKDB, str(a.folder), str(a.workers), mode], capture_output=True, text=True, check=False)
    if out.returncode:
        sys.exit(out.stderr)
    wall, cpu, jobs, councils, rows, peak, peak_worker = out.stdout.split("\n")[-2].split()  # the figures line
    print(f"DuckDB, {mode}: {councils} councils, {jobs} returns (903 and CIN census, all years), {a.workers} worker processes")
    print(f"  every measure, every council and year: {float(wall):.1f} s wall, {float(cpu):.1f} s CPU, {int(rows):,} rows")
    print(f"  peak memory: main process {float(peak):,.0f} MiB, largest worker {float(peak_worker):,.0f} MiB")
    if a.spark_councils:
        spark_check(a.folder, a.spark_councils)
    if a.spark_pooled:
        spark_pooled(a.folder)


if __name__ == "__main__":
    main()
