-- code: 105
-- severity: error
-- message: Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.
-- table: Header
-- fields: UASC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 105
-- Header.UASC is the <UASC> element of the XML HEADER; for a CSV set the reader derives it ('1' when the child
-- has a UASC row, else '0'), so in practice only an XML return can fail. Valid codes: the 'flag' list (0, 1).
SELECT row_id, CHILD AS child_id
FROM header
WHERE UASC IS NULL OR UASC NOT IN (SELECT code FROM codes WHERE list = 'flag')
