"""Ofsted inspections as plain services (no Django): read a report PDF (`reports.read_report`), read Ofsted's
national record of judgements (`national.read_national_record`), councils and statistical neighbours
(`councils`), the judgement vocabulary (`grades`). The web app and the CLI call these."""
