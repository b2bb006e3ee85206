-- code: 501
-- severity: error
-- message: A new episode has started before the end date of the previous episode.
-- table: Episodes
-- fields: DECOM, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 501
-- Each episode against the child's previous one in start-date order; an open previous episode has no end to
-- compare with (the DfE text), so it is not flagged here.
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, DECOM, lag(DEC) OVER (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id) AS prev_dec
    FROM episodes
)
WHERE DECOM < prev_dec
