-- code: SW04STG1
-- severity: error
-- message: Date social worker episode began is not a valid date.
-- table: SWEpisodes
-- fields: SW_DECOM
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW04STG1
SELECT row_id, CHILD AS child_id FROM sw_episodes WHERE SW_DECOM_raw IS NOT NULL AND SW_DECOM IS NULL
