"""Journeys through care for synthetic children: which legal statuses, placements and endings a period of care
goes through, drawn with rough national proportions (DfE "Children looked after in England" statistics) and
kept inside the DfE 903 guidance and validation rules (rule codes named where they decide a choice)."""

import random
from datetime import date

from carewatch.returns.years import CollectionYear
from carewatch.synth.ssda903_model import (
    DAY,
    FOSTER,
    RELATIVE_FOSTER,
    Adoption,
    Builder,
    Carer,
    Child,
    Council,
    Rejected,
    add_years,
    age_at,
    days,
    pick,
)

# Kinds of child in a council's current return (children looked after during the year and care leavers),
# with their shares; "gone" children left care last year and appear only in last year's return.
KINDS = (("continuing", 0.61), ("starting", 0.22), ("uasc", 0.04), ("short_breaks", 0.03), ("leaver", 0.10))
# Placements last about twice the given mean stays. Children differ: two times in three a child settles (its
# placements last four times as long); otherwise moves come over twice as often. With these, about one
# child in ten looked after at 31 March has had 3 or more placements in the year and about 68% of those in care
# 2.5 years have lived with the same carer for 2, as in England (DfE stability measures 2025: 10% and 69%).
STAY_SCALE = 2.0
SETTLED_SHARE, SETTLED_SCALE, UNSETTLED_SCALE = 0.65, 4.0, 0.45
AGE_AT_ENTRY = ((0, 0, 0.16), (1, 4, 0.15), (5, 9, 0.18), (10, 15, 0.39), (16, 17, 0.12))


def _weighted[T: tuple](rng: random.Random, options: tuple[T, ...]) -> T:
    r = rng.random() * sum(o[-1] for o in options)
    for o in options:
        r -= o[-1]
        if r <= 0:
            return o
    return options[-1]


def _safe_dob(d: date) -> date:
    """Keep birthdays off 29 February and off the turn of the collection year (28 March to 3 April), where
    whole-year ages and "12 months at 31 March" tests are most sensitive to how a tool counts years."""
    while (d.month, d.day) == (2, 29) or (d.month == 3 and d.day >= 28) or (d.month == 4 and d.day <= 3):
        d -= 6 * DAY
    return d


class Journeys:
    def __init__(self, council: Council, cur: CollectionYear, codes: dict[str, dict[str, str]]):
        self.council = council
        self.cur = cur
        self.prev = cur.previous
        # the year bounds are computed properties; read them once
        self.cur_start, self.cur_end = cur.start, cur.end
        self.prev_start, self.prev_end = self.prev.start, self.prev.end
        self.codes = codes
        self.ethnic = sorted(codes["ethnic"])
        self.sw_reasons = sorted(c for c in codes["sw_reason"] if c != "SWDIED")

    # -- the child -------------------------------------------------------------------------------------
    def child(self, index: int, seed: int, kind: str) -> Child:
        rng = random.Random(seed * 1_000_003 + index)
        for _ in range(60):
            try:
                return self._child(rng, index, kind)
            except Rejected:
                continue
        raise RuntimeError(f"could not draw child {index} of kind {kind}")  # pragma: no cover

    def _child(self, rng: random.Random, index: int, kind: str) -> Child:
        cur, prev = self.cur, self.prev
        sex = "M" if rng.random() < 0.56 else "F"
        eth = "WBRI" if rng.random() < 0.68 and "WBRI" in self.ethnic else pick(rng, self.ethnic)
        child = Child(f"{self.council.la_code}{index:07d}", sex, date(2000, 1, 1), eth, "", seed=rng.getrandbits(32))
        home = None if kind == "uasc" else pick(rng, self.council.homes)
        if kind == "short_breaks":
            self._short_breaks(rng, child, home)
        elif kind == "leaver":
            self._leaver(rng, child, home)
        else:
            if kind == "continuing":
                start = cur.start - days(rng, 20, 6 * 365)
            elif kind == "starting":
                start = cur.start + days(rng, 1, 350)
            elif kind == "uasc":
                start = cur.start - days(rng, -300, 700)
            else:  # gone: left care during last year
                start = prev.start - days(rng, -200, 3 * 365)
            self._period(rng, child, start, kind, home)
            if kind == "starting" and rng.random() < 0.1:
                self._earlier_period(rng, child, home, start)
        if not child.episodes:
            raise Rejected("no episodes")
        last = child.episodes[-1]
        if kind == "gone":
            if last.dec is None or not (prev.start < last.dec < prev.end):
                raise Rejected("a gone child leaves care during last year")
        elif kind not in ("leaver", "short_breaks"):
            if last.dec is not None and last.dec <= cur.start:
                raise Rejected("must be looked after during the current year")
        for e in child.episodes:
            if e.dec in (cur.end, prev.end) or (e.rne == "S" and e.decom in (cur.start, prev.start)):
                raise Rejected("keep care starts and ends off the collection-year boundaries")
        child.upn = self._upn(rng, index)
        self._mother(rng, child)
        if kind != "short_breaks":
            self._reviews(rng, child)
            self._missing(rng, child)
            self._social_workers(rng, child)
            self._dolo(rng, child)
        if any(e.rne == "S" for e in child.episodes):
            child.prev_perm = self._prev_perm(rng, child)
        return child

    def _upn(self, rng: random.Random, index: int) -> str:
        # A letter (not I, O or S) and 12 digits, the LA code first (rule 168; CIN rule 1530); the last nine
        # digits are a permutation of the child's number, so no two children share a UPN (rule 444).
        return f"{pick(rng, 'ABCDEFGHJKLMNPQRTUVWXYZ')}{self.council.la_code}{(index * 7919 + 104729) % 10**9:09d}"

    def _dob_for(self, rng: random.Random, start: date, lo: int, hi: int) -> date:
        age_days = rng.randint(lo * 365 + 10, hi * 365 + 355)
        dob = _safe_dob(start - age_days * DAY)
        if dob >= start:
            raise Rejected("born before care starts (rule 302)")
        return dob

    # -- periods of care -------------------------------------------------------------------------------
    def _period(self, rng: random.Random, child: Child, start: date, kind: str, home: str | None) -> None:
        cur = self.cur
        for _ in range(8):  # a child in care this year must still be under 18 on 1 April
            if kind == "uasc":
                lo, hi = 14, 17  # unaccompanied children seeking asylum are mostly older teenagers
            else:
                lo, hi, _ = _weighted(rng, AGE_AT_ENTRY)
            child.dob = self._dob_for(rng, start, lo, hi)
            if kind == "gone" or add_years(child.dob, 18) > cur.start + 30 * DAY:
                break
        age = age_at(child.dob, start)
        eighteen = add_years(child.dob, 18)
        # When the period would end if nothing else ended it: the child leaves at 18 at the latest.
        if kind == "gone":
            planned: date | None = self.prev_start + days(rng, 2, 360)
        elif kind == "continuing":
            planned = cur.start + days(rng, 2, 360) if rng.random() < 0.28 else None
        elif kind == "starting":
            planned = start + days(rng, 3, 300) if rng.random() < 0.35 else None
        else:
            planned = None
        if planned is not None and planned >= cur.end:
            planned = None
        at_eighteen = eighteen <= (planned or cur.end)
        if at_eighteen:
            planned = eighteen
        if planned is not None and planned <= start:
            raise Rejected("period too short")
        if kind == "uasc":
            child.uasc = True
            route = "uasc"
        elif age < 5 and rng.random() < 0.45 and kind != "gone" and not at_eighteen:
            route = "adopt"  # an adoption journey ends itself (adoption order) or is still under way
            planned = None
        elif age >= 12 and rng.random() < 0.07:
            route = pick(rng, ("remand", "remand", "pace", "pace", "order"))
        elif rng.random() < 0.72:  # about three in four children looked after are on care orders
            route = "care"
        else:
            route = "s20"
        cin = "N8" if route == "uasc" else _weighted(rng, (("N1", 60), ("N2", 4), ("N3", 3), ("N4", 8), ("N5", 15), ("N6", 2), ("N7", 0.3), ("N8", 7)))[0]
        b = Builder(rng, child, self.council, home, str(cin))
        stop = planned or cur.end + 400 * DAY  # simulate a little beyond the year for open periods
        if route == "pace":
            self._pace(rng, b, start, stop)
        elif route == "remand":
            self._remand(rng, b, start, stop)
        elif route == "order":
            self._youth_order(rng, b, start, stop)
        elif route == "adopt":
            if age == 0 and rng.random() < 0.15:
                self._consent_adoption(rng, b, start, stop)
            else:
                self._adopt(rng, b, start, stop)
        else:
            self._looked_after(rng, b, start, stop, route)
        eps = b.eps
        last = eps[-1]
        if last.rec is None and planned is not None:
            b.end(planned, self._leaving_code(rng, child, last.place, last.ls, planned, at_eighteen))
        # Trim what was simulated past the current year: those episodes have not happened yet.
        kept = [e for e in eps if e.decom <= cur.end]
        if kept and kept[-1].dec is not None and kept[-1].dec > cur.end:
            kept[-1].dec = kept[-1].rec = kept[-1].reason = None
        if kept and kept[-1].place in ("T0", "T1", "T2", "T3", "T4") and kept[-1].dec is not None:
            raise Rejected("a period cannot end with a temporary placement (rule 381)")
        child.episodes.extend(kept)
        if child.adoption and child.adoption.decided > cur.end:
            child.adoption = None

    def _earlier_period(self, rng: random.Random, child: Child, home: str | None, before: date) -> None:
        """A child coming back into care: an earlier period that ended with a return home, a gap of at least
        a day (rule 431) and a new period starting with RNE S (432)."""
        left = before - days(rng, 20, 400)
        first = left - days(rng, 60, 700)
        if first <= child.dob + DAY or age_at(child.dob, first) >= 16:
            raise Rejected("no room for an earlier period")
        b = Builder(rng, child, self.council, home, str(_weighted(rng, (("N1", 60), ("N4", 10), ("N5", 20), ("N8", 5)))[0]))
        self._looked_after(rng, b, first, left, pick(rng, ("care", "s20")))
        last = b.eps[-1]
        if last.rec is not None or last.place in ("T0", "T1", "T2", "T3", "T4"):
            raise Rejected("redraw")
        b.end(left, pick(rng, ("E4A", "E4A", "E4B", "E13")))
        child.episodes[:0] = b.eps

    def _leaving_code(self, rng: random.Random, child: Child, place: str, ls: str, when: date, at_eighteen: bool) -> str:
        age = age_at(child.dob, when)
        if ls in ("J1",):
            return pick(rng, ("E14", "E14", "E9"))
        if at_eighteen:
            # E17 only at 18 (rule 460), staying with carers; otherwise independent living (E5/E6)
            return "E17" if place in FOSTER else pick(rng, ("E5", "E6", "E5"))
        if child.uasc and rng.random() < 0.15:
            return "E15"
        options: list[tuple[str, float]] = [("E4A", 30), ("E4B", 8), ("E13", 8), ("E41", 8), ("E8", 3), ("E3", 2), ("E16", 1)]
        if place in FOSTER:  # special guardianship to former foster carers needs a U placement (rule 516)
            options.append(("E45" if place in RELATIVE_FOSTER else "E46", 14))
        options.append(("E47", 6) if rng.random() < 0.5 else ("E48", 4))
        if age >= 16:
            options += [("E5", 10), ("E6", 4)]
            if place not in FOSTER:
                options.append(("E7", 1))
        return str(_weighted(rng, tuple(options))[0])

    def _moves(self, rng: random.Random, b: Builder, start: date, stop: date, mean_stay: int) -> None:
        """Placement moves, a temporary placement now and then, and a move to supported accommodation at 16."""
        t = start
        temp_done = False
        scale = STAY_SCALE * (SETTLED_SCALE if rng.random() < SETTLED_SHARE else UNSETTLED_SCALE)
        while True:
            stay = max(20, int(rng.expovariate(1 / (mean_stay * scale))))
            t = t + stay * DAY
            if t >= stop - 5 * DAY:
                return
            if b.place in FOSTER and not temp_done and rng.random() < 0.15:
                temp_done = True
                self._temporary(rng, b, t, stop)
                continue
            if b.place in FOSTER and b.place in ("U3", "U6") and rng.random() < 0.2:
                b.change(t, place="U1" if b.place == "U3" else "U4", reason="PLACE")  # becomes long-term, same carer (T)
                continue
            place, carer = b.setting_for(t, b.ls)
            if carer is b.carer or (place == "P1" and b.place == "P1"):
                continue
            b.change(t, place=place, carer=carer, reason=pick(rng, ("CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND", "CLOSE", "OTHER")))

    def _temporary(self, rng: random.Random, b: Builder, when: date, stop: date) -> None:
        """A temporary move and back to the same carer (rule 383); no reason on the temporary episode (226)."""
        kind = pick(rng, ("T3", "T1", "T4"))
        length = {"T3": (5, 18), "T1": (3, 30), "T4": (2, 6)}[kind]  # limits: rules 375, 376, 379
        back = when + days(rng, *length)
        if back >= stop - 3 * DAY:
            return
        home_place, home_carer = b.place, b.carer
        post = pick(rng, self.council.hospital) if kind == "T1" else pick(rng, self.council.temp_carers)
        b.change(when, place=kind, carer=Carer(kind, None, None, post))
        b.change(back, place=home_place, carer=home_carer)

    def _looked_after(self, rng: random.Random, b: Builder, start: date, stop: date, route: str) -> None:
        child = b.child
        if route == "uasc":
            place, carer = b.setting_for(start, "V2")
            if place in ("P1", "S1"):
                place, carer = b.foster_carer(relative=False)
            b.start(start, "V2", place, carer)
            self._moves(rng, b, start, stop, 500)
            return
        if route == "s20":
            place, carer = b.setting_for(start, "V2")
            b.start(start, "V2", place, carer)
            if rng.random() < 0.2:  # s20 becomes care proceedings
                t1 = start + days(rng, 30, 200)
                if t1 < stop - 120 * DAY:
                    self._moves(rng, b, start, t1, 400)
                    b.change(t1, ls="C1")
                    t2 = t1 + days(rng, 60, 300)
                    if t2 < stop - 5 * DAY:
                        b.change(t2, ls="C2")
                        self._moves(rng, b, t2, stop, 450)
                    return
            self._moves(rng, b, start, stop, 400 if age_at(child.dob, start) < 10 else 250)
            return
        # care proceedings, sometimes after police protection or an emergency protection order
        r = rng.random()
        place, carer = b.foster_carer()
        if r < 0.1:
            b.start(start, "L1", place, carer)
            t = start + days(rng, 1, 3)  # police protection lasts at most 72 hours (rule 361)
        elif r < 0.18:
            b.start(start, "L2", place, carer)
            t = start + days(rng, 6, 20)  # an EPO lasts at most 21 days (rule 362)
        elif r < 0.2:
            b.start(start, "L3", place, carer)
            t = start + days(rng, 2, 6)  # a child assessment order lasts at most 7 days (rule 363)
        else:
            b.start(start, "C1", place, carer)
            t = start
        if t >= stop - 2 * DAY:
            raise Rejected("period too short for its journey")
        if t > start:
            if rng.random() < 0.3:
                p2, c2 = b.foster_carer()
                if c2 is b.carer:
                    b.change(t, ls="C1")
                else:
                    b.change(t, ls="C1", place=p2, carer=c2)
            else:
                b.change(t, ls="C1")
        t2 = t + days(rng, 60, 300)
        self._moves(rng, b, t, min(t2, stop), 350)
        if t2 >= stop - 5 * DAY:
            return
        b.change(t2, ls="C2")
        self._moves(rng, b, t2, stop, 450 if age_at(child.dob, t2) < 10 else 300)

    def _pace(self, rng: random.Random, b: Builder, start: date, stop: date) -> None:
        """A child charged and refused bail, transferred to council accommodation overnight (J2, PACE s38(6)):
        released after a night or two, or remanded by the court (J1). J2 at most 21 days (rule 364)."""
        place, carer = ("K1", pick(rng, self.council.k1)) if rng.random() < 0.3 else ("K2", pick(rng, self.council.k2))
        b.start(start, "J2", place, carer)
        out = start + days(rng, 1, 2)
        if out >= stop:
            raise Rejected("too short")
        if rng.random() < 0.3:
            b.change(out, ls="J1")
            end = out + days(rng, 10, 90)
            if end < stop:
                b.end(end, pick(rng, ("E14", "E14", "E9")))
        else:
            b.end(out, "E8")

    def _remand(self, rng: random.Random, b: Builder, start: date, stop: date) -> None:
        r = rng.random()
        if r < 0.4:
            place, carer = "K1", pick(rng, self.council.k1)
        elif r < 0.7:
            place, carer = "R5", pick(rng, self.council.r5)
        else:
            place, carer = b.foster_carer(relative=False)
        b.start(start, "J1", place, carer)
        end = start + days(rng, 14, 150)
        if end < stop:
            b.end(end, pick(rng, ("E14", "E14", "E9")))

    def _youth_order(self, rng: random.Random, b: Builder, start: date, stop: date) -> None:
        """A youth rehabilitation order with a residence or intensive fostering requirement (J3)."""
        place, carer = ("K2", pick(rng, self.council.k2)) if rng.random() < 0.5 else b.foster_carer(relative=False)
        b.start(start, "J3", place, carer)
        end = start + days(rng, 60, 180)
        if end < stop:
            b.end(end, pick(rng, ("E4A", "E8")))

    def _consent_adoption(self, rng: random.Random, b: Builder, start: date, stop: date) -> None:
        """A baby relinquished by its parents: accommodated (V2), placed for adoption with consent (A3 with
        the foster carers, who are also approved adopters, or A4 with new adopters) and adopted; no placement
        order is needed (rule 408 asks for one only for A5/A6), and the placement follows a foster placement (336)."""
        child = b.child
        with_carer = rng.random() < 0.4
        place, carer = ("U5", pick(rng, self.council.foster)) if with_carer else b.foster_carer(relative=False)
        b.start(start, "V2", place, carer)
        decided = start + days(rng, 10, 90)
        if decided >= stop - 5 * DAY:
            return
        adoption = Adoption(decided)
        child.adoption = adoption
        placed = decided + days(rng, 20, 120)
        if placed >= stop - 5 * DAY:
            return
        adoption.matched = max(decided, placed - days(rng, 7, 40))
        if with_carer:
            b.change(placed, place="A3", reason="CARPL")
            adoption.foster_care = "1"
        else:
            geo = self.council.geo
            adopters = geo.postcode(pick(rng, [geo.home] + geo.near), rng)
            b.change(placed, place="A4", carer=Carer("A4", "PR1", "XXXXXXX", adopters), reason="CARPL")
            adoption.foster_care = "0"
        order = placed + days(rng, 90, 250)
        if order >= stop:
            return
        adoption.adopters = self._adopters(rng)
        adoption.order = order
        b.end(order, "E11")  # the parents consented: unopposed

    def _adopters(self, rng: random.Random) -> tuple[str, str, str]:
        """NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR that agree with each other (rules 511, 514, 517-520, 524)."""
        if rng.random() < 0.2:
            return ("1", pick(rng, ("F1", "F1", "M1")), "L0")
        sex = str(_weighted(rng, (("MF", 80), ("FF", 10), ("MM", 10)))[0])
        status = pick(rng, ("L11", "L3")) if sex == "MF" else pick(rng, ("L12", "L2", "L4"))
        return ("2", sex, status)

    def _adopt(self, rng: random.Random, b: Builder, start: date, stop: date) -> None:
        """Care order, the decision that the child should be placed for adoption, a placement order (E1), a
        placement for adoption (A5 with the foster carers, A6 with new adopters) and the adoption order.
        Some decisions are reversed before a placement order (PlacedAdoption REASON_PLACED_CEASED)."""
        child = b.child
        place, carer = b.foster_carer(relative=False)
        b.start(start, "C1", place, carer)
        t = start + days(rng, 60, 250)
        if t >= stop - 5 * DAY:
            return
        b.change(t, ls="C2")
        decided = t + days(rng, 20, 150)  # on or after entering care (rules 1003, 334)
        if decided >= stop - 5 * DAY:
            return
        adoption = Adoption(decided)
        child.adoption = adoption
        order_made = decided + days(rng, 20, 120)  # decision on or before the placement order (rule 554)
        if rng.random() < 0.15:
            adoption.reversed_on = order_made
            adoption.reversal_reason = pick(rng, ("RD1", "RD2", "RD3", "RD4"))
            if order_made < stop - 5 * DAY:
                b.change(order_made, place="U4", reason="CARPL")
            return
        if order_made >= stop - 5 * DAY:
            return
        with_carer = rng.random() < 0.35
        placed = order_made + (days(rng, 0, 0) if rng.random() < 0.2 else days(rng, 20, 150))
        if placed != order_made:  # else the order and the placement are one episode: U (A5) or B (A6)
            b.change(order_made, ls="E1")
        if placed >= stop - 5 * DAY:
            return
        adoption.matched = placed - days(rng, 7, 60)  # matched before placed (rule 331), after the decision
        if adoption.matched < decided:
            adoption.matched = decided
        if with_carer:
            b.change(placed, ls="E1", place="A5", reason="CARPL")  # same carer: T, or U with the order
            adoption.foster_care = "1"
        else:
            adopters = self.council.geo.postcode(pick(rng, [self.council.geo.home] + self.council.geo.near + self.council.geo.far), rng)
            provider, urn = pick(rng, (("PR1", "XXXXXXX"), ("PR2", "XXXXXXX"), ("PR5", pick(rng, self.council.voluntary_adoption))))
            b.change(placed, ls="E1", place="A6", carer=Carer("A6", provider, urn, adopters), reason="CARPL")
            adoption.foster_care = "0"
        order = placed + days(rng, 90, 300)
        if order >= stop:
            return
        adoption.adopters = self._adopters(rng)
        adoption.order = order
        b.end(order, pick(rng, ("E11", "E11", "E11", "E12")))

    # -- other kinds of child --------------------------------------------------------------------------
    def _short_breaks(self, rng: random.Random, child: Child, home: str | None) -> None:
        """A disabled child on an agreed series of short breaks (V3): each break is its own period, at most 17
        days (rule 365) and 75 days a year (rule 367), in a registered care home so no URN or placement
        postcode is expected (rules 214, 218)."""
        cur, prev = self.cur, self.prev
        child.short_breaks = True
        child.dob = _safe_dob(cur.start - days(rng, 5 * 365, 16 * 365))
        t = prev.start + days(rng, 5, 60)
        while t < cur.end - 10 * DAY:
            length = rng.randint(2, 5)
            end = t + length * DAY
            child.episodes.append(_break(t, end, home))
            t = end + days(rng, 35, 70)

    def _leaver(self, rng: random.Random, child: Child, home: str | None) -> None:
        """A care leaver with a 17th, 18th or 19th birthday this year who left care before it, seen in last
        year's episodes (so rules 1001/1002 can find the time in care after 14 and 16)."""
        cur, prev = self.cur, self.prev
        birthday_age = pick(rng, (17, 18, 18, 19, 19))
        birthday = cur.start + days(rng, 3, 355)
        child.dob = _safe_dob(add_years(birthday, -birthday_age))
        sixteen = add_years(child.dob, 16)
        eighteen = add_years(child.dob, 18)
        # Left care in last year, after the 16th birthday and before this year's birthday.
        lo = max(prev.start + 2 * DAY, sixteen + 2 * DAY)
        hi = min(prev.end - 2 * DAY, eighteen)
        if lo >= hi:
            raise Rejected("cannot fit a leaving date")
        left = lo + rng.randint(0, (hi - lo).days) * DAY
        if birthday_age == 19 and rng.random() < 0.5 and prev.start < eighteen < prev.end:
            left = eighteen
        start = min(left - days(rng, 200, 900), add_years(child.dob, 14) + 100 * DAY) if rng.random() < 0.5 else left - days(rng, 200, 1500)
        start = max(start, add_years(child.dob, 10))
        if start >= left - 100 * DAY:
            raise Rejected("needs 13 weeks in care after 14")
        b = Builder(rng, child, self.council, home, "N1")
        self._looked_after(rng, b, start, left, pick(rng, ("care", "s20")))
        last = b.eps[-1]
        if last.rec is not None or last.place in ("T0", "T1", "T2", "T3", "T4"):
            raise Rejected("redraw")
        b.end(left, "E17" if left == eighteen and last.place in FOSTER else pick(rng, ("E5", "E6", "E13", "E4A")) if left != eighteen else "E5")
        child.episodes.extend(b.eps)
        fourteen = add_years(child.dob, 14)
        seen = sum((e.dec - max(e.decom, fourteen)).days for e in child.episodes if e.dec is not None and e.dec >= prev.start)
        if seen < 100:
            raise Rejected("last year's episodes must show 13 weeks in care after 14 (rule 1001)")
        if any(e.dec is not None and e.dec >= cur.start for e in child.episodes):
            raise Rejected("a leaver has no episodes this year")

    # -- records that hang on the episodes ---------------------------------------------------------------
    def _mother(self, rng: random.Random, child: Child) -> None:
        """Young mothers among girls looked after this year (the child's own child born before last year, so
        both years' returns agree: rules 207, 624, 626); not among care leavers, whose MOTHER stays blank (628)."""
        last = child.episodes[-1].dec
        if last is not None and last < self.cur_start:
            return
        if child.sex == "F" and age_at(child.dob, self.prev_start) >= 15 and rng.random() < 0.05:
            lo = add_years(child.dob, 14)
            span = (self.prev_start - lo).days - 5
            if span > 0:
                child.mother = True
                child.mc_dob = _safe_dob(lo + rng.randint(0, span) * DAY)

    def _reviews(self, rng: random.Random, child: Child) -> None:
        """Looked-after reviews: within 20 working days of entering care, 3 months later, then 6-monthly."""
        periods = _periods(child.episodes)
        for start, end in periods:
            r = start + days(rng, 14, 27)
            step = days(rng, 80, 92)
            while r < (end or self.cur_end + DAY) and r <= self.cur_end:
                if r >= self.prev_start:
                    child.reviews.append(r)
                r = r + step
                step = days(rng, 160, 182)
        codes = []
        four = add_years(child.dob, 4)
        for r in child.reviews:
            if r < four:
                codes.append("PN0")  # under 4 at the review (rules 440/441)
            else:
                codes.append(str(_weighted(rng, (("PN1", 55), ("PN2", 8), ("PN3", 6), ("PN4", 5), ("PN5", 8), ("PN6", 10), ("PN7", 8)))[0]))
        child.review_codes = codes

    def _missing(self, rng: random.Random, child: Child) -> None:
        """Missing (M) and away without authorisation (A) from a placement: inside one episode, ended before
        the placement ends (rule 575), never overlapping (574); a few still open at 31 March."""
        if age_at(child.dob, self.cur_end) < 11 or rng.random() > 0.18:
            return
        eps = [e for e in child.episodes if e.place not in ("T0", "T1", "T2", "T3", "T4") and e.ls not in ("J2",)]
        if not eps:
            return
        taken: list[tuple[date, date]] = []
        for _ in range(rng.randint(1, 6)):
            e = pick(rng, eps)
            lo = max(e.decom + DAY, self.prev_start, add_years(child.dob, 10))
            hi = (e.dec - 3 * DAY) if e.dec else self.cur_end
            if hi <= lo:
                continue
            s = lo + rng.randint(0, (hi - lo).days) * DAY
            if e.dec is None and s > self.cur_end - 3 * DAY and rng.random() < 0.5:
                end = None
            else:
                end = s + days(rng, 0, 3)
                if e.dec is not None and end >= e.dec:
                    continue
                if e.dec is None and end > self.cur_end:
                    end = None
            stop = end or self.cur_end
            if any(not (stop < a or s > z) for a, z in taken):
                continue
            taken.append((s, stop))
            child.missing.append(("M" if rng.random() < 0.6 else "A", s, end))
        child.missing.sort(key=lambda m: m[1])

    def _social_workers(self, rng: random.Random, child: Child) -> None:
        """Social worker episodes, contiguous, the last one open: every child looked after in the year has one
        open at 31 March (rules SW12, SW17). A child back in care keeps the worker allocated in the earlier
        period, as SW12 asks for the worker episodes "even whilst they were not looked after". SW_REASON says
        why this worker took over (rules SW13, SW15, SW16a): on entering care, a transfer between teams or a
        management decision."""
        periods = _periods(child.episodes)
        start, end = periods[0][0], periods[-1][1]
        until = min(end or self.cur_end, self.cur_end) - 10 * DAY  # no new worker after leaving care (SW12)
        pool = self.council.social_workers
        t = start
        current = [pick(rng, pool), t, None, pick(rng, ("TSPROC", "MANAGE"))]
        child.social_workers.append(current)
        while True:
            t = t + days(rng, 120, 600)
            if self.prev_end - 10 * DAY < t <= self.prev_end:
                t += 11 * DAY  # no change of worker in a year's last days (rule SW11b)
            if t > until:
                return
            current[2] = t
            current = [pick(rng, pool), t, None, pick(rng, self.sw_reasons)]
            child.social_workers.append(current)

    def _dolo(self, rng: random.Random, child: Child) -> None:
        """A few children in children's homes under a deprivation of liberty order (DoLo, from 2026-27):
        never in K1, P1, R5 or K3 (rule 710), closed before the child leaves care (707)."""
        if rng.random() > 0.1:
            return
        for e in child.episodes:
            if e.place == "K2" and (e.dec is None or e.dec > self.cur_start + 30 * DAY) and e.decom >= self.prev_start:
                s = max(e.decom, self.cur_start) + days(rng, 1, 20)
                end = None if e.dec is None else e.dec - days(rng, 1, 5)
                if end is not None and end <= s:
                    return
                if s <= self.cur_end:
                    child.dolo.append((s, end if end is None or end <= self.cur_end else None))
                return

    def _prev_perm(self, rng: random.Random, child: Child) -> tuple[str, str | None, str | None]:
        """Previous permanence for a child starting care: mostly none (Z1); an order's LA and date (dd/mm/yyyy,
        or with unknown parts as zz) otherwise (rules 630, 632, 633, 635)."""
        r = rng.random()
        if r < 0.8:
            return ("Z1", None, None)
        code = "P4" if r < 0.86 else pick(rng, ("P1", "P2", "P2", "P3"))
        start = next(e.decom for e in child.episodes if e.rne == "S")
        la = self.council.la_code if rng.random() < 0.6 else pick(rng, self.council.other_las)
        if code == "P4":
            return (code, la, "zz/zz/zzzz")
        lo = child.dob + DAY
        if start - lo <= 2 * DAY:
            return ("Z1", None, None)
        d = lo + rng.randint(0, (start - lo).days - 1) * DAY
        text = f"{d.day:02d}/{d.month:02d}/{d.year}"
        month_after = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        if rng.random() < 0.15 and month_after < start:  # an unknown day still falls before care began (632)
            text = f"zz/{d.month:02d}/{d.year}"
        return (code, la, text)


def _break(start: date, end: date, home: str | None):
    from carewatch.synth.ssda903_model import Episode

    # No postcodes for short breaks (rule 398), so no distance either
    return Episode(start, "S", "V3", "N2", "R1", "PR1", None, None, None, end, "E4A", None)


def _periods(episodes) -> list[tuple[date, date | None]]:
    out: list[tuple[date, date | None]] = []
    for e in episodes:
        if e.rne == "S":
            out.append((e.decom, e.dec))
        else:
            out[-1] = (out[-1][0], e.dec)
    return out
