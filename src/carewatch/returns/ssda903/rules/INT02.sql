-- code: INT02
-- severity: error
-- message: Internal Check: Child in PlacedAdoption does not exist in Header.
-- table: PlacedAdoption
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT02
SELECT x.row_id, x.CHILD AS child_id
FROM placed_adoption x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
