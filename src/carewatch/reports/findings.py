"""Validation findings as files: findings.csv (one row per finding) and an .xlsx report with a summary
sheet, each table's offending rows with the failing cells highlighted, and a by-child sheet."""

import csv
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import xlsxwriter

from carewatch.engine.run import Validation
from carewatch.reports.safe_cells import neutralise
from carewatch.returns.submission import Submission

CSV_COLUMNS = ["rule_code", "severity", "table", "row", "child_id", "fields", "message"]


def write_csv(result: Validation, path: Path) -> None:
    """`row` is the line of the source file the row starts on, or for XML the element's XPath."""
    tmp = path.with_suffix(".csv.part")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for r in result.findings.to_pylist():
            writer.writerow(
                [neutralise(v) for v in (r["rule_code"], r["severity"], r["table"], r["row"], r["child_id"], r["fields"], r["message"])]
            )
    tmp.replace(path)


def write_xlsx(result: Validation, submission: Submission, path: Path) -> None:
    tmp = path.with_suffix(".xlsx.part")
    book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False})
    bold = book.add_format({"bold": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    bad = book.add_format({"bg_color": "#F4CCCC", "font_color": "#8B0000"})
    findings = result.findings.to_pylist()

    summary = book.add_worksheet("Summary")
    summary.write_row(0, 0, ["Rule", "Severity", "Message", "Findings", "Children"], bold)
    by_rule = Counter(f["rule_code"] for f in findings)
    children = defaultdict(set)
    for f in findings:
        children[f["rule_code"]].add(f["child_id"])
    rules = {r.code: r for r in result.ran}
    row = 1
    for code, count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        summary.write_row(row, 0, [code, rules[code].severity, neutralise(rules[code].message), count, len(children[code])], None)
        row += 1
    if result.skipped:
        row += 1
        summary.write(row, 0, "Rules not run", bold)
        for rule, why in result.skipped:
            row += 1
            summary.write_row(row, 0, [rule.code, rule.severity, neutralise(rule.message), why])
    summary.set_column(2, 2, 90, wrap)
    summary.set_column(3, 4, 10)

    by_table: dict[str, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for f in findings:
        by_table[f["table"]][f["row_id"]].append(f)
    for table in submission.schema.tables.values():
        rows = by_table.get(table.name)
        if not rows:
            continue
        sheet = book.add_worksheet(table.name[:31])
        columns = list(table.column_names)
        sheet.write_row(0, 0, ["Row", *columns, "Rules"], bold)
        data = submission.tables[table.sql]
        wanted = set(rows)
        out_row = 1
        for record in data.to_pylist():
            if record["row_id"] not in wanted:
                continue
            hits = rows[record["row_id"]]
            failing = {fld for h in hits for fld in h["fields"].split(",")}
            sheet.write(out_row, 0, record["xpath"] or record["line"])
            for i, col in enumerate(columns, start=1):
                value = record.get(f"{col}_raw", record[col]) if f"{col}_raw" in record else record[col]
                if isinstance(value, date):
                    value = value.strftime("%d/%m/%Y")
                sheet.write(out_row, i, neutralise(value), bad if col in failing else None)
            sheet.write(out_row, len(columns) + 1, ", ".join(sorted({h["rule_code"] for h in hits})))
            out_row += 1
        sheet.freeze_panes(1, 0)

    child_sheet = book.add_worksheet("By child")
    child_sheet.write_row(0, 0, ["Child", "Findings", "Rules"], bold)
    per_child: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        per_child[f["child_id"] or ""].append(f["rule_code"])
    for i, (child, codes) in enumerate(sorted(per_child.items(), key=lambda kv: (-len(kv[1]), kv[0])), start=1):
        child_sheet.write_row(i, 0, [neutralise(child), len(codes), ", ".join(sorted(set(codes)))])
    book.close()
    tmp.replace(path)
