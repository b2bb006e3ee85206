"""Working days in England: Monday to Friday less the England and Wales bank holidays.

Bank holidays come from govuk-bank-holidays' offline copy of https://www.gov.uk/bank-holidays.json (no network
at run time); a council can add closure days of its own (the web app's admin keeps them). Deadlines that
need it: action plan 70 working days after an inspection report, draft 20 working days after a focused visit
with priority actions (domain.md §1.5, rule 4).
"""

import json
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache
from importlib.resources import files


@cache
def bank_holidays() -> frozenset[date]:
    # The package's bundled copy of the GOV.UK feed, read directly: its class would import an HTTP client
    # at every start-up only to not use it.
    feed = json.loads(files("govuk_bank_holidays").joinpath("bank-holidays.json").read_text(encoding="utf-8"))
    return frozenset(date.fromisoformat(e["date"]) for e in feed["england-and-wales"]["events"])


def known_until() -> date:
    """The last date the bank-holiday list covers; later deadlines may miss a holiday not yet announced."""
    return date(max(bank_holidays()).year, 12, 31)


class WorkingDays:
    def __init__(self, extra_closed: Iterable[date] = ()) -> None:
        self.closed = bank_holidays() | frozenset(extra_closed)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def add(self, start: date, n: int) -> date:
        """The date n working days after start (start itself does not count), or before it when n < 0."""
        step = 1 if n >= 0 else -1
        day, left = start, abs(n)
        while left:
            day += timedelta(days=step)
            if self.is_working_day(day):
                left -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after start up to and including end; negative when end is before start."""
        if end < start:
            return -self.between(end, start)
        return sum(1 for i in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(days=i)))
