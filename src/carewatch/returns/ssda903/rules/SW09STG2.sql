-- code: SW09STG2
-- severity: error
-- message: Social worker episode appears to have lasted for less than 24 hours.
-- table: SWEpisodes
-- fields: SW_DECOM, SW_DEC
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW09STG2
SELECT row_id, CHILD AS child_id FROM sw_episodes WHERE SW_DEC = SW_DECOM
