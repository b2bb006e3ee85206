"""The measures of many councils over many years (a region, or England): every council's returns in one folder,
as `carewatch synth england` writes them (`<la_code>/<year>/903/current|previous|reference` and
`<la_code>/<year>/cin/cin_census.xml`), each return read and typed once and kept beside it as Parquet
(`.typed/`), then every measure computed per council and year, councils side by side in worker processes."""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from carewatch.engine.measures import RESULT_SCHEMA, Measure, compute
from carewatch.errors import InputError
from carewatch.measures.population import population_0_17
from carewatch.parallel import in_processes
from carewatch.returns.years import CollectionYear

TYPED = ".typed"


@dataclass(frozen=True)
class Job:
    """One return of one council in one year, with what its measures need."""

    return_name: str
    la_code: str
    year: str
    current: Path
    previous: Path | None
    postcodes: Path | None


@dataclass
class Run:
    table: pa.Table
    skipped: dict[str, int] = field(default_factory=dict)  # measure id -> council-years where it could not run
    jobs: int = 0
    seconds: float = 0.0


def jobs_in(folder: Path) -> list[Job]:
    """Every council and year in the folder, 903 and CIN census, oldest year first; raises InputError when the
    folder holds none."""
    found = []
    for council in sorted(p for p in folder.iterdir() if p.is_dir() and p.name.isdigit()) if folder.is_dir() else []:
        for year_dir in sorted(p for p in council.iterdir() if p.is_dir()):
            try:
                year = CollectionYear.parse(year_dir.name)
            except ValueError:
                continue
            r903 = year_dir / "903"
            if (r903 / "current").is_dir():
                previous = r903 / "previous"
                postcodes = r903 / "reference" / "postcodes.csv"
                found.append(Job("ssda903", council.name, str(year), r903 / "current", previous if previous.is_dir() else None,
                                 postcodes if postcodes.is_file() else None))
            census = year_dir / "cin" / "cin_census.xml"
            if census.is_file():
                last = council / str(year.previous) / "cin" / "cin_census.xml"
                found.append(Job("cin", council.name, str(year), census, last if last.is_file() else None, None))
    if not found:
        raise InputError(str(folder), "no councils' returns found: expected <la_code>/<year>/903/current or <la_code>/<year>/cin/cin_census.xml")
    return sorted(found, key=lambda j: (j.year, j.la_code, j.return_name))


def typed(return_name: str, path: Path, year: str):
    """The return's typed tables, read once and then kept beside it as Parquet (re-read when a source file is
    newer than the copy)."""
    from carewatch.returns.readers import read_return
    from carewatch.returns.schema import load_schema
    from carewatch.returns.submission import Submission

    store = path.parent / TYPED / path.name
    sources = [path] if path.is_file() else [p for p in path.iterdir() if p.is_file()]
    newest = max((p.stat().st_mtime for p in sources), default=0.0)
    stamp = store / "complete"
    if stamp.exists() and stamp.stat().st_mtime >= newest:
        return Submission(load_schema(return_name, year), {p.stem: pq.read_table(p) for p in store.glob("*.parquet")})
    submission = read_return(return_name, [path], year)
    store.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    for name, table in submission.tables.items():
        pq.write_table(table, store / f"{name}.parquet")
    stamp.touch()
    return submission


_measures: dict[str, list[Measure]] = {}


def _load(return_name: str) -> list[Measure]:
    if return_name not in _measures:
        from carewatch.measures.service import measures

        _measures[return_name] = measures(return_name)
    return _measures[return_name]


def read_job(job: Job) -> None:
    """Read and type a job's returns (and keep them), so computing them later reads Parquet only."""
    typed(job.return_name, job.current, job.year)
    if job.previous is not None:
        typed(job.return_name, job.previous, str(CollectionYear.parse(job.year).previous))


def compute_job(job: Job, threads: int | None = 1) -> tuple[pa.Table, list[str]]:
    """One council-year's measures; the ids of those it could not compute."""
    from carewatch.engine.reference_lists import read_reference

    current = typed(job.return_name, job.current, job.year)
    previous = typed(job.return_name, job.previous, str(current.year.previous)) if job.previous else None
    reference = {"postcodes": read_reference("ssda903", "postcodes", job.postcodes)} if job.postcodes else {}
    found = population_0_17(job.la_code, current.year)
    table, skipped = compute(_load(job.return_name), current, previous, la_code=job.la_code,
                             population_0_17=found[0] if found else None, reference=reference, threads=threads)
    return table, [m.id for m, _ in skipped]


def measure_councils(
    folder: Path, workers: int | None = None, on_done: Callable[[Job], None] | None = None
) -> Run:
    """Every measure for every council and year in the folder. Returns are read (or their typed copies loaded)
    and measured in `workers` processes (default: one per core); each runs DuckDB on one thread."""
    jobs = jobs_in(folder)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    for return_name in {j.return_name for j in jobs}:
        _load(return_name)  # check the measure files once, before the workers start (they read the cached checks)
    tables: list[pa.Table] = []
    skipped: dict[str, int] = {}
    for job, (table, missed) in zip(jobs, in_processes(compute_job, [(j,) for j in jobs], workers), strict=True):
        tables.append(table)
        for m in missed:
            skipped[m] = skipped.get(m, 0) + 1
        if on_done:
            on_done(job)
    table = pa.concat_tables(tables) if tables else RESULT_SCHEMA.empty_table()
    return Run(table, skipped, len(jobs), time.perf_counter() - started)


def read_councils(folder: Path, workers: int | None = None, on_done: Callable[[Job], None] | None = None) -> int:
    """Read and type every return in the folder once (side by side), keeping the typed copies; returns how many
    returns were read."""
    jobs = jobs_in(folder)
    for job, _ in zip(jobs, in_processes(read_job, [(j,) for j in jobs], workers or os.cpu_count() or 1), strict=True):
        if on_done:
            on_done(job)
    return len(jobs)
