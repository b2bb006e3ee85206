-- code: 215
-- severity: error
-- message: Child has care leaver information but one or more data items relating to children looked after for
--   12 months have been completed.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT,
--   SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 215
WITH pairs AS (
    SELECT c.row_id AS oc3_row, o.row_id AS oc2_row, c.CHILD
    FROM oc3 c JOIN oc2 o ON o.CHILD = c.CHILD
    WHERE (c.IN_TOUCH IS NOT NULL OR c.ACTIV IS NOT NULL OR c.ACCOM IS NOT NULL)
      AND (o.CONVICTED IS NOT NULL OR o.HEALTH_CHECK IS NOT NULL OR o.IMMUNISATIONS IS NOT NULL
           OR o.TEETH_CHECK IS NOT NULL OR o.HEALTH_ASSESSMENT IS NOT NULL OR o.SUBSTANCE_MISUSE IS NOT NULL
           OR o.INTERVENTION_RECEIVED IS NOT NULL OR o.INTERVENTION_OFFERED IS NOT NULL)
)
SELECT oc3_row AS row_id, CHILD AS child_id, 'OC3' AS table_name FROM pairs
UNION ALL
SELECT oc2_row AS row_id, CHILD AS child_id, 'OC2' AS table_name FROM pairs
