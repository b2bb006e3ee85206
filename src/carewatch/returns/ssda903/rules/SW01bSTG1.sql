-- code: SW01bSTG1
-- severity: error
-- message: For each social worker episode, information should be complete
-- table: SWEpisodes
-- fields: SW_DECOM, SW_ID, SW_REASON
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, SW01bSTG1
-- An episode that began in the collection year needs SW_ID and SW_REASON; every episode needs SW_DECOM. The
-- DfE text names 1 April 2023 (the first year collected); it is read as the start of the collection year.
SELECT s.row_id, s.CHILD AS child_id
FROM sw_episodes s, meta m
WHERE s.SW_DECOM_raw IS NULL OR (s.SW_DECOM >= m.collection_start AND (s.SW_ID IS NULL OR s.SW_REASON IS NULL))
