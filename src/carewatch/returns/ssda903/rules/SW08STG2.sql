-- code: SW08STG2
-- severity: error
-- message: A new social worker episode has started, but the previous episode has not ended.
-- table: SWEpisodes
-- fields: SW_DEC
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW08STG2
-- Every episode but the child's latest (by start date) must have an end date.
SELECT row_id, CHILD AS child_id
FROM sw_episodes
WHERE CHILD IS NOT NULL AND SW_DECOM IS NOT NULL
QUALIFY SW_DEC_raw IS NULL
    AND row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM DESC, SW_DEC DESC NULLS FIRST, row_id DESC) > 1
