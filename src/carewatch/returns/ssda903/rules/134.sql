-- code: 134
-- severity: error
-- message: Data on adoption should not be entered for the OC3 cohort.
-- table: AD1
-- fields: IN_TOUCH,ACTIV,ACCOM,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 134 (a care leaver with OC3 data must have no AD1 data)
SELECT a.row_id, a.CHILD AS child_id
FROM ad1 a
WHERE (a.DATE_INT_raw IS NOT NULL OR a.DATE_MATCH_raw IS NOT NULL OR a.FOSTER_CARE IS NOT NULL
       OR a.NB_ADOPTR IS NOT NULL OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
  AND a.CHILD IN (
      SELECT CHILD FROM oc3 WHERE IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL
  )
