-- code: SW05STG1
-- severity: error
-- message: Date social worker episode ended is not a valid date.
-- table: SWEpisodes
-- fields: SW_DEC
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW05STG1
SELECT row_id, CHILD AS child_id FROM sw_episodes WHERE SW_DEC_raw IS NOT NULL AND SW_DEC IS NULL
