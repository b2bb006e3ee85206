-- code: SW06STG2
-- severity: error
-- message: Social worker episode data should be within the social worker data reporting year.
-- table: SWEpisodes
-- fields: SW_DECOM
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW06STG2
SELECT s.row_id, s.CHILD AS child_id FROM sw_episodes s, meta m WHERE s.SW_DECOM > m.collection_end
