"""A throwaway PostgreSQL cluster for the web tests: initdb into a temporary folder, start the server on a
Unix socket in that folder (no TCP port, so parallel runs on one machine never collide), create a database,
hand back its DATABASE_URL, and stop and delete everything afterwards.

initdb and postgres refuse to run as root, so when the tests run as root (CI) the server runs as `nobody`
through runuser; otherwise as the current user. Durability is switched off: the data lives for one test run.

Also a small command for running anything against a fresh cluster by hand:
    .venv/bin/python tests/web/pg_cluster.py .venv/bin/pytest -p no:xdist -m postgres tests/web
"""

import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

NEEDED = ("initdb", "pg_ctl", "postgres")
SERVER_USER = "nobody"  # only when running as root
DATABASE = "carewatch"
ROLE = "carewatch"  # the cluster's superuser; local socket connections are trusted


def server_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: $CAREWATCH_PG_BINDIR, else beside pg_ctl on PATH, else
    Debian's /usr/lib/postgresql/<version>/bin (newest first); None when there is no server installed."""
    candidates = []
    if env := os.environ.get("CAREWATCH_PG_BINDIR"):
        candidates.append(Path(env))
    if on_path := shutil.which("pg_ctl"):
        candidates.append(Path(on_path).resolve().parent)  # Debian puts symlinks on PATH, if any
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += [Path(p) for p in sorted(debian, key=lambda p: int(Path(p).parent.name.split(".")[0]), reverse=True)]
    for folder in candidates:
        if all(os.access(folder / name, os.X_OK) for name in NEEDED):
            return folder
    return None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    # util-linux's runuser lives in sbin, which a root PATH may lack
    runuser = shutil.which("runuser") or next((p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(p)), "runuser")
    return [runuser, "-u", SERVER_USER, "--", *command]


def _run(command: list[str], log: Path) -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        detail = (result.stdout + result.stderr).strip()
        if log.exists():
            detail += "\n--- server log ---\n" + log.read_text()[-3000:]
        raise RuntimeError(f"{' '.join(command[:1])} failed ({result.returncode}):\n{detail}")


@contextlib.contextmanager
def throwaway_cluster(bindir: Path | None = None) -> Iterator[str]:
    """Yields the DATABASE_URL of a fresh, empty database on a fresh cluster; removes the cluster on exit."""
    bindir = bindir or server_binaries()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found")
    # Short path under /tmp: a Unix socket's path must stay under about 100 characters.
    root = Path(tempfile.mkdtemp(prefix="cwpg-", dir="/tmp"))
    data, log = root / "data", root / "server.log"
    if os.geteuid() == 0:
        shutil.chown(root, user=SERVER_USER)
    started = False
    try:
        _run([str(bindir / "initdb"), "-D", str(data), "-U", ROLE, "--auth=trust", "--encoding=UTF8",
              "--locale=C.UTF-8", "--no-sync"], log)
        options = (f"-c listen_addresses='' -k {root} -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=40")
        _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start"], log)
        started = True
        import psycopg

        with psycopg.connect(host=str(root), user=ROLE, dbname="postgres", autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        yield f"postgresql://{ROLE}@/{DATABASE}?host={root}"
    finally:
        if started:
            with contextlib.suppress(Exception):
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], log)
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    """Run a command with DATABASE_URL pointing at a throwaway cluster; returns its exit code."""
    if not argv:
        print("usage: pg_cluster.py COMMAND [ARGS...]", file=sys.stderr)
        return 2
    with throwaway_cluster() as url:
        return subprocess.run(argv, env={**os.environ, "DATABASE_URL": url}).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
