-- code: 1510
-- severity: error
-- message: UPN invalid (wrong check letter at character 1)
-- table: ChildIdentifiers
-- fields: UPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1510, and the UPN data standard (UK Government Data Standards
--   Catalogue, Unique Pupil Number v2.0): multiply characters 2-13 by weights 2-13, sum, take the remainder after
--   dividing by 23 and map 0-22 to A B C D E F G H J K L M N P Q R T U V W X Y Z. A temporary UPN ends in a letter,
--   which counts as its value in that same table (A=0 ... Z=22). UPNs not of that shape are rules 1540/1550.
WITH upns AS (
    SELECT row_id, UPN,
           list_sum([CAST(substr(UPN, i, 1) AS INTEGER) * i FOR i IN range(2, 13)])
           + 13 * coalesce(TRY_CAST(substr(UPN, 13, 1) AS INTEGER), instr('ABCDEFGHJKLMNPQRTUVWXYZ', substr(UPN, 13, 1)) - 1)
           AS weighted
    FROM child_identifiers
    WHERE regexp_full_match(UPN, '.[0-9]{11}[0-9A-HJ-NP-RT-Z]')
)
SELECT row_id
FROM upns
WHERE substr(UPN, 1, 1) <> substr('ABCDEFGHJKLMNPQRTUVWXYZ', CAST(weighted % 23 AS INTEGER) + 1, 1)
