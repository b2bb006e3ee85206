"""Synthetic councils for the SSDA903 (children looked after) return.

    write_council(out, year="2025-26", children=1000, seed=0, inject_errors=0, la_code="839")

writes a coherent council's return as DfE CSVs: this year's in out/current/, last year's (the same children one
year earlier, so the year-on-year rules hold) in out/previous/, the postcode centroids the distance and
location rules need in out/reference/postcodes.csv, and with inject_errors=K an answer key out/answer_key.csv
naming the rule each of K broken records breaks. The same seed always gives the same files.

Tables, columns and code lists come from the schema for each year (carewatch.returns.schema); the life model
is in ssda903_model.py and ssda903_journeys.py, the error catalogue in ssda903_errors.py."""

import csv
import random
import shutil
import time
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path

from carewatch.returns.schema import Schema, load_schema
from carewatch.returns.years import CollectionYear
from carewatch.synth.geography import make_geography
from carewatch.synth.ssda903_journeys import KINDS, Journeys
from carewatch.synth.ssda903_model import Child, Council, add_years, age_at

# The DfE's usual CSV file names for each table (the reader recognises tables by their columns).
FILE_NAMES = {
    "Header": "header.csv",
    "Episodes": "episodes.csv",
    "Reviews": "reviews.csv",
    "UASC": "uasc.csv",
    "OC2": "oc2.csv",
    "OC3": "oc3.csv",
    "AD1": "ad1.csv",
    "PlacedAdoption": "placed_for_adoption.csv",
    "PrevPerm": "previous_permanence.csv",
    "Missing": "missing.csv",
    "SWEpisodes": "sw_episodes.csv",
    "DoLo": "dolo.csv",
}
# A placement code new this year and the code last year's return used for the same placement: Z1 was split into
# Z11-Z14 in 2025-26, and K3 replaced H5 in 2023-24; the DfE accepts these as carried over (rule 503D).
CARRY_BACK = {"Z11": "Z1", "Z12": "Z1", "Z13": "Z1", "Z14": "Z1", "K3": "H5"}
GONE_SHARE = 0.18  # children who left care last year, seen only in last year's return


@dataclass
class Summary:
    out: Path
    year: str
    seed: int
    children: int  # children in this year's Header
    previous_children: int
    rows: dict[str, dict[str, int]] = field(default_factory=dict)  # "current"/"previous" -> table -> rows
    injected: int = 0
    seconds: float = 0.0


Rows = dict[str, list[dict[str, str]]]


def write_council(out: Path, year: str = "2025-26", children: int = 1000, seed: int = 0, inject_errors: int = 0,
                  la_code: str = "839") -> Summary:
    t0 = time.perf_counter()
    if children < 1:
        raise ValueError("children must be at least 1")
    cur = CollectionYear.parse(year)
    schema = load_schema("ssda903", cur)
    try:
        schema_prev = load_schema("ssda903", cur.previous)
    except ValueError as exc:
        raise ValueError(f"{cur} needs last year's schema too: {exc}") from exc
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out} is a file; give a folder to write the council into")
    rng = random.Random(seed)
    geo = make_geography(la_code, rng)
    # Placement codes valid in both years, so an episode running across 1 April is valid in both returns, and
    # this year's new codes that last year's return wrote with their predecessor.
    place_codes = {c for c in schema.codes["place"] if c in schema_prev.codes["place"] or CARRY_BACK.get(c) in schema_prev.codes["place"]}
    council = Council(geo, rng, children, la_code, place_codes)
    journeys = Journeys(council, cur, schema.codes)
    kinds = _kinds(rng, children)
    population = [journeys.child(i, seed, kind) for i, kind in enumerate(kinds, start=1)]
    gone = int(children * GONE_SHARE)
    population += [journeys.child(children + i, seed, "gone") for i in range(1, gone + 1)]

    for sub in ("current", "previous", "reference"):
        shutil.rmtree(out / sub, ignore_errors=True)
    (out / "answer_key.csv").unlink(missing_ok=True)
    # Last year's return is written and let go before this year's is built (half the memory at 100,000
    # children); the error injection only needs to know who was in it.
    previous = slice_year(population, cur.previous, schema_prev)
    _write(out / "previous", previous, schema_prev)
    previous_counts = {t: len(r) for t, r in previous.items()}
    previous = {t: previous[t] for t in ("Header", "UASC")}
    current = slice_year(population, cur, schema)
    del population
    answer_key: list[tuple[str, str, str]] = []
    if inject_errors:
        from carewatch.synth.ssda903_errors import inject

        answer_key = inject(current, previous, schema, inject_errors, random.Random(seed + 7_777_777))
    _write(out / "current", current, schema)
    geo.write(out / "reference" / "postcodes.csv")
    if inject_errors:
        with (out / "answer_key.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["rule_code", "table", "child_id"])
            w.writerows(answer_key)
    return Summary(
        out, str(cur), seed, len(current["Header"]), previous_counts["Header"],
        {"current": {t: len(r) for t, r in current.items()}, "previous": previous_counts},
        len(answer_key), time.perf_counter() - t0,
    )


def _kinds(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    for kind, share in KINDS:
        out += [kind] * round(n * share)
    out = (out + ["continuing"] * n)[:n]
    rng.shuffle(out)
    return out


def _write(folder: Path, rows: Rows, schema: Schema) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in schema.tables.items():
        cols = list(table.file_column_names)
        cells = itemgetter(*cols)  # every row carries every column of its table (a KeyError otherwise)
        with (folder / FILE_NAMES[name]).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            w.writerows(map(cells, rows[name]))


class _Dates:
    """dd/mm/yyyy, the DfE CSV date format, memoised: the same dates recur on many rows."""

    def __init__(self) -> None:
        self.cache: dict[date, str] = {}

    def __call__(self, d: date | None) -> str:
        if d is None:
            return ""
        s = self.cache.get(d)
        if s is None:
            s = self.cache[d] = f"{d.day:02d}/{d.month:02d}/{d.year}"
        return s


def slice_year(population: list[Child], yr: CollectionYear, schema: Schema) -> Rows:
    """One collection year's return: every child looked after during the year and every care leaver with a
    birthday to report, each record cut at 31 March as it stood then."""
    fmt = _Dates()
    y_start, y_end = yr.start, yr.end  # properties: computed once
    rng = random.Random(f"{population[0].seed if population else 0}:{yr}")  # OC2 and OC3 answers, in child order
    rows: Rows = {name: [] for name in schema.tables}
    sexes = ("M", "F") if "M" in schema.codes["sex"] else ("1", "2")  # SEX 1/2 until 2023-24
    has_sw, has_dolo = "SWEpisodes" in schema.tables, "DoLo" in schema.tables
    places = schema.codes["place"]
    activ = [c for c in schema.codes["activ"] if c != "0"]
    accom = [c for c in schema.codes["accom"] if c != "0"]
    for child in population:
        eps = [e for e in child.episodes if e.decom <= y_end and (e.dec is None or e.dec >= y_start)]
        oc3 = _care_leaver(child, yr)
        if not eps and oc3 is None:
            continue
        dob = fmt(child.dob)
        cid = child.id
        mother = ""
        if child.sex == "F" and eps and not child.short_breaks:  # rules 393/607; none for V3/V4 (399) or leavers (628)
            mother = "1" if child.mother and child.mc_dob and child.mc_dob <= y_end else "0"
        rows["Header"].append({
            "CHILD": cid, "SEX": sexes[child.sex == "F"], "DOB": dob, "ETHNIC": child.ethnic, "UPN": child.upn,
            "MOTHER": mother, "MC_DOB": fmt(child.mc_dob) if mother == "1" else "",
        })
        for e in eps:
            ends = e.dec is not None and e.dec <= y_end
            rows["Episodes"].append({
                "CHILD": cid, "DECOM": fmt(e.decom), "RNE": e.rne, "LS": e.ls, "CIN": e.cin,
                "PLACE": e.place if e.place in places else CARRY_BACK[e.place],
                "PLACE_PROVIDER": e.provider or "", "DEC": fmt(e.dec) if ends else "",
                "REC": (e.rec or "") if ends else "", "REASON_PLACE_CHANGE": (e.reason or "") if ends else "",
                "HOME_POST": e.home_post or "", "PL_POST": e.pl_post or "", "URN": e.urn or "",
            })
        if oc3 is not None:
            rows["OC3"].append(_oc3_row(rng, cid, dob, oc3, activ, accom))
        if not eps:
            continue
        if child.uasc:  # UASC status ceases at 18 (rules 304, 205B)
            rows["UASC"].append({"CHILD": cid, "SEX": sexes[child.sex == "F"], "DOB": dob, "DUC": fmt(add_years(child.dob, 18))})
        for r, code in zip(child.reviews, child.review_codes, strict=True):
            if y_start <= r <= y_end:
                rows["Reviews"].append({"CHILD": cid, "DOB": dob, "REVIEW": fmt(r), "REVIEW_CODE": code})
        # looked after continuously for 12 months at 31 March: in care on 1 April and never leaving or starting since
        if not child.short_breaks and eps[0].decom < y_start and all(e.rec == "X1" or e.dec is None or e.dec > y_end for e in eps):
            rows["OC2"].append(_oc2_row(rng, child, cid, dob, yr))
        a = child.adoption
        if a is not None:
            if a.order is not None and y_start <= a.order <= y_end and a.adopters:
                rows["AD1"].append({
                    "CHILD": cid, "DOB": dob, "DATE_INT": fmt(a.decided), "DATE_MATCH": fmt(a.matched),
                    "FOSTER_CARE": a.foster_care or "", "NB_ADOPTR": a.adopters[0], "SEX_ADOPTR": a.adopters[1],
                    "LS_ADOPTR": a.adopters[2],
                })
            if a.decided <= y_end and (a.reversed_on is None or a.reversed_on >= y_start):
                ceased = a.reversed_on is not None and a.reversed_on <= y_end
                rows["PlacedAdoption"].append({
                    "CHILD": cid, "DOB": dob, "DATE_PLACED": fmt(a.decided),
                    "DATE_PLACED_CEASED": fmt(a.reversed_on) if ceased else "",
                    "REASON_PLACED_CEASED": (a.reversal_reason or "") if ceased else "",
                })
        if any(e.rne == "S" and e.decom >= y_start for e in eps):  # starting care this year (rule 630)
            code, la, when = child.prev_perm
            rows["PrevPerm"].append({"CHILD": cid, "DOB": dob, "PREV_PERM": code, "LA_PERM": la or "", "DATE_PERM": when or ""})
        for kind, s, stop in child.missing:
            if s <= y_end and (stop is None or stop >= y_start):
                rows["Missing"].append({
                    "CHILD": cid, "DOB": dob, "MISSING": kind, "MIS_START": fmt(s),
                    "MIS_END": fmt(stop) if stop is not None and stop <= y_end else "",
                })
        if has_sw:
            for sw_id, s, stop, reason in child.social_workers:
                if s <= y_end and (stop is None or stop >= y_start):
                    ended = stop is not None and stop <= y_end
                    rows["SWEpisodes"].append({
                        "CHILD": cid, "DOB": dob, "SW_ID": sw_id, "SW_DECOM": fmt(s),
                        "SW_DEC": fmt(stop) if ended else "", "SW_REASON": reason or "",
                    })
        if has_dolo:
            for s, stop in child.dolo:
                if s <= y_end and (stop is None or stop >= y_start):
                    rows["DoLo"].append({"CHILD": cid, "DOB": dob, "DOLO_START": fmt(s), "DOLO_END": fmt(stop if stop and stop <= y_end else None)})
    return rows


def _care_leaver(child: Child, yr: CollectionYear) -> int | None:
    """The birthday (17 to 21) this year on which a care leaver's OC3 is reported, if any: the child left care
    at 16 or over before that birthday (rules 1007, 1016), not by death, adoption or transfer (1000, 1011),
    and within the two years of returns a validator sees (1001, 1002)."""
    if child.short_breaks or not child.episodes:
        return None
    last = child.episodes[-1]
    left = last.dec
    if left is None or left > yr.end or last.rec in (None, "X1", "E2", "E3", "E11", "E12"):
        return None
    if left <= add_years(child.dob, 16) or left < yr.previous.start:
        return None
    # A relevant child: 13 weeks in care after the 14th birthday (rule 1001), counted in what the two years of
    # returns show.
    fourteen = add_years(child.dob, 14)
    if sum((e.dec - max(e.decom, fourteen)).days for e in child.episodes if e.dec and e.dec >= yr.previous.start) < 95:
        return None
    for age in (17, 18, 19, 20, 21):
        birthday = add_years(child.dob, age)
        if yr.start <= birthday <= yr.end and left < birthday:
            return age
    return None


# DfE, care leavers aged 19 to 21 in suitable accommodation, England 2025: 89% (the LAIT CareLeaverAcc twin).
SUITABLE_SHARE = 0.9


def _oc3_row(rng: random.Random, cid: str, dob: str, age: int, activ: list[str], accom: list[str]) -> dict[str, str]:
    touch = rng.random()
    if touch < 0.82:
        # Not with former foster carers at 17 (rule 3001); a foyer only for those 18 at the start of the year (347)
        options = [c for c in accom if not (age == 17 and c.startswith("Z")) and not (age < 19 and c.startswith("T"))]
        # About nine in ten care leavers in touch are in suitable accommodation (trailing 1), as in England.
        suitable = rng.random() < SUITABLE_SHARE
        options = [c for c in options if c.endswith("1" if suitable else "2")] or options
        return {"CHILD": cid, "DOB": dob, "IN_TOUCH": "YES", "ACTIV": rng.choice(activ), "ACCOM": rng.choice(options)}
    code = "NO" if touch < 0.88 else "NREQ" if touch < 0.93 else "REFU" if touch < 0.97 else "RHOM"
    return {"CHILD": cid, "DOB": dob, "IN_TOUCH": code, "ACTIV": "0", "ACCOM": "0"}  # nothing known (344, 345)


def _oc2_row(rng: random.Random, child: Child, cid: str, dob: str, yr: CollectionYear) -> dict[str, str]:
    """Outcomes for a child looked after continuously for 12 months at 31 March: convictions from 10 (rules
    542/543), health checks under 5 (545/546), an SDQ score for ages 4 to 16 (186, 188, 189), substance
    misuse with its interventions (158, 159, 192, 193)."""
    age = age_at(child.dob, yr.end)
    flag = lambda p: "1" if rng.random() < p else "0"  # noqa: E731
    misuse = flag(0.06) if age >= 11 else "0"
    received = flag(0.6) if misuse == "1" else ""
    offered = flag(0.7) if received == "0" else ""
    score = reason = ""
    if add_years(child.dob, 4) <= yr.end and add_years(child.dob, 17) > yr.start:
        if rng.random() < 0.85:
            score = str(min(40, max(0, int(rng.gauss(14, 7)))))
        else:
            reason = rng.choice(("SDQ2", "SDQ3", "SDQ4", "SDQ5"))
    return {
        "CHILD": cid, "DOB": dob, "SDQ_SCORE": score, "SDQ_REASON": reason,
        "CONVICTED": flag(0.04) if age >= 10 else "", "HEALTH_CHECK": flag(0.9) if age < 5 else "",
        "IMMUNISATIONS": flag(0.85), "TEETH_CHECK": flag(0.8), "HEALTH_ASSESSMENT": flag(0.9),
        "SUBSTANCE_MISUSE": misuse, "INTERVENTION_RECEIVED": received, "INTERVENTION_OFFERED": offered,
    }


__all__ = ["FILE_NAMES", "Summary", "slice_year", "write_council"]
