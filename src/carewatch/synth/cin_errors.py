"""Deliberate errors for synthetic CIN censuses: each mutation breaks one named DfE rule and nothing else
that the clean census relies on, so `validate cin` must find each with exactly its rule."""

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carewatch.synth.cin import CinChild, _Maker

Answer = tuple[str, str, str]  # rule_code, table, child_id


def _ethnicity(c: "CinChild", m: "_Maker") -> Answer | None:
    c.ethnicity = "XXXX"
    return "4220", "ChildCharacteristics", c.child_id


def _upn_check_letter(c: "CinChild", m: "_Maker") -> Answer | None:
    if not c.upn:
        return None
    wrong = next(x for x in "ABCDEFGHJKLMNPQRTUVWXYZ" if x != c.upn[0])
    c.upn = wrong + c.upn[1:]
    return "1510", "ChildIdentifiers", c.child_id


def _referral_source(c: "CinChild", m: "_Maker") -> Answer | None:
    c.episodes[-1].source = "99"
    return "8866", "CINdetails", c.child_id


def _primary_need(c: "CinChild", m: "_Maker") -> Answer | None:
    ep = c.episodes[-1]
    if ep.nfa or ep.need is None:
        return None
    ep.need = "N99"
    return "8650", "CINdetails", c.child_id


def _duplicate_disability(c: "CinChild", m: "_Maker") -> Answer | None:
    code = next(d for d in m.codes["disability"] if d != "NONE")
    c.disabilities = [code, code]
    return "8794", "Disabilities", c.child_id


def _duplicate_factor(c: "CinChild", m: "_Maker") -> Answer | None:
    for ep in c.episodes:
        for i, (start, done, factors) in enumerate(ep.assessments):
            if done and factors and factors != ["21"]:
                ep.assessments[i] = (start, done, [factors[0], *factors])
                return "8898", "AssessmentFactors", c.child_id
    return None


def _category_of_abuse(c: "CinChild", m: "_Maker") -> Answer | None:
    ep = c.episodes[-1]
    if not ep.cpps:
        return None
    start, end, _, latest, previous, reviews = ep.cpps[0]
    ep.cpps[0] = (start, end, "XYZ", latest, previous, reviews)
    return "8905", "ChildProtectionPlans", c.child_id


def _cpp_ends_before_start(c: "CinChild", m: "_Maker") -> Answer | None:
    ep = c.episodes[-1]
    if not ep.cpps or ep.cpps[0][5] or ep.cpps[0][0] < m.year.start + timedelta(days=5):
        return None
    start, _, initial, latest, previous, reviews = ep.cpps[0]
    ep.cpps[0] = (start, start - timedelta(days=1), initial, latest, previous, reviews)
    return "8925", "ChildProtectionPlans", c.child_id


def _reason_for_closure(c: "CinChild", m: "_Maker") -> Answer | None:
    for ep in c.episodes:
        if ep.closure and ep.reason not in ("RC8", "RC9"):  # RC8/RC9 after a "no factors" assessment is itself checked (8873Q)
            ep.reason = "RC99"
            return "8640", "CINdetails", c.child_id
    return None


def _unborn_sex(c: "CinChild", m: "_Maker") -> Answer | None:
    if c.expected_dob is None:
        return None
    c.sex = "M"
    return "8750", "ChildIdentifiers", c.child_id


def _child_id_characters(c: "CinChild", m: "_Maker") -> Answer | None:
    c.child_id = c.child_id[:15] + "-X"
    return "1580", "ChildIdentifiers", c.child_id


CATALOGUE: list[Callable[["CinChild", "_Maker"], Answer | None]] = [
    _ethnicity, _upn_check_letter, _referral_source, _primary_need, _duplicate_disability, _duplicate_factor,
    _category_of_abuse, _cpp_ends_before_start, _reason_for_closure, _unborn_sex, _child_id_characters,
]


def inject(people: list["CinChild"], k: int, rng: random.Random, maker: "_Maker") -> list[Answer]:
    """Break k children (each at most once), cycling through the catalogue so every kind of error appears."""
    answers: list[Answer] = []
    order = list(range(len(people)))
    rng.shuffle(order)
    used: set[int] = set()
    kind = 0
    attempts = 0
    while len(answers) < k and attempts < len(people) * 3:
        attempts += 1
        i = order[attempts % len(order)]
        if i in used:
            continue
        answer = CATALOGUE[kind % len(CATALOGUE)](people[i], maker)
        if answer:
            answers.append(answer)
            used.add(i)
            kind += 1
    return answers
