from pathlib import Path

from carewatch.measures.docs import render
from carewatch.measures.population import population_0_17
from carewatch.returns.years import CollectionYear

DOCS = Path(__file__).parents[2] / "docs" / "measures.md"


def test_measure_docs_are_fresh():
    assert DOCS.read_text() == render(), "run: carewatch measures --docs docs/measures.md"


def test_published_check_figure_population():
    # DfE: Bournemouth, Christchurch and Poole, 31 March 2025: 560 children looked after, population 74,810, rate 75.
    assert population_0_17("839", CollectionYear.parse("2024-25")) == (74810, 2024)
    assert round(560 / 74810 * 10000) == 75


def test_unpublished_year_falls_back_to_the_latest_estimate():
    assert population_0_17("839", CollectionYear.parse("2025-26")) == (74810, 2024)
    assert population_0_17("999", CollectionYear.parse("2025-26")) is None
