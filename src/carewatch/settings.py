"""One place for carewatch's configuration: where data lives and which database the app uses.

CAREWATCH_HOME   folder for the app's own data (default ./var beside the working directory)
DATABASE_URL     PostgreSQL URL for a shared install; unset means SQLite inside CAREWATCH_HOME
"""

import os
from pathlib import Path


def home() -> Path:
    path = Path(os.environ.get("CAREWATCH_HOME", "var")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str | None:
    return os.environ.get("DATABASE_URL") or None
