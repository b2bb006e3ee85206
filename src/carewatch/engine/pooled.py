"""Measures for many submissions in one query each ("pooled"): every council-year's tables stacked, each row keyed
by `_sub` (e.g. "839|2025-26"), and each measure's SQL rewritten with SQLGlot so that it returns, per `_sub`,
exactly the rows the original returns for that submission alone.

Why: per council-year the fixed cost of a connection, the derived views and ~43 small queries dominates (about
0.2 s CPU), and on Spark each query costs ~0.3-1 s; run once over all councils, both costs are paid once.

The rewrite, per SELECT scope whose sources include a per-submission ("keyed") relation:
- `_sub` is projected (last, so `GROUP BY 2` style ordinals keep their meaning) from the scope's driver, the
  first keyed source that is not on the nullable side of an outer join (or `_subs`, one row per submission,
  joined in when there is none, so `(VALUES ...) t LEFT JOIN x` still gives every submission its rows);
- every other keyed source is joined on `_sub` (CROSS JOIN meta becomes a keyed join);
- `_sub` is added to GROUP BY, DISTINCT ON and every window's PARTITION BY;
- EXISTS / IN / scalar subqueries are correlated on `_sub` (their own scope filters on the outer driver's
  `_sub`), so `(SELECT collection_end FROM meta)` is the row's own council's;
- an aggregate with no GROUP BY gives one row per submission even when a submission has no rows: it is grouped
  by `_sub` and driven from `_subs`, a submission without rows getting the aggregates' empty values (count 0,
  the rest NULL) in the same expressions.
Shared tables (calendar, codes, local_authorities, the LTLA lookup) are left as they are. What the rewriter
cannot prove right (RIGHT/FULL joins, USING, LIMIT, a star over two keyed sources, ...) raises Unpoolable, and
the caller measures that one per submission."""

import itertools
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import sqlglot
from sqlglot import exp

from carewatch.engine.measures import (
    OUTPUT,
    RESULT_SCHEMA,
    Measure,
    _why,
    compute,
    create_all_years,
    view_queries,
)
from carewatch.engine.run import MACROS, _calendar, _local_authorities, codes_table, relations
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty

SUB, SUBS = "_sub", "_subs"
ARROW_ROWS = 50_000  # on Spark, tables smaller than this go over as Arrow, larger ones as Parquet files
SHARED = frozenset({"calendar", "codes", "codes_last", "local_authorities", "_ltla_utla"})


class Unpoolable(ValueError):
    """The rewriter cannot pool this query exactly: the measure is run per submission instead."""


# ---------------------------------------------------------------------------------------------------------
# The rewriter


def pool_sql(sql: str, shared: Iterable[str] = SHARED) -> str:
    """The DuckDB query `sql` rewritten over stacked tables: every relation it reads carries `_sub` except the
    `shared` ones (and CTEs, which carry it when their rows come from one that does); the result has the
    query's columns and then `_sub`, one row set per submission."""
    return _pool_cached(sql, frozenset(shared))


@lru_cache(maxsize=512)
def _pool_cached(sql: str, shared: frozenset[str]) -> str:
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError as exc:
        raise Unpoolable(f"cannot parse: {str(exc).splitlines()[0]}") from None
    if not isinstance(tree, exp.Query):
        raise Unpoolable("not a query")
    out, _ = _Rewriter(shared).project(tree, {}, force=True)
    return out.sql(dialect="duckdb")


def _col(table: str, name: str = SUB) -> exp.Column:
    return exp.column(name, table=table)


def _eq(a: str, b: str) -> exp.Expr:
    return exp.EQ(this=_col(a), expression=_col(b))


def _own(select: exp.Select) -> Iterable[exp.Expr]:
    """The nodes of this SELECT's own scope (not its sources, CTEs or nested queries; the nested queries found
    in its expressions are yielded themselves, their insides not)."""
    parts: list[exp.Expr] = []
    for key in ("expressions", "where", "group", "having", "qualify", "windows", "order", "distinct"):
        value = select.args.get(key)
        parts.extend(value if isinstance(value, list) else [value] if value is not None else [])
    parts.extend(j.args["on"] for j in select.args.get("joins") or [] if j.args.get("on") is not None)
    for part in parts:
        yield from part.walk(prune=lambda n: isinstance(n, exp.Query))


def _aggregates(select: exp.Select) -> list[exp.Expr]:
    """The aggregate calls of the projections (windowed ones are not), each with its FILTER / IGNORE NULLS
    wrapper when it has one: the node that stands for the aggregate's value."""
    found: list[exp.Expr] = []
    for p in select.expressions:
        for node in p.walk(prune=lambda n: isinstance(n, (exp.Query, exp.Window))):
            if isinstance(node, exp.AggFunc) and not isinstance(node.parent, exp.Window):
                top: exp.Expr = node
                while isinstance(top.parent, (exp.Filter, exp.IgnoreNulls, exp.RespectNulls)):
                    top = top.parent
                found.append(top)
    return found


@dataclass
class _Source:
    node: exp.Expr  # Table, Subquery or Values
    name: str
    keyed: bool
    inner: bool  # not on the nullable side of an outer join
    join: exp.Join | None


class _Rewriter:
    def __init__(self, shared: frozenset[str]) -> None:
        self.shared = shared
        self.counter = itertools.count(1)

    def fresh(self, stem: str) -> str:
        return f"_{stem}{next(self.counter)}"

    # -- queries whose rows are a relation: they project `_sub` --------------------------------------------------

    def project(self, query: exp.Query, ctes: dict[str, bool], force: bool) -> tuple[exp.Query, bool]:
        """The query rewritten to project `_sub` when it reads keyed relations (always, with `force`)."""
        ctes = self._with(query, ctes)
        if isinstance(query, exp.Subquery):
            inner, keyed = self.project(query.this, ctes, force)
            query.set("this", inner)
            return query, keyed
        if isinstance(query, exp.SetOperation):
            force = force or self.reads_keyed(query.this, ctes) or self.reads_keyed(query.expression, ctes)
            left, lk = self.project(query.this, ctes, force)
            right, rk = self.project(query.expression, ctes, force)
            query.set("this", left)
            query.set("expression", right)
            if force and (query.args.get("limit") or query.args.get("offset")):
                raise Unpoolable("LIMIT/OFFSET over keyed rows")
            for side in (left, right):
                if force and _star_covers(side):
                    raise Unpoolable("a set operation branch selects * from a keyed relation (column order unknown)")
            return query, lk or rk
        if not isinstance(query, exp.Select):
            raise Unpoolable(f"unsupported query: {type(query).__name__}")
        return self.select(query, ctes, force, outer=None)

    def _with(self, query: exp.Query, ctes: dict[str, bool]) -> dict[str, bool]:
        with_ = query.args.get("with_")
        if not with_:
            return ctes
        if with_.args.get("recursive"):
            raise Unpoolable("recursive CTE")
        ctes = dict(ctes)
        for cte in with_.expressions:
            body, keyed = self.project(cte.this, ctes, force=False)
            cte.set("this", body)
            if keyed and cte.args["alias"].columns:
                cte.args["alias"].append("columns", exp.to_identifier(SUB))
            ctes[cte.alias_or_name] = keyed
        return ctes

    def reads_keyed(self, query: exp.Expr, ctes: dict[str, bool]) -> bool:
        """Whether the query's rows come from keyed relations (its FROM and JOINs, through derived tables)."""
        if isinstance(query, exp.Subquery):
            return self.reads_keyed(query.this, ctes)
        if isinstance(query, exp.SetOperation):
            return self.reads_keyed(query.this, ctes) or self.reads_keyed(query.expression, ctes)
        if not isinstance(query, exp.Select):
            return False
        local = dict(ctes)
        with_ = query.args.get("with_")
        for cte in with_.expressions if with_ else []:
            local[cte.alias_or_name] = self.reads_keyed(cte.this, local)
        sources = [query.args["from_"].this] if query.args.get("from_") else []
        sources += [j.this for j in query.args.get("joins") or []]
        for s in sources:
            if isinstance(s, exp.Table) and isinstance(s.this, exp.Identifier):
                if local[s.name] if s.name in local else s.name not in self.shared:
                    return True
            elif isinstance(s, exp.Subquery) and self.reads_keyed(s.this, local):
                return True
        return any(self.reads_keyed(n, local) for n in _own(query) if isinstance(n, exp.Query) and n is not query)

    # -- one SELECT scope ---------------------------------------------------------------------------------------

    def _sources(self, select: exp.Select, ctes: dict[str, bool]) -> list[_Source]:
        """The scope's sources, derived tables rewritten (they project `_sub` when keyed)."""
        found: list[_Source] = []
        items: list[tuple[exp.Expr, exp.Join | None]] = []
        if select.args.get("from_"):
            items.append((select.args["from_"].this, None))
        for j in select.args.get("joins") or []:
            items.append((j.this, j))
        if select.args.get("laterals"):
            raise Unpoolable("LATERAL")
        for node, join in items:
            inner = True
            if join is not None:
                side, kind = (join.args.get("side") or "").upper(), (join.args.get("kind") or "").upper()
                if join.args.get("method") or join.args.get("using") or kind in ("SEMI", "ANTI", "ASOF", "POSITIONAL"):
                    raise Unpoolable(f"unsupported join: {join.sql(dialect='duckdb')[:60]}")
                if side in ("RIGHT", "FULL"):
                    raise Unpoolable(f"{side} JOIN")
                inner = side != "LEFT"
            if isinstance(node, exp.Table):
                if not isinstance(node.this, exp.Identifier):
                    found.append(_Source(node, node.alias_or_name, False, inner, join))
                    continue
                keyed = ctes[node.name] if node.name in ctes else node.name not in self.shared
                found.append(_Source(node, node.alias_or_name, keyed, inner, join))
            elif isinstance(node, exp.Subquery):
                body, keyed = self.project(node.this, ctes, force=False)
                node.set("this", body)
                if not node.alias:
                    node.set("alias", exp.TableAlias(this=exp.to_identifier(self.fresh("d"))))
                if keyed and node.args["alias"].columns:
                    node.args["alias"].append("columns", exp.to_identifier(SUB))
                found.append(_Source(node, node.alias_or_name, keyed, inner, join))
            elif isinstance(node, exp.Values):
                found.append(_Source(node, node.alias_or_name, False, inner, join))
            else:
                raise Unpoolable(f"unsupported source: {type(node).__name__}")
        return found

    def _key_joins(self, select: exp.Select, sources: list[_Source], force: bool) -> str | None:
        """Join every keyed source on `_sub`; the driver's name (None when the scope reads nothing keyed)."""
        if not force and not any(s.keyed for s in sources):
            return None
        first = next((s for s in sources if s.keyed), None)
        if first is not None and first.inner:
            driver = first.name
        else:  # nothing keyed, or an outer-joined one first: every submission from `_subs`
            driver = self.fresh("s")
            table = exp.Table(this=exp.to_identifier(SUBS), alias=exp.TableAlias(this=exp.to_identifier(driver)))
            if select.args.get("from_"):
                select.set("joins", [exp.Join(this=table, kind="CROSS"), *(select.args.get("joins") or [])])
            else:
                select.set("from_", exp.From(this=table))
        for s in sources:
            if not s.keyed or s.name == driver:
                continue
            if s.join is None:  # a keyed FROM after an unkeyed... cannot be: the FROM is first
                raise Unpoolable("keyed FROM source is not the driver")
            on = s.join.args.get("on")
            condition = _eq(s.name, driver)
            if on is None or (isinstance(on, exp.Boolean) and on.this):
                s.join.set("on", condition)
            else:
                s.join.set("on", exp.and_(exp.paren(on.copy()), condition))
            if (s.join.args.get("kind") or "").upper() == "CROSS":
                s.join.set("kind", None)
        return driver

    def select(self, select: exp.Select, ctes: dict[str, bool], force: bool, outer: str | None) -> tuple[exp.Query, bool]:
        """One SELECT: projected (outer None: `_sub` added to its columns) or correlated (outer names the
        enclosing driver whose `_sub` it must match; its columns are left as they are)."""
        sources = self._sources(select, ctes)
        names = [s.name for s in sources]
        if len(set(names)) != len(names):
            raise Unpoolable("two sources with the same name")
        if outer is not None and outer in names:
            raise Unpoolable(f"a subquery source hides the outer {outer!r}")
        if outer is None and not force:  # a subquery reading keyed rows makes the scope keyed (one per submission)
            force = any(self.reads_keyed(n, ctes) for n in _own(select) if isinstance(n, exp.Query) and n is not select)
        driver = self._key_joins(select, sources, force and outer is None)
        if driver is not None and driver not in names and any(isinstance(p, exp.Star) for p in select.expressions):
            raise Unpoolable("* over rows driven from _subs (its _sub would be doubled)")
        # Nested EXISTS / IN / scalar subqueries: correlated on this scope's driver (or the outer one).
        for node in list(_own(select)):
            if isinstance(node, exp.Query) and node is not select:
                target = node.this if isinstance(node, exp.Subquery) else node
                rewritten = self.correlate(target, ctes, driver or outer)
                if isinstance(node, exp.Subquery):
                    node.set("this", rewritten)
                else:
                    node.replace(rewritten)
        if driver is None:
            return select, False
        if outer is not None:
            select.where(_eq(driver, outer), copy=False)
            return select, True
        if select.args.get("limit") or select.args.get("offset"):
            raise Unpoolable("LIMIT/OFFSET over keyed rows")
        for node in _own(select):
            if isinstance(node, exp.Window):
                named_ref = node.args.get("alias") and not node.args.get("partition_by") and not node.args.get("order")
                if isinstance(node.this, exp.Identifier) or not named_ref:  # a WINDOW definition, or an inline one
                    node.set("partition_by", [*(node.args.get("partition_by") or []), _col(driver)])
        distinct = select.args.get("distinct")
        if distinct is not None and distinct.args.get("on") is not None:
            distinct.args["on"].append("expressions", _col(driver))
        group = select.args.get("group")
        if group is not None:
            if any(k != "expressions" and v for k, v in group.args.items()):
                raise Unpoolable("GROUP BY ROLLUP/CUBE/GROUPING SETS/ALL")
            group.append("expressions", _col(driver))
        covered = _star_covers(select, sources)
        if covered is None:
            select.append("expressions", exp.alias_(_col(driver), SUB))
        elif not covered.inner:
            raise Unpoolable("* over an outer-joined keyed relation")
        aggregates = _aggregates(select)
        if group is None and select.args.get("having") is not None:
            raise Unpoolable("HAVING without GROUP BY")
        if group is None and aggregates:
            return self._every_submission(select, driver), True
        return select, True

    def _every_submission(self, select: exp.Select, driver: str) -> exp.Select:
        """An aggregate without GROUP BY gives one row even over no rows: grouped by `_sub`, driven from
        `_subs`, with the aggregates' values over no rows for a submission that has none."""
        if _star_covers(select, None) is not None:
            raise Unpoolable("* in an aggregate")
        with_ = select.args.get("with_")
        if with_ is not None:
            select.set("with_", None)
        subs, grouped = self.fresh("s"), self.fresh("g")
        columns: list[exp.Expr] = []
        projections = select.expressions[:-1]  # the last is _sub, added above
        for i, p in enumerate(projections):
            name = p.alias if isinstance(p, exp.Alias) else p.name if isinstance(p, exp.Column) else None
            value = p.this if isinstance(p, exp.Alias) else p
            none = value.copy()
            for agg in _aggregates(exp.select(none)) if not isinstance(none, exp.AggFunc) else [none]:
                zero = isinstance(agg.this if isinstance(agg, (exp.Filter, exp.IgnoreNulls, exp.RespectNulls)) else agg,
                                  (exp.Count, exp.CountIf, exp.ApproxDistinct))  # 0 over no rows
                replacement = exp.Literal.number(0) if zero else exp.Null()
                if agg is none:
                    none = replacement
                else:
                    agg.replace(replacement)
            if any(isinstance(n, (exp.Column, exp.Query)) for n in none.walk()):
                raise Unpoolable("a column or subquery outside the aggregates of an aggregate without GROUP BY")
            inner = f"_c{i}"
            p.replace(exp.alias_(value.copy(), inner))
            case = exp.Case(ifs=[exp.If(this=exp.Is(this=_col(grouped), expression=exp.Null()), true=none)],
                            default=_col(grouped, inner))
            columns.append(exp.alias_(case, name) if name else case)
        select.set("group", exp.Group(expressions=[_col(driver)]))
        outer = exp.Select(expressions=[*columns, exp.alias_(_col(subs), SUB)])
        outer.set("from_", exp.From(this=exp.Table(this=exp.to_identifier(SUBS), alias=exp.TableAlias(this=exp.to_identifier(subs)))))
        outer.set("joins", [exp.Join(this=exp.Subquery(this=select, alias=exp.TableAlias(this=exp.to_identifier(grouped))),
                                     side="LEFT", on=_eq(grouped, subs))])
        if with_ is not None:
            outer.set("with_", with_)
        return outer

    # -- queries in expressions: EXISTS, IN, scalar subqueries ---------------------------------------------------

    def correlate(self, query: exp.Query, ctes: dict[str, bool], outer: str | None) -> exp.Query:
        """A query inside an expression, filtered on the enclosing driver's `_sub` (`outer`) wherever it reads
        keyed rows; its columns are left as they are (IN and scalar subqueries need exactly theirs)."""
        ctes = self._with(query, ctes)
        if isinstance(query, exp.Subquery):
            query.set("this", self.correlate(query.this, ctes, outer))
            return query
        if isinstance(query, exp.SetOperation):
            query.set("this", self.correlate(query.this, ctes, outer))
            query.set("expression", self.correlate(query.expression, ctes, outer))
            return query
        if not isinstance(query, exp.Select):
            raise Unpoolable(f"unsupported subquery: {type(query).__name__}")
        if outer is None:
            if self.reads_keyed(query, ctes):
                raise Unpoolable("a subquery reads keyed rows in a scope that has none")
            out, _ = self.select(query, ctes, force=False, outer=None)
            return out
        out, _ = self.select(query, ctes, force=False, outer=outer)
        return out


def _star_covers(select: exp.Expr, sources: list[_Source] | None = None) -> _Source | None:
    """The keyed source whose `_sub` a star projection already brings (None when no star brings one);
    Unpoolable when stars bring two. Without sources: whether the SELECT has a star at all (a sentinel)."""
    if not isinstance(select, exp.Select):
        return None
    stars = [p for p in select.expressions if isinstance(p, exp.Star) or (isinstance(p, exp.Column) and isinstance(p.this, exp.Star))]
    if sources is None:
        return _Source(select, "*", True, True, None) if stars else None
    covered: list[_Source] = []
    for star in stars:
        if isinstance(star, exp.Star):
            covered += [s for s in sources if s.keyed]
        else:
            covered += [s for s in sources if s.keyed and s.name == star.table]
    if len(covered) > 1:
        raise Unpoolable("* brings `_sub` from two keyed relations")
    return covered[0] if covered else None


# ---------------------------------------------------------------------------------------------------------
# Stacked inputs and the pooled run


@dataclass(frozen=True)
class Pooled:
    """One submission to pool: its key (unique, e.g. "839|2025-26"), this year's and last year's returns, the
    council, its 0-17 population and its reference lists (e.g. postcodes)."""

    key: str
    current: Submission
    previous: Submission | None = None
    la_code: str | None = None
    population_0_17: int | None = None
    reference: dict[str, pa.Table] = field(default_factory=dict)


@dataclass
class PooledRun:
    table: pa.Table
    skipped: list[tuple[str, Measure, str]] = field(default_factory=list)  # submission key, measure, why
    per_submission: dict[str, str] = field(default_factory=dict)  # measure id -> why it could not be pooled


def _group_key(p: Pooled) -> tuple:
    """Submissions pool together when the same tables (and so the same measures) are available to them."""
    return (p.current.return_name, str(p.current.year), tuple(sorted(p.current.tables)),
            None if p.previous is None else (str(p.previous.year), tuple(sorted(p.previous.tables))),
            tuple(sorted(p.reference)))


def _stack(tables: Sequence[tuple[str, pa.Table]]) -> pa.Table:
    keyed = [t.append_column(SUB, pa.repeat(pa.scalar(key, pa.string()), t.num_rows)) for key, t in tables]
    return pa.concat_tables(keyed, promote_options="permissive")


_META = """
CREATE TABLE meta AS
SELECT i.la_code::VARCHAR AS la_code,
       (SELECT ons_code FROM local_authorities l WHERE l.la_code = i.la_code AND (l.valid_to IS NULL OR l.valid_to >= ?::DATE)
        ORDER BY l.valid_from DESC NULLS LAST LIMIT 1) AS la_ons,
       ?::VARCHAR AS year, ?::DATE AS collection_start, ?::DATE AS collection_end,
       i.population_0_17::BIGINT AS population_0_17, i._sub
FROM _meta_in i
"""


def _view_queries(return_name: str) -> list[tuple[str, str]]:
    try:
        return view_queries(return_name)
    except ValueError as exc:
        raise Unpoolable(str(exc)) from None


class _Pool:
    """A DuckDB connection holding a group's submissions stacked, with the derived tables built pooled."""

    def __init__(self, group: list[Pooled], threads: int | None = None, derived: bool = True) -> None:
        first = group[0]
        self.con = con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")  # pooled queries run long enough for it to print
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        con.register("calendar", _calendar())
        con.execute(MACROS.read_text())
        self._arrow: dict[str, pa.Table] = {}
        for name in first.current.tables:
            self._load(name, _stack([(p.key, p.current.tables[name]) for p in group]))
        if first.previous is not None:
            schema_tables = {t.sql: t for t in first.current.schema.tables.values()}
            for name in sorted(set(first.previous.tables) | set(schema_tables)):
                self._load(f"{name}_last", _stack([
                    (p.key, p.previous.tables[name] if p.previous and name in p.previous.tables else empty(schema_tables[name]))
                    for p in group]))
            con.register("codes_last", codes_table(first.previous))
        con.register("codes", codes_table(first.current))
        for name in first.reference:
            self._load(name, _stack([(p.key, p.reference[name]) for p in group]))
        con.register("local_authorities", _local_authorities())
        con.register("_meta_in", pa.table({
            "_sub": pa.array([p.key for p in group], pa.string()),
            "la_code": pa.array([p.la_code for p in group], pa.string()),
            "population_0_17": pa.array([p.population_0_17 for p in group], pa.int64()),
        }))
        year = first.current.year
        con.execute(_META, [year.end, str(year), year.start, year.end])
        con.execute(f"CREATE TABLE {SUBS} AS SELECT {SUB} FROM meta")
        self._geo()
        if not derived:  # the caller builds `_all_years` and the views itself (on Spark)
            return
        create_all_years(con)  # over the stacked tables, `_sub` comes along in the star
        self._views(first.current.return_name)
        unkeyed = [t for t in relations(con) - SHARED
                   if SUB not in {r[0] for r in con.execute(f'DESCRIBE "{t}"').fetchall()}]
        if unkeyed:  # the rewriter takes every relation but the shared ones to carry `_sub`
            raise Unpoolable(f"relations without {SUB}: {', '.join(sorted(unkeyed))}")

    def _load(self, name: str, table: pa.Table) -> None:
        self._arrow[name] = table  # registered tables are read in place: keep them alive
        self.con.register(name, table)

    def create(self, name: str, sql: str) -> None:
        self.con.execute(f"CREATE OR REPLACE TABLE {name} AS {pool_sql(sql)}")

    def _geo(self) -> None:
        from carewatch.engine import geo

        tables = relations(self.con)
        if "postcodes" not in tables:
            return
        self.create("_postcode_keys", geo.POSTCODE_KEYS)
        self.con.execute("CREATE TABLE _ltla_utla AS SELECT * FROM read_csv(?, header = true, all_varchar = true)",
                         [str(geo.LTLA_TO_UTLA)])
        for suffix in ("", "_last"):
            if f"episodes{suffix}" in tables:
                statement = sqlglot.parse_one(geo._GEO.format(view=f"episodes_geo{suffix}", episodes=f"episodes{suffix}"), read="duckdb")
                assert isinstance(statement, exp.Create) and isinstance(statement.expression, exp.Query)
                self.create(f"episodes_geo{suffix}", statement.expression.sql(dialect="duckdb"))

    def _views(self, return_name: str) -> None:
        for name, query in _view_queries(return_name):
            try:
                self.create(name, query)
            except Unpoolable as exc:
                raise Unpoolable(f"{return_name}.sql view {name}: {exc}") from None


def measure_query(m: Measure) -> str:
    """The measure's pooled query: `_sub` and the measure's output columns."""
    return f"SELECT {SUB}, {', '.join(OUTPUT)} FROM ({pool_sql(m.sql)}) AS _measure"


def compute_pooled(measures: list[Measure], submissions: Sequence[Pooled], threads: int | None = None) -> PooledRun:
    """engine.measures.compute for many submissions at once: the same rows (la_code and period from each
    submission), one query per measure for each group of submissions that have the same tables. A measure the
    rewriter cannot pool is computed per submission and named in `per_submission`."""
    keys = [p.key for p in submissions]
    if len(set(keys)) != len(keys):
        raise ValueError("submission keys must be unique")
    groups: dict[tuple, list[Pooled]] = {}
    for p in submissions:
        groups.setdefault(_group_key(p), []).append(p)
    run = PooledRun(RESULT_SCHEMA.empty_table())
    pieces: list[pa.Table] = []  # RESULT_SCHEMA + _sub
    for group in groups.values():
        fallback: list[Measure] = []
        try:
            pool = _Pool(group, threads)
        except Unpoolable as exc:  # the derived views cannot be pooled: every measure per submission
            fallback = list(measures)
            run.per_submission.update({m.id: str(exc) for m in measures})
        else:
            available = relations(pool.con)
            for m in measures:
                missing = sorted(m.reads - available)
                if missing:
                    run.skipped += [(p.key, m, _why(missing)) for p in group]
                    continue
                try:
                    sql = measure_query(m)
                except Unpoolable as exc:
                    run.per_submission[m.id] = str(exc)
                    fallback.append(m)
                    continue
                pieces.append(_result(m.id, pool.con.sql(sql).to_arrow_table(), group))
            pool.con.close()
        for p in group:
            if fallback:
                table, skipped = compute(fallback, p.current, p.previous, la_code=p.la_code,
                                         population_0_17=p.population_0_17, reference=p.reference, threads=threads)
                pieces.append(table.append_column(SUB, pa.repeat(pa.scalar(p.key, pa.string()), table.num_rows)))
                run.skipped += [(p.key, m, w) for m, w in skipped]
    run.table = _ordered(pieces, submissions, measures)
    return run


def _sort(sort: pa.Table) -> pa.Array:
    import pyarrow.compute as pc

    return pc.sort_indices(sort, sort_keys=[("s", "ascending"), ("m", "ascending"), ("r", "ascending")])


def _result(measure_id: str, rows: pa.Table, group: list[Pooled]) -> pa.Table:
    """A pooled query's rows as RESULT_SCHEMA, with `_sub` kept alongside."""
    by_key = {p.key: p for p in group}
    subs = rows.column(SUB).to_pylist()
    data = {
        "measure_id": pa.array([measure_id] * rows.num_rows, pa.string()),
        "la_code": pa.array([by_key[s].la_code for s in subs], pa.string()),
        "period": pa.array([str(by_key[s].current.year) for s in subs], pa.string()),
    }
    for name in ("breakdown", "category"):
        data[name] = rows.column(name).cast(pa.string())
    for name in ("numerator", "denominator", "value"):
        data[name] = rows.column(name).cast(pa.float64())
    return pa.table(data, schema=RESULT_SCHEMA).append_column(SUB, rows.column(SUB).cast(pa.string()))


def compute_pooled_spark(spark: Any, measures: list[Measure], submissions: Sequence[Pooled]) -> tuple[PooledRun, dict[str, str]]:
    """compute_pooled on Spark: each group's stacked inputs built as for DuckDB and handed to Spark, the
    `_all_years` tables and the pooled views made there, and each pooled measure transpiled as engine.spark
    does. Returns the run and, per measure id, what failed on Spark or could not be transpiled (those
    measures have no rows; nothing falls back to DuckDB here)."""
    from carewatch.engine import spark as spark_engine
    from carewatch.engine.spark_sql import Transpiler, Untranspilable

    run = PooledRun(RESULT_SCHEMA.empty_table())
    problems: dict[str, str] = {}
    pieces: list[pa.Table] = []
    groups: dict[tuple, list[Pooled]] = {}
    for p in submissions:
        groups.setdefault(_group_key(p), []).append(p)
    for group in groups.values():
        pool = _Pool(group, derived=False)
        names = sorted(n for n in relations(pool.con) if not n.startswith("_") or n == SUBS)
        staging = tempfile.TemporaryDirectory(prefix="carewatch-pooled-")
        _to_spark_via_parquet(spark, pool.con, names, Path(staging.name))
        to_spark = Transpiler(spark_engine.calendar_of(pool.con))
        pool.con.close()
        available = set(names) | spark_engine._all_years(spark, set(names))
        for name, query in _view_queries(group[0].current.return_name):
            try:
                df = spark.sql(to_spark(pool_sql(query)))
            except (Unpoolable, Untranspilable, sqlglot.errors.SqlglotError, ValueError) as exc:
                problems[f"view:{name}"] = str(exc).splitlines()[0]
                continue
            df.cache()
            df.createOrReplaceTempView(name)
            available.add(name)
        jobs: dict[str, str] = {}
        for m in measures:
            missing = sorted(m.reads - available)
            if missing:
                run.skipped += [(p.key, m, _why(missing)) for p in group]
                continue
            try:
                jobs[m.id] = to_spark(measure_query(m))
            except Unpoolable as exc:
                run.per_submission[m.id] = str(exc)
            except (Untranspilable, sqlglot.errors.SqlglotError, ValueError) as exc:
                problems[m.id] = f"not transpilable: {str(exc).splitlines()[0]}"
        spark_run = spark_engine.SparkRun()
        results = spark_engine._run_all(spark, jobs, spark_run, None)
        problems.update({k: f"failed on Spark: {v}" for k, v in spark_run.failed.items()})
        pieces += [_result(measure_id, rows, group) for measure_id, rows in results.items()]
        spark.catalog.clearCache()
        staging.cleanup()
    run.table = _ordered(pieces, submissions, measures)
    return run, problems


def _to_spark_via_parquet(spark: Any, con: duckdb.DuckDBPyConnection, names: list[str], folder: Path) -> None:
    """Each stacked table as a Spark temporary view, handed over as Parquet files: a whole England's rows do
    not fit through the driver as Arrow batches (its heap ran out), and a cluster would read them the same way."""
    from carewatch.engine import spark as spark_engine

    small = []
    for name in names:
        rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]  # fetched to the end: DuckDB
        if rows < ARROW_ROWS:  # refuses the next query while a result is unfinished  # small (or empty: Spark cannot read an empty file's schema)
            small.append(name)
            continue
        path = folder / f"t{name}.parquet"  # Spark skips files whose names start with _ or .
        con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{path}' (FORMAT parquet)").fetchall()
        spark.read.parquet(str(path)).createOrReplaceTempView(name)
    spark_engine._to_spark(spark, con, small)


def _ordered(pieces: list[pa.Table], submissions: Sequence[Pooled], measures: list[Measure]) -> pa.Table:
    """The rows of submissions in the order given, each one's measures in the order given (as compute does)."""
    if not pieces:
        return RESULT_SCHEMA.empty_table()
    position = {p.key: i for i, p in enumerate(submissions)}
    order = {m.id: i for i, m in enumerate(measures)}
    table = pa.concat_tables(pieces)
    sort = pa.table({
        "s": pa.array([position[k] for k in table[SUB].to_pylist()], pa.int64()),
        "m": pa.array([order[i] for i in table["measure_id"].to_pylist()], pa.int64()),
        "r": pa.array(range(table.num_rows), pa.int64()),
    })
    return table.drop_columns([SUB]).take(_sort(sort))
