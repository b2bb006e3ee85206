-- code: 582
-- severity: error
-- message: Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.
-- table: Episodes
-- fields: DEC, DATE_MATCH
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 582
SELECT DISTINCT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
WHERE e.REC IN ('E11', 'E12') AND e.DEC = a.DATE_MATCH
