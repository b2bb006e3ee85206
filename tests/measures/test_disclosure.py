"""Shared measure files hide numbers of 1 to 5 children and the values made from them."""

import csv

import pyarrow as pa

from carewatch.commands.measures import write_table
from carewatch.measures.disclosure import suppress_small_counts


def test_small_counts_and_their_values_become_c_and_zero_stays(tmp_path):
    table = pa.table({
        "measure_id": ["cla_31mar", "cla_3plus_placements", "cla_3plus_placements", "cla_31mar", "cla_31mar_rate"],
        "la_code": ["839"] * 5, "period": ["2025-26"] * 5,
        "breakdown": ["total", "total", "total", "sex", "total"], "category": ["all", "all", "all", "=HYPERLINK(1)", "all"],
        "numerator": [560.0, 3.0, 40.0, 0.0, 560.0], "denominator": [None, 60.0, 5.0, None, 74810.0],
        "value": [560.0, 5.0, 800.0, 0.0, 560 / 74810 * 10000],
    })
    shared = suppress_small_counts(table, {"cla_31mar": True, "cla_3plus_placements": False, "cla_31mar_rate": False})
    rows = shared.to_pylist()
    assert (rows[0]["numerator"], rows[0]["value"]) == ("560", "560")
    assert (rows[1]["numerator"], rows[1]["denominator"], rows[1]["value"]) == ("c", "60", "c")  # 3 of 60: 5%
    assert (rows[2]["numerator"], rows[2]["denominator"], rows[2]["value"]) == ("40", "c", "c")  # a group of 5: hidden
    assert (rows[3]["numerator"], rows[3]["value"]) == ("0", "0")  # zero discloses no one
    assert rows[4]["value"].startswith("74.85")
    out = tmp_path / "m.csv"
    write_table(shared, out)
    with out.open() as f:
        cells = list(csv.DictReader(f))
    assert cells[3]["category"] == "'=HYPERLINK(1)"  # a cell from the return never runs as a formula
