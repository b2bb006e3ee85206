"""English councils with children's services: DfE 3-digit code, ONS code, names, and statistical neighbours,
read at run time from the reference copies in `data/` (sources and licence in data/SOURCES.md).

A council's identity is time-bound (domain rule 15): "Dorset" is 835 before 1 April 2019 and 838 after; the
councils abolished in a reorganisation keep their own codes and are never merged with their successors.
"""

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Council:
    la_code: str  # DfE 3-digit code
    ons_code: str
    name: str
    region: str  # ONS region (the lookup's); Ofsted's own regions come with the national record
    valid_from: date | None = None
    valid_to: date | None = None

    def current_on(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None
        return (self.valid_from is None or day >= self.valid_from) and (self.valid_to is None or day <= self.valid_to)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("carewatch.inspections").joinpath("data", name).read_text(encoding="utf-8-sig")
    return list(csv.DictReader(text.splitlines()))


def name_key(name: str) -> str:
    """A council's name reduced to what identifies it: "Somerset County Council", "somerset" and "Somerset"
    match; "Bournemouth, Christchurch & Poole" and "Bournemouth, Christchurch and Poole" match."""
    key = name.lower().replace("&", " and ").replace("’", "'")
    key = re.sub(r"children'?s (social care )?services?", " ", key)  # "Medway Children's Services"
    letters = " ".join(re.sub(r"[^a-z]+", " ", key).split())
    generic = r"\b(the|council|county|city|metropolitan|borough|district|royal|london|of|local authority|unitary authority)\b"
    return " ".join(re.sub(r"[^a-z]+", " ", re.sub(generic, " ", key)).split()) or letters


@cache
def councils() -> tuple[Council, ...]:
    former = {r["la_code"]: r for r in _rows("former_councils.csv")}
    successors = {r["la_code"]: date.fromisoformat(r["valid_from"]) for r in _rows("successor_councils.csv")}
    found: dict[str, Council] = {}
    for r in _rows("Provider_data_lookup.csv"):
        code = r["la_code"].strip()
        if not code.isdigit() or code in found:
            continue
        gone = former.get(code)
        found[code] = Council(
            la_code=code,
            ons_code=r["la_code_new"].strip() or (gone["ons_code"] if gone else ""),
            name=r["local_authority_ons_name"].strip(),
            region=r["region_name"].strip(),
            valid_from=successors.get(code),
            valid_to=date.fromisoformat(gone["valid_to"]) if gone else None,
        )
    for code, r in former.items():  # former councils the lookup does not carry (Dorset 835, Poole, Bournemouth)
        if code not in found:
            found[code] = Council(code, r["ons_code"], r["name"], "", None, date.fromisoformat(r["valid_to"]))
    return tuple(found.values())


@cache
def _aliases() -> dict[str, list[Council]]:
    by_code = {c.la_code: c for c in councils()}
    names: dict[str, list[Council]] = {}

    def add(alias: str, council: Council) -> None:
        key = name_key(alias)
        if key and council not in names.setdefault(key, []):
            names[key].append(council)

    for c in councils():
        add(c.name, c)  # "Bristol, City of" and "City of Bristol" share a key
    for r in _rows("Provider_data_lookup.csv"):
        council = by_code.get(r["la_code"].strip())
        if council:
            listed = r["also_known_as"].strip("[] ")
            # a comma-separated list whose items may themselves hold commas ("Bournemouth, Christchurch & Poole")
            for alias in [listed, *listed.split(",")]:
                if alias.strip():
                    add(alias.strip(), council)
    return names


def by_name(name: str, on: date | None = None) -> Council | None:
    """The council a report names, as it was on the day given (the inspection's end date)."""
    key = name_key(name)
    candidates = _aliases().get(key, [])
    if not candidates and key:  # "East Riding" for East Riding of Yorkshire, "Newcastle" for Newcastle upon Tyne
        candidates = [c for alias, found in _aliases().items() if alias.startswith(key + " ") for c in found]
        candidates = list(dict.fromkeys(candidates))
    current = [c for c in candidates if c.current_on(on)]
    if len(current) == 1:
        return current[0]
    return candidates[0] if len(candidates) == 1 else None


def by_code(la_code: str) -> Council | None:
    return next((c for c in councils() if c.la_code == la_code), None)


def by_ons(ons_code: str) -> Council | None:
    return next((c for c in councils() if c.ons_code == ons_code), None)


@dataclass(frozen=True)
class Neighbour:
    la_code: str
    rank: int
    closeness: str


@cache
def _neighbours() -> dict[str, tuple[Neighbour, ...]]:
    table: dict[str, tuple[Neighbour, ...]] = {}
    for r in _rows("sn_model_2025_wide.csv"):
        table[r["old_la_code"].strip()] = tuple(
            Neighbour(r[f"SN_{i}"].strip(), i, r[f"SN_{i}P"].strip())
            for i in range(1, 11)
            if r.get(f"SN_{i}", "").strip()
        )
    return table


def neighbours(la_code: str) -> tuple[Neighbour, ...]:
    """The council's 10 statistical neighbours, closest first (DfE children's services statistical neighbour
    model, 2025). Empty for a council the model does not cover (e.g. one abolished before 2025)."""
    return _neighbours().get(la_code, ())
