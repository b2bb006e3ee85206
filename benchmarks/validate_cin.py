"""Read + validate synthetic CIN censuses of growing size; print wall time and peak memory.

    .venv/bin/python benchmarks/validate_cin.py [--children 10000,60000,600000] [--year 2025-26]
        [--reference-cmd "CMD {file} --year {year} --out {out}"]

Each census is generated once, then validated in a fresh process (start-up, reading, typing and every rule).
With --reference-cmd the same file is also given to another validator, installed separately, and both times
are printed side by side (use it on the smaller sizes: a slow validator may take many minutes)."""

import argparse
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
run = validate_files("cin", [Path(sys.argv[1])], sys.argv[2])
elapsed = time.perf_counter() - t0
# Peak of the main process plus the largest reader process (the readers run side by side, so this bounds
# the two together only loosely: read it as main + one part).
peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(f"{elapsed:.2f} {peak:.0f} {len(run.result.ran)} {run.result.findings.num_rows}")
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", default="10000,60000,600000")
    ap.add_argument("--year", default="2025-26")
    ap.add_argument("--reference-cmd", default=None)
    ap.add_argument("--reference-max", type=int, default=10000, help="largest census to give the other validator")
    args = ap.parse_args()
    from carewatch.synth.cin import write_census

    print(f"{'children':>9} {'MB':>6} {'generate s':>10} {'validate s':>10} {'peak MiB':>9} {'rules':>6} {'findings':>8} {'other s':>8} {'speed-up':>8}")
    for n in (int(x) for x in args.children.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            census = Path(tmp) / "cin_census.xml"
            t = time.perf_counter()
            write_census(census, year=args.year, children=n, seed=1)
            generated = time.perf_counter() - t
            subprocess.run([sys.executable, "-c", CHILD, str(census), args.year], check=True, capture_output=True)  # warm the rule cache
            res = subprocess.run([sys.executable, "-c", CHILD, str(census), args.year], check=True, capture_output=True, text=True)
            secs, peak, ran, findings = res.stdout.split()
            other, speedup = "", ""
            if args.reference_cmd and n <= args.reference_max:
                cmd = args.reference_cmd.format(file=census, year=args.year, out=Path(tmp) / "other.csv")
                t = time.perf_counter()
                subprocess.run(shlex.split(cmd), check=True, capture_output=True)
                other_secs = time.perf_counter() - t
                other, speedup = f"{other_secs:.1f}", f"{other_secs / float(secs):.0f}x"
            size = census.stat().st_size / 1e6
            print(f"{n:9,} {size:6.0f} {generated:10.1f} {float(secs):10.2f} {int(peak):9,} {ran:>6} {int(findings):8,} {other:>8} {speedup:>8}", flush=True)


if __name__ == "__main__":
    main()
