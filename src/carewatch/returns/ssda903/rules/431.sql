-- code: 431
-- severity: error
-- message: The reason for new episode is started to be looked after, but the previous episode ended on the same day.
-- table: Episodes
-- fields: RNE, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 431: if RNE is S then DECOM must be after the previous episode's DEC
-- Episodes in DECOM order per child; a previous episode with no DEC has not ended, which other rules catch.
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, RNE, DECOM, lag(DEC) OVER w AS prev_dec, lag(CHILD) OVER w AS prev_child
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id FROM ordered WHERE prev_child = CHILD AND RNE = 'S' AND DECOM <= prev_dec
