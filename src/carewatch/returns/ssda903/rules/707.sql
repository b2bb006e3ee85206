-- code: 707
-- severity: error
-- message: Child ceased to be looked after but there is a DoLO without an end date.
-- table: DoLo
-- fields: DOLO_END
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 707
-- A DoLO must sit inside one of the child's periods of care (episodes chained DEC = next DECOM). It lies
-- outside a period when: it is open but the period has ended; it is open but began before the period; it ends
-- after the period ended; or it ends before the period began. Reported when it is outside every period.
WITH eps AS (
    SELECT CHILD, DECOM, DEC, row_id,
        lag(DEC) OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) AS prev_dec,
        row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) AS n
    FROM episodes
    WHERE DECOM IS NOT NULL AND CHILD IS NOT NULL
), numbered AS (
    SELECT *, sum(CASE WHEN n = 1 OR DECOM > prev_dec THEN 1 ELSE 0 END)
        OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) AS period
    FROM eps
), periods AS (
    SELECT CHILD, min(DECOM) AS poc_start, arg_max_null(DEC, n) AS poc_end
    FROM numbered GROUP BY CHILD, period
), verdicts AS (
    SELECT d.row_id, d.CHILD,
        bool_and(
            COALESCE(d.DOLO_END_raw IS NULL AND p.poc_end IS NOT NULL, false)
            OR COALESCE(d.DOLO_END_raw IS NULL AND d.DOLO_START < p.poc_start, false)
            OR COALESCE(d.DOLO_END > p.poc_end, false)
            OR COALESCE(d.DOLO_END < p.poc_start, false)
        ) AS outside_all
    FROM dolo d JOIN periods p ON p.CHILD = d.CHILD
    WHERE d.DOLO_START IS NOT NULL
    GROUP BY d.row_id, d.CHILD
)
SELECT row_id, CHILD AS child_id FROM verdicts WHERE outside_all
