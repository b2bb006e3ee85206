-- code: 547
-- severity: error
-- message: Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.
-- table: OC2
-- fields: HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 547
SELECT row_id, CHILD AS child_id FROM oc2
WHERE HEALTH_CHECK = '1' AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
