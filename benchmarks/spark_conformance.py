"""Every rule and every measure on DuckDB and on local Spark over the same synthetic council (903 with last
year's return and postcodes, and a CIN census), both with injected errors so rules fire. Prints per-engine
wall time and how many rules/measures gave identical answers, different answers, or did not transpile.

    .venv/bin/python benchmarks/spark_conformance.py [--children 300] [--year 2025-26] [--details]

Needs the [spark] extra and Java 17. Spark start-up is timed separately from the runs."""

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=300)
    ap.add_argument("--year", default="2025-26")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--details", action="store_true", help="print each rule/measure that is not identical")
    args = ap.parse_args()

    from carewatch.engine import spark as spark_engine
    from carewatch.engine import spark_conformance as conf
    from carewatch.engine.measures import load_measures
    from carewatch.engine.reference_lists import read_reference
    from carewatch.engine.validate import rules
    from carewatch.returns.readers import read_return
    from carewatch.synth.cin import write_census
    from carewatch.synth.cin_errors import CATALOGUE as CIN_ERRORS
    from carewatch.synth.ssda903 import write_council
    from carewatch.synth.ssda903_errors import CATALOGUE as SSDA903_ERRORS

    why = spark_engine.unavailable()
    if why:
        sys.exit(f"spark_conformance: {why}")
    t = time.perf_counter()
    spark = spark_engine.session()
    spark.sql("SELECT 1").collect()
    print(f"Spark start-up: {time.perf_counter() - t:.1f} s (local[2])")
    la = "839"
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_council(root / "903", year=args.year, children=args.children, seed=args.seed, inject_errors=len(SSDA903_ERRORS))
        write_census(root / "cin" / "census.xml", year=args.year, children=args.children, seed=args.seed,
                     inject_errors=len(CIN_ERRORS))
        sub903 = read_return("ssda903", [root / "903" / "current"], args.year)
        last903 = read_return("ssda903", [root / "903" / "previous"], str(sub903.year.previous))
        ref = {"postcodes": read_reference("ssda903", "postcodes", root / "903" / "reference" / "postcodes.csv")}
        subcin = read_return("cin", [root / "cin" / "census.xml"], args.year)
        for label, fn in (
            ("903 rules", lambda: conf.rules(spark, rules("ssda903"), sub903, last903, ref, la)),
            ("CIN rules", lambda: conf.rules(spark, rules("cin"), subcin, None, {}, la)),
            ("903 measures", lambda: conf.measures(spark, load_measures("ssda903"), sub903, last903, ref, la, 70_000)),
            ("CIN measures", lambda: conf.measures(spark, load_measures("cin"), subcin, None, {}, la, 70_000)),
        ):
            reports.append((label, fn()))
    print(f"\n{'':14}{'DuckDB s':>9}{'Spark s':>9}{'identical':>10}{'different':>10}{'not transp.':>12}{'failed':>7}"
          f"{'skipped':>8}{'fired':>6}")
    for label, r in reports:
        print(f"{label:14}{r.seconds['duckdb']:9.1f}{r.seconds['spark']:9.1f}{r.count(conf.IDENTICAL):10}{r.count(conf.DIFFERENT):10}"
              f"{r.count(conf.UNTRANSPILABLE):12}{r.count(conf.FAILED):7}{r.count(conf.SKIPPED):8}{r.nonempty:6}")
    print("fired: rules with at least one finding / measures with a non-zero value (on DuckDB); "
          "skipped: needs an input the fixture does not have (same on both engines)")
    if args.details:
        for label, r in reports:
            for key, what in r.not_identical().items():
                print(f"{label} {key}: {what}")
    spark.stop()


if __name__ == "__main__":
    main()
