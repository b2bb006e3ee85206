"""One entry point for every return's reader."""

from pathlib import Path

from carewatch.returns.cin.read import read_cin
from carewatch.returns.ssda903.read import read_903
from carewatch.returns.submission import Submission

READERS = {"ssda903": read_903, "cin": read_cin}


def read_return(return_name: str, paths: list[Path], year: str) -> Submission:
    return READERS[return_name](paths, year)
