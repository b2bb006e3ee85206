"""Collection years: "2025-26" runs from 1 April 2025 to 31 March 2026."""

import re
from dataclasses import dataclass
from datetime import date

_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class CollectionYear:
    start_year: int

    @classmethod
    def parse(cls, text: str) -> "CollectionYear":
        m = _YEAR.match(text.strip())
        if not m or (int(m.group(1)) + 1) % 100 != int(m.group(2)):
            raise ValueError(f"a collection year looks like 2025-26, not {text!r}")
        return cls(int(m.group(1)))

    @property
    def start(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 3, 31)

    @property
    def previous(self) -> "CollectionYear":
        return CollectionYear(self.start_year - 1)

    def __str__(self) -> str:
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"


def in_range(year: CollectionYear, spec: str) -> bool:
    """True when `year` lies in a range written `2023-24..`, `..2024-25`, `2023-24..2024-25` or `2025-26`."""
    first, sep, last = spec.partition("..")
    if not sep:
        return year == CollectionYear.parse(first)
    return (not first or CollectionYear.parse(first) <= year) and (not last or year <= CollectionYear.parse(last))
