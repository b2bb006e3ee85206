"""Spark conformance tests: one local SparkSession for the whole run (start-up costs about a minute on two
busy cores). They run only when asked for, `pytest -m spark -p no:xdist tests/spark` (or CAREWATCH_SPARK=1),
and skip with the reason when pyspark or Java is missing."""

import os

import pytest

from carewatch.engine import spark as spark_engine


def pytest_collection_modifyitems(config, items):
    marks = config.getoption("-m") or ""
    asked = ("spark" in marks and "not spark" not in marks) or os.environ.get("CAREWATCH_SPARK") == "1"
    why = spark_engine.unavailable()
    for item in items:
        if item.get_closest_marker("spark") is None:
            continue
        if why:
            item.add_marker(pytest.mark.skip(reason=f"Spark conformance: {why}"))
        elif not asked:
            item.add_marker(pytest.mark.skip(reason="Spark conformance runs with `pytest -m spark -p no:xdist tests/spark`"))


@pytest.fixture(scope="session")
def spark():
    session = spark_engine.session()
    yield session
    session.stop()
