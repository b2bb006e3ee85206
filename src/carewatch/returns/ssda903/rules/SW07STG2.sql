-- code: SW07STG2
-- severity: error
-- message: Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.
-- table: SWEpisodes
-- fields: SW_DEC
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, SW07STG2
-- The social worker reporting period starts a year before the collection year.
SELECT s.row_id, s.CHILD AS child_id
FROM sw_episodes s, meta m
WHERE s.SW_DEC < m.collection_start - INTERVAL 1 YEAR OR s.SW_DEC > m.collection_end
