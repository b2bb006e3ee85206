"""The life of a synthetic child looked after, as the SSDA903 sees it: periods of care made of contiguous
episodes, legal-status journeys, placement moves, adoption, missing episodes, social workers and leaving care.

Every child's history is built once on one timeline; each collection year's return is a slice of it (see
ssda903.py), so last year's and this year's returns agree as the year-on-year rules require.
The model follows the DfE's 903 guidance and validation rules (carewatch's copies of the rules are in
returns/ssda903/rules); rule codes are named where a choice is made to satisfy one."""

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from carewatch.synth.geography import Geography

DAY = timedelta(days=1)
FOSTER = ("U1", "U2", "U3", "U4", "U5", "U6")
RELATIVE_FOSTER = ("U1", "U2", "U3")
TEMPORARY = ("T0", "T1", "T2", "T3", "T4")


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def age_at(dob: date, d: date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


@dataclass(slots=True)
class Carer:
    """Where a child lives: the placement type family, provider code, Ofsted URN and postcode."""

    place: str
    provider: str | None
    urn: str | None
    postcode: str | None


@dataclass(slots=True)
class Episode:
    decom: date
    rne: str
    ls: str
    cin: str
    place: str
    provider: str | None
    home_post: str | None
    pl_post: str | None
    urn: str | None
    dec: date | None = None
    rec: str | None = None
    reason: str | None = None  # REASON_PLACE_CHANGE, on the ceasing episode


@dataclass(slots=True)
class Adoption:
    decided: date  # DATE_PLACED in PlacedAdoption, DATE_INT in AD1 (rule 523: the same date)
    reversed_on: date | None = None
    reversal_reason: str | None = None
    matched: date | None = None
    foster_care: str | None = None
    adopters: tuple[str, str, str] | None = None  # NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR
    order: date | None = None  # adoption order = DEC of the last episode (E11/E12)


@dataclass(slots=True)
class Child:
    id: str
    sex: str  # M or F; written as 1/2 before 2024-25
    dob: date
    ethnic: str
    upn: str
    mother: bool = False
    mc_dob: date | None = None
    uasc: bool = False
    short_breaks: bool = False
    episodes: list[Episode] = field(default_factory=list)
    missing: list[tuple[str, date, date | None]] = field(default_factory=list)
    reviews: list[date] = field(default_factory=list)
    review_codes: list[str] = field(default_factory=list)
    social_workers: list[list] = field(default_factory=list)  # [SW_ID, SW_DECOM, SW_DEC, SW_REASON]
    adoption: Adoption | None = None
    prev_perm: tuple[str, str | None, str | None] = ("Z1", None, None)
    dolo: list[tuple[date, date | None]] = field(default_factory=list)
    seed: int = 0


class Council:
    """The council's stock of carers, homes and social workers that children are placed with or allocated."""

    def __init__(self, geo: Geography, rng: random.Random, children: int, la_code: str, place_codes: set[str]):
        self.geo = geo
        self.la_code = la_code
        self.place_codes = place_codes
        self._urns: set[str] = set()
        home_n = max(60, children // 3)
        self.homes = [geo.postcode(geo.home, rng) for _ in range(home_n)] + [
            geo.postcode(rng.choice(geo.near), rng) for _ in range(max(6, children // 30))
        ]
        la_fostering = self._urn(rng)
        agencies = [self._urn(rng) for _ in range(8)]
        voluntary = [self._urn(rng) for _ in range(3)]
        self.foster: list[Carer] = []
        for _ in range(max(40, children // 3)):
            r = rng.random()
            if r < 0.55:
                self.foster.append(Carer("U", "PR1", la_fostering, self._where(rng, 0.85, 0.15)))
            elif r < 0.95:
                self.foster.append(Carer("U", "PR4", rng.choice(agencies), self._where(rng, 0.5, 0.4)))
            else:
                self.foster.append(Carer("U", "PR5", rng.choice(voluntary), self._where(rng, 0.5, 0.4)))
        self.k2: list[Carer] = []
        for _ in range(max(8, children // 40)):
            r = rng.random()
            if r < 0.2:  # the council's own homes are inside its area (rule 1015)
                self.k2.append(Carer("K2", "PR1", self._urn(rng), self._where(rng, 1.0, 0.0)))
            elif r < 0.9:
                self.k2.append(Carer("K2", "PR4", self._urn(rng), self._where(rng, 0.4, 0.4)))
            else:
                self.k2.append(Carer("K2", "PR5", self._urn(rng), self._where(rng, 0.4, 0.4)))
        self.k1 = [Carer("K1", "PR2", self._urn(rng), self._where(rng, 0.0, 0.5)) for _ in range(3)]
        self.k3 = [Carer("K3", rng.choice(("PR4", "PR5")), self._urn(rng), self._where(rng, 0.6, 0.3)) for _ in range(max(4, children // 150))]
        self.s1 = [Carer("S1", rng.choice(("PR4", "PR5")), self._urn(rng), self._where(rng, 0.2, 0.5)) for _ in range(3)]
        self.r5 = [Carer("R5", "PR3", None, self._where(rng, 0.0, 0.3)) for _ in range(2)]
        self.hospital = [self._where(rng, 0.7, 0.3) for _ in range(2)]
        self.other_places = sorted(c for c in place_codes if c.startswith("Z"))
        self.other_posts = [self._where(rng, 0.5, 0.4) for _ in range(3)]
        self.temp_carers = [self._where(rng, 0.8, 0.2) for _ in range(max(5, children // 100))]
        self.social_workers = [f"SW{n:06d}" for n in rng.sample(range(1, 999_999), max(10, children // 12))]
        self.voluntary_adoption = voluntary
        la_codes = sorted(c for c in _council_codes() if c != la_code)
        self.other_las = rng.sample(la_codes, 10)

    def _urn(self, rng: random.Random) -> str:
        while True:
            # Ofsted URNs: SC + 6 digits, or 7 digits for newer registrations (DfE 903 guidance, URN)
            urn = f"SC{rng.randint(100000, 999999)}" if rng.random() < 0.8 else str(rng.randint(1000000, 2999999))
            if urn not in self._urns:
                self._urns.add(urn)
                return urn

    def _where(self, rng: random.Random, p_in: float, p_near: float) -> str:
        r = rng.random()
        geo = self.geo
        if r < p_in:
            return geo.postcode(geo.home, rng)
        if r < p_in + p_near:
            return geo.postcode(rng.choice(geo.near), rng)
        return geo.postcode(rng.choice(geo.far), rng)


def _council_codes() -> list[str]:
    from carewatch.synth.geography import council_codes

    return [c for c, (_, valid_to) in council_codes().items() if not valid_to]


class Rejected(Exception):
    """This draw of a child's history does not fit the years asked for; draw again."""


class Builder:
    """Builds one period of care as episodes, one change at a time."""

    def __init__(self, rng: random.Random, child: Child, council: Council, home_post: str | None, cin: str):
        self.rng = rng
        self.child = child
        self.council = council
        self.home_post = home_post
        self.cin = cin
        self.eps: list[Episode] = []
        self.ls = ""
        self.carer: Carer = Carer("", None, None, None)
        self.place = ""

    # -- state changes -----------------------------------------------------------------------------------
    def start(self, when: date, ls: str, place: str, carer: Carer) -> None:
        self.ls, self.place, self.carer = ls, place, carer
        self._open(when, "S")

    def change(self, when: date, ls: str | None = None, place: str | None = None, carer: Carer | None = None,
               reason: str | None = None) -> None:
        """A new episode: RNE follows from what changed (L legal status; P placement and carer; T placement,
        same carer; B legal status, placement and carer; U legal status and placement, same carer)."""
        last = self.eps[-1]
        if when <= last.decom:
            raise Rejected("episodes must last at least a day (rule 355)")
        ls_changed = ls is not None and ls != self.ls
        new_carer = carer is not None and carer is not self.carer
        place_changed = new_carer or (place is not None and place != self.place)
        if not ls_changed and not place_changed:
            return
        if ls_changed and not place_changed:
            rne = "L"
        elif ls_changed:
            rne = "B" if new_carer else "U"
        else:
            rne = "P" if new_carer else "T"
        if place_changed and self.place not in TEMPORARY and (place or self.place) not in TEMPORARY:
            last.reason = reason or "CARPL"  # rule 225: a placement change names its reason on the ceasing episode
        last.dec, last.rec = when, "X1"
        if ls is not None:
            self.ls = ls
        if carer is not None:
            self.carer = carer
        if place is not None:
            self.place = place
        self._open(when, rne)

    def end(self, when: date, rec: str) -> None:
        last = self.eps[-1]
        if when <= last.decom:
            raise Rejected("episodes must last at least a day (rule 355)")
        last.dec, last.rec = when, rec

    def _open(self, when: date, rne: str) -> None:
        c = self.carer
        pl_post = self.home_post if self.place == "P1" else c.postcode
        self.eps.append(Episode(when, rne, self.ls, self.cin, self.place, c.provider, self.home_post, pl_post, c.urn))

    # -- choosing where a child lives -----------------------------------------------------------------------
    def foster_carer(self, long_term: bool = False, relative: bool | None = None) -> tuple[str, Carer]:
        rng = self.rng
        carer = pick(rng, self.council.foster)
        relative = rng.random() < 0.2 if relative is None else relative
        if relative:
            place = "U1" if long_term else "U3"
        else:
            place = "U4" if long_term else "U6"
        return place, carer

    def setting_for(self, on: date, ls: str) -> tuple[str, Carer]:
        """A placement that fits the child's age on `on` (K3 from 16, rule 371; S1 from 4, rule 373)."""
        rng, council = self.rng, self.council
        age = age_at(self.child.dob, on)
        r = rng.random()
        if age >= 16 and r < 0.3 and "K3" in council.place_codes:
            return "K3", pick(rng, council.k3)
        if age >= 11 and r < 0.45:
            return "K2", pick(rng, council.k2)
        if age >= 8 and 0.45 <= r < 0.465:
            return "S1", pick(rng, council.s1)
        if age >= 12 and 0.465 <= r < 0.475 and council.other_places:
            # "other" placements (Z11-Z14 from 2025-26): no provider code or URN (rules 213, 222)
            return pick(rng, council.other_places), Carer("Z", None, None, pick(rng, council.other_posts))
        if ls in ("C1", "C2") and r > 0.92:  # placed with parents: never under s20 (rule 378)
            return "P1", Carer("P1", "PR0", None, self.home_post)
        return self.foster_carer()


def days(rng: random.Random, lo: int, hi: int) -> timedelta:
    """lo to hi days, inclusive (random() is several times faster than randint, and this is the hot path)."""
    return timedelta(days=lo + int(rng.random() * (hi - lo + 1)))


def pick[T](rng: random.Random, seq: Sequence[T]) -> T:
    return seq[int(rng.random() * len(seq))]
