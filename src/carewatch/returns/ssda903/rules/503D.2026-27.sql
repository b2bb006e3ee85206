-- code: 503D
-- severity: error
-- message: The placement type in the first episode does not match open episode at end of last year
-- table: Episodes
-- fields: PLACE
-- years: 2026-27..
-- source: DfE SSDA903 validation rules, rule 503D
-- This year's first episode against last year's final episode when that one was still open at 31 March
-- (first_episode and final_episode_last, rule_tables.sql). A blank field on either is compared as blank.
SELECT f.row_id, f.CHILD AS child_id
FROM first_episode f JOIN final_episode_last l ON l.CHILD = f.CHILD
WHERE l.DEC IS NULL AND f.PLACE IS DISTINCT FROM l.PLACE
