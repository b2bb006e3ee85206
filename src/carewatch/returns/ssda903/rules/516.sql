-- code: 516
-- severity: error
-- message: The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.
-- table: Episodes
-- fields: REC, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 516
SELECT row_id, CHILD AS child_id FROM episodes WHERE REC IN ('E45', 'E46') AND (PLACE IS NULL OR PLACE NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
