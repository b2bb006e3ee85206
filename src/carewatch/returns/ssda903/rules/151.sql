-- code: 151
-- severity: error
-- message: All data items relating to a childs adoption must be coded or left blank.
-- table: AD1
-- fields: DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 151 (the six AD1 items are all present or all blank)
WITH n AS (
    SELECT row_id, CHILD,
           (DATE_INT_raw IS NULL)::INT + (DATE_MATCH_raw IS NULL)::INT + (FOSTER_CARE IS NULL)::INT
           + (NB_ADOPTR IS NULL)::INT + (SEX_ADOPTR IS NULL)::INT + (LS_ADOPTR IS NULL)::INT AS blanks
    FROM ad1
)
SELECT row_id, CHILD AS child_id FROM n WHERE blanks BETWEEN 1 AND 5
