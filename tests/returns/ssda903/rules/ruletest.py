"""Run one 903 rule on small tables written as text cells, exactly as they would arrive in CSV files.

    found = run_rule("103", header=[{"CHILD": "1", "ETHNIC": "WBRI"}, {"CHILD": "2", "ETHNIC": "XXXX"}])
    assert found == {("Header", 2)}        # (table, row number in the fixture, counting from 1)

Previous year's tables: pass `last={"episodes": [...]}`. Reference lists: `reference={"postcodes": [...]}`
(postcodes also build episodes_geo, for the council `la_code`, default 839). Tables are named by their SQL
names (header, episodes, reviews, uasc, oc2, oc3, ad1, placed_adoption, prev_perm, missing, sw_episodes, dolo)."""

from tests.support import rules


def run_rule(
    code: str,
    year: str = "2025-26",
    last: dict[str, list[dict[str, str | None]]] | None = None,
    reference: dict[str, list[dict[str, str | None]]] | None = None,
    la_code: str | None = "839",
    with_children: bool = False,
    **tables: list[dict[str, str | None]],
) -> set[tuple]:
    return rules.run_rule("ssda903", code, year, last, reference, la_code, with_children, tables)
