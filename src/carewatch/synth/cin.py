"""Synthetic children in need census: one coherent XML file for a made-up council.

    write_census(out_file, year="2025-26", children=1000, seed=0, la_code="839", inject_errors=0, known=[])

Children are referred, assessed (with factors at the end of assessment), some go on to section 47 enquiries
with initial child protection conferences 15 working days later and child protection plans with reviews,
others to CIN plans; some referrals end with no further action; some children are unborn or disabled; some
have a closed episode earlier in the year and a re-referral. `known` children (for example the synthetic
council's children looked after, from its 903) are included with the same ids and dates of birth.
With inject_errors=K, K records are broken, each against one named DfE rule, and listed in an answer key."""

import csv
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from carewatch.reference.working_days import WorkingDays
from carewatch.returns.schema import load_schema
from carewatch.returns.years import CollectionYear

CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # DfE UPN guide: remainder mod 23 -> check letter


def upn(la_code: str, serial: int) -> str:
    """A valid UPN: check letter, 3-digit LA code, 2-digit year, 7-digit serial (DfE UPN guide; CIN rule 1510)."""
    digits = f"{la_code}{serial % 100:02d}{serial % 10_000_000:07d}"
    total = sum(int(d) * w for d, w in zip(digits, range(2, 14), strict=True))
    return CHECK_LETTERS[total % 23] + digits


@dataclass
class Episode:
    referral: date
    source: str
    nfa: bool
    need: str | None = None
    closure: date | None = None
    reason: str | None = None
    assessments: list[tuple[date, date | None, list[str]]] = field(default_factory=list)
    cin_plans: list[tuple[date, date | None]] = field(default_factory=list)
    s47: list[tuple[date, date, date | None, bool]] = field(default_factory=list)  # start, target, icpc, not required
    cpps: list[tuple[date, date | None, str, str, int, list[date]]] = field(default_factory=list)


@dataclass
class CinChild:
    child_id: str
    dob: date | None
    expected_dob: date | None
    sex: str
    ethnicity: str
    upn: str | None
    upn_unknown: str | None
    disabilities: list[str]
    episodes: list[Episode]


@dataclass
class CensusSummary:
    out_file: Path
    children: int
    injected: int


class _Maker:
    def __init__(self, year: CollectionYear, la_code: str, rng: random.Random) -> None:
        self.year, self.la, self.rng = year, la_code, rng
        self.wd = WorkingDays()
        schema = load_schema("cin", year)
        self.codes = schema.codes
        self.serial = rng.randrange(1_000_000)

    def day_in_year(self, first: date | None = None, last: date | None = None) -> date:
        first = max(first or self.year.start, self.year.start)
        last = min(last or self.year.end, self.year.end)
        return first + timedelta(days=self.rng.randrange(max((last - first).days, 0) + 1))

    def weekday_on_or_after(self, d: date) -> date:
        while not self.wd.is_working_day(d):
            d += timedelta(days=1)
        return d

    def child(self, child_id: str, dob: date | None = None) -> CinChild:
        rng, end = self.rng, self.year.end
        unborn = dob is None and rng.random() < 0.015
        if unborn:
            expected = end + timedelta(days=rng.randrange(20, 200))
            dob_ = None
        else:
            expected = None
            dob_ = dob or end - timedelta(days=rng.randrange(30, 17 * 365))
        sex = "U" if unborn else rng.choice("MF")
        if "M" not in self.codes["sex"]:  # to 2023-24: GenderCurrent 0 unborn/not known, 1 male, 2 female (rule 4180)
            sex = {"U": "0", "M": "1", "F": "2"}[sex]
        ethnicity = rng.choices(list(self.codes["ethnicity"]), weights=[60] + [2] * 19)[0]
        age = None if dob_ is None else (end - dob_).days // 365
        self.serial += 1
        has_upn = age is not None and age >= 5
        disabilities = ["NONE"]
        if rng.random() < 0.12:
            disabilities = rng.sample([c for c in self.codes["disability"] if c != "NONE"], rng.choice((1, 1, 2, 3)))
        born = dob_ or expected
        assert born is not None  # a child has a date of birth or, unborn, an expected one
        episodes = self.episodes(born, unborn)
        nfa_only = all(e.nfa for e in episodes)
        upn_unknown = None if has_upn else ("UN7" if nfa_only and age is not None and rng.random() < 0.3 else "UN1")
        return CinChild(child_id, dob_, expected, sex, ethnicity, upn(self.la, self.serial) if has_upn else None,
                        upn_unknown, disabilities, episodes)

    def episodes(self, born: date, unborn: bool) -> list[Episode]:
        rng, ys = self.rng, self.year.start
        earliest = max(born - timedelta(days=250), ys - timedelta(days=900)) if not unborn else ys
        out: list[Episode] = []
        # A referral may come before birth, but never more than 40 weeks before it (CIN rule 8606).
        not_before = born - timedelta(days=250)
        if rng.random() < 0.2 and not unborn and not_before < ys + timedelta(days=100):
            ref = self.day_in_year(max(ys, not_before), ys + timedelta(days=120))
            out.append(self.closed_episode(ref))
            start_after = (out[-1].closure or ref) + timedelta(days=1)
        else:
            start_after = None
        ongoing_from_before = start_after is None and not unborn and rng.random() < 0.35 and earliest < ys
        if ongoing_from_before:
            ref = earliest + timedelta(days=rng.randrange(max((ys - earliest).days - 1, 1)))
        else:
            ref = self.day_in_year(max(start_after or ys, not_before), self.year.end - timedelta(days=5))
        out.append(self.open_episode(ref, ongoing_from_before))
        return out

    def closed_episode(self, ref: date) -> Episode:
        rng = self.rng
        if rng.random() < 0.3:  # referral, no further action: closed the same day (RC8/RC9 need an assessment: 8825Q)
            return Episode(ref, self.source(), True, None, ref, "RC7")
        ep = Episode(ref, self.source(), False, self.need())
        start = self.wd.add(ref, rng.randrange(0, 3))
        done = self.wd.add(start, rng.randrange(8, 40))
        ep.assessments.append((start, done, self.factors()))
        ep.closure = done + timedelta(days=rng.randrange(0, 10))
        # A lone assessment finding no factors ("21") closes as RC8 or RC9 (rule 8873Q).
        ep.reason = rng.choice(("RC8", "RC9") if ep.assessments[0][2] == ["21"] else ("RC8", "RC9", "RC7"))
        return ep

    def open_episode(self, ref: date, from_before: bool) -> Episode:
        rng, ye = self.rng, self.year.end
        if not from_before and rng.random() < 0.1:
            return Episode(ref, self.source(), True, None, ref, "RC7")
        ep = Episode(ref, self.source(), False, self.need())
        if from_before:
            # A case open since before the year: only this year's activity is reported.
            if rng.random() < 0.4:
                cpp_start = ref + timedelta(days=rng.randrange(5, 60))
                if cpp_start < self.year.start:
                    ep.cpps.append(self.cpp(cpp_start, None))
            elif rng.random() < 0.5:
                plan_start = self.day_in_year(self.year.start, self.year.start + timedelta(days=60))
                ep.cin_plans.append((plan_start, None))
            return ep
        start = self.wd.add(ref, rng.randrange(0, 3))
        if start > ye:
            return ep
        # About one assessment in seven runs past 45 working days, as in England (DfE table C2, 2025: 86% within).
        latest_done = self.wd.add(start, rng.randrange(10, 46) if rng.random() < 0.8 else rng.randrange(46, 66))
        done = latest_done if latest_done <= ye else None
        if done is None and self.wd.between(start, ye) > 40:
            done = ye
        ep.assessments.append((start, done, self.factors() if done else []))
        if done is None:
            return ep
        roll = rng.random()
        if ep.assessments[0][2] == ["21"]:
            roll = 1.0  # no factors found: the case closes after assessment (rule 8873Q)
        if roll < 0.3:  # section 47 enquiry and an initial conference 15 working days after it starts
            s47_start = max(start, ref)
            target = self.wd.add(s47_start, 15)
            icpc = self.weekday_on_or_after(s47_start + timedelta(days=rng.randrange(7, 21)))
            if icpc > ye:
                return ep
            if rng.random() < 0.75:
                ep.s47.append((s47_start, target, icpc, False))
                end = None
                if rng.random() < 0.25:
                    end = icpc + timedelta(days=rng.randrange(60, 300))
                    end = end if end <= ye else None
                ep.cpps.append(self.cpp(icpc, end))
            else:
                ep.s47.append((s47_start, target, None, True))
        elif roll < 0.7:
            plan_start = done + timedelta(days=rng.randrange(1, 15))
            if plan_start <= ye:
                plan_end = plan_start + timedelta(days=rng.randrange(40, 200))
                ep.cin_plans.append((plan_start, plan_end if plan_end <= ye else None))
        elif roll == 1.0 or rng.random() < 0.5:
            ep.closure = min(done + timedelta(days=rng.randrange(0, 10)), ye)
            ep.reason = rng.choice(("RC8", "RC9"))
        return ep

    def cpp(self, start: date, end: date | None) -> tuple[date, date | None, str, str, int, list[date]]:
        rng = self.rng
        initial = rng.choice(list(self.codes["category_of_abuse"]))
        latest = initial if rng.random() < 0.8 else rng.choice(list(self.codes["category_of_abuse"]))
        reviews, r = [], start + timedelta(days=90)
        while r <= (end or self.year.end):
            if r >= self.year.start and (end is None or r < end):
                reviews.append(r)
            r += timedelta(days=182)
        return start, end, initial, latest, rng.choice((0, 0, 0, 1, 1, 2)), reviews

    def source(self) -> str:
        return self.rng.choice(list(self.codes["referral_source"]))

    def need(self) -> str:
        return self.rng.choices(["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"], weights=[50, 8, 5, 12, 15, 5, 1, 4])[0]

    def factors(self) -> list[str]:
        if self.rng.random() < 0.08:
            return ["21"]
        pool = [c for c in self.codes["assessment_factor"] if c not in ("21", "18A", "19A")]
        return self.rng.sample(pool, self.rng.choice((1, 2, 2, 3, 4)))


def write_census(out_file: Path, year: str = "2025-26", children: int = 1000, seed: int = 0, la_code: str = "839",
                 inject_errors: int = 0, known: list[tuple[str, date]] | None = None) -> CensusSummary:
    yr = CollectionYear.parse(year)
    rng = random.Random(seed)
    maker = _Maker(yr, la_code, rng)
    people = [maker.child(cid, dob) for cid, dob in (known or [])]
    people += [maker.child(f"CIN{seed % 1000:03d}{i:07d}") for i in range(children - len(people))]
    answers: list[tuple[str, str, str]] = []
    if inject_errors:
        from carewatch.synth.cin_errors import inject

        answers = inject(people, inject_errors, rng, maker)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_file.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(_header(yr, la_code))
        for child in people:
            f.write(_child_xml(child))
        f.write("  </Children>\n</Message>\n")
    tmp.replace(out_file)
    if inject_errors:
        with (out_file.parent / "answer_key.csv").open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["rule_code", "table", "child_id"])
            writer.writerows(answers)
    return CensusSummary(out_file, len(people), len(answers))


def _header(yr: CollectionYear, la_code: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<Message>\n  <Header>\n    <CollectionDetails><Collection>CIN</Collection>'
        f"<Year>{yr.start_year + 1}</Year><ReferenceDate>{yr.end.isoformat()}</ReferenceDate></CollectionDetails>\n"
        f"    <Source><SourceLevel>L</SourceLevel><LEA>{la_code}</LEA><SoftwareCode>carewatch synth</SoftwareCode>"
        "<Release>1</Release><SerialNo>1</SerialNo><DateTime>"
        f"{yr.end.isoformat()}T18:00:00</DateTime></Source>\n  </Header>\n  <Children>\n"
    )


def _e(tag: str, value: object) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value).lower() if isinstance(value, bool) else str(value)
    return f"<{tag}>{escape(text)}</{tag}>"


def _child_xml(c: CinChild) -> str:
    parts = ["    <Child>\n      <ChildIdentifiers>", _e("LAchildID", c.child_id), _e("UPN", c.upn), _e("UPNunknown", c.upn_unknown),
             _e("PersonBirthDate", c.dob), _e("ExpectedPersonBirthDate", c.expected_dob), _e("Sex" if c.sex in ("M", "F", "U") else "GenderCurrent", c.sex),
             "</ChildIdentifiers>\n      <ChildCharacteristics>", _e("Ethnicity", c.ethnicity), "<Disabilities>"]
    parts += [_e("Disability", d) for d in c.disabilities]
    parts.append("</Disabilities></ChildCharacteristics>\n")
    for ep in c.episodes:
        parts += ["      <CINdetails>", _e("CINreferralDate", ep.referral), _e("ReferralSource", ep.source),
                  _e("PrimaryNeedCode", ep.need), _e("CINclosureDate", ep.closure), _e("ReasonForClosure", ep.reason)]
        for start, done, factors in ep.assessments:
            parts += ["<Assessments>", _e("AssessmentActualStartDate", start), _e("AssessmentAuthorisationDate", done),
                      "<FactorsIdentifiedAtAssessment>", *(_e("AssessmentFactors", f) for f in factors),
                      "</FactorsIdentifiedAtAssessment></Assessments>"]
        for start, end in ep.cin_plans:
            parts += ["<CINPlanDates>", _e("CINPlanStartDate", start), _e("CINPlanEndDate", end), "</CINPlanDates>"]
        for start, target, icpc, not_required in ep.s47:
            parts += ["<Section47>", _e("S47ActualStartDate", start), _e("InitialCPCtarget", target),
                      _e("DateOfInitialCPC", icpc), _e("ICPCnotRequired", not_required), "</Section47>"]
        parts.append(_e("ReferralNFA", ep.nfa))
        for start, end, initial, latest, previous, reviews in ep.cpps:
            parts += ["<ChildProtectionPlans>", _e("CPPstartDate", start), _e("CPPendDate", end),
                      _e("InitialCategoryOfAbuse", initial), _e("LatestCategoryOfAbuse", latest),
                      _e("NumberOfPreviousCPP", previous), "<Reviews>", *(_e("CPPreviewDate", r) for r in reviews),
                      "</Reviews></ChildProtectionPlans>"]
        parts.append("</CINdetails>\n")
    parts.append("    </Child>\n")
    return "".join(parts)
