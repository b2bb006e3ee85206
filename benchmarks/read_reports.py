"""Figures for the Ofsted report reader (issue 7).

    .venv/bin/python benchmarks/read_reports.py                 # the eight sample reports: time and accuracy per field
    .venv/bin/python benchmarks/read_reports.py --corpus DIR    # also every PDF in DIR, checked against Ofsted's
                                                                # official statistics (ILACS history since 2018)

The expected values for the eight are the ones the tests hold (tests/inspections/expected.py), typed in from the
PDFs. For a corpus of reports not seen before, the reference is Ofsted's own release: each ILACS report read is
matched to the release's row for the same council and first day on site, and its kind and judgements compared.
"""

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.inspections.expected import EXPECTED, FIELDS, REPORTS, finding_matches  # noqa: E402

from carewatch.errors import InputError  # noqa: E402
from carewatch.inspections.national import read_national_record  # noqa: E402
from carewatch.inspections.reports import read_report  # noqa: E402


def samples() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    # wall time depends on what else the machine runs; CPU time is this process's own work
    print(f"{'report':48} {'pages':>5} {'wall s':>7} {'cpu s':>6}  judgements  findings")
    for name, want in EXPECTED.items():
        start, cpu = time.perf_counter(), time.process_time()
        reading = read_report(REPORTS / name)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        got = reading.as_dict()
        for f in FIELDS:
            total[f] += 1
            right[f] += got[f] == want[f]
        for area, grade in want["judgements"].items():
            total["judgements"] += 1
            right["judgements"] += got["judgements"].get(area) == grade
        extra = set(got["judgements"]) - set(want["judgements"])
        total["judgements"] += len(extra)  # a judgement read that the report does not have counts as wrong
        matched = sum(finding_matches(e, f) for e, f in zip(want["findings"], got["findings"], strict=False))
        total["findings"] += max(len(want["findings"]), len(got["findings"]))
        right["findings"] += matched
        print(f"{name:48} {reading.pages:>5} {seconds:>7.2f} {cpu:>6.2f}  {sum(got['judgements'].get(a) == g for a, g in want['judgements'].items())}/"
              f"{len(want['judgements'])}{'':7} {matched}/{len(want['findings'])}")
    print(f"\n{'field':16} {'right':>6} {'of':>4} {'accuracy':>9}")
    for f in (*FIELDS, "judgements", "findings"):
        print(f"{f:16} {right[f]:>6} {total[f]:>4} {right[f] / total[f]:>9.0%}")
    print("(published: ILACS reports do not print it, so null is the right reading for six of the eight)")


def corpus(folder: Path) -> None:
    record = read_national_record()
    by_visit = {(r.la_code, r.start_date): r for r in record.history}
    times: list[float] = []
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    findings: list[int] = []
    notes: list[str] = []
    judged = agreed = kind_right = kind_checked = 0
    disagreements: list[str] = []
    files = sorted(folder.glob("*.pdf"))
    for path in files:
        start = time.process_time()
        try:
            reading = read_report(path)
        except InputError as exc:
            outcomes["refused: " + str(exc).split(": ", 1)[1].split(" (")[0][:60]] += 1
            continue
        times.append(time.process_time() - start)
        kinds[str(reading.kind)] += 1
        outcomes["read"] += 1
        unread.update(reading.unread.keys())
        notes.extend(f"{path.name}: {k}: {v[:70]}" for k, v in reading.unread.items() if k != "published")
        if reading.kind:
            findings.append(len(reading.findings))
        official = by_visit.get((reading.council_code, reading.start_date))
        if official is None:
            continue
        kind_checked += 1
        kind_right += reading.kind == official.kind
        for area, grade in official.judgements.items():
            judged += 1
            if reading.judgements.get(area) == grade:
                agreed += 1
            else:
                disagreements.append(f"{path.name}: {area} official {grade}, read {reading.judgements.get(area)} "
                                     f"({reading.unread.get(area, '')[:60]})")
    print(f"\ncorpus {folder}: {len(files)} PDFs")
    for outcome, n in outcomes.most_common():
        print(f"  {n:>4}  {outcome}")
    print("  kinds read: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if times:
        times.sort()
        print(f"  CPU seconds per report: median {statistics.median(times):.2f}, p95 {times[int(len(times) * 0.95)]:.2f}, max {times[-1]:.2f}")
    print("  fields left unread (with a reason): " + ", ".join(f"{k} {n}" for k, n in unread.most_common()))
    if findings:
        print(f"  findings per report read: median {statistics.median(findings):.0f}, none in {findings.count(0)}, max {max(findings)}")
    print(f"  ILACS reports matched to Ofsted's release: {kind_checked}; kind right {kind_right}/{kind_checked}; "
          f"judgements right {agreed}/{judged}")
    for line in disagreements[:20]:
        print("   ", line)
    print("  unread, by report (not the ILACS publication date):")
    for line in notes[:40]:
        print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder of Ofsted report PDFs not seen before")
    args = parser.parse_args()
    samples()
    if args.corpus:
        corpus(args.corpus)


if __name__ == "__main__":
    main()
