"""The Spark twin of engine/macros.sql: age_at, working_days_between and add_working_days as Spark SQL
expressions, spliced into a rule's or measure's SQLGlot tree before it is written out as Spark SQL.

Spark SQL has no macros, and the DuckDB ones read the `calendar` table through correlated scalar
subqueries, which Spark refuses in many places (inside CASE, in join conditions, nested). So each macro here
is a plain scalar expression over its arguments: weekdays are counted by arithmetic, and the bank holidays
(the calendar's non-working weekdays, so both engines use the same days) are an array literal. Outside the
calendar's range both engines give NULL. Transpiling alone would keep the syntax and change the meaning
(e.g. DuckDB's date_diff('year', ...) counts year boundaries, Spark's whole years: stack.md §3), which is why
these are written by hand and tested against the DuckDB macros on the same dates."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlglot
from sqlglot import exp

# Weekdays from a Monday: for n = days since MONDAY, 5 per whole week plus the weekdays of the part week.
MONDAY = "DATE '2000-01-03'"


@dataclass(frozen=True)
class Calendar:
    """What the Spark macros need of the engine's `calendar` table."""

    first: date
    last: date
    holidays: tuple[date, ...]  # bank holidays falling Monday to Friday


def _lit(d: date) -> str:
    return f"DATE '{d.isoformat()}'"


def _templates(cal: Calendar) -> dict[str, tuple[tuple[str, ...], str]]:
    hols = "array(" + ", ".join(_lit(h) for h in cal.holidays) + ")" if cal.holidays else "CAST(array() AS ARRAY<DATE>)"
    lo, hi = _lit(cal.first), _lit(cal.last)
    working = f"(weekday(wd_day) < 5 AND NOT array_contains({hols}, wd_day))"

    def day_no(d: str) -> str:  # working days up to and including d, from a fixed origin
        n = f"datediff({d}, {MONDAY})"
        return f"(CAST(floor({n} / 7) AS INT) * 5 + least(pmod({n}, 7) + 1, 5) - size(filter({hols}, wd_hol -> wd_hol <= {d})))"

    return {
        # Same expression as macros.sql: whole years, the birthday counted on the day (29 Feb birthdays turn
        # a year older on 1 March in non-leap years).
        "age_at": (("dob", "d"), ("(year(d) - year(dob) - CASE WHEN month(d) < month(dob) OR (month(d) = month(dob) "
                                 "AND day(d) < day(dob)) THEN 1 ELSE 0 END)")),
        "working_days_between": (("a", "b"), (f"(CASE WHEN a BETWEEN {lo} AND {hi} AND b BETWEEN {lo} AND {hi} "
                                             f"THEN {day_no('b')} - {day_no('a')} END)")),
        # n > 0: the n-th working day after d; n <= 0: count back from the last working day on or before d.
        # The search window (2|n| + 14 days) always holds |n| + 1 working days, even over Christmas.
        "add_working_days": (("d", "n"), (f"(CASE WHEN NOT d BETWEEN {lo} AND {hi} THEN NULL "
                                         f"WHEN n > 0 THEN try_element_at(filter(sequence(date_add(d, 1), date_add(d, CAST(2 * n + 14 AS INT))), "
                                         f"wd_day -> wd_day <= {hi} AND {working}), CAST(n AS INT)) "
                                         f"ELSE try_element_at(filter(sequence(date_sub(d, CAST(14 - 2 * n AS INT)), d), "
                                         f"wd_day -> wd_day >= {lo} AND {working}), CAST(n - 1 AS INT)) END)")),
    }


def post_order(tree: exp.Expr, fn: Callable[[exp.Expr], exp.Expr]) -> exp.Expr:
    """Apply fn to every node, children before parents, so a rewritten node's arguments are rewritten too
    (SQLGlot's own transform does not descend into a node it has just replaced)."""
    for node in reversed(list(tree.walk(bfs=False))):
        new = fn(node)
        if new is not node:
            if node is tree:
                return new
            node.replace(new)
    return tree


class SparkMacros:
    """Expands the engine's macros in a DuckDB-dialect tree into Spark expressions."""

    def __init__(self, cal: Calendar) -> None:
        self.templates = {
            name: (params, sqlglot.parse_one(body, read="spark")) for name, (params, body) in _templates(cal).items()
        }

    def expand(self, tree: exp.Expr) -> exp.Expr:
        def swap(node: exp.Expr) -> exp.Expr:
            if isinstance(node, exp.Anonymous) and node.name.lower() in self.templates:
                params, body = self.templates[node.name.lower()]
                args = node.expressions
                if len(args) != len(params):
                    raise ValueError(f"{node.name} takes {len(params)} arguments, not {len(args)}")
                bound = dict(zip(params, args, strict=True))
                out = body.copy()
                # Parameters are bare column names in the template; lambda variables (wd_day, wd_hol) are not.
                for col in list(out.find_all(exp.Column)):
                    if not col.table and col.name in bound:
                        col.replace(exp.paren(bound[col.name].copy(), copy=False))
                return out
            return node

        return post_order(tree, swap)
