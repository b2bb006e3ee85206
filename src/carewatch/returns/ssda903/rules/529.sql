-- code: 529
-- severity: error
-- message: Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 529
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER = 'PR3' AND PLACE IN ('P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
