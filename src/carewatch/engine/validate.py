"""The validation service the CLI, the web app and the API share: read a return (and last year's), load the
reference lists given, run the year's rules, and hand back what was found and what could not be checked."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carewatch import settings
from carewatch.engine import geo
from carewatch.engine.reference_lists import read_reference
from carewatch.engine.rules import Rule, load_rules, rules_for
from carewatch.engine.run import Validation, validate
from carewatch.returns.readers import read_return
from carewatch.returns.submission import Submission


@dataclass
class ValidationRun:
    submission: Submission
    previous: Submission | None
    result: Validation


def rules(return_name: str) -> list[Rule]:
    return load_rules(return_name, cache_dir=settings.home() / "cache")


def validate_files(
    return_name: str,
    paths: list[Path],
    year: str,
    previous: list[Path] | None = None,
    reference: dict[str, Path] | None = None,
    la_code: str | None = None,
    on_rule: Callable[[Rule], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> ValidationRun:
    # Read (and so refuse unusable files) before loading the rules, which may need checking first.
    submission = read_return(return_name, paths, year)
    last = read_return(return_name, previous, str(submission.year.previous)) if previous else None
    ref_tables = {name: read_reference(return_name, name, path) for name, path in (reference or {}).items()}
    registry = rules(return_name)
    if on_start:
        on_start(len(rules_for(registry, submission.year)))
    result = validate(
        registry, submission, last, ref_tables, la_code=la_code, on_rule=on_rule,
        extra_setup=geo.add_episodes_geo,
    )
    return ValidationRun(submission, last, result)

