-- code: 632
-- severity: error
-- message: Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year
-- table: PrevPerm
-- fields: DATE_PERM, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 632; DfE 903 guidance on DATE_PERM (dd/mm/yyyy, zz/mm/yyyy, zz/zz/yyyy or zz/zz/zzzz)
-- DATE_PERM is the one date the DfE lets councils give in part, so the reader keeps it as text and this rule
-- reads it: an unknown day or month takes the latest date it could be (end of month / end of year), so a
-- partial date is only reported when it must be on or after the child's first DECOM; zz/zz/zzzz is valid and
-- cannot be compared.
WITH perm AS (
    SELECT row_id, CHILD, DATE_PERM, upper(DATE_PERM) AS d FROM prev_perm WHERE DATE_PERM IS NOT NULL
), parsed AS (
    SELECT *,
        CASE
            WHEN regexp_full_match(d, '\d{2}/\d{2}/\d{4}') THEN CAST(try_strptime(d, '%d/%m/%Y') AS DATE)
            WHEN regexp_full_match(d, 'ZZ/\d{2}/\d{4}') THEN last_day(CAST(try_strptime('01/' || d[4:], '%d/%m/%Y') AS DATE))
            WHEN regexp_full_match(d, 'ZZ/ZZ/\d{4}') THEN CAST(try_strptime('31/12/' || d[7:], '%d/%m/%Y') AS DATE)
        END AS latest,
        d = 'ZZ/ZZ/ZZZZ' AS unknown
    FROM perm
), first_ep AS (
    SELECT row_id, CHILD, DECOM FROM episodes
    WHERE DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
), bad AS (
    SELECT p.row_id AS pp_row, p.CHILD, f.row_id AS ep_row
    FROM parsed p LEFT JOIN first_ep f ON f.CHILD = p.CHILD
    WHERE (p.latest IS NULL AND NOT p.unknown) OR p.latest >= f.DECOM
)
SELECT DISTINCT pp_row AS row_id, CHILD AS child_id, 'PrevPerm' AS table_name FROM bad
UNION ALL
SELECT DISTINCT ep_row, CHILD, 'Episodes' FROM bad WHERE ep_row IS NOT NULL
