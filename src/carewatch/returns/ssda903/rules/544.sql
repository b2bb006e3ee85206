-- code: 544
-- severity: error
-- message: Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.
-- table: OC2
-- fields: CONVICTED, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 544
SELECT row_id, CHILD AS child_id FROM oc2
WHERE CONVICTED = '1' AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
