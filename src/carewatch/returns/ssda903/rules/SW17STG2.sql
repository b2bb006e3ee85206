-- code: SW17STG2
-- severity: error
-- message: There is no social worker episode open at 31 March
-- table: SWEpisodes
-- fields: SW_DEC, SW_DECOM
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, SW17STG2
-- The child's latest social worker episode must still be open (latest by start date; on a tie, an open one
-- is the later, as a same-day episode that ended came before it).
SELECT row_id, CHILD AS child_id
FROM sw_episodes
WHERE SW_DECOM IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM DESC, SW_DEC DESC NULLS FIRST, row_id DESC) = 1 AND SW_DEC_raw IS NOT NULL
