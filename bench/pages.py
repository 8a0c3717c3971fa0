"""Throughput and latency of public pages: uncached, from the portal's page cache, through the
shipped nginx front cache, and nginx serving the same page as a static file. Not a test.

    .venv/bin/python bench/pages.py [--seconds 10] [--connections 16] [--database-url URL]

Everything runs on this machine, on loopback, and stops by itself: the demo county is loaded into
a throwaway database (SQLite unless --database-url), two gunicorn servers start from
deploy/gunicorn.conf.py (one with the page cache on, one with it off), nginx starts with the site
config rendered by deploy/nginx/render.sh in front of the cached one, plus a plain static server,
and wrk loads each for a fixed time. Timings on a shared machine are noisy; compare the ratios,
which are measured in one run. Results go to stdout and bench/results/.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PAGE_TYPES_SQL = (
    "from wagtail.models import Page\n"
    "seen = set()\n"
    "for page in Page.objects.live().filter(depth__gt=1, locale__language_code='en')"
    ".specific().order_by('depth', 'path'):\n"
    "    label = type(page)._meta.label\n"
    "    if label not in seen:\n"
    "        seen.add(label)\n"
    "        print(label, page.url)\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd: list[str], env: dict[str, str], **kwargs) -> str:
    return subprocess.run(
        cmd, env=env, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs
    ).stdout


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds}s")


def start(stack: ExitStack, cmd: list[str], env: dict[str, str], log: Path) -> None:
    handle = log.open("w")
    process = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)

    def stop():
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        handle.close()

    stack.callback(stop)


def wrk(url: str, *, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = {
        p: _ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+([\d.]+\w+)", out, flags=re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rate": rate,
        "p50": percentiles.get("50", 0.0),
        "p90": percentiles.get("90", 0.0),
        "p99": percentiles.get("99", 0.0),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def nginx_config(work: Path, *, site_conf: str, static_port: int, static_dir: Path) -> Path:
    modules = Path("/etc/nginx/modules-enabled")
    config = work / "nginx.conf"
    config.write_text(
        (f"include {modules}/*.conf;\n" if modules.is_dir() else "")
        + f"pid {work}/nginx.pid;\nerror_log {work}/nginx-error.log;\n"
        "worker_processes 2;\nevents { worker_connections 1024; }\n"
        "http {\n"
        f"  include /etc/nginx/mime.types;\n  access_log off;\n"
        f"  client_body_temp_path {work}/body;\n  proxy_temp_path {work}/proxy;\n"
        f"  fastcgi_temp_path {work}/fastcgi;\n  uwsgi_temp_path {work}/uwsgi;\n"
        f"  scgi_temp_path {work}/scgi;\n"
        f"{site_conf}\n"
        f"  server {{ listen 127.0.0.1:{static_port}; root {static_dir}; gzip on;"
        " gzip_types text/html; location / { try_files $uri $uri/index.html =404; } }\n"
        "}\n"
    )
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    parser.add_argument("--database-url", help="default: a throwaway SQLite file")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is not installed: run scripts/system-deps.sh --bench")

    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        work.chmod(0o755)  # nginx's workers (www-data when started as root) write their cache here
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-not-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": args.database_url or f"sqlite:///{work / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(work / "media"),
            "GUNICORN_ACCESS_LOG": "/dev/null",
        }
        print("Loading the demo county…", file=sys.stderr)
        run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([PYTHON, "manage.py", "load_demo"], env)
        run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
        pages = [
            line.split(" ", 1)
            for line in run(
                [PYTHON, "manage.py", "shell", "--no-imports", "-c", PAGE_TYPES_SQL], env
            ).splitlines()
            if line.strip()
        ]

        cached_port, uncached_port, nginx_port, static_port = (free_port() for _ in range(4))
        for port, seconds in ((cached_port, "600"), (uncached_port, "0")):
            start(
                stack,
                [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
                {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "PAGE_CACHE_SECONDS": seconds},
                work / f"gunicorn-{port}.log",
            )
        site_conf = run(
            ["bash", "deploy/nginx/render.sh"],
            {
                **env,
                "PORTAL_LISTEN": f"127.0.0.1:{nginx_port}",
                "PORTAL_SERVER_NAME": "127.0.0.1",
                "PORTAL_UPSTREAM": f"127.0.0.1:{cached_port}",
                "PORTAL_STATIC_ROOT": str(ROOT / "static_collected"),
                "PORTAL_MEDIA_ROOT": str(work / "media"),
                "PORTAL_CACHE_DIR": str(work / "nginx-cache"),
                "PORTAL_ACCESS_LOG": "off",
                "PORTAL_ERROR_LOG": str(work / "nginx-site-error.log"),
                "PORTAL_PURGE": "no",  # nothing publishes during the run
            },
        )
        site_conf = site_conf.replace("access_log off portal_privacy;", "access_log off;")
        static_dir = work / "static-site"
        config = nginx_config(
            work, site_conf=site_conf, static_port=static_port, static_dir=static_dir
        )
        for port in (cached_port, uncached_port):
            wait_for(f"http://127.0.0.1:{port}/en/")
        for _label, path in pages:  # the static server gets the same bytes readers get
            target = static_dir / path.strip("/") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            with urllib.request.urlopen(f"http://127.0.0.1:{cached_port}{path}") as response:  # noqa: S310
                target.write_bytes(response.read())
        start(stack, ["nginx", "-c", str(config), "-g", "daemon off;"], env, work / "nginx.log")
        wait_for(f"http://127.0.0.1:{nginx_port}/en/")
        wait_for(f"http://127.0.0.1:{static_port}/en/")

        rows = []
        for label, path in pages:
            print(f"Measuring {label} {path}", file=sys.stderr)
            results = {
                name: wrk(
                    f"http://127.0.0.1:{port}{path}",
                    seconds=args.seconds,
                    connections=args.connections,
                )
                for name, port in (
                    ("uncached", uncached_port),
                    ("cached", cached_port),
                    ("nginx cache", nginx_port),
                    ("nginx static", static_port),
                )
            }
            rows.append((label, path, results))

    report = render(rows, args)
    print(report)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"pages-{datetime.date.today()}.md").write_text(report)


def render(rows, args) -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    lines = [
        f"Measured {datetime.date.today()} on {os.cpu_count()} cores ({cpu}), Python "
        f"{platform.python_version()}, {args.connections} connections, {args.seconds}s per run, "
        f"database {'given' if args.database_url else 'SQLite'}.",
        "",
        "| page type | uncached req/s | cached req/s | nginx cache req/s | nginx static req/s "
        "| cached ÷ uncached | nginx cache ÷ static | p99 ms (uncached / cached / nginx cache) "
        "| errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label, _path, r in rows:
        errors = sum(result["errors"] for result in r.values())
        lines.append(
            f"| {label} | {r['uncached']['rate']:.0f} | {r['cached']['rate']:.0f} "
            f"| {r['nginx cache']['rate']:.0f} | {r['nginx static']['rate']:.0f} "
            f"| {r['cached']['rate'] / r['uncached']['rate']:.1f}× "
            f"| {r['nginx cache']['rate'] / r['nginx static']['rate']:.0%} "
            f"| {r['uncached']['p99']:.1f} / {r['cached']['p99']:.1f} / "
            f"{r['nginx cache']['p99']:.1f} | {errors} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
