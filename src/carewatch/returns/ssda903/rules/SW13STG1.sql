-- code: SW13STG1
-- severity: error
-- message: The reason for social worker change is not valid.
-- table: SWEpisodes
-- fields: SW_REASON
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, SW13STG1
-- A reason must be a valid code, and must be given for an episode starting in the collection year (the DfE
-- text names 1 April 2023, the first year collected; read here as the start of the collection year).
SELECT s.row_id, s.CHILD AS child_id
FROM sw_episodes s, meta m
WHERE (s.SW_REASON IS NOT NULL AND s.SW_REASON NOT IN (SELECT code FROM codes WHERE list = 'sw_reason'))
   OR (s.SW_REASON IS NULL AND s.SW_DECOM >= m.collection_start)
