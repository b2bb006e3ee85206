"""The measures of many councils over many years (a region, or England): every council's returns in one folder,
as `carewatch synth england` writes them (`<la_code>/<year>/903/current|previous|reference` and
`<la_code>/<year>/cin/cin_census.xml`), each return read and typed once and kept beside it as Parquet
(`.typed/`), then every measure computed: pooled (engine.pooled: one query per measure for all councils of a
return and year; the two returns side by side in worker processes), or per council and year, councils side by
side."""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from carewatch.engine.measures import RESULT_SCHEMA, Measure, compute
from carewatch.errors import InputError
from carewatch.measures.population import population_0_17
from carewatch.parallel import in_processes
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import Submission
from carewatch.returns.years import CollectionYear

if TYPE_CHECKING:
    from carewatch.engine.pooled import Pooled

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
    per_council: dict[str, str] = field(default_factory=dict)  # pooled run: measure id -> why it ran per council


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


def _kept(path: Path) -> bool:
    """Whether the return's typed copy is there and no older than its files."""
    stamp = path.parent / TYPED / path.name / "complete"
    sources = [path] if path.is_file() else [p for p in path.iterdir() if p.is_file()]
    return stamp.exists() and stamp.stat().st_mtime >= max((p.stat().st_mtime for p in sources), default=0.0)


def _keep(return_name: str, path: Path, year: str) -> Submission:
    from carewatch.returns.readers import read_return

    store = path.parent / TYPED / path.name
    submission = read_return(return_name, [path], year)
    store.mkdir(parents=True, exist_ok=True)
    (store / "complete").unlink(missing_ok=True)
    for name, table in submission.tables.items():
        pq.write_table(table, store / f"{name}.parquet")
    (store / "complete").touch()
    return submission


def typed(return_name: str, path: Path, year: str) -> Submission:
    """The return's typed tables, read once and then kept beside it as Parquet (re-read when a source file is
    newer than the copy)."""
    if not _kept(path):
        return _keep(return_name, path, year)
    store = path.parent / TYPED / path.name
    return Submission(load_schema(return_name, year), {p.stem: pq.read_table(p, use_threads=False) for p in store.glob("*.parquet")})


def postcodes(path: Path) -> pa.Table:
    """A council's postcode centroids list, read once and then kept beside it as Parquet (as `typed`)."""
    from carewatch.engine.reference_lists import read_reference

    store = path.parent / TYPED / f"{path.name}.parquet"
    if store.exists() and store.stat().st_mtime >= path.stat().st_mtime:
        return pq.read_table(store, use_threads=False)
    table = read_reference("ssda903", "postcodes", path)
    store.parent.mkdir(parents=True, exist_ok=True)
    partial = store.with_suffix(".partial")
    pq.write_table(table, partial)
    partial.replace(store)
    return table


_measures: dict[str, list[Measure]] = {}


def _load(return_name: str) -> list[Measure]:
    if return_name not in _measures:
        from carewatch.measures.service import measures

        _measures[return_name] = measures(return_name)
    return _measures[return_name]


def read_job(job: Job) -> None:
    """Read and type a job's returns and keep them, unless kept already, so computing them later reads Parquet only."""
    for path, year in ((job.current, job.year), (job.previous, str(CollectionYear.parse(job.year).previous))):
        if path is not None and not _kept(path):
            _keep(job.return_name, path, year)
    if job.postcodes is not None:
        postcodes(job.postcodes)


def compute_job(job: Job, threads: int | None = 1) -> tuple[pa.Table, list[str]]:
    """One council-year's measures; the ids of those it could not compute."""
    current = typed(job.return_name, job.current, job.year)
    previous = typed(job.return_name, job.previous, str(current.year.previous)) if job.previous else None
    reference = {"postcodes": postcodes(job.postcodes)} if job.postcodes else {}
    found = population_0_17(job.la_code, current.year)
    table, skipped = compute(_load(job.return_name), current, previous, la_code=job.la_code,
                             population_0_17=found[0] if found else None, reference=reference, threads=threads)
    return table, [m.id for m, _ in skipped]


def pooled_job(job: Job, kept: dict[Path, Submission] | None = None) -> "Pooled":
    """A job's submission as engine.pooled takes it, keyed "<la_code>|<year>". Returns already read (`kept`, by
    path: last year's census is this year's previous one) are not read again; those read are added."""
    from carewatch.engine.pooled import Pooled

    kept = {} if kept is None else kept

    def read(path: Path, year: str) -> Submission:
        if path not in kept:
            kept[path] = typed(job.return_name, path, year)
        return kept[path]

    current = read(job.current, job.year)
    previous = read(job.previous, str(current.year.previous)) if job.previous else None
    reference = {"postcodes": postcodes(job.postcodes)} if job.postcodes else {}
    found = population_0_17(job.la_code, current.year)
    return Pooled(f"{job.la_code}|{job.year}", current, previous, job.la_code, found[0] if found else None, reference)


def compute_group(jobs: list[Job], threads: int | None = None) -> tuple[pa.Table, dict[str, list[str]], dict[str, str]]:
    """The measures of jobs of one return, pooled a year at a time (oldest first, each year's returns kept for
    the next, whose previous returns they may be): the rows, the ids each job could not compute (by
    "<la_code>|<year>") and the measures run per council instead of pooled (and why)."""
    from carewatch.engine.pooled import compute_pooled

    tables: list[pa.Table] = []
    missed: dict[str, list[str]] = {}
    fallback: dict[str, str] = {}
    kept: dict[Path, Submission] = {}
    for year in sorted({j.year for j in jobs}):
        read = dict(kept)
        subs = [pooled_job(j, read) for j in jobs if j.year == year]
        run = compute_pooled(_load(jobs[0].return_name), subs, threads=threads)
        tables.append(run.table)
        fallback.update(run.per_submission)
        for key, m, _ in run.skipped:
            missed.setdefault(key, []).append(m.id)
        kept = {p: read[p] for p in (j.current for j in jobs if j.year == year)}  # this year's: next year's previous
    return pa.concat_tables(tables) if tables else RESULT_SCHEMA.empty_table(), missed, fallback


def _chunks(items: list, n: int) -> list[list]:
    """items in n contiguous runs (fewer when there are fewer items)."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, at = [], 0
    for i in range(n):
        step = size + (1 if i < extra else 0)
        out.append(items[at:at + step])
        at += step
    return out


def measure_councils(
    folder: Path, workers: int | None = None, on_done: Callable[[Job], None] | None = None, pooled: bool = True
) -> Run:
    """Every measure for every council and year in the folder. Returns are read (or their typed copies loaded)
    and measured in `workers` processes (default: one per core). Pooled (the default), each process takes one
    return (or a run of its years) and measures all councils of a year at once (engine.pooled), DuckDB on one
    thread when there are several processes; else each measures one council-year, DuckDB on one thread.
    Pooled or not, the rows are the same."""
    jobs = jobs_in(folder)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    for return_name in {j.return_name for j in jobs}:
        _load(return_name)  # check the measure files once, before the workers start (they read the cached checks)
    tables: list[pa.Table] = []
    skipped: dict[str, int] = {}
    if pooled:
        # One group per return (or per run of years, when there are more workers than returns), years in order
        # within it, so each census is read once though it is also next year's previous one.
        returns = sorted({j.return_name for j in jobs})
        groups = [[j for j in jobs if j.return_name == r and j.year in years]
                  for r in returns for years in _chunks(sorted({j.year for j in jobs if j.return_name == r}), workers // len(returns))]
        per_council: dict[str, str] = {}
        threads = 1 if workers > 1 and len(groups) > 1 else None
        work = [(g, threads) for g in groups]
        for (group, _), (table, missed, fallback) in zip(work, in_processes(compute_group, work, workers), strict=True):
            tables.append(table)
            per_council.update(fallback)
            for ids in missed.values():
                for m in ids:
                    skipped[m] = skipped.get(m, 0) + 1
            for job in group:
                if on_done:
                    on_done(job)
        table = pa.concat_tables(tables) if tables else RESULT_SCHEMA.empty_table()
        return Run(table, skipped, len(jobs), time.perf_counter() - started, per_council)
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
