"""Load test of the web app: `carewatch serve` on localhost with the demo council, N concurrent signed-in users
each opening the app's pages in turn (with a think time between pages), for a fixed time.

    .venv/bin/python benchmarks/web_load.py [--users 20] [--seconds 60] [--think 1.0] [--threads 8]

Prints p50/p95/max per page and overall, requests per second and the error count. Target (issue 6): p95 under
300 ms for every page at 20 concurrent users on 2 cores. The load generator runs on the same machine, so
it takes some of the CPU the server would otherwise have."""

import argparse
import http.cookiejar
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(home: Path) -> tuple[dict[str, str], list[str]]:
    os.environ["CAREWATCH_HOME"] = str(home)
    from carewatch.web.demo import seed

    passwords = seed()
    from carewatch.web.governance.models import Meeting
    from carewatch.web.inspections.models import Inspection
    from carewatch.web.interventions.models import Intervention
    from carewatch.web.plans.models import Action, Measure, Plan

    plan = Plan.objects.get(version="3")
    pages = ["/", "/inspections/", f"/inspections/{Inspection.objects.filter(kind='standard').first().pk}/",
             "/interventions/", f"/interventions/{Intervention.objects.first().pk}/", "/plans/", f"/plans/{plan.pk}/",
             f"/actions/{Action.objects.filter(priority__plan=plan).first().pk}/",
             f"/plans/measures/{Measure.objects.first().pk}/", "/governance/", f"/governance/{Meeting.objects.first().pk}/",
             "/authorities/", "/authorities/839/", f"/api/plans/{plan.pk}", "/api/inspections"]
    return passwords, pages


def sign_in(base: str, username: str, password: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password,
                                   "next": "/"}).encode()
    request = urllib.request.Request(base + "/login/", data=data, headers={"Referer": base + "/login/"})
    final = opener.open(request)
    if final.geturl().rstrip("/") != base:
        raise SystemExit(f"could not sign in as {username}")
    return opener


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0, help="seconds a user waits between pages")
    parser.add_argument("--threads", type=int, default=8, help="waitress worker threads")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="carewatch-load-"))
    passwords, pages = prepare(home)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CAREWATCH_HOME": str(home)}
    server = subprocess.Popen([sys.executable, "-m", "carewatch", "serve", "--port", str(port), "--threads", str(args.threads)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/login/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        names = list(passwords)
        openers = [sign_in(base, names[i % len(names)], passwords[names[i % len(names)]]) for i in range(args.users)]
        timings: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def user(n: int) -> None:
            i = n  # users start on different pages
            while time.monotonic() < stop:
                page = pages[i % len(pages)]
                i += 1
                started = time.perf_counter()
                try:
                    with openers[n].open(base + page, timeout=30) as response:
                        response.read()
                        ok = response.status == 200
                except Exception as exc:  # noqa: BLE001 - count every failure
                    ok, status = False, str(exc)
                elapsed = time.perf_counter() - started
                with lock:
                    if ok or "403" in locals().get("status", ""):
                        timings[page].append(elapsed)
                    if not ok and "403" not in locals().get("status", ""):
                        errors.append(f"{page}: {locals().get('status')}")
                time.sleep(args.think)

        threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.monotonic() - began
    finally:
        server.terminate()
        server.wait(timeout=10)

    def p(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000 if len(values) > 1 else values[0] * 1000

    everything = [v for vs in timings.values() for v in vs]
    print(f"{args.users} users, think {args.think}s, {args.seconds:.0f}s, waitress threads {args.threads}, {os.cpu_count()} CPUs")
    print(f"{'page':<32} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for page in pages:
        vs = timings[page]
        if vs:
            print(f"{page:<32} {len(vs):>5} {p(vs, 50):>8.0f} {p(vs, 95):>8.0f} {max(vs) * 1000:>8.0f}")
    print(f"{'all pages':<32} {len(everything):>5} {p(everything, 50):>8.0f} {p(everything, 95):>8.0f} {max(everything) * 1000:>8.0f}")
    print(f"{len(everything) / took:.1f} requests/s; errors: {len(errors)}")
    for e in errors[:5]:
        print("  ", e)
    worst = max(p(vs, 95) for vs in timings.values() if vs)
    print(f"worst page p95 {worst:.0f} ms: {'meets' if worst < 300 else 'misses'} the 300 ms target")


if __name__ == "__main__":
    main()
