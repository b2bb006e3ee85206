-- code: 503B
-- severity: error
-- message: The legal status in the first episode does not match open episode at end of last year.
-- table: Episodes
-- fields: LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 503B
-- This year's first episode against last year's final episode when that one was still open at 31 March
-- (first_episode and final_episode_last, rule_tables.sql). A blank field on either is compared as blank.
SELECT f.row_id, f.CHILD AS child_id
FROM first_episode f JOIN final_episode_last l ON l.CHILD = f.CHILD
WHERE l.DEC IS NULL AND f.LS IS DISTINCT FROM l.LS
