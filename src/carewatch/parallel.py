"""Run independent jobs side by side in worker processes, results in the order of the jobs."""

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any


def in_processes(fn: Callable[..., Any], jobs: Sequence[tuple], workers: int) -> Iterator[Any]:
    """fn(*job) for every job: in this process when one worker is asked for, else in fresh (spawned) processes.
    Spawned, not forked: DuckDB and Arrow run threads, and forking a threaded process can deadlock the child."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield fn(*job)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(fn, *zip(*jobs, strict=True))
