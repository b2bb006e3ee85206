"""docs/measures.md, generated from the measure headers so the definitions cannot drift from the SQL."""

from carewatch.engine.measures import load_measures

RETURNS = ("ssda903", "cin")


def render() -> str:
    lines = [
        "# Measures",
        "",
        "Generated from the headers of the SQL files in `src/carewatch/measures/` by",
        "`carewatch measures --docs docs/measures.md`; a test fails when this page is stale.",
        "",
    ]
    for return_name in RETURNS:
        lines += [f"## {return_name}", ""]
        for m in load_measures(return_name):
            lines += [
                f"### `{m.id}`: {m.title}",
                "",
                m.definition,
                "",
                f"- Source: {m.source}",
                f"- Numerator: {m.numerator}",
                f"- Denominator: {m.denominator}",
                f"- Unit: {m.unit}; polarity: {m.polarity.replace('_', ' ')}",
                f"- Breakdowns: {', '.join(m.breakdowns)}",
                "",
            ]
    return "\n".join(lines)
