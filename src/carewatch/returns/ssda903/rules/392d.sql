-- code: 392d
-- severity: error
-- message: Home and placement postcodes should not be same unless the placement type is P1.
-- table: Episodes
-- fields: HOME_POST, PL_POST, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 392d: if PLACE is not P1 then HOME_POST must differ from PL_POST
-- Postcodes are compared without spaces ("AB1 2CD" and "AB12CD" are the same postcode).
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IS DISTINCT FROM 'P1' AND replace(HOME_POST, ' ', '') = replace(PL_POST, ' ', '')
