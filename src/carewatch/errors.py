"""Errors a user can act on. The CLI prints them as one line and exits 2; no traceback reaches a user."""

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    """Unusable input: names the file, and where known the row (line or XPath) and column, and what was expected."""

    file: str
    problem: str
    row: int | str | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", {'line' if isinstance(self.row, int) else 'at'} {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.problem}"
