-- code: 635
-- severity: error
-- message: There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1
-- table: PrevPerm
-- fields: LA_PERM, DATE_PERM, PREV_PERM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 635
-- LA_PERM and DATE_PERM describe a previous order, so they must be blank when PREV_PERM is Z1 (no order) or blank.
SELECT row_id, CHILD AS child_id
FROM prev_perm
WHERE (LA_PERM IS NOT NULL OR DATE_PERM IS NOT NULL) AND (PREV_PERM IS NULL OR PREV_PERM = 'Z1')
