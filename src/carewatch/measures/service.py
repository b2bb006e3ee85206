"""Compute a council's measures from its return files: the service the CLI, web app and API share."""

from pathlib import Path

import pyarrow as pa

from carewatch.engine.measures import Measure, compute, load_measures
from carewatch.measures.population import population_0_17
from carewatch.returns.readers import read_return

# What a person may type for a return, and the name the code uses.
RETURN_NAMES = {"903": "ssda903", "ssda903": "ssda903", "cin": "cin"}


def measures(return_name: str) -> list[Measure]:
    from carewatch import settings

    return load_measures(return_name, cache_dir=settings.home() / "cache")


def measure_files(
    return_name: str,
    paths: list[Path],
    year: str,
    previous: list[Path] | None = None,
    la_code: str | None = None,
    population: int | None = None,
    postcodes: Path | None = None,
) -> tuple[pa.Table, list[tuple[Measure, str]], list[str]]:
    submission = read_return(return_name, paths, year)
    last = read_return(return_name, previous, str(submission.year.previous)) if previous else None
    notes = []
    if population is None and la_code:
        found = population_0_17(la_code, submission.year)
        if found:
            population = found[0]
            if found[1] != submission.year.start_year:
                notes.append(f"rates use the ONS mid-{found[1]} population estimate ({found[0]:,}), the latest published")
    reference = {}
    if postcodes is not None:
        from carewatch.engine.reference_lists import read_reference

        reference["postcodes"] = read_reference("ssda903", "postcodes", postcodes)
    table, skipped = compute(measures(return_name), submission, last, la_code=la_code, population_0_17=population, reference=reference)
    return table, skipped, notes
