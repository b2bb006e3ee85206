"""English local authorities with children's services: DfE 3-digit and ONS codes, region, statistical
neighbours and code history. Plain Python (no Django) so the returns, measures and web code share one source.

Data: local_authorities.csv (built by `python -m carewatch.reference.build`) and code_changes.csv. Sources:
data-to-insight's Provider_data_lookup.csv (Ofsted URN, DfE/ONS codes, region, statistical neighbours),
explore-education-statistics LA files for councils that no longer exist, and the Structural Changes Orders
named in code_changes.csv. Crown copyright (DfE, Ofsted, ONS), Open Government Licence v3.0.

Rule (domain.md rule 15): LA identity is time-bound. A DfE code names one council for one period; a
predecessor and its successor are never merged in the same period.
"""

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = ("Provider_data_lookup.csv (data-to-insight/ofsted-ilacs-scrape-tool), explore-education-statistics "
          "LA files, Structural Changes Orders 2018/648, 2020/156, 2022/328, 2022/329, 2022/331")
LICENCE = "Open Government Licence v3.0 (Crown copyright: DfE, Ofsted, ONS)"


class UnknownLocalAuthority(LookupError):
    """A code that names no English local authority (on the date asked, if one was given)."""


@dataclass(frozen=True)
class LocalAuthority:
    la_code: str  # DfE 3-digit code ("old_la_code" in DfE statistics)
    ons_code: str  # ONS GSS code ("new_la_code"): E06 unitary, E08 met district, E09 London, E10 county
    name: str
    la_type: str
    region_code: str  # ONS region (E12...)
    region_name: str
    ofsted_urn: str
    valid_from: date | None  # None: before the period carewatch records
    valid_to: date | None  # None: still in existence
    stat_neighbours: tuple[str, ...]  # DfE codes, closest first (DfE/NFER model as published in the lookup)

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class CodeChange:
    date: date
    predecessors: tuple[str, ...]
    successors: tuple[str, ...]
    what: str
    legal_source: str


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def records() -> tuple[LocalAuthority, ...]:
    """Every record, including councils that no longer exist and earlier ONS codes."""
    with (HERE / "local_authorities.csv").open(encoding="utf-8", newline="") as f:
        return tuple(
            LocalAuthority(
                la_code=r["la_code"], ons_code=r["ons_code"], name=r["name"], la_type=r["la_type"],
                region_code=r["region_code"], region_name=r["region_name"], ofsted_urn=r["ofsted_urn"],
                valid_from=_day(r["valid_from"]), valid_to=_day(r["valid_to"]),
                stat_neighbours=tuple(r["stat_neighbours"].split()),
            )
            for r in csv.DictReader(f)
        )


@cache
def changes() -> tuple[CodeChange, ...]:
    with (HERE / "code_changes.csv").open(encoding="utf-8", newline="") as f:
        return tuple(
            CodeChange(date.fromisoformat(r["date"]), tuple(r["predecessors"].split()),
                       tuple(r["successors"].split()), r["what"], r["legal_source"])
            for r in csv.DictReader(f)
        )


def authorities(on: date | None = None) -> list[LocalAuthority]:
    """The councils in existence on a date (default: now), one record each, by DfE code."""
    found = [r for r in records() if (r.current if on is None else r.valid_on(on))]
    return sorted(found, key=lambda r: r.la_code)


def get(code: str, on: date | None = None) -> LocalAuthority:
    """The council a DfE 3-digit or ONS code names: on a date if given, else its latest record."""
    code = code.strip().upper()
    matches = [r for r in records() if code in (r.la_code, r.ons_code)]
    if on is not None:
        matches = [r for r in matches if r.valid_on(on)]
    if not matches:
        when = f" on {on.isoformat()}" if on else ""
        raise UnknownLocalAuthority(f"{code!r} is not an English local authority code{when} "
                                    "(expected a DfE 3-digit code such as 839 or an ONS code such as E06000058)")
    return max(matches, key=lambda r: r.valid_from or date.min)


def successors(la_code: str) -> list[str]:
    """DfE codes that took over from this council (empty if it still exists unchanged)."""
    return [s for c in changes() if la_code in c.predecessors for s in c.successors if s != la_code]


def predecessors(la_code: str) -> list[str]:
    return [p for c in changes() if la_code in c.successors for p in c.predecessors if p != la_code]
