"""Every rule and every measure on DuckDB and on Spark over the same synthetic council (a few hundred
children, last year's 903 return, postcode centroids, and a CIN census), with injected errors so rules fire:
the findings and the figures must be identical. A rule or measure that cannot be the same on Spark is listed
in KNOWN with the reason; today there are none."""

from datetime import date

import pyarrow as pa
import pytest

from carewatch.engine import spark_conformance as conf
from carewatch.engine.measures import load_measures
from carewatch.engine.reference_lists import read_reference
from carewatch.engine.validate import rules
from carewatch.returns.readers import read_return
from carewatch.synth.cin import write_census
from carewatch.synth.cin_errors import CATALOGUE as CIN_ERRORS
from carewatch.synth.ssda903 import write_council
from carewatch.synth.ssda903_errors import CATALOGUE as SSDA903_ERRORS

pytestmark = pytest.mark.spark

YEAR, CHILDREN, LA = "2025-26", 300, "839"
KNOWN: dict[str, str] = {}  # rule code or measure id -> why it cannot match on Spark


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    root = tmp_path_factory.mktemp("spark_council")
    write_council(root / "903", year=YEAR, children=CHILDREN, seed=5, inject_errors=len(SSDA903_ERRORS))
    write_census(root / "cin" / "census.xml", year=YEAR, children=CHILDREN, seed=5, inject_errors=len(CIN_ERRORS))
    sub903 = read_return("ssda903", [root / "903" / "current"], YEAR)
    reference = {"postcodes": read_reference("ssda903", "postcodes", root / "903" / "reference" / "postcodes.csv"),
                 "providers": _providers(sub903.tables["episodes"])}
    return {
        "ssda903": (sub903, read_return("ssda903", [root / "903" / "previous"], str(sub903.year.previous)), reference),
        "cin": (read_return("cin", [root / "cin" / "census.xml"], YEAR), None, {}),
    }


def _providers(episodes: pa.Table) -> pa.Table:
    """An Ofsted provider list for the council's URNs, so the provider rules (219-229, 1008) run too: every
    seventh URN is left off, every fifth lists no placement codes, and every third registration ended on
    1 June 2025, so those rules find something."""
    by_urn: dict[str, dict] = {}
    for e in episodes.to_pylist():
        if e["URN"] and e["URN"] != "XXXXXXX":
            p = by_urn.setdefault(e["URN"], {"place": set(), "provider": set(), "post": e["PL_POST"]})
            p["place"].add(e["PLACE"] or "")
            p["provider"].add(e["PLACE_PROVIDER"] or "")
    rows = [
        {"URN": urn, "LA_CODE": LA if k % 4 else "330", "PLACE_CODES": "" if k % 5 == 0 else ",".join(sorted(p["place"])),
         "PROVIDER_CODES": ",".join(sorted(p["provider"])), "REG_END": date(2025, 6, 1) if k % 3 == 0 else None,
         "POSTCODE": p["post"]}
        for k, (urn, p) in enumerate(sorted(by_urn.items()), start=1) if k % 7
    ]
    schema = pa.schema([("URN", pa.string()), ("LA_CODE", pa.string()), ("PLACE_CODES", pa.string()),
                        ("PROVIDER_CODES", pa.string()), ("REG_END", pa.date32()), ("POSTCODE", pa.string())])
    return pa.Table.from_pylist(rows, schema=schema)


def _check(report: conf.Conformance, least_nonempty: int) -> None:
    unexpected = {k: v for k, v in report.not_identical().items() if k not in KNOWN}
    assert unexpected == {}
    assert report.count(conf.IDENTICAL) > 0
    assert {k for k, v in report.status.items() if v == conf.SKIPPED} == set()  # every input is supplied
    assert report.nonempty >= least_nonempty, "the fixture no longer makes rules fire / measures non-zero"


@pytest.mark.parametrize(("return_name", "least_fired"), [("ssda903", 40), ("cin", 10)])
def test_rules_find_the_same_rows_on_spark(spark, council, return_name, least_fired):
    submission, previous, reference = council[return_name]
    report = conf.rules(spark, rules(return_name), submission, previous, reference, LA)
    _check(report, least_fired)


@pytest.mark.parametrize(("return_name", "least_nonzero"), [("ssda903", 15), ("cin", 10)])
def test_measures_give_the_same_figures_on_spark(spark, council, return_name, least_nonzero):
    submission, previous, reference = council[return_name]
    report = conf.measures(spark, load_measures(return_name), submission, previous, reference, LA, 70_000)
    _check(report, least_nonzero)
