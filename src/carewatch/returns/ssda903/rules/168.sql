-- code: 168
-- severity: error
-- message: Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.
-- table: Header
-- fields: UPN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 168 (a letter other than I, O or S then 12 digits, or 11 digits and a letter; or UN1-UN5)
-- Compared upper-cased, as codes are: a lower-case letter is a keying slip, not a different UPN.
SELECT row_id, CHILD AS child_id
FROM header
WHERE UPN IS NOT NULL
  AND NOT regexp_full_match(upper(UPN), '[A-HJ-NP-RT-Z]([0-9]{12}|[0-9]{11}[A-Z])|UN[1-5]')
