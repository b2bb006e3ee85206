-- code: 227
-- severity: error
-- message: Ofsted Unique reference number (URN) is not valid for the episode start date.
-- table: Episodes
-- fields: URN, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 227
-- An episode cannot start on or after the date the provider's Ofsted registration ended.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN providers p ON p.URN = e.URN
WHERE e.URN <> 'XXXXXXX' AND p.REG_END IS NOT NULL AND e.DECOM >= p.REG_END
