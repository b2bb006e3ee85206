"""A synthetic map for a synthetic council: postcodes with OS grid references, inside the council and in a few
other councils near and far, so the placement-distance and placement-location rules have something to work on.

Postcodes start with X (no real UK postcode area does), so they can never be mistaken for real addresses.
Coordinates are invented: the council's centre is drawn from its code, not its real position. The LA codes
(DfE and ONS) are real and come from carewatch's LA reference list."""

import csv
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

LA_LIST = Path(__file__).parents[1] / "reference" / "local_authorities.csv"
# ONS entity codes where the lower and upper tier are one council (unitary, metropolitan, London): a postcode's
# `laua` is then also the council that looks after its children.
SINGLE_TIER = ("E06", "E08", "E09")
MILE_M = 1609.3  # the DfE's PL_DISTANCE divides metres by 1000 and by 1.6093


@dataclass
class Area:
    ons_code: str
    prefix: str  # postcode area letters, e.g. "XA"
    east: float
    north: float
    radius_m: float
    postcodes: list[str] = field(default_factory=list)


@dataclass
class Geography:
    la_code: str
    ons_code: str
    home: Area
    near: list[Area]
    far: list[Area]
    grid: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # postcode -> (east, north, laua)

    def postcode(self, area: Area, rng: random.Random) -> str:
        """A new postcode in `area`, placed at random inside its circle."""
        while True:
            district = rng.randint(1, 29)
            code = f"{area.prefix}{district} {rng.randint(1, 9)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
            if code not in self.grid:
                break
        angle = rng.random() * 2 * math.pi
        dist = area.radius_m * math.sqrt(rng.random())
        east = int(area.east + dist * math.cos(angle))
        north = int(area.north + dist * math.sin(angle))
        self.grid[code] = (east, north, area.ons_code)
        area.postcodes.append(code)
        return code

    def distance_miles(self, a: str, b: str) -> float:
        ea, na, _ = self.grid[a]
        eb, nb, _ = self.grid[b]
        return round(math.hypot(ea - eb, na - nb) / 1000 / 1.6093, 1)

    def write(self, path: Path) -> None:
        """ONS Postcode Directory column names: pcd, oseast1m, osnrth1m, laua."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["pcd", "oseast1m", "osnrth1m", "laua"])
            for code in sorted(self.grid):
                east, north, laua = self.grid[code]
                w.writerow([code, east, north, laua])


_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the letters Royal Mail uses in the inward code


def council_codes() -> dict[str, tuple[str, str]]:
    """DfE 3-digit code -> (ONS code, valid_to) from carewatch's LA list."""
    with LA_LIST.open(encoding="utf-8", newline="") as f:
        return {r["la_code"]: (r["ons_code"], r["valid_to"]) for r in csv.DictReader(f)}


def make_geography(la_code: str, rng: random.Random) -> Geography:
    codes = council_codes()
    if la_code not in codes:
        raise ValueError(f"unknown DfE LA code {la_code!r}: expected one of the 3-digit codes in {LA_LIST.name}")
    ons = codes[la_code][0]
    # Other councils children may be placed with: current single-tier councils, chosen by the seed.
    others = sorted(o for c, (o, valid_to) in codes.items() if c != la_code and not valid_to and o[:3] in SINGLE_TIER and o != ons)
    chosen = rng.sample(others, 8)
    seed_pos = sum(ord(ch) * 31**i for i, ch in enumerate(la_code))
    cx = 380_000 + seed_pos % 150_000
    cy = 150_000 + (seed_pos // 7) % 300_000
    home = Area(ons, "XA", cx, cy, 8_000)

    def ring(i: int, ons_code: str, lo_km: float, hi_km: float) -> Area:
        angle = rng.random() * 2 * math.pi
        d = rng.uniform(lo_km, hi_km) * 1000
        return Area(ons_code, "X" + "BCDEFGHJ"[i], cx + d * math.cos(angle), cy + d * math.sin(angle), 5_000)

    near = [ring(i, code, 18, 30) for i, code in enumerate(chosen[:6])]
    far = [ring(6 + i, code, 60, 180) for i, code in enumerate(chosen[6:])]
    return Geography(la_code, ons, home, near, far)
