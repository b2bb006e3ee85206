"""Damaged and hostile files against every return reader (security.md target 4: 0 server errors, 0 partial
imports, 0 hangs across at least 500 damaged or hostile files, each settled in 60 s).

    .venv/bin/python benchmarks/hostile_files.py [--per-kind 4] [--workers 2] [--limit 60] [--seed 0] [--cli 0]

Builds the corpus of tests/support/hostile.py from small synthetic returns (50 children), runs each variant's
reader in a worker process with a time limit, and prints per kind of damage how many variants there were and
how they ended (read / refused / other exception / over time), then the slowest. --cli N also runs N variants
(spread over the kinds) through `carewatch validate` and checks exit 2, one line, no traceback, nothing
written. Exits 1 if any variant ended other than read or refused."""

import argparse
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.support.hostile


def _warm() -> None:
    """Import the readers once per worker, so no variant's time includes starting up."""
    from tests.support.hostile import read  # noqa: F401

    import carewatch.engine.reference_lists  # noqa: F401
    import carewatch.returns.cin.read  # noqa: F401
    import carewatch.returns.ssda903.read  # noqa: F401


def _settle(args: tuple) -> object:
    from tests.support.hostile import settle

    variant, limit = args
    return settle(variant, limit)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=4, help="variants of each byte-level kind per reader")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds one variant may take")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cli", type=int, default=0, help="also run this many variants through the command line")
    args = ap.parse_args()
    from tests.support.hostile import OUTCOMES, Bases, cli, corpus

    with tempfile.TemporaryDirectory(prefix="carewatch-hostile-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        bases = Bases.build(root / "bases", children=50, seed=args.seed + 1)
        variants = list(corpus(bases, root / "variants", per_kind=args.per_kind, seed=args.seed))
        print(f"{len(variants)} variants of {len({v.kind for v in variants})} kinds for {len(bases.files)} readers "
              f"built in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        # Not a multiprocessing.Pool: its workers are daemonic, and a large census is read by part readers the
        # worker starts. No max_tasks_per_child: with it Python 3.12.1's executor hung here after its workers ended.
        with ProcessPoolExecutor(args.workers, mp_context=get_context("spawn"), initializer=_warm) as pool:
            outcomes = list(pool.map(_settle, [(v, args.limit) for v in variants]))
        wall = time.perf_counter() - t0

        by_kind: dict[str, Counter] = defaultdict(Counter)
        for o in outcomes:
            by_kind[o.variant.kind][o.result] += 1
        print(f"\n{'kind':24} {'n':>4} " + " ".join(f"{x:>9}" for x in OUTCOMES))
        for kind in sorted(by_kind):
            c = by_kind[kind]
            print(f"{kind:24} {sum(c.values()):>4} " + " ".join(f"{c[x]:>9}" for x in OUTCOMES))
        total = Counter(o.result for o in outcomes)
        print(f"{'all':24} {len(outcomes):>4} " + " ".join(f"{total[x]:>9}" for x in OUTCOMES))
        by_reader = Counter(o.variant.reader for o in outcomes)
        print("per reader: " + ", ".join(f"{r} {n}" for r, n in sorted(by_reader.items())))
        print(f"\n{wall:.1f} s on {args.workers} workers; slowest:")
        for o in sorted(outcomes, key=lambda o: -o.seconds)[:10]:
            print(f"  {o.seconds:6.2f} s  {o.variant.label:40} {o.result:9} {o.detail[:90]}")
        bad = [o for o in outcomes if o.result not in ("read", "refused")]
        for o in bad:
            print(f"FAIL {o.variant.label}: {o.result}: {o.detail}")

        cli_bad: list[str] = []
        if args.cli:
            refused = [o.variant for o in outcomes if o.result == "refused"]
            seen: set[tuple[str, str]] = set()
            sample = [v for v in sorted(refused, key=lambda v: v.label) if (v.reader, v.kind) not in seen and not seen.add((v.reader, v.kind))]
            sample = sample[:: max(1, len(sample) // args.cli)][: args.cli]
            t0 = time.perf_counter()
            for i, v in enumerate(sample):
                work = root / "cli" / str(i)
                work.mkdir(parents=True)
                problem = cli(v, work)
                if problem:
                    cli_bad.append(f"{v.label}: {problem}")
            print(f"\ncommand line: {len(sample)} refused variants, {len(sample) - len(cli_bad)} ended as they must "
                  f"(exit 2, one line, no traceback, nothing written) in {time.perf_counter() - t0:.1f} s")
            for line in cli_bad:
                print(f"FAIL cli {line}")
    sys.exit(1 if bad or cli_bad else 0)


if __name__ == "__main__":
    main()
