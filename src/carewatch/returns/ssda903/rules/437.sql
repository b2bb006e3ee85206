-- code: 437
-- severity: error
-- message: Reason episode ceased is child has died or is aged 18 or over but there are further episodes.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 437: if REC is E2 or E15 there must be no later episode
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, REC, DECOM, lead(CHILD) OVER w AS next_child
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id FROM ordered WHERE REC IN ('E2', 'E15') AND DECOM IS NOT NULL AND next_child = CHILD
