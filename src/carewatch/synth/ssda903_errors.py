"""Injected errors for synthetic 903 returns: each breaks one record of a clean council against one named DfE
rule, and is written to the answer key (rule_code, table, child_id) so a validator can be scored.

Each mutation picks a record where the change breaks its rule and, as far as the DfE rules go, only that
rule (for example a year-on-year change only on a child who was in last year's return, a bad code only
where no neighbouring episode compares it). One child carries at most one error. Mutations cover bad codes,
bad date formats, dates out of order, missing required values, overlaps, year-on-year mismatches, age gates
and cross-table mismatches."""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from carewatch.returns.schema import Schema

Row = dict[str, str]
Rows = dict[str, list[Row]]
DAY = timedelta(days=1)
FOSTER = ("U1", "U2", "U3", "U4", "U5", "U6")


def _d(text: str) -> date:
    day, month, year = text.split("/")
    return date(int(year), int(month), int(day))


def _f(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _age(dob: str, at: date) -> int:
    b = _d(dob)
    return at.year - b.year - ((at.month, at.day) < (b.month, b.day))


@dataclass
class Ctx:
    cur: Rows
    prev: Rows
    schema: Schema
    rng: random.Random
    used: set[str] = field(default_factory=set)
    _groups: dict[str, dict[str, list[Row]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.start, self.end = self.schema.year.start, self.schema.year.end
        self.prev_children = {r["CHILD"] for r in self.prev.get("Header", [])}
        self.uasc = {r["CHILD"] for r in self.cur.get("UASC", [])} | {r["CHILD"] for r in self.prev.get("UASC", [])}

    def group(self, table: str) -> dict[str, list[Row]]:
        """This year's rows of a table by child, in file order."""
        if table not in self._groups:
            g: dict[str, list[Row]] = {}
            for r in self.cur[table]:
                g.setdefault(r["CHILD"], []).append(r)
            self._groups[table] = g
        return self._groups[table]

    def pick(self, table: str, ok: Callable[[Row], bool]) -> Row | None:
        """A random row of `table` for which ok(row) holds, of a child not yet given an error."""
        rows = self.cur.get(table, [])
        if not rows:
            return None
        n = len(rows)
        for _ in range(300):
            r = rows[self.rng.randrange(n)]
            if r["CHILD"] not in self.used and ok(r):
                return r
        offset = self.rng.randrange(n)
        for i in range(n):
            r = rows[(offset + i) % n]
            if r["CHILD"] not in self.used and ok(r):
                return r
        return None

    def episodes(self, child: str) -> list[Row]:
        return self.group("Episodes").get(child, [])

    def header(self, child: str) -> Row:
        return self.group("Header")[child][0]

    def next_episode(self, row: Row) -> Row | None:
        eps = self.episodes(row["CHILD"])
        i = eps.index(row)
        return eps[i + 1] if i + 1 < len(eps) else None


Mutation = Callable[[Ctx], Row | None]
CATALOGUE: list[tuple[str, str, str, Mutation]] = []  # rule code, DfE table, kind, mutation


def mutation(code: str, table: str, kind: str) -> Callable[[Mutation], Mutation]:
    def register(fn: Mutation) -> Mutation:
        CATALOGUE.append((code, table, kind, fn))
        return fn

    return register


# -- bad codes ---------------------------------------------------------------------------------------------
@mutation("103", "Header", "bad code")
def _ethnic_code(c: Ctx) -> Row | None:
    r = c.pick("Header", lambda r: r["CHILD"] not in c.prev_children)  # else 204 (changed since last year)
    if r:
        r["ETHNIC"] = "WBRX"
    return r


@mutation("101", "Header", "bad code")
def _sex_code(c: Ctx) -> Row | None:
    # a boy new this year and not UASC: no year-on-year (202), UASC (INT21) or motherhood (393) rule compares it
    r = c.pick("Header", lambda r: r["CHILD"] not in c.prev_children and r["CHILD"] not in c.uasc and r["MOTHER"] == "" and r["SEX"] in ("M", "1"))
    if r:
        r["SEX"] = "X"
    return r


def _later_episode(c: Ctx, r: Row) -> bool:
    eps = c.episodes(r["CHILD"])
    return r is not eps[0] and r["LS"] not in ("V3", "V4") and r["PLACE"][:1] != "A" and _d(r["DECOM"]) >= c.start


@mutation("143", "Episodes", "bad code")
def _rne_code(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        if r["RNE"] not in ("P", "T") or r["PLACE"][:1] == "T" or not _later_episode(c, r):
            return False
        eps = c.episodes(r["CHILD"])
        return eps[eps.index(r) - 1]["PLACE"][:1] != "T"

    # Not into or back from a temporary placement: rule 380 would read a non-continuation RNE on one as a period
    # starting there, and 383 asks for P on the way back.
    r = c.pick("Episodes", ok)
    if r:
        r["RNE"] = "Q"
    return r


@mutation("145", "Episodes", "bad code")
def _cin_code(c: Ctx) -> Row | None:
    # the only episode of a period starting this year: no later episode compares its category of need (504)
    r = c.pick("Episodes", lambda r: r["RNE"] == "S" and len(c.episodes(r["CHILD"])) == 1 and _d(r["DECOM"]) >= c.start and r["LS"] != "V3")
    if r:
        r["CIN"] = "N9"
    return r


@mutation("178", "Episodes", "bad code")
def _provider_code(c: Ctx) -> Row | None:
    # the child's last episode, not a legal-status-only change: no neighbour compares the provider (434-436)
    r = c.pick("Episodes", lambda r: r["PLACE_PROVIDER"] != "" and r["RNE"] != "L" and c.next_episode(r) is None
               and _d(r["DECOM"]) >= c.start and r["LS"] != "V3")
    if r:
        r["PLACE_PROVIDER"] = "PR9"
    return r


@mutation("149", "Episodes", "bad code")
def _rec_code(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: r["REC"] in ("E4A", "E4B", "E13", "E41", "E8") and r["LS"] != "V3")
    if r:
        r["REC"] = "E99"
    return r


@mutation("167", "Reviews", "bad code")
def _review_code(c: Ctx) -> Row | None:
    r = c.pick("Reviews", lambda r: _age(r["DOB"], _d(r["REVIEW"])) >= 5)
    if r:
        r["REVIEW_CODE"] = "PN9"
    return r


@mutation("1009", "Episodes", "bad code")
def _reason_code(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: r["REASON_PLACE_CHANGE"] != "")
    if r:
        r["REASON_PLACE_CHANGE"] = "BADRS"
    return r


@mutation("131", "OC3", "bad code")
def _in_touch_code(c: Ctx) -> Row | None:
    r = c.pick("OC3", lambda r: r["IN_TOUCH"] == "NO")
    if r:
        r["IN_TOUCH"] = "MAYBE"
    return r


@mutation("133", "OC3", "bad code")
def _accom_code(c: Ctx) -> Row | None:
    r = c.pick("OC3", lambda r: r["IN_TOUCH"] == "YES")
    if r:
        r["ACCOM"] = "Q1"
    return r


@mutation("1006", "Missing", "bad code")
def _missing_code(c: Ctx) -> Row | None:
    r = c.pick("Missing", lambda r: True)
    if r:
        r["MISSING"] = "X"
    return r


@mutation("SW13STG1", "SWEpisodes", "bad code")
def _sw_reason_code(c: Ctx) -> Row | None:
    # a worker who started this year, so last year's open episode is not compared (SW16a)
    r = c.pick("SWEpisodes", lambda r: _d(r["SW_DECOM"]) >= c.start)
    if r:
        r["SW_REASON"] = "NOTVAL"
    return r


@mutation("196", "OC2", "bad code")
def _sdq_reason_code(c: Ctx) -> Row | None:
    r = c.pick("OC2", lambda r: r["SDQ_REASON"] != "")
    if r:
        r["SDQ_REASON"] = "SDQ9"
    return r


@mutation("120", "PlacedAdoption", "bad code")
def _placed_ceased_code(c: Ctx) -> Row | None:
    r = c.pick("PlacedAdoption", lambda r: r["REASON_PLACED_CEASED"] != "")
    if r:
        r["REASON_PLACED_CEASED"] = "RD9"
    return r


# -- bad date formats --------------------------------------------------------------------------------------
@mutation("1004", "Missing", "bad date format")
def _missing_start_format(c: Ctx) -> Row | None:
    r = c.pick("Missing", lambda r: _d(r["MIS_START"]) >= c.start)
    if r:
        r["MIS_START"] = _d(r["MIS_START"]).isoformat()
    return r


@mutation("166", "Reviews", "bad date format")
def _review_format(c: Ctx) -> Row | None:
    r = c.pick("Reviews", lambda r: _age(r["DOB"], _d(r["REVIEW"])) >= 5)
    if r:
        d = _d(r["REVIEW"])
        r["REVIEW"] = f"{d.year}/{d.month:02d}/{d.day:02d}"
    return r


@mutation("113", "AD1", "bad date format")
def _match_format(c: Ctx) -> Row | None:
    r = c.pick("AD1", lambda r: r["DATE_MATCH"] != "")
    if r:
        r["DATE_MATCH"] = f"31/02/{_d(r['DATE_MATCH']).year}"
    return r


# -- dates out of order ------------------------------------------------------------------------------------
@mutation("567", "Missing", "date order")
def _missing_end_before_start(c: Ctx) -> Row | None:
    r = c.pick("Missing", lambda r: r["MIS_END"] != "" and _d(r["MIS_START"]) >= c.start + 3 * DAY)
    if r:
        r["MIS_END"] = _f(_d(r["MIS_START"]) - DAY)
    return r


@mutation("331", "AD1", "date order")
def _matched_after_placed(c: Ctx) -> Row | None:
    def placed(r: Row) -> tuple[date, date] | None:
        eps = c.episodes(r["CHILD"])
        a = [e for e in eps if e["PLACE"] in ("A3", "A4", "A5", "A6")]
        if not a or not eps[-1]["DEC"]:
            return None
        return _d(a[0]["DECOM"]), _d(eps[-1]["DEC"])

    def ok(r: Row) -> bool:
        p = placed(r)
        return p is not None and p[0] + 2 * DAY < p[1]

    r = c.pick("AD1", ok)
    if r:
        p = placed(r)
        assert p is not None
        r["DATE_MATCH"] = _f(p[0] + DAY)  # matched after placed, still before the adoption order (582)
    return r


@mutation("SW09STG2", "SWEpisodes", "date order")
def _sw_same_day(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        rows = c.group("SWEpisodes")[r["CHILD"]]
        i = rows.index(r)
        return r["SW_DEC"] != "" and _d(r["SW_DECOM"]) >= c.start and i + 1 < len(rows)

    r = c.pick("SWEpisodes", ok)
    if r:
        # an episode of less than a day, the next worker starting the day after: no two episodes start on one
        # day (which would make their order ambiguous) and the gap is within the DfE's 7 days (SW10)
        rows = c.group("SWEpisodes")[r["CHILD"]]
        nxt = rows[rows.index(r) + 1]
        r["SW_DEC"] = r["SW_DECOM"]
        nxt["SW_DECOM"] = _f(_d(r["SW_DECOM"]) + DAY)
    return r


@mutation("702", "DoLo", "date order")
def _dolo_end_before_start(c: Ctx) -> Row | None:
    r = c.pick("DoLo", lambda r: _d(r["DOLO_START"]) >= c.start + 3 * DAY)
    if r:
        r["DOLO_END"] = _f(_d(r["DOLO_START"]) - DAY)
    return r


# -- missing required values -------------------------------------------------------------------------------
@mutation("442", "Header", "missing value")
def _upn_blank(c: Ctx) -> Row | None:
    r = c.pick("Header", lambda r: r["CHILD"] not in c.prev_children)  # else 208 (UPN changed)
    if r:
        r["UPN"] = ""
    return r


@mutation("225", "Episodes", "missing value")
def _reason_blank(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        nxt = c.next_episode(r) if r["REASON_PLACE_CHANGE"] else None
        return nxt is not None and r["REC"] == "X1" and nxt["RNE"] in ("P", "B", "T", "U") and nxt["PLACE"][:1] != "T"

    r = c.pick("Episodes", ok)
    if r:
        r["REASON_PLACE_CHANGE"] = ""
    return r


@mutation("526", "Episodes", "missing value")
def _provider_blank(c: Ctx) -> Row | None:
    # As for 178: the child's last episode and not a legal-status-only change, so no neighbour compares it. (A
    # blank MOTHER for a girl would break 393 and 165 both, so that one is not injected.)
    r = c.pick("Episodes", lambda r: r["PLACE_PROVIDER"] not in ("", "PR0") and r["RNE"] != "L" and c.next_episode(r) is None
               and _d(r["DECOM"]) >= c.start and r["LS"] != "V3")
    if r:
        r["PLACE_PROVIDER"] = ""
    return r


@mutation("630", "PrevPerm", "missing record")
def _prev_perm_missing(c: Ctx) -> Row | None:
    r = c.pick("PrevPerm", lambda r: True)
    if r:
        c.cur["PrevPerm"].remove(r)
    return r


@mutation("601", "AD1", "missing record")
def _ad1_missing(c: Ctx) -> Row | None:
    r = c.pick("AD1", lambda r: True)
    if r:
        c.cur["AD1"].remove(r)
    return r


# -- overlaps ----------------------------------------------------------------------------------------------
@mutation("574", "Missing", "overlap")
def _missing_overlap(c: Ctx) -> Row | None:
    # an absence of more than a day, so the copy starts before the original ends
    r = c.pick("Missing", lambda r: r["MIS_END"] not in ("", r["MIS_START"]) and len(c.group("Missing")[r["CHILD"]]) == 1 and _d(r["MIS_START"]) >= c.start)
    if r:
        c.cur["Missing"].append(dict(r))  # the same absence reported twice
    return r


@mutation("SW10STG2", "SWEpisodes", "overlap")
def _sw_overlap(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        rows = c.group("SWEpisodes")[r["CHILD"]]
        i = rows.index(r)
        if not r["SW_DEC"] or i + 1 >= len(rows) or _d(r["SW_DECOM"]) < c.start:
            return False
        nxt = rows[i + 1]
        end = _d(r["SW_DEC"])
        return nxt["SW_REASON"] != "FCONTA" and end < c.end - 30 * DAY and (not nxt["SW_DEC"] or _d(nxt["SW_DEC"]) > end + 14 * DAY)

    r = c.pick("SWEpisodes", ok)
    if r:
        # ends ten days after the next worker started: beyond the 7 days' grace the DfE allows
        r["SW_DEC"] = _f(_d(r["SW_DEC"]) + 10 * DAY)
    return r


# -- year-on-year ------------------------------------------------------------------------------------------
def _in_both(c: Ctx, r: Row) -> bool:
    return r["CHILD"] in c.prev_children and r["CHILD"] not in c.uasc and bool(c.episodes(r["CHILD"]))


@mutation("202", "Header", "year-on-year")
def _sex_changed(c: Ctx) -> Row | None:
    female, male = ("F", "M") if "F" in c.schema.codes["sex"] else ("2", "1")
    r = c.pick("Header", lambda r: _in_both(c, r) and r["SEX"] == female and r["MOTHER"] == "0" and r["MC_DOB"] == "")
    if r:
        r["SEX"] = male
        r["MOTHER"] = ""  # a male child has no mother status (rule 165), so only 202 is broken
    return r


@mutation("204", "Header", "year-on-year")
def _ethnic_changed(c: Ctx) -> Row | None:
    r = c.pick("Header", lambda r: _in_both(c, r))
    if r:
        r["ETHNIC"] = "WIRI" if r["ETHNIC"] != "WIRI" else "WOTH"
    return r


@mutation("208", "Header", "year-on-year")
def _upn_changed(c: Ctx) -> Row | None:
    r = c.pick("Header", lambda r: _in_both(c, r) and r["UPN"][-1:].isdigit())
    if r:
        r["UPN"] = r["UPN"][:-1] + "A"  # still a well-formed UPN (letter, 11 digits, letter), and unique
    return r


@mutation("624", "Header", "year-on-year")
def _mc_dob_changed(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        return _in_both(c, r) and r["MC_DOB"] != "" and _age(r["DOB"], _d(r["MC_DOB"]) - 40 * DAY) >= 14

    r = c.pick("Header", ok)
    if r:
        r["MC_DOB"] = _f(_d(r["MC_DOB"]) - 30 * DAY)
    return r


# -- age gates ---------------------------------------------------------------------------------------------
@mutation("371", "Episodes", "age gate")
def _k3_under_16(c: Ctx) -> Row | None:
    def ok(r: Row) -> bool:
        if r["PLACE"] != "K2" or r["RNE"] == "L" or _d(r["DECOM"]) < c.start or not r["DEC"]:
            return False
        if "DoLo" in c.cur and r["CHILD"] in c.group("DoLo"):  # a DoLo in K3 is rule 710's error
            return False
        nxt = c.next_episode(r)
        return (nxt is None or nxt["RNE"] != "L") and _age(c.header(r["CHILD"])["DOB"], _d(r["DECOM"])) < 15

    if "K3" not in c.schema.codes["place"]:
        return None
    r = c.pick("Episodes", ok)
    if r:
        r["PLACE"] = "K3"
    return r


def _leaver(c: Ctx, r: Row, lo: int, hi: int) -> bool:
    if r["REC"] not in ("E4A", "E4B", "E13", "E41", "E8") or r["LS"] == "V3":
        return False
    return lo <= _age(c.header(r["CHILD"])["DOB"], _d(r["DEC"])) < hi


@mutation("460", "Episodes", "age gate")
def _e17_under_18(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: _leaver(c, r, 10, 17))
    if r:
        r["REC"] = "E17"
    return r


@mutation("387", "Episodes", "age gate")
def _e5_under_14(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: _leaver(c, r, 1, 13))
    if r:
        r["REC"] = "E5"
    return r


@mutation("389", "Episodes", "age gate")
def _e7_under_16(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: _leaver(c, r, 1, 15))
    if r:
        r["REC"] = "E7"
    return r


@mutation("188", "OC2", "age gate")
def _sdq_under_4(c: Ctx) -> Row | None:
    r = c.pick("OC2", lambda r: _age(r["DOB"], c.end) < 4 and r["SDQ_SCORE"] == "" and r["SDQ_REASON"] == "")
    if r:
        r["SDQ_SCORE"] = "12"
    return r


@mutation("542", "OC2", "age gate")
def _conviction_under_10(c: Ctx) -> Row | None:
    r = c.pick("OC2", lambda r: _age(r["DOB"], c.end) < 9 and r["CONVICTED"] == "")
    if r:
        r["CONVICTED"] = "0"
    return r


@mutation("546", "OC2", "age gate")
def _health_check_over_5(c: Ctx) -> Row | None:
    r = c.pick("OC2", lambda r: _age(r["DOB"], c.end) >= 6 and r["HEALTH_CHECK"] == "")
    if r:
        r["HEALTH_CHECK"] = "1"
    return r


@mutation("440", "Reviews", "age gate")
def _pn0_over_4(c: Ctx) -> Row | None:
    r = c.pick("Reviews", lambda r: _age(r["DOB"], _d(r["REVIEW"])) >= 5)
    if r:
        r["REVIEW_CODE"] = "PN0"
    return r


# -- cross-table -------------------------------------------------------------------------------------------
@mutation("INT17", "Reviews", "cross-table")
def _review_dob(c: Ctx) -> Row | None:
    r = c.pick("Reviews", lambda r: _age(r["DOB"], _d(r["REVIEW"])) >= 6)
    if r:
        for row in c.group("Reviews")[r["CHILD"]]:
            row["DOB"] = _f(_d(row["DOB"]) + DAY)
    return r


@mutation("INT13", "Missing", "cross-table")
def _missing_dob(c: Ctx) -> Row | None:
    r = c.pick("Missing", lambda r: True)
    if r:
        for row in c.group("Missing")[r["CHILD"]]:
            row["DOB"] = _f(_d(row["DOB"]) + DAY)
    return r


@mutation("392d", "Episodes", "cross-table")
def _home_is_placement(c: Ctx) -> Row | None:
    r = c.pick("Episodes", lambda r: r["PLACE"] != "P1" and r["HOME_POST"] != "" and r["PL_POST"] != "" and _later_episode(c, r))
    if r:
        r["HOME_POST"] = r["PL_POST"]
    return r


ADDS_OR_REMOVES = {"630", "601", "574"}  # mutations that add or remove rows, so a table's grouping is rebuilt


def inject(current: Rows, previous: Rows, schema: Schema, k: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Break k records of this year's return (in place), each against one rule; returns the answer key.
    The catalogue is used in a shuffled round so that k >= its size covers every rule."""
    ctx = Ctx(current, previous, schema, rng)
    order = [m for m in CATALOGUE if m[1] in schema.tables]
    rng.shuffle(order)
    key: list[tuple[str, str, str]] = []
    misses = 0
    i = 0
    while len(key) < k and misses < len(order):
        code, table, _kind, fn = order[i % len(order)]
        i += 1
        row = fn(ctx)
        if row is None:
            misses += 1
            continue
        misses = 0
        ctx.used.add(row["CHILD"])
        if code in ADDS_OR_REMOVES:
            ctx._groups.pop(table, None)
        key.append((code, table, row["CHILD"]))
    return key
