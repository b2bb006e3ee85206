-- code: 228
-- severity: error
-- message: Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false
--   positives on open episodes at providers who close during the year]
-- table: Episodes
-- fields: URN, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 228
-- An episode cannot end after the provider's registration ended; an open episode needs the registration to
-- last to 31 March (the collection end).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN providers p ON p.URN = e.URN CROSS JOIN meta m
WHERE e.URN <> 'XXXXXXX' AND p.REG_END IS NOT NULL
  AND ((e.DEC IS NOT NULL AND e.DEC > p.REG_END) OR (e.DEC IS NULL AND m.collection_end > p.REG_END))
