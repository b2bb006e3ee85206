-- code: 153
-- severity: error
-- message: All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.
-- table: OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 153 (IN_TOUCH, ACTIV and ACCOM all present or all blank)
WITH n AS (
    SELECT row_id, CHILD, (IN_TOUCH IS NULL)::INT + (ACTIV IS NULL)::INT + (ACCOM IS NULL)::INT AS blanks FROM oc3
)
SELECT row_id, CHILD AS child_id FROM n WHERE blanks BETWEEN 1 AND 2
