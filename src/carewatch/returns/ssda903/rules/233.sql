-- code: 233
-- severity: error
-- message: Reason for placement change is not required when the episode has not ceased.
-- table: Episodes
-- fields: REASON_PLACE_CHANGE
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 233
-- Not ceased = no date episode ceased given.
SELECT row_id, CHILD AS child_id FROM episodes WHERE DEC_raw IS NULL AND REASON_PLACE_CHANGE IS NOT NULL
