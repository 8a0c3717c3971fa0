"""Server-side latency and SQL query count of the service finder. A benchmark, not a test.

    .venv/bin/python bench/finder.py [--services 10000] [--requests 400] [--database-url URL]
                                     [--reuse FILE.sqlite3] [--build-only]

Builds a throwaway database (SQLite in a temporary directory unless --database-url) with the
county's 14 districts and N services (80 % in English, 10 % with an Arabic and 10 % with a
Ukrainian translation), then sends a mix of finder requests through Django's full middleware
stack in this process (no network): text only, filters only, text + filters, and facets only
(every facet is counted on every request). Prints p50/p95/p99 per kind and the SQL queries per
request, and appends them to bench/results/finder-<date>.txt. Timings on a shared machine are
noisy: record the machine and the date with the figures (docs/performance.md).

Building 10,000 services takes minutes. ``--reuse FILE`` keeps the SQLite database in FILE: the
first run builds it, later runs measure it again as it is (``--build-only`` stops after building).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = [
    ("Food bank", "Free food parcels and fresh fruit for families.", "food"),
    ("English conversation club", "Practise speaking English with volunteers.", "english-language"),
    (
        "Immigration advice clinic",
        "Free legal advice on asylum claims and appeals.",
        "legal-advice",
    ),
    ("Housing help desk", "Help with asylum accommodation, repairs and homelessness.", "housing"),
    ("Wellbeing group", "A calm space to talk about stress, sleep and worry.", "mental-health"),
    ("Job club", "CVs, job applications and interview practice.", "employment"),
    ("Family centre", "Play sessions, baby clothes and advice for parents.", "family"),
    ("Money advice", "Benefits, bank accounts and debts explained.", "money"),
    ("GP registration help", "We help you register with a doctor.", "health"),
    ("Women's safety service", "Confidential support if you are not safe at home.", "safety"),
]
ARABIC = {
    "food": ("بنك الطعام", "طرود غذائية مجانية وفواكه طازجة للعائلات."),
    "housing": ("مكتب مساعدة السكن", "مساعدة في سكن اللجوء والإصلاحات والتشرد."),
}
QUERIES = {
    "text only": ["q=food", "q=legal+advice", "q=english", "q=housing+repairs", "q=zzzz"],
    "filters only": [
        "district=preston&need=housing",
        "status=asylum-seeker&free=1",
        "need=food&language=ar&no_referral=1",
        "open_now=1&district=burnley",
        "district=blackpool&need=legal-advice&status=refugee&free=1",
    ],
    "text + filters": [
        "q=food&district=preston",
        "q=advice&status=refused-asylum-seeker&free=1",
        "q=english&open_now=1&page=2",
    ],
    "facets only": ["page=1", "free=1"],
}
ARABIC_QUERIES = ["q=%D8%A7%D9%84%D8%B7%D8%B9%D8%A7%D9%85", "q=food&district=fylde", "need=housing"]


def setup_django(database_url: str | None, workdir: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    import django

    django.setup()
    import portal.wsgi  # noqa: F401 - loads the app as gunicorn does (incl. its gc.freeze())


def build(services: int, seed: int = 1) -> None:
    from django.core.management import call_command
    from django.db import transaction
    from wagtail.models import Locale

    from portal.core.operations import (
        database_statistics_refresh,
        home_page_ensure,
        page_translate,
    )
    from portal.directory.models import DistrictIndexPage, DistrictPage, OpeningHours, ServicePage
    from portal.finder.models import ServiceFinderPage
    from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage
    from portal.taxonomy.operations import taxonomy_load_defaults

    call_command("migrate", verbosity=0)
    taxonomy_load_defaults()
    rng = random.Random(seed)
    home = home_page_ensure(title="Welcome")
    locales = {code: Locale.objects.get(language_code=code) for code in ("ar", "uk")}
    needs = {n.slug: n for n in Need.objects.all()}
    statuses = list(ImmigrationStatus.objects.all())
    languages = list(SpokenLanguage.objects.all())
    with transaction.atomic():
        finder = ServiceFinderPage(title="Find a service", slug="find")
        home.add_child(instance=finder)
        index = DistrictIndexPage(title="Districts", slug="districts")
        home.add_child(instance=index)
        districts = []
        for district in District.objects.all():
            page = DistrictPage(title=district.name, slug=district.slug, district=district)
            index.add_child(instance=page)
            districts.append(page)
    for page in [home, finder, index, *districts]:
        for locale in locales.values():
            if not page.has_translation(locale):
                page_translate(page=page, locale=locale)
    translated = {
        (code, page.translation_key): page.get_translation(locale)
        for code, locale in locales.items()
        for page in districts
    }
    started = time.monotonic()
    source_count = int(services * 0.8)
    created = 0
    with transaction.atomic():
        for n in range(source_count):
            title, summary, need = WORDS[n % len(WORDS)]
            parent = districts[n % len(districts)]
            service = ServicePage(
                title=f"{title} {n}",
                slug=f"service-{n}",
                summary=summary,
                cost=rng.choice(["free", "free", "low_cost", "paid"]),
                referral=rng.choice(["drop_in", "drop_in", "needed"]),
                open_to_everyone=rng.random() < 0.5,
                is_county_wide=rng.random() < 0.05,
            )
            parent.add_child(instance=service)
            service.needs.set([needs[need], needs[rng.choice(list(needs))]])
            service.eligible_statuses.set(rng.sample(statuses, 3))
            service.spoken_languages.set(rng.sample(languages, 3))
            for weekday in rng.sample(range(7), 4):
                OpeningHours.objects.create(
                    page=service,
                    locale=service.locale,
                    weekday=weekday,
                    opens=datetime.time(9),
                    closes=datetime.time(17),
                )
            created += 1
            # Translations: the same translation key under the translated district page.
            for code, share in (("ar", 0.125), ("uk", 0.125)):
                if created >= services or rng.random() >= share:
                    continue
                words = ARABIC.get(need, (f"{title} {n}", summary)) if code == "ar" else None
                copy = ServicePage(
                    title=f"{words[0]} {n}" if words else f"{title} {n} (uk)",
                    slug=f"service-{n}",
                    summary=words[1] if words else summary,
                    cost=service.cost,
                    referral=service.referral,
                    open_to_everyone=service.open_to_everyone,
                    is_county_wide=service.is_county_wide,
                    translation_key=service.translation_key,
                    locale=locales[code],
                )
                translated[(code, parent.translation_key)].add_child(instance=copy)
                copy.needs.set(service.needs.all())
                copy.eligible_statuses.set(service.eligible_statuses.all())
                copy.spoken_languages.set(service.spoken_languages.all())
                created += 1
    database_statistics_refresh()  # as load_demo and the CSV import do after adding many
    print(
        f"built {ServicePage.objects.count()} services "
        f"({ServicePage.objects.exclude(locale=home.locale).count()} translations) "
        f"in {time.monotonic() - started:.0f} s"
    )


def measure(requests: int) -> list[str]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from portal.core.page_cache import page_cache_purge

    client = Client()
    lines = []
    client.get("/en/find/")  # opens the database connection
    page_cache_purge()  # as a publish does: every remembered answer is worked out again
    with CaptureQueriesContext(connection) as cold_queries:
        started = time.perf_counter()
        assert client.get("/en/find/?page=1").status_code == 200
        cold = (time.perf_counter() - started) * 1000
    cold_count = len(cold_queries)  # before the next request resets Django's query log
    client.get("/ar/find/?page=1")  # each language has its own index
    lines.append(
        f"first request after a publish (builds the index): {cold:.0f} ms, {cold_count} queries"
    )
    mix = [(kind, f"/en/find/?{q}") for kind, qs in QUERIES.items() for q in qs]
    mix += [
        ("text only" if "q=" in q else "filters only", f"/ar/find/?{q}") for q in ARABIC_QUERIES
    ]
    timings: dict[str, list[float]] = {kind: [] for kind in QUERIES}
    query_counts: dict[str, set[int]] = {kind: set() for kind in QUERIES}
    for i in range(requests):
        kind, url = mix[i % len(mix)]
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, url
        if os.environ.get("BENCH_SHOW_QUERIES") and i < len(mix):
            print(url, *(f"  {q['sql'][:150]}" for q in queries.captured_queries), sep="\n")
        timings[kind].append(elapsed)
        query_counts[kind].add(len(queries))
    # Pages of results nobody has asked for since the last publish: their cards are loaded from
    # the database (the mix above shows the same pages again, whose cards are remembered).
    unseen = [f"/en/find/?page={n}" for n in random.Random(2).sample(range(2, 400), 60)]
    timings["unseen page"] = []
    query_counts["unseen page"] = set()
    for url in unseen:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, url
        timings["unseen page"].append(elapsed)
        query_counts["unseen page"].add(len(queries))
    every = [t for values in timings.values() for t in values]
    for kind, values in [*timings.items(), ("all", every)]:
        q = statistics.quantiles(values, n=100)
        counts = (
            sorted(set().union(*query_counts.values()))
            if kind == "all"
            else sorted(query_counts[kind])
        )
        lines.append(
            f"{kind:15} n={len(values):4}  p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms  "
            f"p99 {q[98]:6.1f} ms  queries/request {counts}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--database-url")
    parser.add_argument("--reuse", type=Path, help="SQLite file to build once and measure again")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        database_url = args.database_url
        if args.reuse:
            database_url = f"sqlite:///{args.reuse.resolve()}"
        reused = args.reuse is not None and args.reuse.exists()
        setup_django(database_url, Path(workdir))
        if reused:
            from portal.directory.models import ServicePage

            print(f"measuring {args.reuse}: {ServicePage.objects.count()} services as built before")
        else:
            build(args.services)
        if args.build_only:
            return
        lines = measure(args.requests)
        from portal.directory.models import ServicePage

        built = ServicePage.objects.count()
    header = (
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {built} services, "
        f"{'PostgreSQL' if args.database_url else 'SQLite'}"
    )
    report = "\n".join([header, *lines])
    print(report)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    with open(results / f"finder-{datetime.date.today()}.txt", "a") as out:
        out.write(report + "\n\n")


if __name__ == "__main__":
    main()
