"""`carewatch demo`'s web part: seed() prepares the database (migrations, reference LAs), the synthetic
council's records and users, and Ofsted's national record of every other council's judgements. Safe to call
before Django is set up."""

from datetime import date

# username -> (name, role) of the demo users, for printing next to their passwords
USERS = {
    "admin": ("Morgan Reid", "System admin"),
    "analyst": ("Priya Shah", "Performance analyst"),
    "manager": ("Sam Okafor", "Service manager (owns actions 1.1, 1.2, 3.1, 3.2)"),
    "manager2": ("Jo Clarke", "Service manager (owns actions 1.3, 2.1, 2.2)"),
    "director": ("Dana Whitfield", "Director of Children's Services"),
    "board": ("Chris Lowe", "Improvement board member (independent chair)"),
    "councillor": ("Pat Morgan", "Councillor (lead member)"),
}


def seed(council_code: str = "839", today: date | None = None) -> dict[str, str]:
    """Idempotent: records are created once; every call sets fresh passwords. Returns {username: password}."""
    from carewatch.web import migrate

    migrate()
    from carewatch.web.demo_story import seed as seed_records

    passwords = seed_records(council_code=council_code, today=today)
    load_national_record(council_code)
    return passwords


def load_national_record(council_code: str = "839") -> dict[str, int]:
    """Ofsted's national record shipped with carewatch, for every council but the demo council (whose record is
    the synthetic story, kept whole), so it has real statistical neighbours and an England and region
    distribution to compare with. Idempotent and quiet: a second call adds nothing. Returns the loader's counts
    (added, updated, skipped)."""
    from dataclasses import replace

    from carewatch.inspections.national import read_national_record
    from carewatch.web.inspections.national import load

    record = read_national_record()
    return load(replace(record, latest=[r for r in record.latest if r.la_code != council_code],
                        in_year=[r for r in record.in_year if r.la_code != council_code],
                        history=[r for r in record.history if r.la_code != council_code]))
