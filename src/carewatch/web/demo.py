"""`carewatch demo`'s web part: seed() prepares the database (migrations, reference LAs) and the synthetic
council's records and users. Safe to call before Django is set up."""

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

    return seed_records(council_code=council_code, today=today)
