-- code: 142
-- severity: error
-- message: A new episode has started, but the previous episode has not ended.
-- table: Episodes
-- fields: DEC,REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 142 (every episode but a child's latest must have DEC and REC)
-- Episodes without a valid start date are left to rule 141.
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE DECOM IS NOT NULL AND CHILD IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, row_id DESC) > 1
    AND (DEC IS NULL OR REC IS NULL)
