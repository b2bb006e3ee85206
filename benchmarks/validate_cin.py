"""Read + validate synthetic CIN censuses of growing size; print wall time and peak memory.

    .venv/bin/python benchmarks/validate_cin.py [--children 10000,60000,600000] [--year 2025-26]
        [--keep DIR] [--reference-cmd "CMD {file} --year {year} --out {out}"]

Each census is generated once (or taken from --keep DIR, where it is also left for the next run), then
validated in a fresh process (start-up, reading, typing and every rule) after one warm-up run. Peak memory is
the largest sum of the resident memory of that process and its part readers at the same moment, sampled every
20 ms (so a spike shorter than that may be missed); "main" is the validating process's own peak. The machine
is shared: the load average (1 minute) is printed before each run, and the CPU time (user + system, the
validating process and its part readers, start-up included) beside the wall time, as it varies less with load. With --reference-cmd the same file is also
given to another validator, installed separately, and both times are printed side by side (use it on the
smaller sizes: a slow validator may take many minutes)."""

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
run = validate_files("cin", [Path(sys.argv[1])], sys.argv[2])
elapsed = time.perf_counter() - t0
me, readers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + readers.ru_utime + readers.ru_stime
print(f"{elapsed:.2f} {cpu:.2f} {me.ru_maxrss / 1024:.0f} {len(run.result.ran)} {run.result.findings.num_rows}")
"""


def _tree_rss_mib(root: int) -> float:
    """Resident memory of `root` and all its descendants, now."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
        todo += parents.get(pid, [])
    return total / 2**20


def run_sampled(cmd: list[str]) -> tuple[str, float]:
    """Run `cmd`, returning its output and the peak resident memory of it and its children together."""
    peak = 0.0
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        while proc.poll() is None:
            peak = max(peak, _tree_rss_mib(proc.pid))
            time.sleep(0.02)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"validation failed: {err.read()}")
        out.seek(0)
        return out.read(), peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", default="10000,60000,600000")
    ap.add_argument("--year", default="2025-26")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep generated censuses in and reuse them from")
    ap.add_argument("--reference-cmd", default=None)
    ap.add_argument("--reference-max", type=int, default=10000, help="largest census to give the other validator")
    args = ap.parse_args()
    from carewatch.synth.cin import write_census

    print(f"{'children':>9} {'MB':>6} {'load':>5} {'generate s':>10} {'validate s':>10} {'CPU s':>6} {'peak MiB':>9} {'main MiB':>9} {'rules':>6} {'findings':>8} {'other s':>8} {'speed-up':>8}")
    for n in (int(x) for x in args.children.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            census = folder / f"cin_census_{args.year}_{n}.xml"
            t = time.perf_counter()
            if not census.exists():
                write_census(census, year=args.year, children=n, seed=1)
            generated = time.perf_counter() - t
            cmd = [sys.executable, "-c", CHILD, str(census), args.year]
            subprocess.run(cmd, check=True, capture_output=True)  # warm the rule cache and the page cache
            load = os.getloadavg()[0]
            out, peak = run_sampled(cmd)
            secs, cpu, main_peak, ran, findings = out.split()
            other, speedup = "", ""
            if args.reference_cmd and n <= args.reference_max:
                cmd = shlex.split(args.reference_cmd.format(file=census, year=args.year, out=Path(tmp) / "other.csv"))
                t = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True)
                other_secs = time.perf_counter() - t
                other, speedup = f"{other_secs:.1f}", f"{other_secs / float(secs):.0f}x"
            size = census.stat().st_size / 1e6
            print(
                f"{n:9,} {size:6.0f} {load:5.1f} {generated:10.1f} {float(secs):10.2f} {float(cpu):6.2f} {peak:9,.0f} {int(main_peak):9,} {ran:>6} "
                f"{int(findings):8,} {other:>8} {speedup:>8}",
                flush=True,
            )


if __name__ == "__main__":
    main()
