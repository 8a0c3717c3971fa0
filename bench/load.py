"""Load: the portal under gunicorn + PostgreSQL with a realistic mix of readers. Not a test.

    scripts/with-postgres.sh .venv/bin/python bench/load.py [--seconds 60] [--connections 50]
    scripts/with-postgres.sh .venv/bin/python bench/load.py --soak        # 5 minutes
    .venv/bin/python bench/load.py --nginx   # through the shipped nginx config and front cache

Everything runs on this machine, on loopback, and stops by itself. The demo county is loaded into
the database DATABASE_URL names (run it under scripts/with-postgres.sh: without DATABASE_URL it
re-runs itself that way), gunicorn starts from deploy/gunicorn.conf.py with production settings,
and wrk plays `--connections` readers for a fixed time, each request drawn from a weighted mix
built from what the database holds: home pages, guides, district and service pages, finder
queries, site search and the other pages, in English, Arabic and Ukrainian, each request from
its own address (X-Forwarded-For), as many readers would be. Reports throughput,
p50/p95/p99 latency, errors (by status) and the growth of the gunicorn workers' memory (RSS
after a warm-up, then at the end). Targets (issue 9): zero errors at 50 clients for 60 s, memory
growth under 10 % over a 5-minute soak. Results go to stdout and bench/results/.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import ROOT, free_port, nginx_config, run, start, wait_for  # noqa: E402

PYTHON = sys.executable

# Share of requests per kind of page (readers mostly arrive on a guide or a district's services
# from a partner's link or a search engine; the finder and search carry the rest).
MIX = {
    "home": 15,
    "guide": 25,
    "district": 15,
    "service": 10,
    "finder": 20,
    "search": 8,
    "other": 7,
}
# A page type this tree does not have yet lends its share to other pages like it (a cached page
# view stands in for a cached page view), so the expensive uncached kinds (finder, search) keep
# their own share instead of growing to fill the gap.
STAND_IN = {"guide": "other", "district": "other", "service": "other", "home": "other"}
LANGUAGES = ("en", "ar", "uk")

# Prints "kind url" for every live page in the sampled languages, by page type.
DISCOVER = """
from wagtail.models import Page
KINDS = {
    "core.HomePage": "home",
    "entitlements.EntitlementGuidePage": "guide",
    "entitlements.EntitlementIndexPage": "guide",
    "directory.DistrictPage": "district",
    "directory.DistrictIndexPage": "district",
    "directory.ServicePage": "service",
    "finder.ServiceFinderPage": "finder",
}
pages = Page.objects.live().filter(depth__gt=1, locale__language_code__in=LANGUAGES).specific()
for page in pages:
    print(KINDS.get(type(page)._meta.label, "other"), page.url)
try:
    from portal.taxonomy.models import District, Need
    print("districts", " ".join(District.objects.values_list("slug", flat=True)[:14]))
    print("needs", " ".join(Need.objects.values_list("slug", flat=True)[:12]))
except Exception as error:
    print("taxonomy-missing", error)
""".replace("LANGUAGES", repr(LANGUAGES))

SEARCH_TERMS = ["housing", "doctor", "english classes", "food bank", "legal advice", "asylum"]
FINDER_TEXT = ["housing", "gp", "food", "english", "advice"]

LUA = r"""
local paths = %(paths)s
local cumulative = %(cumulative)s
local total = cumulative[#cumulative]
local threads = {}
codes = {}
id = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  codes = {}
end

function request()
  local r = math.random() * total
  for i = 1, #cumulative do
    if r <= cumulative[i] then
      local group = paths[i]
      -- Each request from another reader's address (a proxy's X-Forwarded-For, trusted by the
      -- portal in this bench): per-address limits (search) then see many readers, as in life.
      local address = string.format("10.%%d.%%d.%%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
      return wrk.format("GET", group[math.random(#group)], {["X-Forwarded-For"] = address})
    end
  end
end

function response(status, headers, body)
  if status >= 400 then
    codes[tostring(status)] = (codes[tostring(status)] or 0) + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d\n", summary.requests, summary.duration, summary.bytes))
  io.write(string.format("ERRORS %%d %%d %%d %%d %%d\n", e.connect, e.read, e.write, e.status, e.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("LATENCY %%d %%d\n", p, latency:percentile(p)))
  end
  io.write(string.format("LATENCY 100 %%d\n", latency.max))
  for _, t in ipairs(threads) do
    for code, count in pairs(t:get("codes")) do
      io.write(string.format("STATUS %%s %%d\n", code, count))
    end
  end
end
"""


def lua_list(items) -> str:
    return "{" + ", ".join(items) + "}"


def shares(groups: dict[str, list[str]]) -> dict[str, int]:
    """Each present kind's share of requests, with the shares of absent page types lent out."""
    present = {kind: MIX[kind] for kind in MIX if groups.get(kind)}
    for kind, share in MIX.items():
        if kind not in present and STAND_IN.get(kind) in present:
            present[STAND_IN[kind]] += share
    return present


def wrk_script(groups: dict[str, list[str]], work: Path) -> Path:
    weights = shares(groups)
    kinds = list(weights)
    cumulative, total = [], 0
    for kind in kinds:
        total += weights[kind]
        cumulative.append(str(total))
    paths = lua_list(lua_list(json.dumps(p) for p in groups[kind]) for kind in kinds)
    script = work / "mix.lua"
    script.write_text(LUA % {"paths": paths, "cumulative": lua_list(cumulative)})
    return script


def run_wrk(url: str, script: Path, *, seconds: int, connections: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
        + [url],
        check=True,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    ).stdout
    requests, duration_us, size = map(
        int, re.search(r"^RESULT (\d+) (\d+) (\d+)", out, re.M).groups()
    )
    errors = dict(
        zip(
            ("connect", "read", "write", "status", "timeout"),
            map(int, re.search(r"^ERRORS (.*)$", out, re.M).group(1).split()),
            strict=True,
        )
    )
    latency = {int(p): int(us) / 1000 for p, us in re.findall(r"^LATENCY (\d+) (\d+)", out, re.M)}
    statuses: dict[str, int] = {}
    for code, count in re.findall(r"^STATUS (\d+) (\d+)", out, re.M):
        statuses[code] = statuses.get(code, 0) + int(count)
    return {
        "requests": requests,
        "rate": requests / (duration_us / 1e6),
        "mb": size / 1e6,
        "errors": errors,
        "error_total": sum(errors.values()),
        "latency": latency,
        "statuses": statuses,
    }


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        return [int(pid) for pid in children.read_text().split()]
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True
    )
    return [int(pid) for pid in out.stdout.split()]


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return 0.0
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def workers_rss(master: int) -> dict[int, float]:
    return {pid: rss_mb(pid) for pid in worker_pids(master)}


class MemorySampler(threading.Thread):
    """Total RSS of the workers every few seconds, while wrk runs."""

    def __init__(self, master: int, every: float = 5.0):
        super().__init__(daemon=True)
        self.master, self.every, self.samples = master, every, []
        self.stopped = threading.Event()

    def run(self):
        start = time.monotonic()
        while not self.stopped.wait(self.every):
            self.samples.append(
                (round(time.monotonic() - start), sum(workers_rss(self.master).values()))
            )


def probe(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def cache_status(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback only
            return response.headers.get("X-Cache-Status", "none")
    except urllib.error.HTTPError as error:
        return f"{error.code} {error.headers.get('X-Cache-Status', 'none')}"


def build_groups(lines: list[str], base: str) -> tuple[dict[str, list[str]], list[str]]:
    groups: dict[str, list[str]] = {}
    districts, needs, notes = [], [], []
    for line in lines:
        kind, _, rest = line.partition(" ")
        if kind == "districts":
            districts = rest.split()
        elif kind == "needs":
            needs = rest.split()
        elif kind == "taxonomy-missing":
            notes.append(f"taxonomy not available: {rest}")
        elif kind in MIX and rest:
            groups.setdefault(kind, []).append(rest)
    rng = random.Random(9)  # the same mix on every run
    finders = groups.pop("finder", [])
    if finders:
        queries = []
        for finder in finders:
            queries.append(finder)
            for _ in range(6):
                params = [f"q={rng.choice(FINDER_TEXT)}"]
                if districts:
                    params.append(f"district={rng.choice(districts)}")
                if needs:
                    params.append(f"need={rng.choice(needs)}")
                queries.append(f"{finder}?{'&'.join(rng.sample(params, k=rng.randint(1, 3)))}")
        groups["finder"] = queries
    else:
        notes.append("no live finder page yet: no finder queries in the mix")
    searches = [
        f"/{lang}/search/?q={urllib.request.quote(term)}"
        for lang in LANGUAGES
        for term in SEARCH_TERMS
    ]
    status = probe(base + searches[0])
    if status == 200:
        groups["search"] = searches
    else:
        notes.append(f"/en/search/ answers {status}: no site search in the mix")
    for kind in MIX:
        if not groups.get(kind) and kind not in ("finder", "search"):
            notes.append(f"no live {kind} pages: none in the mix")
    return groups, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of the measured run")
    parser.add_argument("--connections", type=int, default=50, help="concurrent clients")
    parser.add_argument("--soak", action="store_true", help="run for 5 minutes (memory growth)")
    parser.add_argument("--warmup", type=int, default=15, help="seconds of load before measuring")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: the config's)")
    parser.add_argument("--nginx", action="store_true", help="through the shipped nginx config")
    parser.add_argument("--redis-url", help="share the page cache through Redis")
    parser.add_argument("--database-url", help="default: $DATABASE_URL")
    args = parser.parse_args()
    if args.soak:
        args.seconds = 300
    database_url = args.database_url or os.environ.get("DATABASE_URL")
    if not database_url:  # PostgreSQL, as production runs: a throwaway server on loopback
        os.execv(  # noqa: S606 - our own script, re-running this one
            str(ROOT / "scripts" / "with-postgres.sh"),
            ["with-postgres.sh", PYTHON, *sys.argv],
        )
    for tool in ("wrk", *(["nginx"] if args.nginx else [])):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is not installed: run scripts/system-deps.sh --bench")

    with tempfile.TemporaryDirectory(prefix="portal-load-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        work.chmod(0o755)  # nginx's workers (www-data when started as root) write their cache here
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-not-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(work / "media"),
            "GUNICORN_ACCESS_LOG": "/dev/null",
            "GUNICORN_MAX_REQUESTS": "0",  # no recycling: measure the real memory growth
            # The bench's X-Forwarded-For is the proxy's entry; nginx adds its own after it.
            "TRUSTED_PROXY_COUNT": "2" if args.nginx else "1",
        }
        if args.redis_url:
            env["REDIS_URL"] = args.redis_url
        if args.workers:
            env["GUNICORN_WORKERS"] = str(args.workers)
        print("Loading the demo county…", file=sys.stderr)
        run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([PYTHON, "manage.py", "load_demo"], env)
        run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
        lines = run([PYTHON, "manage.py", "shell", "--no-imports", "-c", DISCOVER], env)

        app_port = free_port()
        log = work / "gunicorn.log"
        handle = log.open("w")
        gunicorn = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{app_port}"},
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )

        def stop_gunicorn():
            gunicorn.terminate()
            try:
                gunicorn.wait(timeout=20)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
            handle.close()

        stack.callback(stop_gunicorn)
        wait_for(f"http://127.0.0.1:{app_port}/en/")
        base = f"http://127.0.0.1:{app_port}"
        if args.nginx:
            nginx_port = free_port()
            site_conf = run(
                ["bash", "deploy/nginx/render.sh"],
                {
                    **env,
                    "PORTAL_LISTEN": f"127.0.0.1:{nginx_port}",
                    "PORTAL_SERVER_NAME": "127.0.0.1",
                    "PORTAL_UPSTREAM": f"127.0.0.1:{app_port}",
                    "PORTAL_STATIC_ROOT": str(ROOT / "static_collected"),
                    "PORTAL_MEDIA_ROOT": str(work / "media"),
                    "PORTAL_CACHE_DIR": str(work / "nginx-cache"),
                    "PORTAL_ACCESS_LOG": "off",
                    "PORTAL_ERROR_LOG": str(work / "nginx-error.log"),
                    "PORTAL_PURGE": "no",
                },
            ).replace("access_log off portal_privacy;", "access_log off;")
            config = nginx_config(
                work, site_conf=site_conf, static_port=free_port(), static_dir=work
            )
            start(stack, ["nginx", "-c", str(config), "-g", "daemon off;"], env, work / "ng.log")
            base = f"http://127.0.0.1:{nginx_port}"
            wait_for(f"{base}/en/")

        groups, notes = build_groups(lines.splitlines(), base)
        script = wrk_script(groups, work)
        print(f"Warming up for {args.warmup}s…", file=sys.stderr)
        warmup = run_wrk(base, script, seconds=args.warmup, connections=args.connections)
        if args.nginx:  # which URLs the front cache actually answers after the warm-up
            statuses: dict[str, list[str]] = {}
            for paths in groups.values():
                for path in paths:
                    status = cache_status(base + path)
                    statuses.setdefault(status, []).append(path)
            notes.append(
                "front cache after the warm-up: "
                + "; ".join(
                    f"{status} {len(paths)}"
                    + (f" ({', '.join(paths[:5])})" if status != "HIT" else "")
                    for status, paths in sorted(statuses.items())
                )
            )
        before = workers_rss(gunicorn.pid)
        sampler = MemorySampler(gunicorn.pid)
        sampler.start()
        print(f"Measuring for {args.seconds}s…", file=sys.stderr)
        result = run_wrk(base, script, seconds=args.seconds, connections=args.connections)
        sampler.stopped.set()
        after = workers_rss(gunicorn.pid)
        restarted = sorted(set(before) ^ set(after))

    report = render(args, groups, notes, warmup, result, before, after, sampler.samples, restarted)
    print(report)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%M")
    (out / f"load-{'soak-' if args.soak else ''}{stamp}.md").write_text(report)


def render(args, groups, notes, warmup, result, before, after, samples, restarted) -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = os.getloadavg()
    rss_before, rss_after = sum(before.values()), sum(after.values())
    growth = (rss_after - rss_before) / rss_before if rss_before else 0.0
    latency = result["latency"]
    weights = shares(groups)
    lines = [
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} "
        f"cores ({cpu}), load average {load[0]:.1f} at the end (machine shared with other "
        f"jobs), Python {platform.python_version()}, gunicorn {len(after)} sync workers, "
        f"{'nginx front cache → ' if args.nginx else ''}PostgreSQL, "
        f"{args.connections} clients, {args.seconds}s after a {args.warmup}s warm-up.",
        "",
        "Mix (% of requests · distinct URLs): "
        + ", ".join(
            f"{kind} {share * 100 / sum(weights.values()):.0f} % · {len(groups[kind])}"
            for kind, share in weights.items()
        )
        + " (page types not in this tree lend their share to the other pages).",
        *(f"- {note}" for note in notes),
        "",
        "| requests | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | errors | memory (workers' RSS) |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {result['requests']} | {result['rate']:.1f} | {latency.get(50, 0):.0f} "
        f"| {latency.get(90, 0):.0f} | {latency.get(95, 0):.0f} | {latency.get(99, 0):.0f} "
        f"| {latency.get(100, 0):.0f} | {result['error_total']} "
        f"| {rss_before:.0f} → {rss_after:.0f} MB ({growth:+.1%}) |",
        "",
        "Errors: "
        + ", ".join(f"{k} {v}" for k, v in result["errors"].items())
        + (
            "; by status " + ", ".join(f"{k}: {v}" for k, v in sorted(result["statuses"].items()))
            if result["statuses"]
            else ""
        )
        + f". Warm-up (cold caches, not measured): {warmup['requests']} requests, "
        + f"{warmup['error_total']} errors ("
        + ", ".join(f"{k} {v}" for k, v in warmup["errors"].items() if v)
        + "".join(f", status {k}: {v}" for k, v in sorted(warmup["statuses"].items()))
        + ").",
    ]
    if samples:
        step = max(1, len(samples) // 12)
        lines.append(
            "Workers' RSS over time (s: MB): "
            + ", ".join(f"{t}: {mb:.0f}" for t, mb in samples[::step])
        )
    if restarted:
        lines.append(f"Workers replaced during the run (pids): {restarted}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
