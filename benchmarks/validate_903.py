"""Read + validate synthetic 903 returns of growing size; print wall time and peak memory.

    .venv/bin/python benchmarks/validate_903.py [--children 10000,100000] [--year 2025-26] [--repeat 1]
        [--reference-cmd "CMD {current} {previous} --year {year} --out {out}"]

Each size is generated once (with last year's return and postcode centroids), then validated in a fresh
process so the figure includes start-up, reading, typing, every rule and writing nothing else. The load
average is printed first and the CPU time beside the wall time: on a shared machine the wall time says as
much about the others as about carewatch. With
--reference-cmd, the same files are also given to another validator (installed separately) and both times
are printed side by side."""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from carewatch.engine.validate import validate_files
root = Path(sys.argv[1])
run = validate_files("ssda903", [root / "current"], sys.argv[2], previous=[root / "previous"],
                     reference={"postcodes": root / "reference" / "postcodes.csv"}, la_code="839")
elapsed = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime  # all threads; less swayed than wall time by others on a shared machine
print(f"{elapsed:.2f} {usage.ru_maxrss / 1024:.0f} {len(run.result.ran)} {len(run.result.skipped)} {run.result.findings.num_rows} {cpu:.2f}")
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", default="10000,100000")
    ap.add_argument("--year", default="2025-26")
    ap.add_argument("--reference-cmd", default=None)
    ap.add_argument("--repeat", type=int, default=1, help="validate this many times (fresh processes); print the fastest")
    ap.add_argument("--reference-max", type=int, default=10000, help="largest council to give the other validator")
    args = ap.parse_args()
    from carewatch.synth.ssda903 import write_council

    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{'children':>9} {'generate s':>10} {'validate s':>10} {'CPU s':>6} {'peak MiB':>9} {'rules':>6} {'skipped':>7} {'findings':>8} {'other s':>8} {'speed-up':>8}")
    for n in (int(x) for x in args.children.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            t = time.perf_counter()
            write_council(root, year=args.year, children=n, seed=1)
            generated = time.perf_counter() - t
            subprocess.run([sys.executable, "-c", CHILD, str(root), args.year], check=True, capture_output=True)  # warm the rule cache
            runs = [
                subprocess.run([sys.executable, "-c", CHILD, str(root), args.year], check=True, capture_output=True, text=True).stdout.split()
                for _ in range(args.repeat)
            ]
            secs, peak, ran, skipped, findings, cpu = min(runs, key=lambda r: float(r[0]))  # the run the others disturbed least
            other, speedup = "", ""
            if args.reference_cmd and n <= args.reference_max:
                cmd = args.reference_cmd.format(current=root / "current", previous=root / "previous", year=args.year, out=root / "other.csv")
                t = time.perf_counter()
                subprocess.run(shlex.split(cmd), check=True, capture_output=True)
                other_secs = time.perf_counter() - t
                other, speedup = f"{other_secs:.1f}", f"{other_secs / float(secs):.0f}x"
            print(f"{n:9,} {generated:10.1f} {float(secs):10.2f} {float(cpu):6.2f} {int(peak):9,} {ran:>6} {skipped:>7} {int(findings):8,} {other:>8} {speedup:>8}", flush=True)


if __name__ == "__main__":
    main()
