"""Builds `local_authorities.csv`, the LA code history carewatch ships, from published lookups.

    python -m carewatch.reference.build PROVIDER_LOOKUP_CSV EES_CSV [OUT]

Inputs (both Open Government Licence v3.0 data):
- Provider_data_lookup.csv: Ofsted URN, DfE 3-digit and ONS codes, region and statistical neighbours per LA
  (data-to-insight/ofsted-ilacs-scrape-tool, import_data/la_lookup/).
- any explore-education-statistics LA-level CSV reaching back before 2019 (columns old_la_code, new_la_code,
  la_name, region_code, region_name), for legacy councils the lookup no longer lists (Dorset 835,
  Bournemouth 837).
The reorganisations themselves (dates, predecessors, successors, the Order that made them) are written by
hand in code_changes.csv, each with its statutory instrument.
"""

import csv
import sys
from datetime import date, timedelta
from pathlib import Path

from carewatch.errors import InputError

HERE = Path(__file__).parent
COLUMNS = ["la_code", "ons_code", "name", "la_type", "region_code", "region_name", "ofsted_urn",
           "valid_from", "valid_to", "stat_neighbours"]
# ONS GSS entity codes say the kind of council (ONS Register of Geographic Codes).
LA_TYPES = {"E06": "Unitary authority", "E08": "Metropolitan district", "E09": "London borough", "E10": "County"}


def _read(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read as a UTF-8 CSV ({exc})") from exc


def _need(row: dict[str, str], column: str, path: Path, line: int) -> str:
    if column not in row:
        raise InputError(str(path), f"expected a column named {column!r}", row=line, column=column)
    return (row[column] or "").strip()


def build(provider_csv: Path, ees_csv: Path) -> list[dict[str, str]]:
    changes = _read(HERE / "code_changes.csv")
    starts: dict[str, date] = {}
    ends: dict[str, date] = {}
    ons_changed: dict[str, date] = {}
    for change in changes:
        when = date.fromisoformat(change["date"])
        before, after = change["predecessors"].split(), change["successors"].split()
        if before == after:  # same DfE code, new ONS code
            ons_changed[before[0]] = when
            continue
        for code in before:
            ends[code] = when - timedelta(days=1)
        for code in after:
            starts[code] = when

    out: list[dict[str, str]] = []
    for line, row in enumerate(_read(provider_csv), start=2):
        code = _need(row, "la_code", provider_csv, line)
        if not (len(code) == 3 and code.isdigit()):
            raise InputError(str(provider_csv), f"la_code {code!r} is not a 3-digit DfE code", row=line, column="la_code")
        ons_now = _need(row, "la_code_new", provider_csv, line)
        ons_2023 = _need(row, "ltla23cd", provider_csv, line)
        record = {
            "la_code": code, "name": _need(row, "local_authority_ons_name", provider_csv, line),
            "region_code": _need(row, "rgn22cd", provider_csv, line),
            "region_name": _need(row, "rgn22nm", provider_csv, line),
            "ofsted_urn": _need(row, "urn", provider_csv, line),
            "stat_neighbours": " ".join(_need(row, "stat_neighbours", provider_csv, line).replace(",", " ").split()),
        }
        if not ons_now:  # a council that no longer exists: the lookup keeps its last ONS code in ltla23cd
            if code not in ends:
                raise InputError(str(provider_csv), f"LA {code} has no current ONS code and no entry in code_changes.csv", row=line)
            out.append(record | {"ons_code": ons_2023, "valid_from": "", "valid_to": ends[code].isoformat()})
        elif code in ons_changed:
            cut = ons_changed[code]
            out.append(record | {"ons_code": ons_2023, "valid_from": "", "valid_to": (cut - timedelta(days=1)).isoformat()})
            out.append(record | {"ons_code": ons_now, "valid_from": cut.isoformat(), "valid_to": ""})
        else:
            out.append(record | {"ons_code": ons_now, "valid_from": starts.get(code, date.min).isoformat().replace("0001-01-01", ""), "valid_to": ""})

    have = {r["la_code"] for r in out}
    for code in sorted(set(ends) - have):  # legacy councils only the published statistics still carry
        found = None
        for line, row in enumerate(_read(ees_csv), start=2):
            if _need(row, "old_la_code", ees_csv, line) == code and row.get("geographic_level") == "Local authority":
                found = row
        if found is None:
            raise InputError(str(ees_csv), f"legacy LA {code} is named in code_changes.csv but not found in this file")
        out.append({"la_code": code, "ons_code": found["new_la_code"], "name": found["la_name"],
                    "region_code": found["region_code"], "region_name": found["region_name"], "ofsted_urn": "",
                    "stat_neighbours": "", "valid_from": "", "valid_to": ends[code].isoformat()})
    for r in out:
        r["la_type"] = LA_TYPES.get(r["ons_code"][:3], "")
    out.sort(key=lambda r: (r["la_code"], r["valid_from"]))
    return out


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    rows = build(Path(argv[0]), Path(argv[1]))
    target = Path(argv[2]) if len(argv) == 3 else HERE / "local_authorities.csv"
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} records to {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
