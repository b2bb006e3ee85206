"""A whole synthetic council: its 903 return and its CIN census, with the same children under the same ids.

Every child looked after during the year is also a child in need, so each child in the 903 header appears in
the CIN census with the same LAchildID and date of birth; the census adds the council's other children in
need (about eight for every child looked after, as in England's published figures)."""

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from carewatch.synth.cin import CensusSummary, write_census
from carewatch.synth.ssda903 import Summary, write_council

CIN_PER_CLA = 8


@dataclass
class CouncilSummary:
    ssda903: Summary
    cin: CensusSummary


def write_both(out: Path, year: str = "2025-26", children: int = 1000, seed: int = 0, la_code: str = "839",
               inject_errors: int = 0, cin_children: int | None = None) -> CouncilSummary:
    """`children` is the size of the 903 return; the CIN census is `cin_children` (at least every child in the
    903), by default about CIN_PER_CLA times larger. inject_errors breaks that many records in each return
    (answer keys beside each)."""
    s903 = write_council(out / "903", year=year, children=children, seed=seed, la_code=la_code, inject_errors=inject_errors)
    with (out / "903" / "current" / "header.csv").open(newline="", encoding="utf-8") as f:
        known = [(r["CHILD"], datetime.strptime(r["DOB"], "%d/%m/%Y").date()) for r in csv.DictReader(f)]
    cin = write_census(out / "cin" / "cin_census.xml", year=year, children=max(len(known), cin_children or len(known) * CIN_PER_CLA), seed=seed,
                       la_code=la_code, known=known, inject_errors=inject_errors)
    return CouncilSummary(s903, cin)
