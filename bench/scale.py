"""
How cost grows with the number of articles: each page type's render time and
query count on two databases, side by side.

    # a PostgreSQL database with the demo content, and a copy with 10,000 more articles
    DATABASE_URL=postgres://.../demo .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://.../demo .venv/bin/python manage.py load_demo_content
    createdb -T demo large
    DATABASE_URL=postgres://.../large .venv/bin/python manage.py generate_articles 10000
    .venv/bin/python bench/scale.py postgres://.../demo postgres://.../large [repeats] [rounds]

Each page is rendered through Django's test client in a process of its own per
database (no network, no static files), after two warm-up renders; the same
URLs on both (a demo article, the first category, the demo's archive month, ...).
Rounds alternate between the two; each page keeps its best median over the
rounds. Prints the times, query counts and their ratio: the goal is at most 2x.
Pages kept in the cache until the content changes (an article's metadata and
content, the sitemap's files) are timed twice: as readers mostly get them, and
as the first view after a change gets them ("…, new"), written again.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def urls():
    from news.models import ArticlePage, Category
    from people.models import PersonPage

    article = ArticlePage.objects.live().order_by("pk").first()
    top = Category.objects.filter(parent=None).order_by("path").first()
    leaf = Category.objects.exclude(parent=None).order_by("path").first()
    person = PersonPage.objects.live().order_by("pk").first()
    if not (article and top and leaf and person):
        sys.exit("No demo content: run manage.py load_demo_content first.")
    published = article.first_published_at
    return {
        "home": "/",
        "news": "/news/",
        "news p2": "/news/?page=2",
        "category": f"/news/category/{top.path}/",
        "subcategory": f"/news/category/{leaf.path}/",
        "article": article.url,
        "profile": person.url,
        "people": "/people/",
        "year": f"/news/{published:%Y}/",
        "month": f"/news/{published:%Y/%m}/",
        "search": "/search/?q=grooming",
        "search rare": "/search/?q=cycling",
        "search common": "/search/?q=compensation",
        "feed": "/news/feed/rss/",
        "cat. feed": f"/news/category/{top.path}/feed/atom/",
        "author feed": f"/news/author/{person.slug}/feed/rss/",
        "sitemap": "/sitemap.xml",
        "sitemap p1": "/sitemap-pages.xml",
        "sitemap arch": "/sitemap-archives.xml",
    }


KEPT_UNTIL_A_CHANGE = ["article", "sitemap", "sitemap p1", "sitemap arch"]


def measure(repeats):
    """In the child process: {name: [median ms, queries, status]} on DATABASE_URL."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "firm_site.settings.dev")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from news.models import ArticlePage

    client = Client(HTTP_HOST="localhost")

    def timed(path):
        client.get(path)
        client.get(path)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
        return [statistics.median(times), len(queries), response.status_code]

    results = {"_articles": ArticlePage.objects.live().count()}
    paths = urls()
    for name, path in paths.items():
        results[name] = timed(path)
    with override_settings(PAGE_PART_CACHE_SECONDS=0):
        for name in KEPT_UNTIL_A_CHANGE:
            results[f"{name}, new"] = timed(paths[name])
    return results


def run(database_url, repeats):
    output = subprocess.run(  # noqa: S603 (this script, with a URL the user gave)
        [sys.executable, __file__, "--child", str(repeats)],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    # Rounds alternate between the databases and each page keeps its best
    # median: on a shared machine, the other load only ever adds time.
    small, large = {}, {}
    for _ in range(rounds):
        for results, url in [(small, sys.argv[1]), (large, sys.argv[2])]:
            for name, value in run(url, repeats).items():
                if name == "_articles" or name not in results or value[0] < results[name][0]:
                    results[name] = value
    print(f"articles: {small.pop('_articles')} and {large.pop('_articles')}")
    print(f"{'page':<18} {'ms':>7} {'q':>3}   {'ms':>7} {'q':>3}   {'ratio':>5}")
    worst = 0
    for name, (ms, queries, status) in small.items():
        ms_large, queries_large, status_large = large[name]
        ratio = ms_large / ms
        worst = max(worst, ratio)
        flag = "" if status == status_large == 200 else f"  (status {status}/{status_large})"
        print(
            f"{name:<18} {ms:>7.1f} {queries:>3}   {ms_large:>7.1f} {queries_large:>3}"
            f"   {ratio:>5.2f}{flag}"
        )
    print(f"worst ratio: {worst:.2f}")


if __name__ == "__main__":
    main()
