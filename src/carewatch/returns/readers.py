"""One entry point for every return's reader. A reader's module is imported when its return is first read, so
validating a 903 does not load the CIN census reader, and the reverse."""

from importlib import import_module
from pathlib import Path

from carewatch.returns.submission import Submission

READERS = {"ssda903": ("carewatch.returns.ssda903.read", "read_903"), "cin": ("carewatch.returns.cin.read", "read_cin")}


def read_return(return_name: str, paths: list[Path], year: str) -> Submission:
    module, function = READERS[return_name]
    return getattr(import_module(module), function)(paths, year)
